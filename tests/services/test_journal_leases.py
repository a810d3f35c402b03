"""Leases across processes: held in the journal, aged on the boot clock, void when the
holder dies or the machine reboots, deaf to wall-clock steps (issue 9, items 2 and 9)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.services.journal import JOURNAL_FILE, Journal
from kiosk.services.journal.leases import boot_clock, read_boot_id, start_ticks
from tests.services.harness import Stack, build_services, check_invariants

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
        assert 600 < info.expires_in_s <= 900  # on the boot clock, from the holder's ttl
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


async def test_recovery_in_another_process_leaves_a_live_payment_alone(
    stack: Stack, tmp_path: Path
) -> None:
    """Issue 9 item 2: B's recovery cancelled A's payment while the customer stood at the
    reader. Now B skips it while A runs, and settles it as soon as A is killed."""
    stack.reader_mode(auto_present_after_s=None)  # the customer has not tapped yet
    data_dir = tmp_path / "kiosk"
    kiosk_a = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.services.crash_worker",
        "checkout",
        "--config",
        stack.config.to_json(),
        "--data-dir",
        str(data_dir),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        cid = await _wait_for_collecting(data_dir)
        async with build_services(stack.config, data_dir) as kiosk_b:
            report = await kiosk_b.recovery.recover_async()
            assert report.skipped == [cid]
            [intent] = [i for i in stack.intents() if i["metadata"]["checkout_id"] == cid]
            assert intent["status"] == "requires_payment_method"  # still payable
            kiosk_a.kill()
            await kiosk_a.wait()
            for _ in range(10):
                report = await kiosk_b.recovery.recover_async()
                if report.clean:
                    break
            assert report.canceled == [cid]
    finally:
        if kiosk_a.returncode is None:
            kiosk_a.kill()
            await kiosk_a.wait()
    assert check_invariants(stack, [cid]).violations == []


async def _wait_for_collecting(data_dir: Path) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (data_dir / JOURNAL_FILE).exists():
            with Journal.in_dir(data_dir) as journal:
                found = [e for e in journal.unfinished() if e.step is Step.COLLECTING]
            if found:
                return found[0].checkout_id
        await asyncio.sleep(0.1)
    raise AssertionError("kiosk A never reached the reader")
