"""Settling's cancel of the checkout's own order (`SettleCancel._cancel`) when the order changes
between two attempts of its PUT.

Final POS has no compare-and-set. A first "PUT order cancelled" fails (refused, or timed out
with its outcome unknown) and, before the retry, a station takes the money on the order (a
pay-at-counter order paid in cash: its sale, then the order completed) or staff completes
it. The retry must read the order first and leave it alone; the checkout is then decided
again from what Final POS holds, never closed CANCELED with the customer's money on the
order. Each test fails on a blind retry: the paid order ends cancelled.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import orders
from kiosk.services.checkout import CheckoutUnavailable
from kiosk.services.settle_guard import LATE_CANCEL, PAID_CANCELLED
from kiosk.services.station.cash import CashOutcome
from kiosk.services.station.counter import counter_order
from tests.services.counter_watch_harness import (
    pay_in_cash,
    sales_of,
    station_cash,
    status,
    until,
)
from tests.services.harness import Services, Stack, build_services, cart, running_stack

ORDER_POSTS = "/v1/api/order"


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def kiosk(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    stack.finalpos.finalpos_faults.configure(error_rate=0.0, path_prefix="")
    async with build_services(stack.config, tmp_path / "kiosk", finalpos_timeout_s=2.0) as s:
        yield s


async def counter_order_given_up(stack: Stack, s: Services, index: int) -> tuple[str, str]:
    """A pay-at-counter checkout the kiosk gave up on (its POST refused every time: the
    customer was told, the checkout is to be cancelled) whose order exists after all, as
    an earlier attempt committed: (checkout id, order id)."""
    await s.session.ensure_open_async()
    faults = stack.finalpos.finalpos_faults
    faults.configure(error_rate=1.0, methods=["POST"], path_prefix=ORDER_POSTS)
    try:
        with pytest.raises(CheckoutUnavailable):
            await s.checkout.place_at_counter_async(cart(index))
    finally:
        faults.configure(error_rate=0.0, path_prefix="")
    [entry] = [e for e in s.journal.all() if not e.step.terminal]
    assert entry.cancel_requested and entry.order_id is None
    landed = await s.finalpos.create_order(orders.order_from_journal(entry.order_body))
    assert landed.external_id == entry.checkout_id
    return entry.checkout_id, landed.id


def failing_first_cancel(s: Services, order_id: str, before: Any, error: Exception) -> list[Any]:
    """The first "PUT order cancelled" of `order_id` runs `before()` (a station at work),
    then fails with `error` without being applied; returns the changes PUT on the order."""
    update = s.finalpos.update_order
    sent: list[Any] = []

    async def put(oid: str, change: Any) -> Any:
        if oid == order_id:
            sent.append(change)
            if change.status == orders.ORDER_CANCELLED and len(sent) == 1:
                await before()
                raise error
        return await update(oid, change)

    s.finalpos.update_order = put  # type: ignore[method-assign]
    return sent


def cancels(sent: list[Any]) -> int:
    return sum(1 for change in sent if change.status == orders.ORDER_CANCELLED)


async def test_a_counter_order_paid_before_the_retry_is_not_cancelled(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """Refused (certainly not applied), then a station takes the cash: the retry reads the
    order, leaves it completed with its sale, and the checkout ends at the counter."""
    cid, order_id = await counter_order_given_up(stack, kiosk, 1)
    cash = station_cash(stack, kiosk, tmp_path)
    try:
        sent = failing_first_cancel(
            kiosk,
            order_id,
            lambda: pay_in_cash(kiosk, cash, order_id),
            UnavailableError("connection refused"),
        )
        report = await kiosk.recovery.recover_async()
    finally:
        cash.journal.close()
    assert status(stack, order_id) == orders.ORDER_COMPLETED
    assert cancels(sent) == 1  # the refused one, never repeated
    assert sales_of(stack, order_id) == [(order_id, f"counter:{order_id}")]
    entry = kiosk.journal.get(cid)
    assert entry.step is Step.AT_COUNTER and cid not in report.canceled
    assert any(d and "not cancelled" in d for _s, d in kiosk.journal.history(cid))
    again = await kiosk.recovery.recover_async()  # settled: nothing more is done
    assert again.clean and status(stack, order_id) == orders.ORDER_COMPLETED


async def test_a_cancel_that_timed_out_before_a_station_paid_is_held_for_staff(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The first PUT times out (it may have been applied) and a station takes the cash
    before the retry: the retry does not cancel, and as that first PUT may still commit
    over the payment (it does here), staff is asked to check the order."""
    cid, order_id = await counter_order_given_up(stack, kiosk, 2)
    cash = station_cash(stack, kiosk, tmp_path)
    update = kiosk.finalpos.update_order
    try:
        sent = failing_first_cancel(
            kiosk,
            order_id,
            lambda: pay_in_cash(kiosk, cash, order_id),
            UnavailableError("timed out", outcome_unknown=True),
        )
        report = await kiosk.recovery.recover_async()
    finally:
        cash.journal.close()
    assert status(stack, order_id) == orders.ORDER_COMPLETED and cancels(sent) == 1
    reason = LATE_CANCEL.format(order_id=order_id)
    assert [item.reason for item in report.attention if item.checkout_id == cid] == [reason]
    await update(order_id, orders.order_cancelled())  # the timed-out PUT commits late
    for _ in range(2):  # held: kept for staff, never closed by itself
        report = await kiosk.recovery.recover_async()
        assert [i.checkout_id for i in report.attention] == [cid]
    entry = kiosk.journal.get(cid)
    assert not entry.step.terminal and entry.attention == reason


