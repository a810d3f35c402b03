"""The station's view-model, headless, on the real services over both sandboxes."""

from __future__ import annotations

from decimal import Decimal

from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.station.cash import CashOutcome
from kiosk.services.station.customers import CustomerOutcome
from kiosk.services.station.discounts import DiscountOutcome
from kiosk.services.station.park import ParkOutcome
from kiosk.services.station.scanner import KeyVerdict
from kiosk.ui.station.viewmodel import StationScreen, StationViewModel
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
        st.search_vm.key_event(ch, at)
        at += gap
    return st.search_vm.enter_event(at)


async def test_sign_in_opens_the_till_with_a_float(station_rig: StationRig) -> None:
    st = station_rig.station
    for d in "0000":
        st.digit(d)
    await st.till_vm.sign_in_async()
    assert st.screen == "signIn" and "not right" in st.message
    for d in STAFF_PIN:
        st.digit(d)
    await st.till_vm.sign_in_async()
    assert (st.screen, st.userName) == ("openTill", "Sam")
    for d in "15000":
        st.digit(d)
    assert st.entryText == "€150.00"  # keypad digits are minor units
    await st.till_vm.open_till_async()
    assert st.screen == "sale"
    session_id = station_rig.built.services.session.session_id
    stored = next(s for s in station_rig.stack.docs("sessions") if s["id"] == session_id)
    assert Decimal(stored["openingAmount"]) == Decimal("150.00")
    assert stored["openedBy"] == "Sam"
    st.till_vm.switchUser()
    assert st.screen == "signIn" and st.userName == ""


