"""Customer order numbers: allocated in the journal, reused when an attempt left nothing behind.

Why not the checkout's sequence number: every attempt takes one, so three customers who
cancel at the reader use up A001-A003 and the next paying customer hears "A004" (issue 14,
defect 10). Instead each checkout holds a *number* of its own (the ``number`` column), taken
inside the same IMMEDIATE transaction that inserts the checkout, so two processes on one
journal are serialised by SQLite's write lock and cannot take the same free number.

A number is free again when every checkout holding it ended with nothing charged and no order
left alive: step ``canceled`` or ``void``, no sale transaction journaled and nothing kept for
staff (``attention``). Only numbers of the same till session are reused, lowest first, so a
number a customer may still be holding a ticket for from an earlier session is never called
again. A checkout still open (a cancel requested but the order not yet cancelled in Final POS,
a pay-at-counter order, a paid one) keeps its number. Otherwise the next number is one past
the highest ever handed out (the ``journal.order_number_high`` fact; a quarantined or
rebuilt checkout's number counts), so fresh numbers never repeat within a journal.

Journals written before this module (no ``number`` column) are migrated on open: each old
checkout's number is its sequence number, which is what it was shown as.
"""

from __future__ import annotations

import sqlite3

from kiosk.services.journal.db import put_meta

HIGH_KEY = "journal.order_number_high"

# A holder of a number that still needs it (steps as stored; see kiosk.domain.checkout.Step).
_RELEASED = ("canceled", "void")


def migrate(db: sqlite3.Connection) -> None:
    """Add the ``number`` column, its index and the high-water mark to an older journal.

    Writes only when something is missing, so opening an up-to-date journal never waits for
    another process's write lock (readers never wait, see the package docstring).
    """

    def missing() -> bool:
        columns = {str(row[1]) for row in db.execute("PRAGMA table_info(checkouts)")}
        index = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'checkouts_number'"
        ).fetchone()
        high = db.execute("SELECT 1 FROM meta WHERE key = ?", (HIGH_KEY,)).fetchone()
        return "number" not in columns or index is None or high is None

    if not missing():
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        columns = {str(row[1]) for row in db.execute("PRAGMA table_info(checkouts)")}
        if "number" not in columns:
            db.execute("ALTER TABLE checkouts ADD COLUMN number INTEGER")
            db.execute("UPDATE checkouts SET number = seq")
        db.execute("CREATE INDEX IF NOT EXISTS checkouts_number ON checkouts(session_id, number)")
        if db.execute("SELECT 1 FROM meta WHERE key = ?", (HIGH_KEY,)).fetchone() is None:
            row = db.execute(
                "SELECT MAX(COALESCE((SELECT MAX(seq) FROM checkouts), 0),"
                " COALESCE((SELECT MAX(number) FROM checkouts), 0),"
                " COALESCE((SELECT MAX(seq) FROM quarantine), 0))"
            ).fetchone()
            put_meta(db, HIGH_KEY, str(int(row[0])))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _high(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (HIGH_KEY,)).fetchone()
    return int(row[0]) if row else 0


def note_taken(db: sqlite3.Connection, number: int) -> None:
    """Raise the high-water mark to `number` (a checkout restored or numbered by its seq)."""
    if number > _high(db):
        put_meta(db, HIGH_KEY, str(number))


def allocate(db: sqlite3.Connection, session_id: str | None) -> int:
    """The number for a new checkout in `session_id`; call inside the inserting transaction."""
    row = db.execute(
        "SELECT c.number FROM checkouts c"
        " WHERE c.number IN (SELECT number FROM checkouts WHERE session_id IS ?"
        "  AND number IS NOT NULL AND step IN (?, ?))"
        " AND c.number NOT IN (SELECT CAST(json_extract(raw, '$.number') AS INTEGER)"
        "  FROM quarantine WHERE json_valid(raw) AND json_extract(raw, '$.number') IS NOT NULL)"
        " GROUP BY c.number"
        " HAVING SUM(CASE WHEN c.step IN (?, ?) AND c.attention IS NULL"
        "  AND c.transaction_id IS NULL AND c.session_id IS ? THEN 0 ELSE 1 END) = 0"
        " ORDER BY c.number LIMIT 1",
        (session_id, *_RELEASED, *_RELEASED, session_id),
    ).fetchone()
    if row is not None:
        return int(row[0])
    number = _high(db) + 1
    put_meta(db, HIGH_KEY, str(number))
    return number
