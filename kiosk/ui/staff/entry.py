"""The PIN pad (`staff.pin` in QML): dots only, the lockout countdown, one sign-in at a time.

The PIN lives here only until it is sent: it is never logged, and a wrong one is forgotten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.services.staff import SignInOutcome, StaffUser
from kiosk.ui.i18n import tr
from kiosk.ui.staff.ports import SignInPort
from kiosk.ui.staff.shell import StaffShell

log = logging.getLogger(__name__)

MAX_PIN_DIGITS = 12


class PinViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        shell: StaffShell,
        auth: SignInPort,
        *,
        signed_in: Callable[[StaffUser], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self._auth = auth
        self._signed_in = signed_in
        self._pin = ""
        self._message = ""
        self._locked_until = 0.0
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(1000)
        self._lock_tick.timeout.connect(self._on_lock_tick)

    def reset(self) -> None:
        """A fresh pad (staff mode opened): the lockout, if any, still runs."""
        self._pin = ""
        self._message = ""
        self._update_lock()

    def forget(self) -> None:
        """Staff mode left: forget the digits, stop the countdown."""
        self._pin = ""
        self._lock_tick.stop()
        self.changed.emit()

    def clear_lock(self) -> None:
        self._message = ""
        self._locked_until = 0.0
        self.changed.emit()

    def stage_locked(self, seconds: float) -> None:
        """The pad locked for `seconds` (screenshot mode only)."""
        self._pin = ""
        self._locked_until = self._shell.now() + seconds
        self._update_lock()

    @Property(int, notify=changed)
    def pinDots(self) -> int:
        return len(self._pin)

    @Property(str, notify=changed)
    def pinMessage(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def pinLocked(self) -> bool:
        return self._shell.now() < self._locked_until

    @Slot(str)
    def digit(self, value: str) -> None:
        self._shell.activity()
        if self.pinLocked or len(value) != 1 or not value.isdigit():
            return
        if len(self._pin) < MAX_PIN_DIGITS:
            self._pin += value
            if not self.pinLocked:
                self._message = ""
            self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._shell.activity()
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        self._shell.spawn("pin", self.submit_pin_async())

    async def submit_pin_async(self) -> SignInOutcome:
        pin, self._pin = self._pin, ""
        self.changed.emit()
        if self.pinLocked:
            return SignInOutcome.LOCKED
        async with self._shell.working():
            result = await self._auth.sign_in_async(pin)
        del pin
        outcome = result.outcome
        if outcome is SignInOutcome.SIGNED_IN and result.user is not None:
            self._message = ""
            self._signed_in(result.user)
        elif outcome is SignInOutcome.LOCKED:
            self._locked_until = self._shell.now() + result.seconds_left
            self._update_lock()
        elif outcome is SignInOutcome.NOT_ALLOWED:
            self._message = tr("This person may not open staff mode. Ask a manager.")
        elif outcome is SignInOutcome.NO_STAFF:
            self._message = tr(
                "No staff are set up yet. The installer adds them with: kiosk staff add NAME"
            )
        else:
            self._message = tr("That PIN is not right. Please try again.")
        self.changed.emit()
        return outcome

    def _update_lock(self) -> None:
        left = self._locked_until - self._shell.now()
        if left > 0:
            self._message = tr(
                "Too many wrong PINs. Try again in {seconds} s.", seconds=int(left + 0.999)
            )
            self._lock_tick.start()
        else:
            self._lock_tick.stop()
            if self._locked_until:
                self._message = ""
                self._locked_until = 0.0
        self.changed.emit()

    def _on_lock_tick(self) -> None:
        self._update_lock()
