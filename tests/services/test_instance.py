"""One kiosk per data directory (issue 9, item 2), proven with real processes."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.services.instance import (
    EXIT_ALREADY_RUNNING,
    LOCK_FILE,
    AlreadyRunning,
    DataDirLock,
)

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# What the app does at start (the lead wires it): take the lock or exit naming the holder.
KIOSK = """
import subprocess, sys
from pathlib import Path
from kiosk.services.instance import EXIT_ALREADY_RUNNING, AlreadyRunning, DataDirLock
try:
    lock = DataDirLock.acquire(Path(sys.argv[1]), command="kiosk --fullscreen")
except AlreadyRunning as exc:
    print(exc, file=sys.stderr)
    sys.exit(EXIT_ALREADY_RUNNING)
if "--spawn-child" in sys.argv:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    print(child.pid, flush=True)
print("running", flush=True)
sys.stdin.readline()
"""


def _start(data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", KIOSK, str(data_dir), *extra],
        cwd=ROOT,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _close(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(30)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def first(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    process = _start(tmp_path)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "running"
    yield process
    _close(process)


def test_a_second_kiosk_exits_non_zero_naming_the_holder(
    first: subprocess.Popen[str], tmp_path: Path
) -> None:
    second = _start(tmp_path)
    try:
        _out, err = second.communicate(timeout=60)
    finally:
        _close(second)
    assert second.returncode == EXIT_ALREADY_RUNNING
    assert f"pid {first.pid}" in err
    assert os.uname().nodename in err
    assert "(kiosk --fullscreen)" in err and "since 20" in err
    assert first.poll() is None  # the first one is untouched


def test_the_holder_is_named_in_the_exception_and_for_kiosk_check(
    first: subprocess.Popen[str], tmp_path: Path
) -> None:
    with pytest.raises(AlreadyRunning) as raised:
        DataDirLock.acquire(tmp_path)
    holder = raised.value.holder
    assert (holder.pid, holder.command) == (first.pid, "kiosk --fullscreen")
    assert holder.since is not None and abs(holder.since - time.time()) < 120
    assert DataDirLock.holder_of(tmp_path) == holder
    assert stat.S_IMODE((tmp_path / LOCK_FILE).stat().st_mode) == 0o600


def test_a_killed_kiosk_leaves_no_stale_lock(first: subprocess.Popen[str], tmp_path: Path) -> None:
    os.kill(first.pid, signal.SIGKILL)
    first.wait(30)
    assert DataDirLock.holder_of(tmp_path) is None  # its entry names a dead pid
    with DataDirLock.acquire(tmp_path) as lock:  # at once, nothing to clean up
        assert lock.held and lock.holder.pid == os.getpid()
        assert DataDirLock.holder_of(tmp_path) == lock.holder
    assert not lock.held
    with DataDirLock.acquire(tmp_path):  # released: free again
        pass


def test_a_child_process_does_not_keep_the_lock(tmp_path: Path) -> None:
    parent = _start(tmp_path, "--spawn-child")
    child_pid = None
    try:
        assert parent.stdout is not None
        child_pid = int(parent.stdout.readline())
        assert parent.stdout.readline().strip() == "running"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(30)
        os.kill(child_pid, 0)  # the child still runs ...
        with DataDirLock.acquire(tmp_path):  # ... and does not hold the lock
            pass
    finally:
        if child_pid is not None:
            os.kill(child_pid, signal.SIGKILL)
        _close(parent)
