"""What every staff view-model shares: the screen, the signed-in person, busy, the last
message, the one confirmation and the owned tasks (`StaffShell`).

`StaffViewModel` (viewmodel.py) is the shell plus the mode (open, leave, idle, navigation);
the view-models of each job (entry.py, till.py, report.py, orders.py, attention.py,
controls.py) get the shell and speak through it: `ask` before anything that changes money or
data, `say` what happened, `permitted` before acting, `working` around a service call,
`spawn` for a task the shell owns (a new refresh cancels the previous one of its name; an
action is never cancelled by another tap).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.staff import StaffAction, StaffUser
from kiosk.ui.i18n import tr
from kiosk.ui.viewmodels.tasks import TaskSlot


class StaffScreen(StrEnum):
    PIN = "pin"
    HOME = "home"
    TILL = "till"
    CLOSE_REPORT = "closeReport"
    ORDERS = "orders"
    ORDER_DETAIL = "orderDetail"
    REFUND = "refund"
    ATTENTION = "attention"
    READER = "reader"
    ORDERING = "ordering"


def clock_text(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).astimezone().strftime("%H:%M")


class StaffShell(QObject):
    """`staff` in QML: screen, user, busy, message and confirmation (see the module docstring)."""

    changed = Signal()  # screen, user, busy, message, confirmation

    def __init__(
        self, *, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._screen = StaffScreen.PIN
        self._active = False
        self._user: StaffUser | None = None
        self._busy = False
        self._message = ""
        self._message_error = False
        self._confirm_text = ""
        self._confirm_button = ""
        self._pending: Callable[[], Awaitable[object]] | None = None
        self._tasks: dict[str, TaskSlot] = {}

    def now(self) -> float:
        return self._clock()

    # -- properties ---------------------------------------------------------------------
    @Property(bool, notify=changed)
    def active(self) -> bool:
        return self._active

    @Property(str, notify=changed)
    def screen(self) -> str:
        return self._screen.value

    @property
    def current_screen(self) -> StaffScreen:
        return self._screen

    @property
    def user(self) -> StaffUser | None:
        return self._user

    @Property(str, notify=changed)
    def userName(self) -> str:
        return self._user.name if self._user else ""

    @Property(str, notify=changed)
    def roleName(self) -> str:
        return self._user.role.name if self._user else ""

    def allowed(self, action: StaffAction) -> bool:
        return self._user is not None and self._user.role.allows(action)

    @Slot(str, result=bool)
    def can(self, action: str) -> bool:
        try:
            return self.allowed(StaffAction(action))
        except ValueError:
            return False

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def messageIsError(self) -> bool:
        return self._message_error

    @Property(bool, notify=changed)
    def confirmVisible(self) -> bool:
        return self._pending is not None

    @Property(str, notify=changed)
    def confirmText(self) -> str:
        return self._confirm_text

    @Property(str, notify=changed)
    def confirmButton(self) -> str:
        return self._confirm_button

    # -- activity and navigation (the mode overrides both) ----------------------------------
    @Slot()
    def activity(self) -> None:
        """A touch in staff mode (StaffViewModel restarts its idle clock)."""

    def show(self, screen: StaffScreen) -> None:
        """Show `screen` without refreshing it."""
        if screen != self._screen:
            self._screen = screen
        self.changed.emit()

    # -- confirmation and results ---------------------------------------------------------
    def ask(self, text: str, button: str, action: Callable[[], Awaitable[object]]) -> None:
        self._confirm_text = text
        self._confirm_button = button
        self._pending = action
        self._message = ""
        self.changed.emit()

    @Slot()
    def confirm(self) -> None:
        self.spawn("action", self.confirm_async())

    async def confirm_async(self) -> None:
        action, self._pending = self._pending, None
        self.changed.emit()
        if action is not None:
            await action()

    @Slot()
    def cancelConfirm(self) -> None:
        self._pending = None
        self.changed.emit()

    def say(self, text: str, *, error: bool = False) -> None:
        self._message = text
        self._message_error = error
        self.changed.emit()

    def clear_message(self) -> None:
        self._message = ""

    def unreachable(self, what: str) -> None:
        self.say(
            tr(
                "{what} Final POS or the card service did not answer. "
                "Check the network, then try again.",
                what=what,
            ),
            error=True,
        )

    def permitted(self, action: StaffAction) -> bool:
        if self.allowed(action):
            return True
        self.say(tr("Your role cannot do this. Please ask a manager."), error=True)
        return False

    @contextlib.asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        self._busy = True
        self.changed.emit()
        try:
            yield
        finally:
            self._busy = False
            self.changed.emit()

    def spawn(self, name: str, coro: Coroutine[Any, Any, Any]) -> None:
        """Run `coro` in the named slot: refreshes replace each other (newest wins), but an
        action (money or data) is never cancelled by another tap: that tap is ignored."""
        slot = self._tasks.get(name)
        if slot is None:
            slot = self._tasks[name] = TaskSlot(f"staff {name}")
        if name == "action" and slot.running:
            coro.close()
            return
        slot.start(coro)
