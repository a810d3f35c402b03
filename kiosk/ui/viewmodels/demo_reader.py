"""Demo mode only: a clearly marked simulated card reader with Stripe's test cards."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.viewmodels.payment import PaymentViewModel
from kiosk.ui.viewmodels.tasks import TaskSlot

# Stripe's documented test card numbers; they only work against test mode and the sandbox.
APPROVE_CARD = "4242424242424242"
DECLINE_CARD = "4000000000000002"
INSUFFICIENT_FUNDS_CARD = "4000000000009995"

PresentCard = Callable[[str], Awaitable[object]]
CancelOnReader = Callable[[], Awaitable[object]]


class DemoReaderViewModel(QObject):
    """Buttons that present a test card to the simulated reader, or cancel on it."""

    changed = Signal()

    def __init__(
        self,
        payment: PaymentViewModel,
        present_card: PresentCard | None = None,
        cancel_on_reader: CancelOnReader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._payment = payment
        self._present = present_card
        self._cancel = cancel_on_reader
        self._task = TaskSlot("demo-reader")
        self._last = ""
        payment.changed.connect(self.changed)

    def configure(
        self, present_card: PresentCard | None, cancel_on_reader: CancelOnReader | None
    ) -> None:
        self._present = present_card
        self._cancel = cancel_on_reader
        self.changed.emit()

    @Property(bool, notify=changed)
    def available(self) -> bool:
        return self._present is not None

    @Property(bool, notify=changed)
    def ready(self) -> bool:
        """A card can be presented: the reader is waiting for one."""
        return self._present is not None and bool(self._payment.waitingForCard)

    @Property(bool, notify=changed)
    def canCancelOnReader(self) -> bool:
        return self._cancel is not None and bool(self._payment.waitingForCard)

    @Property(str, notify=changed)
    def lastAction(self) -> str:
        return self._last

    @Slot()
    def approve(self) -> None:
        self._tap(APPROVE_CARD, "approve")

    @Slot()
    def decline(self) -> None:
        self._tap(DECLINE_CARD, "decline")

    @Slot()
    def insufficientFunds(self) -> None:
        self._tap(INSUFFICIENT_FUNDS_CARD, "insufficient_funds")

    @Slot()
    def cancelOnReader(self) -> None:
        if self._cancel is not None and self._payment.waitingForCard:
            self._last = "cancel"
            self._task.start(self._cancel())  # type: ignore[arg-type]
            self.changed.emit()

    def _tap(self, card: str, label: str) -> None:
        if self._present is None or not self._payment.waitingForCard:
            return
        self._last = label
        self._task.start(self._present(card))  # type: ignore[arg-type]
        self.changed.emit()
