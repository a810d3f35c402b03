"""The asyncio loop on Qt's event loop: qasync's, with timers that leave Qt's enums alone.

qasync runs every `call_soon` / `call_later` handle on a Qt timer started with
`QObject.startTimer` and stopped with `QObject.killTimer(int)`. Since Qt 6.8, `killTimer` also
takes a `Qt.TimerId`, and PySide6 resolves that overload by creating the Python enums of the
whole `Qt` namespace at the first call: 20-38 ms of one core (125 M instructions, 8.7 % of
the kiosk's start to its first frame, issue 16), paid inside the first asyncio step, before
the menu is drawn. `QBasicTimer` starts and stops the same Qt timers without that overload,
so `KioskEventLoop` is qasync's loop with its timer object swapped for `_HandleTimers`.
Its timers are Qt's default coarse ones, as qasync's are: within 5 % of their delay.

qasync (pinned `<0.29` in pyproject.toml) keeps that object in `QEventLoop._timer` and calls
`add_callback`, `stop` and `set_debug` on it; tests/ui/test_event_loop.py checks the swap and
the order, delays and cancellation of handles.
"""

from __future__ import annotations

import asyncio

import qasync
from PySide6.QtCore import QBasicTimer, QObject, QTimerEvent


class _HandleTimers(QObject):
    """One single-shot Qt timer per asyncio handle, run on the GUI thread when it fires."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[int, tuple[QBasicTimer, asyncio.Handle]] = {}
        self._stopped = False

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer = QBasicTimer()
        timer.start(int(max(0.0, delay) * 1000), self)
        self._pending[timer.timerId()] = (timer, handle)
        return handle

    def timerEvent(self, event: QTimerEvent) -> None:
        entry = self._pending.pop(event.timerId(), None)
        if entry is None:
            return
        timer, handle = entry
        timer.stop()
        if not self._stopped and not handle.cancelled():
            handle._run()

    def stop(self) -> None:
        """The loop closed: pending handles are dropped as their timers fire."""
        self._stopped = True

    def set_debug(self, enabled: bool) -> None:
        """qasync times slow callbacks in debug mode; asyncio's own debug checks still run."""


class KioskEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's event loop whose `call_soon`/`call_later` timers are `_HandleTimers`."""

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self._timer = _HandleTimers()
