"""The confirmation screen: what was ordered, the number, and a visible way back to the start.

Issue 14, defect 9: the screen used to go home after a fixed time with nothing to show for
it. It now lists the order (lines with quantities, options and notes, the total, eat-in or
take-away with the table number) and counts down the seconds left before the next customer's
start screen; "Done" leaves now, "More time" adds `MORE_TIME_S`. The countdown stands still
while a receipt choice is open (the email keyboard, a QR code to scan), because a customer
typing or scanning is not gone; if nobody touches the screen for `PAUSED_IDLE_S` it resumes,
so a kiosk is never left on one customer's receipt.

A pay-at-counter order (`pay_at_counter`) shows the same summary with "Please pay at the
counter" instead of "on its way".
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.pricing import Totals
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr, tr_n
from kiosk.ui.models.menu import CartLineListModel
from kiosk.ui.viewmodels.menu import initial_of
from kiosk.ui.viewmodels.receipt import ReceiptState, ReceiptViewModel

MORE_TIME_S = 30
MAX_SECONDS = 180  # "More time" never keeps the kiosk longer than this from now
PAUSED_IDLE_S = 90  # a paused countdown resumes after this long without a touch
# The receipt states in which the customer is busy with a receipt: the countdown waits.
_PAUSING = frozenset({ReceiptState.EMAIL, ReceiptState.SENDING, ReceiptState.QR})


class ConfirmationViewModel(QObject):
    """`app.confirmation` in QML; see the module docstring."""

    changed = Signal()
    countdown_changed = Signal()
    expired = Signal()  # the countdown reached zero: the app goes back to the start

    def __init__(
        self,
        locale: Callable[[], str],
        receipt: ReceiptViewModel,
        seconds: float,
        parent: QObject | None = None,
        *,
        name_of: Callable[[CartLine], str] = lambda line: line.name,
    ) -> None:
        super().__init__(parent)
        self._locale = locale  # the customer's language now (prices follow it)
        self._name_of = name_of  # the line's product in that language (the cart's rule)
        self._fmt = PriceFormatter(locale(), "EUR")
        self._receipt = receipt
        self._seconds = max(1, math.ceil(seconds))
        self._lines = CartLineListModel(self)
        self._cart: Cart | None = None
        self._totals: Totals | None = None
        self._number = ""
        self._at_counter = False
        self._left = 0
        self._active = False
        self._paused = False
        self._paused_idle = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        receipt.changed.connect(self._on_receipt_changed)

    # -- the order ----------------------------------------------------------------------
    @Property(str, notify=changed)
    def orderNumber(self) -> str:
        return self._number

    @Property(bool, notify=changed)
    def payAtCounter(self) -> bool:
        return self._at_counter

    @Property(QObject, constant=True)
    def lines(self) -> CartLineListModel:
        return self._lines

    @Property(int, notify=changed)
    def lineCount(self) -> int:
        return len(self._cart.lines) if self._cart else 0

    @Property(str, notify=changed)
    def countText(self) -> str:
        return tr_n("%n item(s)", self._cart.count) if self._cart else ""

    @Property(str, notify=changed)
    def total(self) -> str:
        return self._fmt(self._totals.total_minor) if self._totals else ""

    @Property(str, notify=changed)
    def orderTypeText(self) -> str:
        cart = self._cart
        if cart is None:
            return ""
        kind = {"eat_in": tr("Eat in"), "take_away": tr("Take away")}.get(cart.order_type or "")
        if cart.table_number:
            if kind:
                return tr("{order_type}, table {number}", order_type=kind, number=cart.table_number)
            return tr("Table {number}", number=cart.table_number)
        return kind or ""

    @Property(str, notify=changed)
    def headline(self) -> str:
        return tr("Please pay at the counter") if self._at_counter else tr("Thank you!")

    @Property(str, notify=changed)
    def message(self) -> str:
        if self._at_counter:
            return tr(
                "Your order is in, not yet paid. Go to the counter, give your number {number} "
                "and pay there.",
                number=self._number,
            )
        return tr("Your order is on its way. Please wait for your number to be called.")

    # -- the countdown --------------------------------------------------------------------
    @Property(int, notify=countdown_changed)
    def secondsLeft(self) -> int:
        return self._left

    @Property(bool, notify=countdown_changed)
    def paused(self) -> bool:
        return self._paused

    @Property(str, notify=countdown_changed)
    def countdownText(self) -> str:
        if self._paused:
            return tr("Take your time")
        return tr("Back to the start in {seconds} s", seconds=self._left)

    @Property(bool, notify=countdown_changed)
    def canHaveMoreTime(self) -> bool:
        return self._active and self._left + MORE_TIME_S <= MAX_SECONDS

    @property
    def active(self) -> bool:
        return self._active

    def show(
        self, order_number: str, cart: Cart, totals: Totals, *, pay_at_counter: bool = False
    ) -> None:
        """An order was placed: show its summary and start counting down."""
        self._number = order_number
        self._cart = cart
        self._totals = totals
        self._at_counter = pay_at_counter
        self._publish()
        self._left = self._seconds
        self._active = True
        self._paused_idle = 0
        self._paused = self._receipt_busy()
        self._tick.start()
        self.countdown_changed.emit()

    def stop(self) -> None:
        """The screen is left (Done, the countdown, staff): forget the order."""
        self._tick.stop()
        self._active = False
        self._paused = False
        self._left = 0
        self._number = ""
        self._cart = None
        self._totals = None
        self._at_counter = False
        self._lines.update_rows([])
        self.changed.emit()
        self.countdown_changed.emit()

    def hold(self) -> None:
        """Freeze the countdown where it is (screenshot mode)."""
        self._tick.stop()

    @Slot()
    def moreTime(self) -> None:
        if self.canHaveMoreTime:
            self._left += MORE_TIME_S
            self._paused_idle = 0
            self.countdown_changed.emit()

    def touched(self) -> None:
        """Any touch on the screen: a paused countdown waits longer for the customer."""
        self._paused_idle = 0

    def retranslate(self) -> None:
        self._publish()
        self.countdown_changed.emit()

    def tick(self) -> None:
        """One second passed (the timer's handler; tests call it directly)."""
        self._on_tick()

    # -- internals ------------------------------------------------------------------------
    def _receipt_busy(self) -> bool:
        return self._receipt.current_state in _PAUSING

    def _on_receipt_changed(self) -> None:
        if not self._active:
            return
        paused = self._receipt_busy()
        if paused != self._paused:
            self._paused = paused
            self._paused_idle = 0
            self.countdown_changed.emit()

    def _on_tick(self) -> None:
        if not self._active:
            return
        if self._paused:
            self._paused_idle += 1
            if self._paused_idle < PAUSED_IDLE_S:
                return
            self._paused = False  # nobody is there any more: go on counting
        self._left -= 1
        self.countdown_changed.emit()
        if self._left <= 0:
            self._tick.stop()
            self._active = False
            self.expired.emit()

    def _publish(self) -> None:
        if self._cart is not None:
            self._fmt = PriceFormatter(self._locale(), self._cart.currency)
        rows = []
        for line in self._cart.lines if self._cart else ():
            rows.append(
                (
                    line.line_id,
                    self._name_of(line),
                    line.options_text,
                    line.quantity,
                    self._fmt(line.unit_price_minor),
                    self._fmt(line.total_minor),
                    False,
                    "",
                    initial_of(self._name_of(line)),
                    line.note,
                    "",
                )
            )
        self._lines.update_rows(rows)
        self.changed.emit()
