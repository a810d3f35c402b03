"""The journal's SQLite file: schema, one connection, bounded transactions, error mapping.

Every way SQLite, the disk or a value can fail comes out of here as a `JournalError`
(`JournalBusy` for a lock held elsewhere past `BUSY_TIMEOUT_S`).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from kiosk.services.journal.entries import JournalBusy, JournalError

# The longest any journal call waits for another process's write lock (then JournalBusy).
BUSY_TIMEOUT_S = 0.5
REBUILD_KEY = "journal.rebuild_needed"

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
STORE_ERRORS = (sqlite3.Error, OverflowError, OSError)

SCHEMA = """
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
-- the station's orders list reads one day (`Journal.summaries_since`), not the whole history
CREATE INDEX IF NOT EXISTS checkouts_created ON checkouts(created_at);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checkout_id TEXT NOT NULL,
    at REAL NOT NULL,
    step TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS leases (
    checkout_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    pid_start INTEGER,
    pidns TEXT,
    host TEXT NOT NULL,
    boot_id TEXT NOT NULL,
    refreshed_boot_s REAL NOT NULL,
    expires_boot_s REAL NOT NULL,
    since REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checkout_id TEXT,
    seq INTEGER,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL,
    at REAL NOT NULL
);
"""


def as_journal_error(exc: BaseException, what: str) -> JournalError:
    """The journal's own error for any failure of SQLite, the disk or a value's size."""
    if isinstance(exc, JournalError):
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return JournalBusy(f"{what}: the journal is locked by another process ({exc})")
    if isinstance(exc, OverflowError):
        return JournalError(f"{what}: a number too large for the journal ({exc})")
    return JournalError(f"{what}: {exc}")


def to_json(value: Any, what: str) -> str:
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise JournalError(f"{what} cannot be journaled as JSON: {exc}") from exc


def free_bytes(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def fsync_dir(directory: Path) -> None:
    """Make renames in `directory` durable (a power cut must not undo a move-aside)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def put_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


class Db:
    """One connection to the journal file, shared by the journal's parts under one lock."""

    def __init__(self, path: Path, *, busy_timeout_s: float = BUSY_TIMEOUT_S) -> None:
        self.lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=busy_timeout_s
            )
        except STORE_ERRORS as exc:
            raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.executescript(SCHEMA)
        except STORE_ERRORS as exc:
            self.conn.close()
            raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc

    @contextmanager
    def tx(self, what: str = "checkout journal write") -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction, committed (fsynced) on leaving, rolled back on error."""
        with self.lock:
            db = self.conn
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                    db.execute("COMMIT")
                except BaseException:
                    # SQLite rolls back by itself after some errors (disk full, I/O)
                    if db.in_transaction:
                        with suppress(sqlite3.Error):
                            db.execute("ROLLBACK")
                    raise
            except STORE_ERRORS as exc:
                raise as_journal_error(exc, f"{what} failed") from exc

    def read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except STORE_ERRORS as exc:
                raise as_journal_error(exc, "checkout journal read failed") from exc

    def close(self) -> None:
        with self.lock:
            self.conn.close()
