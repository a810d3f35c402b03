"""The keep-alive is fed by the Qt event loop: a blocked loop stops it, so systemd restarts us."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.ui.watchdog import ServiceNotifier
from tests.packaging.conftest import REPO, NotifySocket, run_kiosk_until_serving

WATCHDOG_S = 1.0
BLOCK_S = 2.5

# A kiosk-shaped process: Qt loop, ServiceNotifier, then a UI handler that blocks for BLOCK_S.
CHILD = f"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from kiosk import systemd
from kiosk.ui.watchdog import ServiceNotifier

app = QGuiApplication([])
service = ServiceNotifier()
service.ready_when(lambda: True)

def freeze():
    systemd.notify("STATUS=blocking")
    time.sleep({BLOCK_S})  # a blocking call on the GUI thread
    systemd.notify("STATUS=unblocked")

QTimer.singleShot(1500, freeze)
QTimer.singleShot(1500 + {int(BLOCK_S * 1000)} + 1200, app.quit)
app.exec()
service.stopping()
"""


def test_blocked_event_loop_stops_the_keep_alives(notify_socket: NotifySocket) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.update(NOTIFY_SOCKET=str(notify_socket.path), WATCHDOG_USEC=str(int(WATCHDOG_S * 1e6)))
    env.pop("WATCHDOG_PID", None)
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stderr=subprocess.PIPE)
    try:
        notify_socket.drain(until=time.monotonic() + 60, stop_on="STOPPING=1")
    finally:
        _, stderr = child.communicate(timeout=30)
    assert child.returncode == 0, stderr.decode()[-2000:]
    notify_socket.drain(until=time.monotonic() + 0.1)
    states = notify_socket.states()
    assert states[0] == "READY=1" and states[-1] == "STOPPING=1", states

    marks = {line: t for t, line in notify_socket.received if line.startswith("STATUS=block")}
    marks.update({line: t for t, line in notify_socket.received if line == "STATUS=unblocked"})
    blocked_at, unblocked_at = marks["STATUS=blocking"], marks["STATUS=unblocked"]
    pings = [t for t, line in notify_socket.received if line == "WATCHDOG=1"]
    before = [t for t in pings if t < blocked_at]
    during = [t for t in pings if blocked_at < t < unblocked_at]
    after = [t for t in pings if t > unblocked_at]

    # healthy: keep-alives at half the interval, never a gap systemd would act on
    assert len(before) >= 3
    assert max(b - a for a, b in itertools.pairwise(before)) < WATCHDOG_S
    # frozen: not one keep-alive, so the gap exceeds the interval and systemd would restart us
    assert during == []
    last_before, first_after = before[-1], after[0]
    assert first_after - last_before > WATCHDOG_S
    # the loop runs again, so the keep-alives come back
    assert len(after) >= 2


def test_the_kiosk_reports_ready_keeps_alive_and_stopping(
    notify_socket: NotifySocket, tmp_path: Path
) -> None:
    """`kiosk --demo` under a fake systemd: READY=1 once shown, WATCHDOG=1, STOPPING=1 on TERM."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "WATCHDOG_"))}
    env.update(
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    states, _ = run_kiosk_until_serving(
        [sys.executable, "-m", "kiosk", "--demo"], env, REPO, notify_socket
    )
    assert states[:2] == ["READY=1", "STATUS=serving customers"], states
    assert states.count("WATCHDOG=1") >= 2 and states[-1] == "STOPPING=1", states


class _Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, ...]] = []

    def __call__(self, *states: str, env: object = None) -> bool:
        self.sent.append(states)
        return True


def _notifier(env: dict[str, str]) -> tuple[ServiceNotifier, _Recorder]:
    recorder = _Recorder()
    notifier = ServiceNotifier(env=env, notify=recorder)
    return notifier, recorder


def test_ready_waits_for_the_first_frame(qtbot: QtBot) -> None:
    notifier, sent = _notifier({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "200000"})
    shown = False
    notifier.ready_when(lambda: shown)
    qtbot.wait(300)
    assert sent.sent == []  # no frame yet: systemd keeps the unit "activating"
    shown = True
    qtbot.waitUntil(lambda: notifier.pings >= 2, timeout=3000)
    assert sent.sent[0] == ("READY=1", "STATUS=serving customers")
    notifier.stopping()
    assert sent.sent[-1] == ("STOPPING=1",)
    count = len(sent.sent)
    qtbot.wait(300)
    assert len(sent.sent) == count  # no keep-alive after STOPPING=1


def test_a_watchdog_meant_for_another_process_gets_no_keep_alives(qtbot: QtBot) -> None:
    # Neither this process nor its parent (an orphaned test run's parent is PID 1).
    other = next(pid for pid in (1, 2, 3) if pid not in (os.getpid(), os.getppid()))
    env = {"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "100000", "WATCHDOG_PID": str(other)}
    notifier, sent = _notifier(env)
    notifier.ready_when(lambda: True)
    qtbot.waitUntil(lambda: notifier.ready, timeout=3000)
    qtbot.wait(300)
    assert sent.sent == [("READY=1", "STATUS=serving customers")]


def test_outside_systemd_nothing_is_sent(qtbot: QtBot) -> None:
    notifier, sent = _notifier({})
    notifier.ready_when(lambda: True)
    qtbot.wait(200)
    notifier.stopping()
    assert sent.sent == [] and not notifier.enabled
