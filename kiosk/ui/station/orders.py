"""Today's orders at the station: search, one order's lines, refunds and a receipt reprint.

`station.orders` in QML. Everything runs on staff mode's own services, not a copy: the
station's `StaffDesk` (`desk.staff_desk`) lists, details and refunds orders, and the
Backend's `ReceiptService` reprints. The staff-mode rules hold: a refund needs the
``refund_order`` permission (`StaffAction.REFUND`); someone signed in without it gets the
manager's PIN asked, as the discount limit does (`StationState.pin_wanted`), and the refund
carries the manager's name.

Every action asks once (`confirmText`, then `confirm()` or Esc), and says its outcome in
the banner. Reprint is offered only when a receipt printer is configured.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.checkout import Step
from kiosk.services.receipts import PrintOutcome, ReceiptUnavailable
from kiosk.services.refunds import RefundOutcome, RefundReason, RefundResult
from kiosk.services.staff import SignInOutcome, StaffAction, StaffUser
from kiosk.services.staff.desk import DeskOutcome, OrderDetail, OrderRow, StaffDesk
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.signin import SignInPort, sign_in_text
from kiosk.ui.station.state import MessageKind, StationScreen, StationState

_STEPS = frozenset(step.value for step in Step)


class ReprintPort(Protocol):
    """What the station needs of `ReceiptService`."""

    @property
    def settings(self) -> object: ...

    async def reprint_async(self, checkout_id: str) -> PrintOutcome: ...


class Pending(StrEnum):
    """The action waiting for its one confirmation."""

    NONE = ""
    REFUND_ALL = "refundAll"
    REFUND_LINES = "refundLines"
    REPRINT = "reprint"


class StationOrderListModel(RowListModel):
    ROLES = ("checkoutId", "number", "time", "total", "status", "refunded")


class StationOrderLineListModel(RowListModel):
    ROLES = ("index", "name", "quantity", "total", "refundable", "chosen")


def status_text(status: str) -> str:
    """The journal's step or Final POS's status, in a word; money taken is "Paid" at once
    (the books land moments after the card is captured)."""
    if status in ("canceled", "cancelled", "void"):
        return tr("Cancelled")
    if status == "completed" or (status in _STEPS and Step(status).rank >= Step.CAPTURED.rank):
        return tr("Paid")
    if status == "parked":
        return tr("Parked")
    return tr("In progress")


def _clock(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%H:%M") if ts else ""


def printer_configured(receipts: ReprintPort | None) -> bool:
    return receipts is not None and getattr(receipts.settings, "printer", None) is not None


class OrdersViewModel(QObject):
    """`station.orders`; see the module docstring."""

    orders_changed = Signal()

    def __init__(
        self,
        state: StationState,
        auth: SignInPort,
        receipts: Callable[[], ReprintPort | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._auth = auth
        self._receipts = receipts
        self._query = ""
        self._detail: OrderDetail | None = None
        self._quantities: dict[int, int] = {}
        self._pending = Pending.NONE
        self._manager_needed = False
        self._acting = False  # confirm() started and not finished
        self.order_rows = StationOrderListModel(self)
        self.detail_lines = StationOrderLineListModel(self)

    def set_receipts(self, receipts: Callable[[], ReprintPort | None]) -> None:
        self._receipts = receipts
        self.orders_changed.emit()

    @property
    def _desk(self) -> StaffDesk:
        desk = self._state.desk.staff_desk
        assert desk is not None  # the screen is offered only with one (`offered`)
        return desk

    # -- the list -----------------------------------------------------------------------------

    @Slot()
    def openOrders(self) -> None:
        st = self._state
        if st.user is None or not self.offered:
            return
        self.reset()
        self._detail = None
        self._show_detail()
        st.say("")  # a word about the sale does not belong over the order list
        st.go(StationScreen.ORDERS)
        st.run("orders", self.refresh_orders_async())

    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        self.orders_changed.emit()
        self._state.run("orders", self.refresh_orders_async())

    async def refresh_orders_async(self) -> DeskOutcome:
        st = self._state
        self._show_orders(self._desk.orders_today(self._query))  # the journal, at once
        st.set_busy(True)
        try:
            outcome, rows = await self._desk.orders_today_async(self._query)
        finally:
            st.set_busy(False)
        self._show_orders(rows)
        if outcome is DeskOutcome.UNREACHABLE:
            st.say(
                tr("Showing this station's own records: Final POS did not answer."),
                MessageKind.ERROR,
            )
        return outcome

    def _show_orders(self, rows: list[OrderRow]) -> None:
        money = self._state.money
        self.order_rows.set_rows(
            [
                (
                    r.checkout_id or "",
                    r.order_number,
                    _clock(r.created_at),
                    money(r.total_minor),
                    status_text(r.status),
                    money(r.refunded_minor) if r.refunded_minor else "",
                )
                for r in rows
            ]
        )
        self.orders_changed.emit()

    # -- one order ----------------------------------------------------------------------------

    @Slot(str)
    def openOrder(self, checkout_id: str) -> None:
        if not checkout_id:
            self._state.say(
                tr("This order was not taken here: refund it in Final POS."), MessageKind.ERROR
            )
            return
        self._state.run("order", self.open_order_async(checkout_id))

    async def open_order_async(self, checkout_id: str) -> DeskOutcome:
        st = self._state
        self.reset()
        st.set_busy(True)
        try:
            outcome, detail = await self._desk.order_detail_async(checkout_id)
        finally:
            st.set_busy(False)
        self._detail = detail
        self._quantities = {}
        self._show_detail()
        if outcome is DeskOutcome.UNREACHABLE:
            st.say(
                tr("Some details are missing: Final POS or Stripe did not answer."),
                MessageKind.ERROR,
            )
        elif outcome is DeskOutcome.NOT_FOUND:
            st.say(tr("This order is not in this station's records."), MessageKind.ERROR)
        return outcome

    @Slot()
    def closeOrder(self) -> None:
        self.reset()
        self._detail = None
        self._show_detail()

    def _show_detail(self) -> None:
        money = self._state.money
        lines = self._detail.lines if self._detail else ()
        self.detail_lines.set_rows(
            [
                (
                    ln.index,
                    ln.name,
                    ln.quantity,
                    money(ln.total_minor),
                    ln.refundable_quantity,
                    self._quantities.get(ln.index, 0),
                )
                for ln in lines
            ]
        )
        self.orders_changed.emit()

    @Slot(int, int)
    def setRefundQuantity(self, index: int, quantity: int) -> None:
        d = self._detail
        line = next((ln for ln in d.lines if ln.index == index), None) if d else None
        if line is None:
            return
        self._quantities[index] = max(0, min(quantity, line.refundable_quantity))
        self._show_detail()

    def _chosen(self) -> dict[int, int]:
        return {i: q for i, q in self._quantities.items() if q > 0}

    def refund_minor(self, full: bool) -> int:
        d = self._detail
        if d is None or d.row.checkout_id is None:
            return 0
        if full:
            return d.refundable_minor
        chosen = self._chosen()
        return self._desk.refund_amount(d.row.checkout_id, chosen) if chosen else 0

    # -- asking once --------------------------------------------------------------------------

    def _permitted(self, user: StaffUser | None) -> bool:
        return user is not None and user.role.allows(StaffAction.REFUND)

    def _set_pending(self, pending: Pending, manager: bool = False) -> None:
        self._pending = pending
        self._manager_needed = manager
        self._state.pin_wanted = manager
        self._state.take_pin()
        self.orders_changed.emit()

    def reset(self) -> None:
        """Nothing is asked any more (Esc, another order, leaving the screen)."""
        if self._pending is not Pending.NONE or self._state.pin_wanted:
            self._set_pending(Pending.NONE)

    @Slot()
    def askRefundAll(self) -> None:
        self._ask_refund(full=True)

    @Slot()
    def askRefundLines(self) -> None:
        self._ask_refund(full=False)

    def _ask_refund(self, *, full: bool) -> None:
        st = self._state
        if self._detail is None or st.busy:
            return
        if self._detail.refundable_minor <= 0:
            st.say(tr("Nothing is left to refund on this order."), MessageKind.ERROR)
            return
        if not full and not self._chosen():
            st.say(tr("Choose at least one item to refund."), MessageKind.ERROR)
            return
        manager = not self._permitted(st.user)
        self._set_pending(Pending.REFUND_ALL if full else Pending.REFUND_LINES, manager)
        st.say("")  # the question says it all (and why a manager's PIN, when asked)

    @Slot()
    def askReprint(self) -> None:
        if self._detail is None or not self.canReprint:
            return
        self._set_pending(Pending.REPRINT)

    @Slot()
    def cancel(self) -> None:
        self.reset()

    @Slot()
    def confirm(self) -> None:
        # A second Enter while the first is at work must not start (and so cancel) another.
        if self._pending is Pending.NONE or self._acting:
            return
        self._acting = True
        self._state.run("orders-action", self._confirm_once_async())

    async def _confirm_once_async(self) -> RefundResult | PrintOutcome | SignInOutcome | None:
        try:
            return await self.confirm_async()
        finally:
            self._acting = False

    async def confirm_async(self) -> RefundResult | PrintOutcome | SignInOutcome | None:
        """Do what was asked; a refund by someone without the permission checks the PIN."""
        pending, st = self._pending, self._state
        if pending is Pending.NONE or self._detail is None:
            return None
        if pending is Pending.REPRINT:
            self.reset()
            return await self.reprint_async()
        by = st.user
        if self._manager_needed:
            pin = st.take_pin()
            st.set_busy(True)
            try:
                result = await self._auth.sign_in_async(pin)
            finally:
                st.set_busy(False)
            if result.user is None or result.outcome not in (
                SignInOutcome.SIGNED_IN,
                SignInOutcome.NOT_ALLOWED,
            ):
                st.say(sign_in_text(result), MessageKind.ERROR)
                return result.outcome
            if not self._permitted(result.user):
                st.say(
                    tr("{name} may not refund orders.", name=result.user.name), MessageKind.ERROR
                )
                return SignInOutcome.NOT_ALLOWED
            by = result.user
        self.reset()
        assert by is not None
        return await self.refund_async(full=pending is Pending.REFUND_ALL, refunded_by=by.name)

    async def refund_async(self, *, full: bool, refunded_by: str) -> RefundResult | None:
        d, st = self._detail, self._state
        if d is None or d.row.checkout_id is None:
            return None
        cid = d.row.checkout_id
        st.set_busy(True)
        try:
            result = await self._desk.refund_async(
                cid,
                quantities=None if full else self._chosen(),
                reason=RefundReason.REQUESTED_BY_CUSTOMER,
                note="",
                refunded_by=refunded_by,
            )
        finally:
            st.set_busy(False)
        if result.money_returned or result.outcome is RefundOutcome.PENDING:
            await self.open_order_async(cid)
            await self.refresh_orders_async()
        st.say(*self._refund_message(result))  # after the refresh, so it is not hidden
        return result

    def _refund_message(self, result: RefundResult) -> tuple[str, MessageKind]:
        amount = self._state.money(result.amount_minor)
        o = result.outcome
        if o is RefundOutcome.REFUNDED:
            text = tr("{amount} is on its way back to the customer's card.", amount=amount)
            return text, MessageKind.SUCCESS
        if o is RefundOutcome.REFUNDED_BOOKS_PENDING:
            text = tr(
                "{amount} is on its way back to the card. Final POS will be updated "
                "as soon as it answers.",
                amount=amount,
            )
            return text, MessageKind.SUCCESS
        if o is RefundOutcome.PENDING:
            text = tr(
                "The refund is started but not confirmed yet. The kiosk finishes it "
                "by itself; do not refund again."
            )
        elif o is RefundOutcome.UNAVAILABLE:
            text = tr("Stripe did not answer. Nothing was refunded; try again.")
        elif o is RefundOutcome.TOO_MUCH:
            text = tr("That is more than is left to refund on this order. Nothing was refunded.")
        elif o is RefundOutcome.NOTHING_TO_REFUND:
            text = tr("Nothing is left to refund on this order.")
        elif o is RefundOutcome.NOT_PAID:
            text = tr("This order has no card payment to refund.")
        elif o is RefundOutcome.FAILED:
            text = tr(
                "The card company reports that the refund failed. Refund the customer another way."
            )
        else:
            text = tr("The card company refused the refund. Nothing was refunded.")
        return text, MessageKind.ERROR

    async def reprint_async(self) -> PrintOutcome | None:
        d, st, receipts = self._detail, self._state, self._receipts()
        if d is None or d.row.checkout_id is None or not printer_configured(receipts):
            return None
        assert receipts is not None
        st.set_busy(True)
        try:
            outcome = await receipts.reprint_async(d.row.checkout_id)
        except ReceiptUnavailable:
            st.say(tr("This order has no receipt to print."), MessageKind.ERROR)
            return None
        finally:
            st.set_busy(False)
        if outcome is PrintOutcome.PRINTED:
            st.say(tr("Receipt printed."), MessageKind.SUCCESS)
        elif outcome is PrintOutcome.QUEUED:
            st.say(
                tr("The printer did not print it now; it tries again by itself."),
                MessageKind.ERROR,
            )
        else:
            st.say(tr("No receipt printer is set up."), MessageKind.ERROR)
        return outcome

    # -- properties ---------------------------------------------------------------------------

    def _get_offered(self) -> bool:
        return self._state.desk.staff_desk is not None

    offered = Property(bool, _get_offered, constant=True)

    def _get_orders(self) -> QObject:
        return self.order_rows

    orderModel = Property(QObject, _get_orders, constant=True)

    def _get_lines(self) -> QObject:
        return self.detail_lines

    lineModel = Property(QObject, _get_lines, constant=True)

    def _get_query(self) -> str:
        return self._query

    query = Property(str, _get_query, notify=orders_changed)

    def _get_has_detail(self) -> bool:
        return self._detail is not None

    hasOrder = Property(bool, _get_has_detail, notify=orders_changed)

    def _get_title(self) -> str:
        d = self._detail
        if d is None:
            return ""
        text = tr(
            "Order {number} · {total} · {status}",
            number=d.row.order_number,
            total=self._state.money(d.row.total_minor),
            status=status_text(d.finalpos_status or d.row.status),
        )
        if d.row.refunded_minor:
            text += " · " + tr("{amount} refunded", amount=self._state.money(d.row.refunded_minor))
        return text

    orderTitle = Property(str, _get_title, notify=orders_changed)

    def _get_refundable(self) -> bool:
        return bool(self._detail and self._detail.refundable_minor > 0)

    refundable = Property(bool, _get_refundable, notify=orders_changed)

    def _get_lines_amount(self) -> str:
        return self._state.money(self.refund_minor(full=False))

    linesAmount = Property(str, _get_lines_amount, notify=orders_changed)

    def _get_can_reprint(self) -> bool:
        d = self._detail
        return bool(d and d.row.checkout_id) and printer_configured(self._receipts())

    canReprint = Property(bool, _get_can_reprint, notify=orders_changed)

    def _get_asking(self) -> bool:
        return self._pending is not Pending.NONE

    asking = Property(bool, _get_asking, notify=orders_changed)

    def _get_manager_needed(self) -> bool:
        return self._manager_needed

    managerNeeded = Property(bool, _get_manager_needed, notify=orders_changed)

    def _get_confirm_text(self) -> str:
        d, p = self._detail, self._pending
        if d is None or p is Pending.NONE:
            return ""
        number = d.row.order_number
        if p is Pending.REPRINT:
            return tr("Print the receipt of order {number} again?", number=number)
        amount = self._state.money(self.refund_minor(full=p is Pending.REFUND_ALL))
        return tr(
            "Refund {amount} to the customer's card for order {number}?",
            amount=amount,
            number=number,
        )

    confirmText = Property(str, _get_confirm_text, notify=orders_changed)
