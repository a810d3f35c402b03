"""Staff mode's view-model: PIN pad, one home, few levels (`StaffScreen`), confirmations.

Staff mode is a mode of the app with its own screen stack, not a customer screen: the
customer's `AppViewModel` only switches `mode` and forwards touches here. Everything that
changes money or data asks once (`confirmVisible`, `confirm()`), runs as a task this
view-model owns, and ends with a `message` saying what happened and, on failure, what to try
next. Services return codes; every sentence is made here with `tr`.

Async: each sync slot schedules its ``*_async`` twin and keeps the handle (a new refresh
cancels the previous one); tests await the ``*_async`` methods directly.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.catalog import Catalog
from kiosk.services.refunds import RefundOutcome, RefundReason, RefundResult
from kiosk.services.staff import SignInOutcome, StaffAction, StaffUser
from kiosk.services.staff.desk import (
    AttentionProblem,
    AttentionRow,
    ClosingReport,
    DeskOutcome,
    OrderDetail,
    TillSummary,
)
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.ports import SignInPort, StaffPort
from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

MAX_PIN_DIGITS = 12


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


_PARENT = {
    StaffScreen.CLOSE_REPORT: StaffScreen.TILL,
    StaffScreen.ORDER_DETAIL: StaffScreen.ORDERS,
    StaffScreen.REFUND: StaffScreen.ORDER_DETAIL,
}


class OrderListModel(RowListModel):
    ROLES = ("checkoutId", "number", "time", "total", "status", "refunded")


class DetailLineListModel(RowListModel):
    ROLES = ("index", "name", "quantity", "total", "refundable", "chosen")


class AttentionListModel(RowListModel):
    ROLES = ("key", "number", "amount", "since", "problem", "advice", "canRefund")


class StockListModel(RowListModel):
    ROLES = ("productId", "name", "soldOut")


class ReportListModel(RowListModel):
    ROLES = ("label", "value")


def _problem_text(problem: AttentionProblem) -> tuple[str, str]:
    """(what happened, what to do) in plain words."""
    if problem is AttentionProblem.CHARGED_ORDER_CANCELLED:
        return (
            tr("The card was charged, but the order was cancelled in Final POS."),
            tr("Refund the customer, or mark it handled if the order was put back."),
        )
    if problem is AttentionProblem.COMPLETED_WITHOUT_PAYMENT:
        return (
            tr("The order is marked paid in Final POS, but no card payment was taken."),
            tr("Ask the customer to pay at the counter, then mark it handled."),
        )
    if problem is AttentionProblem.REFUND_NOT_RECORDED:
        return (
            tr("The money was refunded, but Final POS has not recorded the refund yet."),
            tr("Try again now. The kiosk also retries every minute."),
        )
    if problem is AttentionProblem.REFUND_FAILED:
        return (
            tr("The card company reports that this refund failed."),
            tr("Refund the customer another way, then mark it handled."),
        )
    return (
        tr("This payment could not be finished automatically."),
        tr("Try again now. If it keeps failing, check the network and call support."),
    )


def _status_text(status: str) -> str:
    if status == "completed":
        return tr("Paid")
    if status in ("canceled", "cancelled", "void"):
        return tr("Cancelled")
    return tr("In progress")


def _clock_text(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).astimezone().strftime("%H:%M")


class StaffViewModel(QObject):
    """`staff` in QML (through `app.staff`); see the module docstring."""

    changed = Signal()  # screen, user, busy, message, confirmation
    pin_changed = Signal()
    data_changed = Signal()  # till, order detail, reader, ordering
    left = Signal()  # staff mode ended (the app goes back to the customer)
    ordering_paused_changed = Signal(bool)

    def __init__(
        self,
        *,
        desk: StaffPort,
        auth: SignInPort,
        formatter: PriceFormatter,
        catalog: Callable[[], Catalog | None] = lambda: None,
        exit_app: Callable[[], None] | None = None,
        idle_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._auth = auth
        self._money = formatter
        self._catalog = catalog
        self._exit_app = exit_app
        self._clock = clock
        self._screen = StaffScreen.PIN
        self._active = False
        self._user: StaffUser | None = None
        self._pin = ""
        self._pin_message = ""
        self._locked_until = 0.0
        self._busy = False
        self._message = ""
        self._message_error = False
        self._confirm_text = ""
        self._confirm_button = ""
        self._pending: Callable[[], Awaitable[object]] | None = None
        self._tasks: dict[str, TaskSlot] = {}
        self._till: TillSummary | None = None
        self._till_known = False
        self._report: ClosingReport | None = None
        self._detail: OrderDetail | None = None
        self._refund_quantities: dict[int, int] = {}
        self._refund_full = True
        self._refund_reason = RefundReason.REQUESTED_BY_CUSTOMER
        self._refund_back = StaffScreen.ORDER_DETAIL
        self._query = ""
        self._attention: list[AttentionRow] = []
        self._reader: dict[str, str] = {}
        self._ordering_paused = False

        self.orders = OrderListModel(self)
        self.detail_lines = DetailLineListModel(self)
        self.attention_items = AttentionListModel(self)
        self.stock = StockListModel(self)
        self.report_lines = ReportListModel(self)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(idle_s * 1000))
        self._idle.timeout.connect(self._on_idle_timeout)
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(1000)
        self._lock_tick.timeout.connect(self._on_lock_tick)

    def set_desk(self, desk: StaffPort) -> None:
        """New services (the Backend rebuilt its payments): used from the next action on."""
        self._desk = desk

    # -- mode ---------------------------------------------------------------------------
    def open(self) -> None:
        """Entered from the customer mode: always at the PIN pad."""
        self._active = True
        self._user = None
        self._pin = ""
        self._pin_message = ""
        self._message = ""
        self._pending = None
        self._screen = StaffScreen.PIN
        self._idle.start()
        self._update_lock()
        self.changed.emit()
        self.pin_changed.emit()

    @Slot()
    def leave(self) -> None:
        if not self._active:
            return
        self._active = False
        self._idle.stop()
        self._lock_tick.stop()
        for name, slot in self._tasks.items():
            if name != "action":  # a refund or a close in flight finishes; its result is kept
                slot.cancel()
        self._user = None
        self._pin = ""
        self._pending = None
        self._busy = False
        self.changed.emit()
        self.left.emit()

    @Slot()
    def activity(self) -> None:
        if self._active:
            self._idle.start()

    def _on_idle_timeout(self) -> None:
        if self._busy:  # never leave in the middle of an action; look again later
            self._idle.start()
            return
        log.info("staff mode left after being idle")
        self.leave()

    def stage_user(self, user: StaffUser) -> None:
        """Signed in without a PIN (screenshot mode only)."""
        self._user = user
        self._pin_message = ""
        self._locked_until = 0.0
        self._go(StaffScreen.HOME)
        self.refresh_home()
        self.pin_changed.emit()

    def stage_locked(self, seconds: float) -> None:
        """The PIN pad locked for `seconds` (screenshot mode only)."""
        self._pin = ""
        self._locked_until = self._clock() + seconds
        self._update_lock()

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

    @Property(QObject, constant=True)
    def orderModel(self) -> OrderListModel:
        return self.orders

    @Property(QObject, constant=True)
    def detailLineModel(self) -> DetailLineListModel:
        return self.detail_lines

    @Property(QObject, constant=True)
    def attentionModel(self) -> AttentionListModel:
        return self.attention_items

    @Property(QObject, constant=True)
    def stockModel(self) -> StockListModel:
        return self.stock

    @Property(QObject, constant=True)
    def reportModel(self) -> ReportListModel:
        return self.report_lines

    # -- PIN pad ------------------------------------------------------------------------
    @Property(int, notify=pin_changed)
    def pinDots(self) -> int:
        return len(self._pin)

    @Property(str, notify=pin_changed)
    def pinMessage(self) -> str:
        return self._pin_message

    @Property(bool, notify=pin_changed)
    def pinLocked(self) -> bool:
        return self._clock() < self._locked_until

    @Slot(str)
    def digit(self, value: str) -> None:
        self.activity()
        if self.pinLocked or len(value) != 1 or not value.isdigit():
            return
        if len(self._pin) < MAX_PIN_DIGITS:
            self._pin += value
            if not self.pinLocked:
                self._pin_message = ""
            self.pin_changed.emit()

    @Slot()
    def backspace(self) -> None:
        self.activity()
        self._pin = self._pin[:-1]
        self.pin_changed.emit()

    @Slot()
    def submitPin(self) -> None:
        self._spawn("pin", self.submit_pin_async())

    async def submit_pin_async(self) -> SignInOutcome:
        pin, self._pin = self._pin, ""
        self.pin_changed.emit()
        if self.pinLocked:
            return SignInOutcome.LOCKED
        async with self._working():
            result = await self._auth.sign_in_async(pin)
        del pin
        outcome = result.outcome
        if outcome is SignInOutcome.SIGNED_IN and result.user is not None:
            self._user = result.user
            self._pin_message = ""
            self._go(StaffScreen.HOME)
            self.refresh_home()
        elif outcome is SignInOutcome.LOCKED:
            self._locked_until = self._clock() + result.seconds_left
            self._update_lock()
        elif outcome is SignInOutcome.NOT_ALLOWED:
            self._pin_message = tr("This person may not open staff mode. Ask a manager.")
        elif outcome is SignInOutcome.NO_STAFF:
            self._pin_message = tr(
                "No staff are set up yet. The installer adds them with: kiosk staff add NAME"
            )
        else:
            self._pin_message = tr("That PIN is not right. Please try again.")
        self.pin_changed.emit()
        return outcome

    def _update_lock(self) -> None:
        left = self._locked_until - self._clock()
        if left > 0:
            self._pin_message = tr(
                "Too many wrong PINs. Try again in {seconds} s.", seconds=int(left + 0.999)
            )
            self._lock_tick.start()
        else:
            self._lock_tick.stop()
            if self._locked_until:
                self._pin_message = ""
                self._locked_until = 0.0
        self.pin_changed.emit()

    def _on_lock_tick(self) -> None:
        self._update_lock()

    # -- navigation ---------------------------------------------------------------------
    @Slot(str)
    def go(self, screen: str) -> None:
        self.activity()
        target = StaffScreen(screen)
        if self._user is None or target is StaffScreen.PIN:
            return
        self._message = ""
        self._go(target)
        if target is StaffScreen.HOME:
            self.refresh_home()
        elif target is StaffScreen.TILL:
            self._spawn("till", self.refresh_till_async())
        elif target is StaffScreen.ORDERS:
            self._spawn("orders", self.refresh_orders_async())
        elif target is StaffScreen.ATTENTION:
            self.refresh_attention()
        elif target is StaffScreen.READER:
            self._spawn("reader", self.refresh_reader_async())
        elif target is StaffScreen.ORDERING:
            self.refresh_stock()

    @Slot()
    def back(self) -> None:
        self.activity()
        if self._pending is not None:
            self.cancelConfirm()
            return
        if self._screen is StaffScreen.PIN or (
            self._screen is StaffScreen.HOME and self._user is not None
        ):
            self.leave()
            return
        if self._screen is StaffScreen.REFUND:
            self._go(self._refund_back)
            return
        self.go(_PARENT.get(self._screen, StaffScreen.HOME).value)

    def _go(self, screen: StaffScreen) -> None:
        if screen != self._screen:
            self._screen = screen
        self.changed.emit()

    # -- confirmation and results ---------------------------------------------------------
    def _ask(self, text: str, button: str, action: Callable[[], Awaitable[object]]) -> None:
        self._confirm_text = text
        self._confirm_button = button
        self._pending = action
        self._message = ""
        self.changed.emit()

    @Slot()
    def confirm(self) -> None:
        self._spawn("action", self.confirm_async())

    async def confirm_async(self) -> None:
        action, self._pending = self._pending, None
        self.changed.emit()
        if action is not None:
            await action()

    @Slot()
    def cancelConfirm(self) -> None:
        self._pending = None
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self._message = text
        self._message_error = error
        self.changed.emit()

    def _unreachable(self, what: str) -> None:
        self._say(
            tr(
                "{what} Final POS or the card service did not answer. "
                "Check the network, then try again.",
                what=what,
            ),
            error=True,
        )

    def _permitted(self, action: StaffAction) -> bool:
        if self.allowed(action):
            return True
        self._say(tr("Your role cannot do this. Please ask a manager."), error=True)
        return False

    @contextlib.asynccontextmanager
    async def _working(self) -> Any:
        self._busy = True
        self.changed.emit()
        try:
            yield
        finally:
            self._busy = False
            self.changed.emit()

    def _spawn(self, name: str, coro: Coroutine[Any, Any, Any]) -> None:
        """Run `coro` in the named slot: refreshes replace each other (newest wins), but an
        action (money or data) is never cancelled by another tap: that tap is ignored."""
        slot = self._tasks.get(name)
        if slot is None:
            slot = self._tasks[name] = TaskSlot(f"staff {name}")
        if name == "action" and slot.running:
            coro.close()
            return
        slot.start(coro)

    # -- home ---------------------------------------------------------------------------
    @Property(int, notify=data_changed)
    def attentionCount(self) -> int:
        return len(self._attention)

    def refresh_home(self) -> None:
        self.refresh_attention()
        self._spawn("till", self.refresh_till_async())

    # -- till session -------------------------------------------------------------------
    @Property(bool, notify=data_changed)
    def tillOpen(self) -> bool:
        return self._till is not None

    @Property(bool, notify=data_changed)
    def tillKnown(self) -> bool:
        return self._till_known

    @Property(str, notify=data_changed)
    def tillSince(self) -> str:
        till = self._till
        if till is None or till.open_since is None:
            return ""
        return till.open_since.astimezone().strftime("%H:%M")

    @Property(str, notify=data_changed)
    def tillBy(self) -> str:
        return self._till.opened_by if self._till else ""

    @Property(int, notify=data_changed)
    def tillOrders(self) -> int:
        return self._till.order_count if self._till else 0

    @Property(str, notify=data_changed)
    def tillCard(self) -> str:
        return self._money(self._till.card_total_minor) if self._till else ""

    @Property(str, notify=data_changed)
    def tillRefunds(self) -> str:
        till = self._till
        if till is None:
            return ""
        return tr(
            "{count} refunds, {amount}",
            count=till.refund_count,
            amount=self._money(till.refunds_minor),
        )

    async def refresh_till_async(self) -> DeskOutcome:
        outcome, till = await self._desk.till_async()
        self._till = till
        self._till_known = outcome is not DeskOutcome.UNREACHABLE or till is not None
        self.data_changed.emit()
        if outcome is DeskOutcome.UNREACHABLE and self._screen is StaffScreen.TILL:
            self._unreachable(tr("The till session could not be read."))
        return outcome

    @Slot(str)
    def askOpenSession(self, note: str) -> None:
        if not self._permitted(StaffAction.OPEN_SESSION):
            return
        self._ask(
            tr("Open a new till session?"),
            tr("Open session"),
            lambda: self.open_session_async(note),
        )

    async def open_session_async(self, note: str) -> None:
        if not self._permitted(StaffAction.OPEN_SESSION) or self._user is None:
            return
        async with self._working():
            outcome, till = await self._desk.open_session_async(
                opened_by=self._user.name, note=note.strip()
            )
        if outcome is DeskOutcome.OK and till is not None:
            self._till, self._till_known = till, True
            self.data_changed.emit()
            self._say(tr("A new till session is open."))
        else:
            self._unreachable(tr("The till session was not opened."))

    @Slot(str)
    def askCloseSession(self, note: str) -> None:
        if not self._permitted(StaffAction.CLOSE_SESSION):
            return
        self._ask(
            tr("Close the till session now? The closing report is sent to Final POS."),
            tr("Close session"),
            lambda: self.close_session_async(note),
        )

    async def close_session_async(self, note: str) -> None:
        if not self._permitted(StaffAction.CLOSE_SESSION) or self._user is None:
            return
        async with self._working():
            outcome, report = await self._desk.close_session_async(
                closed_by=self._user.name, note=note.strip()
            )
        if outcome is DeskOutcome.OK and report is not None:
            self._report = report
            self._till = None
            self._set_report(report)
            self.data_changed.emit()
            self._go(StaffScreen.CLOSE_REPORT)
            self._say(tr("The till session is closed and the report is in Final POS."))
        elif outcome is DeskOutcome.NO_SESSION:
            self._say(tr("There is no open till session to close."), error=True)
        else:
            self._unreachable(tr("The till session is still open."))

    def _set_report(self, report: ClosingReport) -> None:
        money = self._money
        rows = [
            (tr("Closed by"), report.closed_by),
            (tr("Orders"), str(report.order_count)),
            (tr("Sales"), money(report.gross_minor)),
            (tr("Of which taxes"), money(report.taxes_minor)),
            (tr("Refunds"), money(report.refunds_minor)),
            (tr("Card total"), money(report.card_minor)),
        ]
        methods = {"credit_card": tr("card"), "cash": tr("cash")}
        rows += [
            (tr("Paid by {method}", method=methods.get(name, name)), money(v))
            for name, v in report.payment_methods
        ]
        self.report_lines.set_rows(rows)

    # -- orders -------------------------------------------------------------------------
    @Property(str, notify=data_changed)
    def orderQuery(self) -> str:
        return self._query

    @Slot(str)
    def search(self, query: str) -> None:
        self.activity()
        self._query = query
        self._show_orders(self._desk.orders_today(query))

    async def refresh_orders_async(self) -> DeskOutcome:
        self._show_orders(self._desk.orders_today(self._query))
        outcome, rows = await self._desk.orders_today_async(self._query)
        self._show_orders(rows)
        if outcome is DeskOutcome.UNREACHABLE:
            self._say(tr("Showing this kiosk's own records: Final POS did not answer."), error=True)
        return outcome

    def _show_orders(self, rows: list[Any]) -> None:
        self.orders.set_rows(
            [
                (
                    r.checkout_id or "",
                    r.order_number,
                    _clock_text(r.created_at),
                    self._money(r.total_minor),
                    _status_text(r.status),
                    self._money(r.refunded_minor) if r.refunded_minor else "",
                )
                for r in rows
            ]
        )
        self.data_changed.emit()

    @Slot(str)
    def openOrder(self, checkout_id: str) -> None:
        self.activity()
        if not checkout_id:
            self._say(tr("This order was not taken on this kiosk: refund it in Final POS."))
            return
        self._go(StaffScreen.ORDER_DETAIL)
        self._spawn("detail", self.open_order_async(checkout_id))

    async def open_order_async(self, checkout_id: str) -> DeskOutcome:
        self._go(StaffScreen.ORDER_DETAIL)
        async with self._working():
            outcome, detail = await self._desk.order_detail_async(checkout_id)
        self._detail = detail
        self._show_detail()
        if outcome is DeskOutcome.UNREACHABLE:
            self._say(
                tr("Some details are missing: Final POS or Stripe did not answer."), error=True
            )
        elif outcome is DeskOutcome.NOT_FOUND:
            self._say(tr("This order is not in this kiosk's records."), error=True)
        return outcome

    def _show_detail(self) -> None:
        detail = self._detail
        rows = []
        if detail is not None:
            for line in detail.lines:
                chosen = self._refund_quantities.get(line.index, 0)
                rows.append(
                    (
                        line.index,
                        line.name,
                        line.quantity,
                        self._money(line.total_minor),
                        line.refundable_quantity,
                        chosen,
                    )
                )
        self.detail_lines.set_rows(rows)
        self.data_changed.emit()

    @Property(str, notify=data_changed)
    def detailNumber(self) -> str:
        return self._detail.row.order_number if self._detail else ""

    @Property(str, notify=data_changed)
    def detailTotal(self) -> str:
        return self._money(self._detail.row.total_minor) if self._detail else ""

    @Property(str, notify=data_changed)
    def detailStatus(self) -> str:
        d = self._detail
        if d is None:
            return ""
        text = _status_text(d.finalpos_status or d.row.status)
        if d.row.refunded_minor:
            text += " · " + tr("{amount} refunded", amount=self._money(d.row.refunded_minor))
        return text

    @Property(str, notify=data_changed)
    def detailCard(self) -> str:
        d = self._detail
        if d is None or not (d.card_brand or d.card_last4):
            return tr("Card")
        brand = (d.card_brand or tr("Card")).title()
        return f"{brand} •••• {d.card_last4}" if d.card_last4 else brand

    @Property(bool, notify=data_changed)
    def detailRefundable(self) -> bool:
        return bool(self._detail and self._detail.refundable_minor > 0)

    # -- refunds ------------------------------------------------------------------------
    @Slot(bool)
    def startRefund(self, full: bool) -> None:
        self.activity()
        if not self._permitted(StaffAction.REFUND) or self._detail is None:
            return
        if not self.detailRefundable:
            self._say(tr("Nothing is left to refund on this order."), error=True)
            return
        self._refund_full = full
        self._refund_quantities = {}
        self._refund_back = StaffScreen.ORDER_DETAIL
        self._show_detail()
        self._go(StaffScreen.REFUND)

    @Property(bool, notify=data_changed)
    def refundFull(self) -> bool:
        return self._refund_full

    @Slot(bool)
    def setRefundFull(self, full: bool) -> None:
        self._refund_full = full
        self.data_changed.emit()

    @Slot(int, int)
    def setRefundQuantity(self, index: int, quantity: int) -> None:
        self.activity()
        if self._detail is None:
            return
        line = next((ln for ln in self._detail.lines if ln.index == index), None)
        if line is None:
            return
        self._refund_full = False
        self._refund_quantities[index] = max(0, min(quantity, line.refundable_quantity))
        self._show_detail()

    @Property(str, notify=data_changed)
    def refundReason(self) -> str:
        return self._refund_reason.value

    @Slot(str)
    def setRefundReason(self, reason: str) -> None:
        self._refund_reason = RefundReason(reason)
        self.data_changed.emit()

    def _quantities(self) -> dict[int, int] | None:
        if self._refund_full:
            return None
        return {i: q for i, q in self._refund_quantities.items() if q > 0}

    @Property(str, notify=data_changed)
    def refundAmount(self) -> str:
        d = self._detail
        if d is None or d.row.checkout_id is None:
            return ""
        quantities = self._quantities()
        if quantities == {}:
            return self._money(0)
        try:
            return self._money(self._desk.refund_amount(d.row.checkout_id, quantities))
        except ValueError:
            return ""

    @Slot(str)
    def askRefund(self, note: str) -> None:
        self.activity()
        if not self._permitted(StaffAction.REFUND) or self._detail is None:
            return
        if self._quantities() == {}:
            self._say(tr("Choose at least one item to refund."), error=True)
            return
        self._ask(
            tr(
                "Refund {amount} to the customer's card for order {number}?",
                amount=self.refundAmount,
                number=self.detailNumber,
            ),
            tr("Refund {amount}", amount=self.refundAmount),
            lambda: self.refund_async(note),
        )

    async def refund_async(self, note: str) -> RefundResult | None:
        d = self._detail
        if not self._permitted(StaffAction.REFUND) or d is None or self._user is None:
            return None
        cid = d.row.checkout_id
        if cid is None:
            return None
        async with self._working():
            result = await self._desk.refund_async(
                cid,
                quantities=self._quantities(),
                reason=self._refund_reason,
                note=note.strip(),
                refunded_by=self._user.name,
            )
        self._refund_message(result)
        if result.money_returned or result.outcome is RefundOutcome.PENDING:
            self._refund_quantities = {}
            await self.open_order_async(cid)
            self._refund_message(result)  # the detail refresh must not hide the result
        self.refresh_attention()
        return result

    def _refund_message(self, result: RefundResult) -> None:
        amount = self._money(result.amount_minor)
        o = result.outcome
        if o is RefundOutcome.REFUNDED:
            self._say(tr("{amount} is on its way back to the customer's card.", amount=amount))
        elif o is RefundOutcome.REFUNDED_BOOKS_PENDING:
            self._say(
                tr(
                    "{amount} is on its way back to the card. Final POS will be updated "
                    "as soon as it answers.",
                    amount=amount,
                )
            )
        elif o is RefundOutcome.PENDING:
            self._say(
                tr(
                    "The refund is started but not confirmed yet. The kiosk finishes it "
                    "by itself; do not refund again."
                ),
                error=True,
            )
        elif o is RefundOutcome.UNAVAILABLE:
            self._unreachable(tr("Nothing was refunded."))
        elif o is RefundOutcome.TOO_MUCH:
            self._say(
                tr("That is more than is left to refund on this order. Nothing was refunded."),
                error=True,
            )
        elif o is RefundOutcome.NOTHING_TO_REFUND:
            self._say(tr("Nothing is left to refund on this order."), error=True)
        elif o is RefundOutcome.NOT_PAID:
            self._say(tr("This order has no card payment to refund."), error=True)
        elif o is RefundOutcome.FAILED:
            self._say(
                tr(
                    "The card company reports that the refund failed. Refund the customer "
                    "another way."
                ),
                error=True,
            )
        else:
            self._say(tr("The card company refused the refund. Nothing was refunded."), error=True)

    # -- needs attention ------------------------------------------------------------------
    def refresh_attention(self) -> None:
        self._attention = self._desk.attention()
        rows = []
        for row in self._attention:
            what, advice = _problem_text(row.problem)
            rows.append(
                (
                    row.key,
                    row.order_number,
                    self._money(row.amount_minor),
                    _clock_text(row.since),
                    what,
                    advice,
                    row.can_refund,
                )
            )
        self.attention_items.set_rows(rows)
        self.data_changed.emit()

    def _attention_row(self, key: str) -> AttentionRow | None:
        return next((r for r in self._attention if r.key == key), None)

    @Slot(str)
    def askRetry(self, key: str) -> None:
        """Retrying may capture or void a payment (what recovery would do): ask first."""
        row = self._attention_row(key)
        if row is None or not self._permitted(StaffAction.RETRY_ATTENTION):
            return
        self._ask(
            tr(
                "Try to finish order {number} now? The kiosk asks Final POS and the card "
                "service and completes or cancels it.",
                number=row.order_number,
            ),
            tr("Try again now"),
            lambda: self.retry_async(key),
        )

    async def retry_async(self, key: str) -> DeskOutcome | None:
        row = self._attention_row(key)
        if row is None or not self._permitted(StaffAction.RETRY_ATTENTION):
            return None
        async with self._working():
            outcome = await self._desk.retry_async(row)
        if outcome is DeskOutcome.OK:
            self._say(tr("Order {number} is sorted out.", number=row.order_number))
        elif outcome is DeskOutcome.UNREACHABLE:
            self._unreachable(tr("Order {number} still needs attention.", number=row.order_number))
        else:
            self._say(
                tr(
                    "Order {number} still needs a person: see what to do below.",
                    number=row.order_number,
                ),
                error=True,
            )
        self.refresh_attention()
        return outcome

    @Slot(str)
    def refundAttention(self, key: str) -> None:
        self.activity()
        row = self._attention_row(key)
        if row is None or not self._permitted(StaffAction.REFUND):
            return
        self._spawn("detail", self._refund_attention_async(row))

    async def _refund_attention_async(self, row: AttentionRow) -> None:
        await self.open_order_async(row.checkout_id)
        self._refund_full = True
        self._refund_quantities = {}
        self._refund_back = StaffScreen.ATTENTION
        self._go(StaffScreen.REFUND)

    @Slot(str, str)
    def askMarkHandled(self, key: str, note: str) -> None:
        row = self._attention_row(key)
        if row is None or not self._permitted(StaffAction.MARK_HANDLED):
            return
        if not note.strip():
            self._say(tr("Please write a short note saying what was done."), error=True)
            return
        self._ask(
            tr(
                "Mark order {number} as handled? Your note is added to the order in Final POS.",
                number=row.order_number,
            ),
            tr("Mark handled"),
            lambda: self.mark_handled_async(key, note),
        )

    async def mark_handled_async(self, key: str, note: str) -> DeskOutcome | None:
        row = self._attention_row(key)
        if row is None or not self._permitted(StaffAction.MARK_HANDLED) or self._user is None:
            return None
        async with self._working():
            outcome = await self._desk.mark_handled_async(
                row, note=note.strip(), by=self._user.name
            )
        if outcome is DeskOutcome.OK:
            self._say(tr("Order {number} is marked handled.", number=row.order_number))
        else:
            self._unreachable(
                tr("Order {number} is not marked handled yet.", number=row.order_number)
            )
        self.refresh_attention()
        return outcome

    # -- reader -------------------------------------------------------------------------
    @Property(str, notify=data_changed)
    def readerLabel(self) -> str:
        return self._reader.get("label", "")

    @Property(str, notify=data_changed)
    def readerStatus(self) -> str:
        return self._reader.get("status", "")

    @Property(bool, notify=data_changed)
    def readerOnline(self) -> bool:
        return self._reader.get("online") == "yes"

    @Property(str, notify=data_changed)
    def readerSeen(self) -> str:
        return self._reader.get("seen", "")

    @Property(str, notify=data_changed)
    def readerLocation(self) -> str:
        return self._reader.get("location", "")

    @Property(str, notify=data_changed)
    def readerHelp(self) -> str:
        if not self._reader or self.readerOnline:
            return ""
        return tr(
            "The reader is not reachable. Check that it is switched on, charged and on the "
            "store's Wi-Fi; restart it with its power button. Until it is back, pause ordering "
            "so nobody orders without a way to pay."
        )

    async def refresh_reader_async(self) -> DeskOutcome:
        async with self._working():
            outcome, reader = await self._desk.reader_async()
        if reader is None:
            self._reader = {
                "label": "",
                "status": tr("Not configured")
                if outcome is DeskOutcome.NOT_CONFIGURED
                else tr("Unknown"),
                "online": "no",
            }
            if outcome is DeskOutcome.UNREACHABLE:
                self._unreachable(tr("The reader's status could not be read."))
        else:
            online = reader.status == "online"
            seen = ""
            if reader.last_seen_at:
                seen = tr("Last seen at {time}", time=_clock_text(reader.last_seen_at))
            self._reader = {
                "label": reader.label or reader.reader_id,
                "status": tr("Online") if online else tr("Offline"),
                "online": "yes" if online else "no",
                "seen": seen,
                "location": reader.location_name or reader.location_id or "",
            }
        self.data_changed.emit()
        return outcome

    @Slot()
    def readerTest(self) -> None:
        self._spawn("action", self.reader_test_async())

    async def reader_test_async(self) -> DeskOutcome | None:
        if not self._permitted(StaffAction.READER_TEST):
            return None
        async with self._working():
            outcome = await self._desk.reader_test_async(tr("Test from staff mode: hello!"))
        if outcome is DeskOutcome.OK:
            self._say(tr("Look at the reader: it should show a test message now."))
        elif outcome is DeskOutcome.NOT_CONFIGURED:
            self._say(tr("No reader is set up for this kiosk."), error=True)
        else:
            self._say(
                tr("The reader did not take the message. Check that it is online."), error=True
            )
        return outcome

    # -- ordering -----------------------------------------------------------------------
    @Property(bool, notify=data_changed)
    def orderingPaused(self) -> bool:
        return self._ordering_paused

    @Slot()
    def askPauseOrdering(self) -> None:
        if not self._permitted(StaffAction.PAUSE_ORDERING):
            return
        self._ask(
            tr("Pause ordering? Customers see that ordering is paused."),
            tr("Pause ordering"),
            self._pause_async,
        )

    async def _pause_async(self) -> None:
        self.set_ordering_paused(True)

    @Slot()
    def resumeOrdering(self) -> None:
        if self._permitted(StaffAction.RESUME_ORDERING):
            self.set_ordering_paused(False)

    def set_ordering_paused(self, paused: bool) -> None:
        if self._ordering_paused == paused:
            return
        self._ordering_paused = paused
        self.ordering_paused_changed.emit(paused)
        self.data_changed.emit()
        self._say(tr("Ordering is paused.") if paused else tr("Ordering is open again."))

    @Slot()
    def syncMenu(self) -> None:
        self._spawn("action", self.sync_menu_async())

    async def sync_menu_async(self) -> DeskOutcome | None:
        if not self._permitted(StaffAction.SYNC_MENU):
            return None
        async with self._working():
            outcome = await self._desk.sync_menu_async()
        if outcome is DeskOutcome.OK:
            self._say(tr("The menu is up to date with Final POS."))
            self.refresh_stock()
        elif outcome is DeskOutcome.NOT_CONFIGURED:
            self._say(tr("Menu sync is not available in this mode."), error=True)
        else:
            self._unreachable(tr("The menu was not updated."))
        return outcome

    def refresh_stock(self) -> None:
        catalog = self._catalog()
        rows = []
        if catalog is not None:
            rows = [(p.id, p.name, not p.available) for p in catalog.products]
        self.stock.set_rows(rows)

    @Slot(str)
    def askSoldOut(self, product_id: str) -> None:
        if not self._permitted(StaffAction.SOLD_OUT):
            return
        catalog = self._catalog()
        product = catalog.product(product_id) if catalog else None
        if product is None:
            return
        self._ask(
            tr(
                "Mark {name} as sold out? Every till and channel sees it in Final POS.",
                name=product.name,
            ),
            tr("Mark sold out"),
            lambda: self.sold_out_async(product_id),
        )

    async def sold_out_async(self, product_id: str) -> DeskOutcome | None:
        if not self._permitted(StaffAction.SOLD_OUT):
            return None
        catalog = self._catalog()
        product = catalog.product(product_id) if catalog else None
        if product is None:
            return None
        ids = [v.id for v in product.variants if v.id]
        if not ids:
            self._say(tr("This product has no variants to mark in Final POS."), error=True)
            return None
        async with self._working():
            outcome = await self._desk.set_sold_out_async(ids)
        if outcome is DeskOutcome.OK:
            self._say(tr("{name} is marked sold out.", name=product.name))
            self.refresh_stock()
        elif outcome is DeskOutcome.NOT_FOUND:
            self._say(
                tr("Final POS does not know this product any more: sync the menu."), error=True
            )
        else:
            self._unreachable(tr("{name} is not marked sold out yet.", name=product.name))
        return outcome

    # -- exit ---------------------------------------------------------------------------
    @Slot()
    def askExitApp(self) -> None:
        if not self._permitted(StaffAction.EXIT_APP):
            return
        if self._exit_app is None:
            self._say(tr("This kiosk cannot be closed from here."), error=True)
            return
        self._ask(
            tr("Close the kiosk app? Customers cannot order until it is started again."),
            tr("Close the app"),
            self._exit_async,
        )

    async def _exit_async(self) -> None:
        if self._exit_app is not None and self.allowed(StaffAction.EXIT_APP):
            log.info("kiosk app closed from staff mode by %s", self.userName)
            self._exit_app()
