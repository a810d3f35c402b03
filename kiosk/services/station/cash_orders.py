"""Today's cash sales at this station, their lines, and their refunds in cash (no Qt).

The station's orders screen lists them beside the card checkouts of staff mode's `StaffDesk`,
in the same shapes (`OrderRow`, `OrderDetail`), so one screen shows both. A refund goes through
the one refund pipeline (`RefundService.refund_async`, which knows the cash journal): journaled
first, then the Final POS refund and its ``cash`` payout in the open till session, each created
at most once. A kiosk's order paid here in cash (a counter sale) is listed and refunded the
same way: its lines are journaled with the payment (the order as Final POS held it), and the
refund is the kiosk order's. One paid before that was journaled (or whose order was not
complete enough to journal) is not listed: Final POS refunds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from kiosk.domain.checkout import Step
from kiosk.services.journal import JournalError
from kiosk.services.refunds import (
    RefundMethod,
    RefundReason,
    RefundResult,
    RefundService,
    RefundStep,
    sold_lines,
)
from kiosk.services.staff.desk import DetailLine, OrderDetail, OrderRow
from kiosk.services.staff.desk_types import local_midnight, order_row
from kiosk.services.station.cash import COUNTER_BODY, COUNTER_FLAG, CashSales


def _refundable_here(display: Mapping[str, object]) -> bool:
    """A sale of this station, or a kiosk's order paid here whose lines were journaled."""
    return not display.get(COUNTER_FLAG) or bool(display.get(COUNTER_BODY))


class CashOrders:
    """See the module docstring."""

    def __init__(
        self,
        *,
        cash: CashSales,
        refunds: RefundService,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._cash = cash
        self._refunds = refunds
        self._clock = clock

    def is_cash(self, sale_id: str) -> bool:
        try:
            entry = self._cash.journal.get(sale_id)
        except JournalError:
            return False
        return _refundable_here(entry.display)

    def orders_today(self, query: str = "") -> list[OrderRow]:
        """Today's cash sales of this station, newest first, filtered by order number.

        Reads today's rows only (the journal's ``created_at`` index), without their order
        bodies and not again while the journal is unchanged (`Journal.summaries_since`), and
        the refunds of those sales only (the refund journal's order index), so a keystroke in
        the search costs the same on the first day and after a year of sales.
        """
        since = local_midnight(self._clock())
        needle = query.strip().upper()
        sales = [
            e
            for e in self._cash.journal.summaries_since(since)
            if e.step is not Step.VOID
            and _refundable_here(e.display)
            and needle in e.order_number.upper()
        ]
        refunded: dict[str, int] = {}  # one read of the refund journal, not one per sale
        for r in self._refunds.journal.for_orders({e.order_id or "" for e in sales}):
            if r.method is RefundMethod.CASH and r.step is not RefundStep.REJECTED:
                refunded[r.order_id] = refunded.get(r.order_id, 0) + r.amount_minor
        rows = [order_row(e, refunded_minor=refunded.get(e.order_id or "", 0)) for e in sales]
        return sorted(rows, key=lambda r: r.created_at, reverse=True)

    def detail(self, sale_id: str) -> OrderDetail | None:
        """One cash sale's lines and what is left to refund on it (journals only, no I/O)."""
        if not self.is_cash(sale_id):
            return None
        entry = self._cash.journal.get(sale_id)
        refundable = self._refunds.refundable(sale_id)
        left = {line.index: line.refundable_quantity for line in refundable.lines}
        paid = entry.step is Step.COMPLETED
        return OrderDetail(
            row=order_row(entry, refunded_minor=refundable.refunded_minor),
            lines=tuple(
                DetailLine(s.index, s.name, s.quantity, s.total_minor, left.get(s.index, 0))
                for s in sold_lines(entry)
            ),
            finalpos_status=None,
            card_brand=None,
            card_last4=None,
            refundable_minor=refundable.remaining_minor if paid else 0,
            refunds=tuple(self._refunds.journal.for_order(entry.order_id or "-")),
        )

    def refund_amount(self, sale_id: str, quantities: Mapping[int, int] | None) -> int:
        return sum(line.amount_minor for line in self._refunds.plan(sale_id, quantities))

    async def refund_async(
        self, sale_id: str, *, quantities: Mapping[int, int] | None, refunded_by: str
    ) -> RefundResult:
        """Refund in cash (None = everything left); see `RefundService.refund_async`."""
        return await self._refunds.refund_async(
            sale_id,
            quantities=quantities,
            reason=RefundReason.REQUESTED_BY_CUSTOMER,
            refunded_by=refunded_by,
        )
