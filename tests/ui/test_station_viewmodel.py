"""The station's view-model, headless, on the real services over both sandboxes."""

from __future__ import annotations

from decimal import Decimal

from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.station.cash import CashOutcome
from kiosk.services.station.customers import CustomerOutcome
from kiosk.services.station.discounts import DiscountOutcome
from kiosk.services.station.park import ParkOutcome
from kiosk.services.station.scanner import KeyVerdict
from kiosk.ui.station.viewmodel import StationViewModel
from tests.ui.station_fixtures import (
    MANAGER_PIN,
    STAFF_PIN,
    StationRig,
    settled,
    signed_in,
    station_rig,
    station_stack,
)

__all__ = ["station_rig", "station_stack"]


def barcodes(rig: StationRig) -> list[str]:
    return [
        v.barcode for p in rig.catalog.products for v in p.variants if v.barcode and v.available
    ]


def scan(st: StationViewModel, code: str, at: float, gap: float = 0.008) -> bool:
    for ch in code:
        st.key_event(ch, at)
        at += gap
    return st.enter_event(at)


async def test_sign_in_opens_the_till_with_a_float(station_rig: StationRig) -> None:
    st = station_rig.station
    for d in "0000":
        st.digit(d)
    await st.sign_in_async()
    assert st.screen == "signIn" and "not right" in st.message
    for d in STAFF_PIN:
        st.digit(d)
    await st.sign_in_async()
    assert (st.screen, st.userName) == ("openTill", "Sam")
    for d in "15000":
        st.digit(d)
    assert st.entryText == "€150.00"  # keypad digits are minor units
    await st.open_till_async()
    assert st.screen == "sale"
    session_id = station_rig.built.services.session.session_id
    stored = next(s for s in station_rig.stack.docs("sessions") if s["id"] == session_id)
    assert Decimal(stored["openingAmount"]) == Decimal("150.00")
    assert stored["openedBy"] == "Sam"
    st.switchUser()
    assert st.screen == "signIn" and st.userName == ""