async def test_a_card_order_completed_before_the_retry_goes_to_staff(
    stack: Stack, kiosk: Services
) -> None:
    """The customer walks away; the cancel is refused and staff completes the order in the
    back office before the retry: the order stays completed, and the checkout (no money
    taken by the kiosk) goes to staff instead of being closed as cancelled."""
    await kiosk.session.ensure_open_async()
    pending = await kiosk.checkout.begin_async(cart(3))
    order_id = kiosk.journal.get(pending.checkout_id).order_id
    assert order_id is not None
    update = kiosk.finalpos.update_order

    async def staff_completes() -> None:
        await update(order_id, orders.order_completed("EUR"))

    sent = failing_first_cancel(
        kiosk, order_id, staff_completes, UnavailableError("connection refused")
    )
    await kiosk.checkout.abandon_async(pending.checkout_id)
    await asyncio.sleep(0)
    assert status(stack, order_id) == orders.ORDER_COMPLETED and cancels(sent) == 1
    entry = kiosk.journal.get(pending.checkout_id)
    assert entry.step is not Step.CANCELED
    assert entry.attention is not None and "no payment was taken" in entry.attention


async def test_a_counter_order_paid_before_recovery_looked_ends_at_the_counter(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The station took the cash before recovery read the order: the same outcome as a
    payment between two attempts (at the counter), not a checkout for staff."""
    cid, order_id = await counter_order_given_up(stack, kiosk, 4)
    cash = station_cash(stack, kiosk, tmp_path)
    try:
        await pay_in_cash(kiosk, cash, order_id)
    finally:
        cash.journal.close()
    report = await kiosk.recovery.recover_async()
    assert report.attention == [] and status(stack, order_id) == orders.ORDER_COMPLETED
    assert kiosk.journal.get(cid).step is Step.AT_COUNTER


async def test_a_counter_order_a_station_is_still_paying_is_not_cancelled(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The station recorded the cash sale but its "PUT order completed" did not go through
    (it finishes that later): the order is pending with the customer's money on it, and
    the kiosk's cancel must not touch it. The checkout ends at the counter."""
    cid, order_id = await counter_order_given_up(stack, kiosk, 6)
    cash = station_cash(stack, kiosk, tmp_path)
    update = kiosk.finalpos.update_order
    sent: list[Any] = []

    async def put(oid: str, change: Any) -> Any:
        if oid == order_id:
            sent.append(change.status)
            if change.status == orders.ORDER_COMPLETED:
                raise UnavailableError("connection refused")  # the station's, not applied
        return await update(oid, change)

    kiosk.finalpos.update_order = put  # type: ignore[method-assign]

    async def still_waiting() -> bool:
        return True

    try:
        order = counter_order(await kiosk.finalpos.get_order(order_id), "EUR")
        paid = await cash.settle_order_async(
            order, order.total_minor, employee="Sam", still_waiting=still_waiting
        )
        assert paid.outcome is CashOutcome.PENDING  # the sale is in, the order not completed
        report = await kiosk.recovery.recover_async()
    finally:
        cash.journal.close()
    assert status(stack, order_id) == orders.ORDER_PENDING
    assert orders.ORDER_CANCELLED not in sent
    assert sales_of(stack, order_id) == [(order_id, f"counter:{order_id}")]
    assert kiosk.journal.get(cid).step is Step.AT_COUNTER and report.attention == []


async def test_a_late_committed_cancel_over_a_station_payment_is_held_for_staff(
    stack: Stack, tmp_path: Path
) -> None:
    """The sandbox's late commit: Final POS reads the cancel, the kiosk gives up on it, a
    station takes the cash meanwhile, and the cancel commits afterwards, over the payment.
    Whether the retry reads the order before that commit (completed) or after (cancelled,
    with the station's sale on it), nothing is PUT again and staff is asked to check."""
    faults = stack.finalpos.finalpos_faults
    async with build_services(stack.config, tmp_path / "k", finalpos_timeout_s=0.3) as kiosk:
        cid, order_id = await counter_order_given_up(stack, kiosk, 5)
        cash = station_cash(stack, kiosk, tmp_path)
        update = kiosk.finalpos.update_order
        sent: list[str] = []

        async def put(oid: str, change: Any) -> Any:
            if oid != order_id or change.status != orders.ORDER_CANCELLED:
                return await update(oid, change)
            sent.append(oid)
            if len(sent) > 1:
                return await update(oid, change)
            before = faults.stats.late_commits
            faults.configure(
                late_commit_rate=1.0, late_commit_s=1.5, methods=["PUT"], path_prefix=""
            )
            try:
                putting = asyncio.ensure_future(update(oid, change))
                await until(lambda: faults.stats.late_commits > before, 10)  # read by Final POS
            finally:
                faults.configure(late_commit_rate=0.0, path_prefix="")
            await pay_in_cash(kiosk, cash, oid)
            return await putting  # times out: its outcome is unknown

        try:
            kiosk.finalpos.update_order = put  # type: ignore[method-assign]
            report = await kiosk.recovery.recover_async()
            reason = LATE_CANCEL.format(order_id=order_id)
            assert [i.reason for i in report.attention if i.checkout_id == cid] == [reason]
            await until(lambda: status(stack, order_id) == orders.ORDER_CANCELLED, 10)
            again = await kiosk.recovery.recover_async()
        finally:
            cash.journal.close()
        assert [i.checkout_id for i in again.attention] == [cid] and sent == [order_id]
        assert kiosk.journal.get(cid).attention == reason
    assert sales_of(stack, order_id) == [(order_id, f"counter:{order_id}")]


async def test_a_counter_order_found_cancelled_over_a_stations_sale_goes_to_staff(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """Settling's cancel keeps no journal of an attempt whose outcome was unknown once its
    retries ran out (or the kiosk died after it): that PUT may land over a station's cash
    payment before recovery looks. Recovery then finds the order cancelled with the
    customer's sale on it: the checkout is not closed as cancelled (the customer paid on
    it), it goes to staff, who puts the order back."""
    cid, order_id = await counter_order_given_up(stack, kiosk, 7)
    cash = station_cash(stack, kiosk, tmp_path)
    try:
        await pay_in_cash(kiosk, cash, order_id)
    finally:
        cash.journal.close()
    await kiosk.finalpos.update_order(order_id, orders.order_cancelled())  # the late PUT

    async def nothing() -> None:
        return None

    sent = failing_first_cancel(kiosk, order_id, nothing, UnavailableError("refused"))
    for _ in range(2):  # held: kept for staff, never closed by itself
        report = await kiosk.recovery.recover_async()
        reason = PAID_CANCELLED.format(order_id=order_id)
        assert [i.reason for i in report.attention if i.checkout_id == cid] == [reason]
    entry = kiosk.journal.get(cid)
    assert not entry.step.terminal and entry.attention == reason and sent == []
    assert status(stack, order_id) == orders.ORDER_CANCELLED
    assert sales_of(stack, order_id) == [(order_id, f"counter:{order_id}")]
