"""A real window: the kiosk on an X server (Xvfb) through Qt's xcb plugin, not offscreen.

Proves the system libraries the README and install.sh list for a real window are enough (the
PySide6 wheel bundles Qt but not libxcb-cursor0, libxcb-keysyms1, ...): without one, Qt aborts
with "could not load the Qt platform plugin xcb" and the kiosk never reports READY=1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO, NotifySocket, run_kiosk_until_serving


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (.ci/run installs xvfb)")
    read, write = os.pipe()
    # a small screen: software GL on a shared CI machine, and the kiosk sizes itself to it
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "720x1280x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_kiosk_opens_a_real_window_on_x11(
    x_display: str, notify_socket: NotifySocket, tmp_path: Path
) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("KIOSK_", "WATCHDOG_")) and k not in ("WAYLAND_DISPLAY",)
    }
    env.update(
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(REPO),
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    states, stderr = run_kiosk_until_serving(
        [sys.executable, "-m", "kiosk", "--demo"], env, REPO, notify_socket
    )
    assert "READY=1" in states and states[-1] == "STOPPING=1", stderr[-3000:]
    assert "platform plugin" not in stderr and "QML" not in stderr, stderr[-3000:]
