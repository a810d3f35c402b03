"""The durable checkout journal: one SQLite file, written before and after every side effect.

Why SQLite with WAL and ``synchronous=FULL``: a kiosk loses power. Every `Journal.record`
is one committed transaction that is on disk (fsynced) before the call returns, so when the
kiosk sends a request after `record`, the journal already says the request may have
happened, and recovery knows which system to ask.

Threading: the calls are short (one small transaction, one fsync: around a millisecond on an
SSD) and run inline on the event loop's thread. That is on purpose: the order of journal
writes and network calls must be exactly the order of the code, and a thread hop would only
add a place for that order to break. The connection is opened with
``check_same_thread=False`` so tests and tools may read from another thread.

Besides checkouts the journal keeps a few key/value facts (`get_meta`/`set_meta`), e.g. the
open till session's id, and an append-only history of every step for support.

Leases: a checkout being worked on by this process (a customer at the screen, a payment on the
reader) is leased in memory. Recovery skips leased checkouts, so it never races the live
pipeline; a crash drops every lease, so after a restart everything unfinished is recovered.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import Step

JOURNAL_FILE = "checkouts.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS checkouts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    checkout_id TEXT NOT NULL UNIQUE,
    order_number TEXT NOT NULL,
    receipt_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    step TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    session_id TEXT,
    order_id TEXT,
    intent_id TEXT,
    reader_id TEXT,
    transaction_id TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    attention TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    order_body TEXT NOT NULL,
    display TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checkouts_open ON checkouts(step);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checkout_id TEXT NOT NULL,
    at REAL NOT NULL,
    step TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_TERMINAL = tuple(step.value for step in (Step.COMPLETED, Step.CANCELED, Step.VOID))


class JournalError(Exception):
    """The journal cannot be read or written (disk full, corrupt file, unknown checkout)."""


@dataclass(frozen=True, slots=True)
class CheckoutEntry:
    """One checkout as the journal knows it: ids learned so far and the last step."""

    seq: int
    checkout_id: str
    order_number: str
    receipt_id: str
    currency: str
    amount_minor: int
    step: Step
    created_at: float
    updated_at: float
    session_id: str | None
    order_id: str | None
    intent_id: str | None
    reader_id: str | None
    transaction_id: str | None
    cancel_requested: bool
    attention: str | None
    attempts: int
    last_error: str | None
    order_body: dict[str, Any]  # the exact POST /order body, so recovery can re-post it
    display: dict[str, Any]  # the reader's cart display, same numbers as the order


_UPDATABLE = frozenset(
    {
        "step",
        "session_id",
        "order_id",
        "intent_id",
        "reader_id",
        "transaction_id",
        "cancel_requested",
        "attention",
        "attempts",
        "last_error",
        "order_body",
    }
)


class Journal:
    """SQLite journal of checkouts; see the module docstring for durability and threading."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._leases: dict[str, float] = {}
        try:
            self._db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the checkout journal {path}: {exc}") from exc

    @classmethod
    def in_dir(cls, data_dir: Path, **kwargs: Any) -> Journal:
        return cls(data_dir / JOURNAL_FILE, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
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
                raise JournalError(f"checkout journal write failed: {exc}") from exc

    # -- checkouts -------------------------------------------------------------------------

    def create(
        self,
        *,
        checkout_id: str,
        currency: str,
        amount_minor: int,
        session_id: str | None,
        order_body: Callable[[int], tuple[str, str, dict[str, Any]]],
        display: Mapping[str, Any],
    ) -> CheckoutEntry:
        """Journal a new checkout before anything is sent anywhere.

        `order_body(seq)` returns ``(order_number, receipt_id, body)``; it is given the
        journal's sequence number so numbers are unique and allocated in the same commit.
        """
        now = self._clock()
        with self._tx() as db:
            row = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM checkouts").fetchone()
            seq = int(row[0])
            number, receipt_id, body = order_body(seq)
            db.execute(
                "INSERT INTO checkouts (seq, checkout_id, order_number, receipt_id, currency,"
                " amount_minor, step, created_at, updated_at, session_id, order_body, display)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    checkout_id,
                    number,
                    receipt_id,
                    currency,
                    amount_minor,
                    Step.BEGUN.value,
                    now,
                    now,
                    session_id,
                    json.dumps(body, separators=(",", ":")),
                    json.dumps(dict(display), separators=(",", ":")),
                ),
            )
            self._event(db, checkout_id, Step.BEGUN, None, now)
        return self.get(checkout_id)

    def record(
        self, checkout_id: str, step: Step | None = None, *, detail: str | None = None, **ids: Any
    ) -> CheckoutEntry:
        """Durably move a checkout to `step` and/or store ids learned (order_id=…, …)."""
        unknown = set(ids) - _UPDATABLE
        if unknown:
            raise JournalError(f"not journal fields: {sorted(unknown)}")
        values: dict[str, Any] = {}
        for key, value in ids.items():
            if key == "order_body":
                value = json.dumps(value, separators=(",", ":"))
            elif key == "cancel_requested":
                value = int(bool(value))
            values[key] = value
        if step is not None:
            values["step"] = step.value
        now = self._clock()
        values["updated_at"] = now
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._tx() as db:
            cursor = db.execute(
                f"UPDATE checkouts SET {assignments} WHERE checkout_id = ?",  # noqa: S608 - keys are checked
                (*values.values(), checkout_id),
            )
            if cursor.rowcount != 1:
                raise JournalError(f"unknown checkout {checkout_id!r}")
            if step is not None or detail is not None:
                event_step = step if step is not None else Step(self._step_of(db, checkout_id))
                self._event(db, checkout_id, event_step, detail, now)
        return self.get(checkout_id)

    def get(self, checkout_id: str) -> CheckoutEntry:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM checkouts WHERE checkout_id = ?", (checkout_id,)
            ).fetchone()
        if row is None:
            raise JournalError(f"unknown checkout {checkout_id!r}")
        return _entry(row)

    def unfinished(self) -> list[CheckoutEntry]:
        """Checkouts not yet in a terminal step, oldest first (leased ones included)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM checkouts WHERE step NOT IN (?, ?, ?) ORDER BY seq", _TERMINAL
            ).fetchall()
        return [_entry(row) for row in rows]

    def all(self) -> list[CheckoutEntry]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM checkouts ORDER BY seq").fetchall()
        return [_entry(row) for row in rows]

    def history(self, checkout_id: str) -> list[tuple[Step, str | None]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT step, detail FROM events WHERE checkout_id = ? ORDER BY id", (checkout_id,)
            ).fetchall()
        return [(Step(row["step"]), row["detail"]) for row in rows]

    # -- leases (in memory, per process) -----------------------------------------------------

    def lease(self, checkout_id: str) -> None:
        """Mark a checkout as worked on by this process (refreshes an existing lease)."""
        with self._lock:
            self._leases[checkout_id] = self._clock()

    def release(self, checkout_id: str) -> None:
        with self._lock:
            self._leases.pop(checkout_id, None)

    def leased(self, checkout_id: str, *, max_age_s: float) -> bool:
        """True while this process holds a lease younger than `max_age_s`."""
        with self._lock:
            since = self._leases.get(checkout_id)
        return since is not None and self._clock() - since < max_age_s

    # -- key/value facts ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self._tx() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def next_counter(self, key: str) -> int:
        """Durably increment and return a named counter (session numbers, …)."""
        with self._tx() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            value = (int(row[0]) if row else 0) + 1
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(value)),
            )
        return value

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _step_of(db: sqlite3.Connection, checkout_id: str) -> str:
        row = db.execute(
            "SELECT step FROM checkouts WHERE checkout_id = ?", (checkout_id,)
        ).fetchone()
        return str(row[0])

    @staticmethod
    def _event(
        db: sqlite3.Connection, checkout_id: str, step: Step, detail: str | None, at: float
    ) -> None:
        db.execute(
            "INSERT INTO events (checkout_id, at, step, detail) VALUES (?, ?, ?, ?)",
            (checkout_id, at, step.value, detail),
        )


_FIELDS = tuple(f.name for f in fields(CheckoutEntry))


def _entry(row: sqlite3.Row) -> CheckoutEntry:
    data = {name: row[name] for name in _FIELDS}
    data["step"] = Step(data["step"])
    data["cancel_requested"] = bool(data["cancel_requested"])
    data["order_body"] = json.loads(data["order_body"])
    data["display"] = json.loads(data["display"])
    return CheckoutEntry(**data)
