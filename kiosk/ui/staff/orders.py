"""Today's orders, one order's detail and its refund (`staff.orders` in QML).

A refund asks first, with the amount the desk computes for the chosen lines; the result
message survives the detail refresh that follows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.refunds import RefundOutcome, RefundReason, RefundResult
from kiosk.services.staff import StaffAction
from kiosk.services.staff.desk import DeskOutcome, OrderDetail
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.ports import StaffPort
from kiosk.ui.staff.shell import StaffScreen, StaffShell, clock_text


class OrderListModel(RowListModel):
    ROLES = ("checkoutId", "number", "time", "total", "status", "refunded")


class DetailLineListModel(RowListModel):
    ROLES = ("index", "name", "quantity", "total", "refundable", "chosen")


def status_text(status: str) -> str:
    if status == "completed":
        return tr("Paid")
    if status in ("canceled", "cancelled", "void"):
        return tr("Cancelled")
    return tr("In progress")


class OrdersViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        shell: StaffShell,
        desk: StaffPort,
        formatter: PriceFormatter,
        *,
        refunded: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self.desk = desk
        self._money = formatter
        self._refunded = refunded
        self._query = ""
        self._detail: OrderDetail | None = None
        self._refund_quantities: dict[int, int] = {}
        self._refund_full = True
        self._refund_reason = RefundReason.REQUESTED_BY_CUSTOMER
        self.refund_back = StaffScreen.ORDER_DETAIL
        self.order_rows = OrderListModel(self)
        self.detail_lines = DetailLineListModel(self)

    @Property(QObject, constant=True)
    def orderModel(self) -> OrderListModel:
        return self.order_rows

    @Property(QObject, constant=True)
    def detailLineModel(self) -> DetailLineListModel:
        return self.detail_lines

    # -- today's orders -------------------------------------------------------------------
    @Property(str, notify=changed)
    def orderQuery(self) -> str:
        return self._query

    @Slot(str)
    def search(self, query: str) -> None:
        self._shell.activity()
        self._query = query
        self._show_orders(self.desk.orders_today(query))

    def refresh(self) -> None:
        self._shell.spawn("orders", self.refresh_orders_async())

    async def refresh_orders_async(self) -> DeskOutcome:
        self._show_orders(self.desk.orders_today(self._query))
        outcome, rows = await self.desk.orders_today_async(self._query)
        self._show_orders(rows)
        if outcome is DeskOutcome.UNREACHABLE:
            self._shell.say(
                tr("Showing this kiosk's own records: Final POS did not answer."), error=True
            )
        return outcome

    def _show_orders(self, rows: list[Any]) -> None:
        self.order_rows.set_rows(
            [
                (
                    r.checkout_id or "",
                    r.order_number,
                    clock_text(r.created_at),
                    self._money(r.total_minor),
                    status_text(r.status),
                    self._money(r.refunded_minor) if r.refunded_minor else "",
                )
                for r in rows
            ]
        )
        self.changed.emit()

    # -- one order ------------------------------------------------------------------------
    @Slot(str)
    def openOrder(self, checkout_id: str) -> None:
        self._shell.activity()
        if not checkout_id:
            self._shell.say(tr("This order was not taken on this kiosk: refund it in Final POS."))
            return
        self._shell.show(StaffScreen.ORDER_DETAIL)
        self._shell.spawn("detail", self.open_order_async(checkout_id))

    async def open_order_async(self, checkout_id: str) -> DeskOutcome:
        self._shell.show(StaffScreen.ORDER_DETAIL)
        async with self._shell.working():
            outcome, detail = await self.desk.order_detail_async(checkout_id)
        self._detail = detail
        self._show_detail()
        if outcome is DeskOutcome.UNREACHABLE:
            self._shell.say(
                tr("Some details are missing: Final POS or Stripe did not answer."), error=True
            )
        elif outcome is DeskOutcome.NOT_FOUND:
            self._shell.say(tr("This order is not in this kiosk's records."), error=True)
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
        self.changed.emit()

    @Property(str, notify=changed)
    def detailNumber(self) -> str:
        return self._detail.row.order_number if self._detail else ""

    @Property(str, notify=changed)
    def detailTotal(self) -> str:
        return self._money(self._detail.row.total_minor) if self._detail else ""

    @Property(str, notify=changed)
    def detailStatus(self) -> str:
        d = self._detail
        if d is None:
            return ""
        text = status_text(d.finalpos_status or d.row.status)
        if d.row.refunded_minor:
            text += " · " + tr("{amount} refunded", amount=self._money(d.row.refunded_minor))
        return text

    @Property(str, notify=changed)
    def detailCard(self) -> str:
        d = self._detail
        if d is None or not (d.card_brand or d.card_last4):
            return tr("Card")
        brand = (d.card_brand or tr("Card")).title()
        return f"{brand} •••• {d.card_last4}" if d.card_last4 else brand

    @Property(bool, notify=changed)
    def detailRefundable(self) -> bool:
        return bool(self._detail and self._detail.refundable_minor > 0)

    # -- refunds --------------------------------------------------------------------------
    @Slot(bool)
    def startRefund(self, full: bool) -> None:
        self._shell.activity()
        if not self._shell.permitted(StaffAction.REFUND) or self._detail is None:
            return
        if not self.detailRefundable:
            self._shell.say(tr("Nothing is left to refund on this order."), error=True)
            return
        self._refund_full = full
        self._refund_quantities = {}
        self.refund_back = StaffScreen.ORDER_DETAIL
        self._show_detail()
        self._shell.show(StaffScreen.REFUND)

    async def refund_from_async(self, checkout_id: str, back: StaffScreen) -> None:
        """A full refund of `checkout_id` offered from another screen (`back` returns there)."""
        await self.open_order_async(checkout_id)
        self._refund_full = True
        self._refund_quantities = {}
        self.refund_back = back
        self._shell.show(StaffScreen.REFUND)

    @Property(bool, notify=changed)
    def refundFull(self) -> bool:
        return self._refund_full

    @Slot(bool)
    def setRefundFull(self, full: bool) -> None:
        self._refund_full = full
        self.changed.emit()

    @Slot(int, int)
    def setRefundQuantity(self, index: int, quantity: int) -> None:
        self._shell.activity()
        if self._detail is None:
            return
        line = next((ln for ln in self._detail.lines if ln.index == index), None)
        if line is None:
            return
        self._refund_full = False
        self._refund_quantities[index] = max(0, min(quantity, line.refundable_quantity))
        self._show_detail()

    @Property(str, notify=changed)
    def refundReason(self) -> str:
        return self._refund_reason.value

    @Slot(str)
    def setRefundReason(self, reason: str) -> None:
        self._refund_reason = RefundReason(reason)
        self.changed.emit()

    def _quantities(self) -> dict[int, int] | None:
        if self._refund_full:
            return None
        return {i: q for i, q in self._refund_quantities.items() if q > 0}

    @Property(str, notify=changed)
    def refundAmount(self) -> str:
        d = self._detail
        if d is None or d.row.checkout_id is None:
            return ""
        quantities = self._quantities()
        if quantities == {}:
            return self._money(0)
        try:
            return self._money(self.desk.refund_amount(d.row.checkout_id, quantities))
        except ValueError:
            return ""

    @Slot(str)
    def askRefund(self, note: str) -> None:
        self._shell.activity()
        if not self._shell.permitted(StaffAction.REFUND) or self._detail is None:
            return
        if self._quantities() == {}:
            self._shell.say(tr("Choose at least one item to refund."), error=True)
            return
        self._shell.ask(
            tr(
                "Refund {amount} to the customer's card for order {number}?",
                amount=self.refundAmount,
                number=self.detailNumber,
            ),
            tr("Refund {amount}", amount=self.refundAmount),
            lambda: self.refund_async(note),
        )

    async def refund_async(self, note: str) -> RefundResult | None:
        d, user = self._detail, self._shell.user
        if not self._shell.permitted(StaffAction.REFUND) or d is None or user is None:
            return None
        cid = d.row.checkout_id
        if cid is None:
            return None
        async with self._shell.working():
            result = await self.desk.refund_async(
                cid,
                quantities=self._quantities(),
                reason=self._refund_reason,
                note=note.strip(),
                refunded_by=user.name,
            )
        self._refund_message(result)
        if result.money_returned or result.outcome is RefundOutcome.PENDING:
            self._refund_quantities = {}
            await self.open_order_async(cid)
            self._refund_message(result)  # the detail refresh must not hide the result
        self._refunded()
        return result

    def _refund_message(self, result: RefundResult) -> None:
        say = self._shell.say
        amount = self._money(result.amount_minor)
        o = result.outcome
        if o is RefundOutcome.REFUNDED:
            say(tr("{amount} is on its way back to the customer's card.", amount=amount))
        elif o is RefundOutcome.REFUNDED_BOOKS_PENDING:
            say(
                tr(
                    "{amount} is on its way back to the card. Final POS will be updated "
                    "as soon as it answers.",
                    amount=amount,
                )
            )
        elif o is RefundOutcome.PENDING:
            say(
                tr(
                    "The refund is started but not confirmed yet. The kiosk finishes it "
                    "by itself; do not refund again."
                ),
                error=True,
            )
        elif o is RefundOutcome.UNAVAILABLE:
            self._shell.unreachable(tr("Nothing was refunded."))
        elif o is RefundOutcome.TOO_MUCH:
            say(
                tr("That is more than is left to refund on this order. Nothing was refunded."),
                error=True,
            )
        elif o is RefundOutcome.NOTHING_TO_REFUND:
            say(tr("Nothing is left to refund on this order."), error=True)
        elif o is RefundOutcome.NOT_PAID:
            say(tr("This order has no card payment to refund."), error=True)
        elif o is RefundOutcome.FAILED:
            say(
                tr(
                    "The card company reports that the refund failed. Refund the customer "
                    "another way."
                ),
                error=True,
            )
        else:
            say(tr("The card company refused the refund. Nothing was refunded."), error=True)
