"""Order wire models: the order, its lines, its summary with taxes and tip.

Assumptions where the contract is unsure (x-reconstructed / ../shared/finalpos-api NOTES.md
"Gaps"):

- `LineItem` for orders is inferred from the refund line item (name, quantity, price, total,
  productId, variantId, taxes, discount); `cartDiscount`, `cartFees`, `posData`,
  `customSales` and order `notes` have unknown shapes and are kept as plain JSON.
- Percentages (`tip.percentage`, tax `percentage`) are kept as the Decimal the server sends;
  whether 10 means 10 % or 1000 % is not settled (NOTES.md), so nothing here interprets them.
- Order `status` is a free string; only "pending" was ever seen.
- Order GET and PUT were never seen (path and verb from the sibling pattern), DELETE only by
  title; `OrderUpdate` is create's fields, all optional. No order filters and no sort order
  are documented, so look-ups page through every order (`FinalPosClient.find_orders`).
"""

from __future__ import annotations

from typing import Any

from kiosk.finalpos.models.base import (
    Address,
    Amount,
    Items,
    JsonObject,
    Metadata,
    Rate,
    Record,
    WireModel,
    list_field,
)


class TaxLine(WireModel):
    """A tax on an order line or refund line (RefundsTaxDto)."""

    name: str | None = None
    amount: Amount | None = None
    percentage: Rate | None = None


class OrderTax(WireModel):
    name: str | None = None
    percentage: Rate | None = None
    amount: Amount | None = None
    tax_table_name: str | None = None
    compounding: bool | None = None
    priority: int | None = None
    tax_table_id: str | None = None
    id: str | None = None


class OrderTip(WireModel):
    percentage: Rate | None = None  # a fraction: 0.15 = 15 %
    amount: Amount | None = None


class OrderSummary(WireModel):
    discount_total: Amount | None = None
    shipping_total: Amount | None = None
    total: Amount | None = None
    total_taxes: Amount | None = None
    is_tax_inclusive: bool | None = None
    sub_total: Amount | None = None
    taxes: Items[OrderTax] = list_field()
    tip: OrderTip | None = None


class LineItem(WireModel):
    """An order or refund line. For orders this shape is inferred (see module docstring)."""

    name: str | None = None
    quantity: int | None = None
    price: Amount | None = None
    total: Amount | None = None
    product_id: str | None = None
    variant_id: str | None = None
    note: str | None = None  # the customer's note for the line (kiosk convention, see README)
    taxes: Items[TaxLine] = list_field()
    discount: JsonObject | None = None


class _OrderFields(WireModel):
    currency: str | None = None
    receipt_id: str | None = None
    status: str | None = None
    customer_id: str | None = None
    source: str | None = None
    session_id: str | None = None
    balance: Amount | None = None
    external_id: str | None = None
    customer_note: str | None = None
    park_reduce_stock: str | None = None
    park_expiry_date: str | None = None
    signature: str | None = None
    summary: OrderSummary | None = None
    cart_discount: JsonObject | None = None
    cart_fees: list[JsonObject] | None = None
    pos_data: JsonObject | None = None
    metadata: list[Metadata] | None = None
    notes: list[Any] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    line_items: Items[LineItem] | None = None
    custom_sales: list[JsonObject] | None = None


class Order(Record, _OrderFields):
    from_final: bool | None = None


class OrderCreate(_OrderFields):
    """A new order; `balance` is what is still owed (the total before payment)."""

    receipt_id: str
    status: str
    source: str
    balance: Amount
    summary: OrderSummary


class OrderUpdate(_OrderFields):
    """Partial order update (the endpoint itself is inferred: verify against a real server)."""
