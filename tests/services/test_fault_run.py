"""Many checkouts with both sandboxes misbehaving: 5xx, dropped connections, lost answers,
latency and late commits (the server reads a request, outlives the client's deadline, then
commits), while a recovery loop runs concurrently with the customers.

Zero lost (every paid checkout is a completed order with exactly one sale), zero duplicated
(one live order, one net sale and at most one PaymentIntent per checkout; duplicates that a
late commit made anyway are counted as undone only when cancelled or offset), zero double
charges, zero amount mismatches left unflagged. The number of checkouts is
``KIOSK_FAULT_CHECKOUTS`` (default 60: a fair share of the CI budget; the run costs about
0.1 s per checkout). Counts are printed and written to ``fault_run.json`` in the test's tmp
dir.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import Counter
from pathlib import Path

import pytest
import stripe._http_client as stripe_http

from kiosk.services.checkout import CheckoutOutcome, CheckoutUnavailable, RetryPolicy
from kiosk.services.session import SessionUnavailable
from tests.services.harness import (
    build_services,
    cart,
    check_invariants,
    env_int,
    kept_for_staff,
    running_stack,
)

DECLINE_CARD = "4000000000000002"
# The clients give up after TIMEOUT_S; a late commit lands LATE_S after the request was read,
# past that deadline; the quiet period before a create may be repeated is longer than the
# request's whole deadline (connect + write + read phases).
TIMEOUT_S = 0.3
LATE_S = 0.45
QUIET_S = 1.0
FAULTS = {
    "latency_s": 0.002,
    "error_rate": 0.04,
    "drop_rate": 0.03,
    "lost_answer_rate": 0.03,
    "late_commit_rate": 0.03,
    "late_commit_s": LATE_S,
}


COUNT = env_int("KIOSK_FAULT_CHECKOUTS", 60)


@pytest.mark.slow
@pytest.mark.timeout(60 + 1.2 * COUNT)  # about 0.5 s per checkout, with room for a busy CI
async def test_checkouts_under_network_faults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = COUNT
    # The SDK's own retry back-off (0.5 s .. 5 s) is for the real Stripe; loopback faults
    # only need the retries, not the waits, to keep the run inside the test budget.
    monkeypatch.setattr(stripe_http.HTTPClient, "INITIAL_DELAY", 0.05)
    monkeypatch.setattr(stripe_http.HTTPClient, "MAX_DELAY", 0.2)
    outcomes: Counter[str] = Counter()
    paid: list[str] = []
    started = time.perf_counter()
    with running_stack(processing_s=0.01, auto_present_after_s=0.02) as stack:
        # Few retries per step, so that some checkouts are left for recovery to finish.
        retry = RetryPolicy(attempts=3, base_s=0.02, max_s=0.1)
        async with build_services(
            stack.config,
            tmp_path / "kiosk",
            lease_s=60.0,
            retry=retry,
            finalpos_timeout_s=TIMEOUT_S,
            stripe_timeout_s=TIMEOUT_S,
            post_quiet_s=QUIET_S,
        ) as services:
            for attempt in range(5):  # set-up, before the faults: only the tight deadline can fail
                try:
                    await services.session.ensure_open_async()
                    break
                except SessionUnavailable:  # at load ~6 one open outlasted 0.3 s
                    if attempt == 4:
                        raise
            stack.finalpos.finalpos_faults.configure(seed=7, **FAULTS)
            stack.stripe_faults.configure(seed=11, **FAULTS)
            concurrent: Counter[str] = Counter()

            async def recover_meanwhile() -> None:
                while True:  # a recovery pass racing the customers, as the app's loop does
                    passed = await services.recovery.recover_async()
                    concurrent["passes"] += 1
                    concurrent["skipped"] += len(passed.skipped)
                    concurrent["settled"] += (
                        len(passed.completed) + len(passed.canceled) + len(passed.voided)
                    )
                    await asyncio.sleep(0.05)

            background = asyncio.create_task(recover_meanwhile())
            for index in range(count):
                try:
                    pending = await services.checkout.begin_async(cart(index))
                except CheckoutUnavailable:
                    outcomes["unavailable"] += 1
                    continue
                if index % 10 == 7:  # the customer walks away at the payment screen
                    await services.checkout.abandon_async(pending.checkout_id)
                    outcomes["abandoned"] += 1
                    continue
                if index % 10 == 3:  # a declined card first, then a good one
                    stack.reader_mode(auto_present_card=DECLINE_CARD)
                    first = await services.checkout.pay_async(pending.checkout_id)
                    outcomes[f"first_try_{first.outcome.value}"] += 1
                    stack.reader_mode(auto_present_card=None)
                    if not first.can_retry:
                        continue
                result = await services.checkout.pay_async(pending.checkout_id)
                outcomes[result.outcome.value] += 1
                if result.outcome is CheckoutOutcome.PAID:
                    paid.append(pending.checkout_id)
                elif not result.can_retry:
                    await services.checkout.abandon_async(pending.checkout_id)
            background.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await background
            services.checkout.lease_s = 0.0  # every customer has left
            # The last checkouts' books may still run in the background (recovery skips them).
            await services.checkout.wait_books_async(timeout_s=60.0)
            passes = recovered = 0
            report = None
            while passes < 80:  # recovery with the faults still on
                passes += 1
                report = await services.recovery.recover_async()
                recovered += len(report.completed) + len(report.canceled) + len(report.voided)
                if report.clean:
                    break
                await asyncio.sleep(0.1)  # creates in their quiet period need time
            assert report is not None and report.clean, report
            ids = [entry.checkout_id for entry in services.journal.all()]
            assert services.journal.unfinished() == []
            flagged = kept_for_staff(services)
            faults = {
                "finalpos": vars(stack.finalpos.finalpos_faults.stats),
                "stripe": vars(stack.stripe_faults.stats),
            }
        invariants = check_invariants(stack, ids, flagged=flagged)
        all_intents = len(stack.intents())  # none without a journaled checkout
        paid_orders = {
            o["externalId"]: o for o in stack.docs("orders") if o.get("externalId") in set(paid)
        }
    lost = [cid for cid in paid if paid_orders.get(cid, {}).get("status") != "completed"]
    summary = {
        "checkouts": count,
        "outcomes": dict(outcomes),
        "concurrent_recovery": dict(concurrent),
        "recovery_passes": passes,
        "settled_by_recovery": recovered,
        "orders": invariants.orders,
        "completed": invariants.completed,
        "cancelled": invariants.cancelled,
        "void": invariants.void,
        "intents": invariants.intents,
        "captured": invariants.captured,
        "sales": invariants.sales,
        "free": invariants.free,
        "duplicate_orders_cancelled": invariants.duplicate_orders_cancelled,
        "duplicate_sales_offset": invariants.duplicate_sales_offset,
        "flagged_for_staff": invariants.flagged,
        "lost": len(lost),
        "violations": invariants.violations,
        "faults_injected": faults,
        "seconds": round(time.perf_counter() - started, 1),
        "seconds_per_checkout": round((time.perf_counter() - started) / max(count, 1), 3),
    }
    (tmp_path / "fault_run.json").write_text(json.dumps(summary, indent=2))
    print("\nfault run:", json.dumps(summary))
    assert invariants.violations == []  # no duplicates, no double charges, no dangling auths
    assert lost == []
    assert all_intents == invariants.intents
    assert invariants.captured == invariants.completed >= len(paid)
    assert sum(faults["finalpos"].values()) > 0 and sum(faults["stripe"].values()) > 0
    assert faults["finalpos"]["late_commits"] > 0 and faults["stripe"]["late_commits"] > 0
    assert concurrent["passes"] > 0 and concurrent["skipped"] > 0  # it raced live checkouts
    assert invariants.flagged == 0  # nothing tampered with: nothing may need a person
    assert outcomes["paid"] > count // 2
    assert invariants.cancelled >= outcomes["abandoned"] > 0
