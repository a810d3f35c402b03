"""How long journaling a checkout takes with order-number allocation, on a large journal.

The allocation (`kiosk.services.journal.numbers.allocate`) runs inside the checkout's own
IMMEDIATE transaction, inline on the event loop, so it must stay a small part of the fsync
that every journal write pays anyway. This fills a journal with `--existing` checkouts in one
till session (every other one cancelled, so there are free numbers to find), then times
`--samples` further `Journal.create` calls with allocation against the same calls numbered by
sequence (the old way). Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.domain.checkout import Step
from kiosk.services.journal import Journal

DISPLAY = {"currency": "EUR", "lines": [], "tax_minor": 0, "total_minor": 450}


def _fill(journal: Journal, existing: int) -> None:
    db = journal._db  # bulk insert: one transaction, not `existing` fsyncs
    db.execute("BEGIN")
    for seq in range(1, existing + 1):
        step = Step.CANCELED.value if seq % 2 else Step.COMPLETED.value
        db.execute(
            "INSERT INTO checkouts (seq, checkout_id, order_number, receipt_id, currency,"
            " amount_minor, step, created_at, updated_at, session_id, order_body, display,"
            " number) VALUES (?, ?, ?, ?, 'EUR', 450, ?, 0, 0, 's1', '{}', '{}', ?)",
            (seq, f"old{seq}", f"A{seq:03d}", f"R-{seq}", step, seq),
        )
    db.execute("UPDATE meta SET value = ? WHERE key = 'journal.order_number_high'", (existing,))
    db.execute("COMMIT")


def _time(journal: Journal, samples: int, *, numbered: bool, tag: str) -> list[float]:
    took = []
    for i in range(samples):
        cid = f"{tag}{i}"
        start = time.perf_counter()
        if numbered:
            journal.create(
                checkout_id=cid,
                currency="EUR",
                amount_minor=450,
                session_id="s1",
                numbered_body=lambda seq, n: (f"A{n:03d}", f"R-{seq}", {}),
                display=DISPLAY,
            )
        else:
            journal.create(
                checkout_id=cid,
                currency="EUR",
                amount_minor=450,
                session_id="s1",
                order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", {}),
                display=DISPLAY,
            )
        took.append((time.perf_counter() - start) * 1000)
        journal.record(cid, Step.COMPLETED)  # keep the free numbers for the next sample
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--existing", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Journal(Path(folder) / "j.sqlite3") as journal:
        _fill(journal, args.existing)
        plain = _time(journal, args.samples, numbered=False, tag="p")
        allocated = _time(journal, args.samples, numbered=True, tag="n")

    def p95(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.95) - 1]

    result = {
        "existing_checkouts": args.existing,
        "samples": args.samples,
        "create_by_seq_median_ms": round(statistics.median(plain), 3),
        "create_by_seq_p95_ms": round(p95(plain), 3),
        "create_allocated_median_ms": round(statistics.median(allocated), 3),
        "create_allocated_p95_ms": round(p95(allocated), 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
