"""Line and order discounts for the station, with the one rounding rule and a manager limit.

A discount is a percentage (basis points, 1000 = 10 %) or an amount (minor units), always with
a reason. Line discounts come off their line; the order discount comes off what is left and
is spread over the lines by largest remainder (`kiosk.domain.pricing.allocate`), so every line
of the Final POS order carries its true discounted total. Taxes are then computed on the
discounted amounts with the project's one tax rule (per table, on the table's sum, rounded
half up once: `kiosk.domain.pricing.tax_amount`), so the order, the reader display and the
screen agree. A percentage's amount is rounded half up to a whole minor unit.

Above `limit_bp` of what it applies to, a discount needs a manager: someone whose role grants
``refund_order`` (giving money back is the permission nearest to giving it away; staff roles
do not have it in the local fallback roles).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.money import round_half_up
from kiosk.domain.pricing import TaxRate, Totals, allocate, price_amounts
from kiosk.services.staff.roles import Permission, Role

MANAGER_PERMISSION = Permission.REFUND
MAX_REASON = 120


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class DiscountOutcome(StrEnum):
    APPLIED = "applied"
    NEEDS_MANAGER = "needs_manager"  # above the limit: a manager PIN is asked
    NOT_MANAGER = "not_manager"  # the PIN given is not a manager's
    NO_REASON = "no_reason"
    INVALID = "invalid"  # zero, negative, over 100 %, or more than the amount


@dataclass(frozen=True, slots=True)
class Discount:
    kind: DiscountKind
    value: int  # basis points for PERCENT, minor units for AMOUNT
    reason: str
    approved_by: str | None = None  # the manager who allowed it above the limit

    def amount_on(self, base_minor: int) -> int:
        """What comes off `base_minor` (never more than it)."""
        if self.kind is DiscountKind.PERCENT:
            off = round_half_up(Decimal(base_minor) * self.value / 10_000)
        else:
            off = self.value
        return max(0, min(off, base_minor))

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "value": self.value,
            "reason": self.reason,
            "approvedBy": self.approved_by,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Discount:
        approved = data.get("approvedBy")
        return cls(
            DiscountKind(str(data["kind"])),
            int(str(data["value"])),
            str(data.get("reason") or ""),
            str(approved) if approved else None,
        )


def is_manager(role: Role) -> bool:
    return MANAGER_PERMISSION in role.permissions


def check_discount(discount: Discount, base_minor: int, *, limit_bp: int) -> DiscountOutcome:
    """Whether `discount` on `base_minor` may be applied now (APPLIED), or what stops it."""
    if not discount.reason.strip():
        return DiscountOutcome.NO_REASON
    if discount.value <= 0 or base_minor <= 0:
        return DiscountOutcome.INVALID
    if discount.kind is DiscountKind.PERCENT and discount.value > 10_000:
        return DiscountOutcome.INVALID
    if discount.kind is DiscountKind.AMOUNT and discount.value > base_minor:
        return DiscountOutcome.INVALID
    if discount.kind is DiscountKind.PERCENT:
        above = discount.value > limit_bp  # the rate asked for, not its rounded amount
    else:  # in whole numbers: off / base > limit_bp / 10_000
        above = discount.amount_on(base_minor) * 10_000 > limit_bp * base_minor
    if above and discount.approved_by is None:
        return DiscountOutcome.NEEDS_MANAGER
    return DiscountOutcome.APPLIED


@dataclass(frozen=True, slots=True)
class Discounts:
    """The discounts of one sale: by cart line id, and one for the order."""

    lines: Mapping[str, Discount]
    order: Discount | None = None

    @classmethod
    def none(cls) -> Discounts:
        return cls({})

    def to_json(self) -> dict[str, object]:
        return {
            "lines": {k: d.to_json() for k, d in self.lines.items()},
            "order": self.order.to_json() if self.order else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Discounts:
        lines = data.get("lines") or {}
        order = data.get("order")
        assert isinstance(lines, Mapping)
        return cls(
            {str(k): Discount.from_json(v) for k, v in lines.items()},
            Discount.from_json(order) if isinstance(order, Mapping) else None,
        )


def line_base(cart: Cart, line_id: str) -> int:
    return cart.line(line_id).total_minor


def order_base(cart: Cart, discounts: Discounts) -> int:
    """What the order discount applies to: the lines after their own discounts."""
    return sum(line.total_minor - _line_off(line, discounts) for line in cart.lines)


def _line_off(line: CartLine, discounts: Discounts) -> int:
    found = discounts.lines.get(line.line_id)
    return found.amount_on(line.total_minor) if found else 0


def price_discounted(
    cart: Cart, discounts: Discounts, rates: Mapping[str, TaxRate], default_rate: str
) -> Totals:
    """`kiosk.domain.pricing.price_cart` with the discounts taken off before tax."""
    after_lines = [line.total_minor - _line_off(line, discounts) for line in cart.lines]
    order_off = discounts.order.amount_on(sum(after_lines)) if discounts.order else 0
    shares = allocate(order_off, after_lines)
    amounts = [a - s for a, s in zip(after_lines, shares, strict=True)]
    return price_amounts(cart, amounts, rates, default_rate)
