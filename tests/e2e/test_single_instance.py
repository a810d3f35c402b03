"""One kiosk per data directory: a second `kiosk` on the same data dir exits non-zero at once,
naming the process that holds it, and the first one keeps running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.services.instance import EXIT_ALREADY_RUNNING, DataDirLock

pytestmark = pytest.mark.timeout(90)


def test_a_second_kiosk_on_the_same_data_dir_names_the_holder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    first = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while DataDirLock.holder_of(tmp_path / "data") is None:
            assert first.poll() is None, "the first kiosk exited"
            assert time.monotonic() < deadline, "the first kiosk never took the lock"
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "kiosk", "--demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == EXIT_ALREADY_RUNNING
        assert f"pid {first.pid}" in second.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.terminate()
        first.wait(30)
