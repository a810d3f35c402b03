"""The station's till: opened with a cash float by the signed-in person, closed with a count.

Reuses staff mode's `StaffDesk` (open, close, summary) and `TillSessionService`; what the
station adds is money in the drawer: the opening float (``openingAmount``) and, at closing,
the counted cash, compared with what is expected (float + cash sales - cash refunds, from
Final POS's own transactions of the session) in the closing report's ``cash`` entry and in
``closingAmounts.cash``; the whole report comes back with the count, to show and print.
Unfinished cash sales and refunds are carried on first, so the count is compared with every
sale the drawer holds money for and every refund it paid out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError
from kiosk.services.receipts.outcomes import PrintOutcome
from kiosk.services.session import SessionUnavailable, TillSessionService
from kiosk.services.staff.desk import ClosingReport, DeskOutcome, StaffDesk
from kiosk.services.station.cash import CashSales

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CashCount:
    session_id: str
    opening_minor: int
    expected_minor: int
    counted_minor: int
    currency: str
    unfinished_sales: int
    unfinished_refunds: int = 0  # cash refunds journaled, not in Final POS: not in `expected_minor`
    report: ClosingReport | None = None  # the whole closing report (shown, printed)

    @property
    def difference_minor(self) -> int:
        return self.counted_minor - self.expected_minor


class StationTill:
    def __init__(
        self,
        *,
        desk: StaffDesk,
        cash: CashSales,
        session: TillSessionService,
        finalpos: FinalPosClient,
        currency: str,
    ) -> None:
        self._desk = desk
        self._cash = cash
        self._session = session
        self._finalpos = finalpos
        self._currency = currency.upper()

    @property
    def session_id(self) -> str | None:
        return self._session.session_id

    async def is_open_async(self) -> DeskOutcome:
        outcome, _summary = await self._desk.till_async()
        return outcome

    async def open_async(self, *, opened_by: str, float_minor: int) -> DeskOutcome:
        outcome, summary = await self._desk.open_session_async(opened_by=opened_by, note="")
        if outcome is not DeskOutcome.OK or summary is None:
            return outcome
        try:
            await self._finalpos.update_session(
                summary.session_id,
                m.SessionUpdate(opening_amount=from_minor(float_minor, self._currency)),
            )
        except FinalPosError as exc:
            log.warning("opening float not recorded: %s", exc)
            return DeskOutcome.UNREACHABLE
        return DeskOutcome.OK

    async def close_async(
        self, *, closed_by: str, counted_minor: int, note: str = ""
    ) -> tuple[DeskOutcome, CashCount | None]:
        left = await self._cash.finish_all_async()
        refunds = await self._desk.refunds.recover_async()
        await self._desk.card_books_async()
        session = self._session
        try:
            closed = await session.close_async(
                closed_by=closed_by, note=note, counted_cash_minor=counted_minor
            )
        except SessionUnavailable:
            return DeskOutcome.NO_SESSION, None
        except FinalPosError as exc:
            log.warning("could not close the till session: %s", exc)
            return DeskOutcome.UNREACHABLE, None
        report = self._desk.closing_report(closed, closed_by)
        cash = report.cash
        return DeskOutcome.OK, CashCount(
            session_id=closed.id,
            opening_minor=cash.opening_minor if cash else 0,
            expected_minor=cash.expected_minor if cash else 0,
            counted_minor=counted_minor,
            currency=self._currency,
            unfinished_sales=left,
            unfinished_refunds=sum(
                self._desk.refunds.journal.get(rid).cash
                for rid in (*refunds.waiting, *refunds.attention)
            ),
            report=report,
        )

    @property
    def can_print_report(self) -> bool:
        return self._desk.can_print_report

    async def print_report_async(
        self, report: ClosingReport, *, translate: Callable[[str], str] | None = None
    ) -> PrintOutcome:
        """The closing report on the receipt printer (`StaffDesk.print_report_async`)."""
        return await self._desk.print_report_async(report, translate=translate)
