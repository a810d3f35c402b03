"""Orders for receipt tests: priced carts, journaled like the checkout does, card details."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.pricing import TaxRate, Totals, price_cart
from kiosk.domain.receipt import CardPayment, StoreInfo
from kiosk.payments.gateway import CardDetails
from kiosk.services import orders
from kiosk.services.journal import CheckoutEntry, Journal

STORE = StoreInfo(
    "Harbour Street Café", ("12 Harbour Street", "Bristol BS1 4RN"), tax_id="GB123456789"
)
WHEN = datetime(2026, 12, 1, 8, 31, tzinfo=UTC)
VISA = CardDetails(
    brand="visa",
    last4="4242",
    entry_mode="contact_emv",
    application_name="VISA CREDIT",
    aid="A0000000031010",
    authorization_code="123456",
    authorization_response_code="3030",
    account_type="credit",
)


def line(
    n: int, name: str, price: int, qty: int = 1, table: str = "std", options: tuple[str, ...] = ()
) -> CartLine:
    return CartLine(
        f"p{n}:v{n}",
        f"p{n}",
        f"v{n}",
        name,
        price,
        qty,
        tuple(("Choice", o) for o in options),
        table,
    )


def priced(currency: str, rates: list[TaxRate], lines: list[CartLine]) -> Totals:
    table = {r.name: r for r in rates}
    return price_cart(Cart(currency, tuple(lines)), table, rates[0].name)


def rate(name: str, percent: str, inclusive: bool = True) -> TaxRate:
    return TaxRate(name, Decimal(percent), inclusive)


def payment(totals: Totals, card: CardDetails | None = VISA) -> CardPayment:
    return CardPayment(
        amount_minor=totals.total_minor,
        brand=card.brand if card else None,
        last4=card.last4 if card else None,
        entry_mode=card.entry_mode if card else None,
        application_name=card.application_name if card else None,
        aid=card.aid if card else None,
        authorization_code=card.authorization_code if card else None,
        authorization_response_code=card.authorization_response_code if card else None,
        account_type=card.account_type if card else None,
        reference="pi_test",
    )


def journaled(
    journal: Journal,
    totals: Totals,
    *,
    checkout_id: str = "c0ffee",
    order_type: str | None = "take_away",
) -> CheckoutEntry:
    """Journal a checkout exactly as `CheckoutService.begin_async` does (the same order body)."""

    def body(seq: int) -> tuple[str, str, dict[str, object]]:
        number = f"A{seq:03d}"
        receipt_id = f"KIOSK1-{seq:06d}-C0FFEE"
        order = orders.order_create(
            totals,
            checkout_id=checkout_id,
            receipt_id=receipt_id,
            order_number=number,
            session_id="ses_1",
            kiosk_name="Kiosk 1",
            order_type=order_type,
        )
        return number, receipt_id, order.to_wire()

    return journal.create(
        checkout_id=checkout_id,
        currency=totals.currency,
        amount_minor=totals.total_minor,
        session_id="ses_1",
        order_body=body,
        display=orders.display_to_json(orders.display_cart(totals)),
    )


def open_journal(tmp_path: Path) -> Journal:
    return Journal.in_dir(tmp_path / "journal")
