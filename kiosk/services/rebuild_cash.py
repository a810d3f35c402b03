"""Rebuild the station's cash drawer journal from Final POS (`rebuild_cash_async`).

A cash sale has no PaymentIntent: Final POS alone knows it. Its order carries
``externalId`` = the sale id and this station's receipt id (``<TAG>-<seq>-<ID6>``, as
`CashSales` writes it); a kiosk order paid at the counter is known by its sale transaction
(``externalId`` = ``counter:<order id>``). A cash journal entry is created only once the
cash is in hand, so a pending order of this station means the money was taken:

==============================  =====================================================
Final POS                       restored as
==============================  =====================================================
order pending, no cash sale     ORDER_RECORDED (the cash sale is recorded, then completed)
order pending, cash sale found  TRANSACTION_RECORDED (the order is completed)
counter order pending, sale     TRANSACTION_RECORDED (the order is completed)
order completed or cancelled    not restored (nothing to do)
==============================  =====================================================

Parked orders (``park:<id>``) are not cash sales and are left alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.services.journal import Journal
from kiosk.services.rebuild import (
    DEFAULT_WINDOW_S,
    RebuildReport,
    in_window,
    is_pending,
    order_number_of,
    order_total_of,
)
from kiosk.services.receipt_ids import is_ours, receipt_seq, station_tag

log = logging.getLogger(__name__)

CASH_SALE_PREFIX_COUNTER = "counter:"


async def rebuild_cash_if_needed_async(
    journal: Journal,
    *,
    finalpos: FinalPosClient,
    station_name: str,
    window_s: float = DEFAULT_WINDOW_S,
    clock: Callable[[], float] = time.time,
) -> RebuildReport | None:
    """`rebuild_cash_async` when the cash journal says it is needed, else None."""
    reason = journal.rebuild_needed()
    if reason is None:
        return None
    log.warning("cash journal rebuild needed: %s", reason)
    return await rebuild_cash_async(
        journal, finalpos=finalpos, station_name=station_name, window_s=window_s, clock=clock
    )


async def rebuild_cash_async(
    journal: Journal,
    *,
    finalpos: FinalPosClient,
    station_name: str,
    window_s: float = DEFAULT_WINDOW_S,
    clock: Callable[[], float] = time.time,
) -> RebuildReport:
    """Journal every unfinished cash sale of this station that the cash journal lost."""
    since = clock() - window_s
    tag = station_tag(station_name)  # the tag CashSales writes
    report = RebuildReport(since=since)

    pending: dict[str, m.Order] = {}
    pending_by_id: dict[str, m.Order] = {}
    async for order in finalpos.iter_orders():
        if not (is_pending(order) and in_window(order, since)):
            continue
        pending_by_id[order.id] = order
        sid = order.external_id or ""
        if sid and is_ours(order.receipt_id, sid, tag):
            pending[sid] = order
    sales: dict[str, m.Transaction] = {}
    async for tx in finalpos.iter_transactions():
        sid = tx.external_id or ""
        if tx.type != "sale" or sid in sales:
            continue
        if sid in pending:
            sales[sid] = tx
        elif sid.startswith(CASH_SALE_PREFIX_COUNTER) and tx.order_id in pending_by_id:
            sales[sid] = tx
            pending[sid] = pending_by_id[tx.order_id]
    known = journal.checkout_ids()
    report.examined = len(pending)
    report.already_journaled = sorted(set(pending) & known)
    for sid in sorted(set(pending) - known):
        order = pending[sid]
        sale = sales.get(sid)
        currency = (order.currency or "").upper()
        amount = order_total_of(order, currency) or 0
        step = Step.TRANSACTION_RECORDED if sale is not None else Step.ORDER_RECORDED
        receipt_id = order.receipt_id or f"{tag}-?-{sid[:6].upper()}"
        created = order.created_at.timestamp() if order.created_at else clock()
        journal.restore(
            checkout_id=sid,
            order_number=order_number_of(order, receipt_id),
            receipt_id=receipt_id,
            currency=currency,
            amount_minor=amount,
            step=step,
            created_at=created,
            order_body={"rebuilt": True, "order_id": order.id},
            # the tendered amount was in the lost journal: the sale records the total
            display={"tendered_minor": amount, "employee": "", "counter": sid != order.external_id},
            seq=receipt_seq(receipt_id) if sid == order.external_id else None,
            session_id=order.session_id,
            order_id=order.id,
            transaction_id=sale.id if sale is not None else None,
            detail=f"rebuilt: order pending, cash sale {'found' if sale else 'not found'}",
        )
        report.restored[sid] = step
    journal.clear_rebuild_needed()
    log.warning(
        "cash journal rebuilt: %d unfinished cash sales of this station since %s, %d restored",
        report.examined,
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(since)),
        len(report.restored),
    )
    return report
