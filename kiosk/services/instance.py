"""One kiosk process per data directory: an exclusive lock on ``<data_dir>/kiosk.lock``.

Two kiosk processes on one data dir cancel each other's live payments and duplicate sales
(issue 9, item 2), so the second must not start. The lock is ``flock(LOCK_EX | LOCK_NB)`` on
a file in the data dir: the kernel drops it when the holder's last descriptor closes, which
includes every way a process dies (SIGKILL, a crash, power loss), so there is never a stale
lock to clean up by hand, and nothing is decided from a pid file's contents.

The holder writes who it is into the file (pid, host, command, since when) for the message
the second process shows; that text is informational only. The descriptor is not inherited
by child processes (Python opens files non-inheritable), so a helper the kiosk starts cannot
keep the lock after the kiosk is gone.

Take the lock before opening the journal (`Journal.open` may move a damaged file aside,
which must never happen under another live kiosk). flock works on local file systems and,
on Linux, over NFS (as a whole-file POSIX lock); the data dir is meant to be local.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE = "kiosk.lock"
# Exit status of a kiosk that finds another running on its data dir (sysexits EX_TEMPFAIL).
EXIT_ALREADY_RUNNING = 75
_COMMAND_MAX = 300


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the data-dir lock, as the holder wrote it."""

    pid: int | None
    host: str | None
    command: str | None
    since: float | None  # epoch seconds

    def describe(self) -> str:
        parts = [f"pid {self.pid}" if self.pid is not None else "an unknown process"]
        if self.host:
            parts.append(f"on {self.host}")
        if self.since is not None:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(self.since))
            parts.append(f"since {stamp}")
        if self.command:
            parts.append(f"({self.command})")
        return " ".join(parts)


class AlreadyRunning(Exception):
    """Another process holds the data directory's lock; the message names it."""

    def __init__(self, data_dir: Path, holder: LockHolder) -> None:
        super().__init__(
            f"another kiosk is already running on {data_dir}: {holder.describe()}. "
            "Stop it first (two kiosks on one data directory would take payments twice)."
        )
        self.data_dir = data_dir
        self.holder = holder


class DataDirLock:
    """The held lock; `release()` (or process exit) gives it up."""

    def __init__(self, data_dir: Path, fd: int, holder: LockHolder) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE
        self.holder = holder
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path, *, command: str | None = None) -> DataDirLock:
        """Take the lock or raise `AlreadyRunning` naming the holder (never waits).

        `command` is what the holder's entry shows (default: the program and its first
        arguments; keep secrets out of it). OSError if the directory cannot be used.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise AlreadyRunning(data_dir, holder) from None
        except BaseException:
            os.close(fd)
            raise
        holder = LockHolder(
            pid=os.getpid(),
            host=socket.gethostname(),
            command=(command if command is not None else _command())[:_COMMAND_MAX],
            since=time.time(),
        )
        try:
            text = json.dumps(
                {
                    "pid": holder.pid,
                    "host": holder.host,
                    "command": holder.command,
                    "since": holder.since,
                }
            ).encode()
            os.ftruncate(fd, 0)
            os.pwrite(fd, text, 0)
            os.fsync(fd)
        except BaseException:
            os.close(fd)  # also drops the lock
            raise
        return cls(data_dir, fd, holder)

    @staticmethod
    def holder_of(data_dir: Path) -> LockHolder | None:
        """Who seems to hold `data_dir`'s lock (for `kiosk check`): informational only.

        Reads the holder's entry and checks that its pid runs on this host; it never tries
        the lock itself, which could make a kiosk starting at that instant refuse to run.
        """
        try:
            fd = os.open(data_dir / LOCK_FILE, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            holder = _read_holder(fd, attempts=1)
        finally:
            os.close(fd)
        if holder.pid is None or holder.host != socket.gethostname():
            return holder if holder.pid is not None else None
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # runs, as another user
        return holder

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _command() -> str:
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return " ".join([program, *sys.argv[1:3]])


def _read_holder(fd: int, *, attempts: int = 5) -> LockHolder:
    # The holder writes its entry right after it takes the lock: give it a moment.
    data: object = None
    for _ in range(attempts):
        try:
            data = json.loads(os.pread(fd, 4096, 0) or b"null")
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) or attempts == 1:
            break
        time.sleep(0.02)
    if not isinstance(data, dict):
        return LockHolder(None, None, None, None)

    def pick(key: str, kind: type) -> object:
        value = data.get(key) if isinstance(data, dict) else None
        return value if isinstance(value, kind) and not isinstance(value, bool) else None

    pid, host, command, since = (
        pick("pid", int),
        pick("host", str),
        pick("command", str),
        pick("since", int | float),  # type: ignore[arg-type]
    )
    return LockHolder(
        pid if isinstance(pid, int) else None,
        host if isinstance(host, str) else None,
        command if isinstance(command, str) else None,
        float(since) if isinstance(since, int | float) else None,
    )
