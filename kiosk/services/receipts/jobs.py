"""Receipt jobs that outlive the process: print, kitchen and email jobs waiting to go out.

A kitchen ticket queued while the printer was out of paper must still print after the kiosk
restarts, or the kitchen never makes a paid order; a receipt problem must stay listed for
staff. `JobStore` keeps each waiting job in `receipts.sqlite` beside the checkout journal:
written when the job is queued, updated after each attempt, deleted once it went out or staff
dismissed it. The payload is the finished document (ESC/POS bytes, or the email message), so a
restart needs neither the printer profile nor the catalog to carry on.

An email address lives in its pending message only while the message waits (sent, or given
up after `email_attempts`, and the payload is dropped from the row). Kitchen tickets printed
are remembered for `KITCHEN_MEMORY_S`, so a restart does not print an order's ticket twice.

A file that cannot be opened or read is moved aside (logged with both paths) and a fresh one
started: losing the retry queue is bad, a kiosk that cannot start is worse; `kiosk check` and
staff still see every paid order in the journal and can reprint any receipt from there.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from kiosk.services.receipts.outcomes import JobKind

log = logging.getLogger(__name__)

JOBS_FILE = "receipts.sqlite"
KITCHEN_MEMORY_S = 7 * 24 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    checkout_id TEXT NOT NULL,
    order_number TEXT NOT NULL,
    payload BLOB,
    created REAL NOT NULL,
    next_at REAL NOT NULL,
    attempts INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    last_try REAL NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL,
    pending INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS kitchen_printed (
    checkout_id TEXT PRIMARY KEY,
    at REAL NOT NULL
);
"""


@dataclass(slots=True)
class Job:
    id: int
    kind: JobKind
    checkout_id: str
    order_number: str
    payload: bytes | EmailMessage | None
    created: float
    next_at: float
    attempts: int = 0
    failures: int = 0  # a job being tried for the first time is not a problem yet
    last_try: float = 0.0
    state: str = ""
    detail: str = ""
    pending: bool = True
    busy: bool = False  # an attempt is in flight (never stored: a restart ends every attempt)


class JobStore:
    """The receipt jobs of one kiosk in SQLite; `None` path keeps them in memory only."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db = self._connect(path)

    @classmethod
    def beside(cls, journal_path: Path | None) -> JobStore:
        """The store in the journal's folder (in memory when the journal is)."""
        if journal_path is None or str(journal_path) == ":memory:":
            return cls(None)
        return cls(journal_path.parent / JOBS_FILE)

    def load(self) -> list[Job]:
        """Every stored job, oldest first; a row that cannot be read is skipped and logged."""
        jobs = []
        rows: list[tuple[Any, ...]] = self._db.execute("SELECT * FROM jobs ORDER BY id").fetchall()
        for row in rows:
            try:
                jobs.append(_job(row))
            except (ValueError, TypeError, KeyError) as exc:
                log.error("receipt job %s in %s skipped: unreadable (%s)", row[0], self.path, exc)
        return jobs

    def next_id(self) -> int:
        row = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM jobs").fetchone()
        return int(row[0]) + 1

    def save(self, job: Job) -> None:
        payload: bytes | None
        if isinstance(job.payload, EmailMessage):
            payload = job.payload.as_bytes(policy=policy.SMTP)
        else:
            payload = job.payload
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    job.id,
                    job.kind.value,
                    job.checkout_id,
                    job.order_number,
                    payload,
                    job.created,
                    job.next_at,
                    job.attempts,
                    job.failures,
                    job.last_try,
                    job.state,
                    job.detail,
                    int(job.pending),
                ),
            )

    def delete(self, job_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    def kitchen_printed(self, checkout_id: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM kitchen_printed WHERE checkout_id = ?", (checkout_id,)
        ).fetchone()
        return row is not None

    def mark_kitchen(self, checkout_id: str, now: float) -> None:
        """Remember that `checkout_id`'s kitchen ticket is taken care of (and forget old ones)."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO kitchen_printed VALUES (?, ?)", (checkout_id, now)
            )
            self._db.execute("DELETE FROM kitchen_printed WHERE at < ?", (now - KITCHEN_MEMORY_S,))

    def close(self) -> None:
        self._db.close()

    def _connect(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            db = sqlite3.connect(":memory:")
            db.executescript(_SCHEMA)
            return db
        try:
            return _open(path)
        except sqlite3.DatabaseError as exc:
            aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
            path.replace(aside)
            log.error(
                "receipt queue %s could not be read (%s); moved to %s, starting a new one",
                path,
                exc,
                aside,
            )
            return _open(path)


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=5.0)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        db.execute("SELECT COUNT(*) FROM jobs").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise
    path.chmod(0o600)  # email addresses wait here
    return db


def _job(row: tuple[Any, ...]) -> Job:
    (job_id, kind, checkout_id, number, payload, created, next_at) = row[:7]
    (attempts, failures, last_try, state, detail, pending) = row[7:]
    job_kind = JobKind(kind)
    body: bytes | EmailMessage | None = None
    if isinstance(payload, bytes):
        if job_kind is JobKind.EMAIL:
            parsed = message_from_bytes(payload, policy=policy.default)
            if not isinstance(parsed, EmailMessage):
                raise TypeError("not an email message")
            body = parsed
        else:
            body = payload
    return Job(
        id=int(job_id),
        kind=job_kind,
        checkout_id=str(checkout_id),
        order_number=str(number),
        payload=body,
        created=float(created),
        next_at=float(next_at),
        attempts=int(attempts),
        failures=int(failures),
        last_try=float(last_try),
        state=str(state),
        detail=str(detail),
        pending=bool(pending),
    )
