"""Totals and taxes of a cart, with the project's one tax rounding rule.

Rounding rule (documented once, used for the order sent to Final POS, the reader display and
the screen alike): tax is computed per tax table on the *sum* of that table's line amounts and
rounded half up once (`kiosk.domain.money.round_half_up`). Each line's share of that tax is then
allocated by the largest-remainder method, so line taxes always add up exactly to the table's
tax. Inclusive tables take the tax out of the price (tax = gross x r / (100 + r)); exclusive
tables add it on top (tax = net x r / 100).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.money import round_half_up

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class TaxRate:
    name: str
    rate: Decimal  # percent, e.g. Decimal("20")
    inclusive: bool = True


@dataclass(frozen=True, slots=True)
class TaxLine:
    name: str
    rate: Decimal
    inclusive: bool
    taxable_minor: int  # the line amounts this tax applies to, as priced
    amount_minor: int


@dataclass(frozen=True, slots=True)
class PricedLine:
    line: CartLine
    tax_name: str
    tax_rate: Decimal
    tax_minor: int
    gross_minor: int  # what the customer pays for this line, tax included

    @property
    def net_minor(self) -> int:
        return self.gross_minor - self.tax_minor


@dataclass(frozen=True, slots=True)
class Totals:
    currency: str
    lines: tuple[PricedLine, ...]
    taxes: tuple[TaxLine, ...]
    subtotal_minor: int  # sum of line prices as shown on the menu
    tax_minor: int
    discount_minor: int
    total_minor: int  # what the customer pays
    tax_inclusive: bool


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` over `weights` proportionally; parts add up exactly (largest remainder)."""
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [0 for _ in weights]
    shares = [total * w // weight_sum for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % weight_sum), i))
    for i in remainders[: total - sum(shares)]:
        shares[i] += 1
    return shares


def tax_amount(amount_minor: int, rate: TaxRate) -> int:
    """Tax on an amount under the rounding rule of this module."""
    if rate.inclusive:
        return round_half_up(Decimal(amount_minor) * rate.rate / (HUNDRED + rate.rate))
    return round_half_up(Decimal(amount_minor) * rate.rate / HUNDRED)


def price_cart(cart: Cart, rates: Mapping[str, TaxRate], default_rate: str) -> Totals:
    """Price every line, compute taxes per table, and the totals the customer pays."""
    return price_amounts(cart, [line.total_minor for line in cart.lines], rates, default_rate)


def price_amounts(
    cart: Cart, amounts: Sequence[int], rates: Mapping[str, TaxRate], default_rate: str
) -> Totals:
    """`price_cart` with line i charged `amounts[i]` (its total less what was taken off it).

    The one place the tax rule is applied to lines: a discounted sale (the station's
    `price_discounted`) is priced by the same grouping, rounding and allocation as a kiosk
    cart. `discount_minor` is what the amounts are short of the cart's subtotal.
    """
    if default_rate not in rates:
        raise KeyError(f"default tax table {default_rate!r} is not configured")

    def key_of(line: CartLine) -> str:
        # A product naming an unknown tax table falls back to the default one.
        table = line.tax_table or ""
        return table if table in rates else default_rate

    groups: dict[str, list[int]] = {}
    for index, line in enumerate(cart.lines):
        groups.setdefault(key_of(line), []).append(index)

    line_tax = [0] * len(cart.lines)
    tax_lines: list[TaxLine] = []
    for key, indices in groups.items():
        rate = rates[key]
        group = [amounts[i] for i in indices]
        taxable = sum(group)
        tax = tax_amount(taxable, rate)
        for i, share in zip(indices, allocate(tax, group), strict=True):
            line_tax[i] = share
        tax_lines.append(TaxLine(rate.name, rate.rate, rate.inclusive, taxable, tax))

    priced = []
    for index, line in enumerate(cart.lines):
        rate = rates[key_of(line)]
        gross = amounts[index] if rate.inclusive else amounts[index] + line_tax[index]
        priced.append(PricedLine(line, rate.name, rate.rate, line_tax[index], gross))

    charged = sum(amounts)
    exclusive_tax = sum(t.amount_minor for t in tax_lines if not t.inclusive)
    return Totals(
        currency=cart.currency,
        lines=tuple(priced),
        taxes=tuple(tax_lines),
        subtotal_minor=cart.subtotal_minor,
        tax_minor=sum(t.amount_minor for t in tax_lines),
        discount_minor=cart.subtotal_minor - charged,
        total_minor=charged + exclusive_tax,
        tax_inclusive=all(t.inclusive for t in tax_lines) if tax_lines else True,
    )
