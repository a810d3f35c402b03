"""Cash refund crash matrix: a station process SIGKILLed at each refund boundary, then
recovered in a fresh process; Final POS ends with exactly one refund and one cash payout in
the till session, and the cash journal's sale is untouched."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.domain.money import to_minor
from kiosk.domain.pricing import TaxRate
from kiosk.services.refunds import RefundBoundary, RefundJournal, RefundMethod, RefundStep
from kiosk.services.station.cash import CashOutcome
from kiosk.services.station.discounts import Discounts, price_discounted
from tests.services.cash_refund_worker import station
from tests.services.harness import Stack, cart, run_worker, running_stack

ROOT = Path(__file__).resolve().parents[2]
RATES = {
    "standard": TaxRate("standard", Decimal(20), True),
    "reduced": TaxRate("reduced", Decimal(10), True),
}
# Killed right after a create whose id the journal never learnt (each case is a process start
# or three: the other boundaries are killed in process by test_refund_cash.py).
CASES = [RefundBoundary.REFUND_POSTED, RefundBoundary.PAYOUT_POSTED]


def _worker(stack: Stack, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_worker("tests.services.cash_refund_worker", stack, data_dir, *args)


@pytest.fixture(scope="module")
def matrix_stack() -> Iterator[Stack]:
    with running_stack() as stack:
        yield stack


@pytest.mark.slow
@pytest.mark.parametrize("point", CASES, ids=[b.value for b in CASES])
async def test_a_cash_refund_killed_at_a_boundary_recovers_to_one_refund(
    matrix_stack: Stack, tmp_path: Path, point: RefundBoundary
) -> None:
    stack = matrix_stack
    data_dir = tmp_path / "station"
    async with station(stack.config, data_dir) as (s, cash, _):
        await s.session.ensure_open_async()
        totals = price_discounted(cart(1), Discounts.none(), RATES, "standard")
        paid = await cash.sell_async(totals, totals.total_minor, employee="Ana")
        assert paid.outcome is CashOutcome.PAID and paid.sale_id and paid.order_id
        session_id = s.session.session_id

    ran = _worker(stack, data_dir, "refund", "--sale-id", paid.sale_id, "--crash-at", point.value)
    assert ran.returncode == -signal.SIGKILL, (ran.returncode, ran.stdout, ran.stderr)
    recovered = _worker(stack, data_dir, "recover")
    assert recovered.returncode == 0, (recovered.stdout, recovered.stderr)
    with RefundJournal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        assert entry.step is RefundStep.COMPLETED and entry.method is RefundMethod.CASH
    refunds = [r for r in stack.docs("refunds") if r.get("orderId") == paid.order_id]
    assert [r["externalId"] for r in refunds] == [entry.refund_id]
    payouts = [t for t in stack.docs("transactions") if t.get("refundId") == refunds[0]["id"]]
    assert [(t["paymentMethod"], t["sessionId"]) for t in payouts] == [("cash", session_id)]
    assert to_minor(payouts[0]["amount"], "EUR") == totals.total_minor
    again = _worker(stack, data_dir, "recover")  # never twice
    assert again.returncode == 0, again.stderr
    assert len([r for r in stack.docs("refunds") if r.get("orderId") == paid.order_id]) == 1
