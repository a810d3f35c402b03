"""The `Journal` class: checkouts, events, facts, leases and quarantine in one SQLite file.

See the package docstring (`kiosk.services.journal`) for the guarantees and their reasons.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import Step
from kiosk.services.journal import leases as lease_clock
from kiosk.services.journal.entries import (
    CheckoutEntry,
    JournalBusy,
    JournalError,
    LeaseInfo,
    QuarantinedRow,
    entry_from_row,
    raw_row,
)

log = logging.getLogger("kiosk.services.journal")

JOURNAL_FILE = "checkouts.sqlite3"

# The longest any journal call waits for another process's write lock (then JournalBusy).
BUSY_TIMEOUT_S = 0.5
# How long a lease lasts without a refresh unless `lease(ttl_s=...)` says otherwise; the same
# as the checkout's default customer lease (kiosk.services.checkout.DEFAULT_LEASE_S).
DEFAULT_LEASE_TTL_S = 15 * 60.0
# `check_writable` wants room for many whole checkouts (each is ~10 small commits), so
# a checkout that starts is not stopped half way by a full disk.
MIN_FREE_BYTES = 8 * 1024 * 1024
REBUILD_KEY = "journal.rebuild_needed"
_PROBE_KEY = "journal.writable_at"

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_STORE_ERRORS = (sqlite3.Error, OverflowError, OSError)

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

_STEPS = frozenset(step.value for step in Step)
_TERMINAL = tuple(step.value for step in (Step.COMPLETED, Step.CANCELED, Step.VOID))

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


def _json(value: Any, what: str) -> str:
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise JournalError(f"{what} cannot be journaled as JSON: {exc}") from exc


def free_bytes(directory: Path) -> int:
    return shutil.disk_usage(directory).free


class Journal:
    """SQLite journal of checkouts; see the package docstring for the guarantees."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        boot_clock: Callable[[], float] = lease_clock.boot_clock,
        boot_id: str | None = None,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        lease_ttl_s: float = DEFAULT_LEASE_TTL_S,
        min_free_bytes: int = MIN_FREE_BYTES,
        disk_free: Callable[[Path], int] = free_bytes,
    ) -> None:
        """`clock` (wall time) only stamps rows for people; no decision reads it."""
        self.path = path
        self._clock = clock
        self._monotonic = monotonic
        self._boot_clock = boot_clock
        self._boot_id = boot_id or lease_clock.read_boot_id()
        self._lease_ttl_s = lease_ttl_s
        self._min_free = min_free_bytes
        self._disk_free = disk_free
        self._owner = uuid.uuid4().hex  # this object's leases, apart from any other's
        self._me = lease_clock.this_process()
        self._lock = threading.RLock()
        self._leases: dict[str, tuple[float, float]] = {}  # id -> (monotonic since, ttl)
        self._reported: set[object] = set()  # quarantined rows already logged
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=busy_timeout_s
            )
        except _STORE_ERRORS as exc:
            raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
        except _STORE_ERRORS as exc:
            self._db.close()
            raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc
        # best effort: a lease of an earlier boot is void anyway
        with suppress(JournalError), self._tx() as db:
            db.execute("DELETE FROM leases WHERE boot_id != ?", (self._boot_id,))

    @classmethod
    def in_dir(cls, data_dir: Path, **kwargs: Any) -> Journal:
        """Open `data_dir`'s journal; a corrupt file raises JournalError (see `open`)."""
        return cls(data_dir / JOURNAL_FILE, **kwargs)

    @classmethod
    def open(cls, data_dir: Path, **kwargs: Any) -> Journal:
        """Open `data_dir`'s journal for the kiosk: a corrupt file is moved aside, not fatal.

        A file that is not a database or fails ``PRAGMA quick_check`` is renamed
        ``checkouts.sqlite3.corrupt-<UTC time>`` (with its -wal and -shm), a fresh journal
        takes its place and `rebuild_needed()` says so until `clear_rebuild_needed()`; see
        `kiosk.services.rebuild`. Hold the data-dir lock (`kiosk.services.instance`) first.
        """
        from kiosk.services.journal.damage import open_or_replace

        return open_or_replace(cls, data_dir / JOURNAL_FILE, **kwargs)

    def close(self) -> None:
        """Close the file; this object's leases end with it (its work is over)."""
        with self._lock:
            if self._leases:
                self._leases.clear()
                try:
                    with self._tx("releasing leases at close") as db:
                        db.execute("DELETE FROM leases WHERE owner = ?", (self._owner,))
                except JournalError as exc:
                    log.warning("journal: leases not released at close (%s); they expire", exc)
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, what: str = "checkout journal write") -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = self._db
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
            except _STORE_ERRORS as exc:
                raise as_journal_error(exc, f"{what} failed") from exc

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except _STORE_ERRORS as exc:
                raise as_journal_error(exc, "checkout journal read failed") from exc

    # -- checkouts -------------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise JournalError unless a whole checkout can be journaled right now.

        Cheap (one statvfs and one small commit, about a millisecond): call it before taking
        a customer's order so a journal that cannot be written refuses the checkout before
        anything is charged, rather than after.
        """
        try:
            free = self._disk_free(self.path.parent)
        except OSError as exc:
            raise as_journal_error(exc, "cannot tell the journal's free disk space") from exc
        if free < self._min_free:
            raise JournalError(
                f"the journal's disk is nearly full ({free} bytes free, "
                f"{self._min_free} needed for a checkout)"
            )
        with self._tx("checkout journal write check") as db:
            page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
            pages = int(db.execute("PRAGMA page_count").fetchone()[0])
            most = int(db.execute("PRAGMA max_page_count").fetchone()[0])
            spare = int(db.execute("PRAGMA freelist_count").fetchone()[0])
            room = (most - pages + spare) * page_size
            if room < self._min_free:
                raise JournalError(f"the journal is full ({room} bytes left of its maximum)")
            self._put_meta(db, _PROBE_KEY, repr(self._clock()))

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
        shown = _json(dict(display), "the reader display")
        with self._tx() as db:
            seq = self._next_seq(db)
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
                    _json(body, "the order body"),
                    shown,
                ),
            )
            self._event(db, checkout_id, Step.BEGUN, None, now)
        return self.get(checkout_id)

    def restore(
        self,
        *,
        checkout_id: str,
        order_number: str,
        receipt_id: str,
        currency: str,
        amount_minor: int,
        step: Step,
        created_at: float,
        order_body: Mapping[str, Any],
        display: Mapping[str, Any],
        seq: int | None = None,
        session_id: str | None = None,
        order_id: str | None = None,
        intent_id: str | None = None,
        reader_id: str | None = None,
        transaction_id: str | None = None,
        cancel_requested: bool = False,
        attention: str | None = None,
        detail: str | None = None,
    ) -> CheckoutEntry:
        """Insert a checkout learned from elsewhere (a rebuild) at a given step.

        `seq` is used if free (so order numbers continue), else the next one is taken.
        JournalError if the checkout is already journaled.
        """
        now = self._clock()
        body, shown = _json(dict(order_body), "the order body"), _json(dict(display), "display")
        with self._tx() as db:
            if db.execute(
                "SELECT 1 FROM checkouts WHERE checkout_id = ?", (checkout_id,)
            ).fetchone():
                raise JournalError(f"checkout {checkout_id!r} is already journaled")
            taken = (
                seq is None
                or db.execute(
                    "SELECT 1 FROM checkouts WHERE seq = ? UNION ALL SELECT 1 FROM quarantine"
                    " WHERE seq = ?",
                    (seq, seq),
                ).fetchone()
            )
            number = self._next_seq(db) if taken or seq is None else seq
            db.execute(
                "INSERT INTO checkouts (seq, checkout_id, order_number, receipt_id, currency,"
                " amount_minor, step, created_at, updated_at, session_id, order_id, intent_id,"
                " reader_id, transaction_id, cancel_requested, attention, order_body, display)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number,
                    checkout_id,
                    order_number,
                    receipt_id,
                    currency,
                    amount_minor,
                    step.value,
                    created_at,
                    now,
                    session_id,
                    order_id,
                    intent_id,
                    reader_id,
                    transaction_id,
                    int(cancel_requested),
                    attention,
                    body,
                    shown,
                ),
            )
            self._event(db, checkout_id, step, detail or "rebuilt", now)
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
                value = _json(value, "the order body")
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
                event_step = step.value if step is not None else self._step_of(db, checkout_id)
                db.execute(
                    "INSERT INTO events (checkout_id, at, step, detail) VALUES (?, ?, ?, ?)",
                    (checkout_id, now, event_step, detail),
                )
        return self.get(checkout_id)

    def get(self, checkout_id: str) -> CheckoutEntry:
        rows = self._read("SELECT * FROM checkouts WHERE checkout_id = ?", (checkout_id,))
        if not rows:
            raise JournalError(f"unknown checkout {checkout_id!r}")
        try:
            return entry_from_row(rows[0])
        except ValueError as exc:
            self._quarantine(rows[0], str(exc))
            raise JournalError(
                f"checkout {checkout_id!r} is unreadable and was quarantined: {exc}"
            ) from exc

    def unfinished(self) -> list[CheckoutEntry]:
        """Checkouts not yet in a terminal step, oldest first (leased ones included).

        An unreadable row is quarantined (see `quarantined`) and left out.
        """
        return self._entries(
            self._read(
                "SELECT * FROM checkouts WHERE step NOT IN (?, ?, ?) ORDER BY seq", _TERMINAL
            )
        )

    def all(self) -> list[CheckoutEntry]:
        """Every readable checkout, oldest first (unreadable rows are quarantined)."""
        return self._entries(self._read("SELECT * FROM checkouts ORDER BY seq"))

    def checkout_ids(self) -> set[str]:
        """The ids of every journaled checkout (quarantined ones are not: a rebuild may
        journal them again from what Stripe and Final POS know)."""
        return {str(row[0]) for row in self._read("SELECT checkout_id FROM checkouts")}

    def history(self, checkout_id: str) -> list[tuple[Step, str | None]]:
        rows = self._read(
            "SELECT step, detail FROM events WHERE checkout_id = ? ORDER BY id", (checkout_id,)
        )
        steps = [(row["step"], row["detail"]) for row in rows]
        return [(Step(step), detail) for step, detail in steps if step in _STEPS]

    # -- quarantine ------------------------------------------------------------------------

    def quarantined(self) -> list[QuarantinedRow]:
        """Rows that could not be read, oldest first: each needs a person (see the docstring).

        A row whose checkout a rebuild has journaled again is settled by recovery and no
        longer listed (the quarantine table keeps it for support).
        """
        rows = self._read(
            "SELECT checkout_id, seq, reason, raw, at FROM quarantine WHERE checkout_id IS NULL"
            " OR checkout_id NOT IN (SELECT checkout_id FROM checkouts) ORDER BY id"
        )
        return [
            QuarantinedRow(row["checkout_id"], row["seq"], row["reason"], row["raw"], row["at"])
            for row in rows
        ]

    def _entries(self, rows: list[sqlite3.Row]) -> list[CheckoutEntry]:
        entries = []
        for row in rows:
            try:
                entries.append(entry_from_row(row))
            except ValueError as exc:
                self._quarantine(row, str(exc))
        return entries

    def _quarantine(self, row: sqlite3.Row, reason: str) -> None:
        cid = row["checkout_id"] if isinstance(row["checkout_id"], str) else None
        seq = row["seq"]
        moved = True
        try:
            with self._tx("quarantining a journal row") as db:
                db.execute(
                    "INSERT INTO quarantine (checkout_id, seq, reason, raw, at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (cid, seq, reason, raw_row(row), self._clock()),
                )
                db.execute("DELETE FROM checkouts WHERE seq = ?", (seq,))
                # Stripe and Final POS still know this checkout: a rebuild re-adopts it.
                self._put_meta(db, REBUILD_KEY, f"checkout {cid} was unreadable: {reason}")
        except JournalError as exc:
            moved = False
            failure = str(exc)
        if seq not in self._reported:
            self._reported.add(seq)
            if moved:
                log.warning(
                    "journal: checkout %s (seq %s) is unreadable (%s); quarantined for staff",
                    cid,
                    seq,
                    reason,
                )
            else:
                log.warning(
                    "journal: checkout %s (seq %s) is unreadable (%s) and could not be "
                    "quarantined (%s); skipped",
                    cid,
                    seq,
                    reason,
                    failure,
                )

    # -- rebuild flag ----------------------------------------------------------------------

    def rebuild_needed(self) -> str | None:
        """Why unfinished checkouts must be rebuilt from Stripe and Final POS, or None."""
        return self.get_meta(REBUILD_KEY)

    def mark_rebuild_needed(self, reason: str) -> None:
        self.set_meta(REBUILD_KEY, reason)

    def clear_rebuild_needed(self) -> None:
        self.set_meta(REBUILD_KEY, None)

    # -- leases ------------------------------------------------------------------------------

    def lease(self, checkout_id: str, *, ttl_s: float | None = None) -> bool:
        """Mark a checkout as worked on by this process (refreshes our lease).

        False, and nothing taken, when another live process holds an unexpired lease on it.
        Held in memory (monotonic age) and in the journal (boot clock expiry) for others.
        """
        ttl = self._lease_ttl_s if ttl_s is None else ttl_s
        since = self._monotonic()
        boot_now = self._boot_clock()
        me = self._me
        try:
            taken = self._take_lease(checkout_id, ttl, since, boot_now, me)
        except JournalError:
            with self._lock:  # this process still keeps its hands off it
                self._leases[checkout_id] = (since, ttl)
            raise
        return taken

    def _take_lease(
        self,
        checkout_id: str,
        ttl: float,
        since: float,
        boot_now: float,
        me: lease_clock.ProcessIdentity,
    ) -> bool:
        with self._tx("taking a checkout lease") as db:
            row = db.execute(
                "SELECT * FROM leases WHERE checkout_id = ?", (checkout_id,)
            ).fetchone()
            if (
                row is not None
                and row["owner"] != self._owner
                and self._row_holds(row, boot_now, max_age_s=float("inf"))
            ):
                return False
            first = (
                row["since"] if row is not None and row["owner"] == self._owner else self._clock()
            )
            db.execute(
                "INSERT OR REPLACE INTO leases (checkout_id, owner, pid, pid_start, pidns, host,"
                " boot_id, refreshed_boot_s, expires_boot_s, since)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    checkout_id,
                    self._owner,
                    me.pid,
                    me.start_ticks,
                    me.pidns,
                    me.host,
                    self._boot_id,
                    boot_now,
                    boot_now + ttl,
                    first,
                ),
            )
            self._leases[checkout_id] = (since, ttl)
        return True

    def release(self, checkout_id: str) -> None:
        """Drop our lease (never another's). Never raises: a lease left behind expires."""
        with self._lock:
            self._leases.pop(checkout_id, None)
        try:
            with self._tx("releasing a checkout lease") as db:
                db.execute(
                    "DELETE FROM leases WHERE checkout_id = ? AND owner = ?",
                    (checkout_id, self._owner),
                )
        except JournalError as exc:
            log.warning("journal: lease of %s not released (%s); it will expire", checkout_id, exc)

    def leased(self, checkout_id: str, *, max_age_s: float) -> bool:
        """True while anyone holds a live lease on the checkout refreshed within `max_age_s`.

        Ours: aged on the monotonic clock. Another process's: held while that process runs,
        on this boot, before its expiry and within `max_age_s` on the boot clock.
        """
        with self._lock:
            mine = self._leases.get(checkout_id)
        if mine is not None:
            since, ttl = mine
            age = self._monotonic() - since
            return 0 <= age < min(max_age_s, ttl)
        rows = self._read("SELECT * FROM leases WHERE checkout_id = ?", (checkout_id,))
        if not rows or rows[0]["owner"] == self._owner:
            return False
        return self._row_holds(rows[0], self._boot_clock(), max_age_s=max_age_s)

    def leases(self) -> list[LeaseInfo]:
        """Every lease row, for `kiosk check` and the staff screen."""
        now = self._boot_clock()
        return [
            LeaseInfo(
                checkout_id=row["checkout_id"],
                pid=row["pid"],
                host=row["host"],
                since=row["since"],
                expires_in_s=(
                    row["expires_boot_s"] - now if row["boot_id"] == self._boot_id else 0.0
                ),
                held=self._row_holds(row, now, max_age_s=float("inf")),
                ours=row["owner"] == self._owner,
            )
            for row in self._read("SELECT * FROM leases ORDER BY since")
        ]

    def _row_holds(self, row: sqlite3.Row, boot_now: float, *, max_age_s: float) -> bool:
        if row["boot_id"] != self._boot_id:
            return False  # written before a reboot: its holder is gone
        refreshed, expires = float(row["refreshed_boot_s"]), float(row["expires_boot_s"])
        if refreshed > boot_now + 1.0:
            return False  # from the future of a clock that never steps: not a real lease
        if boot_now >= expires or boot_now - refreshed >= max_age_s:
            return False
        holder = lease_clock.ProcessIdentity(
            int(row["pid"]), row["pid_start"], row["pidns"], str(row["host"])
        )
        return lease_clock.holder_alive(holder, self._me) is not False

    # -- key/value facts ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return None if not rows else str(rows[0][0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self._tx() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self._put_meta(db, key, value)

    def next_counter(self, key: str) -> int:
        """Durably increment and return a named counter (session numbers, …)."""
        with self._tx() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            try:
                value = (int(row[0]) if row else 0) + 1
            except ValueError as exc:
                raise JournalError(f"counter {key!r} holds {row[0]!r}, not a number") from exc
            self._put_meta(db, key, str(value))
        return value

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _put_meta(db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @staticmethod
    def _next_seq(db: sqlite3.Connection) -> int:
        # a quarantined row keeps its number: the next customer never gets it again
        row = db.execute(
            "SELECT MAX(COALESCE((SELECT MAX(seq) FROM checkouts), 0),"
            " COALESCE((SELECT MAX(seq) FROM quarantine), 0)) + 1"
        ).fetchone()
        return int(row[0])

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


def fsync_dir(directory: Path) -> None:
    """Make renames in `directory` durable (a power cut must not undo a move-aside)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
