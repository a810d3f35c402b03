"""The customer's order in progress: an immutable cart of lines in integer minor units.

Every edit returns a new Cart, so a view-model can hand a snapshot to the checkout while the
screen keeps changing, and undo is free. Adding the same variant twice merges into one line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.domain.catalog import Product, Variant

MAX_LINE_QUANTITY = 99


class CartError(ValueError):
    """An edit the cart refuses: unknown line, sold-out variant, quantity out of range."""


@dataclass(frozen=True, slots=True)
class CartLine:
    line_id: str
    product_id: str
    variant_id: str | None
    name: str
    unit_price_minor: int
    quantity: int
    options: tuple[tuple[str, str], ...] = ()
    tax_table: str | None = None
    sku: str | None = None
    regular_unit_price_minor: int | None = None

    @property
    def total_minor(self) -> int:
        return self.unit_price_minor * self.quantity

    @property
    def options_text(self) -> str:
        return ", ".join(value for _, value in self.options)


@dataclass(frozen=True, slots=True)
class Cart:
    currency: str
    lines: tuple[CartLine, ...] = ()
    order_type: str | None = None  # "eat_in" / "take_away" when the store asks

    @property
    def count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def subtotal_minor(self) -> int:
        """Sum of line prices as shown on the menu (before exclusive taxes)."""
        return sum(line.total_minor for line in self.lines)

    def line(self, line_id: str) -> CartLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise CartError(f"no cart line {line_id!r}")

    def add(self, product: Product, variant: Variant, quantity: int = 1) -> Cart:
        if quantity < 1:
            raise CartError("quantity must be at least 1")
        if variant.product_id != product.id:
            raise CartError("variant does not belong to product")
        if not variant.available:
            raise CartError(f"{product.name} is sold out")
        line_id = f"{product.id}:{variant.id or '-'}"
        already = next((ln for ln in self.lines if ln.line_id == line_id), None)
        wanted = quantity + (already.quantity if already else 0)
        limit = variant.max_quantity(MAX_LINE_QUANTITY)
        if wanted > limit:
            raise CartError(f"only {limit} of {product.name} can be ordered")
        if already is not None:
            return self._replace_line(replace(already, quantity=wanted))
        line = CartLine(
            line_id=line_id,
            product_id=product.id,
            variant_id=variant.id,
            name=product.name,
            unit_price_minor=variant.price_minor,
            quantity=quantity,
            options=variant.options,
            tax_table=product.tax_table,
            sku=variant.sku or product.sku,
            regular_unit_price_minor=variant.regular_price_minor,
        )
        return replace(self, lines=(*self.lines, line))

    def set_quantity(self, line_id: str, quantity: int, *, limit: int = MAX_LINE_QUANTITY) -> Cart:
        """Change a line's quantity; zero removes it."""
        if quantity < 0 or quantity > limit:
            raise CartError(f"quantity must be between 0 and {limit}")
        line = self.line(line_id)
        if quantity == 0:
            return self.remove(line_id)
        return self._replace_line(replace(line, quantity=quantity))

    def remove(self, line_id: str) -> Cart:
        self.line(line_id)
        return replace(self, lines=tuple(ln for ln in self.lines if ln.line_id != line_id))

    def clear(self) -> Cart:
        return Cart(self.currency)

    def with_order_type(self, order_type: str | None) -> Cart:
        return replace(self, order_type=order_type)

    def _replace_line(self, new: CartLine) -> Cart:
        return replace(
            self, lines=tuple(new if ln.line_id == new.line_id else ln for ln in self.lines)
        )
