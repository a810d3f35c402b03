"""Refund crash matrix: a kiosk process SIGKILLed at every refund boundary, then recovered.

Each case pays one real checkout (in this process, against both sandboxes), runs a one-line
refund in a subprocess that kills itself with SIGKILL at one `RefundBoundary`, then runs
recovery in a fresh process and checks, from the sandboxes' own state: never refunded twice,
never more than captured, recorded in Final POS exactly once (refund and payout transaction).
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.services.refunds import RefundBoundary, RefundJournal, RefundStep
from tests.services.harness import Stack, run_worker, running_stack
from tests.staff.refund_harness import build_refunds, check_refund_invariants, paid_checkout

ROOT = Path(__file__).resolve().parents[2]
CASES = [None, *RefundBoundary]


def _worker(stack: Stack, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_worker("tests.staff.refund_worker", stack, data_dir, *args)


@pytest.fixture(scope="module")
def matrix_stack() -> Iterator[Stack]:
    with running_stack() as stack:
        yield stack


@pytest.mark.slow
@pytest.mark.parametrize("point", CASES, ids=["no_crash", *(b.value for b in RefundBoundary)])
async def test_refund_crash_then_recover_keeps_the_money_invariants(
    matrix_stack: Stack, tmp_path: Path, point: RefundBoundary | None
) -> None:
    stack = matrix_stack
    data_dir = tmp_path / "kiosk"
    async with build_refunds(stack.config, data_dir) as built:
        checkout_id = await paid_checkout(built.services)
        order_id = built.services.journal.get(checkout_id).order_id
    assert order_id is not None

    args = ["refund", "--checkout-id", checkout_id, "--line", "0:1"]
    ran = _worker(stack, data_dir, *args, *(["--crash-at", point.value] if point else []))
    if point is None:
        assert ran.returncode == 0, ran.stderr
    else:
        assert ran.returncode == -signal.SIGKILL, (ran.returncode, ran.stdout, ran.stderr)
    with RefundJournal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        assert (entry.step is RefundStep.COMPLETED) == (point is None)

    recovered = _worker(stack, data_dir, "recover")
    assert recovered.returncode == 0, (recovered.stdout, recovered.stderr)
    with RefundJournal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        assert entry.step is RefundStep.COMPLETED
        assert journal.unfinished() == []
    report = check_refund_invariants(stack, order_id, [entry.refund_id])
    assert report.violations == []
    assert (report.stripe_refunds, report.finalpos_refunds, report.payouts) == (1, 1, 1)
    assert report.stripe_refunded_minor == entry.amount_minor > 0

    # A second recovery changes nothing (never twice).
    again = _worker(stack, data_dir, "recover")
    assert again.returncode == 0, again.stderr
    assert check_refund_invariants(stack, order_id, [entry.refund_id]).violations == []
