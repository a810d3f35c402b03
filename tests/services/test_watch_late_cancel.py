"""The duplicate watch's cancel of a duplicate when that PUT times out and may commit late.

The watch (see `tests.services.test_counter_watch`) cancels the unpaid duplicate of a
pay-at-counter order. Here its PUT is read by Final POS and answered too late (the sandbox's
late commit): its outcome is unknown. A station takes the cash on that duplicate before the
retry, and the late PUT then commits over the payment. Counting the duplicate as paid would
cancel the kiosk's own order too: both orders cancelled, the customer's sale on one. Instead
the checkout is held for staff and the kiosk's own order is left alone, on this pass, on the
next, and after a restart, and it is listed on the staff screen though settled; once staff
reinstated the paid order and marked it handled (the hold released, the checkout still at
the counter), the watch cancels the kiosk's unpaid one. Each test fails on the code before
that rule (there the kiosk's own order is cancelled, or the duplicate's cancel is noted as
plainly ours).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import orders
from kiosk.services.settle_guard import LATE_CANCEL, PAID_CANCELLED
from kiosk.services.settle_records import cancel_intent_key
from kiosk.services.staff.desk import AttentionProblem, DeskOutcome, StaffDesk
from kiosk.services.station.counter import counter_order
from tests.services.counter_watch_harness import (
    QUIET_S,
    TIMEOUT_S,
    Crash,
    cancels,
    notes,
    pay_in_cash,
    put_read_then_late,
    restarted,
    sales_of,
    station_cash,
    station_sale,
    status,
    until,
    watched_with_duplicate,
)
from tests.services.harness import Services, Stack, running_stack
from tests.staff.refund_harness import RefundStack, build_refunds

LATE_COMMIT_S = 1.5  # after the kiosk's 0.6 s deadline, the station's payment and the retry


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


def staff_desk(stack: Stack, built: RefundStack) -> StaffDesk:
    async def nothing(*_args: Any) -> None:
        return None

    return built.staff_desk(stack.config, sync_menu=nothing, show_on_reader=nothing)


def late_cancel_paid_meanwhile(
    stack: Stack, s: Services, tmp_path: Path, duplicate: str, station: str
) -> tuple[list[str], list[str]]:
    """The kiosk's first "PUT order cancelled" of `duplicate` is read by Final POS and
    committed `LATE_COMMIT_S` later; meanwhile a station takes the cash on the duplicate
    (`station`: "paid" or "landed", its sale and the order completed; "paying", its sale
    only), and the kiosk's request times out. "landed": the kiosk's retry only reads the
    order again once the late PUT landed. Returns the order ids the kiosk PUT cancelled
    and the duplicate's status in each of the kiosk's reads after the timeout."""
    faults = stack.finalpos.finalpos_faults
    update, read = s.finalpos.update_order, s.finalpos.get_order
    first: list[str] = []
    seen: list[str] = []

    async def put(oid: str, change: Any) -> Any:
        if oid != duplicate or change.status != orders.ORDER_CANCELLED or first:
            return await update(oid, change)
        first.append(oid)
        putting = await put_read_then_late(faults, update, oid, change, LATE_COMMIT_S)
        if station == "paying":
            total = counter_order(await read(oid), "EUR").total_minor
            await station_sale(s, oid, total, f"counter:{oid}")
        else:
            cash = station_cash(stack, s, tmp_path)
            try:
                await pay_in_cash(s, cash, oid)
            finally:
                cash.journal.close()
        try:
            return await putting
        except UnavailableError as exc:
            assert exc.outcome_unknown  # timed out: it may still commit
            if station == "landed":
                await until(lambda: status(stack, oid) == orders.ORDER_CANCELLED, 10)
            first.append("timed out")
            raise

    async def get(oid: str) -> Any:
        order = await read(oid)
        if oid == duplicate and "timed out" in first:
            seen.append(str(order.status))
        return order

    s.finalpos.update_order = put  # type: ignore[method-assign]
    s.finalpos.get_order = get  # type: ignore[method-assign]
    return cancels(s), seen


def assert_held(stack: Stack, s: Services, cid: str, ours: str, duplicate: str) -> None:
    """Held for staff with the reason; the kiosk's own order untouched; the intent kept."""
    reason = LATE_CANCEL.format(order_id=duplicate)
    assert s.checkout.held(cid) == reason and s.journal.get(cid).attention == reason
    assert s.journal.get_meta(cancel_intent_key(cid)) is not None
    assert cid in s.checkout.watched()
    assert status(stack, ours) == orders.ORDER_PENDING
    assert notes(s, cid) == [f"held: {reason}"]  # and no cancel claimed as done


