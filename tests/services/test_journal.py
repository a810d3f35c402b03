"""The journal: durable steps and ids, WAL + synchronous FULL, leases, counters."""

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.services.journal import Journal, JournalError


def _new(journal: Journal, cid: str = "c1", amount: int = 450) -> None:
    journal.create(
        checkout_id=cid,
        currency="EUR",
        amount_minor=amount,
        session_id="s1",
        order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", {"receiptId": f"R-{seq}"}),
        display={"currency": "EUR", "lines": [], "tax_minor": 0, "total_minor": amount},
    )


def test_pragmas_are_durable(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        db = journal._db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_steps_ids_and_history(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        _new(journal)
        entry = journal.get("c1")
        assert (entry.seq, entry.order_number, entry.receipt_id) == (1, "A001", "R-1")
        assert entry.step is Step.BEGUN and entry.order_body == {"receiptId": "R-1"}
        journal.record("c1", Step.ORDER_POSTING)
        entry = journal.record("c1", Step.ORDER_RECORDED, order_id="o1")
        assert entry.order_id == "o1"
        entry = journal.record("c1", cancel_requested=True, detail="abandoned")
        assert entry.cancel_requested and entry.step is Step.ORDER_RECORDED
        assert [s for s, _ in journal.history("c1")] == [
            Step.BEGUN,
            Step.ORDER_POSTING,
            Step.ORDER_RECORDED,
            Step.ORDER_RECORDED,
        ]
        assert [e.checkout_id for e in journal.unfinished()] == ["c1"]
        journal.record("c1", Step.CANCELED)
        assert journal.unfinished() == []
        with pytest.raises(JournalError):
            journal.record("nope", Step.CANCELED)
        with pytest.raises(JournalError):
            journal.record("c1", bogus="x")


def test_sequence_numbers_survive_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        _new(journal, "c1")
        _new(journal, "c2")
        assert journal.next_counter("session") == 1
        journal.set_meta("session_id", "s9")
    with Journal(path) as journal:
        _new(journal, "c3")
        assert journal.get("c3").order_number == "A003"
        assert journal.next_counter("session") == 2
        assert journal.get_meta("session_id") == "s9"
        journal.set_meta("session_id", None)
        assert journal.get_meta("session_id") is None


def test_leases_age_on_the_monotonic_clock_not_the_wall_clock(tmp_path: Path) -> None:
    wall, mono = [1_000_000.0], [50.0]
    with Journal(
        tmp_path / "j.sqlite3", clock=lambda: wall[0], monotonic=lambda: mono[0]
    ) as journal:
        assert journal.lease("c1") is True
        assert journal.leased("c1", max_age_s=60)
        wall[0] += 20 * 60  # NTP steps the clock forward: the customer keeps the lease
        mono[0] += 1
        assert journal.leased("c1", max_age_s=60)
        wall[0] -= 2 * 3600  # and back two hours: the lease is not stretched
        mono[0] += 60
        assert not journal.leased("c1", max_age_s=60)
        journal.lease("c1")  # a refresh starts a new age
        assert journal.leased("c1", max_age_s=60)
        journal.release("c1")
        assert not journal.leased("c1", max_age_s=60)
        assert journal.leases() == []


def _write_then_die(path: str) -> None:
    journal = Journal(Path(path))
    _new(journal, "killed")
    journal.record("killed", Step.ORDER_POSTING)
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_write_that_returned_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    process = multiprocessing.get_context("spawn").Process(
        target=_write_then_die, args=(str(path),)
    )
    process.start()
    process.join(30)
    assert process.exitcode == -signal.SIGKILL
    with Journal(path) as journal:
        assert journal.get("killed").step is Step.ORDER_POSTING
