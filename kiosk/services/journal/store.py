"""The `Journal` class: checkouts, events, facts and quarantine (leases in `leases`).

See the package docstring (`kiosk.services.journal`) for the guarantees and their reasons.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import TERMINAL_STEPS, Step
from kiosk.services.journal import numbers
from kiosk.services.journal.db import (
    BUSY_TIMEOUT_S,
    REBUILD_KEY,
    STORE_ERRORS,
    Db,
    as_journal_error,
    free_bytes,
    put_meta,
    to_json,
)
from kiosk.services.journal.entries import (
    CheckoutEntry,
    CheckoutSummary,
    JournalError,
    LeaseInfo,
    QuarantinedRow,
    entry_from_row,
    raw_row,
)
from kiosk.services.journal.leases import DEFAULT_LEASE_TTL_S, LeaseBook, boot_clock
from kiosk.services.journal.summaries import DaySummaries

log = logging.getLogger("kiosk.services.journal")

Made = tuple[str, str, dict[str, Any]]  # (order number, receipt id, order body)

JOURNAL_FILE = "checkouts.sqlite3"
# `check_writable` wants room for many whole checkouts (each is ~10 small commits), so
# a checkout that starts is not stopped half way by a full disk.
MIN_FREE_BYTES = 8 * 1024 * 1024
_PROBE_KEY = "journal.writable_at"

_STEPS = frozenset(step.value for step in Step)
_TERMINAL = tuple(sorted(step.value for step in TERMINAL_STEPS))
_NOT_TERMINAL = f"step NOT IN ({', '.join('?' for _ in _TERMINAL)})"

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
    """SQLite journal of checkouts; see the package docstring for the guarantees."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        boot_clock: Callable[[], float] = boot_clock,
        boot_id: str | None = None,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        lease_ttl_s: float = DEFAULT_LEASE_TTL_S,
        min_free_bytes: int = MIN_FREE_BYTES,
        disk_free: Callable[[Path], int] = free_bytes,
    ) -> None:
        """`clock` (wall time) only stamps rows for people; no decision reads it.

        `monotonic`, `boot_clock` and `boot_id` are for tests (see `leases`).
        """
        self.path = path
        self._clock = clock
        self._min_free = min_free_bytes
        self._disk_free = disk_free
        self._reported: set[object] = set()  # quarantined rows already logged
        self._store = Db(path, busy_timeout_s=busy_timeout_s)
        try:
            with self._store.lock:
                numbers.migrate(self._store.conn)
        except STORE_ERRORS as exc:
            self._store.close()
            raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc
        self._db = self._store.conn  # for tests and tools that look inside
        self._lock = self._store.lock
        self._tx = self._store.tx
        self._read = self._store.read
        self._book = LeaseBook(
            self._store,
            clock=clock,
            monotonic=monotonic,
            boot_clock=boot_clock,
            boot_id=boot_id,
            ttl_s=lease_ttl_s,
        )
        self._book.prune_other_boots()
        self._days = DaySummaries(self._store, self._entries)

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
        self._book.release_all()
        self._store.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- checkouts -------------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise JournalError unless a whole checkout can be journaled right now.

        Cheap (one statvfs and one small commit: a few milliseconds, mostly the fsync).
        Call it before taking a customer's order, so a journal that cannot be written
        refuses the checkout before anything is charged rather than after.
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
            put_meta(db, _PROBE_KEY, repr(self._clock()))

    def create(
        self,
        *,
        checkout_id: str,
        currency: str,
        amount_minor: int,
        session_id: str | None,
        display: Mapping[str, Any],
        order_body: Callable[[int], Made] | None = None,
        numbered_body: Callable[[int, int], Made] | None = None,
    ) -> CheckoutEntry:
        """Journal a new checkout before anything is sent anywhere.

        Give exactly one of `order_body(seq)` or `numbered_body(seq, number)`; either returns
        ``(order_number, receipt_id, body)``, called inside the inserting transaction. `seq`
        is the journal's sequence number (unique: receipt ids use it); `number` is the
        customer's number from `numbers.allocate` (a cancelled attempt's number is reused,
        see `kiosk.services.journal.numbers`). With `order_body` the number is `seq`.
        """
        if (order_body is None) == (numbered_body is None):
            raise TypeError("give exactly one of order_body or numbered_body")
        now = self._clock()
        shown = to_json(dict(display), "the reader display")
        with self._tx() as db:
            seq = self._next_seq(db)
            if numbered_body is not None:
                number = numbers.allocate(db, session_id)
                order_number, receipt_id, body = numbered_body(seq, number)
            else:
                assert order_body is not None
                number = seq
                numbers.note_taken(db, number)
                order_number, receipt_id, body = order_body(seq)
            db.execute(
                "INSERT INTO checkouts (seq, checkout_id, order_number, receipt_id, currency,"
                " amount_minor, step, created_at, updated_at, session_id, order_body, display,"
                " number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    checkout_id,
                    order_number,
                    receipt_id,
                    currency,
                    amount_minor,
                    Step.BEGUN.value,
                    now,
                    now,
                    session_id,
                    to_json(body, "the order body"),
                    shown,
                    number,
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
        body, shown = to_json(dict(order_body), "the order body"), to_json(dict(display), "display")
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
            # its number was shown as its seq (see numbers): fresh numbers continue past it
            numbers.note_taken(db, number)
            db.execute(
                "INSERT INTO checkouts (seq, checkout_id, order_number, receipt_id, currency,"
                " amount_minor, step, created_at, updated_at, session_id, order_id, intent_id,"
                " reader_id, transaction_id, cancel_requested, attention, order_body, display,"
                " number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    number,
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
                value = to_json(value, "the order body")
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
                f"SELECT * FROM checkouts WHERE {_NOT_TERMINAL} ORDER BY seq",  # noqa: S608
                _TERMINAL,
            )
        )

    def all(self) -> list[CheckoutEntry]:
        """Every readable checkout, oldest first (unreadable rows are quarantined)."""
        return self._entries(self._read("SELECT * FROM checkouts ORDER BY seq"))

    def summaries_since(self, since: float) -> list[CheckoutSummary]:
        """Checkouts created at or after `since` (epoch s, as stamped), oldest first, without
        their order bodies: what a list of the day shows, e.g. the station's orders (F11).

        Reads only those rows (the ``checkouts_created`` index), so the list costs the same
        however long the journal's history, and nothing while the journal is unchanged (see
        `summaries`). Every column but the body is checked as `get` checks it, the body by
        SQLite (`summaries.BODY_OK`); a row either check rejects is read whole and judged as
        `all` judges it: quarantined and logged once when unreadable. Do not change the
        summaries' ``display`` dicts: the next call may hand out the same ones.
        """
        return self._days.since(since)

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
        moved, failure = True, ""
        try:
            with self._tx("quarantining a journal row") as db:
                db.execute(
                    "INSERT INTO quarantine (checkout_id, seq, reason, raw, at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (cid, seq, reason, raw_row(row), self._clock()),
                )
                db.execute("DELETE FROM checkouts WHERE seq = ?", (seq,))
                # Stripe and Final POS still know this checkout: a rebuild re-adopts it.
                put_meta(db, REBUILD_KEY, f"checkout {cid} was unreadable: {reason}")
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
        Held in memory (aged on the monotonic clock) and in the journal (expiry on the boot
        clock) for other processes; see `kiosk.services.journal.leases`.
        """
        return self._book.lease(checkout_id, ttl_s=ttl_s)

    def release(self, checkout_id: str) -> None:
        """Drop our lease (never another's). Never raises: a lease left behind expires."""
        self._book.release(checkout_id)

    def leased(self, checkout_id: str, *, max_age_s: float) -> bool:
        """True while anyone holds a live lease on the checkout refreshed within `max_age_s`.

        Ours: aged on the monotonic clock. Another process's: held while that process runs,
        on this boot, before its expiry and within `max_age_s` on the boot clock.
        """
        return self._book.leased(checkout_id, max_age_s=max_age_s)

    def leases(self) -> list[LeaseInfo]:
        """Every lease row, for `kiosk check` and the staff screen."""
        return self._book.leases()

    # -- key/value facts ---------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return None if not rows else str(rows[0][0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self._tx() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                put_meta(db, key, value)

    def next_counter(self, key: str) -> int:
        """Durably increment and return a named counter (session numbers, …)."""
        with self._tx() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            try:
                value = (int(row[0]) if row else 0) + 1
            except ValueError as exc:
                raise JournalError(f"counter {key!r} holds {row[0]!r}, not a number") from exc
            put_meta(db, key, str(value))
        return value

    # -- helpers -----------------------------------------------------------------------------

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
