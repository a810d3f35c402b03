"""The staff desk's outcome codes and the rows it hands staff mode (`kiosk.services.staff.desk`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.services.journal import CheckoutEntry, CheckoutSummary
from kiosk.services.refunds import RefundEntry


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
    LATE_CANCEL = "late_cancel"  # a cancel of ours may land on an order a station was paid for


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


def order_row(entry: CheckoutEntry | CheckoutSummary, *, refunded_minor: int) -> OrderRow:
    """A journaled checkout (card or cash) as the orders lists show it."""
    return OrderRow(
        checkout_id=entry.checkout_id,
        order_id=entry.order_id,
        order_number=entry.order_number,
        created_at=entry.created_at,
        total_minor=entry.amount_minor,
        currency=entry.currency,
        status=entry.step.value,
        refunded_minor=refunded_minor,
    )


def local_midnight(now: float) -> float:
    """The start of `now`'s day in local time: "today" for the orders lists."""
    local = datetime.fromtimestamp(now).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


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
