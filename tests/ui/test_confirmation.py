"""The confirmation screen's view-model: the order summary and the visible countdown
(issue 14, defect 9)."""

from __future__ import annotations

from kiosk.ui.factory import ViewModels
from kiosk.ui.viewmodels.confirmation import MAX_SECONDS, MORE_TIME_S, PAUSED_IDLE_S
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, Outcome
from tests.ui.test_viewmodels import add


async def pay(vms: ViewModels, checkout: FakeCheckoutService) -> None:
    vms.app.showCart()
    vms.app.pay()
    await until(lambda: vms.payment.waitingForCard)
    checkout.present(Outcome.PAID)
    await until(lambda: vms.app.screen == "confirmation")
    vms.app.confirmation.hold()  # the test ticks by hand


async def test_the_confirmation_lists_what_was_ordered(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, cvm = vms.app, vms.app.confirmation
    app.begin()
    app.chooseOrderType("eat_in")
    vms.cart.begin_table_entry()
    for digit in "12":
        vms.cart.type(digit)
    vms.cart.saveEntry()
    add(vms, "espresso", 2)
    add(vms, "cookie")
    await pay(vms, checkout)
    assert vms.cart.isEmpty  # the next customer's cart is empty, the summary is kept
    assert cvm.orderNumber == "A001" and app.confirmationNumber == "A001"
    rows = [(r[1], r[3], r[5]) for r in cvm.lines.rows]
    assert rows == [("Espresso", 2, "€5.00"), ("Chocolate chip cookie", 1, "€2.20")]
    assert cvm.lineCount == 2 and cvm.countText == "3 items" and cvm.total == "€7.20"
    assert cvm.orderTypeText == "Eat in, table 12"
    assert cvm.headline == "Thank you!" and not cvm.payAtCounter
    assert "on its way" in cvm.message
    app.restart()
    assert cvm.lineCount == 0 and cvm.lines.rows == [] and cvm.total == ""


async def test_the_countdown_is_visible_pauses_for_a_receipt_and_ends_at_the_start(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, cvm = vms.app, vms.app.confirmation
    app.begin()
    app.chooseOrderType("take_away")
    add(vms, "espresso")
    await pay(vms, checkout)
    assert cvm.secondsLeft == 30 and not cvm.paused
    assert cvm.countdownText == "Back to the start in 30 s"
    for _ in range(5):
        cvm.tick()
    assert cvm.secondsLeft == 25 and cvm.countdownText == "Back to the start in 25 s"
    cvm.moreTime()
    assert cvm.secondsLeft == 25 + MORE_TIME_S
    vms.receipt.stage("email")  # the email keyboard is open: the countdown waits
    assert cvm.paused and cvm.countdownText == "Take your time"
    for _ in range(PAUSED_IDLE_S - 1):
        app.userActivity()  # typing
        cvm.tick()
    assert cvm.secondsLeft == 25 + MORE_TIME_S and app.screen == "confirmation"
    vms.receipt.stage("choosing")  # back from the keyboard: counting again
    assert not cvm.paused
    while cvm.secondsLeft > 1:
        cvm.tick()
    assert app.screen == "confirmation"
    cvm.tick()
    assert app.screen == "attract" and cvm.secondsLeft == 0 and not cvm.active


async def test_a_paused_countdown_resumes_when_nobody_is_there(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, cvm = vms.app, vms.app.confirmation
    app.begin()
    app.chooseOrderType("take_away")
    add(vms, "espresso")
    await pay(vms, checkout)
    vms.receipt.stage("qr")
    assert cvm.paused
    for _ in range(PAUSED_IDLE_S - 1):
        cvm.tick()
    assert cvm.paused and cvm.secondsLeft == 30
    cvm.tick()  # a minute and a half without a touch: the customer left
    assert not cvm.paused and cvm.secondsLeft == 29


async def test_more_time_is_capped(vms: ViewModels, checkout: FakeCheckoutService) -> None:
    app, cvm = vms.app, vms.app.confirmation
    app.begin()
    app.chooseOrderType("take_away")
    add(vms, "espresso")
    await pay(vms, checkout)
    while cvm.canHaveMoreTime:
        cvm.moreTime()
    assert MAX_SECONDS - MORE_TIME_S < cvm.secondsLeft <= MAX_SECONDS
    before = cvm.secondsLeft
    cvm.moreTime()
    assert cvm.secondsLeft == before
