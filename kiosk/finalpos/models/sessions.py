"""Till session wire models: a shift on one station, opened and closed with cash counts.

The session's GET was never seen and its PUT only by title (paths and verbs from the sibling
pattern); closing a session is assumed to be that PUT with closeTime, closedBy and amounts.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from kiosk.finalpos.models.base import Amount, Items, Record, WireModel, list_field


class ClosingAmounts(WireModel):
    cash: Amount | None = None
    card: Amount | None = None
    oliver_pay: Amount | None = None


class _SessionFields(WireModel):
    station_id: str | None = None
    session_number: str | None = None
    opened_by: str | None = None
    closed_by: str | None = None
    open_time: datetime | None = None
    close_time: datetime | None = None
    opening_amount: Amount | None = None
    closing_amount: Amount | None = None
    closing_report_data: str | None = None
    notes: Items[str] | None = None
    closing_amounts: ClosingAmounts | None = None
    closing_note: str | None = None
    opening_note: str | None = None


class Session(Record, _SessionFields):
    """A till shift; open while `close_time` is None."""

    @property
    def is_open(self) -> bool:
        return self.close_time is None


class SessionCreate(_SessionFields):
    """Open a session. The contract marks notes, closingAmounts and openingNote required."""

    station_id: str
    session_number: str
    opened_by: str
    open_time: datetime
    opening_amount: Amount
    notes: list[str] = list_field()
    closing_amounts: ClosingAmounts = Field(default_factory=ClosingAmounts)
    opening_note: str = ""


class SessionUpdate(_SessionFields):
    """Partial session update; closing a session sets closeTime, closedBy and the amounts."""
