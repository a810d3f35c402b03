"""What staff mode does, as one service over the kiosk's real services (no Qt).

`StaffDesk` is the implementation of the staff mode's port (`kiosk.ui.staff.ports.StaffPort`):
till session summary, open and close; orders today with their detail; refunds; the items
that need a person with their actions; the reader; ordering controls. Every method returns
data or an outcome code (`DeskOutcome`, `RefundOutcome`); the UI owns every sentence.

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
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from kiosk.domain.checkout import Step
from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.payments.gateway import DisplayCart, DisplayLine, PaymentError, PaymentGateway
from kiosk.services.checkout import CheckoutService
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.receipts.outcomes import PrintOutcome
from kiosk.services.recovery import AttentionItem, RecoveryService
from kiosk.services.refunds import (
    Refundable,
    RefundEntry,
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

log = logging.getLogger(__name__)

__all__ = [  # the closing report's types live in `closing`; staff mode imports them from here
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


class DeskOutcome(StrEnum):
    OK = "ok"
    UNREACHABLE = "unreachable"  # Final POS or Stripe did not answer: try again
    NOT_FOUND = "not_found"
    NO_SESSION = "no_session"
    NOT_CONFIGURED = "not_configured"  # e.g. no reader id, no menu sync wired
    STILL_OPEN = "still_open"  # retry ran, the item still needs a person


class AttentionKind(StrEnum):
    CHECKOUT = "checkout"
    REFUND = "refund"


class AttentionProblem(StrEnum):
    """What went wrong, as a code the UI turns into plain words."""

    CHARGED_ORDER_CANCELLED = "charged_order_cancelled"
    COMPLETED_WITHOUT_PAYMENT = "completed_without_payment"
    NOT_FINISHED = "not_finished"  # a system kept failing; money may be taken
    REFUND_NOT_RECORDED = "refund_not_recorded"  # money back, Final POS not told yet
    REFUND_FAILED = "refund_failed"  # Stripe reports the refund failed


@dataclass(frozen=True, slots=True)
class TillSummary:
    session_id: str
    open_since: datetime | None
    opened_by: str
    order_count: int
    card_total_minor: int
    refund_count: int
    refunds_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class OrderRow:
    checkout_id: str | None  # None: known to Final POS only (not refundable from here)
    order_id: str | None
    order_number: str
    created_at: float
    total_minor: int
    currency: str
    status: str  # the journal's step, or Final POS's status
    refunded_minor: int


@dataclass(frozen=True, slots=True)
class DetailLine:
    index: int
    name: str
    quantity: int
    total_minor: int
    refundable_quantity: int


@dataclass(frozen=True, slots=True)
class OrderDetail:
    row: OrderRow
    lines: tuple[DetailLine, ...]
    finalpos_status: str | None
    card_brand: str | None
    card_last4: str | None
    refundable_minor: int
    refunds: tuple[RefundEntry, ...]


@dataclass(frozen=True, slots=True)
class AttentionRow:
    kind: AttentionKind
    key: str  # checkout id or refund id
    checkout_id: str
    order_number: str
    amount_minor: int
    currency: str
    since: float
    problem: AttentionProblem
    detail: str  # the technical reason, for logs and support (never shown as the message)
    can_refund: bool


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    reader_id: str
    label: str | None
    status: str | None
    last_seen_at: int | None
    location_id: str | None
    location_name: str | None
    device_type: str | None


class VariantStock(Protocol):
    """Write one variant's stock for one outlet (the Final POS variant update)."""

    async def set_stock_async(self, variant_id: str, *, outlet_id: str, stock: int) -> None: ...


class FinalPosVariantStock:
    """`VariantStock` over ``GET``/``PUT /v1/api/variant/{id}``.

    Uses `FinalPosClient.set_variant_stock` when the client has it, else the client's own
    request plumbing on the contract's paths and bodies (same read-modify-write).
    """

    def __init__(self, client: FinalPosClient) -> None:
        self._client = client

    async def set_stock_async(self, variant_id: str, *, outlet_id: str, stock: int) -> None:
        from urllib.parse import quote

        own = getattr(self._client, "set_variant_stock", None)
        if own is not None:  # the client's own read-modify-write of `inventory`
            await own(
                variant_id,
                outlet_id=outlet_id,
                stock=stock,
                manage_stock=True,
                allow_backorder=False,
            )
            return

        path = f"/v1/api/variant/{quote(variant_id, safe='')}"
        variant = await self._client._get_one(path, m.Variant)
        inventory: list[dict[str, Any]] = [
            {"outletId": inv.outlet_id, "stock": inv.stock}
            for inv in variant.inventory
            if inv.outlet_id != outlet_id
        ]
        inventory.append({"outletId": outlet_id, "stock": stock})
        body = {"manageStock": True, "allowBackorder": False, "inventory": inventory}
        await self._client._send("PUT", path, body, m.Variant)