@pytest.mark.parametrize(
    ("station", "retry_read"),
    [
        ("paid", orders.ORDER_COMPLETED),  # the late PUT has not landed yet
        ("landed", orders.ORDER_CANCELLED),  # it has, over the station's sale
        ("paying", orders.ORDER_PENDING),  # the station's sale is in, not its completion
    ],
)
async def test_a_timed_out_cancel_of_a_duplicate_a_station_then_paid_is_held_for_staff(
    stack: Stack, tmp_path: Path, station: str, retry_read: str
) -> None:
    """The retry reads the duplicate completed, cancelled with the station's sale on it,
    or pending with that sale: in each case nothing more is PUT, the kiosk's own order
    stays pending and staff is asked to check, across a restart. Staff reinstates the paid
    order and marks it handled: the watch then cancels the kiosk's unpaid order."""
    index = 40 + ["paid", "landed", "paying"].index(station)
    async with restarted(stack, tmp_path) as kiosk:
        cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, index)
        put, seen = late_cancel_paid_meanwhile(stack, kiosk, tmp_path, duplicate, station)
        await kiosk.checkout.recheck_async([cid])
        assert seen[:1] == [retry_read] and put == [duplicate]
        assert_held(stack, kiosk, cid, ours, duplicate)
        await until(lambda: status(stack, duplicate) == orders.ORDER_CANCELLED, 10)  # it lands
        assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]
        await kiosk.checkout.recheck_async([cid])  # held: the next look does nothing
        assert put == [duplicate]
        assert_held(stack, kiosk, cid, ours, duplicate)
    if station != "landed":
        return  # the restart and the release once (each test stays quick)
    async with build_refunds(
        stack.config, tmp_path / "kiosk", finalpos_timeout_s=TIMEOUT_S, post_quiet_s=QUIET_S
    ) as built:
        again, desk = built.services, staff_desk(stack, built)
        after = cancels(again)
        assert (await again.recovery.recover_async()).clean
        assert after == []
        assert_held(stack, again, cid, ours, duplicate)
        [row] = desk.attention()  # on the staff screen, though the checkout is settled
        assert row.key == cid and row.detail == LATE_CANCEL.format(order_id=duplicate)
        assert row.problem is AttentionProblem.LATE_CANCEL and not row.can_refund
        assert await desk.retry_async(row) is DeskOutcome.STILL_OPEN
        assert_held(stack, again, cid, ours, duplicate)
        await again.finalpos.update_order(duplicate, orders.order_completed("EUR"))  # staff
        handled = await desk.mark_handled_async(row, note="reinstated the paid order", by="Sam")
        assert handled is DeskOutcome.OK and desk.attention() == []
        assert again.journal.get(cid).step is Step.AT_COUNTER
        await again.checkout.recheck_async([cid])
        assert after == [ours] and status(stack, ours) == orders.ORDER_CANCELLED
        assert notes(again, cid) == [
            f"held: {LATE_CANCEL.format(order_id=duplicate)}",
            f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter",
        ]
        assert again.checkout.held(cid) is None and again.journal.get(cid).attention is None
        assert again.journal.get_meta(cancel_intent_key(cid)) is None
    assert status(stack, duplicate) == orders.ORDER_COMPLETED
    assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]


