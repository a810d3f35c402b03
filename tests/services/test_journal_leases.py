"""Leases across processes: held in the journal, aged on the boot clock, void when the
holder dies or the machine reboots, deaf to wall-clock steps (issue 9, items 2 and 9)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.services.journal import Journal
from kiosk.services.journal.leases import boot_clock, read_boot_id, start_ticks

ROOT = Path(__file__).resolve().parents[2]

# A second kiosk-like process: takes and drops leases on command, with its wall clock
# optionally stepped (argv[2] seconds) to show that the wall clock decides nothing.
HOLDER = """
import sys, time
from pathlib import Path
from kiosk.services.journal import Journal
offset = float(sys.argv[2])
journal = Journal(Path(sys.argv[1]), clock=lambda: time.time() + offset)
print("ready", flush=True)
for line in sys.stdin:
    verb, cid, *rest = line.split()
    if verb == "lease":
        print("leased" if journal.lease(cid, ttl_s=float(rest[0])) else "refused", flush=True)
    elif verb == "release":
        journal.release(cid)
        print("released", flush=True)
"""


class Holder:
    def __init__(self, path: Path, wall_offset_s: float = 0.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), str(wall_offset_s)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask(None) == "ready"

    def ask(self, command: str | None) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if command is not None:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(30)

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    running = Holder(tmp_path / "j.sqlite3")
    yield running
    running.close()


def test_another_process_sees_a_live_lease_until_its_holder_dies(
    holder: Holder, tmp_path: Path
) -> None:
    path = tmp_path / "j.sqlite3"
    assert holder.ask("lease c1 900") == "leased"
    with Journal(path) as journal:
        assert journal.leased("c1", max_age_s=900)
        assert not journal.leased("c1", max_age_s=0)  # the reader's own age limit counts
        assert journal.lease("c1") is False  # not taken from a live holder
        [info] = journal.leases()
        assert (info.checkout_id, info.pid, info.held, info.ours) == (
            "c1",
            holder.process.pid,
            True,
            False,
        )
        assert 890 < info.expires_in_s <= 900
        holder.kill()  # SIGKILL: nothing released, the row stays behind
        assert not journal.leased("c1", max_age_s=900)
        assert journal.lease("c1") is True  # a restarted kiosk takes it at once
        assert [(i.ours, i.held) for i in journal.leases()] == [(True, True)]


def test_a_released_lease_is_gone_for_everyone(holder: Holder, tmp_path: Path) -> None:
    assert holder.ask("lease c1 900") == "leased"
    with Journal(tmp_path / "j.sqlite3") as journal:
        assert journal.leased("c1", max_age_s=900)
        journal.release("c1")  # not ours: left alone
        assert journal.leased("c1", max_age_s=900)
        assert holder.ask("release c1") == "released"
        assert not journal.leased("c1", max_age_s=900)
        assert journal.leases() == []


def test_expiry_is_on_the_boot_clock_and_a_reboot_ends_it(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    # the holder's wall clock is two hours slow: it decides nothing
    slow = Holder(path, wall_offset_s=-2 * 3600)
    try:
        assert slow.ask("lease c1 60") == "leased"
        with Journal(path, clock=lambda: time.time() + 20 * 60) as ahead:  # +20 min wall
            assert ahead.leased("c1", max_age_s=900)
            assert abs(ahead.leases()[0].since - (time.time() - 2 * 3600)) < 60
        with Journal(path, boot_clock=lambda: boot_clock() + 61) as later:
            assert not later.leased("c1", max_age_s=900)  # its own 60 s expiry passed
        with Journal(path, boot_id="a-later-boot") as rebooted:
            assert not rebooted.leased("c1", max_age_s=900)
            assert rebooted.lease("c1") is True
    finally:
        slow.close()


def test_a_lease_from_an_earlier_boot_is_pruned_on_open(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path, boot_id="boot-1") as first:
        first.lease("c1")
    with Journal(path, boot_id="boot-2") as second:
        assert second.leases() == []


def test_the_process_clocks_are_readable_here() -> None:
    # The kiosk runs on Linux: the boot id, the boot clock and process start times exist.
    assert len(read_boot_id()) == 36
    assert boot_clock() > 0
    assert start_ticks(os.getpid()) is not None
    assert start_ticks(2**22 + 1) is None  # above pid_max: never a running process


def test_a_reused_pid_is_not_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as mine:
        mine.lease("c1")
        mine._db.execute("UPDATE leases SET owner = 'gone', pid_start = pid_start - 1")
        with Journal(path) as other:
            assert not other.leased("c1", max_age_s=900)
