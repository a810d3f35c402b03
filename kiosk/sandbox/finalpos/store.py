"""The sandbox's state: JSON documents in SQLite, scoped by company, in insertion order.

One table holds every record as ``(company, resource, id) -> JSON`` with an insertion
sequence; listings page through the ``(company, resource, seq)`` index, so serving page 40 of
20,000 variants reads 500 rows, not the whole collection. API keys are kept as SHA-256 hashes
mapping to a company, so the database file never holds a usable key.

One connection guarded by a lock serves the uvicorn thread, the seeders and the tests'
direct look-ups. Documents are returned as stored: image fields hold paths relative to the
server (``/assets/products/latte.svg``); the HTTP layer makes them absolute per request.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    company TEXT NOT NULL,
    resource TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (company, resource, id)
);
CREATE INDEX IF NOT EXISTS records_listing ON records (company, resource, seq);
CREATE TABLE IF NOT EXISTS api_keys (
    key_hash TEXT PRIMARY KEY,
    company TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (
    company TEXT NOT NULL,
    name TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (company, name)
);
"""

_OID_RANDOM = os.urandom(5)
_OID_COUNTER = itertools.count(int.from_bytes(os.urandom(3), "big"))


def new_object_id() -> str:
    """A 24-hex id laid out like a MongoDB ObjectId: time, per-process random, counter."""
    counter = next(_OID_COUNTER) & 0xFFFFFF
    return (int(time.time()).to_bytes(4, "big") + _OID_RANDOM + counter.to_bytes(3, "big")).hex()


def stable_object_id(name: str, *, timestamp: int = 1765135908) -> str:
    """A deterministic ObjectId-style id for seeded records (same name, same id, every run)."""
    return timestamp.to_bytes(4, "big").hex() + hashlib.sha256(name.encode()).hexdigest()[:16]


def iso_now() -> str:
    """Server time as Final POS shows it: ``2025-12-07T19:31:48.436+00:00``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _key_hash(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


class FinalPosStore:
    """Company-scoped JSON documents in SQLite; see the module docstring.

    `path` is a file (kept across restarts) or ``":memory:"`` (tests).
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run several writes atomically (and fast: one commit)."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # --- tenancy ------------------------------------------------------------------------------

    def add_api_key(self, api_key: str, company_id: str | None = None) -> str:
        """Let `api_key` act for `company_id` (a new company when None); return the company."""
        company = company_id or new_object_id()
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO api_keys (key_hash, company) VALUES (?, ?)",
                (_key_hash(api_key), company),
            )
        return company

    def company_for_key(self, api_key: str) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT company FROM api_keys WHERE key_hash = ?", (_key_hash(api_key),)
            ).fetchone()
        return row[0] if row else None

    def next_number(self, company: str, name: str) -> int:
        """The next value of a per-company counter (outlet and station sequence numbers)."""
        with self._lock:
            row = self._conn.execute(
                "INSERT INTO counters (company, name, value) VALUES (?, ?, 1) "
                "ON CONFLICT (company, name) DO UPDATE SET value = value + 1 RETURNING value",
                (company, name),
            ).fetchone()
        return int(row[0])

    # --- records ------------------------------------------------------------------------------

    def insert(self, company: str, resource: str, doc: dict[str, Any]) -> dict[str, Any]:
        """Store a complete document (it must carry its ``id``)."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO records (company, resource, id, doc) VALUES (?, ?, ?, ?)",
                (company, resource, doc["id"], json.dumps(doc, separators=(",", ":"))),
            )
        return doc

    def insert_many(self, company: str, rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
        """Store many ``(resource, document)`` pairs in one transaction; return how many."""
        params = [
            (company, resource, doc["id"], json.dumps(doc, separators=(",", ":")))
            for resource, doc in rows
        ]
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO records (company, resource, id, doc) VALUES (?, ?, ?, ?)", params
            )
        return len(params)

    def get(self, company: str, resource: str, record_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT doc FROM records WHERE company = ? AND resource = ? AND id = ?",
                (company, resource, record_id),
            ).fetchone()
        return json.loads(row[0]) if row else None

    def replace(self, company: str, resource: str, doc: dict[str, Any]) -> bool:
        """Overwrite a stored document in place (its listing position stays)."""
        with self._lock:
            cursor = self._conn.execute(
                "UPDATE records SET doc = ? WHERE company = ? AND resource = ? AND id = ?",
                (json.dumps(doc, separators=(",", ":")), company, resource, doc["id"]),
            )
        return cursor.rowcount > 0

    def delete(self, company: str, resource: str, record_id: str) -> bool:
        with self._lock:
            cursor = self._conn.execute(
                "DELETE FROM records WHERE company = ? AND resource = ? AND id = ?",
                (company, resource, record_id),
            )
        return cursor.rowcount > 0

    def records(
        self, company: str, resource: str, *, skip: int = 0, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Documents in insertion order; `limit` None means all the rest."""
        return [
            json.loads(raw) for raw in self.raw_records(company, resource, skip=skip, limit=limit)
        ]

    def raw_records(
        self, company: str, resource: str, *, skip: int = 0, limit: int | None = None
    ) -> list[str]:
        """Like `records`, but the stored JSON texts (for callers that only pass them on)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT doc FROM records WHERE company = ? AND resource = ? "
                "ORDER BY seq LIMIT ? OFFSET ?",
                (company, resource, -1 if limit is None else limit, skip),
            ).fetchall()
        return [row[0] for row in rows]

    def count(self, company: str, resource: str) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM records WHERE company = ? AND resource = ?",
                (company, resource),
            ).fetchone()
        return int(row[0])
