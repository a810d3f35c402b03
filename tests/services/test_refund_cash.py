"""Cash refunds of a station's cash sales, on the real services over both sandboxes.

Each test checks a guarantee in Final POS itself: the refund and its ``cash`` payout land once,
in the open till session, so the session's expected cash drops by the amount handed back; a
create whose answer came too late is never repeated; quantities are capped; a card sale keeps
the card path.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.money import to_minor
from kiosk.domain.pricing import TaxRate
from kiosk.services.refunds import (
    RefundBoundary,
    RefundJournal,
    RefundMethod,
    RefundOutcome,
    RefundService,
    RefundStep,
)
from kiosk.services.refunds.journal import _SCHEMA
from kiosk.services.staff.desk import DeskOutcome, StaffDesk
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.cash_orders import CashOrders
from kiosk.services.station.counter import counter_order
from kiosk.services.station.discounts import Discounts, price_discounted
from kiosk.services.station.till import StationTill
from tests.services.harness import Services, Stack, build_services, cart, running_stack
from tests.staff.refund_harness import paid_checkout
from tests.ui.conftest import until

RATES = {
    "standard": TaxRate("standard", Decimal(20), True),
    "reduced": TaxRate("reduced", Decimal(10), True),
}
TIMEOUT_S = 1.0  # the Final POS client's deadline: a late commit waits longer


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Till:
    services: Services
    cash: CashSales
    refunds: RefundService
    till: StationTill
    skew: list[float]  # seconds added to the refunds' clock (to pass a quiet period)


@pytest.fixture
async def till(stack: Stack, tmp_path: Path) -> AsyncIterator[Till]:
    faults = stack.finalpos.finalpos_faults
    faults.configure(error_rate=0.0, late_commit_rate=0.0, path_prefix="")
    data = tmp_path / "station"
    skew = [0.0]
    async with build_services(stack.config, data, finalpos_timeout_s=TIMEOUT_S) as s:
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(data),
            currency="EUR",
            station_name="Till 2",
            outlet_id=stack.config.outlet_id,
        )
        journal = RefundJournal.in_dir(data)
        refunds = RefundService(
            finalpos=s.finalpos,
            gateway=s.gateway,
            checkouts=s.journal,
            journal=journal,
            session=s.session,
            outlet_id=stack.config.outlet_id,
            retry_attempts=3,
            retry_base_s=0.02,
            retry_max_s=0.2,
            cash_checkouts=cash.journal,
            clock=lambda: time.time() + skew[0],
        )
        desk = StaffDesk(
            finalpos=s.finalpos,
            gateway=s.gateway,
            journal=s.journal,
            session=s.session,
            checkout=s.checkout,
            recovery=s.recovery,
            refunds=refunds,
            currency="EUR",
            outlet_id=stack.config.outlet_id,
            reader_id=stack.config.reader_id,
        )
        station_till = StationTill(
            desk=desk, cash=cash, session=s.session, finalpos=s.finalpos, currency="EUR"
        )
        try:
            yield Till(s, cash, refunds, station_till, skew)
        finally:
            journal.close()
            cash.journal.close()
    faults.configure(error_rate=0.0, late_commit_rate=0.0, path_prefix="")


async def cash_sale(t: Till, index: int = 1) -> tuple[str, str, int]:
    """A paid cash sale: its sale id, Final POS order id and total."""
    totals = price_discounted(cart(index), Discounts.none(), RATES, "standard")
    paid = await t.cash.sell_async(totals, totals.total_minor, employee="Ana")
    assert paid.outcome is CashOutcome.PAID and paid.sale_id and paid.order_id
    return paid.sale_id, paid.order_id, totals.total_minor


def refunds_of(stack: Stack, order_id: str) -> list[dict[str, Any]]:
    return [r for r in stack.docs("refunds") if r.get("orderId") == order_id]


def payouts_of(stack: Stack, refund_id: str) -> list[dict[str, Any]]:
    return [
        t
        for t in stack.docs("transactions")
        if t.get("type") == "refund" and t.get("externalId") == refund_id
    ]


async def test_a_cash_refund_lands_once_and_the_drawer_expects_that_much_less(
    stack: Stack, till: Till
) -> None:
    t = till
    assert await t.till.open_async(opened_by="Ana", float_minor=10_000) is DeskOutcome.OK
    session_id = t.services.session.session_id
    sale_id, order_id, total = await cash_sale(t)
    result = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    assert result.outcome is RefundOutcome.REFUNDED and result.amount_minor == total
    [entry] = t.refunds.journal.for_order(order_id)
    assert entry.method is RefundMethod.CASH and entry.step is RefundStep.COMPLETED
    assert entry.stripe_refund_id is None  # no card involved
    [refund] = refunds_of(stack, order_id)
    assert refund["externalId"] == entry.refund_id and refund["sessionId"] == session_id
    assert [(p["paymentType"], to_minor(p["amount"], "EUR")) for p in refund["payment"]] == [
        ("cash", total)
    ]
    [payout] = payouts_of(stack, entry.refund_id)
    assert payout["paymentMethod"] == "cash" and payout["refundId"] == refund["id"]
    assert payout["sessionId"] == session_id and to_minor(payout["amount"], "EUR") == total
    # Asked again: nothing is left, nothing more lands.
    again = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    assert again.outcome is RefundOutcome.NOTHING_TO_REFUND
    assert len(refunds_of(stack, order_id)) == 1

    # The drawer holds the float: the sale came in and went out again.
    outcome, count = await t.till.close_async(closed_by="Ana", counted_minor=10_000)
    assert outcome is DeskOutcome.OK and count is not None
    assert (count.expected_minor, count.difference_minor) == (10_000, 0)
    assert count.unfinished_refunds == 0
    stored = next(x for x in stack.docs("sessions") if x["id"] == session_id)
    report = json.loads(stored["closingReportData"])
    assert report["cash"]["expected"] == "100.00" and report["cash"]["difference"] == "0.00"
    assert to_minor(report["refunds"], "EUR") == total


async def test_a_late_commit_of_the_refund_post_ends_as_exactly_one_refund(
    stack: Stack, till: Till
) -> None:
    t = till
    await t.services.session.ensure_open_async()
    sale_id, order_id, total = await cash_sale(t)
    faults = stack.finalpos.finalpos_faults
    # Final POS reads the refund, waits past the client's deadline, then commits it.
    faults.configure(
        late_commit_rate=1.0,
        late_commit_s=TIMEOUT_S * 1.6,
        path_prefix="/v1/api/refunds",
        methods=["POST"],
    )
    try:
        result = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    finally:
        faults.configure(late_commit_rate=0.0, path_prefix="", methods=["GET", "POST", "PUT"])
    await until(lambda: refunds_of(stack, order_id), 10)
    await asyncio.sleep(TIMEOUT_S * 2)  # room for a second POST's late commit, were there one
    assert len(refunds_of(stack, order_id)) == 1  # the late commit landed, and only it
    # Journaled: the cash may be handed back; Final POS is finished later, once.
    assert result.outcome is RefundOutcome.REFUNDED_BOOKS_PENDING
    [entry] = t.refunds.journal.for_order(order_id)
    assert entry.step is RefundStep.REFUND_POSTING
    report = await t.refunds.recover_async()  # inside the quiet period: found, not posted
    assert report.completed == [entry.refund_id], report
    t.skew[0] = 3600.0  # long past any quiet period: still one
    await t.refunds.recover_async()
    [refund] = refunds_of(stack, order_id)
    assert refund["externalId"] == entry.refund_id
    assert len(payouts_of(stack, entry.refund_id)) == 1
    assert t.refunds.journal.get(entry.refund_id).step is RefundStep.COMPLETED
    assert to_minor(refund["summary"]["total"], "EUR") == total


class Died(BaseException):
    """The process dying at a boundary (nothing after it runs, nothing is caught)."""


@pytest.mark.parametrize(
    "boundary",
    [
        RefundBoundary.JOURNAL_WRITTEN,
        RefundBoundary.REFUND_POSTED,  # the refund is in Final POS, the journal does not know
        RefundBoundary.PAYOUT_POSTED,
    ],
)
async def test_a_crash_after_a_post_recovers_to_exactly_one_refund(
    stack: Stack, till: Till, boundary: RefundBoundary
) -> None:
    t = till
    await t.services.session.ensure_open_async()
    sale_id, order_id, total = await cash_sale(t)

    def die(at: RefundBoundary) -> None:
        if at is boundary:
            raise Died(at)

    t.refunds._hook = die
    with pytest.raises(Died):
        await t.refunds.refund_async(sale_id, refunded_by="Maria")
    # Restarted: a new service over the same journals finishes it.
    again = RefundService(
        finalpos=t.services.finalpos,
        gateway=t.services.gateway,
        checkouts=t.services.journal,
        journal=t.refunds.journal,
        session=t.services.session,
        outlet_id=stack.config.outlet_id,
        cash_checkouts=t.cash.journal,
    )
    report = await again.recover_async()
    [entry] = again.journal.for_order(order_id)
    assert report.completed == [entry.refund_id], report
    [refund] = refunds_of(stack, order_id)
    assert refund["externalId"] == entry.refund_id
    [payout] = payouts_of(stack, entry.refund_id)
    assert payout["paymentMethod"] == "cash" and to_minor(payout["amount"], "EUR") == total
    # A second pass (another restart) changes nothing.
    await again.recover_async()
    assert len(refunds_of(stack, order_id)) == 1 and len(payouts_of(stack, entry.refund_id)) == 1


async def test_cash_refund_quantities_are_capped_by_what_is_left(stack: Stack, till: Till) -> None:
    t = till
    await t.services.session.ensure_open_async()
    sale_id, order_id, total = await cash_sale(t)  # 2 flat whites, 1 croissant
    left = {line.index: line.refundable_quantity for line in t.refunds.refundable(sale_id).lines}
    assert left == {0: 2, 1: 1}
    with pytest.raises(ValueError, match="units left"):
        await t.refunds.refund_async(sale_id, quantities={0: 3}, refunded_by="Maria")
    first = await t.refunds.refund_async(sale_id, quantities={0: 1}, refunded_by="Maria")
    assert first.outcome is RefundOutcome.REFUNDED
    with pytest.raises(ValueError, match="units left"):
        await t.refunds.refund_async(sale_id, quantities={0: 2}, refunded_by="Maria")
    rest = await t.refunds.refund_async(sale_id, refunded_by="Maria")  # everything left
    assert rest.outcome is RefundOutcome.REFUNDED
    assert first.amount_minor + rest.amount_minor == total
    assert t.refunds.refundable(sale_id).remaining_minor == 0
    landed = refunds_of(stack, order_id)
    assert sum(to_minor(r["summary"]["total"], "EUR") for r in landed) == total
    assert [ln["quantity"] for r in landed for ln in r["lineItems"]] == [1, 1, 1]


async def test_an_unfinished_cash_sale_is_not_refunded(stack: Stack, till: Till) -> None:
    t = till
    await t.services.session.ensure_open_async()
    totals = price_discounted(cart(0), Discounts.none(), RATES, "standard")
    faults = stack.finalpos.finalpos_faults
    faults.configure(error_rate=1.0, methods=["POST"])
    try:
        pending = await t.cash.sell_async(totals, totals.total_minor, employee="Ana")
    finally:
        faults.configure(error_rate=0.0, methods=["GET", "POST", "PUT"])
    assert pending.outcome is CashOutcome.PENDING and pending.sale_id
    result = await t.refunds.refund_async(pending.sale_id, refunded_by="Maria")
    assert result.outcome is RefundOutcome.NOT_PAID
    assert t.refunds.journal.all() == []


async def test_a_card_sale_is_still_refunded_to_the_card(stack: Stack, till: Till) -> None:
    t = till
    checkout_id = await paid_checkout(t.services, 1)
    order_id = t.services.journal.get(checkout_id).order_id
    assert order_id is not None
    result = await t.refunds.refund_async(checkout_id, refunded_by="Maria")
    assert result.outcome is RefundOutcome.REFUNDED
    [entry] = t.refunds.journal.for_order(order_id)
    assert entry.method is RefundMethod.CARD and entry.stripe_refund_id
    [refund] = refunds_of(stack, order_id)
    assert [p["paymentType"] for p in refund["payment"]] == ["credit_card"]
    [payout] = payouts_of(stack, entry.refund_id)
    assert payout["paymentMethod"] == "credit_card"
    stripe = [
        r
        for r in stack.stripe_state.refunds(stack.config.stripe_account)
        if r.get("payment_intent") == entry.intent_id
    ]
    assert [int(r["amount"]) for r in stripe] == [entry.amount_minor]


def test_a_refund_journal_from_before_cash_refunds_opens_and_reads_as_card(
    tmp_path: Path,
) -> None:
    old = _SCHEMA.replace(",\n    method TEXT NOT NULL DEFAULT 'card'", "")
    assert "method" not in old
    path = tmp_path / "refunds.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(old)
    db.execute(
        "INSERT INTO refunds (refund_id, checkout_id, order_id, order_number, intent_id,"
        " currency, amount_minor, reason, note, refunded_by, lines, step, created_at,"
        " updated_at, refunded_before_minor) VALUES ('r1', 'c1', 'o1', 'A001', 'pi_1', 'EUR',"
        " 500, 'requested_by_customer', '', 'Maria', '[]', 'completed', 1.0, 1.0, 0)"
    )
    db.commit()
    db.close()
    with RefundJournal(path) as journal:
        [entry] = journal.all()
        assert entry.method is RefundMethod.CARD and not entry.cash
        journal.set_meta("post-unknown:r1:refund", '{"not_before": 1}')
        assert journal.get_meta("post-unknown:r1:refund") == '{"not_before": 1}'


async def counter_cash_sale(stack: Stack, t: Till, index: int = 2) -> tuple[str, str, int]:
    """A kiosk's order placed to pay at the counter, paid here in cash: sale id, order id,
    total."""
    placed = await t.services.checkout.place_at_counter_async(cart(index))
    order_id = t.services.journal.get(placed.checkout_id).order_id
    assert order_id is not None
    order = counter_order(await t.services.finalpos.get_order(order_id), "EUR")
    assert order.body is not None  # the kiosk's order is complete: its lines are journaled

    async def still_waiting() -> bool:
        return True

    paid = await t.cash.settle_order_async(
        order, order.total_minor, employee="Ana", still_waiting=still_waiting
    )
    assert paid.outcome is CashOutcome.PAID and paid.sale_id
    return paid.sale_id, order_id, order.total_minor


async def test_a_kiosk_order_paid_here_in_cash_is_refunded_here_in_cash(
    stack: Stack, till: Till
) -> None:
    t = till
    assert await t.till.open_async(opened_by="Ana", float_minor=10_000) is DeskOutcome.OK
    session_id = t.services.session.session_id
    sale_id, order_id, total = await counter_cash_sale(stack, t)
    listed = CashOrders(cash=t.cash, refunds=t.refunds)
    assert [r.order_id for r in listed.orders_today()] == [order_id]
    detail = listed.detail(sale_id)
    assert detail is not None and len(detail.lines) == 2
    first = detail.lines[0]
    # One line back in cash: the kiosk's order gets the refund, the drawer the payout.
    result = await t.refunds.refund_async(sale_id, quantities={0: 1}, refunded_by="Maria")
    assert result.outcome is RefundOutcome.REFUNDED
    assert result.amount_minor == first.total_minor // first.quantity
    [refund] = refunds_of(stack, order_id)
    assert refund["sessionId"] == session_id
    [entry] = t.refunds.journal.for_order(order_id)
    [payout] = payouts_of(stack, entry.refund_id)
    assert payout["paymentMethod"] == "cash" and payout["sessionId"] == session_id
    # The rest, then nothing is left; never more than was paid.
    rest = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    assert rest.outcome is RefundOutcome.REFUNDED
    assert result.amount_minor + rest.amount_minor == total
    again = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    assert again.outcome is RefundOutcome.NOTHING_TO_REFUND
    paid_back = [p for r in refunds_of(stack, order_id) for p in r["payment"]]
    assert [p["paymentType"] for p in paid_back] == ["cash", "cash"]
    assert sum(to_minor(p["amount"], "EUR") for p in paid_back) == total
    _, count = await t.till.close_async(closed_by="Ana", counted_minor=10_000)
    assert count is not None and (count.expected_minor, count.difference_minor) == (10_000, 0)


async def test_a_kiosk_order_paid_here_without_its_lines_is_left_to_final_pos(
    stack: Stack, till: Till
) -> None:
    """An order whose body could not be journaled (or a sale from before bodies were): paid
    here, not listed for a refund here."""
    t = till
    assert await t.till.open_async(opened_by="Ana", float_minor=0) is DeskOutcome.OK
    placed = await t.services.checkout.place_at_counter_async(cart(1))
    order_id = t.services.journal.get(placed.checkout_id).order_id
    assert order_id is not None
    order = counter_order(await t.services.finalpos.get_order(order_id), "EUR")

    async def still_waiting() -> bool:
        return True

    paid = await t.cash.settle_order_async(
        replace(order, body=None), order.total_minor, employee="Ana", still_waiting=still_waiting
    )
    assert paid.outcome is CashOutcome.PAID and paid.sale_id
    listed = CashOrders(cash=t.cash, refunds=t.refunds)
    assert listed.orders_today() == [] and listed.detail(paid.sale_id) is None
