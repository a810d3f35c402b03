"""The customer kiosk's "Are you still there?" countdown: a quiet spell, then seconds to answer.

`AppViewModel` owns one and says where it may ask (the browsing screens, never attract,
payment or confirmation); its `idleVisible` / `idleSecondsLeft` read this clock, and
`idle_changed` is emitted through `changed`. Accessibility mode scales both spans.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class IdleClock:
    """Two timers: `timer` fires after the quiet spell, `tick` counts the answer down.

    Not a QObject (the app's properties stay where QML binds them); its timers are the
    app's children, so they stop with it.
    """

    def __init__(
        self,
        parent: QObject,
        *,
        timeout_s: float,
        countdown_s: float,
        may_ask: Callable[[], bool],
        changed: Callable[[], None],
        expired: Callable[[], None],
    ) -> None:
        self._timeout_s = timeout_s
        self._countdown_s = countdown_s
        self._may_ask = may_ask
        self._changed = changed
        self._expired = expired
        self._factor = 1.0
        self.seconds_left = 0
        self.shown = False
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(timeout_s * 1000))
        self.timer.timeout.connect(self.ask)
        self.tick = QTimer(parent)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)

    def arm(self) -> None:
        """(Re)start the quiet spell, unless the question is already showing."""
        if not self.shown:
            self.timer.start()

    def ask(self) -> None:
        """The quiet spell is over: show the question and count down (if the screen may)."""
        if not self._may_ask():
            return
        self.seconds_left = math.ceil(self._countdown_s * self._factor)
        self.shown = True
        self.tick.start()
        self._changed()

    def answered(self) -> None:
        """ "I'm still here": hide the question; the caller re-arms where the screen may ask."""
        self.tick.stop()
        self.shown = False
        self._changed()

    def stop(self) -> None:
        self.timer.stop()
        self.tick.stop()
        if self.shown:
            self.shown = False
            self._changed()

    def stage(self, seconds_left: int) -> None:
        """Show the question frozen at `seconds_left` (screenshot mode)."""
        self.timer.stop()
        self.seconds_left = seconds_left
        self.shown = True
        self._changed()

    def scale(self, factor: float) -> None:
        """`factor` times longer before asking, and to answer."""
        self._factor = factor
        self.timer.setInterval(int(self._timeout_s * factor * 1000))

    def _on_tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self.tick.stop()
            self.shown = False
            self._changed()
            self._expired()
            return
        self._changed()
