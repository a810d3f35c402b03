"""Payments that need a person (`staff.attention` in QML): what happened, what to do, and
the three ways forward (try again, refund, mark handled with a note)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.staff import StaffAction
from kiosk.services.staff.desk import AttentionProblem, AttentionRow, DeskOutcome
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr, tr_noop
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.ports import StaffPort
from kiosk.ui.staff.shell import StaffShell, clock_text


class AttentionListModel(RowListModel):
    ROLES = ("key", "number", "amount", "since", "problem", "advice", "canRefund")


# (what happened, what to do), translated when shown (`tr_noop` marks them for the files).
_PROBLEM_TEXTS: dict[AttentionProblem, tuple[str, str]] = {
    AttentionProblem.CHARGED_ORDER_CANCELLED: (
        tr_noop("The card was charged, but the order was cancelled in Final POS."),
        tr_noop("Refund the customer, or mark it handled if the order was put back."),
    ),
    AttentionProblem.COMPLETED_WITHOUT_PAYMENT: (
        tr_noop("The order is marked paid in Final POS, but no card payment was taken."),
        tr_noop("Ask the customer to pay at the counter, then mark it handled."),
    ),
    AttentionProblem.REFUND_NOT_RECORDED: (
        tr_noop("The money was refunded, but Final POS has not recorded the refund yet."),
        tr_noop("Try again now. The kiosk also retries every minute."),
    ),
    AttentionProblem.REFUND_FAILED: (
        tr_noop("The card company reports that this refund failed."),
        tr_noop("Refund the customer another way, then mark it handled."),
    ),
    AttentionProblem.LATE_CANCEL: (
        tr_noop("A cancel sent for this order may have landed after a station took the payment."),
        tr_noop("Check it in Final POS, put it back if it was cancelled, then mark it handled."),
    ),
    AttentionProblem.NOT_FINISHED: (
        tr_noop("This payment could not be finished automatically."),
        tr_noop("Try again now. If it keeps failing, check the network and call support."),
    ),
}


def problem_text(problem: AttentionProblem) -> tuple[str, str]:
    """(what happened, what to do) in plain words."""
    what, advice = _PROBLEM_TEXTS[problem]
    return tr(what), tr(advice)


class AttentionViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        shell: StaffShell,
        desk: StaffPort,
        formatter: PriceFormatter,
        *,
        refund: Callable[[str], Coroutine[Any, Any, None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self.desk = desk
        self._money = formatter
        self._refund = refund
        self._rows: list[AttentionRow] = []
        self.items = AttentionListModel(self)

    @Property(QObject, constant=True)
    def attentionModel(self) -> AttentionListModel:
        return self.items

    @Property(int, notify=changed)
    def attentionCount(self) -> int:
        return len(self._rows)

    def refresh(self) -> None:
        self._rows = self.desk.attention()
        rows = []
        for row in self._rows:
            what, advice = problem_text(row.problem)
            rows.append(
                (
                    row.key,
                    row.order_number,
                    self._money(row.amount_minor),
                    clock_text(row.since),
                    what,
                    advice,
                    row.can_refund,
                )
            )
        self.items.set_rows(rows)
        self.changed.emit()

    def _row(self, key: str) -> AttentionRow | None:
        return next((r for r in self._rows if r.key == key), None)

    @Slot(str)
    def askRetry(self, key: str) -> None:
        """Retrying may capture or void a payment (what recovery would do): ask first."""
        row = self._row(key)
        if row is None or not self._shell.permitted(StaffAction.RETRY_ATTENTION):
            return
        self._shell.ask(
            tr(
                "Try to finish order {number} now? The kiosk asks Final POS and the card "
                "service and completes or cancels it.",
                number=row.order_number,
            ),
            tr("Try again now"),
            lambda: self.retry_async(key),
        )

    async def retry_async(self, key: str) -> DeskOutcome | None:
        row = self._row(key)
        if row is None or not self._shell.permitted(StaffAction.RETRY_ATTENTION):
            return None
        async with self._shell.working():
            outcome = await self.desk.retry_async(row)
        if outcome is DeskOutcome.OK:
            self._shell.say(tr("Order {number} is sorted out.", number=row.order_number))
        elif outcome is DeskOutcome.UNREACHABLE:
            self._shell.unreachable(
                tr("Order {number} still needs attention.", number=row.order_number)
            )
        else:
            self._shell.say(
                tr(
                    "Order {number} still needs a person: see what to do below.",
                    number=row.order_number,
                ),
                error=True,
            )
        self.refresh()
        return outcome

    @Slot(str)
    def refundAttention(self, key: str) -> None:
        self._shell.activity()
        row = self._row(key)
        if row is None or not self._shell.permitted(StaffAction.REFUND):
            return
        self._shell.spawn("detail", self._refund(row.checkout_id))

    @Slot(str, str)
    def askMarkHandled(self, key: str, note: str) -> None:
        row = self._row(key)
        if row is None or not self._shell.permitted(StaffAction.MARK_HANDLED):
            return
        if not note.strip():
            self._shell.say(tr("Please write a short note saying what was done."), error=True)
            return
        self._shell.ask(
            tr(
                "Mark order {number} as handled? Your note is added to the order in Final POS.",
                number=row.order_number,
            ),
            tr("Mark handled"),
            lambda: self.mark_handled_async(key, note),
        )

    async def mark_handled_async(self, key: str, note: str) -> DeskOutcome | None:
        row, user = self._row(key), self._shell.user
        if row is None or not self._shell.permitted(StaffAction.MARK_HANDLED) or user is None:
            return None
        async with self._shell.working():
            outcome = await self.desk.mark_handled_async(row, note=note.strip(), by=user.name)
        if outcome is DeskOutcome.OK:
            self._shell.say(tr("Order {number} is marked handled.", number=row.order_number))
        else:
            self._shell.unreachable(
                tr("Order {number} is not marked handled yet.", number=row.order_number)
            )
        self.refresh()
        return outcome
