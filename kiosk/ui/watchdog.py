"""Tell systemd the kiosk is up, and keep telling it from the Qt event loop.

`ServiceNotifier` sends READY=1 once the window has shown its first frame, then WATCHDOG=1 from a
`QTimer` on the GUI thread. The keep-alive is fed by the same loop that draws the screen and runs
the asyncio tasks (qasync), so a UI frozen by a blocking call or a deadlock stops the keep-alives
and systemd restarts the kiosk (``WatchdogSec=`` in the unit), not only when the process dies.
A thread would keep pinging through a frozen UI, which is exactly what this must not do.

Without ``NOTIFY_SOCKET`` (run by hand, tests, screenshots) nothing is created and every call is
a no-op.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer

from kiosk import systemd

log = logging.getLogger(__name__)

READY_POLL_MS = 100  # how often to look for the first frame before READY=1
MIN_PING_MS = 50


class ServiceNotifier(QObject):
    """READY=1 after the first frame, WATCHDOG=1 every half interval, STOPPING=1 at exit."""

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        notify: Callable[..., bool] = systemd.notify,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = dict(os.environ if env is None else env)
        self._notify = notify
        self.enabled = bool(self._env.get("NOTIFY_SOCKET"))
        self.watchdog_s = systemd.watchdog_interval_s(self._env) if self.enabled else None
        self.ready = False
        self.pings = 0
        self._is_shown: Callable[[], bool] = lambda: False
        self._timer: QTimer | None = None

    def ready_when(self, is_shown: Callable[[], bool]) -> None:
        """Send READY=1 once `is_shown()` is true, then start the watchdog keep-alives."""
        if not self.enabled or self._timer is not None:
            return
        self._is_shown = is_shown
        # a coarse timer (Qt's default, within 5 %) is plenty at half the watchdog interval
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(READY_POLL_MS)

    def _on_timer_timeout(self) -> None:
        assert self._timer is not None
        if not self.ready:
            if not self._is_shown():
                return
            self.ready = True
            self._notify(systemd.READY, "STATUS=serving customers", env=self._env)
            if self.watchdog_s is None:
                self._timer.stop()
                return
            interval_ms = max(MIN_PING_MS, int(self.watchdog_s * 1000 / 2))
            log.info("systemd watchdog: keep-alive every %d ms", interval_ms)
            self._timer.start(interval_ms)
        self.pings += 1
        self._notify(systemd.WATCHDOG, env=self._env)

    def stopping(self) -> None:
        """Stop the keep-alives and tell systemd the exit is on purpose."""
        if self._timer is not None:
            self._timer.stop()
        if self.enabled:
            self._notify(systemd.STOPPING, env=self._env)
