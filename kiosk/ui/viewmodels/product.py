"""The product screen: one product, its attribute chips, the resolved variant and quantity.

Prices are never a riddle (issue 14, defect 3): each attribute starts on its first value that
can be had, so a price shows at once; every chip says what it adds ("+€0.40") against the
cheapest value of that attribute given the other choices, and a sale price says it is one
("Offer", "was €4.40").
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import MAX_LINE_QUANTITY
from kiosk.domain.catalog import OptionState, Product, Variant, option_states, resolve_variant
from kiosk.ui.allergens import contains_text, dietary_text
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.menu import AttributeListModel
from kiosk.ui.models.names import shown_language
from kiosk.ui.text import plain_text
from kiosk.ui.viewmodels.menu import initial_of


class ProductViewModel(QObject):
    """Choices for one product. `added` carries what the customer put in the cart."""

    changed = Signal()
    added = Signal(object, object, int)  # Product, Variant, quantity

    def __init__(
        self, formatter: PriceFormatter, images: ImageResolver, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._images = images
        self._product: Product | None = None
        self._chosen: dict[str, str] = {}
        self._quantity = 1
        self._attributes = AttributeListModel(self)

    # -- opening ----------------------------------------------------------------------
    def open(self, product: Product) -> None:
        self._product = product
        self._chosen = {}
        self._quantity = 1
        self._settle()
        self._preselect()
        self._rebuild()

    def _preselect(self) -> None:
        """Start each attribute on its first value in stock (in order: Size, then Milk)."""
        assert self._product is not None
        for attribute in self._product.attributes:
            if attribute.name in self._chosen:
                continue
            first = next((s for s in self._states(attribute.name) if s.available), None)
            if first is None:
                return  # nothing in stock down this path: the customer chooses
            self._chosen[attribute.name] = first.value
            self._settle()

    def _matching(self, chosen: dict[str, str]) -> list[Variant]:
        assert self._product is not None
        return [
            v
            for v in self._product.variants
            if all(v.option(name) == value for name, value in chosen.items())
        ]

    def _option_price(self, attribute: str, value: str) -> tuple[int | None, bool]:
        """Cheapest price (and whether on offer) with `value` and the other choices kept."""
        others = {k: v for k, v in self._chosen.items() if k != attribute}
        pool = self._matching({**others, attribute: value})
        live = [v for v in pool if v.available] or pool
        if not live:
            return None, False
        cheapest = min(live, key=lambda v: v.price_minor)
        offer = cheapest.on_sale and cheapest.regular_price_minor > cheapest.price_minor
        return cheapest.price_minor, offer

    def _states(self, attribute: str) -> list[OptionState]:
        """Options of `attribute` given the choices of the attributes *before* it.

        Choices are made in order (Size, then Milk): an earlier choice filters later ones,
        never the other way round, so the customer can always change their mind upwards.
        """
        assert self._product is not None
        names = [a.name for a in self._product.attributes]
        before = names[: names.index(attribute)]
        prior = {name: self._chosen[name] for name in before if name in self._chosen}
        return option_states(self._product, prior, attribute)

    def _settle(self) -> None:
        """Drop later choices that no longer combine; make choices that are not choices."""
        assert self._product is not None
        for attribute in self._product.attributes:
            live = [s for s in self._states(attribute.name) if s.exists]
            picked = self._chosen.get(attribute.name)
            if picked is not None and picked not in {s.value for s in live}:
                del self._chosen[attribute.name]
            if len(live) == 1:
                self._chosen[attribute.name] = live[0].value

    def retranslate(self) -> None:
        """The language changed: remake the choice chips' text ("+€0.40") and the hints."""
        self._rebuild()

    def _rebuild(self) -> None:
        product = self._product
        rows = []
        if product is not None:
            for attribute in product.attributes:
                states = self._states(attribute.name)
                prices = {s.value: self._option_price(attribute.name, s.value) for s in states}
                known = [p for p, _offer in prices.values() if p is not None]
                base = min(known) if known else 0
                options = []
                for s in states:
                    amount, offer = prices[s.value]
                    delta = (amount - base) if amount is not None else 0
                    options.append(
                        {
                            "value": s.value,
                            "exists": s.exists,
                            "available": s.available,
                            "selected": self._chosen.get(attribute.name) == s.value,
                            "delta": tr("+{price}", price=self._fmt(delta)) if delta > 0 else "",
                            "offer": offer and s.available,
                        }
                    )
                rows.append((attribute.name, options, self._chosen.get(attribute.name, "")))
        # in place: the screen keeps its attribute rows and chips (a reset rebuilt them all,
        # on every open and every tap of a chip)
        self._attributes.replace_rows(rows)
        max_q = self.max_quantity
        if self._quantity > max_q:
            self._quantity = max(1, max_q)
        self.changed.emit()

    # -- state ------------------------------------------------------------------------
    @property
    def product(self) -> Product | None:
        return self._product

    @property
    def variant(self) -> Variant | None:
        if self._product is None:
            return None
        return resolve_variant(self._product, self._chosen)

    @property
    def attribute_model(self) -> AttributeListModel:
        return self._attributes

    @property
    def chosen(self) -> dict[str, str]:
        return dict(self._chosen)

    @property
    def max_quantity(self) -> int:
        variant = self.variant
        return variant.max_quantity(MAX_LINE_QUANTITY) if variant else MAX_LINE_QUANTITY

    @Property(QObject, constant=True)
    def attributes(self) -> AttributeListModel:
        return self._attributes

    @Property(str, notify=changed)
    def productId(self) -> str:
        return self._product.id if self._product else ""

    @Property(str, notify=changed)
    def name(self) -> str:
        return self._product.name_in(shown_language(self._fmt)) if self._product else ""

    @Property(str, notify=changed)
    def initial(self) -> str:
        return initial_of(self._product.name_in(shown_language(self._fmt))) if self._product else ""

    @Property(str, notify=changed)
    def description(self) -> str:
        if self._product is None:
            return ""
        return plain_text(self._product.about_in(shown_language(self._fmt)))

    @Property(str, notify=changed)
    def dietaryText(self) -> str:
        """ "Vegan · Gluten-free" ("" when the store says nothing)."""
        return dietary_text(self._product.dietary) if self._product else ""

    @Property(str, notify=changed)
    def allergensText(self) -> str:
        """ "Contains: Milk, Nuts" ("" when the store lists none)."""
        return contains_text(self._product.allergens) if self._product else ""

    @Property(str, notify=changed)
    def imageSource(self) -> str:
        if self._product is None:
            return ""
        variant = self.variant
        if variant is not None and variant.image_url:
            source = self._images.source(variant.image_url)
            if source:
                return source
        return self._images.source(self._product.image_url)

    @Property(bool, notify=changed)
    def resolved(self) -> bool:
        return self.variant is not None

    @Property(bool, notify=changed)
    def soldOut(self) -> bool:
        variant = self.variant
        if self._product is None:
            return False
        return (variant is not None and not variant.available) or not self._product.available

    @Property(bool, notify=changed)
    def canAdd(self) -> bool:
        variant = self.variant
        return variant is not None and variant.available and self._quantity >= 1

    @Property(str, notify=changed)
    def price(self) -> str:
        """Price of the current choice times quantity; while a choice is still missing, the
        cheapest price the choices so far can lead to ("from" only when they differ)."""
        product = self._product
        if product is None:
            return ""
        variant = self.variant
        if variant is not None:
            return self._fmt(variant.price_minor * self._quantity)
        pool = self._matching(self._chosen)
        live = [v for v in pool if v.available] or pool or list(product.variants)
        prices = {v.price_minor for v in live}
        cheapest = self._fmt(min(prices) * self._quantity) if prices else ""
        return tr("from {price}", price=cheapest) if len(prices) > 1 else cheapest

    def _on_offer(self) -> Variant | None:
        variant = self.variant
        if variant is None or not variant.on_sale:
            return None
        if variant.regular_price_minor <= variant.price_minor:
            return None
        return variant

    @Property(str, notify=changed)
    def regularPrice(self) -> str:
        variant = self._on_offer()
        return self._fmt(variant.regular_price_minor * self._quantity) if variant else ""

    @Property(str, notify=changed)
    def offerText(self) -> str:
        """Why the price is red: "Offer: save €0.70" (empty when not on offer)."""
        variant = self._on_offer()
        if variant is None:
            return ""
        saving = (variant.regular_price_minor - variant.price_minor) * self._quantity
        return tr("Offer: save {saving}", saving=self._fmt(saving))

    @Property(bool, notify=changed)
    def hasChoices(self) -> bool:
        return bool(self._product and self._product.attributes)

    @Property(str, notify=changed)
    def hint(self) -> str:
        """What is missing before the customer can add, in a few words."""
        product = self._product
        if product is None:
            return ""
        if not product.available:
            return tr("Sold out today")
        variant = self.variant
        if variant is None:
            missing = [a.name for a in product.attributes if a.name not in self._chosen]
            if missing:
                return tr("Choose {what}", what=missing[0].lower())
            return tr("That combination is not available")
        if not variant.available:
            return tr("Sold out today")
        return ""

    @Property(int, notify=changed)
    def quantity(self) -> int:
        return self._quantity

    @Property(bool, notify=changed)
    def canIncrease(self) -> bool:
        return self._quantity < self.max_quantity

    # -- actions ----------------------------------------------------------------------
    @Slot(str, str)
    def choose(self, attribute: str, value: str) -> None:
        product = self._product
        if product is None:
            return
        state = next((s for s in self._states(attribute) if s.value == value), None)
        if state is None or not state.exists:
            return
        self._chosen[attribute] = value
        self._settle()
        self._rebuild()

    @Slot()
    def increment(self) -> None:
        if self._quantity < self.max_quantity:
            self._quantity += 1
            self.changed.emit()

    @Slot()
    def decrement(self) -> None:
        if self._quantity > 1:
            self._quantity -= 1
            self.changed.emit()

    @Slot()
    def addToOrder(self) -> None:
        variant = self.variant
        if self._product is None or variant is None or not variant.available:
            return
        self.added.emit(self._product, variant, self._quantity)
