"""The durable checkout journal: one SQLite file, written before and after every side effect.

Why SQLite with WAL and ``synchronous=FULL``: a kiosk loses power. Every `Journal.record`
is one committed transaction that is on disk (fsynced) before the call returns, so when the
kiosk sends a request after `record`, the journal already says the request may have
happened, and recovery knows which system to ask.

Threading and the event loop: the calls are short (one small transaction, one fsync: around
a millisecond on an SSD) and run inline on the event loop's thread. That is on purpose: the
order of journal writes and network calls must be exactly the order of the code, and a
thread hop would only add a place for that order to break. The price is that a call must
never wait long, so every wait is bounded: SQLite's busy timeout is `BUSY_TIMEOUT_S`
(0.5 s), after which the call raises `JournalBusy` (a `JournalError`) having written
nothing. A commit takes milliseconds, so only a process that *holds* the write lock (a
stuck tool, a shell left in a transaction) ever hits the bound; half a second is a stutter
on the screen, where the 30 s it used to be froze it. Readers never wait: in WAL mode a
read does not take the write lock. The connection is opened with
``check_same_thread=False`` so tests and tools may read from another thread.

Besides checkouts the journal keeps a few key/value facts (`get_meta`/`set_meta`), e.g. the
open till session's id, and an append-only history of every step for support.

Guarantees
----------
- **Every failure is a `JournalError`**: any ``sqlite3.Error`` (disk full, read-only file,
  I/O error, corruption found mid-run), ``OSError``, a number SQLite cannot store
  (``OverflowError``, e.g. a 1e20 price) and a value JSON cannot hold. `JournalBusy` is the
  one a retry may cure.
- **Refuse before charging**: `check_writable()` raises unless the disk has
  `MIN_FREE_BYTES` free and a small commit succeeds; the checkout calls it before a new
  checkout, so a journal that cannot be written turns a customer away before any money
  moves. (A write can still fail later, e.g. the disk fills mid-checkout: the checkout
  must then treat the JournalError as "outcome unknown", never as "not paid".)
- **One bad row is not fatal**: a row whose JSON, step or column types cannot be read is
  moved to the ``quarantine`` table with the reason and its raw text, logged at WARNING once,
  and left out of `unfinished()`/`all()`/`summaries_since()`; `get()` on it raises
  JournalError. `quarantined()` lists them. Its number is never handed out again, and the
  rebuild flag is set, so a rebuild re-adopts the checkout from Stripe and Final POS where
  they know it.
- **A damaged file is not fatal**: `Journal.open(data_dir)` moves a file that is not a
  database or fails ``PRAGMA quick_check`` aside (``checkouts.sqlite3.corrupt-<UTC time>``
  with its -wal/-shm, crash-safe, see `damage`), starts a fresh journal and sets the
  rebuild flag (`rebuild_needed()`), which lives in the fresh file itself and is cleared
  only by a finished rebuild (`kiosk.services.rebuild`), so a crash mid-rebuild rebuilds
  again. A missing file (first start, or a journal lost with its disk) sets the flag too.
  `Journal.in_dir` / `Journal(path)` stay strict (tools and tests inspect a file as it is).
- **Leases hold across processes and clock steps**: a checkout being worked on (a customer
  at the screen, a payment on the reader) is leased by `lease()`; recovery skips it while
  `leased(id, max_age_s=...)`. A lease is kept in memory (aged on ``time.monotonic``) and
  in the ``leases`` table with its owner (this Journal object's token, pid, pid start time,
  host) and an expiry on the boot clock with the boot id (see `leases`): another process
  sees it while its holder runs, until it expires; a reboot or the holder's death ends it at
  once. `lease()` answers False (and takes nothing) while another live process holds the
  checkout; `close()` ends the object's leases. No decision reads the wall clock, so a
  +20 min step ends no lease and a -2 h step extends none.

What still needs a person
-------------------------
- a quarantined row (`quarantined()`): if its checkout is still unfinished and outside the
  rebuild window (or neither Stripe nor Final POS knows it), only the raw text tells what it
  was; a person decides (refund, re-record, or delete the row);
- the moved-aside ``*.corrupt-*`` files: kept for support, never read again by the kiosk;
- a journal that stays unwritable (disk full, read-only mount, a lock never released):
  the kiosk refuses new checkouts until someone frees the disk or ends the other process;
- checkouts the rebuild finds charged without an order, or older than its window.
"""

from kiosk.services.journal.db import BUSY_TIMEOUT_S
from kiosk.services.journal.entries import (
    CheckoutEntry,
    CheckoutSummary,
    JournalBusy,
    JournalError,
    LeaseInfo,
    QuarantinedRow,
)
from kiosk.services.journal.leases import DEFAULT_LEASE_TTL_S
from kiosk.services.journal.store import JOURNAL_FILE, MIN_FREE_BYTES, Journal

__all__ = [
    "BUSY_TIMEOUT_S",
    "DEFAULT_LEASE_TTL_S",
    "JOURNAL_FILE",
    "MIN_FREE_BYTES",
    "CheckoutEntry",
    "CheckoutSummary",
    "Journal",
    "JournalBusy",
    "JournalError",
    "LeaseInfo",
    "QuarantinedRow",
]
