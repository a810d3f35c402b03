"""StaffDesk (the staff mode's services) against both sandboxes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.services.refunds import RefundOutcome, RefundReason
from kiosk.services.staff.desk import (
    AttentionKind,
    AttentionProblem,
    DeskOutcome,
    StaffDesk,
)
from tests.services.harness import Stack, running_stack
from tests.staff.refund_harness import RefundStack, build_refunds, paid_checkout


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Desk:
    built: RefundStack
    desk: StaffDesk
    synced: list[int]
    shown: list[tuple[str, str]]


@pytest.fixture
async def desk(stack: Stack, tmp_path: Path) -> AsyncIterator[Desk]:
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)
    synced: list[int] = []
    shown: list[tuple[str, str]] = []

    async def sync() -> None:
        synced.append(1)

    async def show(reader_id: str, text: str) -> None:
        shown.append((reader_id, text))

    async with build_refunds(stack.config, tmp_path / "kiosk") as built:
        yield Desk(
            built,
            built.staff_desk(stack.config, sync_menu=sync, show_on_reader=show),
            synced,
            shown,
        )
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)


async def test_till_orders_refund_close_and_open(stack: Stack, desk: Desk) -> None:
    d = desk.desk
    assert (await d.till_async())[0] is DeskOutcome.NO_SESSION
    first = await paid_checkout(desk.built.services, 0)
    second = await paid_checkout(desk.built.services, 1)
    outcome, till = await d.till_async()
    assert outcome is DeskOutcome.OK and till is not None
    assert till.order_count == 2 and till.opened_by == "Kiosk 1" and till.open_since
    orders = d.orders_today()
    assert [o.checkout_id for o in orders] == [second, first]  # newest first
    number = orders[1].order_number
    assert [o.checkout_id for o in d.orders_today(number.lower())] == [first]
    outcome, merged = await d.orders_today_async()
    assert outcome is DeskOutcome.OK and [o.checkout_id for o in merged] == [second, first]

    outcome, detail = await d.order_detail_async(second)
    assert outcome is DeskOutcome.OK and detail is not None
    assert detail.finalpos_status == "completed"
    assert [line.quantity for line in detail.lines] == [2, 1]
    assert detail.refundable_minor == detail.row.total_minor
    assert d.refund_amount(second, {1: 1}) == 300
    result = await d.refund_async(
        second,
        quantities={1: 1},
        reason=RefundReason.REQUESTED_BY_CUSTOMER,
        note="",
        refunded_by="Maria",
    )
    assert result.outcome is RefundOutcome.REFUNDED and result.amount_minor == 300
    outcome, till = await d.till_async()
    assert till is not None and (till.refund_count, till.refunds_minor) == (1, 300)

    outcome, report = await d.close_session_async(closed_by="Maria", note="end of day")
    assert outcome is DeskOutcome.OK and report is not None
    assert report.order_count == 2 and report.refunds_minor == 300
    assert report.card_minor == till.card_total_minor - 300
    # Taxes per rate: the orders' own breakdown, untouched by the refund, adding up.
    orders = [o for o in stack.docs("orders") if o.get("sessionId") == till.session_id]
    sold_taxes = sum(round(Decimal(o["summary"]["totalTaxes"]) * 100) for o in orders)
    assert [(t.label, t.rate) for t in report.taxes_by_rate] == [
        ("reduced", Decimal(10)),
        ("standard", Decimal(20)),
    ]
    assert sum(t.amount_minor for t in report.taxes_by_rate) == report.taxes_minor == sold_taxes
    assert report.station == "Kiosk 1" and report.opened_by == "Kiosk 1"
    assert report.session_number.startswith("Kiosk 1-") and report.opened_at is not None
    assert report.cash is None  # a kiosk counts no drawer
    [session] = [s for s in stack.docs("sessions") if s["id"] == till.session_id]
    assert session["closedBy"] == "Maria" and session["closingNote"] == "end of day"
    [station] = [s for s in stack.docs("stations") if s["id"] == stack.config.station_id]
    assert station["status"] == "AVAILABLE"
    assert (await d.till_async())[0] is DeskOutcome.NO_SESSION
    assert (await d.close_session_async(closed_by="Maria", note=""))[0] is DeskOutcome.NO_SESSION

    outcome, fresh = await d.open_session_async(opened_by="Maria", note="morning float")
    assert outcome is DeskOutcome.OK and fresh is not None and fresh.opened_by == "Maria"
    assert fresh.session_id != till.session_id and fresh.order_count == 0
    [opened] = [s for s in stack.docs("sessions") if s["id"] == fresh.session_id]
    assert opened["openingNote"] == "morning float"


async def test_attention_refund_and_mark_handled(stack: Stack, desk: Desk) -> None:
    d = desk.desk
    services = desk.built.services
    cid = await paid_checkout(services)
    entry = services.journal.get(cid)
    assert entry.order_id is not None
    # The back office cancels the order while the kiosk was still finishing its books.
    await services.finalpos.update_order(entry.order_id, m.OrderUpdate(status="cancelled"))
    services.journal.record(cid, Step.CAPTURED)
    await services.recovery.recover_async()
    [row] = d.attention()
    assert row.kind is AttentionKind.CHECKOUT and row.can_refund
    assert row.problem is AttentionProblem.CHARGED_ORDER_CANCELLED and d.attention_count == 1
    assert await d.retry_async(row) is DeskOutcome.STILL_OPEN
    refund = await d.refund_async(
        cid, quantities=None, reason=RefundReason.REQUESTED_BY_CUSTOMER, note="", refunded_by="M"
    )
    assert refund.outcome is RefundOutcome.REFUNDED and refund.amount_minor == entry.amount_minor
    assert await d.mark_handled_async(row, note="refunded at the counter", by="Maria") is (
        DeskOutcome.OK
    )
    assert d.attention() == [] and services.journal.get(cid).step is Step.COMPLETED
    [order] = [o for o in stack.docs("orders") if o["id"] == entry.order_id]
    assert order["notes"][-1]["message"] == "Maria: refunded at the counter"


async def test_reader_sync_and_sold_out(stack: Stack, desk: Desk) -> None:
    d = desk.desk
    outcome, reader = await d.reader_async()
    assert outcome is DeskOutcome.OK and reader is not None
    assert reader.reader_id == stack.config.reader_id and reader.status == "online"
    assert reader.location_name
    assert await d.reader_test_async("Hello from staff") is DeskOutcome.OK
    assert desk.shown == [(stack.config.reader_id, "Hello from staff")]
    stack.stripe_faults.configure(error_rate=1.0)
    assert (await d.reader_async())[0] is DeskOutcome.UNREACHABLE
    stack.stripe_faults.configure(error_rate=0.0)

    variant = stack.docs("variants")[0]
    assert await d.set_sold_out_async([variant["id"]]) is DeskOutcome.OK
    [after] = [v for v in stack.docs("variants") if v["id"] == variant["id"]]
    assert after["manageStock"] is True
    mine = [i for i in after["inventory"] if i["outletId"] == stack.config.outlet_id]
    assert [i["stock"] for i in mine] == [0]
    others = [i for i in variant.get("inventory") or [] if i["outletId"] != stack.config.outlet_id]
    assert [i for i in after["inventory"] if i["outletId"] != stack.config.outlet_id] == others
    assert desk.synced == [1]
    assert await d.set_sold_out_async(["000000000000000000000000"]) is DeskOutcome.NOT_FOUND
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    assert await d.sync_menu_async() is DeskOutcome.OK  # the sync hook itself is the app's
    assert await d.set_sold_out_async([variant["id"]]) is DeskOutcome.UNREACHABLE
