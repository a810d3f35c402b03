"""The refund's vocabulary: its steps, crash boundaries, reasons, outcomes and records.

Plain values shared by the journal, the pipeline and the UI, so none of them has to import
another to name a refund's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RefundStep(StrEnum):
    BEGUN = "begun"  # journaled and checked; nothing sent
    STRIPE_REFUNDING = "stripe_refunding"  # the Stripe refund may exist
    STRIPE_REFUNDED = "stripe_refunded"  # money is going back; its id is known
    REFUND_POSTING = "refund_posting"  # the Final POS refund may exist
    REFUND_RECORDED = "refund_recorded"
    PAYOUT_POSTING = "payout_posting"  # the payout transaction may exist
    PAYOUT_RECORDED = "payout_recorded"
    ORDER_UPDATING = "order_updating"
    COMPLETED = "completed"
    REJECTED = "rejected"  # refused before any money moved (too much, not paid, Stripe said no)

    @property
    def terminal(self) -> bool:
        return self in (RefundStep.COMPLETED, RefundStep.REJECTED)

    @property
    def rank(self) -> int:
        return list(RefundStep).index(self)


class RefundBoundary(StrEnum):
    JOURNAL_WRITTEN = "refund_journal_written"
    STRIPE_REFUNDED = "stripe_refunded"  # Stripe answered, not yet journaled
    REFUND_POSTED = "finalpos_refund_posted"
    PAYOUT_POSTED = "payout_posted"
    BEFORE_ORDER_PUT = "refund_before_order_put"


class RefundMethod(StrEnum):
    """How the money goes back: to the card through Stripe, or as cash from the till."""

    CARD = "card"
    CASH = "cash"


class RefundReason(StrEnum):
    """Stripe's refund reasons (the free-text note goes to Final POS)."""

    REQUESTED_BY_CUSTOMER = "requested_by_customer"
    DUPLICATE = "duplicate"
    FRAUDULENT = "fraudulent"


class RefundOutcome(StrEnum):
    REFUNDED = "refunded"  # money back and recorded in Final POS
    REFUNDED_BOOKS_PENDING = "refunded_books_pending"  # money back; recovery finishes Final POS
    PENDING = "pending"  # Stripe could not be reached; recovery finishes it (never twice)
    NOTHING_TO_REFUND = "nothing_to_refund"  # no line or quantity chosen, or all refunded
    TOO_MUCH = "too_much"  # more than was captured and not yet refunded
    NOT_PAID = "not_paid"  # the order has no captured card payment (or no finished cash sale)
    UNKNOWN_ORDER = "unknown_order"
    UNAVAILABLE = "unavailable"  # Stripe could not be reached to check: nothing was started
    REFUSED = "refused"  # Stripe refused the refund; nothing moved
    FAILED = "failed"  # Stripe accepted but reports the refund failed: needs a person


@dataclass(frozen=True, slots=True)
class RefundLine:
    """One refunded line: `index` into the order's lines, amounts in minor units."""

    index: int
    name: str
    quantity: int
    amount_minor: int  # gross (what the customer gets back for these units)
    tax_minor: int
    unit_price_minor: int
    product_id: str | None = None
    variant_id: str | None = None
    tax_name: str | None = None
    tax_rate: str | None = None  # the order's percentage, kept as text


@dataclass(frozen=True, slots=True)
class RefundableLine:
    index: int
    name: str
    quantity: int  # sold
    refundable_quantity: int
    total_minor: int
    refunded_minor: int


@dataclass(frozen=True, slots=True)
class Refundable:
    """What is left to refund on one paid order."""

    checkout_id: str
    order_id: str
    order_number: str
    currency: str
    captured_minor: int
    refunded_minor: int
    lines: tuple[RefundableLine, ...]

    @property
    def remaining_minor(self) -> int:
        return max(0, self.captured_minor - self.refunded_minor)


@dataclass(frozen=True, slots=True)
class RefundEntry:
    refund_id: str
    checkout_id: str
    order_id: str
    order_number: str
    intent_id: str  # "" for a cash refund (no PaymentIntent)
    sale_transaction_id: str | None
    session_id: str | None
    currency: str
    amount_minor: int
    reason: str
    note: str
    refunded_by: str
    lines: tuple[RefundLine, ...]
    step: RefundStep
    created_at: float
    updated_at: float
    refunded_before_minor: int  # Stripe's amount_refunded when this refund was checked
    stripe_refund_id: str | None = None
    finalpos_refund_id: str | None = None
    payout_transaction_id: str | None = None
    attention: str | None = None
    attempts: int = 0
    last_error: str | None = None
    method: RefundMethod = RefundMethod.CARD  # cash: no Stripe step, the till pays it out

    @property
    def cash(self) -> bool:
        return self.method is RefundMethod.CASH


@dataclass(frozen=True, slots=True)
class RefundResult:
    outcome: RefundOutcome
    refund_id: str | None
    amount_minor: int
    currency: str

    @property
    def money_returned(self) -> bool:
        return self.outcome in (RefundOutcome.REFUNDED, RefundOutcome.REFUNDED_BOOKS_PENDING)


@dataclass
class RefundRecoveryReport:
    examined: int = 0
    completed: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    attention: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.waiting or self.attention)


class RefundError(Exception):
    """Raised inside a settle pass for a state a person must look at (kept in `attention`)."""
