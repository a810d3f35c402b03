"""The journal is no single point of failure (issue 9, items 7 and 8): every failure is a
JournalError, waits are bounded, bad rows are quarantined, a corrupt file is moved aside."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.services.journal import (
    BUSY_TIMEOUT_S,
    JOURNAL_FILE,
    Journal,
    JournalBusy,
    JournalError,
)


def _new(journal: Journal, cid: str, amount: int = 450) -> None:
    journal.create(
        checkout_id=cid,
        currency="EUR",
        amount_minor=amount,
        session_id="s1",
        order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", {"receiptId": f"R-{seq}"}),
        display={"currency": "EUR", "lines": [], "tax_minor": 0, "total_minor": amount},
    )


# -- every failure is a JournalError ---------------------------------------------------------


def test_a_number_sqlite_cannot_store_is_a_journal_error(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        with pytest.raises(JournalError, match="too large"):
            _new(journal, "huge", amount=10**20)  # a 1e20 price reaching the checkout
        _new(journal, "c1")
        with pytest.raises(JournalError, match="too large"):
            journal.record("c1", attempts=10**20)
        with pytest.raises(JournalError, match="JSON"):
            journal.record("c1", order_body={"total": float("nan")})
        assert [e.checkout_id for e in journal.all()] == ["c1"]  # nothing half written
        assert journal.get("c1").attempts == 0


def test_a_read_only_journal_refuses_writes_with_a_journal_error(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        _new(journal, "c1")
        journal.check_writable()
        journal._db.execute("PRAGMA query_only = ON")  # SQLite's own read-only refusal
        with pytest.raises(JournalError, match="readonly"):
            journal.check_writable()
        with pytest.raises(JournalError, match="readonly"):
            journal.record("c1", Step.ORDER_POSTING)
        assert journal.get("c1").step is Step.BEGUN  # reads still work


def test_a_full_journal_is_refused_before_a_checkout_starts(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", min_free_bytes=64 * 1024) as journal:
        _new(journal, "c1")
        pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
        journal._db.execute(f"PRAGMA max_page_count = {pages + 4}")  # a nearly full disk
        with pytest.raises(JournalError, match="full"):
            journal.check_writable()
        with pytest.raises(JournalError, match="full"):  # SQLITE_FULL, as a JournalError
            for n in range(1000):
                _new(journal, f"more{n}")
        assert journal.get("c1").step is Step.BEGUN


def test_a_nearly_full_disk_is_refused(tmp_path: Path) -> None:
    free = [10**9]
    with Journal(tmp_path / "j.sqlite3", disk_free=lambda _path: free[0]) as journal:
        journal.check_writable()
        free[0] = 1024 * 1024
        with pytest.raises(JournalError, match="nearly full"):
            journal.check_writable()

    def broken(_path: Path) -> int:
        raise OSError(5, "Input/output error")

    with (
        Journal(tmp_path / "j.sqlite3", disk_free=broken) as journal,
        pytest.raises(JournalError, match="Input/output"),
    ):
        journal.check_writable()


# -- a write lock held by another process: bounded wait --------------------------------------

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT OR REPLACE INTO meta VALUES ('locker', 'holds the write lock')")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


def test_a_write_lock_held_elsewhere_fails_fast_and_reads_go_on(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        _new(journal, "c1")
        locker = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert locker.stdout is not None and locker.stdin is not None
            assert locker.stdout.readline().strip() == "locked"
            for write in (
                lambda: journal.record("c1", Step.ORDER_POSTING),
                lambda: _new(journal, "c2"),
                journal.check_writable,
                lambda: journal.lease("c1"),
            ):
                started = time.monotonic()
                with pytest.raises(JournalBusy, match="locked by another process"):
                    write()
                waited = time.monotonic() - started
                # the bound, not SQLite's old 30 s (slack for a loaded two-core machine)
                assert BUSY_TIMEOUT_S * 0.8 <= waited < BUSY_TIMEOUT_S + 1.5, waited
            started = time.monotonic()
            assert journal.get("c1").step is Step.BEGUN  # readers never wait in WAL mode
            assert [e.checkout_id for e in journal.unfinished()] == ["c1"]
            assert time.monotonic() - started < BUSY_TIMEOUT_S * 0.9  # did not wait it out
            started = time.monotonic()
            with Journal(path) as tool:  # `kiosk check` opening and closing meanwhile
                assert tool.get("c1").step is Step.BEGUN
            assert time.monotonic() - started < BUSY_TIMEOUT_S * 0.9  # no write on open/close
            locker.stdin.write("\n")
            locker.stdin.flush()
            assert locker.wait(30) == 0
        finally:
            if locker.poll() is None:
                locker.kill()
            locker.wait(30)
            for stream in (locker.stdin, locker.stdout):
                if stream is not None:
                    stream.close()
        assert journal.record("c1", Step.ORDER_POSTING).step is Step.ORDER_POSTING


# -- one bad row is quarantined, not fatal ---------------------------------------------------


def test_bad_rows_are_quarantined_once_and_the_rest_recovers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        for cid in ("good1", "json", "step", "type", "good2"):
            _new(journal, cid)
        db = journal._db
        db.execute("UPDATE checkouts SET order_body = '{not json' WHERE checkout_id = 'json'")
        db.execute("UPDATE checkouts SET step = 'teleported' WHERE checkout_id = 'step'")
        db.execute("UPDATE checkouts SET amount_minor = 'lots' WHERE checkout_id = 'type'")
        caplog.set_level(logging.WARNING, logger="kiosk.services.journal")
        for _ in range(3):  # every recovery pass
            assert [e.checkout_id for e in journal.unfinished()] == ["good1", "good2"]
        assert [e.checkout_id for e in journal.all()] == ["good1", "good2"]
        warnings = [r for r in caplog.records if "quarantined" in r.getMessage()]
        assert len(warnings) == 3  # once per row, not once per pass
        rows = {row.checkout_id: row for row in journal.quarantined()}
        assert set(rows) == {"json", "step", "type"}
        assert "order_body is not valid JSON" in rows["json"].reason
        assert "unknown step 'teleported'" in rows["step"].reason
        assert "amount_minor is str" in rows["type"].reason
        assert json.loads(rows["json"].raw)["order_body"] == "{not json"  # kept for a person
        assert json.loads(rows["step"].raw)["seq"] == 3
        assert journal.rebuild_needed() is not None  # Stripe and Final POS may know them
        assert journal.checkout_ids() == {"good1", "good2"}  # a rebuild may adopt the others
        _new(journal, "next")
        assert journal.get("next").seq == 6  # a quarantined number is not reused


def test_a_bad_row_read_directly_is_quarantined_too(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        _new(journal, "c1")
        journal._db.execute("UPDATE checkouts SET display = '[1, 2]' WHERE checkout_id = 'c1'")
        with pytest.raises(JournalError, match="quarantined"):
            journal.get("c1")
        with pytest.raises(JournalError, match="unknown checkout"):
            journal.record("c1", Step.ORDER_POSTING)
        assert [row.checkout_id for row in journal.quarantined()] == ["c1"]


# -- a corrupt file is moved aside and the journal starts fresh ------------------------------


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    with Journal.open(tmp_path) as journal:
        reason = journal.rebuild_needed()
        assert reason is not None and "not a database" in reason
        _new(journal, "c1")  # the kiosk goes on
    [aside] = tmp_path.glob(f"{JOURNAL_FILE}.corrupt-*[0-9TZ]")
    assert aside.read_bytes() == garbage
    assert Path(f"{aside}-wal").read_bytes() == b"stale wal"
    assert not (tmp_path / f"{JOURNAL_FILE}.moving").exists()
    with Journal.open(tmp_path) as journal:  # a crash before the rebuild finished
        assert journal.rebuild_needed() == reason
        assert journal.get("c1").step is Step.BEGUN
        journal.clear_rebuild_needed()
    with Journal.open(tmp_path) as journal:
        assert journal.rebuild_needed() is None
    assert len(_moved(tmp_path)) == 1
    strict = tmp_path / "tool"
    strict.mkdir()
    (strict / JOURNAL_FILE).write_bytes(garbage)
    with pytest.raises(JournalError, match="not a database"):  # the opener tools use
        Journal.in_dir(strict)
    assert (strict / JOURNAL_FILE).read_bytes() == garbage


def _moved(directory: Path) -> list[Path]:
    """The moved-aside journals (each may come with its -wal and -shm)."""
    return [
        p
        for p in directory.glob(f"{JOURNAL_FILE}.corrupt-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]


def test_a_file_failing_quick_check_is_moved_aside(tmp_path: Path) -> None:
    with Journal.in_dir(tmp_path) as journal:
        for n in range(300):
            _new(journal, f"c{n}")
    path = tmp_path / JOURNAL_FILE
    assert not Path(f"{path}-wal").exists()  # checkpointed on close: all in the main file
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page : 6 * page] = os.urandom(3 * page)  # pages torn, header intact
    path.write_bytes(bytes(data))
    with Journal.open(tmp_path) as journal:
        assert journal.rebuild_needed() is not None
        assert journal.all() == []
    assert len(_moved(tmp_path)) == 1


def test_a_good_file_is_never_moved(tmp_path: Path) -> None:
    with Journal.open(tmp_path) as journal:
        _new(journal, "c1")
        # no file at all: a first start or a lost disk, so Stripe and Final POS are asked
        assert "no journal file" in (journal.rebuild_needed() or "")
        journal.clear_rebuild_needed()
    with Journal.open(tmp_path) as journal:
        assert journal.get("c1").step is Step.BEGUN
        assert journal.rebuild_needed() is None
    assert list(tmp_path.glob("*.corrupt-*")) == []


def test_a_move_interrupted_by_a_crash_is_finished_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / JOURNAL_FILE
    path.write_bytes(b"garbage" * 1000)
    Path(f"{path}-wal").write_bytes(b"wal")
    aside = tmp_path / f"{JOURNAL_FILE}.corrupt-20261201T000000Z"
    marker = tmp_path / f"{JOURNAL_FILE}.moving"
    marker.write_text(json.dumps({"aside": aside.name, "problem": "file is not a database"}))
    Path(f"{path}-wal").rename(f"{aside}-wal")  # the crash came after the first rename
    with Journal.open(tmp_path) as journal:
        assert "file is not a database" in (journal.rebuild_needed() or "")
        _new(journal, "c1")
    assert aside.read_bytes() == b"garbage" * 1000
    assert not marker.exists()
    # a crash after the fresh journal was put in place, before the marker went: keep it
    marker.write_text(json.dumps({"aside": aside.name, "problem": "file is not a database"}))
    with Journal.open(tmp_path) as journal:
        assert journal.get("c1").step is Step.BEGUN
    assert not marker.exists()
    assert _moved(tmp_path) == [aside]
    assert Path(f"{aside}-wal").read_bytes() == b"wal"


def test_a_torn_move_marker_is_forgotten(tmp_path: Path) -> None:
    with Journal.in_dir(tmp_path) as journal:
        _new(journal, "c1")
    marker = tmp_path / f"{JOURNAL_FILE}.moving"
    marker.write_text('{"aside": "checkouts.sqlite3.corr')  # the crash came mid-write
    with Journal.open(tmp_path) as journal:
        assert journal.get("c1").step is Step.BEGUN  # the good file stays where it is
        assert journal.rebuild_needed() is None
    assert not marker.exists() and _moved(tmp_path) == []


def test_a_locked_journal_is_not_mistaken_for_a_corrupt_one(tmp_path: Path) -> None:
    with Journal.in_dir(tmp_path) as journal:
        _new(journal, "c1")
    holder = sqlite3.connect(tmp_path / JOURNAL_FILE, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(JournalError):
            Journal.open(tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(tmp_path.glob("*.corrupt-*")) == []
    with Journal.open(tmp_path) as journal:
        assert journal.get("c1").step is Step.BEGUN
