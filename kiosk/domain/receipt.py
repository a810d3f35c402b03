"""The receipt: what the customer paid for, as pure data that every channel renders.

One `Receipt` is built per paid checkout, from the same numbers the order and the reader
display were made from (`kiosk.domain.pricing.Totals`, or the order body the checkout journaled),
plus the outlet (store name and address) and what the card-present charge says about the card.
Printing, email and the QR fallback all render this one object, so they cannot disagree.

Amounts are integer minor units. `Receipt.problems()` checks the arithmetic a customer can do
with a pen: lines add up to the subtotal, subtotal less discounts plus exclusive taxes is the
total, taxes by table add up, and the card amount is the total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from kiosk.domain.pricing import Totals

ORDER_TYPES = ("eat_in", "take_away")


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """The outlet as a receipt names it (Final POS outlet name, address, tax id)."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str | None = None
    tax_id: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price_minor: int
    total_minor: int  # what the customer pays for the line (tax included when exclusive)
    options: tuple[str, ...] = ()
    tax_name: str | None = None
    category: str | None = None  # for the kitchen ticket's grouping
    note: str | None = None  # e.g. "no sugar": bold on the kitchen ticket


@dataclass(frozen=True, slots=True)
class ReceiptTax:
    name: str
    rate: Decimal  # percent
    inclusive: bool
    amount_minor: int
    taxable_minor: int | None = None


@dataclass(frozen=True, slots=True)
class CardPayment:
    """The card as the receipt shows it; every field is what Stripe's charge reported.

    EMV receipts must carry the application name, AID and authorisation code where the card
    provides them (Stripe: ``payment_method_details.card_present.receipt``); fields Stripe did
    not send stay None and are not printed. Never more of the card number than `last4`.
    """

    amount_minor: int
    brand: str | None = None
    last4: str | None = None
    entry_mode: str | None = None  # Stripe's read_method: contactless_emv, contact_emv, …
    application_name: str | None = None
    aid: str | None = None
    authorization_code: str | None = None
    authorization_response_code: str | None = None
    account_type: str | None = None
    reference: str | None = None  # the PaymentIntent id, for staff finding the payment

    def __post_init__(self) -> None:
        if self.last4 is not None and (len(self.last4) != 4 or not self.last4.isdigit()):
            raise ValueError("a receipt shows exactly the last 4 digits of a card")


@dataclass(frozen=True, slots=True)
class Receipt:
    store: StoreInfo
    order_number: str
    receipt_id: str
    created_at: datetime
    currency: str
    lines: tuple[ReceiptLine, ...]
    taxes: tuple[ReceiptTax, ...]
    subtotal_minor: int  # lines as priced on the menu (before exclusive taxes)
    discount_minor: int
    tax_minor: int
    total_minor: int
    tax_inclusive: bool
    checkout_id: str | None = None
    order_type: str | None = None  # "eat_in" | "take_away" | None
    table_number: str | None = None  # table service: where the order is brought
    station: str | None = None
    session: str | None = None
    payment: CardPayment | None = None
    receipt_url: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def exclusive_tax_minor(self) -> int:
        return sum(t.amount_minor for t in self.taxes if not t.inclusive)

    def problems(self) -> list[str]:
        """Arithmetic that does not add up (empty when the receipt is consistent)."""
        found: list[str] = []
        line_sum = sum(line.total_minor for line in self.lines)
        expected_lines = self.subtotal_minor + self.exclusive_tax_minor
        if line_sum != expected_lines:
            found.append(f"lines add up to {line_sum}, expected {expected_lines}")
        for line in self.lines:
            if line.quantity < 1:
                found.append(f"{line.name}: quantity {line.quantity}")
        if sum(t.amount_minor for t in self.taxes) != self.tax_minor:
            found.append("taxes by table do not add up to the tax total")
        total = self.subtotal_minor - self.discount_minor + self.exclusive_tax_minor
        if total != self.total_minor:
            found.append(f"total is {self.total_minor}, the lines make {total}")
        if self.payment is not None and self.payment.amount_minor != self.total_minor:
            found.append(
                f"card paid {self.payment.amount_minor}, the receipt totals {self.total_minor}"
            )
        return found


def receipt_from_totals(
    totals: Totals,
    *,
    store: StoreInfo,
    order_number: str,
    receipt_id: str,
    created_at: datetime,
    checkout_id: str | None = None,
    order_type: str | None = None,
    station: str | None = None,
    session: str | None = None,
    payment: CardPayment | None = None,
    receipt_url: str | None = None,
    categories: dict[str, str] | None = None,
) -> Receipt:
    """A receipt from the priced cart (the same `Totals` the order was made from).

    `categories` maps product ids to a category name, for the kitchen ticket.
    """
    lines = tuple(
        ReceiptLine(
            name=priced.line.name,
            quantity=priced.line.quantity,
            unit_price_minor=priced.line.unit_price_minor,
            total_minor=priced.gross_minor,
            options=tuple(value for _, value in priced.line.options),
            tax_name=priced.tax_name,
            category=(categories or {}).get(priced.line.product_id),
        )
        for priced in totals.lines
    )
    taxes = tuple(
        ReceiptTax(t.name, t.rate, t.inclusive, t.amount_minor, t.taxable_minor)
        for t in totals.taxes
    )
    return Receipt(
        store=store,
        order_number=order_number,
        receipt_id=receipt_id,
        created_at=created_at,
        currency=totals.currency,
        lines=lines,
        taxes=taxes,
        subtotal_minor=totals.subtotal_minor,
        discount_minor=totals.discount_minor,
        tax_minor=totals.tax_minor,
        total_minor=totals.total_minor,
        tax_inclusive=totals.tax_inclusive,
        checkout_id=checkout_id,
        order_type=order_type,
        station=station,
        session=session,
        payment=payment,
        receipt_url=receipt_url,
    )


def group_by_category(lines: Iterable[ReceiptLine]) -> list[tuple[str | None, list[ReceiptLine]]]:
    """Lines grouped by category in first-seen order (the kitchen ticket's layout)."""
    groups: dict[str | None, list[ReceiptLine]] = {}
    for line in lines:
        groups.setdefault(line.category, []).append(line)
    return list(groups.items())
