"""Part of `Journal` (`kiosk.services.journal.store`): writing checkouts and their events.

A checkout is journaled (`create`, or `restore` from a rebuild) before anything is sent
anywhere, and every step or id learned is `record`ed durably before it is acted on;
`check_writable` refuses a checkout up front when the journal could not take it whole. See
the package docstring (`kiosk.services.journal`) for the guarantees and their reasons.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.domain.checkout import Step
from kiosk.services.journal import numbers
from kiosk.services.journal.db import as_journal_error, put_meta, to_json
from kiosk.services.journal.entries import CheckoutEntry, JournalError

Made = tuple[str, str, dict[str, Any]]  # (order number, receipt id, order body)

_PROBE_KEY = "journal.writable_at"

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


class CheckoutWrites:
    """The writes of `Journal` (which sets these attributes and reads the checkouts back)."""

    path: Path
    _clock: Callable[[], float]
    _min_free: int
    _disk_free: Callable[[Path], int]
    _tx: Callable[..., AbstractContextManager[sqlite3.Connection]]

    if TYPE_CHECKING:  # Journal's

        def get(self, checkout_id: str) -> CheckoutEntry: ...

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
