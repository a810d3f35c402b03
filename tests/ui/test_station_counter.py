"""Kiosk orders paid at the counter: listed, paid in cash on the existing order, completed,
gone from the list; two payments at once make one sale (the shared pay-at-counter convention)."""

from __future__ import annotations

import asyncio
import time
import uuid
from decimal import Decimal
from pathlib import Path

from kiosk.domain.cart import Cart
from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.services import orders
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.counter import (
    PAY_AT_COUNTER,
    PAY_AT_KEY,
    CounterOrders,
    CounterOutcome,
    counter_sale_id,
)
from kiosk.services.station.discounts import Discounts
from kiosk.ui.station.counter import ListState
from tests.ui.station_fixtures import (
    StationRig,
    settled,
    signed_in,
    station_rig,
    station_stack,
)

__all__ = ["station_rig", "station_stack"]


async def kiosk_order(rig: StationRig, *, number: str = "K042") -> tuple[str, int]:
    """What a self-service kiosk posts for "pay at the counter" (the shared convention)."""
    s = rig.built.services
    products = [p for p in rig.catalog.products if p.available][:2]
    cart = Cart("EUR")
    for p in products:
        cart = cart.add(p, next(v for v in p.variants if v.available), 2)
    totals = rig.desk.price(cart, Discounts.none())
    checkout_id = uuid.uuid4().hex
    body = orders.order_create(
        totals,
        checkout_id=checkout_id,
        receipt_id=f"KIOSK1-000042-{checkout_id[:6].upper()}",
        order_number=number,
        session_id=await s.session.ensure_open_async(),
        kiosk_name="Kiosk 1",
        order_type="take_away",
    )
    body = body.model_copy(
        update={
            "metadata": [*(body.metadata or []), m.Metadata(key=PAY_AT_KEY, value=PAY_AT_COUNTER)],
            "pos_data": {**(body.pos_data or {}), PAY_AT_KEY: PAY_AT_COUNTER},
        }
    )
    created = await s.finalpos.create_order(body)
    return created.id, totals.total_minor


def sales_of(rig: StationRig, order_id: str) -> list[dict[str, object]]:
    return [
        t
        for t in rig.stack.docs("transactions")
        if t.get("orderId") == order_id and t.get("type") == orders.SALE
    ]


