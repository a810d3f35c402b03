"""The menu as the kiosk shows it: categories, products, variants, prices in minor units.

These are the domain's view of Final POS's catalog after joining variants to products, hiding
drafts and products not offered at the outlet, and computing the kiosk price and availability
(the mapping from wire models lives in `kiosk.finalpos.mapping`). Everything is immutable, so a
synced catalog can be shared by the UI and the checkout without copying.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.domain.catalog_text import DESCRIPTION, NAME, SHORT_DESCRIPTION, Texts, text_in


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    parent_id: str | None = None
    menu_order: int = 0
    image_url: str | None = None
    description: str = ""
    texts: Texts = ()  # translations (kiosk.domain.catalog_text)

    def name_in(self, language: str) -> str:
        """The name in `language`, else the default name."""
        return text_in(self.texts, NAME, language, self.name)

    def description_in(self, language: str) -> str:
        return text_in(self.texts, DESCRIPTION, language, self.description)


@dataclass(frozen=True, slots=True)
class Attribute:
    """A choice the customer makes for a product, e.g. Size with values Small, Medium, Large."""

    name: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Variant:
    """One sellable combination. `id` is None for a product sold without variants.

    `price_minor` is what the customer pays (the sale price while on sale);
    `regular_price_minor` is the price before the sale, for showing the saving.
    `stock` is None when stock is not managed for this variant.
    """

    id: str | None
    product_id: str
    price_minor: int
    regular_price_minor: int
    options: tuple[tuple[str, str], ...] = ()
    on_sale: bool = False
    stock: int | None = None
    allow_backorder: bool = False
    sku: str | None = None
    image_url: str | None = None
    barcode: str | None = None  # EAN/UPC the station's scanner reads

    @property
    def available(self) -> bool:
        return self.stock is None or self.stock > 0 or self.allow_backorder

    def option(self, name: str) -> str | None:
        for key, value in self.options:
            if key == name:
                return value
        return None

    def max_quantity(self, limit: int = 99) -> int:
        """How many of this variant one order may take (stock bounds it unless backorders)."""
        if self.stock is None or self.allow_backorder:
            return limit
        return max(0, min(limit, self.stock))


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    name: str
    variants: tuple[Variant, ...]
    category_ids: tuple[str, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    description: str = ""
    short_description: str = ""
    image_url: str | None = None
    tax_table: str | None = None
    sku: str | None = None
    # codes of kiosk.domain.allergens (EU_ALLERGENS, DIETARY), in that order
    allergens: tuple[str, ...] = ()
    dietary: tuple[str, ...] = ()
    # translations of name and descriptions (kiosk.domain.catalog_text); orders keep `name`
    texts: Texts = ()

    def name_in(self, language: str) -> str:
        """The name in `language`, else the default name (what orders and receipts use)."""
        return text_in(self.texts, NAME, language, self.name)

    def description_in(self, language: str) -> str:
        return text_in(self.texts, DESCRIPTION, language, self.description)

    def short_description_in(self, language: str) -> str:
        return text_in(self.texts, SHORT_DESCRIPTION, language, self.short_description)

    def about_in(self, language: str) -> str:
        """The product screen's text: a description written in `language` (the long one
        first), else the default description, else the default short one."""
        for field in (DESCRIPTION, SHORT_DESCRIPTION):
            translated = text_in(self.texts, field, language, "")
            if translated:
                return translated
        return self.description or self.short_description

    @property
    def available(self) -> bool:
        return any(v.available for v in self.variants)

    @property
    def on_sale(self) -> bool:
        return any(v.on_sale and v.available for v in self.variants)

    @property
    def from_price_minor(self) -> int:
        """Lowest price among available variants (or among all when none is available)."""
        pool = [v for v in self.variants if v.available] or list(self.variants)
        return min(v.price_minor for v in pool) if pool else 0

    @property
    def from_regular_price_minor(self) -> int:
        pool = [v for v in self.variants if v.available] or list(self.variants)
        cheapest = min(pool, key=lambda v: v.price_minor) if pool else None
        return cheapest.regular_price_minor if cheapest else 0

    @property
    def has_choices(self) -> bool:
        return len(self.variants) > 1 or bool(self.attributes)

    def variant(self, variant_id: str | None) -> Variant | None:
        for v in self.variants:
            if v.id == variant_id:
                return v
        return None


def resolve_variant(product: Product, chosen: Mapping[str, str]) -> Variant | None:
    """The variant matching every chosen attribute value, once all attributes are chosen."""
    names = [a.name for a in product.attributes]
    if not names:
        return product.variants[0] if len(product.variants) == 1 else None
    if any(name not in chosen for name in names):
        return None
    for v in product.variants:
        if all(v.option(name) == chosen[name] for name in names):
            return v
    return None


@dataclass(frozen=True, slots=True)
class OptionState:
    value: str
    exists: bool  # some variant has this value together with the choices made so far
    available: bool  # ... and one of those is in stock


def option_states(product: Product, chosen: Mapping[str, str], attribute: str) -> list[OptionState]:
    """For one attribute, which values can still be picked given the other choices made.

    A value is selectable when some variant carries it together with every *other* chosen
    value; it is shown sold out when all such variants are unavailable.
    """
    attr = next((a for a in product.attributes if a.name == attribute), None)
    if attr is None:
        return []
    others = {k: v for k, v in chosen.items() if k != attribute}
    states = []
    for value in attr.values:
        matches = [
            v
            for v in product.variants
            if v.option(attribute) == value
            and all(v.option(name) == want for name, want in others.items())
        ]
        states.append(OptionState(value, bool(matches), any(v.available for v in matches)))
    return states


class ProductSource(Protocol):
    """Where a Catalog's products come from: a tuple in memory, or the on-disk cache read lazily.

    A lazy source lets the menu draw its first category without decoding the other products
    (`kiosk.services.catalog_cache`); every method answers in catalog order.
    """

    def count(self) -> int: ...

    def category_counts(self) -> Mapping[str, int]:
        """How many products name each category directly (categories with none are absent)."""
        ...

    def products_of(self, category_id: str) -> list[Product]:
        """Products naming `category_id`, in catalog order."""
        ...

    def product(self, product_id: str) -> Product | None: ...

    def all(self) -> tuple[Product, ...]: ...

    def image_urls(self) -> list[str]:
        """Every product's image URL, in catalog order."""
        ...


