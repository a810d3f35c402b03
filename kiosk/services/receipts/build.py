"""A `Receipt` from what the checkout journaled, plus the card details Stripe reported.

The journal keeps the exact order body posted to Final POS (`CheckoutEntry.order_body`), made
from the same `Totals` as the reader display, so a receipt built from it, today or at a reprint
next week, shows exactly what was ordered and charged. Wire amounts become minor units through
`kiosk.finalpos.amounts`, the one conversion point.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from decimal import Decimal

from kiosk.domain.pricing import TaxRate
from kiosk.domain.receipt import CardPayment, Receipt, ReceiptLine, ReceiptTax, StoreInfo
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import minor
from kiosk.payments.gateway import CardDetails, IntentState
from kiosk.services.journal import CheckoutEntry


class ReceiptDataError(ValueError):
    """The journaled order cannot make a receipt (a field missing or not money)."""


def card_payment(intent: IntentState | None, *, amount_minor: int) -> CardPayment | None:
    """The receipt's payment block from the PaymentIntent (None before any charge)."""
    if intent is None:
        return None
    card: CardDetails | None = intent.card
    paid = intent.amount_received_minor or amount_minor
    last4 = card.last4 if card is not None and card.last4 and len(card.last4) == 4 else None
    return CardPayment(
        amount_minor=paid,
        brand=card.brand if card else None,
        last4=last4,
        entry_mode=card.entry_mode if card else None,
        application_name=card.application_name if card else None,
        aid=card.aid if card else None,
        authorization_code=card.authorization_code if card else None,
        authorization_response_code=card.authorization_response_code if card else None,
        account_type=card.account_type if card else None,
        reference=intent.id,
    )


def receipt_from_entry(
    entry: CheckoutEntry,
    *,
    store: StoreInfo,
    payment: CardPayment | None,
    rates: Mapping[str, TaxRate] | None = None,
    receipt_url: Callable[[CheckoutEntry], str | None] | None = None,
    category_of: Callable[[str], str | None] | None = None,
    tz: tzinfo | None = None,
) -> Receipt:
    """The receipt of a journaled checkout (its order body, as posted to Final POS)."""
    try:
        order = m.OrderCreate.model_validate(entry.order_body)
    except ValueError as exc:
        raise ReceiptDataError(f"checkout {entry.checkout_id}: bad order body") from exc
    currency = (order.currency or entry.currency).upper()

    def money(value: Decimal | None) -> int:
        return 0 if value is None else minor(value, currency)

    summary = order.summary
    inclusive_default = summary.is_tax_inclusive is not False
    lines = []
    for item in order.line_items or []:
        tax = item.taxes[0] if item.taxes else None
        lines.append(
            ReceiptLine(
                name=item.name or "",
                quantity=item.quantity or 1,
                unit_price_minor=money(item.price),
                total_minor=money(item.total),
                tax_name=tax.name if tax else None,
                category=category_of(item.product_id) if category_of and item.product_id else None,
                note=item.note or None,
            )
        )
    taxes = []
    for table in summary.taxes:
        name = table.tax_table_name or table.name or ""
        rate = rates.get(name) if rates else None
        taxes.append(
            ReceiptTax(
                name=table.name or name,
                rate=table.percentage if table.percentage is not None else Decimal(0),
                inclusive=rate.inclusive if rate is not None else inclusive_default,
                amount_minor=money(table.amount),
            )
        )
    pos = order.pos_data or {}
    created = datetime.fromtimestamp(entry.created_at, tz) if tz else None
    return Receipt(
        store=store,
        order_number=entry.order_number,
        receipt_id=entry.receipt_id,
        created_at=created or datetime.fromtimestamp(entry.created_at).astimezone(),
        currency=currency,
        lines=tuple(lines),
        taxes=tuple(taxes),
        subtotal_minor=money(summary.sub_total),
        discount_minor=money(summary.discount_total),
        tax_minor=money(summary.total_taxes),
        total_minor=money(summary.total),
        tax_inclusive=inclusive_default,
        checkout_id=entry.checkout_id,
        order_type=str(pos["orderType"]) if pos.get("orderType") else None,
        table_number=str(pos["tableNumber"]) if pos.get("tableNumber") else None,
        station=str(pos["kiosk"]) if pos.get("kiosk") else None,
        session=entry.session_id,
        payment=payment,
        receipt_url=receipt_url(entry) if receipt_url else None,
    )


def receipt_url_for(template: str | None, entry: CheckoutEntry) -> str | None:
    """The store's receipt page for this order, if it configured a URL template."""
    if not template:
        return None
    return template.format(
        order_id=entry.order_id or entry.receipt_id,
        order_number=entry.order_number,
        receipt_id=entry.receipt_id,
        checkout_id=entry.checkout_id,
    )


def store_from_outlet(outlet: m.Outlet, *, fallback_name: str = "") -> StoreInfo:
    """The receipt's header from the Final POS outlet (name, address, phone, tax id)."""
    town = " ".join(part for part in (outlet.city, outlet.post_code) if part)
    lines = tuple(part for part in (outlet.address, outlet.address2, town) if part)
    return StoreInfo(
        name=outlet.name or fallback_name,
        address_lines=lines,
        phone=outlet.phone,
        tax_id=outlet.tax_id,
    )