async def test_a_kiosk_order_is_listed_paid_in_cash_completed_and_gone(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    order_id, total = await kiosk_order(rig, number="K042")
    counter = st.counter_vm
    assert await counter.refresh_async() is ListState.READY
    row = counter.counter_list.find("orderId", order_id)
    assert row >= 0
    assert counter.counter_list.value(row, "number") == "K042"
    assert counter.counter_list.value(row, "items") == 4
    assert counter.counter_list.value(row, "total") == st.money(total)
    assert await counter.open_order_async(order_id) is CounterOutcome.OK
    sale = st.sale_vm
    assert st.screen == "sale" and sale.counterNumber == "K042"
    assert sale.totalText == st.money(total) and sale.itemCount == 4
    scanned_code = next(
        v.barcode for p in rig.catalog.products for v in p.variants if v.barcode and v.available
    )
    assert st.search_vm.code_scanned(scanned_code) is False  # a kiosk order is not changed
    assert sale.lines.count == 2
    st.pay_vm.openCash()
    st.pay_vm.nextNote()
    tendered = st.entry_minor
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    assert st.screen == "done" and st.pay_vm.lastChangeText == st.money(tendered - total)
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_COMPLETED
    assert Decimal(stored["balance"]) == 0
    [sale_tx] = sales_of(rig, order_id)
    assert sale_tx["paymentMethod"] == orders.CASH
    assert Decimal(str(sale_tx["amount"])) == Decimal(total).scaleb(-2)
    assert sale_tx["externalId"] == counter_sale_id(order_id)
    assert sale_tx["employee"] == "Sam"
    assert sale_tx["sessionId"] == rig.built.services.session.session_id
    assert len([o for o in rig.stack.docs("orders") if o["id"] == order_id]) == 1
    await counter.refresh_async()
    assert counter.counter_list.find("orderId", order_id) == -1


async def test_paying_one_kiosk_order_twice_at_once_makes_one_sale(
    station_rig: StationRig, tmp_path: Path
) -> None:
    rig = station_rig
    await signed_in(rig)
    order_id, total = await kiosk_order(rig, number="K043")
    counter = rig.desk.counter
    assert counter is not None
    outcome, order = await counter.get_async(order_id)
    assert outcome is CounterOutcome.OK and order is not None
    first, second = await asyncio.gather(
        rig.desk.settle_counter_cash_async(order, total, employee="Sam"),
        rig.desk.settle_counter_cash_async(order, total + 500, employee="Maria"),
    )
    assert sorted([first.outcome, second.outcome]) == sorted(
        [CashOutcome.PAID, CashOutcome.ALREADY_PAID]
    )
    assert len(sales_of(rig, order_id)) == 1
    # Paying it again later here, or at another station (its own cash journal), finds it paid.
    again = await rig.desk.settle_counter_cash_async(order, total, employee="Sam")
    assert again.outcome is CashOutcome.ALREADY_PAID
    s = rig.built.services
    other = CashSales(
        finalpos=s.finalpos,
        session=s.session,
        journal=CashSales.journal_in(tmp_path / "other-station"),
        currency="EUR",
        station_name="Till 3",
        outlet_id=rig.stack.config.outlet_id,
    )
    try:
        elsewhere = await other.settle_order_async(
            order, total, employee="Ola", still_waiting=lambda: waiting(counter, order_id)
        )
    finally:
        other.journal.close()
    assert elsewhere.outcome is CashOutcome.ALREADY_PAID
    assert len(sales_of(rig, order_id)) == 1


async def waiting(counter: CounterOrders, order_id: str) -> bool:
    return (await counter.get_async(order_id))[0] is CounterOutcome.OK


async def test_a_list_that_cannot_load_is_a_plain_state(station_rig: StationRig) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    await kiosk_order(rig, number="K044")
    counter = st.counter_vm
    assert await counter.refresh_async() is ListState.READY
    shown = counter.counter_list.count
    assert shown >= 1
    rig.stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    try:
        assert await counter.refresh_async() is ListState.UNAVAILABLE
    finally:
        rig.stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    assert counter.listState == "unavailable"
    assert counter.counter_list.count == shown  # the last known list stays
    assert st.messageKind != "error"  # a plain line on the list, not an error banner


async def test_only_waiting_counter_orders_of_this_outlet_are_listed(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    await signed_in(rig)
    order_id, _ = await kiosk_order(rig, number="K045")
    paid_id, _ = await kiosk_order(rig, number="K046")
    await rig.built.services.finalpos.update_order(paid_id, orders.order_completed("EUR"))
    other = rig.desk.counter
    assert other is not None
    ours = [o.order_id for o in (await other.list_async())[1]]
    assert order_id in ours and paid_id not in ours
    elsewhere = CounterOrders(
        finalpos=rig.built.services.finalpos, currency="EUR", outlet_id="another-outlet"
    )
    assert order_id not in [o.order_id for o in (await elsewhere.list_async())[1]]


async def test_an_order_the_kiosk_placed_at_the_counter_is_listed_and_paid(
    station_rig: StationRig,
) -> None:
    """The two halves of the convention meet: the kiosk's own `place_at_counter_async` (not a
    body built by hand) is what the station lists and takes cash for."""
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    product = next(p for p in rig.catalog.products if p.available)
    cart = Cart("EUR").add(product, next(v for v in product.variants if v.available), 1)
    placed = await rig.built.services.checkout.place_at_counter_async(cart)
    order_id = rig.built.services.journal.get(placed.checkout_id).order_id
    assert order_id is not None
    counter = st.counter_vm
    assert await counter.refresh_async() is ListState.READY
    row = counter.counter_list.find("orderId", order_id)
    assert row >= 0 and counter.counter_list.value(row, "number") == placed.order_number
    assert await counter.open_order_async(order_id) is CounterOutcome.OK
    st.pay_vm.openCash()
    st.pay_vm.nextNote()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_COMPLETED
    [sale_tx] = sales_of(rig, order_id)
    assert Decimal(str(sale_tx["amount"])) == Decimal(placed.totals.total_minor).scaleb(-2)
    # The kiosk's recovery leaves the order as the station finished it.
    await rig.built.services.recovery.recover_async()
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_COMPLETED


async def test_a_kiosk_order_is_paid_by_card_once_at_the_station(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    order_id, total = await kiosk_order(rig, number="K050")
    counter = st.counter_vm
    assert await counter.open_order_async(order_id) is CounterOutcome.OK
    assert await st.pay_vm.pay_card_async() is CheckoutOutcome.PAID
    assert st.screen == "done" and st.pay_vm.lastOrder == "K050"
    assert st.sale_vm.counterNumber == ""  # the sale is cleared for the next customer
    await rig.built.services.checkout.wait_books_async()
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_COMPLETED and Decimal(stored["balance"]) == 0
    [sale_tx] = sales_of(rig, order_id)
    assert sale_tx["paymentMethod"] != orders.CASH and sale_tx["employee"] == "Sam"
    assert Decimal(str(sale_tx["amount"])) == Decimal(total).scaleb(-2)
    paid = [i for i in rig.stack.intents() if i["metadata"].get("order_id") == order_id]
    assert [(i["status"], i["amount"]) for i in paid] == [("succeeded", total)]
    # No order of the station's own was posted for it.
    assert (
        len([o for o in rig.stack.docs("orders") if o.get("receiptId") == stored["receiptId"]]) == 1
    )
    await counter.refresh_async()
    assert counter.counter_list.find("orderId", order_id) == -1


async def test_a_declined_card_leaves_the_kiosk_order_pending_and_listed(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    order_id, total = await kiosk_order(rig, number="K051")
    counter = st.counter_vm
    assert await counter.open_order_async(order_id) is CounterOutcome.OK
    reader = rig.stack.config.reader_id
    rig.stack.stripe_state.set_reader_mode(reader, auto_present_card="4000000000000002")
    try:
        assert await st.pay_vm.pay_card_async() is CheckoutOutcome.DECLINED
    finally:
        rig.stack.stripe_state.set_reader_mode(reader, auto_present_card=None)
    assert st.screen == "sale" and "declined" in st.message
    assert st.sale_vm.counterNumber == "K051"  # still loaded: another card, or cash
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_PENDING
    # Given up (the sale is cleared): the intent is voided, the kiosk's order stays waiting.
    card = st.pay_vm.card_checkout
    assert card is not None
    st.sale_vm.clearSale()
    await settled(st)
    assert rig.built.services.journal.get(card).step is Step.CANCELED
    intents = [i for i in rig.stack.intents() if i["metadata"].get("order_id") == order_id]
    assert [i["status"] for i in intents] == ["canceled"]
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_PENDING
    assert sales_of(rig, order_id) == []
    await rig.built.services.recovery.recover_async()  # recovery never cancels it either
    assert next(o for o in rig.stack.docs("orders") if o["id"] == order_id)["status"] == (
        orders.ORDER_PENDING
    )
    assert await counter.refresh_async() is ListState.READY
    assert counter.counter_list.find("orderId", order_id) >= 0
    # Cash then settles it as before.
    assert await counter.open_order_async(order_id) is CounterOutcome.OK
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    assert len(sales_of(rig, order_id)) == 1 and total > 0


async def test_card_on_a_kiosk_order_paid_elsewhere_meanwhile_charges_nothing(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    order_id, _ = await kiosk_order(rig, number="K052")
    assert await st.counter_vm.open_order_async(order_id) is CounterOutcome.OK
    # Another till takes cash for it while it is open here.
    await rig.built.services.finalpos.update_order(order_id, orders.order_completed("EUR"))
    assert await st.pay_vm.pay_card_async() is None
    assert st.screen == "sale" and st.sale_vm.counterNumber == ""
    assert "already paid" in st.message
    assert [i for i in rig.stack.intents() if i["metadata"].get("order_id") == order_id] == []
    assert st.pay_vm.card_checkout is None


async def test_card_on_a_kiosk_order_another_station_is_taking_charges_nothing(
    station_rig: StationRig,
) -> None:
    """Another till's payment on the order is older and still live: this station voids its
    own authorisation instead of capturing, and says so."""
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    order_id, total = await kiosk_order(rig, number="K053")
    rival = await rig.built.services.gateway.prepare_async(
        checkout_id="till-2-checkout",
        order_id=order_id,
        receipt_id="R-2",
        amount_minor=total,
        currency="EUR",
    )
    assert rival.created is not None
    # This station's PaymentIntent is made in a later second: the younger one.
    await asyncio.sleep(max(0.0, rival.created + 1.1 - time.time()))
    assert await st.counter_vm.open_order_async(order_id) is CounterOutcome.OK
    assert await st.pay_vm.pay_card_async() is CheckoutOutcome.CANCELED
    assert st.screen == "sale" and "Another station is taking this payment" in st.message
    ours = [
        i
        for i in rig.stack.intents()
        if i["metadata"].get("order_id") == order_id and i["id"] != rival.id
    ]
    assert [i["status"] for i in ours] == ["canceled"]
    assert sales_of(rig, order_id) == []
    stored = next(o for o in rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == orders.ORDER_PENDING
