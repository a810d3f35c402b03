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

When a freed number is handed on, the attempts that left it give it up (their ``number``
becomes NULL; their ``order_number`` text stays for people), so the search, which walks a
partial index of released checkouts lowest number first, never steps over numbers already
handed on: journaling a checkout costs well under a millisecond more on a 50,000-checkout
journal (``benchmarks/order_numbers.py``).

Journals written before this module (no ``number`` column) are migrated on open: each old
checkout's number is its sequence number, which is what it was shown as.
"""

from __future__ import annotations

import sqlite3

from kiosk.services.journal.db import put_meta

HIGH_KEY = "journal.order_number_high"


# A checkout that left nothing behind (steps as stored, see kiosk.domain.checkout.Step): its
# number may go to the next customer. The same text is the partial index's condition, so the
# search for a free number walks only such checkouts, lowest number first.
def _released(table: str = "") -> str:
    t = f"{table}." if table else ""
    return f"{t}step IN ('canceled', 'void') AND {t}attention IS NULL AND {t}transaction_id IS NULL"


_RELEASED = _released()
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS checkouts_number ON checkouts(number)",
    "CREATE INDEX IF NOT EXISTS checkouts_released ON checkouts(session_id, number)"
    f" WHERE {_RELEASED}",
)


def migrate(db: sqlite3.Connection) -> None:
    """Add the ``number`` column, its index and the high-water mark to an older journal.

    Writes only when something is missing, so opening an up-to-date journal never waits for
    another process's write lock (readers never wait, see the package docstring).
    """

    def missing() -> bool:
        columns = {str(row[1]) for row in db.execute("PRAGMA table_info(checkouts)")}
        indexes = db.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
            " AND name IN ('checkouts_number', 'checkouts_released')"
        ).fetchone()[0]
        high = db.execute("SELECT 1 FROM meta WHERE key = ?", (HIGH_KEY,)).fetchone()
        return "number" not in columns or indexes != len(_INDEXES) or high is None

    if not missing():
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        columns = {str(row[1]) for row in db.execute("PRAGMA table_info(checkouts)")}
        if "number" not in columns:
            db.execute("ALTER TABLE checkouts ADD COLUMN number INTEGER")
            db.execute("UPDATE checkouts SET number = seq")
        for index in _INDEXES:
            db.execute(index)
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
    # Lowest released number of the session that no other checkout still holds (another
    # attempt that reused it, a quarantined row). Walks the partial index in number order and
    # stops at the first fit; each candidate costs one look-up by number.
    row = db.execute(
        "SELECT c.number FROM checkouts c"  # noqa: S608 - constant text
        f" WHERE c.session_id IS ? AND c.number IS NOT NULL AND {_released('c')}"
        " AND NOT EXISTS (SELECT 1 FROM checkouts d WHERE d.number = c.number"
        f"  AND (d.session_id IS NOT ? OR NOT ({_released('d')})))"
        " AND c.number NOT IN (SELECT CAST(json_extract(raw, '$.number') AS INTEGER)"
        "  FROM quarantine WHERE json_valid(raw) AND json_extract(raw, '$.number') IS NOT NULL)"
        " ORDER BY c.number LIMIT 1",
        (session_id, session_id),
    ).fetchone()
    if row is not None:
        number = int(row[0])
        # The attempts that left it behind give it up for good: the new checkout holds it now
        # (and frees it again if it too ends with nothing), so the search never walks past
        # numbers already handed on.
        released = f"UPDATE checkouts SET number = NULL WHERE number = ? AND {_RELEASED}"  # noqa: S608
        db.execute(released, (number,))
        return number
    number = _high(db) + 1
    put_meta(db, HIGH_KEY, str(number))
    return number