async def test_a_kiosk_dead_after_a_timed_out_cancel_holds_on_restart(
    stack: Stack, tmp_path: Path
) -> None:
    """The cancel of the duplicate times out and the kiosk dies before its retry; a
    station pays the duplicate while it is down. The restarted kiosk finds the journaled
    cancel marked unknown over a paid order: held, its own order not cancelled, and still
    held once the late PUT landed."""
    async with restarted(stack, tmp_path) as crashing:
        cid, ours, duplicate = await watched_with_duplicate(stack, crashing, 42)
        faults = stack.finalpos.finalpos_faults
        update, read = crashing.finalpos.update_order, crashing.finalpos.get_order
        timed_out: list[str] = []

        async def put(oid: str, change: Any) -> Any:
            if oid != duplicate or change.status != orders.ORDER_CANCELLED:
                return await update(oid, change)
            faults.configure(
                late_commit_rate=1.0, late_commit_s=LATE_COMMIT_S, methods=["PUT"], path_prefix=""
            )
            try:
                return await update(oid, change)
            except UnavailableError:
                timed_out.append(oid)
                raise
            finally:
                faults.configure(late_commit_rate=0.0, path_prefix="")

        async def get(oid: str) -> Any:
            if timed_out:
                raise Crash  # the retry's read: the kiosk dies first
            return await read(oid)

        crashing.finalpos.update_order = put  # type: ignore[method-assign]
        crashing.finalpos.get_order = get  # type: ignore[method-assign]
        with pytest.raises(Crash):
            await crashing.checkout.recheck_async([cid])
        assert timed_out == [duplicate]
        crashing.finalpos.get_order = read  # type: ignore[method-assign]
        cash = station_cash(stack, crashing, tmp_path)
        try:
            await pay_in_cash(crashing, cash, duplicate)
        finally:
            cash.journal.close()
    async with restarted(stack, tmp_path) as kiosk:
        put_again = cancels(kiosk)
        assert (await kiosk.recovery.recover_async()).clean
        assert put_again == []
        assert_held(stack, kiosk, cid, ours, duplicate)
        await until(lambda: status(stack, duplicate) == orders.ORDER_CANCELLED, 10)
        await kiosk.checkout.recheck_async([cid])
        assert put_again == []
        assert_held(stack, kiosk, cid, ours, duplicate)
    assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]


async def test_a_release_without_putting_the_paid_order_back_reaches_staff_again(
    stack: Stack, tmp_path: Path
) -> None:
    """Held after the late PUT landed over the station's sale; staff marks it handled
    without putting the paid duplicate back. The watch must not count that cancelled order
    as paid (its sale stands on it): it would cancel the kiosk's own order too, leaving the
    customer's payment on two cancelled orders with nobody told. The kiosk's order stays
    pending and staff is asked once more, naming the cancelled paid order; a second release
    is staff's decision, and once the order is put back the watch cancels the unpaid one."""
    async with build_refunds(
        stack.config, tmp_path / "kiosk", finalpos_timeout_s=TIMEOUT_S, post_quiet_s=QUIET_S
    ) as built:
        kiosk, desk = built.services, staff_desk(stack, built)
        cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 45)
        put, _seen = late_cancel_paid_meanwhile(stack, kiosk, tmp_path, duplicate, "landed")
        await kiosk.checkout.recheck_async([cid])
        assert_held(stack, kiosk, cid, ours, duplicate)
        [row] = desk.attention()
        handled = await desk.mark_handled_async(row, note="looked at it", by="Sam")
        assert handled is DeskOutcome.OK and kiosk.checkout.held(cid) is None
        assert status(stack, duplicate) == orders.ORDER_CANCELLED  # not put back
        assert await kiosk.checkout.recheck_async([cid]) == [cid]
        assert put == [duplicate] and status(stack, ours) == orders.ORDER_PENDING
        reason = PAID_CANCELLED.format(order_id=duplicate)
        assert kiosk.checkout.held(cid) == reason and cid in kiosk.checkout.watched()
        [again] = desk.attention()
        assert again.key == cid and again.detail == reason
        assert again.problem is AttentionProblem.LATE_CANCEL and not again.can_refund
        await kiosk.checkout.recheck_async([cid])  # held: the next look does nothing
        assert put == [duplicate] and kiosk.checkout.held(cid) == reason
        assert await desk.mark_handled_async(again, note="refunded", by="Sam") is DeskOutcome.OK
        await kiosk.checkout.recheck_async([cid])  # staff's call: not held a third time
        assert put == [duplicate] and status(stack, ours) == orders.ORDER_PENDING
        assert desk.attention() == [] and kiosk.checkout.held(cid) is None
        await kiosk.finalpos.update_order(duplicate, orders.order_completed("EUR"))  # put back
        await kiosk.checkout.recheck_async([cid])
        assert put == [duplicate, ours] and status(stack, ours) == orders.ORDER_CANCELLED
    assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]
