"""The cart: lines with their options, quantity edits, and totals from the one pricing rule."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import MAX_LINE_QUANTITY, Cart, CartError
from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.domain.pricing import Totals
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.menu import CartLineListModel
from kiosk.ui.viewmodels.menu import initial_of

Pricer = Callable[[Cart], Totals]


class CartViewModel(QObject):
    """Owns the immutable Cart; every edit swaps in a new one and re-prices it."""

    cart_changed = Signal()
    notice_changed = Signal()

    def __init__(
        self,
        currency: str,
        pricer: Pricer,
        formatter: PriceFormatter,
        images: ImageResolver,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cart = Cart(currency)
        self._pricer = pricer
        self._fmt = formatter
        self._images = images
        self._catalog: Catalog | None = None
        self._totals = pricer(self._cart)
        self._lines = CartLineListModel(self)
        self._notice = ""

    # -- state ------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        return self._cart

    @property
    def totals(self) -> Totals:
        return self._totals

    def set_catalog(self, catalog: Catalog | None) -> None:
        self._catalog = catalog
        self._publish()

    def set_pricer(self, pricer: Pricer) -> None:
        self._pricer = pricer
        self._set(self._cart)

    @Property(QObject, constant=True)
    def lines(self) -> CartLineListModel:
        return self._lines

    @Property(int, notify=cart_changed)
    def count(self) -> int:
        return self._cart.count

    @Property(bool, notify=cart_changed)
    def isEmpty(self) -> bool:
        return self._cart.is_empty

    @Property(str, notify=cart_changed)
    def subtotal(self) -> str:
        return self._fmt(self._totals.subtotal_minor)

    @Property(str, notify=cart_changed)
    def tax(self) -> str:
        return self._fmt(self._totals.tax_minor)

    @Property(str, notify=cart_changed)
    def taxLabel(self) -> str:
        return tr("Includes tax") if self._totals.tax_inclusive else tr("Tax")

    @Property(str, notify=cart_changed)
    def total(self) -> str:
        return self._fmt(self._totals.total_minor)

    @Property(str, notify=cart_changed)
    def countText(self) -> str:
        count = self._cart.count
        return tr("1 item") if count == 1 else tr("{count} items", count=count)

    @Property(str, notify=cart_changed)
    def orderTypeText(self) -> str:
        return {"eat_in": tr("Eat in"), "take_away": tr("Take away")}.get(
            self._cart.order_type or "", ""
        )

    @Property(str, notify=notice_changed)
    def notice(self) -> str:
        return self._notice

    # -- edits ------------------------------------------------------------------------
    def add(self, product: Product, variant: Variant, quantity: int = 1) -> bool:
        try:
            self._set(self._cart.add(product, variant, quantity))
        except CartError as exc:
            self._say(str(exc))
            return False
        self._say("")
        return True

    def set_order_type(self, order_type: str | None) -> None:
        self._set(self._cart.with_order_type(order_type))

    def _limit(self, line_id: str) -> int:
        line = self._cart.line(line_id)
        product = self._catalog.product(line.product_id) if self._catalog else None
        variant = product.variant(line.variant_id) if product else None
        return variant.max_quantity(MAX_LINE_QUANTITY) if variant else MAX_LINE_QUANTITY

    @Slot(str)
    def increment(self, line_id: str) -> None:
        try:
            line = self._cart.line(line_id)
            limit = self._limit(line_id)
            if line.quantity >= limit:
                self._say(tr("That is all we have of {name}.", name=line.name))
                return
            self._set(self._cart.set_quantity(line_id, line.quantity + 1, limit=limit))
        except CartError:
            return

    @Slot(str)
    def decrement(self, line_id: str) -> None:
        try:
            line = self._cart.line(line_id)
            self._set(self._cart.set_quantity(line_id, line.quantity - 1))
        except CartError:
            return

    @Slot(str)
    def remove(self, line_id: str) -> None:
        try:
            self._set(self._cart.remove(line_id))
        except CartError:
            return

    @Slot()
    def clear(self) -> None:
        self._say("")
        self._set(self._cart.clear())

    def _say(self, notice: str) -> None:
        if notice != self._notice:
            self._notice = notice
            self.notice_changed.emit()

    def _set(self, cart: Cart) -> None:
        self._cart = cart
        self._totals = self._pricer(cart)
        self._publish()

    def _publish(self) -> None:
        rows = []
        for line in self._cart.lines:
            product = self._catalog.product(line.product_id) if self._catalog else None
            rows.append(
                (
                    line.line_id,
                    line.name,
                    line.options_text,
                    line.quantity,
                    self._fmt(line.unit_price_minor),
                    self._fmt(line.total_minor),
                    line.quantity < self._limit(line.line_id),
                    self._images.source(product.image_url if product else None),
                    initial_of(line.name),
                )
            )
        self._lines.update_rows(rows)
        self.cart_changed.emit()
