"""The payment screen: create the order, take the card, and every way out of it.

States: idle -> starting -> waiting -> authorising -> paid, or -> declined / problem (with
"Try again" when the service allows it, and "Cancel"), or -> canceling -> back to the cart.
A declined or stuck screen does not wait forever: after `attention_timeout_s` without a touch
the order is abandoned and the kiosk returns to the attract screen.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.cart import Cart
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.ports import CheckoutPort, PendingCheckoutLike, outcome_name
from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

STATUS_STATES = {
    "preparing": "waiting",
    "waiting_for_card": "waiting",
    "authorising": "authorising",
    "finishing": "authorising",
}


def _result_text(code: str, decline: str) -> str:
    """The customer's words for a checkout `ResultCode` (by name); declines stay discreet."""
    if code == "DECLINED":
        if decline == "TRY_AGAIN":
            return tr("The payment did not go through. Try again, or try another card.")
        return tr("The card was declined. Try another card or ask staff.")
    return {
        "CANCELED": tr("The payment was cancelled. You have not been charged."),
        "TIMED_OUT": tr("We did not see a card in time. You have not been charged."),
        "READER_BUSY": tr("The card reader is busy. Please wait a moment and try again."),
        "READER_OFFLINE": tr("The card reader is offline. Please ask staff."),
        "READER_UNAVAILABLE": tr(
            "The card reader is not available. Please try again or ask staff."
        ),
        "ORDERING_PAUSED": tr("Ordering is paused right now. You have not been charged."),
    }.get(code, tr("The payment could not be finished. Please ask staff."))


def _status_text(status: str) -> str:
    return {
        "creating": tr("Sending your order…"),
        "preparing": tr("Getting the card reader ready…"),
        "waiting_for_card": tr("Tap, insert or swipe your card on the reader below"),
        "authorising": tr("Checking with your bank…"),
        "finishing": tr("Almost done…"),
    }.get(status, "")


