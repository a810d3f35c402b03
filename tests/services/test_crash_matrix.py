"""Crash matrix: a kiosk process SIGKILLed at every step boundary, then restarted to recover.

Each case runs one real checkout in a subprocess against both sandboxes (served by this test
process), kills it with SIGKILL at one `Boundary`, starts a fresh process that runs recovery,
and checks the money invariants against the sandboxes' own state. The table of outcomes is
written to ``crash_matrix.json`` under the test's tmp dir and printed.
"""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.services.journal import Journal
from tests.services.crash_worker import AFTER_PAID
from tests.services.harness import Stack, check_invariants, run_worker, running_stack

ROOT = Path(__file__).resolve().parents[2]

# (name, crash point, reader mode, what the checkout must end as once recovery has run)
CASES = [
    ("no_crash", None, {}, Step.COMPLETED),
    # nothing was sent: no order, no intent
    ("after_journal_write", Boundary.JOURNAL_WRITTEN, {}, Step.VOID),
    # the order is found by externalId, then cancelled
    ("after_order_post", Boundary.ORDER_POSTED, {}, Step.CANCELED),
    # the same intent is found again through the checkout's idempotency key, then voided
    ("after_intent_create", Boundary.INTENT_CREATED, {}, Step.CANCELED),
    # the card is authorised after the crash: captured once the order is known, completed
    ("during_reader_processing", Boundary.READER_PROCESSING, {}, Step.COMPLETED),
    # nobody presents a card: the reader action and the intent are cancelled
    (
        "during_reader_processing_no_card",
        Boundary.READER_PROCESSING,
        {"auto_present_after_s": None},
        Step.CANCELED,
    ),
    ("after_approval", Boundary.APPROVED, {}, Step.COMPLETED),
    ("after_capture", Boundary.CAPTURED, {}, Step.COMPLETED),
    # the sale is found by externalId, not posted twice
    ("after_transaction_post", Boundary.TRANSACTION_POSTED, {}, Step.COMPLETED),
    ("before_order_put", Boundary.BEFORE_ORDER_PUT, {}, Step.COMPLETED),
    # PAID was returned and the process died before its background books ran: a new process
    # records the sale once and completes the order
    ("after_paid_returned", AFTER_PAID, {}, Step.COMPLETED),
]


def _worker(stack: Stack, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_worker("tests.services.crash_worker", stack, data_dir, *args)


@pytest.fixture(scope="module")
def matrix_stack() -> Stack:
    with running_stack() as stack:
        yield stack  # type: ignore[misc]


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    rows: dict[str, dict[str, object]] = {}
    yield rows  # type: ignore[misc]
    out = tmp_path_factory.mktemp("crash") / "crash_matrix.json"
    out.write_text(json.dumps(rows, indent=2))
    print(f"\ncrash matrix ({out}):")
    for point, row in rows.items():
        print(f"  {point:28} -> {row}")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "point", "mode", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_crash_then_recover_keeps_the_money_invariants(
    matrix_stack: Stack,
    tmp_path: Path,
    name: str,
    point: Boundary | str | None,
    mode: dict[str, object],
    expected: Step,
    table: dict[str, dict[str, object]],
) -> None:
    stack = matrix_stack
    stack.reader_mode(**{"auto_present_after_s": 0.1, **mode})
    data_dir = tmp_path / "kiosk"
    args = ["checkout"] + (["--crash-at", str(point)] if point else [])
    ran = _worker(stack, data_dir, *args)
    if point is None:
        assert ran.returncode == 0, ran.stderr
    else:
        assert ran.returncode == -signal.SIGKILL, (ran.returncode, ran.stdout, ran.stderr)

    with Journal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        crashed_at = entry.step
    recovered = _worker(stack, data_dir, "recover")
    assert recovered.returncode == 0, (recovered.stdout, recovered.stderr)

    with Journal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        assert journal.unfinished() == []
    report = check_invariants(stack, [entry.checkout_id])
    table[name] = {
        "journal_at_crash": crashed_at.value,
        "outcome": entry.step.value,
        "orders": report.orders,
        "intents": report.intents,
        "captured": report.captured,
        "sales": report.sales,
        "violations": report.violations,
    }
    if point == AFTER_PAID:  # the customer was told PAID with only the capture done
        assert '"outcome": "paid"' in ran.stdout and crashed_at is Step.CAPTURED
    assert report.violations == []
    assert entry.step is expected
    assert report.orders == (0 if entry.step is Step.VOID else 1)
    assert report.intents <= 1
    assert report.sales == report.captured  # a charge has exactly one sale, none without


# A station paying a kiosk's pay-at-counter order by card (an order owned elsewhere): after
# any crash, recovery never cancels that order and never records a second sale.
EXISTING_CASES = [
    ("existing_no_crash", None, Step.COMPLETED),
    ("existing_after_journal_write", Boundary.JOURNAL_WRITTEN, Step.VOID),
    ("existing_after_intent_create", Boundary.INTENT_CREATED, Step.CANCELED),
    ("existing_after_approval", Boundary.APPROVED, Step.COMPLETED),
    ("existing_after_capture", Boundary.CAPTURED, Step.COMPLETED),
    ("existing_after_transaction_post", Boundary.TRANSACTION_POSTED, Step.COMPLETED),
    ("existing_after_paid_returned", AFTER_PAID, Step.COMPLETED),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "point", "expected"), EXISTING_CASES, ids=[case[0] for case in EXISTING_CASES]
)
def test_crash_paying_a_kiosk_order_never_cancels_it_nor_sells_twice(
    matrix_stack: Stack,
    tmp_path: Path,
    name: str,
    point: Boundary | str | None,
    expected: Step,
    table: dict[str, dict[str, object]],
) -> None:
    stack = matrix_stack
    stack.reader_mode(auto_present_after_s=0.1)
    data_dir = tmp_path / "station"
    args = ["checkout", "--existing"] + (["--crash-at", str(point)] if point else [])
    ran = _worker(stack, data_dir, *args)
    if point is None:
        assert ran.returncode == 0, ran.stderr
    else:
        assert ran.returncode == -signal.SIGKILL, (ran.returncode, ran.stdout, ran.stderr)
    order_id = json.loads(ran.stdout.splitlines()[0])["order_id"]
    with Journal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        crashed_at = entry.step
    recovered = _worker(stack, data_dir, "recover")
    assert recovered.returncode == 0, (recovered.stdout, recovered.stderr)
    with Journal.in_dir(data_dir) as journal:
        [entry] = journal.all()
        assert journal.unfinished() == []
    [order] = [o for o in stack.docs("orders") if o["id"] == order_id]
    on_order = [
        t
        for t in stack.docs("transactions")
        if t.get("orderId") == order_id and t["type"] == "sale"
    ]
    intents = [p for p in stack.intents() if p["metadata"].get("checkout_id") == entry.checkout_id]
    captured = [p for p in intents if p["status"] == "succeeded"]
    table[name] = {
        "journal_at_crash": crashed_at.value,
        "outcome": entry.step.value,
        "order": order["status"],
        "intents": len(intents),
        "captured": len(captured),
        "sales": len(on_order),
    }
    assert entry.step is expected
    assert order["status"] == ("completed" if expected is Step.COMPLETED else "pending")
    assert len(intents) <= 1
    assert len(on_order) == len(captured) == (1 if expected is Step.COMPLETED else 0)
    assert [o for o in stack.docs("orders") if o.get("externalId") == entry.checkout_id] == []
