"""The kiosk's asyncio loop: qasync's, with timers that do not make Qt's enums (issue 16)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop

from kiosk.ui.event_loop import KioskEventLoop, _HandleTimers
from tests.ui.conftest import qt_app


@pytest.fixture
def loop() -> Iterator[KioskEventLoop]:
    loop = KioskEventLoop(qt_app())
    yield loop
    loop.close()


def test_the_loop_runs_its_handles_on_the_kiosk_timers(loop: KioskEventLoop) -> None:
    timers = loop._timer
    assert isinstance(timers, _HandleTimers)
    ran: list[int] = []
    loop.call_soon(ran.append, 1)
    loop.call_later(0.005, ran.append, 2)
    assert len(timers._pending) == 1  # qasync hands its handles to this object
    loop.run_until_complete(asyncio.sleep(0.03))
    assert ran == [1, 2]
    assert timers._pending == {}


def test_call_soon_keeps_the_order_callbacks_were_given_in(loop: KioskEventLoop) -> None:
    ran: list[int] = []
    for i in range(200):
        loop.call_soon(ran.append, i)
    loop.run_until_complete(asyncio.sleep(0.02))
    assert ran == list(range(200))


def test_call_later_waits_its_delay_and_runs_in_time_order(loop: KioskEventLoop) -> None:
    ran: list[tuple[str, float]] = []
    start = loop.time()
    loop.call_later(0.06, lambda: ran.append(("late", loop.time() - start)))
    loop.call_later(0.02, lambda: ran.append(("early", loop.time() - start)))
    loop.call_soon(lambda: ran.append(("soon", loop.time() - start)))
    loop.run_until_complete(asyncio.sleep(0.15))
    assert [name for name, _ in ran] == ["soon", "early", "late"]
    # Qt's coarse timers (qasync's too) may fire up to 5 % early; never earlier than that
    assert ran[2][1] >= 0.06 * 0.95 - 0.002


def test_a_cancelled_handle_never_runs_and_leaves_nothing_behind(loop: KioskEventLoop) -> None:
    ran: list[str] = []
    handle = loop.call_later(0.01, ran.append, "cancelled")
    loop.call_later(0.02, ran.append, "kept")
    handle.cancel()
    loop.run_until_complete(asyncio.sleep(0.05))
    assert ran == ["kept"]
    assert loop._timer._pending == {}


@pytest.mark.parametrize("delay_s", [0, 0.005])
def test_stopped_timers_drop_what_fires_after(loop: KioskEventLoop, delay_s: float) -> None:
    """What qasync's close() asks for: handles that fire later are dropped, not run."""
    timers = _HandleTimers()
    ran: list[str] = []
    timers.add_callback(asyncio.Handle(ran.append, ("after close",), loop), delay_s)
    timers.add_callback(asyncio.Handle(ran.append, ("fired",), loop), 0.01)
    timers.stop()
    deadline = time.monotonic() + 5
    while timers._pending and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert timers._pending == {}  # the later one fired (so did the first, before it)
    assert ran == []


PROBE = textwrap.dedent(
    """
    import asyncio, enum, gc, sys
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    # what the kiosk imports before its first frame
    import kiosk.kiosk_app, kiosk.ui.factory, kiosk.ui.view, kiosk.ui.watchdog
    if sys.argv[1] == "kiosk":
        from kiosk.ui.event_loop import KioskEventLoop as Loop
    else:
        from qasync import QEventLoop as Loop
    loop = Loop(app)
    async def steps():
        for _ in range(3):
            await asyncio.sleep(0)
        await asyncio.sleep(0.01)
    loop.run_until_complete(steps())
    enums = [o.__qualname__ for o in gc.get_objects() if isinstance(o, enum.EnumType)]
    print(sum(n.startswith("Qt.") for n in enums), sum(n.startswith("QEvent.") for n in enums))
    """
)


def qt_enums_made(loop_kind: str) -> tuple[int, int]:
    """How many enums of the `Qt` namespace and of the `QEvent` class the probe has made."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, loop_kind],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    qt, qevent = done.stdout.strip().splitlines()[-1].split()
    return int(qt), int(qevent)


def test_the_kiosk_start_makes_no_enum_of_qt_namespace_and_qasync_alone_would() -> None:
    """PySide6 makes every enum of `Qt` at the first use of one (20-38 ms before the first
    frame), and `QEvent.Type` with the first event handed to Python (3-5 ms); the kiosk's
    modules and loop do neither, qasync's own timers (`killTimer`, `timerEvent`) do both."""
    assert qt_enums_made("kiosk") == (0, 0)
    qt, qevent = qt_enums_made("qasync")
    assert qt > 50
    assert qevent > 0
