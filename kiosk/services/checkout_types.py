"""The public types of a checkout: outcomes and codes for the UI, and the limits it checks.

Split out of `kiosk.services.checkout` (which re-exports every name here), so the UI, the
station and the tests can name a result without the pipeline behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from kiosk.domain.pricing import TaxRate, Totals

# How long a customer may stay on a checkout (between pay attempts) before periodic recovery
# treats it as walked away. Each pay attempt refreshes it.
DEFAULT_LEASE_S = 15 * 60

# Stripe's largest amount (8 digits of minor units, e.g. 999,999.99 EUR); it also fits the
# journal's 64-bit integers with room to spare.
MAX_AMOUNT_MINOR = 99_999_999


class CheckoutOutcome(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    CANCELED = "canceled"
    TIMED_OUT = "timed_out"
    READER_UNAVAILABLE = "reader_unavailable"
    FAILED = "failed"


class ResultCode(StrEnum):
    """What the customer should be told; the UI maps each to its own translated text."""

    PAID = "paid"  # data: order_number
    DECLINED = "declined"  # data: decline (a discreet category, never the bank's reason)
    CANCELED = "canceled"  # nothing was charged
    TIMED_OUT = "timed_out"  # no card in time; nothing was charged
    READER_BUSY = "reader_busy"
    READER_OFFLINE = "reader_offline"
    READER_UNAVAILABLE = "reader_unavailable"
    # Another station holds an older payment on this (kiosk's) order: ours was voided,
    # nothing was charged here.
    TAKEN_ELSEWHERE = "taken_elsewhere"
    NEEDS_STAFF = "needs_staff"  # could not be finished here; data: order_number for staff
    ORDERING_PAUSED = "ordering_paused"  # `CheckoutUnavailable`: nothing was charged


class DeclineReason(StrEnum):
    """A declined card in categories the big screen may show (never "insufficient funds")."""

    DECLINED = "declined"  # the bank said no: another card, or staff
    TRY_AGAIN = "try_again"  # a technical refusal or a PIN problem: the same card may work


_TRY_AGAIN_CODES = frozenset(
    {
        "processing_error",
        "try_again_later",
        "reenter_transaction",
        "issuer_not_available",
        "incorrect_pin",
        "invalid_pin",
        "offline_pin_required",
        "online_or_offline_pin_required",
        "pin_try_exceeded",
    }
)


def decline_reason(decline_code: str | None, code: str | None) -> DeclineReason:
    if decline_code in _TRY_AGAIN_CODES or code in _TRY_AGAIN_CODES:
        return DeclineReason.TRY_AGAIN
    return DeclineReason.DECLINED


READER_CODES = {
    "terminal_reader_busy": ResultCode.READER_BUSY,
    "terminal_reader_offline": ResultCode.READER_OFFLINE,
}


@dataclass(frozen=True, slots=True)
class PendingCheckout:
    checkout_id: str
    order_number: str  # short, for the customer, e.g. "A042"
    totals: Totals


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    outcome: CheckoutOutcome
    checkout_id: str
    order_number: str | None
    code: ResultCode
    can_retry: bool
    decline: DeclineReason | None = None  # with ResultCode.DECLINED


class CheckoutUnavailable(Exception):
    """Final POS is unreachable, refuses the kiosk, or an order create's outcome is unknown:
    ordering is paused. Nothing was charged. `code` is for the UI; the message for logs."""

    def __init__(self, message: str, *, code: ResultCode = ResultCode.ORDERING_PAUSED) -> None:
        super().__init__(message)
        self.code = code


class _TaxTableLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def rate(self) -> object: ...
    @property
    def inclusive(self) -> bool: ...


def tax_rates(tables: Iterable[_TaxTableLike]) -> dict[str, TaxRate]:
    """Configured tax tables (e.g. `Settings.tax_tables`) keyed by the name products use."""
    return {t.name: TaxRate(t.name, Decimal(str(t.rate)), t.inclusive) for t in tables}


# The journal's order body of a checkout that pays an order another owns (a kiosk's
# pay-at-counter order paid by card at the station): nothing is ever posted from it, and
# nothing cancels that order (`kiosk.domain.checkout.Facts.owned_elsewhere`).
OWNED_ELSEWHERE_KEY = "ownedElsewhere"
# The till (its receipt tag) that takes the card for such an order: it goes into the
# PaymentIntent's metadata (``till``), so a journal rebuild finds its own checkouts of orders
# it does not own (`kiosk.services.rebuild`).
PAYING_TILL_KEY = "payingTill"


def owned_elsewhere_body(
    order_id: str,
    *,
    employee: str | None,
    order: Mapping[str, object] | None = None,
    till: str | None = None,
) -> dict[str, object]:
    """The journal body: the order as Final POS holds it (for receipts and refunds; it is
    never posted, the entry starts with the order's id), marked owned elsewhere, and the
    paying till's tag."""
    body: dict[str, object] = {**(order or {}), OWNED_ELSEWHERE_KEY: True, "orderId": order_id}
    if till:
        body[PAYING_TILL_KEY] = till
    if employee:  # for the sale (`orders.order_employee`)
        pos_data = body.get("posData")
        body["posData"] = {**(pos_data if isinstance(pos_data, dict) else {}), "employee": employee}
    return body


def owned_elsewhere(order_body: Mapping[str, object]) -> bool:
    """The checkout pays an existing order it does not own: never cancel that order."""
    return order_body.get(OWNED_ELSEWHERE_KEY) is True


def paying_till(order_body: Mapping[str, object]) -> str | None:
    """The tag of the till paying an order owned elsewhere (None for the till's own orders,
    and for entries journaled before the tag was kept)."""
    till = order_body.get(PAYING_TILL_KEY) if owned_elsewhere(order_body) else None
    return till if isinstance(till, str) and till else None