class PaymentViewModel(QObject):
    """Drives one checkout through `CheckoutPort`; owns its task."""

    changed = Signal()
    paid = Signal(str)  # order number
    left = Signal(str)  # "back" (to the cart) or "timeout" (to attract)

    def __init__(
        self,
        service: CheckoutPort | None,
        formatter: PriceFormatter,
        *,
        attention_timeout_s: float = 60.0,
        unavailable_errors: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._fmt = formatter
        self._unavailable = unavailable_errors
        self._task = TaskSlot("payment")
        self._state = "idle"
        self._status = ""
        self._message = ""
        self._can_retry = False
        self._fresh_retry = False  # the order was given up: "Try again" starts a new one
        self._cart: Cart | None = None
        self._amount_minor = 0
        self._order_number = ""
        self._pending: PendingCheckoutLike | None = None
        self._cancel_event: asyncio.Event | None = None
        self._customer_cancelled = False
        self._attention = QTimer(self)
        self._attention.setSingleShot(True)
        self._attention.setInterval(int(attention_timeout_s * 1000))
        self._attention_timeout_s = attention_timeout_s
        self._time_factor = 1.0  # accessibility mode: times longer (scale_timeouts)
        self._attention.timeout.connect(self._on_attention_timeout)

    def set_service(
        self,
        service: CheckoutPort | None,
        *,
        unavailable_errors: tuple[type[Exception], ...] | None = None,
    ) -> None:
        self._service = service
        if unavailable_errors is not None:
            self._unavailable = unavailable_errors

    # -- properties -------------------------------------------------------------------
    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def status(self) -> str:
        return self._status

    @Property(str, notify=changed)
    def statusText(self) -> str:
        return _status_text(self._status)

    @Property(bool, notify=changed)
    def waitingForCard(self) -> bool:
        return self._state == "waiting" and self._status == "waiting_for_card"

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def canRetry(self) -> bool:
        return self._can_retry or self._fresh_retry

    @Property(bool, notify=changed)
    def canCancel(self) -> bool:
        return self._state in ("starting", "waiting", "declined", "problem")

    @Property(str, notify=changed)
    def amount(self) -> str:
        return self._fmt(self._amount_minor) if self._amount_minor or self._pending else ""

    @Property(str, notify=changed)
    def orderNumber(self) -> str:
        return self._order_number

    @property
    def busy(self) -> bool:
        return self._task.running

    @property
    def checkout_id(self) -> str | None:
        return self._pending.checkout_id if self._pending else None

    # -- actions ----------------------------------------------------------------------
    def start(self, cart: Cart) -> None:
        """Begin paying for `cart` (a snapshot: the cart screen may change behind us)."""
        self._task.start(self.start_async(cart))

    async def start_async(self, cart: Cart) -> None:
        service = self._require_service()
        self._cart = cart
        self._pending = None
        self._fresh_retry = False
        self._customer_cancelled = False
        self._order_number = ""
        self._amount_minor = service.price(cart).total_minor
        self._message = ""
        self._can_retry = False
        self._set("starting", "creating")
        try:
            pending = await service.begin_async(cart)
        except self._unavailable as exc:
            code = outcome_name(getattr(exc, "code", None) or "ORDERING_PAUSED")
            self._problem(_result_text(code, ""), can_retry=False)
            return
        self._pending = pending
        self._order_number = pending.order_number
        self._amount_minor = pending.totals.total_minor
        if self._customer_cancelled:
            await self._abandon_and_leave("back")
            return
        await self._pay_async()

    @Slot()
    def retry(self) -> None:
        if self._state not in ("declined", "problem"):
            return
        if self._can_retry and self._pending:
            self._task.start(self.retry_async())
        elif self._fresh_retry and self._cart is not None:
            self._task.start(self.start_async(self._cart))

    async def retry_async(self) -> None:
        self._message = ""
        await self._pay_async()

    @Slot()
    def cancel(self) -> None:
        """The customer's way out, at any point before the card is being authorised."""
        if self._state == "waiting" and self._cancel_event is not None:
            self._customer_cancelled = True
            self._cancel_event.set()  # the pay task sees it and returns CANCELED
            self._set("canceling", self._status)
        elif self._state == "starting":
            self._customer_cancelled = True  # begin finishes, then abandons
            self._set("canceling", self._status)
        elif self._state in ("declined", "problem"):
            self._task.start(self._abandon_and_leave("back"))

    @Slot()
    def touched(self) -> None:
        """The customer is still there: give them the full time again."""
        if self._attention.isActive():
            self._attention.start()

    def scale_timeouts(self, factor: float) -> None:
        """Accessibility mode: `factor` times longer on a stuck or declined screen, and for
        the reader to wait for the card."""
        self._time_factor = factor
        self._attention.setInterval(int(self._attention_timeout_s * factor * 1000))

    def reset(self) -> None:
        self._task.cancel()
        self._attention.stop()
        self._pending = None
        self._cancel_event = None
        self._customer_cancelled = False
        self._amount_minor = 0
        self._order_number = ""
        self._message = ""
        self._can_retry = False
        self._fresh_retry = False
        self._cart = None
        self._set("idle", "")

    def stage(self, state: str, *, amount_minor: int, status: str = "", message: str = "") -> None:
        """Show a state without a service (screenshot mode)."""
        self._amount_minor = amount_minor
        self._message = message
        self._can_retry = state in ("declined", "problem")
        self._set(state, status)

    # -- internals --------------------------------------------------------------------
    def _require_service(self) -> CheckoutPort:
        if self._service is None:
            raise RuntimeError("no checkout service configured")
        return self._service

    async def _pay_async(self) -> None:
        service = self._require_service()
        assert self._pending is not None
        self._cancel_event = asyncio.Event()
        self._customer_cancelled = False
        self._set("waiting", "preparing")
        try:
            result = await service.pay_async(
                self._pending.checkout_id,
                cancel=self._cancel_event,
                on_status=self._on_status,
                card_wait_factor=self._time_factor,
            )
        finally:
            self._cancel_event = None
        outcome = outcome_name(result.outcome)
        code = outcome_name(result.code)
        decline = outcome_name(result.decline) if result.decline is not None else ""
        if outcome == "PAID":
            self._order_number = result.order_number or self._order_number
            self._set("paid", "")
            self.paid.emit(self._order_number)
        elif outcome == "CANCELED" and self._customer_cancelled:
            await self._abandon_and_leave("back")
        elif outcome == "DECLINED":
            self._message = _result_text(code, decline)
            self._can_retry = result.can_retry
            self._set("declined", "")
        else:
            text = _result_text(code, decline)
            if code == "NEEDS_STAFF" and self._order_number:
                text = tr(
                    "The payment could not be finished. Please ask staff (order {number}).",
                    number=self._order_number,
                )
            self._problem(text, can_retry=result.can_retry)
            # A timed-out or reader-cancelled checkout is closed for good; another try is a
            # new order for the same cart.
            self._fresh_retry = not result.can_retry and outcome in ("TIMED_OUT", "CANCELED")
            self.changed.emit()

    def _on_status(self, status: str) -> None:
        if self._state in ("canceling", "paid", "idle"):
            return
        self._set(STATUS_STATES.get(status, self._state), status)

    def _problem(self, message: str, *, can_retry: bool) -> None:
        self._message = message
        self._can_retry = can_retry
        self._set("problem", "")

    async def _abandon_and_leave(self, reason: str) -> None:
        pending = self._pending
        self._set("canceling", self._status)
        if pending is not None and self._service is not None:
            try:
                await self._service.abandon_async(pending.checkout_id)
            except asyncio.CancelledError:
                raise
            except Exception:
                # Recovery settles a checkout that could not be released now; the customer
                # should not be held at the payment screen by a cleanup call.
                log.warning("could not abandon checkout %s", pending.checkout_id, exc_info=True)
        self.reset()
        self.left.emit(reason)

    def _on_attention_timeout(self) -> None:
        if self._state in ("declined", "problem"):
            self._task.start(self._abandon_and_leave("timeout"))

    def _set(self, state: str, status: str) -> None:
        self._state = state
        self._status = status
        if state in ("declined", "problem"):
            self._attention.start()
        else:
            self._attention.stop()
        self.changed.emit()
