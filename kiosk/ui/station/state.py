"""What every station view-model shares: the screen, who is signed in, the banner, the keypad.

The station's view-models (sign-in/till, sale, search, customers, discounts, payment, parked)
each do one job; they meet here. `StationState` is the root `station` object in QML (see
`kiosk.ui.station.viewmodel.StationViewModel`), so the top bar and the keypad bind to it while
each screen binds to its own view-model (`station.sale`, `station.pay`, ...).

Money typed on the keypad is in minor units ("1250" is 12.50 EUR, 1,250 JPY): the same keys
work for every currency and no decimal separator is needed. While a PIN is asked (sign-in, a
manager's approval) the digits go to the PIN instead.

Async: each slot schedules its ``*_async`` twin in a `TaskSlot` kept here by name, so tests
can await every task of the station (`tasks_running`, `_tasks`).
"""

from __future__ import annotations

from collections.abc import Coroutine
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.staff import StaffUser
from kiosk.services.station.desk import StationDesk
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.viewmodels.tasks import TaskSlot

MAX_PIN = 12
MAX_MONEY_DIGITS = 8


class StationScreen(StrEnum):
    SIGN_IN = "signIn"
    OPEN_TILL = "openTill"
    SALE = "sale"
    CUSTOMER = "customer"
    DISCOUNT = "discount"
    CASH = "cash"
    CARD = "card"
    PARKED = "parked"
    COUNTER = "counter"  # kiosk orders waiting to be paid at the counter
    ORDERS = "orders"  # today's orders: refunds and reprints
    CLOSE_TILL = "closeTill"
    DONE = "done"  # paid: change due, order number


class MessageKind(StrEnum):
    NONE = ""
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


class StationState(QObject):
    """The shared part of the station; see the module docstring."""

    changed = Signal()  # screen, user, busy, message
    pin_changed = Signal()
    entry_changed = Signal()  # the keypad entry and what depends on it

    def __init__(
        self, *, desk: StationDesk, locale: str = "en_GB", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.money = PriceFormatter(locale, desk.currency)
        self._screen = StationScreen.SIGN_IN
        self.user: StaffUser | None = None
        self._busy = False
        self._message = ""
        self._message_kind = MessageKind.NONE
        self.pin = ""
        self.entry = ""
        self.pin_wanted = False  # a manager's PIN is asked outside the sign-in screen
        self.percent_entry = False  # the discount screen types a percentage
        self._tasks: dict[str, TaskSlot] = {}

    # -- plumbing -----------------------------------------------------------------------------

    def run(self, name: str, coro: Coroutine[Any, Any, Any]) -> None:
        self._tasks.setdefault(name, TaskSlot(f"station.{name}")).start(coro)

    @property
    def tasks_running(self) -> bool:
        return any(slot.running for slot in self._tasks.values())

    def say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        self._message = text
        self._message_kind = kind if text else MessageKind.NONE
        self.changed.emit()

    def go(self, screen: StationScreen) -> None:
        self._screen = screen
        self.entry = ""
        self.entry_changed.emit()
        self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.changed.emit()

    def unreachable(self) -> None:
        self.say(
            tr("Final POS did not answer. Check the network, then try again."), MessageKind.ERROR
        )

    def take_pin(self) -> str:
        pin, self.pin = self.pin, ""
        self.pin_changed.emit()
        return pin

    def set_entry(self, entry: str) -> None:
        self.entry = entry
        self.entry_changed.emit()

    @property
    def desk(self) -> StationDesk:
        return self._desk

    @property
    def screen_enum(self) -> StationScreen:
        return self._screen

    @property
    def entry_minor(self) -> int:
        return int(self.entry or 0)

    # -- properties ---------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen.value

    screen = Property(str, _get_screen, notify=changed)

    def _get_user_name(self) -> str:
        return self.user.name if self.user else ""

    userName = Property(str, _get_user_name, notify=changed)

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=changed)

    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=changed)

    def _get_message_kind(self) -> str:
        return self._message_kind.value

    messageKind = Property(str, _get_message_kind, notify=changed)

    def _get_pin_dots(self) -> str:
        return "•" * len(self.pin)

    pinDots = Property(str, _get_pin_dots, notify=pin_changed)

    def _get_entry_text(self) -> str:
        if not self.entry:
            return ""
        if self._screen is StationScreen.DISCOUNT and self.percent_entry:
            return f"{Decimal(int(self.entry)).scaleb(-2):.2f} %"
        return self.money(self.entry_minor)

    entryText = Property(str, _get_entry_text, notify=entry_changed)

    # -- the keypad ---------------------------------------------------------------------------

    def _pin_mode(self) -> bool:
        return self._screen is StationScreen.SIGN_IN or self.pin_wanted

    @Slot(str)
    def digit(self, d: str) -> None:
        if not (d.isdigit() and len(d) == 1):
            return
        if self._pin_mode():
            if len(self.pin) < MAX_PIN:
                self.pin += d
                self.pin_changed.emit()
            return
        if len(self.entry) < MAX_MONEY_DIGITS and not (d == "0" and not self.entry):
            self.set_entry(self.entry + d)

    @Slot()
    def backspace(self) -> None:
        if self._pin_mode():
            self.pin = self.pin[:-1]
            self.pin_changed.emit()
        else:
            self.set_entry(self.entry[:-1])

    @Slot()
    def clearEntry(self) -> None:
        self.set_entry("")
