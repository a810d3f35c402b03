"""Which mode shows (the customer kiosk or staff mode), and the way from one to the other.

`AppViewModel` owns one `ModeSwitch`; its `mode`, `staff` and `staffAskVisible` read it and
`mode_changed` is emitted through `changed`. Staff mode's own screens and view-models are in
`kiosk/ui/staff`: this only opens it, hears that it closed, and that it paused ordering.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.staff.viewmodel import StaffViewModel

log = logging.getLogger(__name__)


class AppMode(StrEnum):
    """Each mode owns its screen stack; `AppViewModel.mode` says which one shows."""

    CUSTOMER = "customer"
    STAFF = "staff"


class ModeSwitch:
    """Never into staff mode while a customer pays; with a cart, only once staff confirmed
    (the customer's order is cleared); straight in when the kiosk is out of order."""

    def __init__(
        self,
        *,
        screen: Callable[[], str],
        cart_empty: Callable[[], bool],
        leave_customer: Callable[[], None],
        back_to_customer: Callable[[], None],
        changed: Callable[[], None],
        paused_changed: Callable[[], None],
    ) -> None:
        self._screen = screen
        self._cart_empty = cart_empty
        self._leave_customer = leave_customer
        self._back_to_customer = back_to_customer
        self._changed = changed
        self._paused_changed = paused_changed
        self.mode = AppMode.CUSTOMER
        self.staff: StaffViewModel | None = None
        self.asking = False  # "clear this customer's order?" shows
        self.paused = False  # staff paused ordering

    def attach(self, staff: StaffViewModel) -> None:
        self.staff = staff
        staff.left.connect(self._on_staff_left)
        staff.ordering_paused_changed.connect(self.set_paused)
        self._changed()

    def activity(self) -> bool:
        """A touch: True when staff mode shows (its own idle clock restarts)."""
        if self.mode is AppMode.STAFF and self.staff is not None:
            self.staff.activity()
            return True
        return False

    def request(self) -> None:
        if self.staff is None or self.mode is AppMode.STAFF:
            return
        screen = self._screen()
        if screen == "payment":
            log.info("staff mode refused: a customer is paying")
            return
        if not self._cart_empty() and screen != "confirmation":
            self.asking = True
            self._changed()
            return
        self._enter()

    def confirm(self) -> None:
        if self.asking and self._screen() != "payment":
            self._enter()

    def cancel(self) -> None:
        self.asking = False
        self._changed()

    def set_paused(self, paused: bool) -> None:
        if paused != self.paused:
            self.paused = paused
            self._paused_changed()

    def _enter(self) -> None:
        assert self.staff is not None
        self.asking = False
        self._leave_customer()
        self.mode = AppMode.STAFF
        self.staff.open()
        self._changed()

    def _on_staff_left(self) -> None:
        if self.mode is AppMode.STAFF:
            self.mode = AppMode.CUSTOMER
            self._changed()
            self._back_to_customer()
