"""The asyncio loop on Qt's event loop: qasync's, with timers that leave Qt's enums alone.

qasync runs every `call_soon` / `call_later` handle on a Qt timer started with
`QObject.startTimer` and stopped with `QObject.killTimer(int)`. Since Qt 6.8, `killTimer` also
takes a `Qt.TimerId`, and PySide6 resolves that overload by creating the Python enums of the
whole `Qt` namespace at the first call: 20-38 ms of one core (125 M instructions, 8.7 % of
the kiosk's start to its first frame, issue 16), paid inside the first asyncio step, before
the menu is drawn. A Python `timerEvent` costs one more: the `QTimerEvent` it is handed makes
PySide6 create the `QEvent` class and its `QEvent.Type` enum (14 M instructions, 3-5 ms).

So `KioskEventLoop` is qasync's loop with its timer object swapped for `_HandleTimers`, which
never sees an event: a handle due now (`call_soon`, most of them) is posted with
`QTimer.singleShot(0, ...)` (a queued call, run in the order posted; 3x cheaper than a timer),
a later one gets a single-shot `QTimer` whose `timeout` runs it. `QTimer.singleShot(ms, ...)`
would do for those too, but it slows down with the number pending (1.6 s for 5,000 pending
1 ms timers against 0.13 s for `QTimer` objects). The timers are Qt's defaults, as qasync's
are: within 5 % of their delay.

qasync (pinned `<0.29` in pyproject.toml) keeps that object in `QEventLoop._timer` and calls
`add_callback`, `stop` and `set_debug` on it; tests/ui/test_event_loop.py checks the swap and
the order, delays and cancellation of handles.
"""

from __future__ import annotations

import asyncio
from functools import partial

import qasync
from PySide6.QtCore import QObject, QTimer


class _HandleTimers(QObject):
    """Runs each asyncio handle on the GUI thread when it is due."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[QObject, asyncio.Handle] = {}  # later handles, by their timer
        self._stopped = False

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        delay_ms = int(max(0.0, delay) * 1000)
        if delay_ms == 0:
            QTimer.singleShot(0, partial(self._run, handle))
            return handle
        timer = QTimer(self)
        timer.setSingleShot(True)
        # A method of this object, found by `sender()`: a callable holding this object would
        # keep it alive through its own child, and its last reference could then go inside
        # that child's destructor (a double delete).
        timer.timeout.connect(self._on_timer_timeout)
        timer.start(delay_ms)
        self._pending[timer] = handle
        return handle

    def _on_timer_timeout(self) -> None:
        timer = self.sender()
        handle = self._pending.pop(timer, None)
        timer.deleteLater()  # not now: it is emitting this very signal
        if handle is not None:
            self._run(handle)

    def _run(self, handle: asyncio.Handle) -> None:
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
