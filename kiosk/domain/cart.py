"""The customer's order in progress: an immutable cart of lines in integer minor units.

Every edit returns a new Cart, so a view-model can hand a snapshot to the checkout while the
screen keeps changing, and undo is free. Adding the same variant twice merges into one line.

Table service: `table_number` is the table or tracker number the customer typed (digits only,
at most `MAX_TABLE_DIGITS`), None when not asked. Item notes: `CartLine.note` is the
customer's free text for that line ("no onions"), at most `MAX_NOTE_LENGTH` characters; the
order builder sends it with the line (see the README's design notes for the wire fields).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.domain.catalog import Catalog, Product, Variant

MAX_LINE_QUANTITY = 99
MAX_TABLE_DIGITS = 4
MAX_NOTE_LENGTH = 80


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
    note: str = ""

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
    table_number: str | None = None  # table or tracker number (table service), digits

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

    def with_table_number(self, table_number: str | None) -> Cart:
        if table_number is not None and not (
            table_number.isdigit() and 0 < len(table_number) <= MAX_TABLE_DIGITS
        ):
            raise CartError(f"a table number is 1 to {MAX_TABLE_DIGITS} digits")
        return replace(self, table_number=table_number)

    def with_note(self, line_id: str, note: str) -> Cart:
        """Set a line's note (trimmed, one line, at most MAX_NOTE_LENGTH characters)."""
        clean = " ".join(note.split())
        if len(clean) > MAX_NOTE_LENGTH:
            raise CartError(f"a note is at most {MAX_NOTE_LENGTH} characters")
        return self._replace_line(replace(self.line(line_id), note=clean))

    def insert_line(self, index: int, line: CartLine) -> Cart:
        """Put a removed line back where it was (undo); merges if it was added again since."""
        already = next((ln for ln in self.lines if ln.line_id == line.line_id), None)
        if already is not None:
            merged = min(MAX_LINE_QUANTITY, already.quantity + line.quantity)
            return self._replace_line(replace(already, quantity=merged))
        lines = list(self.lines)
        lines.insert(max(0, min(index, len(lines))), line)
        return replace(self, lines=tuple(lines))

    def reconcile(self, catalog: Catalog) -> Reconciled:
        """This cart against a newer menu: drop lines sold out or gone, cap to the stock left.

        Prices stay as the customer saw them; only availability is checked here, right before
        paying, so nothing sold out is ever charged.
        """
        kept: list[CartLine] = []
        removed: list[CartLine] = []
        reduced: list[CartLine] = []
        for line in self.lines:
            product = catalog.product(line.product_id)
            variant = product.variant(line.variant_id) if product else None
            if variant is None or not variant.available:
                removed.append(line)
                continue
            limit = variant.max_quantity(MAX_LINE_QUANTITY)
            if line.quantity > limit:
                line = replace(line, quantity=limit)
                reduced.append(line)
            kept.append(line)
        cart = replace(self, lines=tuple(kept)) if removed or reduced else self
        return Reconciled(cart, tuple(removed), tuple(reduced))

    def _replace_line(self, new: CartLine) -> Cart:
        return replace(
            self, lines=tuple(new if ln.line_id == new.line_id else ln for ln in self.lines)
        )


@dataclass(frozen=True, slots=True)
class Reconciled:
    """What `Cart.reconcile` changed: the new cart, lines taken out and lines capped."""

    cart: Cart
    removed: tuple[CartLine, ...] = ()
    reduced: tuple[CartLine, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.reduced)
