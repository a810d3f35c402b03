"""Recovery on both sandboxes: staff cases are kept and retried, live customers left alone."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.services.checkout import CheckoutOutcome, RetryPolicy, StepHook
from tests.services.harness import Services, Stack, build_services, cart, check_invariants


class Crash(BaseException):
    """Stands in for the power going off (nothing in the pipeline may catch it)."""


def crash_at(point: Boundary) -> StepHook:
    def hook(reached: Boundary) -> None:
        if reached is point:
            raise Crash(point.value)

    return hook


def _set_order_status(stack: Stack, cid: str, status: str) -> None:
    store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    order["status"] = status
    store.replace(company, "orders", order)


async def _paid_then_crash(stack: Stack, data_dir: Path, point: Boundary) -> str:
    async with build_services(stack.config, data_dir, hook=crash_at(point)) as crashing:
        pending = await crashing.checkout.begin_async(cart())
        with pytest.raises(Crash):
            await crashing.checkout.pay_async(pending.checkout_id)
    return pending.checkout_id


async def test_money_on_a_cancelled_order_is_kept_for_staff_and_retried(
    stack: Stack, tmp_path: Path
) -> None:
    cid = await _paid_then_crash(stack, tmp_path, Boundary.CAPTURED)
    _set_order_status(stack, cid, "cancelled")  # someone cancelled it in the back office
    async with build_services(stack.config, tmp_path) as restarted:
        for _ in range(2):  # kept and retried on every pass
            report = await restarted.recovery.recover_async()
            [item] = report.attention
            assert item.checkout_id == cid and "refund" in item.reason
            assert [i.checkout_id for i in restarted.recovery.needs_attention()] == [cid]
        _set_order_status(stack, cid, "pending")  # staff reinstates the order
        report = await restarted.recovery.recover_async()
        assert report.completed == [cid]
        assert restarted.recovery.needs_attention() == []
    assert check_invariants(stack, [cid]).violations == []


async def test_final_pos_down_for_long_with_money_captured_goes_to_staff(
    stack: Stack, tmp_path: Path
) -> None:
    cid = await _paid_then_crash(stack, tmp_path, Boundary.CAPTURED)
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    async with build_services(stack.config, tmp_path, retry=RetryPolicy(attempts=1)) as restarted:
        for _ in range(4):
            report = await restarted.recovery.recover_async()
            assert report.waiting == [cid] and report.attention == []
        report = await restarted.recovery.recover_async()
        assert [item.checkout_id for item in report.attention] == [cid]
        stack.finalpos.finalpos_faults.configure(error_rate=0.0)
        report = await restarted.recovery.recover_async()
        assert report.completed == [cid] and restarted.recovery.needs_attention() == []
    assert check_invariants(stack, [cid]).violations == []


async def test_recovery_leaves_a_customer_alone_until_the_lease_expires(
    stack: Stack, services: Services, tmp_path: Path
) -> None:
    stack.reader_mode(auto_present_card="4000000000000002")
    pending = await services.checkout.begin_async(cart())
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.DECLINED
    report = await services.recovery.recover_async()
    assert report.skipped == [pending.checkout_id]
    services.checkout.lease_s = 0.0  # the customer walked away without a word
    report = await services.recovery.recover_async()
    assert report.canceled == [pending.checkout_id]
    assert services.journal.get(pending.checkout_id).step is Step.CANCELED
    retry = await services.checkout.pay_async(pending.checkout_id)
    assert retry.outcome is CheckoutOutcome.CANCELED and not retry.can_retry
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_lost_answer_on_the_sale_is_not_posted_twice(stack: Stack, tmp_path: Path) -> None:
    stack.finalpos.finalpos_faults.configure(
        lost_answer_rate=1.0, methods=["POST"], path_prefix="/v1/api/transactions"
    )
    async with build_services(stack.config, tmp_path) as built:
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
        assert await built.checkout.wait_books_async()  # the sale is posted after PAID
        assert stack.finalpos.finalpos_faults.stats.lost_answers >= 1
        stack.finalpos.finalpos_faults.configure(lost_answer_rate=0.0)
        assert result.outcome is CheckoutOutcome.PAID
    report = check_invariants(stack, [pending.checkout_id])
    assert report.violations == [] and report.completed == 1


async def test_periodic_recovery_settles_in_the_background(stack: Stack, tmp_path: Path) -> None:
    cid = await _paid_then_crash(stack, tmp_path, Boundary.APPROVED)
    async with build_services(stack.config, tmp_path) as restarted:
        task = asyncio.create_task(restarted.recovery.run_periodically_async(interval_s=0.05))
        try:
            for _ in range(200):
                if restarted.journal.get(cid).step is Step.COMPLETED:
                    break
                await asyncio.sleep(0.05)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        assert restarted.journal.get(cid).step is Step.COMPLETED
    assert check_invariants(stack, [cid]).violations == []
