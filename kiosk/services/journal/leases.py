"""The clocks and process identities behind the journal's leases (Linux first).

A lease must not care about the wall clock: NTP, a dead RTC battery or staff fixing the time
can step it by minutes or hours, and a +20 min step must not end a customer's lease nor a
-2 h step stretch one. So:

- in the process that holds a lease, its age is measured on `time.monotonic`;
- in the journal (for other processes) its expiry is a point on the *boot clock*
  (``CLOCK_BOOTTIME``: system-wide, never stepped, counts suspend) stored next to the boot id
  (``/proc/sys/kernel/random/boot_id``). A lease written under another boot id is expired:
  the boot clock restarts at zero on every boot, and no process of a previous boot is alive.
- the holder's pid with its start time (``/proc/<pid>/stat``, field 22) says whether the
  holder still runs; a lease whose holder died (SIGKILL, crash) is void at once, so a
  restarted kiosk recovers at once what its predecessor left. When the holder runs in
  another pid namespace or on another host its liveness cannot be read and only the expiry
  counts.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.journal.db import Db
from kiosk.services.journal.entries import JournalError, LeaseInfo

log = logging.getLogger("kiosk.services.journal")

# How long a lease lasts without a refresh unless `lease(ttl_s=...)` says otherwise; the same
# as the checkout's default customer lease (kiosk.services.checkout.DEFAULT_LEASE_S).
DEFAULT_LEASE_TTL_S = 15 * 60.0

BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
# Without /proc (not Linux) every process shares this id: leases then expire on the
# monotonic clock alone, which on such systems may not be system-wide.
UNKNOWN_BOOT = "unknown-boot"


def read_boot_id() -> str:
    try:
        return BOOT_ID_FILE.read_text(encoding="ascii").strip() or UNKNOWN_BOOT
    except OSError:
        return UNKNOWN_BOOT


def boot_clock() -> float:
    """Seconds since boot, the same in every process and never stepped."""
    clock_id = getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC)
    return time.clock_gettime(clock_id)


@dataclass(frozen=True, slots=True)
class ProcessIdentity:
    pid: int
    start_ticks: int | None  # /proc/<pid>/stat field 22: tells a reused pid apart
    pidns: str | None  # e.g. "pid:[4026531836]": pids compare only within one namespace
    host: str


def start_ticks(pid: int) -> int | None:
    """When `pid` started (clock ticks since boot), or None if it does not run (or no /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # the command name (field 2) is in parentheses and may itself hold spaces or ")"
    rest = stat[stat.rfind(")") + 2 :].split()
    try:
        return int(rest[19])  # field 22 counted from field 3
    except (IndexError, ValueError):
        return None


def _pidns() -> str | None:
    try:
        return str(Path("/proc/self/ns/pid").readlink())
    except OSError:
        return None


def this_process() -> ProcessIdentity:
    pid = os.getpid()
    return ProcessIdentity(pid, start_ticks(pid), _pidns(), socket.gethostname())


def holder_alive(holder: ProcessIdentity, me: ProcessIdentity) -> bool | None:
    """Whether the lease holder still runs: True, False, or None when this cannot be told."""
    if holder.host != me.host or holder.pidns is None or holder.pidns != me.pidns:
        return None
    if holder.start_ticks is None:
        return None
    return start_ticks(holder.pid) == holder.start_ticks


class LeaseBook:
    """The leases of one `Journal` object (its owner token) and what it sees of others'."""

    def __init__(
        self,
        db: Db,
        *,
        clock: Callable[[], float],
        monotonic: Callable[[], float],
        boot_clock: Callable[[], float],
        boot_id: str | None,
        ttl_s: float,
    ) -> None:
        self._db = db
        self._clock = clock
        self._monotonic = monotonic
        self._boot_clock = boot_clock
        self._boot_id = boot_id or read_boot_id()
        self._ttl_s = ttl_s
        self._owner = uuid.uuid4().hex
        self._me = this_process()
        self._leases: dict[str, tuple[float, float]] = {}  # id -> (monotonic since, ttl)
        self._ever = False  # whether this owner ever wrote a lease row

    def prune_other_boots(self) -> None:
        """Best effort: a lease of an earlier boot is void anyway."""
        try:
            if not self._db.read(
                "SELECT 1 FROM leases WHERE boot_id != ? LIMIT 1", (self._boot_id,)
            ):
                return  # the usual case: no write, so opening never waits for a lock
            with self._db.tx("pruning old leases") as db:
                db.execute("DELETE FROM leases WHERE boot_id != ?", (self._boot_id,))
        except JournalError as exc:
            log.info("journal: old leases not pruned (%s)", exc)

    def release_all(self) -> None:
        """End every lease of this owner (the Journal is closing: its work is over)."""
        with self._db.lock:
            had = bool(self._leases)
            self._leases.clear()
        if not had and not self._ever:
            return  # nothing of ours can be in the table: closing never waits for a lock
        try:
            with self._db.tx("releasing leases at close") as db:
                db.execute("DELETE FROM leases WHERE owner = ?", (self._owner,))
        except JournalError as exc:
            if had:
                log.warning("journal: leases not released at close (%s); they expire", exc)

    def lease(self, checkout_id: str, *, ttl_s: float | None = None) -> bool:
        """Mark a checkout as worked on by this process (refreshes our lease).

        False, and nothing taken, when another live process holds an unexpired lease on it.
        Held in memory (monotonic age) and in the journal (boot clock expiry) for others.
        """
        ttl = self._ttl_s if ttl_s is None else ttl_s
        since = self._monotonic()
        boot_now = self._boot_clock()
        me = self._me
        self._ever = True
        try:
            taken = self._take_lease(checkout_id, ttl, since, boot_now, me)
        except JournalError:
            with self._db.lock:  # this process still keeps its hands off it
                self._leases[checkout_id] = (since, ttl)
            raise
        return taken

    def _take_lease(
        self,
        checkout_id: str,
        ttl: float,
        since: float,
        boot_now: float,
        me: ProcessIdentity,
    ) -> bool:
        with self._db.tx("taking a checkout lease") as db:
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
        with self._db.lock:
            self._leases.pop(checkout_id, None)
        try:
            with self._db.tx("releasing a checkout lease") as db:
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
        with self._db.lock:
            mine = self._leases.get(checkout_id)
        if mine is not None:
            since, ttl = mine
            age = self._monotonic() - since
            return 0 <= age < min(max_age_s, ttl)
        rows = self._db.read("SELECT * FROM leases WHERE checkout_id = ?", (checkout_id,))
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
            for row in self._db.read("SELECT * FROM leases ORDER BY since")
        ]

    def _row_holds(self, row: sqlite3.Row, boot_now: float, *, max_age_s: float) -> bool:
        if row["boot_id"] != self._boot_id:
            return False  # written before a reboot: its holder is gone
        refreshed, expires = float(row["refreshed_boot_s"]), float(row["expires_boot_s"])
        if refreshed > boot_now + 1.0:
            return False  # from the future of a clock that never steps: not a real lease
        if boot_now >= expires or boot_now - refreshed >= max_age_s:
            return False
        holder = ProcessIdentity(int(row["pid"]), row["pid_start"], row["pidns"], str(row["host"]))
        return holder_alive(holder, self._me) is not False
