"""Station discounts: limits, the manager override, and the discounted totals' arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.pricing import TaxRate, price_cart
from kiosk.services.staff.roles import FALLBACK_ROLES, Role
from kiosk.services.station.discounts import (
    Discount,
    DiscountKind,
    DiscountOutcome,
    Discounts,
    check_discount,
    is_manager,
    order_base,
    price_discounted,
)

RATES = {
    "standard": TaxRate("standard", Decimal(20), True),
    "reduced": TaxRate("reduced", Decimal(10), True),
    "sales": TaxRate("sales", Decimal("8.875"), False),
}
PCT, AMT = DiscountKind.PERCENT, DiscountKind.AMOUNT


def cart(currency: str = "EUR") -> Cart:
    return Cart(
        currency,
        (
            CartLine("a", "p1", "v1", "Flat white", 350, 3, (), "standard"),
            CartLine("b", "p2", "v2", "Croissant", 299, 1, (), "reduced"),
            CartLine("c", "p3", "v3", "Soda", 199, 2, (), "sales"),
        ),
    )


@pytest.mark.parametrize(
    ("discount", "base", "outcome"),
    [
        (Discount(PCT, 1000, "staff"), 1000, DiscountOutcome.APPLIED),  # at the limit
        (Discount(PCT, 1001, "staff"), 1000, DiscountOutcome.NEEDS_MANAGER),
        (Discount(AMT, 100, "damaged"), 1000, DiscountOutcome.APPLIED),
        (Discount(AMT, 101, "damaged"), 1000, DiscountOutcome.NEEDS_MANAGER),
        (Discount(AMT, 500, "damaged", approved_by="Mo"), 1000, DiscountOutcome.APPLIED),
        (Discount(AMT, 1001, "too much", approved_by="Mo"), 1000, DiscountOutcome.INVALID),
        (Discount(PCT, 10_001, "x", approved_by="Mo"), 1000, DiscountOutcome.INVALID),
        (Discount(PCT, 0, "x"), 1000, DiscountOutcome.INVALID),
        (Discount(PCT, 500, "  "), 1000, DiscountOutcome.NO_REASON),
    ],
)
def test_limits(discount: Discount, base: int, outcome: DiscountOutcome) -> None:
    assert check_discount(discount, base, limit_bp=1000) is outcome


def test_only_managers_override() -> None:
    assert is_manager(Role("manager", FALLBACK_ROLES["manager"], "fallback"))
    assert not is_manager(Role("staff", FALLBACK_ROLES["staff"], "fallback"))


def test_percent_rounds_half_up() -> None:
    assert Discount(PCT, 1250, "r").amount_on(299) == 37  # 37.375
    assert Discount(PCT, 5000, "r").amount_on(299) == 150  # 149.5 -> 150
    assert Discount(AMT, 500, "r").amount_on(299) == 299  # never more than the line


def test_no_discount_is_the_kiosk_rule() -> None:
    assert price_discounted(cart(), Discounts.none(), RATES, "standard") == price_cart(
        cart(), RATES, "standard"
    )


def test_line_and_order_discount_totals() -> None:
    c = cart()
    discounts = Discounts({"a": Discount(PCT, 1000, "regular")}, Discount(AMT, 200, "sorry"))
    totals = price_discounted(c, discounts, RATES, "standard")
    # a: 1050 - 105 = 945; b 299; c 398 -> 1642 before the order discount of 200
    assert order_base(c, discounts) == 1642
    nets = [945, 299, 398]
    shares = [945 * 200 // 1642, 299 * 200 // 1642, 398 * 200 // 1642]
    assert sum(p.line.total_minor for p in totals.lines) == c.subtotal_minor
    inclusive_gross = [p.gross_minor for p in totals.lines[:2]]
    assert sum(inclusive_gross) + (totals.lines[2].gross_minor - totals.lines[2].tax_minor) == (
        1642 - 200
    )
    assert all(s <= n for s, n in zip(shares, nets, strict=True))
    assert totals.discount_minor == 105 + 200
    exclusive = sum(t.amount_minor for t in totals.taxes if not t.inclusive)
    assert totals.total_minor == c.subtotal_minor - totals.discount_minor + exclusive
    assert sum(p.tax_minor for p in totals.lines) == totals.tax_minor


def test_zero_decimal_currency() -> None:
    c = Cart("JPY", (CartLine("a", "p", "v", "Onigiri", 333, 3, (), "standard"),))
    totals = price_discounted(c, Discounts({"a": Discount(PCT, 333, "x")}), RATES, "standard")
    assert totals.discount_minor == 33  # 999 x 3.33 % = 33.27 -> 33 yen
    assert totals.total_minor == 966


def test_json_round_trip() -> None:
    d = Discounts({"a": Discount(PCT, 1500, "why", approved_by="Mo")}, Discount(AMT, 5, "x"))
    assert Discounts.from_json(d.to_json()) == d
