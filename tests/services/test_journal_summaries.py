"""`Journal.summaries_since`: a day's checkouts without their order bodies, judged row by row as
the whole read (`all`) judges them. SQLite checks the body without building it; wherever its
parser and Python's could disagree the row is read whole, so no row is listed that `all` would
quarantine, and none quarantined that `all` would list."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.services.journal import CheckoutSummary, Journal
from kiosk.services.journal.entries import summary_of

DAY = 1_000_000.0


def _new(journal: Journal, cid: str, body: dict[str, object] | None = None) -> None:
    journal.create(
        checkout_id=cid,
        currency="EUR",
        amount_minor=450,
        session_id="s1",
        order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", body or {"receiptId": f"R-{seq}"}),
        display={"currency": "EUR", "lines": [], "total_minor": 450},
    )


def _deep(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


# (what is in the order body column, whether Python reads it as an object)
BODIES = {
    "nan": ('{"total": NaN}', True),  # Python reads it, SQLite's JSON does not
    "nul": ('{"a": 1}\x00junk', False),  # SQLite's JSON stops at the NUL, Python does not
    "deep": (_deep(600), True),  # many brackets: read whole, Python reads it
    "deeper": (_deep(1500), False),  # SQLite nests this deep, Python does not
    "array": ("[1, 2]", False),
    "garbage": ("{not json", False),
    "number": (7, False),
    "blob": (b"{}", False),
    "spaces": (' {"a" : [1, {"b": "\\u00e9"}] } ', True),
}
OTHER = {  # a listed column damaged (the body fine)
    "step": ("step", "teleported"),
    "amount": ("amount_minor", "lots"),
    "display": ("display", "[]"),
    "order_number": ("order_number", b"A001"),  # a blob (text affinity keeps it)
}


def _fill(journal: Journal) -> list[str]:
    ids = ["good1", *BODIES, *OTHER, "good2"]
    for cid in ids:
        _new(journal, cid)
    db = journal._db
    for cid, (body, _) in BODIES.items():
        db.execute("UPDATE checkouts SET order_body = ? WHERE checkout_id = ?", (body, cid))
    for cid, (column, value) in OTHER.items():
        db.execute(f"UPDATE checkouts SET {column} = ? WHERE checkout_id = ?", (value, cid))
    journal.record("good2", Step.COMPLETED, order_id="o2")
    return ids


def test_the_summaries_are_the_whole_rows_without_their_bodies(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.services.journal")
    with Journal(tmp_path / "a.sqlite3", clock=lambda: DAY) as light:
        _fill(light)
        summaries = light.summaries_since(DAY)
        light_log = sorted(r.getMessage() for r in caplog.records)
        light_quarantined = sorted(q.checkout_id or "" for q in light.quarantined())
        assert light.summaries_since(DAY) == summaries  # a second read: the same, no new log
        assert sorted(r.getMessage() for r in caplog.records) == light_log
    caplog.clear()
    with Journal(tmp_path / "b.sqlite3", clock=lambda: DAY) as whole:
        _fill(whole)
        expected = [summary_of(e) for e in whole.all()]
        whole_log = sorted(r.getMessage() for r in caplog.records)
        whole_quarantined = sorted(q.checkout_id or "" for q in whole.quarantined())

    assert summaries == expected
    assert all(isinstance(s, CheckoutSummary) for s in summaries)
    listed = [s.checkout_id for s in summaries]
    read = [cid for cid, (_, python_reads) in BODIES.items() if python_reads]
    assert listed == ["good1", *read, "good2"]
    assert light_quarantined == whole_quarantined
    assert set(light_quarantined) == (set(BODIES) - set(read)) | set(OTHER)
    assert light_log == whole_log  # each damaged row logged once, with the same reason
    assert len(light_log) == len(light_quarantined)
    assert summaries[-1].order_id == "o2" and summaries[-1].step is Step.COMPLETED


def test_only_rows_of_the_day_are_read(tmp_path: Path) -> None:
    now = [DAY - 1]
    with Journal(tmp_path / "j.sqlite3", clock=lambda: now[0]) as journal:
        _new(journal, "yesterday")
        journal._db.execute("UPDATE checkouts SET step = 'teleported'")  # never looked at
        now[0] = DAY
        _new(journal, "today")
        assert [s.checkout_id for s in journal.summaries_since(DAY)] == ["today"]
        assert journal.quarantined() == []
        assert [s.checkout_id for s in journal.summaries_since(DAY - 1)] == ["today"]
        assert [q.checkout_id for q in journal.quarantined()] == ["yesterday"]


def _selects(journal: Journal, read: Callable[[], object]) -> int:
    """How many reads of the checkouts table `read()` runs (as SQLite traced them)."""
    statements: list[str] = []
    journal._db.set_trace_callback(statements.append)
    try:
        read()
    finally:
        journal._db.set_trace_callback(None)
    return sum("FROM checkouts" in sql for sql in statements)


def test_an_unchanged_journal_is_not_read_again_and_any_change_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path, clock=lambda: DAY) as journal, Journal(path, clock=lambda: DAY) as tool:
        _new(journal, "c1")
        first = journal.summaries_since(DAY)
        assert _selects(journal, lambda: journal.summaries_since(DAY)) == 0
        assert journal.summaries_since(DAY) == first
        assert _selects(journal, lambda: journal.summaries_since(DAY - 1)) == 1  # another day
        assert _selects(journal, lambda: journal.summaries_since(DAY)) == 1
        assert _selects(journal, lambda: journal.summaries_since(DAY)) == 0

        journal.record("c1", Step.COMPLETED, order_id="o1")  # this connection's change
        assert [s.step for s in journal.summaries_since(DAY)] == [Step.COMPLETED]
        tool.record("c1", Step.VOID)  # another connection's (another process, a tool)
        assert [s.step for s in journal.summaries_since(DAY)] == [Step.VOID]
        _new(tool, "c2")
        assert [s.checkout_id for s in journal.summaries_since(DAY)] == ["c1", "c2"]
        raw = sqlite3.connect(path, isolation_level=None)
        try:  # a hand edit by a person, outside any Journal
            raw.execute("UPDATE checkouts SET amount_minor = 999 WHERE checkout_id = 'c2'")
        finally:
            raw.close()
        assert [s.amount_minor for s in journal.summaries_since(DAY)] == [450, 999]
        assert _selects(journal, lambda: journal.summaries_since(DAY)) == 0
