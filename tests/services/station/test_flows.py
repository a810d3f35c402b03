"""Station services against both sandboxes: customers, cash sales, parked orders, the till."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.domain.cart import Cart
from kiosk.domain.pricing import TaxRate
from kiosk.services.staff.desk import DeskOutcome
from kiosk.services.station.cash import CashOutcome, CashSales, change_due
from kiosk.services.station.customers import (
    CustomerDirectory,
    CustomerOutcome,
    CustomerProblem,
    validate,
)
from kiosk.services.station.discounts import Discount, DiscountKind, Discounts, price_discounted
from kiosk.services.station.park import ParkedOrders, ParkOutcome
from kiosk.services.station.till import StationTill
from tests.services.harness import Stack, cart, running_stack
from tests.staff.refund_harness import RefundStack, build_refunds

RATES = {
    "standard": TaxRate("standard", Decimal(20), True),
    "reduced": TaxRate("reduced", Decimal(10), True),
}


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Station:
    built: RefundStack
    cash: CashSales
    customers: CustomerDirectory
    parked: ParkedOrders
    till: StationTill


@pytest.fixture
async def station(stack: Stack, tmp_path: Path) -> AsyncIterator[Station]:
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    async with build_refunds(stack.config, tmp_path / "kiosk") as built:
        s = built.services
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(tmp_path / "kiosk"),
            currency="EUR",
            station_name="Till 2",
            outlet_id=stack.config.outlet_id,
            post_quiet_s=11.0,
        )
        desk = built.staff_desk(stack.config)
        try:
            yield Station(
                built,
                cash,
                CustomerDirectory(s.finalpos, outlet_id=stack.config.outlet_id),
                ParkedOrders(
                    finalpos=s.finalpos, session=s.session, currency="EUR", station_name="Till 2"
                ),
                StationTill(
                    desk=desk, cash=cash, session=s.session, finalpos=s.finalpos, currency="EUR"
                ),
            )
        finally:
            cash.journal.close()
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)


def test_customer_validation_before_any_request() -> None:
    assert validate(email="nope", first_name="", last_name=" ") == (
        CustomerProblem.EMAIL_INVALID,
        CustomerProblem.FIRST_NAME_MISSING,
        CustomerProblem.LAST_NAME_MISSING,
    )
    assert validate(email="a@b.io", first_name="A", last_name="B", phone="12") == (
        CustomerProblem.PHONE_INVALID,
    )
    assert validate(email="ana@example.com", first_name="Ana", last_name="Lee") == ()


async def test_customers_create_find_and_refuse_bad_input(stack: Stack, station: Station) -> None:
    d = station.customers
    before = len(stack.docs("customers"))
    bad = await d.create_async(email="x@", first_name="", last_name="Ng")
    assert bad.outcome is CustomerOutcome.INVALID
    assert len(stack.docs("customers")) == before  # nothing was sent
    assert await d.refresh_async() is CustomerOutcome.OK
    made = await d.create_async(
        email="Zoë.Brûlé@example.com", first_name="Zoë", last_name="Brûlé", phone="+44 20 7946 0958"
    )
    assert made.outcome is CustomerOutcome.OK and made.customer is not None
    assert [r.id for r in d.search("zoe brule")] == [made.customer.id]  # accents ignored
    assert [r.id for r in d.search("7946 0958")] == [made.customer.id]  # phone digits
    assert [r.id for r in d.search("brule@example")] == [made.customer.id]
    again = await d.create_async(email="zoë.brûlé@example.com", first_name="Z", last_name="B")
    assert again.problems == (CustomerProblem.EMAIL_TAKEN,)
    assert again.customer is not None and again.customer.id == made.customer.id
    stored = [c for c in stack.docs("customers") if c["id"] == made.customer.id]
    assert stored and stored[0]["email"] == "Zoë.Brûlé@example.com"


@pytest.mark.parametrize(
    ("total", "tendered", "change"),
    [(1234, 2000, 766), (1234, 1234, 0), (1234, 1233, None), (980, 1000, 20)],
)
def test_change(total: int, tendered: int, change: int | None) -> None:
    assert change_due(total, tendered) == change


async def test_cash_sale_and_till_count(stack: Stack, station: Station) -> None:
    s = station.built.services
    assert await station.till.open_async(opened_by="Ana", float_minor=10_000) is DeskOutcome.OK
    session_id = s.session.session_id
    c = cart(0)
    discounts = Discounts({"p1:v1": Discount(DiscountKind.PERCENT, 1000, "regular")})
    totals = price_discounted(c, discounts, RATES, "standard")
    short = await station.cash.sell_async(totals, totals.total_minor - 1, employee="Ana")
    assert short.outcome is CashOutcome.NOT_ENOUGH
    paid = await station.cash.sell_async(
        totals,
        5000,
        employee="Ana",
        customize=lambda o: o.model_copy(update={"customer_id": "c-123"}),
    )
    assert paid.outcome is CashOutcome.PAID
    assert paid.change_minor == 5000 - totals.total_minor
    order = next(o for o in stack.docs("orders") if o["id"] == paid.order_id)
    assert order["status"] == "completed" and order["customerId"] == "c-123"
    assert Decimal(order["summary"]["discountTotal"]) == Decimal(totals.discount_minor) / 100
    txs = [t for t in stack.docs("transactions") if t.get("orderId") == paid.order_id]
    assert [(t["paymentMethod"], t["type"], Decimal(t["amount"])) for t in txs] == [
        ("cash", "sale", Decimal(totals.total_minor) / 100)
    ]
    assert txs[0]["employee"] == "Ana" and txs[0]["sessionId"] == session_id
    expected = 10_000 + totals.total_minor
    outcome, count = await station.till.close_async(closed_by="Ana", counted_minor=expected - 150)
    assert outcome is DeskOutcome.OK and count is not None
    assert (count.expected_minor, count.difference_minor) == (expected, -150)
    stored = next(x for x in stack.docs("sessions") if x["id"] == session_id)
    assert Decimal(stored["closingAmounts"]["cash"]) == Decimal(expected - 150) / 100
    report = json.loads(stored["closingReportData"])
    assert report["cash"]["difference"] == "-1.50"
    # The whole report comes back with the count (the close-till screen shows and prints it).
    closing = count.report
    assert closing is not None and closing.cash is not None
    assert (closing.cash.opening_minor, closing.cash.counted_minor) == (10_000, expected - 150)
    assert closing.cash.difference_minor == -150 and closing.opened_by == "Ana"
    assert closing.payment_methods == (("cash", totals.total_minor),)
    assert sum(t.amount_minor for t in closing.taxes_by_rate) == totals.tax_minor > 0
    assert {t.rate for t in closing.taxes_by_rate} == {t.rate for t in totals.taxes}


async def test_cash_sale_finishes_after_final_pos_fails(stack: Stack, station: Station) -> None:
    totals = price_discounted(cart(1), Discounts.none(), RATES, "standard")
    s = station.built.services
    await s.session.ensure_open_async()
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    try:
        result = await station.cash.sell_async(totals, totals.total_minor, employee="Ana")
    finally:
        stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    assert result.outcome is CashOutcome.PENDING
    assert [e.checkout_id for e in station.cash.unfinished()] == [result.sale_id]
    assert await station.cash.finish_all_async() == 0
    done = await station.cash.finish_async(result.sale_id or "")
    assert done.outcome is CashOutcome.PAID
    orders = [o for o in stack.docs("orders") if o.get("externalId") == result.sale_id]
    assert len(orders) == 1 and orders[0]["status"] == "completed"
    sales = [t for t in stack.docs("transactions") if t.get("externalId") == result.sale_id]
    assert len(sales) == 1


async def test_park_list_resume(stack: Stack, station: Station) -> None:
    c: Cart = cart(2)
    discounts = Discounts({}, Discount(DiscountKind.AMOUNT, 50, "loyal"))
    totals = price_discounted(c, discounts, RATES, "standard")
    outcome, order_id = await station.parked.park_async(
        totals, discounts=discounts, parked_by="Ana", label="Table 4", customer_id="c-9"
    )
    assert outcome is ParkOutcome.OK and order_id
    stored = next(o for o in stack.docs("orders") if o["id"] == order_id)
    assert (stored["status"], stored["parkReduceStock"]) == ("parked", "0")
    listed = await station.parked.list_async()
    mine = [p for p in listed[1] if p.order_id == order_id]
    assert mine and mine[0].label == "Table 4" and mine[0].total_minor == totals.total_minor
    outcome, resumed = await station.parked.resume_async(order_id, resumed_by="Bo")
    assert outcome is ParkOutcome.OK and resumed is not None
    assert [(ln.product_id, ln.quantity) for ln in resumed.lines] == [
        (ln.product_id, ln.quantity) for ln in c.lines
    ]
    assert resumed.discounts == discounts and resumed.customer_id == "c-9"
    assert (await station.parked.resume_async(order_id, resumed_by="Cy"))[0] is (
        ParkOutcome.NOT_PARKED
    )
    assert order_id not in [p.order_id for p in (await station.parked.list_async())[1]]
