"""A day's checkouts without their order bodies, for lists (`Journal.summaries_since`).

Why: a list of the day (the station's orders, F11) is rebuilt on every keystroke of its
search. Reading the whole journal made it grow with the journal's history; parsing each order
body (the largest column, ~850 bytes of JSON, never shown in a list) made it slow on a busy
day. So the read seeks the ``checkouts_created`` index, leaves the body to SQLite's JSON
parser (which builds nothing), and keeps its answer until the journal changes: the next
keystroke on an unchanged journal reads nothing.

"Until the journal changes" is SQLite's own count: ``PRAGMA data_version`` moves when another
connection (another process, `kiosk check`) commits, ``total_changes`` when this connection
changes a row (a sale journaled, a row quarantined). Both are taken before the read, so a
commit racing with it can only make the next call read again, never keep a stale answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from kiosk.services.journal.db import Db
from kiosk.services.journal.entries import (
    SUMMARY_COLUMNS,
    CheckoutEntry,
    CheckoutSummary,
    summary_from_row,
    summary_of,
)

# The order body checked by SQLite's JSON parser, which builds nothing (Python's json.loads
# builds the whole body: most of a day list's time). 1 only where Python's parser accepts the
# body too: text without a NUL (SQLite stops reading at one), JSON, an object, fewer than 500
# brackets (SQLite nests 2,000 deep; Python's recursion limit stops before 1,000, and
# json.dumps never wrote deeper: only a hand-edited row is). Any other row is judged whole.
BODY_OK = (
    "CASE WHEN typeof(order_body) != 'text' THEN 0"
    " WHEN instr(order_body, char(0)) > 0 THEN 0"
    " WHEN length(order_body) - length(replace(replace(order_body, '{', ''), '[', '')) >= 500"
    " THEN 0"
    " WHEN NOT json_valid(order_body) THEN 0"
    " ELSE json_type(order_body) = 'object' END"
)

# INDEXED BY: left to itself the planner scans the whole table to skip the sort by seq
_SINCE = (
    f"SELECT {SUMMARY_COLUMNS}, {BODY_OK} AS body_ok"  # noqa: S608 - constant text
    " FROM checkouts INDEXED BY checkouts_created WHERE created_at >= ? ORDER BY seq"
)


class DaySummaries:
    """The journal's `summaries_since`, with its last answer kept while nothing changed."""

    def __init__(
        self, store: Db, entries: Callable[[list[sqlite3.Row]], list[CheckoutEntry]]
    ) -> None:
        self._store = store
        self._entries = entries  # the journal's judge of whole rows (quarantines and logs)
        self._kept: tuple[float, tuple[int, int], list[CheckoutSummary]] | None = None

    def since(self, since: float) -> list[CheckoutSummary]:
        with self._store.lock:
            version = self._version()
            if self._kept is not None and self._kept[:2] == (since, version):
                return list(self._kept[2])
            summaries = self._read(since)
            self._kept = (since, version, summaries)
            return list(summaries)

    def _version(self) -> tuple[int, int]:
        [row] = self._store.read("PRAGMA data_version")
        return int(row[0]), self._store.conn.total_changes

    def _read(self, since: float) -> list[CheckoutSummary]:
        summaries = []
        for row in self._store.read(_SINCE, (since,)):
            if row["body_ok"] == 1:
                try:
                    summaries.append(summary_from_row(row))
                    continue
                except ValueError:
                    pass
            whole = self._store.read("SELECT * FROM checkouts WHERE seq = ?", (row["seq"],))
            summaries.extend(summary_of(entry) for entry in self._entries(whole))
        return summaries
