"""The order body, the sale and the reader display carry the same numbers as the screen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.money import to_minor
from kiosk.domain.pricing import TaxRate, price_cart
from kiosk.services import orders

RATES = {
    "standard": TaxRate("standard", Decimal("20"), inclusive=True),
    "sales": TaxRate("sales", Decimal("8.875"), inclusive=False),
}


@pytest.mark.parametrize("table", ["standard", "sales"])
def test_order_display_and_totals_agree(table: str) -> None:
    cart = Cart(
        "EUR",
        (
            CartLine("a", "p1", "v1", "Latte", 385, 2, (("Size", "Large"),), table),
            CartLine("b", "p2", None, "Cookie", 199, 3, (), table),
        ),
        order_type="take_away",
    )
    totals = price_cart(cart, RATES, "standard")
    body = orders.order_create(
        totals,
        checkout_id="c1",
        receipt_id="R-1",
        order_number="A001",
        session_id="s1",
        kiosk_name="Kiosk 1",
        order_type=cart.order_type,
    ).to_wire()
    summary = body["summary"]
    assert body["status"] == "pending" and body["externalId"] == "c1"
    assert body["balance"] == summary["total"]
    assert to_minor(summary["total"], "EUR") == totals.total_minor
    assert to_minor(summary["totalTaxes"], "EUR") == totals.tax_minor
    assert summary["isTaxInclusive"] is (table == "standard")
    line_totals = sum(to_minor(line["total"], "EUR") for line in body["lineItems"])
    assert line_totals == totals.total_minor
    line_taxes = sum(to_minor(t["amount"], "EUR") for ln in body["lineItems"] for t in ln["taxes"])
    assert line_taxes == totals.tax_minor
    assert body["lineItems"][0]["name"] == "Latte (Large)"
    assert body["lineItems"][0]["variantId"] == "v1" and "variantId" not in body["lineItems"][1]
    percentage = summary["taxes"][0]["percentage"]
    assert isinstance(percentage, int | float) and Decimal(str(percentage)) == RATES[table].rate
    display = orders.display_cart(totals)
    assert display.total_minor == totals.total_minor and display.tax_minor == totals.tax_minor
    assert sum(line.amount_minor for line in display.lines) == totals.total_minor
    assert orders.display_from_json(orders.display_to_json(display)) == display
    assert orders.order_from_journal(body).to_wire() == body


def test_sale_and_completion_bodies() -> None:
    sale = orders.sale_transaction(
        checkout_id="c1",
        amount_minor=1250,
        currency="EUR",
        session_id="s1",
        order_id="o1",
        outlet_id="out1",
        receipt_id="R-1",
        intent_id="pi_1",
        reader_id="tmr_1",
    ).to_wire()
    assert sale["type"] == "sale" and sale["paymentMethod"] == "credit_card"
    assert (sale["amount"], sale["balance"], sale["currency"]) == ("12.50", "0.00", "EUR")
    assert sale["paymentData"] == {
        "processor": "stripe",
        "processorTransactionId": "pi_1",
        "device": "tmr_1",
    }
    assert orders.order_completed("EUR").to_wire(partial=True) == {
        "status": "completed",
        "balance": "0.00",
    }
    assert orders.order_completed("JPY").to_wire(partial=True)["balance"] == "0"
