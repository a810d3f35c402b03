"""One suggestion step before Pay ("Add a pastry?"), from a category pairing the store sets.

The rule (`Settings.upsell_pairs`): when the cart holds something from category A (id or
name, any case, subcategories included), suggest up to `MAX_SUGGESTIONS` products of
category B. It is capped: offered at most once per order, never when the cart already holds
something of B, never a product already in the cart, only products that are in stock and
need no choice (one tap adds them), and skipped in one tap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart
from kiosk.domain.catalog import Catalog, Category, Product
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.menu import SuggestionListModel
from kiosk.ui.models.names import shown_language
from kiosk.ui.viewmodels.menu import initial_of

MAX_SUGGESTIONS = 3


def _find(catalog: Catalog, key: str) -> Category | None:
    wanted = key.strip().casefold()
    for category in catalog.categories:
        if category.id.casefold() == wanted or category.name.casefold() == wanted:
            return category
    return None


def suggestions(
    catalog: Catalog, cart: Cart, pairs: Mapping[str, str]
) -> tuple[Category | None, list[Product]]:
    """The first pairing the cart triggers: (category, products to suggest)."""
    in_cart = {line.product_id for line in cart.lines}
    for when, suggest in pairs.items():
        trigger, target = _find(catalog, when), _find(catalog, suggest)
        if trigger is None or target is None:
            continue
        triggering = {p.id for p in catalog.products_in(trigger.id)}
        if not in_cart & triggering:
            continue
        offered = catalog.products_in(target.id)
        if in_cart & {p.id for p in offered}:
            continue  # they already have one: no nagging
        picks = [p for p in offered if p.id not in in_cart and p.available and not p.has_choices][
            :MAX_SUGGESTIONS
        ]
        if picks:
            return target, picks
    return None, []


class UpsellViewModel(QObject):
    """The suggestion overlay on the cart screen; `decided` fires on add or skip."""

    changed = Signal()
    decided = Signal(str)  # the product id to add, "" when skipped

    def __init__(
        self,
        pairs: Mapping[str, str],
        formatter: PriceFormatter,
        images: ImageResolver,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairs = dict(pairs)
        self._fmt = formatter
        self._images = images
        self._offered = False
        self._shown = False
        self._category: Category | None = None  # the title is made when read
        self._products: dict[str, Product] = {}
        self._list = SuggestionListModel(self)

    @property
    def enabled(self) -> bool:
        return bool(self._pairs)

    @property
    def offered(self) -> bool:
        return self._offered

    def set_pairs(self, pairs: Mapping[str, str]) -> None:
        self._pairs = dict(pairs)

    def offer(self, catalog: Catalog | None, cart: Cart) -> bool:
        """Show the step if the rule has something for this cart and it was not shown yet."""
        if self._offered or catalog is None or not self._pairs:
            return False
        category, picks = suggestions(catalog, cart, self._pairs)
        if not picks:
            return False
        self._offered = True
        self._shown = True
        self._category = category
        self._products = {p.id: p for p in picks}
        self._publish()
        return True

    def retranslate(self) -> None:
        """The language changed: prices in the new locale (the title is made when read)."""
        if self._shown:
            self._publish()

    def _publish(self) -> None:
        rows: list[tuple[Any, ...]] = [
            (
                p.id,
                p.name_in(shown_language(self._fmt)),
                self._fmt(p.from_price_minor),
                self._images.source(p.image_url),
                initial_of(p.name_in(shown_language(self._fmt))),
            )
            for p in self._products.values()
        ]
        self._list.set_rows(rows)
        self.changed.emit()

    def reset(self) -> None:
        """A new order: the step may be offered again."""
        self._offered = False
        self._close()

    def product(self, product_id: str) -> Product | None:
        return self._products.get(product_id)

    def _close(self) -> None:
        if self._shown:
            self._shown = False
            self.changed.emit()

    @Property(bool, notify=changed)
    def shown(self) -> bool:
        return self._shown

    @Property(str, notify=changed)
    def title(self) -> str:
        # made here, not in offer(): the customer may switch language while it shows
        if self._category is None:
            return ""
        name = self._category.name_in(shown_language(self._fmt))
        return tr("Add something from {category}?", category=name.lower())

    @Property(QObject, constant=True)
    def suggestions(self) -> SuggestionListModel:
        return self._list

    @Slot(str)
    def add(self, product_id: str) -> None:
        if not self._shown or product_id not in self._products:
            return
        self._close()
        self.decided.emit(product_id)

    @Slot()
    def skip(self) -> None:
        if not self._shown:
            return
        self._close()
        self.decided.emit("")
