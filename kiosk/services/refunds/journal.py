"""The refund journal: one SQLite file (WAL, ``synchronous=FULL``) of refunds and their steps.

Its own file (`REFUND_FILE`) next to the checkout journal; every write is one committed,
fsynced transaction, so after a crash the journal says which system to ask.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from kiosk.services.journal import JournalError
from kiosk.services.refunds.model import RefundEntry, RefundLine, RefundMethod, RefundStep

REFUND_FILE = "refunds.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS refunds (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    refund_id TEXT NOT NULL UNIQUE,
    checkout_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    order_number TEXT NOT NULL,
    intent_id TEXT NOT NULL,
    sale_transaction_id TEXT,
    session_id TEXT,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    refunded_by TEXT NOT NULL,
    lines TEXT NOT NULL,
    step TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    refunded_before_minor INTEGER NOT NULL,
    stripe_refund_id TEXT,
    finalpos_refund_id TEXT,
    payout_transaction_id TEXT,
    attention TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    method TEXT NOT NULL DEFAULT 'card'
);
CREATE INDEX IF NOT EXISTS refunds_order ON refunds(order_id);
CREATE TABLE IF NOT EXISTS refund_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    refund_id TEXT NOT NULL,
    at REAL NOT NULL,
    step TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_UPDATABLE = frozenset(
    {
        "step",
        "stripe_refund_id",
        "finalpos_refund_id",
        "payout_transaction_id",
        "attention",
        "attempts",
        "last_error",
    }
)
_FIELDS = tuple(f.name for f in fields(RefundEntry))


class RefundJournal:
    """Durable refund steps (one committed, fsynced transaction per `record`)."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(refunds)")}
            if "method" not in columns:  # a journal written before cash refunds: all card
                self._db.execute(
                    "ALTER TABLE refunds ADD COLUMN method TEXT NOT NULL DEFAULT 'card'"
                )
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the refund journal {path}: {exc}") from exc

    @classmethod
    def in_dir(cls, data_dir: Path, **kwargs: Any) -> RefundJournal:
        return cls(data_dir / REFUND_FILE, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> RefundJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(f"refund journal write failed: {exc}") from exc

    def create(self, entry: RefundEntry) -> RefundEntry:
        values = {name: getattr(entry, name) for name in _FIELDS}
        values["lines"] = json.dumps([_line_json(line) for line in entry.lines])
        values["step"] = entry.step.value
        values["method"] = entry.method.value
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._tx() as db:
            db.execute(
                f"INSERT INTO refunds ({columns}) VALUES ({marks})",  # noqa: S608 - our names
                tuple(values.values()),
            )
            self._event(db, entry.refund_id, entry.step.value, None, entry.created_at)
        return self.get(entry.refund_id)

    def record(
        self,
        refund_id: str,
        step: RefundStep | None = None,
        *,
        detail: str | None = None,
        **values: Any,
    ) -> RefundEntry:
        unknown = set(values) - _UPDATABLE
        if unknown:
            raise JournalError(f"not refund journal fields: {sorted(unknown)}")
        if step is not None:
            values["step"] = step.value
        now = self._clock()
        values["updated_at"] = now
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._tx() as db:
            cursor = db.execute(
                f"UPDATE refunds SET {assignments} WHERE refund_id = ?",  # noqa: S608 - checked
                (*values.values(), refund_id),
            )
            if cursor.rowcount != 1:
                raise JournalError(f"unknown refund {refund_id!r}")
            if step is not None or detail is not None:
                row = db.execute(
                    "SELECT step FROM refunds WHERE refund_id = ?", (refund_id,)
                ).fetchone()
                self._event(db, refund_id, str(row[0]), detail, now)
        return self.get(refund_id)

    def get(self, refund_id: str) -> RefundEntry:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM refunds WHERE refund_id = ?", (refund_id,)
            ).fetchone()
        if row is None:
            raise JournalError(f"unknown refund {refund_id!r}")
        return _entry(row)

    def all(self) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM refunds ORDER BY seq").fetchall()
        return [_entry(row) for row in rows]

    def unfinished(self) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM refunds WHERE step NOT IN (?, ?) ORDER BY seq",
                (RefundStep.COMPLETED.value, RefundStep.REJECTED.value),
            ).fetchall()
        return [_entry(row) for row in rows]

    def for_order(self, order_id: str) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM refunds WHERE order_id = ? ORDER BY seq", (order_id,)
            ).fetchall()
        return [_entry(row) for row in rows]

    def for_orders(self, order_ids: Collection[str]) -> list[RefundEntry]:
        """The refunds of any of `order_ids`, oldest first: one query on the order index,
        whose cost follows the orders asked about, not the journal's history."""
        ids = json.dumps(sorted(set(order_ids)))
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM refunds WHERE order_id IN (SELECT value FROM json_each(?))"
                " ORDER BY seq",
                (ids,),
            ).fetchall()
        return [_entry(row) for row in rows]

    def get_meta(self, key: str) -> str | None:
        """A marker of the create-at-most-once rule (`kiosk.services.posting.OnceCreator`)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self._tx() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def history(self, refund_id: str) -> list[tuple[str, str | None]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT step, detail FROM refund_events WHERE refund_id = ? ORDER BY id",
                (refund_id,),
            ).fetchall()
        return [(str(row["step"]), row["detail"]) for row in rows]

    @staticmethod
    def _event(
        db: sqlite3.Connection, refund_id: str, step: str, detail: str | None, at: float
    ) -> None:
        db.execute(
            "INSERT INTO refund_events (refund_id, at, step, detail) VALUES (?, ?, ?, ?)",
            (refund_id, at, step, detail),
        )


def _line_json(line: RefundLine) -> dict[str, Any]:
    return {f.name: getattr(line, f.name) for f in fields(RefundLine)}


def _entry(row: sqlite3.Row) -> RefundEntry:
    data = {name: row[name] for name in _FIELDS}
    data["step"] = RefundStep(data["step"])
    data["method"] = RefundMethod(data["method"])
    data["lines"] = tuple(RefundLine(**item) for item in json.loads(data["lines"]))
    return RefundEntry(**data)
