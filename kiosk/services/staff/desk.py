"""What staff mode does, as one service over the kiosk's real services (no Qt).

`StaffDesk` is the implementation of the staff mode's port (`kiosk.ui.staff.ports.StaffPort`):
till session summary, open and close; orders today with their detail; refunds; the items
that need a person with their actions; the reader; ordering controls. Every method returns
data or an outcome code (`DeskOutcome`, `RefundOutcome`); the UI owns every sentence.
The needs-attention list is in `desk_attention`, the reader and ordering controls in
`desk_devices`, the shapes in `desk_types` (all re-exported here).

Choices where the Final POS contract is silent:

- The till summary (orders, card total, refunds) is counted from the kiosk's own journals,
  which are written before Final POS; the closing report is Final POS's truth
  (`TillSessionService.close_async`, read back by `kiosk.services.staff.closing`), printed on
  the receipt printer through the Backend's `ReceiptService` when asked.
- A new session opened by staff is opened by `TillSessionService` and then given the staff
  member's name and note (``openedBy``, ``openingNote``) with a partial session update.
- "Mark handled" closes the journal entry (completed when money was taken, cancelled
  otherwise) and appends the note to the Final POS order's ``notes`` as ``{message,
  createdAt}`` (the 1.0.0 NoteDto shape; the order note shape is not documented).
- Sold out here: the variant's ``manageStock`` becomes true and this outlet's
  ``inventory[].stock`` 0 (other outlets' stock is kept), written with a partial variant
  update, then the menu is synced.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal

from kiosk.domain.checkout import Step
from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.payments.gateway import PaymentError, PaymentGateway
from kiosk.services.checkout import CheckoutService
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.receipts.outcomes import PrintOutcome
from kiosk.services.recovery import RecoveryService
from kiosk.services.refunds import (
    Refundable,
    RefundReason,
    RefundResult,
    RefundService,
    RefundStep,
    sold_lines,
)
from kiosk.services.session import SessionUnavailable, TillSessionService
from kiosk.services.staff.closing import (
    CashFigures,
    ClosingReport,
    RateTaxes,
    ReportPrinter,
    report_from_session,
)
from kiosk.services.staff.desk_attention import AttentionDesk
from kiosk.services.staff.desk_devices import DeviceDesk, FinalPosVariantStock, VariantStock
from kiosk.services.staff.desk_types import (
    AttentionKind,
    AttentionProblem,
    AttentionRow,
    DeskOutcome,
    DetailLine,
    OrderDetail,
    OrderRow,
    ReaderStatus,
    TillSummary,
    local_midnight,
    order_row,
)

log = logging.getLogger(__name__)

__all__ = [  # the types live in `closing` and `desk_types`; staff mode imports them from here
    "AttentionKind",
    "AttentionProblem",
    "AttentionRow",
    "CashFigures",
    "ClosingReport",
    "DeskOutcome",
    "DetailLine",
    "FinalPosVariantStock",
    "OrderDetail",
    "OrderRow",
    "RateTaxes",
    "ReaderStatus",
    "ReportPrinter",
    "StaffDesk",
    "TillSummary",
    "VariantStock",
]


class StaffDesk(AttentionDesk, DeviceDesk):
    """The staff mode's services; see the module docstring."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        gateway: PaymentGateway,
        journal: Journal,
        session: TillSessionService,
        checkout: CheckoutService,
        recovery: RecoveryService,
        refunds: RefundService,
        currency: str,
        outlet_id: str | None,
        reader_id: str | None,
        sync_menu: Callable[[], Awaitable[object]] | None = None,
        show_on_reader: Callable[[str, str], Awaitable[None]] | None = None,
        variant_stock: VariantStock | None = None,
        receipts: Callable[[], ReportPrinter | None] = lambda: None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._finalpos = finalpos
        self._gateway = gateway
        self._journal = journal
        self._session = session
        self._checkout = checkout
        self._recovery = recovery
        self.refunds = refunds
        self.currency = currency.upper()
        self._outlet_id = outlet_id
        self._reader_id = reader_id
        self._sync_menu = sync_menu
        self._show_on_reader = show_on_reader
        self._variant_stock = variant_stock or FinalPosVariantStock(finalpos)
        self._receipts = receipts  # read at each use: the Backend rebuilds its receipts
        self._clock = clock

    # -- till session -----------------------------------------------------------------------

    async def till_async(self) -> tuple[DeskOutcome, TillSummary | None]:
        session_id = self._session.session_id
        if session_id is None:
            return DeskOutcome.NO_SESSION, None
        try:
            session = await self._finalpos.get_session(session_id)
        except NotFoundError:
            return DeskOutcome.NO_SESSION, None
        except FinalPosError as exc:
            log.warning("till session %s not readable: %s", session_id, exc)
            return DeskOutcome.UNREACHABLE, self._summary(session_id, None)
        if not session.is_open:
            return DeskOutcome.NO_SESSION, None
        return DeskOutcome.OK, self._summary(session_id, session)

    def _summary(self, session_id: str, session: m.Session | None) -> TillSummary:
        paid = [
            e
            for e in self._journal.all()
            if e.session_id == session_id and e.step is Step.COMPLETED
        ]
        refunds = [
            r
            for r in self.refunds.journal.all()
            if r.session_id == session_id and r.step is not RefundStep.REJECTED
        ]
        return TillSummary(
            session_id=session_id,
            open_since=session.open_time if session else None,
            opened_by=(session.opened_by or "") if session else "",
            order_count=len(paid),
            card_total_minor=sum(e.amount_minor for e in paid),
            refund_count=len(refunds),
            refunds_minor=sum(r.amount_minor for r in refunds),
            currency=self.currency,
        )

    async def open_session_async(
        self, *, opened_by: str, note: str
    ) -> tuple[DeskOutcome, TillSummary | None]:
        try:
            session_id = await self._session.ensure_open_async()
            await self._finalpos.update_session(
                session_id,
                m.SessionUpdate(opened_by=opened_by, opening_note=note or f"Opened by {opened_by}"),
            )
        except (SessionUnavailable, FinalPosError) as exc:
            log.warning("could not open a till session: %s", exc)
            return DeskOutcome.UNREACHABLE, None
        return await self.till_async()

    async def card_books_async(self, timeout_s: float = 10.0) -> None:
        """Wait for card sales paid moments ago to post their sale (they belong in the session
        being closed); what is not done by then is finished by recovery."""
        await self._checkout.wait_books_async(timeout_s=timeout_s)

    async def close_session_async(
        self, *, closed_by: str, note: str
    ) -> tuple[DeskOutcome, ClosingReport | None]:
        await self.card_books_async()
        try:
            session = await self._session.close_async(closed_by=closed_by, note=note)
        except SessionUnavailable:
            return DeskOutcome.NO_SESSION, None
        except FinalPosError as exc:
            log.warning("could not close the till session: %s", exc)
            return DeskOutcome.UNREACHABLE, None
        return DeskOutcome.OK, self.closing_report(session, closed_by)

    def closing_report(self, session: m.Session, closed_by: str) -> ClosingReport:
        """The closed session's report as Final POS holds it (`report_from_session`)."""
        return report_from_session(
            session, closed_by=closed_by, currency=self.currency, station=self._session.kiosk_name
        )

    @property
    def can_print_report(self) -> bool:
        """A receipt printer is set up (the report screens offer "Print report")."""
        receipts = self._receipts()
        return receipts is not None and getattr(receipts.settings, "printer", None) is not None

    async def print_report_async(
        self, report: ClosingReport, *, translate: Callable[[str], str] | None = None
    ) -> PrintOutcome:
        """Print `report` on the receipt printer, queued and retried as receipts are;
        `translate` is the UI's (the labels on paper are the staff's language)."""
        receipts = self._receipts()
        if receipts is None:
            return PrintOutcome.NOT_CONFIGURED
        return await receipts.print_report_async(report, translate=translate)

    # -- orders -----------------------------------------------------------------------------

    def _refunded(self, order_id: str | None) -> int:
        if order_id is None:
            return 0
        return sum(
            r.amount_minor
            for r in self.refunds.journal.for_order(order_id)
            if r.step is not RefundStep.REJECTED
        )

    def _row(self, entry: CheckoutEntry) -> OrderRow:
        return order_row(entry, refunded_minor=self._refunded(entry.order_id))

    def orders_today(self, query: str = "") -> list[OrderRow]:
        """Today's checkouts from the journal, newest first, filtered by order number."""
        since = local_midnight(self._clock())
        needle = query.strip().upper()
        rows = [
            self._row(e)
            for e in self._journal.all()
            if e.created_at >= since and e.step is not Step.VOID
        ]
        rows = [r for r in rows if needle in r.order_number.upper()]
        return sorted(rows, key=lambda r: r.created_at, reverse=True)

    async def orders_today_async(self, query: str = "") -> tuple[DeskOutcome, list[OrderRow]]:
        """The journal's orders plus today's Final POS orders of this kiosk's sessions that the
        journal does not have (e.g. after a journal was rebuilt); newest first."""
        rows = self.orders_today(query)
        known = {r.order_id for r in rows if r.order_id}
        sessions = {e.session_id for e in self._journal.all() if e.session_id}
        since = local_midnight(self._clock())
        try:
            extra = [
                o
                for o in await self._finalpos.list_orders()
                if o.id not in known and o.session_id in sessions
            ]
        except FinalPosError as exc:
            log.warning("orders from Final POS unavailable: %s", exc)
            return DeskOutcome.UNREACHABLE, rows
        needle = query.strip().upper()
        for order in extra:
            created = order.created_at.timestamp() if order.created_at else 0.0
            number = str((order.pos_data or {}).get("orderNumber") or order.receipt_id or "")
            if created < since or needle not in number.upper():
                continue
            total = order.summary.total if order.summary and order.summary.total else Decimal(0)
            rows.append(
                OrderRow(
                    checkout_id=None,
                    order_id=order.id,
                    order_number=number,
                    created_at=created,
                    total_minor=amounts.minor(total, self.currency),
                    currency=self.currency,
                    status=order.status or "",
                    refunded_minor=self._refunded(order.id),
                )
            )
        return DeskOutcome.OK, sorted(rows, key=lambda r: r.created_at, reverse=True)

    async def order_detail_async(self, checkout_id: str) -> tuple[DeskOutcome, OrderDetail | None]:
        try:
            entry = self._journal.get(checkout_id)
        except JournalError:
            return DeskOutcome.NOT_FOUND, None
        refundable = self.refunds.refundable(checkout_id)
        left = {line.index: line.refundable_quantity for line in refundable.lines}
        lines = tuple(
            DetailLine(s.index, s.name, s.quantity, s.total_minor, left.get(s.index, 0))
            for s in sold_lines(entry)
        )
        outcome = DeskOutcome.OK
        status: str | None = None
        brand = last4 = None
        paid = entry.step is Step.COMPLETED or entry.step.rank >= Step.CAPTURED.rank

        async def order_status() -> str | None:
            if entry.order_id is None:
                return None
            return (await self._finalpos.get_order(entry.order_id)).status

        async def card() -> tuple[str | None, str | None]:
            if entry.intent_id is None:
                return None, None
            intent = await self._gateway.retrieve_async(entry.intent_id)
            return (intent.card.brand, intent.card.last4) if intent.card else (None, None)

        results = await asyncio.gather(order_status(), card(), return_exceptions=True)
        if isinstance(results[0], BaseException):
            if not isinstance(results[0], FinalPosError):
                raise results[0]
            outcome = DeskOutcome.UNREACHABLE
        else:
            status = results[0]
        if isinstance(results[1], BaseException):
            if not isinstance(results[1], PaymentError):
                raise results[1]
            outcome = DeskOutcome.UNREACHABLE
        else:
            brand, last4 = results[1]
        return outcome, OrderDetail(
            row=self._row(entry),
            lines=lines,
            finalpos_status=status,
            card_brand=brand,
            card_last4=last4,
            refundable_minor=refundable.remaining_minor if paid else 0,
            refunds=tuple(self.refunds.journal.for_order(entry.order_id or "-")),
        )

    # -- refunds ----------------------------------------------------------------------------

    def refundable(self, checkout_id: str) -> Refundable:
        return self.refunds.refundable(checkout_id)

    def refund_amount(self, checkout_id: str, quantities: dict[int, int] | None) -> int:
        return sum(line.amount_minor for line in self.refunds.plan(checkout_id, quantities))

    async def refund_async(
        self,
        checkout_id: str,
        *,
        quantities: dict[int, int] | None,
        reason: RefundReason,
        note: str,
        refunded_by: str,
    ) -> RefundResult:
        # A checkout paid moments ago is refundable once its books have landed.
        await self._checkout.wait_books_async(checkout_id, timeout_s=10.0)
        return await self.refunds.refund_async(
            checkout_id, quantities=quantities, reason=reason, note=note, refunded_by=refunded_by
        )
