"""Today's orders at the station: search, one order's lines, refunds and a receipt reprint.

`station.orders` in QML. Card checkouts come from staff mode's own services, not a copy: the
station's `StaffDesk` (`desk.staff_desk`) lists, details and refunds them to the card; this
station's cash sales come from its cash journal (`desk.cash_orders`) and are refunded in cash
through the same refund pipeline (journaled first, in Final POS once, paid out of this till
session's drawer). The Backend's `ReceiptService` reprints (`kiosk.ui.station.reprint`). The
question, its PIN and the words after a refund are in `kiosk.ui.station.orders_refund`.

Every action asks once (`confirmText`, then `confirm()` or Esc), and says its outcome in
the banner. Reprint is offered only when a receipt printer is configured.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.receipts import PrintOutcome
from kiosk.services.refunds import RefundOutcome, RefundReason, RefundResult
from kiosk.services.staff import SignInOutcome
from kiosk.services.staff.desk import DeskOutcome, OrderDetail, OrderRow, StaffDesk
from kiosk.services.station.cash_orders import CashOrders
from kiosk.ui.i18n import tr
from kiosk.ui.station.order_rows import (
    StationOrderLineListModel,
    StationOrderListModel,
    list_rows,
    status_text,
)
from kiosk.ui.station.orders_refund import Pending, RefundAsk, refund_message
from kiosk.ui.station.reprint import ReprintPort, printer_configured, reprint_async
from kiosk.ui.station.signin import SignInPort
from kiosk.ui.station.state import MessageKind, StationScreen, StationState

__all__ = ["OrdersViewModel", "Pending", "ReprintPort", "printer_configured", "status_text"]


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
        self._ask = RefundAsk(state, auth, self.orders_changed.emit)
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

    def _cash_sale(self, checkout_id: str | None) -> CashOrders | None:
        """The cash sales' service when `checkout_id` is one of this drawer's sales."""
        cash = self._state.desk.cash_orders
        return cash if cash is not None and checkout_id and cash.is_cash(checkout_id) else None

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
        cash = self._state.desk.cash_orders
        cash_rows = cash.orders_today(self._query) if cash is not None else []
        self._show_orders(self._desk.orders_today(self._query), cash_rows)  # journals, at once
        st.set_busy(True)
        try:
            outcome, rows = await self._desk.orders_today_async(self._query)
        finally:
            st.set_busy(False)
        self._show_orders(rows, cash_rows)
        if outcome is DeskOutcome.UNREACHABLE:
            st.say(
                tr("Showing this station's own records: Final POS did not answer."),
                MessageKind.ERROR,
            )
        return outcome

    def _show_orders(self, card_rows: list[OrderRow], cash_rows: list[OrderRow]) -> None:
        self.order_rows.set_rows(list_rows(card_rows, cash_rows, self._state.money))
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
        cash = self._cash_sale(checkout_id)
        st.set_busy(True)
        try:
            if cash is not None:  # all in this station's journals: nothing to ask anyone
                outcome, detail = DeskOutcome.OK, cash.detail(checkout_id)
            else:
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

    # -- asking once (`orders_refund.RefundAsk`) ----------------------------------------------

    def reset(self) -> None:
        """Nothing is asked any more (Esc, another order, leaving the screen)."""
        self._ask.reset()

    @Slot()
    def askRefundAll(self) -> None:
        self._ask.ask_refund(self._detail, self._chosen(), full=True)

    @Slot()
    def askRefundLines(self) -> None:
        self._ask.ask_refund(self._detail, self._chosen(), full=False)

    @Slot()
    def askReprint(self) -> None:
        if self._detail is None or not self.canReprint:
            return
        self._ask.set_pending(Pending.REPRINT)

    @Slot()
    def cancel(self) -> None:
        self.reset()

    @Slot()
    def confirm(self) -> None:
        # A second Enter while the first is at work must not start (and so cancel) another.
        if self._ask.pending is Pending.NONE or self._acting:
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
        pending = self._ask.pending
        if pending is Pending.NONE or self._detail is None:
            return None
        if pending is Pending.REPRINT:
            self.reset()
            return await self.reprint_async()
        by, refused = await self._ask.who_async()
        if by is None:
            return refused
        self.reset()
        return await self.refund_async(full=pending is Pending.REFUND_ALL, refunded_by=by.name)

    async def refund_async(self, *, full: bool, refunded_by: str) -> RefundResult | None:
        d, st = self._detail, self._state
        if d is None or d.row.checkout_id is None:
            return None
        cid = d.row.checkout_id
        cash = self._cash_sale(cid)
        quantities = None if full else self._chosen()
        st.set_busy(True)
        try:
            if cash is not None:
                result = await cash.refund_async(
                    cid, quantities=quantities, refunded_by=refunded_by
                )
            else:
                result = await self._desk.refund_async(
                    cid,
                    quantities=quantities,
                    reason=RefundReason.REQUESTED_BY_CUSTOMER,
                    note="",
                    refunded_by=refunded_by,
                )
        finally:
            st.set_busy(False)
        if result.money_returned or result.outcome is RefundOutcome.PENDING:
            await self.open_order_async(cid)
            await self.refresh_orders_async()
        amount = st.money(result.amount_minor)
        # after the refresh, so it is not hidden
        st.say(*refund_message(result, amount, cash=cash is not None))
        return result

    async def reprint_async(self) -> PrintOutcome | None:
        d = self._detail
        if d is None or d.row.checkout_id is None:
            return None
        return await reprint_async(self._state, self._receipts(), d.row.checkout_id)

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
            status=status_text(
                d.finalpos_status or d.row.status,
                cash=self._cash_sale(d.row.checkout_id) is not None,
            ),
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

    def _get_cash_sale(self) -> bool:
        d = self._detail
        return d is not None and self._cash_sale(d.row.checkout_id) is not None

    cashSale = Property(bool, _get_cash_sale, notify=orders_changed)

    def _get_hand_back(self) -> str:
        """The cash to hand over for what is asked (shown large in the question)."""
        p = self._ask.pending
        if p in (Pending.NONE, Pending.REPRINT) or not self._get_cash_sale():
            return ""
        return self._state.money(self.refund_minor(full=p is Pending.REFUND_ALL))

    handBack = Property(str, _get_hand_back, notify=orders_changed)

    def _get_asking(self) -> bool:
        return self._ask.pending is not Pending.NONE

    asking = Property(bool, _get_asking, notify=orders_changed)

    def _get_manager_needed(self) -> bool:
        return self._ask.manager_needed

    managerNeeded = Property(bool, _get_manager_needed, notify=orders_changed)

    def _get_confirm_text(self) -> str:
        d, p = self._detail, self._ask.pending
        if d is None or p is Pending.NONE:
            return ""
        amount = self._state.money(self.refund_minor(full=p is Pending.REFUND_ALL))
        return self._ask.question(d, amount, cash=self._get_cash_sale())

    confirmText = Property(str, _get_confirm_text, notify=orders_changed)
