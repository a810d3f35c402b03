"""Pay at the counter in the customer journey: offered only when the store enables it, the
order recorded unpaid, the confirmation says where to pay (shared convention, issue 14)."""

from __future__ import annotations

from kiosk.domain.cart import Cart
from kiosk.ui.factory import ViewModels
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, Pending, Unavailable, price
from tests.ui.test_viewmodels import add


class FakeCounter:
    def __init__(self) -> None:
        self.placed: list[Cart] = []
        self.refuse = False

    async def place_async(self, cart: Cart) -> Pending:
        if self.refuse:
            raise Unavailable("Ordering is paused: the till is not reachable.")
        self.placed.append(cart)
        return Pending(f"co_counter_{len(self.placed)}", "A007", price(cart))


def to_cart(vms: ViewModels) -> None:
    vms.app.begin()
    vms.app.chooseOrderType("take_away")
    add(vms, "espresso", 2)
    vms.app.showCart()


def test_pay_at_the_counter_is_not_offered_unless_the_store_enables_it(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    to_cart(vms)
    assert not vms.cart.payAtCounterOffered
    vms.app.payAtCounter()
    assert vms.app.screen == "cart" and vms.cart.count == 2 and checkout.begun == []


async def test_an_order_placed_for_the_counter_shows_its_number_and_where_to_pay(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    counter = FakeCounter()
    vms.cart.set_counter(counter.place_async, errors=(Unavailable,))
    assert vms.cart.payAtCounterOffered
    to_cart(vms)
    vms.app.payAtCounter()
    await until(lambda: vms.app.screen == "confirmation")
    cvm = vms.app.confirmation
    assert [c.count for c in counter.placed] == [2] and checkout.begun == []  # no card
    assert vms.payment.state == "idle" and vms.cart.isEmpty
    assert cvm.payAtCounter and cvm.orderNumber == "A007" and vms.app.confirmationNumber == "A007"
    assert cvm.headline == "Please pay at the counter" and "A007" in cvm.message
    assert cvm.total == "€5.00" and [r[1] for r in cvm.lines.rows] == ["Espresso"]
    assert vms.receipt.state == "idle" and not vms.receipt.checkout_id  # no receipt of payment
    vms.app.restart()
    assert not cvm.payAtCounter and vms.app.screen == "attract"


async def test_an_order_the_counter_could_not_take_stays_in_the_cart(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    counter = FakeCounter()
    counter.refuse = True
    vms.cart.set_counter(counter.place_async, errors=(Unavailable,))
    to_cart(vms)
    vms.app.payAtCounter()
    await until(lambda: vms.cart.notice != "")
    assert "Nothing was charged" in vms.cart.notice and not vms.cart.checking
    assert vms.app.screen == "cart" and vms.cart.count == 2
    counter.refuse = False
    vms.app.pay()  # card payment still works, and goes to the card, not the counter
    await until(lambda: vms.payment.waitingForCard)
    assert len(checkout.begun) == 1 and counter.placed == []
