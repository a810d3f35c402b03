"""Money integrity against both sandboxes: late commits and the duplicates they make, and
waits with deadlines (a reader that never ends, recovery beside a checkout in progress).

Each test reproduces a hole of issue 9 and fails on the code before its fix; the other
holes are in test_integrity_orders.py.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.services.checkout import (
    CheckoutOutcome,
    CheckoutUnavailable,
    ResultCode,
)
from tests.services.harness import (
    Stack,
    cart,
    check_invariants,
)
from tests.services.integrity_rig import (
    LATE_S,
    Crash,
    at,
    crash,
    fast,
    intent_of,
    recover_until_clean,
    store_doc,
)

# -- item 1: a slow commit never makes a second sale or order --------------------------------


async def test_a_late_committed_sale_is_recorded_once(stack: Stack, tmp_path: Path) -> None:
    stack.finalpos.finalpos_faults.configure(
        late_commit_rate=1.0, late_commit_s=LATE_S, methods=["POST"], path_prefix="/v1/api/tr"
    )
    async with fast(stack, tmp_path) as built:
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
        # The customer has paid; the sale's fate is unknown, so it is not posted again yet.
        assert result.outcome is CheckoutOutcome.PAID and result.code is ResultCode.PAID
        assert await built.checkout.wait_books_async()
        assert stack.finalpos.finalpos_faults.stats.late_commits == 1
        stack.finalpos.finalpos_faults.configure(late_commit_rate=0.0)
        await recover_until_clean(built)
        assert built.journal.get(pending.checkout_id).step is Step.COMPLETED
        history = [d or "" for _s, d in built.journal.history(pending.checkout_id)]
        assert any("sale create outcome unknown" in d for d in history)
    sales = [t for t in stack.docs("transactions") if t.get("externalId") == pending.checkout_id]
    assert len(sales) == 1
    report = check_invariants(stack, [pending.checkout_id])
    assert report.violations == [] and report.completed == 1


async def test_a_late_committed_order_pauses_ordering_and_is_cancelled_once(
    stack: Stack, tmp_path: Path
) -> None:
    async with fast(stack, tmp_path) as built:
        await built.session.ensure_open_async()
        stack.finalpos.finalpos_faults.configure(
            late_commit_rate=1.0,
            late_commit_s=LATE_S,
            methods=["POST"],
            path_prefix="/v1/api/order",
        )
        with pytest.raises(CheckoutUnavailable) as raised:
            await built.checkout.begin_async(cart())
        assert raised.value.code is ResultCode.ORDERING_PAUSED
        assert stack.finalpos.finalpos_faults.stats.late_commits == 1  # posted once, not retried
        stack.finalpos.finalpos_faults.configure(late_commit_rate=0.0)
        [entry] = built.journal.all()
        first = await built.recovery.recover_async()  # inside the quiet period: it waits
        assert first.waiting == [entry.checkout_id]
        await recover_until_clean(built)
        assert built.journal.get(entry.checkout_id).step is Step.CANCELED
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == entry.checkout_id]
    assert order["status"] == "cancelled" and stack.intents() == []


@pytest.mark.parametrize("crash_offset", [False, True], ids=["once", "crash_after_offset"])
async def test_duplicates_that_exist_anyway_are_undone_and_noted(
    stack: Stack, tmp_path: Path, crash_offset: bool
) -> None:
    """An order and a sale committed twice (a commit slower than any quiet period)."""

    async with fast(stack, tmp_path, hook=at(Boundary.TRANSACTION_POSTED, crash)) as crashing:
        pending = await crashing.checkout.begin_async(cart())
        paid = await crashing.checkout.pay_async(pending.checkout_id)
        assert paid.code is ResultCode.PAID  # the sale is posted after PAID, in the background
        with pytest.raises(Crash):
            await crashing.checkout.wait_books_async(pending.checkout_id)
    cid = pending.checkout_id
    store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    [sale] = [t for t in stack.docs("transactions") if t.get("externalId") == cid]
    extra_order = {**order, "id": "e" * 24}
    extra_sale = {**sale, "id": "f" * 24}
    store.insert(company, "orders", extra_order)
    store.insert(company, "transactions", extra_sale)
    if crash_offset:  # the power goes off right after the offset was posted
        async with fast(stack, tmp_path, hook=at(Boundary.OFFSET_POSTED, crash)) as again:
            with pytest.raises(Crash):
                await again.recovery.recover_async()
    async with fast(stack, tmp_path) as restarted:
        await recover_until_clean(restarted)
        assert restarted.journal.get(cid).step is Step.COMPLETED
        notes = [d or "" for _s, d in restarted.journal.history(cid)]
        assert any("duplicate order" in d and "cancelled" in d for d in notes)
        assert any("duplicate sale" in d and "offset" in d for d in notes)
        await recover_until_clean(restarted)  # nothing is offset twice
    assert store_doc(stack, "orders", extra_order["id"])["status"] == "cancelled"
    report = check_invariants(stack, [cid])
    assert report.violations == [], report
    assert (report.duplicate_orders_cancelled, report.duplicate_sales_offset) == (1, 1)
    assert report.sales == 1 and report.completed == 1


async def test_a_sale_committed_after_its_quiet_period_is_offset_after_settling(
    stack: Stack, tmp_path: Path
) -> None:
    """Slower than any quiet period: the re-post was proven safe, then the first one landed."""
    stack.finalpos.finalpos_faults.configure(
        late_commit_rate=1.0, late_commit_s=2.0, methods=["POST"], path_prefix="/v1/api/tr"
    )
    async with fast(stack, tmp_path) as built:
        pending = await built.checkout.begin_async(cart())
        assert (await built.checkout.pay_async(pending.checkout_id)).code is ResultCode.PAID
        assert await built.checkout.wait_books_async()  # its sale POST met the late commit
        stack.finalpos.finalpos_faults.configure(late_commit_rate=0.0)
        cid = pending.checkout_id
        await recover_until_clean(built)
        assert built.journal.get(cid).step is Step.COMPLETED
        assert built.checkout.watched() == [cid]

        def sales() -> list[dict[str, Any]]:
            return [t for t in stack.docs("transactions") if cid in str(t.get("externalId"))]

        for _ in range(60):  # the first POST lands late: a second sale appears
            if len(sales()) == 2:
                break
            await asyncio.sleep(0.1)
        assert len(sales()) == 2
        rechecked = []
        for _ in range(40):  # re-scanned once per quiet period
            rechecked += (await built.recovery.recover_async()).rechecked
            if len(sales()) == 3:
                break
            await asyncio.sleep(0.1)
        assert cid in rechecked and len(sales()) == 3  # the duplicate is offset
        for _ in range(15):
            await built.recovery.recover_async()
            await asyncio.sleep(0.1)
        assert len(sales()) == 3  # once
    report = check_invariants(stack, [cid])
    assert report.violations == [] and report.duplicate_sales_offset == 1


# -- item 3: every wait has a deadline; Cancel is honoured; recovery is not blocked ----------


def _approve_then_void_elsewhere(stack: Stack, cid: Callable[[], str]) -> Callable[[str], None]:
    """The reader action succeeds, then the PaymentIntent is voided "in the dashboard"."""
    account, reader_id = stack.config.stripe_account, stack.config.reader_id
    state = stack.stripe_state

    def on_status(text: str) -> None:
        if text != "waiting_for_card":
            return
        state.present_payment_method(account, reader_id, {})
        time.sleep(0.15)  # blocks the kiosk's loop: it cannot look before both happened
        state.tick()
        pi = intent_of(stack, cid())
        assert pi["status"] == "requires_capture"
        state.cancel_payment_intent(account, pi["id"], {})

    return on_status


async def test_a_reader_that_never_ends_honours_cancel(stack: Stack, tmp_path: Path) -> None:
    stack.reader_mode(auto_present_after_s=None)
    async with fast(stack, tmp_path, cancel_grace_s=0.5) as built:
        pending = await built.checkout.begin_async(cart())
        cancel = asyncio.Event()
        void = _approve_then_void_elsewhere(stack, lambda: pending.checkout_id)

        def on_status(text: str) -> None:
            void(text)
            if text == "waiting_for_card":
                asyncio.get_running_loop().call_later(0.3, cancel.set)

        started = time.monotonic()
        result = await asyncio.wait_for(
            built.checkout.pay_async(pending.checkout_id, cancel=cancel, on_status=on_status), 20
        )
        assert time.monotonic() - started < 5  # the payment timeout is 10 s
        assert result.outcome is CheckoutOutcome.CANCELED and result.code is ResultCode.CANCELED
        assert built.journal.get(pending.checkout_id).step is Step.CANCELED
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_a_reader_that_never_ends_times_out_to_a_decided_outcome(
    stack: Stack, tmp_path: Path
) -> None:
    stack.reader_mode(auto_present_after_s=None)
    async with fast(stack, tmp_path, payment_timeout_s=0.5, collect_grace_s=0.5) as built:
        pending = await built.checkout.begin_async(cart())
        started = time.monotonic()
        result = await asyncio.wait_for(
            built.checkout.pay_async(
                pending.checkout_id,
                on_status=_approve_then_void_elsewhere(stack, lambda: pending.checkout_id),
            ),
            20,
        )
        assert time.monotonic() - started < 5
        assert result.outcome in (CheckoutOutcome.TIMED_OUT, CheckoutOutcome.CANCELED)
        assert not result.can_retry
        assert built.journal.get(pending.checkout_id).step is Step.CANCELED
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_recovery_skips_a_checkout_in_progress_instead_of_waiting_for_it(
    stack: Stack, tmp_path: Path
) -> None:
    async with fast(stack, tmp_path, hook=at(Boundary.APPROVED, crash)) as crashing:
        other = await crashing.checkout.begin_async(cart(1))
        with pytest.raises(Crash):
            await crashing.checkout.pay_async(other.checkout_id)
    stack.reader_mode(auto_present_after_s=None)  # the next customer is slow to tap
    # lease_s=0: only the lock says that this process is working on the checkout
    async with fast(stack, tmp_path, lease_s=0.0, payment_timeout_s=30.0) as built:
        pending = await built.checkout.begin_async(cart())
        cancel = asyncio.Event()
        waiting = asyncio.Event()

        def on_status(text: str) -> None:
            if text == "waiting_for_card":
                waiting.set()

        paying = asyncio.create_task(
            built.checkout.pay_async(pending.checkout_id, cancel=cancel, on_status=on_status)
        )
        await asyncio.wait_for(waiting.wait(), 10)
        report = await asyncio.wait_for(built.recovery.recover_async(), 5)
        assert report.skipped == [pending.checkout_id]  # not queued behind its lock
        assert report.completed == [other.checkout_id]  # the others are recovered meanwhile
        assert not paying.done()
        cancel.set()
        result = await asyncio.wait_for(paying, 10)
        assert result.outcome is CheckoutOutcome.CANCELED
    report = check_invariants(stack, [pending.checkout_id, other.checkout_id])
    assert report.violations == [] and report.cancelled == 1 and report.completed == 1