class InMemoryProducts:
    """A ProductSource over a tuple (a fresh sync, tests)."""

    def __init__(self, products: Iterable[Product]) -> None:
        self._products = tuple(products)
        self._by_id: dict[str, Product] = {}
        self._positions: dict[str, list[int]] = {}
        for position, p in enumerate(self._products):
            self._by_id.setdefault(p.id, p)
            for cid in dict.fromkeys(p.category_ids):
                self._positions.setdefault(cid, []).append(position)

    def count(self) -> int:
        return len(self._products)

    def category_counts(self) -> Mapping[str, int]:
        return {cid: len(positions) for cid, positions in self._positions.items()}

    def products_of(self, category_id: str) -> list[Product]:
        return [self._products[i] for i in self._positions.get(category_id, ())]

    def product(self, product_id: str) -> Product | None:
        return self._by_id.get(product_id)

    def all(self) -> tuple[Product, ...]:
        return self._products

    def image_urls(self) -> list[str]:
        return [p.image_url for p in self._products if p.image_url]


class Catalog:
    """A consistent snapshot of the menu for one outlet (immutable: share it, never change it).

    Categories are held in memory; products come from a `ProductSource`, so a catalog read from
    the cache decodes a category's products the first time the menu asks for them. The
    category tree (children, which categories have products) is computed once.
    """

    def __init__(
        self,
        currency: str,
        categories: Iterable[Category],
        products: Iterable[Product] = (),
        outlet_id: str | None = None,
        synced_at: datetime | None = None,
        skipped: int = 0,  # malformed records left out of this snapshot
        *,
        source: ProductSource | None = None,
    ) -> None:
        self.currency = currency
        self.categories: tuple[Category, ...] = tuple(
            sorted(categories, key=lambda c: (c.menu_order, c.name.casefold()))
        )
        self.outlet_id = outlet_id
        self.synced_at = synced_at
        self.skipped = skipped
        self._source: ProductSource = source if source is not None else InMemoryProducts(products)
        self._by_id = {c.id: c for c in self.categories}
        self._children: dict[str, list[Category]] = {}
        for c in self.categories:
            if c.parent_id is not None:
                self._children.setdefault(c.parent_id, []).append(c)
        self._menus: dict[str, tuple[Product, ...]] = {}
        self._totals: dict[str, int] | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalog):
            return NotImplemented
        return (
            self.currency == other.currency
            and self.categories == other.categories
            and self.outlet_id == other.outlet_id
            and self.synced_at == other.synced_at
            and self.skipped == other.skipped
            and self.products == other.products
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Catalog(outlet_id={self.outlet_id!r}, currency={self.currency!r}, "
            f"{len(self.categories)} categories, {self.product_count} products)"
        )

    @property
    def products(self) -> tuple[Product, ...]:
        """Every product, in catalog order (decodes all of a lazily read cache: not for menus)."""
        return self._source.all()

    @property
    def product_count(self) -> int:
        return self._source.count()

    def product(self, product_id: str) -> Product | None:
        return self._source.product(product_id)

    def image_urls(self) -> list[str]:
        """Every product's image URL, in catalog order (without decoding the products)."""
        return self._source.image_urls()

    def category(self, category_id: str) -> Category | None:
        return self._by_id.get(category_id)

    def top_categories(self) -> list[Category]:
        known = self._by_id
        return [c for c in self.categories if c.parent_id is None or c.parent_id not in known]

    def children(self, category_id: str) -> list[Category]:
        return list(self._children.get(category_id, ()))

    def has_products(self, category_id: str) -> bool:
        """Whether `products_in(category_id)` is non-empty, without reading a single product."""
        if self._totals is None:
            direct = self._source.category_counts()
            self._totals = {
                c.id: sum(direct.get(cid, 0) for cid in (c.id, *self._descendants(c.id)))
                for c in self.categories
            }
        return self._totals.get(category_id, 0) > 0

    def products_in(self, category_id: str, *, include_children: bool = True) -> list[Product]:
        """Products of a category (and its subcategories), each once, in catalog order."""
        if not include_children:
            return self._source.products_of(category_id)
        menu = self._menus.get(category_id)
        if menu is None:
            seen: set[str] = set()
            result: list[Product] = []
            for cid in (category_id, *self._descendants(category_id)):
                for p in self._source.products_of(cid):
                    if p.id not in seen:
                        seen.add(p.id)
                        result.append(p)
            menu = self._menus[category_id] = tuple(result)
        return list(menu)

    def _descendants(self, category_id: str) -> Iterable[str]:
        stack = [category_id]
        seen = {category_id}
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child.id not in seen:  # a cycle in parentId must not hang the menu
                    seen.add(child.id)
                    stack.append(child.id)
                    yield child.id
