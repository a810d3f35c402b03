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

import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

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