async def test_scanner_vs_typing(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    code = barcodes(station_rig)[0]
    # Typed by a person (150 ms apart) into the search field, then Enter: not a scan.
    verdicts = [st.key_event(ch, 10 + i * 0.15) for i, ch in enumerate(code)]
    assert verdicts == [KeyVerdict.BUFFERED] + [KeyVerdict.TYPED] * (len(code) - 1)
    st.setQuery(code)
    assert st.enter_event(10 + len(code) * 0.15) is False
    assert st.cart.is_empty and st.query == code
    assert st.results.count >= 1  # the code typed in full finds it in the results
    # The scanner's burst: added, and its characters taken back out of the search field.
    st.setQuery("")
    st.setQuery(code)  # the burst reached the focused search field too
    assert scan(st, code, 20.0) is True
    assert st.cart.count == 1 and st.query == ""
    assert scan(st, code, 30.0) is True
    assert st.cart.count == 2 and len(st.cart.lines) == 1  # the same variant twice: one line
    assert scan(st, "4006381333931", 40.0) is True  # scanned, but unknown
    assert st.cart.count == 2 and "not on the menu" in st.message


async def test_search_as_you_type_adds_a_result(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    product = next(p for p in station_rig.catalog.products if p.available)
    word = product.name.split()[0]
    typo = word[:-2] + word[-1] if len(word) > 5 else word
    st.setQuery(typo.lower())
    assert st.results.count > 0
    names = [st.results.value(i, "name") for i in range(st.results.count)]
    assert product.name in names
    st.addResult(names.index(product.name))
    assert st.cart.lines[0].product_id == product.id
    assert st.itemCount == 1 and st.totalText


async def test_discount_limit_and_manager_override(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    scan(st, barcodes(station_rig)[0], 5.0)
    line = st.cart.lines[0]
    st.openDiscount("line")
    assert st.screen == "discount"
    st.setDiscountKind("percent")
    for d in "500":  # 5.00 %
        st.digit(d)
    st.applyDiscount()
    assert st.message == "Give a reason for the discount." and st.screen == "discount"
    st.setDiscountReason("regular")
    st.applyDiscount()
    assert st.screen == "sale"
    assert st.discounts.lines[line.line_id].value == 500
    # Order discount of 25 % with staff's PIN refused, then a manager's allowed.
    st.openDiscount("order")
    for d in "2500":
        st.digit(d)
    st.setDiscountReason("complaint")
    st.applyDiscount()
    assert st.managerNeeded and st.discounts.order is None
    for d in STAFF_PIN:
        st.digit(d)
    assert await st.approve_discount_async() is DiscountOutcome.NOT_MANAGER
    assert "not a manager" in st.message and st.discounts.order is None
    for d in MANAGER_PIN:
        st.digit(d)
    assert await st.approve_discount_async() is DiscountOutcome.APPLIED
    assert st.discounts.order is not None and st.discounts.order.approved_by == "Maria"
    totals = st.totals
    after_line = line.total_minor - round(line.total_minor * 0.05)
    assert totals.total_minor == after_line - round(after_line * 0.25)
    assert st.discountText.startswith("−")


async def test_customer_create_validation_then_attach(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    st.openCustomers()
    await station_rig.station._tasks["customers"].task  # type: ignore[misc]
    before = len(station_rig.stack.docs("customers"))
    outcome = await st.create_customer_async("not-an-email", "", "Okafor", "")
    assert outcome is CustomerOutcome.INVALID
    assert st.customerErrors == [
        "Enter an e-mail address such as name@example.com.",
        "Enter the first name.",
    ]
    assert len(station_rig.stack.docs("customers")) == before  # nothing was sent
    outcome = await st.create_customer_async("ada.okafor@example.com", "Ada", "Okafor", "")
    assert outcome is CustomerOutcome.OK
    assert st.customerName == "Ada Okafor" and st.screen == "sale"
    st.openCustomers()
    st.setCustomerQuery("okafor")
    assert st.customer_list.count == 1


async def test_park_and_resume(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    codes = barcodes(station_rig)
    scan(st, codes[0], 1.0)
    scan(st, codes[1], 2.0)
    before = [(ln.line_id, ln.quantity) for ln in st.cart.lines]
    total = st.totalText
    assert await st.park_async("Table 7") is ParkOutcome.OK
    assert st.cart.is_empty
    await st.refresh_parked_async()
    row = st.parked_list.find("label", "Table 7")
    assert row >= 0 and st.parked_list.value(row, "total") == total
    order_id = st.parked_list.value(row, "orderId")
    assert await st.resume_parked_async(order_id) is ParkOutcome.OK
    assert [(ln.line_id, ln.quantity) for ln in st.cart.lines] == before
    stored = next(o for o in station_rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == "cancelled" and stored["posData"]["resumedBy"] == "Sam"


async def test_cash_change(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    scan(st, barcodes(station_rig)[0], 1.0)
    st.openCash()
    total = st.totals.total_minor
    for d in str(total - 1):
        st.digit(d)
    assert not st.cashEnough and st.changeText == ""
    assert await st.take_cash_async() is CashOutcome.NOT_ENOUGH
    st.nextNote()
    assert st.entry_minor % 1000 == 0 and st.entry_minor > total
    change = st.entry_minor - total
    assert st.cashEnough and st.changeText == st._money(change)
    assert await st.take_cash_async() is CashOutcome.PAID
    assert st.screen == "done" and st.lastChangeText == st._money(change)
    assert st.cart.is_empty


async def test_zero_decimal_entry_and_change(station_rig: StationRig) -> None:
    rig = station_rig
    rig.desk.currency = "JPY"
    yen = StationViewModel(desk=rig.desk, auth=rig.station._auth)
    product = next(p for p in rig.catalog.products if p.available)
    yen._cart = yen._cart.add(product, next(v for v in product.variants if v.available))
    yen._screen = yen._screen.CASH
    total = yen.totals.total_minor
    yen.nextNote()
    assert yen.entry_minor == (total // 10 + 1) * 10  # 10 yen, not 10.00
    yen.clearEntry()
    for d in "10000":
        yen.digit(d)
    assert yen.entryText.endswith("¥10,000")  # "JP¥10,000" in en_GB: no decimals
    assert yen.changeText == yen._money(10_000 - total)
    rig.desk.currency = "EUR"


async def test_card_declined_then_the_sale_changes_gives_the_first_order_up(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    codes = barcodes(rig)
    reader = rig.stack.config.reader_id
    rig.stack.stripe_state.set_reader_mode(reader, auto_present_card="4000000000000002")
    try:
        scan(st, codes[0], 1.0)
        assert await st.pay_card_async() is CheckoutOutcome.DECLINED
        assert st.screen == "sale" and "declined" in st.message
        first = st._card_checkout
        assert first is not None
        scan(st, codes[1], 2.0)  # the sale changes: that order and its intent are given up
        await settled(st)
        assert st._card_checkout is None
        first_order = rig.built.services.journal.get(first).order_id
        stored = next(o for o in rig.stack.docs("orders") if o["id"] == first_order)
        assert stored["status"] == "cancelled"
        rig.stack.stripe_state.set_reader_mode(reader, auto_present_card="4242424242424242")
        total = st.totals.total_minor
        assert await st.pay_card_async() is CheckoutOutcome.PAID
        assert st.screen == "done"
        paid = [i for i in rig.stack.intents() if i.get("status") == "succeeded"]
        assert [i["amount"] for i in paid] == [total]
    finally:
        rig.stack.stripe_state.set_reader_mode(reader, auto_present_card=None)
