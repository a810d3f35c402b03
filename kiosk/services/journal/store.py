"""The `Journal` class: reading checkouts, quarantine and facts (writes in `writes`, leases in
`leases`).

See the package docstring (`kiosk.services.journal`) for the guarantees and their reasons.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
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
from kiosk.services.journal.writes import CheckoutWrites

log = logging.getLogger("kiosk.services.journal")

JOURNAL_FILE = "checkouts.sqlite3"
# `check_writable` wants room for many whole checkouts (each is ~10 small commits), so
# a checkout that starts is not stopped half way by a full disk.
MIN_FREE_BYTES = 8 * 1024 * 1024

_STEPS = frozenset(step.value for step in Step)
_TERMINAL = tuple(sorted(step.value for step in TERMINAL_STEPS))
_NOT_TERMINAL = f"step NOT IN ({', '.join('?' for _ in _TERMINAL)})"


class Journal(CheckoutWrites):
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
