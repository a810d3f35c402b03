"""Final POS catalog (wire models) to the kiosk's menu (`kiosk.domain.catalog.Catalog`).

Rules, for one outlet:

- Variants are joined to products by `productId`. Records repeated across pages (skip/limit
  over a changing table) are kept once, first seen wins.
- A product is live when its `status` is missing/empty or one of "publish", "published",
  "active" (case-insensitive). "draft", "private", "archived", "trash" and any status we do
  not know are hidden: only "draft" is documented, and showing an unknown state risks selling
  something the store withdrew.
- A product whose `outlets[]` is non-empty and lacks this outlet is hidden; an empty or
  missing list means "every outlet".
- Categories keep every record with a name, ordered by `menuOrder` then name (the Catalog
  sorts); a missing `menuOrder` counts as 0.
- Kiosk price = `salePrice` while `isOnSale` (and a sale price exists), else `price`; the
  regular price is kept for showing the saving.
- Stock = `inventory[].stock` at this outlet when `manageStock` (no entry for the outlet = 0),
  None when stock is not managed; `allowBackorder` is passed through.
- Variant options come from the variant's `attributes[{name, value}]`; the product's choice
  list is its `attributes[{name, values}]` restricted to names the variants use, completed
  with values only variants carry, so every variant stays reachable.
- A product without variants is sold as one `Variant(id=None)` at its `minPrice`; without a
  `minPrice` it is skipped and logged.
- A product with any price that is missing, not a number, negative, not finite, finer than
  the currency allows (4.555 EUR) or above `MAX_PRICE_MINOR` (99,999,999 minor units, the most
  Stripe charges; see `kiosk.finalpos.amounts`) is skipped and logged as a whole, with its id:
  a menu that offers a partial set of a product's options is more confusing than one without
  the product, and a price nobody can pay puts the kiosk out of order at Pay.
- A stock level beyond +/- `MAX_STOCK` (10^9) makes the variant, and so its product,
  malformed: no shop holds that much, and such numbers break the cache and the journal.
- Images: the first URL of `images[]`.

Skipped (malformed) records are counted in `Catalog.skipped`, together with whatever the
client already left out while listing: a variant with a bad price counts once, and the
product it hides once more.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from kiosk.domain import catalog as d
from kiosk.domain.allergens import read_allergens
from kiosk.domain.catalog_text import Texts, read_texts
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import MoneyError, price_minor

log = logging.getLogger(__name__)

MAX_STOCK = 10**9
LIVE_STATUSES = frozenset({"", "publish", "published", "active"})
HIDDEN_STATUSES = frozenset({"draft", "private", "archived", "trash"})


class _Malformed(ValueError):
    """A record the menu cannot show; the message says why (no secrets, no prices)."""


def is_live(product: m.Product) -> bool:
    return (product.status or "").strip().casefold() in LIVE_STATUSES


def offered_at(product: m.Product, outlet_id: str) -> bool:
    return not product.outlets or outlet_id in product.outlets


def build_catalog(
    categories: Iterable[m.Category],
    products: Iterable[m.Product],
    variants: Iterable[m.Variant],
    *,
    outlet_id: str,
    currency: str,
    synced_at: datetime | None = None,
    skipped: int = 0,
) -> d.Catalog:
    """The menu for `outlet_id`; `skipped` adds records already dropped upstream."""
    builder = CatalogBuilder(outlet_id, currency)
    for c in categories:
        builder.add_category(c)
    for p in products:
        builder.add_product(p)
    for v in variants:
        builder.add_variant(v)
    return builder.build(synced_at=synced_at, skipped=skipped)


class _Listed(NamedTuple):
    """What the menu keeps of a listed product until its variants are in (not the wire model:
    timestamps, metadata and outlets cost ~1.5 KB a product, 70 MB at 50,000)."""

    id: str
    name: str | None
    categories: tuple[str, ...]
    attributes: tuple[tuple[str | None, tuple[str, ...]], ...]
    description: str | None
    short_description: str | None
    image: str | None
    tax_table: str | None
    sku: str | None
    min_price: Decimal | None
    allergens: tuple[str, ...]  # read from the product's tags and metadata at once
    dietary: tuple[str, ...]
    texts: Texts  # translations from the metadata (name:de, ...)

    @classmethod
    def of(cls, p: m.Product) -> _Listed:
        metadata = [(e.key, e.value) for e in p.metadata]
        allergens, dietary = read_allergens(p.tags, metadata)
        return cls(
            p.id,
            p.name,
            tuple(p.categories),
            tuple((a.name, tuple(a.values)) for a in p.attributes),
            p.description,
            p.short_description,
            p.images[0] if p.images else None,
            p.tax_table,
            p.sku,
            p.min_price,
            allergens,
            dietary,
            read_texts(metadata),
        )


class CatalogBuilder:
    """Builds the menu while records stream in, in any order; `build()` joins them.

    Variants are converted to domain objects as they arrive, so the work overlaps the
    download of later pages and the wire models can be dropped at once.
    """

    def __init__(self, outlet_id: str, currency: str) -> None:
        self.outlet_id = outlet_id
        self.currency = currency.upper()
        self.skipped = 0
        self._categories: dict[str, d.Category] = {}
        self._products: dict[str, _Listed | None] = {}  # None: hidden here
        self._variants: dict[str, list[d.Variant]] = {}
        self._variant_ids: set[str] = set()
        self._bad: dict[str, str] = {}  # product id -> why one of its variants is unusable
        self._prices: dict[Decimal, int] = {}

    def _skip(self, kind: str, record_id: str, reason: str) -> None:
        self.skipped += 1
        log.warning("catalog: skipping %s %s: %s", kind, record_id, reason)

    def add_category(self, c: m.Category) -> None:
        if c.id in self._categories:
            return
        if not c.name:
            self._skip("category", c.id, "no name")
            return
        self._categories[c.id] = d.Category(
            id=c.id,
            name=c.name,
            parent_id=c.parent_id or None,
            menu_order=c.menu_order or 0,
            image_url=c.image or None,
            description=c.description or "",
            texts=read_texts((e.key, e.value) for e in c.metadata),
        )

    def add_product(self, p: m.Product) -> None:
        if p.id not in self._products:
            offered = is_live(p) and offered_at(p, self.outlet_id)
            self._products[p.id] = _Listed.of(p) if offered else None

    def add_variant(self, v: m.Variant) -> None:
        if v.id in self._variant_ids:
            return
        self._variant_ids.add(v.id)
        if not v.product_id:
            self._skip("variant", v.id, "no productId")
            return
        try:
            variant = self._variant(v.product_id, v)
        except _Malformed as exc:
            # Counted as one record left out, and its product (if shown here) as another.
            self._skip("variant", v.id, str(exc))
            self._bad.setdefault(v.product_id, str(exc))
            return
        self._variants.setdefault(v.product_id, []).append(variant)

    def build(self, *, synced_at: datetime | None = None, skipped: int = 0) -> d.Catalog:
        products: list[d.Product] = []
        # Each listed product and its variants are let go as its domain product is made, so
        # the sync never holds both whole menus (the peak RSS at 50,000 products).
        for pid in list(self._products):
            p = self._products.pop(pid)
            variants = self._variants.pop(pid, [])
            if p is None:
                continue
            try:
                if p.id in self._bad:
                    raise _Malformed(self._bad[p.id])
                products.append(self._product(p, variants))
            except _Malformed as exc:
                self._skip("product", p.id, str(exc))
        return d.Catalog(
            currency=self.currency,
            categories=tuple(self._categories.values()),
            products=tuple(products),
            outlet_id=self.outlet_id,
            synced_at=synced_at,
            skipped=skipped + self.skipped,
        )

    def _product(self, p: _Listed, domain_variants: list[d.Variant]) -> d.Product:
        if not p.name:
            raise _Malformed("no name")
        if domain_variants:
            variants = tuple(domain_variants)
        elif p.min_price is not None:
            price = self._price(p.min_price, "minPrice", p.id)
            variants = (
                d.Variant(id=None, product_id=p.id, price_minor=price, regular_price_minor=price),
            )
        else:
            raise _Malformed("no variants and no minPrice")
        allergens, dietary = p.allergens, p.dietary
        return d.Product(
            id=p.id,
            name=p.name,
            variants=variants,
            category_ids=p.categories,
            attributes=_attributes(p, variants),
            description=p.description or "",
            short_description=p.short_description or "",
            image_url=p.image,
            tax_table=p.tax_table or None,
            sku=p.sku or None,
            allergens=allergens,
            dietary=dietary,
            texts=p.texts,
        )

    def _variant(self, product_id: str, v: m.Variant) -> d.Variant:
        price_wire = v.price
        sale_wire = v.sale_price
        on_sale = bool(v.is_on_sale) and sale_wire is not None
        if price_wire is None:
            if not on_sale:
                raise _Malformed(f"variant {v.id} has no regular price and is not on sale")
            price_wire = sale_wire
        regular = self._price(price_wire, "price", v.id)
        price = self._price(sale_wire, "salePrice", v.id) if on_sale else regular
        stock = v.stock_at(self.outlet_id)  # no inventory entry for this outlet: 0
        if stock is not None and abs(stock) > MAX_STOCK:
            raise _Malformed(f"stock of {v.id} is beyond {MAX_STOCK}")
        options = tuple([(a.name, a.value) for a in v.attributes if a.name and a.value is not None])
        return d.Variant(
            v.id,
            product_id,
            price,
            regular,
            options,
            on_sale,
            stock,
            bool(v.allow_backorder),
            v.sku or None,
            v.images[0] if v.images else None,
            (v.barcode or "").strip() or None,
        )

    def _price(self, amount: Decimal | None, field: str, record_id: str) -> int:
        cached = self._prices.get(amount) if amount is not None else None
        if cached is not None:
            return cached
        try:
            value = price_minor(amount, self.currency)
        except MoneyError as exc:
            # The reason names the bound, never the value: a 10^6-digit price stays out of logs.
            reason = f"{field} of {record_id} is not a usable {self.currency} price: {exc}"
            raise _Malformed(reason) from None
        self._prices[amount] = value  # type: ignore[index]  # None raised above
        return value


def _attributes(p: _Listed, variants: tuple[d.Variant, ...]) -> tuple[d.Attribute, ...]:
    """The choices a customer makes: names the variants use, declared values first.

    A declared attribute no variant carries is dropped (it could never resolve to a
    variant); values only variants carry are appended so every variant stays reachable.
    """
    used = {name for variant in variants for name, _ in variant.options}
    values: dict[str, list[str]] = {}
    for attr_name, attr_values in p.attributes:
        if attr_name in used:
            bucket = values.setdefault(attr_name, [])
            bucket.extend(v for v in attr_values if v not in bucket)
    for variant in variants:
        for name, value in variant.options:
            bucket = values.setdefault(name, [])
            if value not in bucket:
                bucket.append(value)
    return tuple(d.Attribute(name, tuple(vals)) for name, vals in values.items())
