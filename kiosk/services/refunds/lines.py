"""The lines a checkout sold, and the cumulative share a refund of some of their units gets.

Read from the journaled order body (the exact body sent to Final POS), so what can be refunded
never depends on Final POS answering.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kiosk.domain.money import round_half_up
from kiosk.finalpos import amounts
from kiosk.services import orders
from kiosk.services.journal import CheckoutEntry


@dataclass(frozen=True, slots=True)
class _SoldLine:
    index: int
    name: str
    quantity: int
    total_minor: int
    tax_minor: int
    unit_price_minor: int
    product_id: str | None
    variant_id: str | None
    tax_name: str | None
    tax_rate: str | None


def sold_lines(entry: CheckoutEntry) -> list[_SoldLine]:
    """The order's lines as journaled at checkout (the exact body sent to Final POS).

    Empty for a sale of an order made elsewhere (a kiosk's order paid at the counter): its
    lines are not journaled here."""
    if not entry.order_body:
        return []
    body = orders.order_from_journal(entry.order_body)
    cur = entry.currency
    result = []
    for index, line in enumerate(body.line_items or []):
        tax = line.taxes[0] if line.taxes else None

        def minor(value: Decimal | None) -> int:
            return 0 if value is None else amounts.minor(value, cur)

        result.append(
            _SoldLine(
                index=index,
                name=line.name or "",
                quantity=line.quantity or 0,
                total_minor=minor(line.total),
                tax_minor=sum(minor(t.amount) for t in line.taxes),
                unit_price_minor=minor(line.price),
                product_id=line.product_id,
                variant_id=line.variant_id,
                tax_name=tax.name if tax else None,
                tax_rate=str(tax.percentage) if tax and tax.percentage is not None else None,
            )
        )
    return result


def _share(total: int, units: int, of: int) -> int:
    """The part of `total` for `units` of `of` units, rounded half up (cumulative rule)."""
    return round_half_up(Decimal(total) * units / of) if of else 0