async def test_scanner_vs_typing(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    code = barcodes(station_rig)[0]
    # Typed by a person (150 ms apart) into the search field, then Enter: not a scan.
    verdicts = [st.search_vm.key_event(ch, 10 + i * 0.15) for i, ch in enumerate(code)]
    assert verdicts == [KeyVerdict.BUFFERED] + [KeyVerdict.TYPED] * (len(code) - 1)
    st.search_vm.setQuery(code)
    assert st.search_vm.enter_event(10 + len(code) * 0.15) is False
    assert st.sale_vm.cart.is_empty and st.search_vm.query == code
    assert st.search_vm.results.count >= 1  # the code typed in full finds it in the results
    # The scanner's burst: added, and its characters taken back out of the search field.
    st.search_vm.setQuery("")
    st.search_vm.setQuery(code)  # the burst reached the focused search field too
    assert scan(st, code, 20.0) is True
    assert st.sale_vm.cart.count == 1 and st.search_vm.query == ""
    assert scan(st, code, 30.0) is True
    assert (
        st.sale_vm.cart.count == 2 and len(st.sale_vm.cart.lines) == 1
    )  # the same variant twice: one line
    assert scan(st, "4006381333931", 40.0) is True  # scanned, but unknown
    assert st.sale_vm.cart.count == 2 and "not on the menu" in st.message


async def test_search_as_you_type_adds_a_result(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    product = next(p for p in station_rig.catalog.products if p.available)
    word = product.name.split()[0]
    typo = word[:-2] + word[-1] if len(word) > 5 else word
    st.search_vm.setQuery(typo.lower())
    assert st.search_vm.results.count > 0
    names = [st.search_vm.results.value(i, "name") for i in range(st.search_vm.results.count)]
    assert product.name in names
    st.search_vm.addResult(names.index(product.name))
    assert st.sale_vm.cart.lines[0].product_id == product.id
    assert st.sale_vm.itemCount == 1 and st.sale_vm.totalText


async def test_discount_limit_and_manager_override(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    scan(st, barcodes(station_rig)[0], 5.0)
    line = st.sale_vm.cart.lines[0]
    st.discount_vm.openDiscount("line")
    assert st.screen == "discount"
    st.discount_vm.setDiscountKind("percent")
    for d in "500":  # 5.00 %
        st.digit(d)
    st.discount_vm.applyDiscount()
    assert st.message == "Give a reason for the discount." and st.screen == "discount"
    st.discount_vm.setDiscountReason("regular")
    st.discount_vm.applyDiscount()
    assert st.screen == "sale"
    assert st.sale_vm.discounts.lines[line.line_id].value == 500
    # Order discount of 25 % with staff's PIN refused, then a manager's allowed.
    st.discount_vm.openDiscount("order")
    for d in "2500":
        st.digit(d)
    st.discount_vm.setDiscountReason("complaint")
    st.discount_vm.applyDiscount()
    assert st.discount_vm.managerNeeded and st.sale_vm.discounts.order is None
    for d in STAFF_PIN:
        st.digit(d)
    assert await st.discount_vm.approve_discount_async() is DiscountOutcome.NOT_MANAGER
    assert "not a manager" in st.message and st.sale_vm.discounts.order is None
    for d in MANAGER_PIN:
        st.digit(d)
    assert await st.discount_vm.approve_discount_async() is DiscountOutcome.APPLIED
    assert (
        st.sale_vm.discounts.order is not None and st.sale_vm.discounts.order.approved_by == "Maria"
    )
    totals = st.sale_vm.totals
    after_line = line.total_minor - round(line.total_minor * 0.05)
    assert totals.total_minor == after_line - round(after_line * 0.25)
    assert st.sale_vm.discountText.startswith("−")


async def test_customer_create_validation_then_attach(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    st.customers_vm.openCustomers()
    await station_rig.station._tasks["customers"].task  # type: ignore[misc]
    before = len(station_rig.stack.docs("customers"))
    outcome = await st.customers_vm.create_customer_async("not-an-email", "", "Okafor", "")
    assert outcome is CustomerOutcome.INVALID
    assert st.customers_vm.customerErrors == [
        "Enter an e-mail address such as name@example.com.",
        "Enter the first name.",
    ]
    assert len(station_rig.stack.docs("customers")) == before  # nothing was sent
    outcome = await st.customers_vm.create_customer_async(
        "ada.okafor@example.com", "Ada", "Okafor", ""
    )
    assert outcome is CustomerOutcome.OK
    assert st.sale_vm.customerName == "Ada Okafor" and st.screen == "sale"
    st.customers_vm.openCustomers()
    st.customers_vm.setCustomerQuery("okafor")
    assert st.customers_vm.customer_list.count == 1


async def test_park_and_resume(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    codes = barcodes(station_rig)
    scan(st, codes[0], 1.0)
    scan(st, codes[1], 2.0)
    before = [(ln.line_id, ln.quantity) for ln in st.sale_vm.cart.lines]
    total = st.sale_vm.totalText
    assert await st.parked_vm.park_async("Table 7") is ParkOutcome.OK
    assert st.sale_vm.cart.is_empty
    await st.parked_vm.refresh_parked_async()
    row = st.parked_vm.parked_list.find("label", "Table 7")
    assert row >= 0 and st.parked_vm.parked_list.value(row, "total") == total
    order_id = st.parked_vm.parked_list.value(row, "orderId")
    assert await st.parked_vm.resume_parked_async(order_id) is ParkOutcome.OK
    assert [(ln.line_id, ln.quantity) for ln in st.sale_vm.cart.lines] == before
    stored = next(o for o in station_rig.stack.docs("orders") if o["id"] == order_id)
    assert stored["status"] == "cancelled" and stored["posData"]["resumedBy"] == "Sam"


async def test_cash_change(station_rig: StationRig) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    scan(st, barcodes(station_rig)[0], 1.0)
    st.pay_vm.openCash()
    total = st.sale_vm.totals.total_minor
    for d in str(total - 1):
        st.digit(d)
    assert not st.pay_vm.cashEnough and st.pay_vm.changeText == ""
    assert await st.pay_vm.take_cash_async() is CashOutcome.NOT_ENOUGH
    st.pay_vm.nextNote()
    assert st.entry_minor % 1000 == 0 and st.entry_minor > total
    change = st.entry_minor - total
    assert st.pay_vm.cashEnough and st.pay_vm.changeText == st.money(change)
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    assert st.screen == "done" and st.pay_vm.lastChangeText == st.money(change)
    assert st.sale_vm.cart.is_empty


async def test_zero_decimal_entry_and_change(station_rig: StationRig) -> None:
    rig = station_rig
    rig.desk.currency = "JPY"
    yen = StationViewModel(desk=rig.desk, auth=rig.station.auth)
    product = next(p for p in rig.catalog.products if p.available)
    yen.sale_vm.add(product, next(v for v in product.variants if v.available), product.name)
    yen.go(StationScreen.CASH)
    total = yen.sale_vm.totals.total_minor
    yen.pay_vm.nextNote()
    assert yen.entry_minor == (total // 10 + 1) * 10  # 10 yen, not 10.00
    yen.clearEntry()
    for d in "10000":
        yen.digit(d)
    assert yen.entryText.endswith("¥10,000")  # "JP¥10,000" in en_GB: no decimals
    assert yen.pay_vm.changeText == yen.money(10_000 - total)
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
        assert await st.pay_vm.pay_card_async() is CheckoutOutcome.DECLINED
        assert st.screen == "sale" and "declined" in st.message
        first = st.pay_vm.card_checkout
        assert first is not None
        scan(st, codes[1], 2.0)  # the sale changes: that order and its intent are given up
        await settled(st)
        assert st.pay_vm.card_checkout is None
        first_order = rig.built.services.journal.get(first).order_id
        stored = next(o for o in rig.stack.docs("orders") if o["id"] == first_order)
        assert stored["status"] == "cancelled"
        rig.stack.stripe_state.set_reader_mode(reader, auto_present_card="4242424242424242")
        total = st.sale_vm.totals.total_minor
        assert await st.pay_vm.pay_card_async() is CheckoutOutcome.PAID
        assert st.screen == "done"
        paid = [i for i in rig.stack.intents() if i.get("status") == "succeeded"]
        assert [i["amount"] for i in paid] == [total]
    finally:
        rig.stack.stripe_state.set_reader_mode(reader, auto_present_card=None)


async def test_card_sale_transaction_carries_the_signed_in_employee(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    scan(st, barcodes(rig)[0], 1.0)
    before = {o["id"] for o in rig.stack.docs("orders")}
    assert await st.pay_vm.pay_card_async() is CheckoutOutcome.PAID
    [order] = [o for o in rig.stack.docs("orders") if o["id"] not in before]
    assert order["posData"]["employee"] == "Sam"  # the order has it (SaleExtras.customize)
    await rig.built.services.checkout.wait_books_async()  # the sale is posted after PAID
    [sale] = [t for t in rig.stack.docs("transactions") if t.get("orderId") == order["id"]]
    assert sale["employee"] == "Sam"