_PROBLEMS = (
    ("the card was charged but the order is", AttentionProblem.CHARGED_ORDER_CANCELLED),
    ("completed in Final POS but no payment", AttentionProblem.COMPLETED_WITHOUT_PAYMENT),
)


def _problem(item: AttentionItem) -> AttentionProblem:
    for marker, problem in _PROBLEMS:
        if marker in item.reason:
            return problem
    return AttentionProblem.NOT_FINISHED


def _local_midnight(now: float) -> float:
    local = datetime.fromtimestamp(now).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


class StaffDesk:
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
        return OrderRow(
            checkout_id=entry.checkout_id,
            order_id=entry.order_id,
            order_number=entry.order_number,
            created_at=entry.created_at,
            total_minor=entry.amount_minor,
            currency=entry.currency,
            status=entry.step.value,
            refunded_minor=self._refunded(entry.order_id),
        )

    def orders_today(self, query: str = "") -> list[OrderRow]:
        """Today's checkouts from the journal, newest first, filtered by order number."""
        since = _local_midnight(self._clock())
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
        since = _local_midnight(self._clock())
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

    # -- needs attention --------------------------------------------------------------------

    def attention(self) -> list[AttentionRow]:
        rows = [
            AttentionRow(
                kind=AttentionKind.CHECKOUT,
                key=item.checkout_id,
                checkout_id=item.checkout_id,
                order_number=item.order_number,
                amount_minor=item.amount_minor,
                currency=item.currency,
                since=item.since,
                problem=_problem(item),
                detail=item.reason,
                can_refund=_problem(item) is AttentionProblem.CHARGED_ORDER_CANCELLED,
            )
            for item in self._recovery.needs_attention()
        ]
        for refund in self.refunds.needs_attention():
            failed = "Stripe reports" in (refund.attention or "")
            rows.append(
                AttentionRow(
                    kind=AttentionKind.REFUND,
                    key=refund.refund_id,
                    checkout_id=refund.checkout_id,
                    order_number=refund.order_number,
                    amount_minor=refund.amount_minor,
                    currency=refund.currency,
                    since=refund.created_at,
                    problem=(
                        AttentionProblem.REFUND_FAILED
                        if failed
                        else AttentionProblem.REFUND_NOT_RECORDED
                    ),
                    detail=refund.attention or "",
                    can_refund=False,
                )
            )
        return sorted(rows, key=lambda r: r.since)

    @property
    def attention_count(self) -> int:
        return len(self._recovery.needs_attention()) + len(self.refunds.needs_attention())

    async def retry_async(self, row: AttentionRow) -> DeskOutcome:
        """Run one settle pass now; OK when the item is settled and off the list."""
        try:
            if row.kind is AttentionKind.CHECKOUT:
                settled = await self._checkout.settle_async(row.key)
                done = settled.step.terminal
            else:
                refund = await self.refunds.settle_async(row.key)
                done = refund.step.terminal
        except (FinalPosError, PaymentError) as exc:
            log.warning("retry of %s %s failed: %s", row.kind, row.key, exc)
            return DeskOutcome.UNREACHABLE
        except Exception as exc:  # a state the pipeline refuses: still needs a person
            log.warning("retry of %s %s: %s", row.kind, row.key, exc)
            return DeskOutcome.STILL_OPEN
        return DeskOutcome.OK if done else DeskOutcome.STILL_OPEN

    async def mark_handled_async(self, row: AttentionRow, *, note: str, by: str) -> DeskOutcome:
        """Write the note to the Final POS order, then take the item off the list."""
        text = f"{by}: {note}".strip()
        order_id: str | None
        if row.kind is AttentionKind.CHECKOUT:
            try:
                order_id = self._journal.get(row.key).order_id
            except JournalError:
                return DeskOutcome.NOT_FOUND
        else:
            order_id = self.refunds.journal.get(row.key).order_id
        if order_id is not None:
            try:
                order = await self._finalpos.get_order(order_id)
                stamp = datetime.fromtimestamp(self._clock(), UTC).isoformat()
                notes = [*(order.notes or []), {"message": text, "createdAt": stamp}]
                await self._finalpos.update_order(order_id, m.OrderUpdate(notes=notes))
            except NotFoundError:
                pass  # nothing to annotate; the journal still records who handled it
            except FinalPosError as exc:
                log.warning("could not write the handled note to order %s: %s", order_id, exc)
                return DeskOutcome.UNREACHABLE
        detail = f"handled by {by}: {note}"[:500]
        if row.kind is AttentionKind.CHECKOUT:
            entry = self._journal.get(row.key)
            charged = entry.step.rank >= Step.CAPTURED.rank
            self._journal.record(
                row.key,
                Step.COMPLETED if charged else Step.CANCELED,
                attention=None,
                detail=detail,
            )
        else:
            self.refunds.journal.record(
                row.key, RefundStep.COMPLETED, attention=None, detail=detail
            )
        log.info("%s %s marked handled by %s", row.kind, row.key, by)
        return DeskOutcome.OK

    # -- reader -----------------------------------------------------------------------------

    async def reader_async(self) -> tuple[DeskOutcome, ReaderStatus | None]:
        if not self._reader_id:
            return DeskOutcome.NOT_CONFIGURED, None
        try:
            info = await self._gateway.retrieve_reader_async(self._reader_id)
        except PaymentError as exc:
            log.warning("reader %s not readable: %s", self._reader_id, exc)
            return DeskOutcome.UNREACHABLE, None
        location_name = None
        if info.location_id:
            try:
                location_name = (
                    await self._gateway.retrieve_location_async(info.location_id)
                ).display_name
            except PaymentError as exc:
                log.info("reader location %s not readable: %s", info.location_id, exc)
        return DeskOutcome.OK, ReaderStatus(
            reader_id=info.id,
            label=info.label,
            status=info.status,
            last_seen_at=info.last_seen_at,
            location_id=info.location_id,
            location_name=location_name,
            device_type=info.device_type,
        )

    async def _show_on_display(self, reader_id: str, text: str) -> None:
        """The gateway's own message call when it has one; until then its cart display
        with one zero-amount line, checked by reading the reader back (the display call is
        best effort and reports no error)."""
        direct = getattr(self._gateway, "show_message_async", None)
        if direct is not None:
            await direct(reader_id, text)
            return
        show_cart = getattr(self._gateway, "_show_cart", None)
        if show_cart is None:
            raise NotImplementedError("the gateway cannot show a message")
        line = DisplayLine(description=text[:100], amount_minor=0, quantity=1)
        await show_cart(reader_id, DisplayCart(self.currency, (line,), 0, 0))
        info = await self._gateway.retrieve_reader_async(reader_id)
        if info.status != "online":
            raise PaymentError(f"reader {reader_id} is {info.status}", retryable=True)

    async def reader_test_async(self, text: str) -> DeskOutcome:
        show = self._show_on_reader or self._show_on_display
        if not self._reader_id:
            return DeskOutcome.NOT_CONFIGURED
        try:
            await show(self._reader_id, text)
        except NotImplementedError:
            return DeskOutcome.NOT_CONFIGURED
        except PaymentError as exc:
            log.warning("test message on reader %s failed: %s", self._reader_id, exc)
            return DeskOutcome.UNREACHABLE
        return DeskOutcome.OK

    # -- ordering ---------------------------------------------------------------------------

    async def sync_menu_async(self) -> DeskOutcome:
        if self._sync_menu is None:
            return DeskOutcome.NOT_CONFIGURED
        try:
            await self._sync_menu()
        except FinalPosError as exc:
            log.warning("menu sync failed: %s", exc)
            return DeskOutcome.UNREACHABLE
        return DeskOutcome.OK

    async def set_sold_out_async(self, variant_ids: Sequence[str]) -> DeskOutcome:
        if not self._outlet_id:
            return DeskOutcome.NOT_CONFIGURED
        try:
            for variant_id in variant_ids:
                await self._variant_stock.set_stock_async(
                    variant_id, outlet_id=self._outlet_id, stock=0
                )
        except NotFoundError:
            return DeskOutcome.NOT_FOUND
        except FinalPosError as exc:
            log.warning("could not mark variants sold out: %s", exc)
            return DeskOutcome.UNREACHABLE
        log.info("marked %d variant(s) sold out at outlet %s", len(variant_ids), self._outlet_id)
        if self._sync_menu is not None:
            await self.sync_menu_async()
        return DeskOutcome.OK
