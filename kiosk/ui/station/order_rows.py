"""The orders screen's lists: today's orders (card checkouts and cash sales, one list) and
one order's lines, as rows for QML (`RowListModel`), with each status in a word."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kiosk.domain.checkout import Step
from kiosk.services.staff.desk import OrderRow
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel

_STEPS = frozenset(step.value for step in Step)


class StationOrderListModel(RowListModel):
    ROLES = ("checkoutId", "number", "time", "total", "status", "refunded")


class StationOrderLineListModel(RowListModel):
    ROLES = ("index", "name", "quantity", "total", "refundable", "chosen")


def status_text(status: str, *, cash: bool = False) -> str:
    """The journal's step or Final POS's status, in a word; money taken is "Paid" at once
    (the books land moments after the card is captured)."""
    if status in ("canceled", "cancelled", "void"):
        return tr("Cancelled")
    if status == "completed" or (status in _STEPS and Step(status).rank >= Step.CAPTURED.rank):
        return tr("Paid in cash") if cash else tr("Paid")
    if status == "parked":
        return tr("Parked")
    return tr("In progress")


def _clock(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%H:%M") if ts else ""


def list_rows(
    card_rows: list[OrderRow], cash_rows: list[OrderRow], money: Callable[[int], str]
) -> list[tuple[object, ...]]:
    """One list, newest first. A cash sale is also a Final POS order of this till session
    (which the card list may bring): it is listed once, as this drawer's sale."""
    mine = {r.order_id for r in cash_rows}
    rows = sorted(
        [*cash_rows, *(r for r in card_rows if r.order_id not in mine)],
        key=lambda r: r.created_at,
        reverse=True,
    )
    is_cash = {r.checkout_id for r in cash_rows}
    return [
        (
            r.checkout_id or "",
            r.order_number,
            _clock(r.created_at),
            money(r.total_minor),
            status_text(r.status, cash=r.checkout_id in is_cash),
            money(r.refunded_minor) if r.refunded_minor else "",
        )
        for r in rows
    ]
