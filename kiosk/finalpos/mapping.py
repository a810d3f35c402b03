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

Records arrive as the client's listing records (`models.CategoryRecord`, ... : validated dicts
with wire names); `build_catalog` also takes the wire models (`models.Category`, ...).
Products and variants are mapped into rows (`kiosk.domain.catalog_rows`), the form the sync
writes to the cache; `build_catalog` decodes them into the domain's `Product`s the way the
cache reader does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from kiosk.domain import catalog as d
from kiosk.domain.allergens import read_allergens
from kiosk.domain.catalog_rows import CatalogRows, ProductRow, VariantRow
from kiosk.domain.catalog_text import Texts, read_texts
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import MoneyError, price_minor

log = logging.getLogger(__name__)

MAX_STOCK = 10**9
LIVE_STATUSES = frozenset({"", "publish", "published", "active"})
HIDDEN_STATUSES = frozenset({"draft", "private", "archived", "trash"})


class _Malformed(ValueError):
    """A record the menu cannot show; the message says why (no secrets, no prices)."""


def is_live(product: m.ProductRecord) -> bool:
    return (product.get("status") or "").strip().casefold() in LIVE_STATUSES


def offered_at(product: m.ProductRecord, outlet_id: str) -> bool:
    outlets = product.get("outlets")
    return not outlets or outlet_id in outlets


def build_catalog(
    categories: Iterable[m.Category | m.CategoryRecord],
    products: Iterable[m.Product | m.ProductRecord],
    variants: Iterable[m.Variant | m.VariantRecord],
    *,
    outlet_id: str,
    currency: str,
    synced_at: datetime | None = None,
    skipped: int = 0,
) -> d.Catalog:
    """The menu for `outlet_id`; `skipped` adds records already dropped upstream."""
    builder = CatalogBuilder(outlet_id, currency)
    for c in categories:
        builder.add_category(_record(c))
    for p in products:
        builder.add_product(_record(p))
    for v in variants:
        builder.add_variant(_record(v))
    return builder.build(synced_at=synced_at, skipped=skipped).catalog()


def _record(item: Any) -> Any:
    """A wire model as its listing record (wire names); a record as it is."""
    return item.model_dump(by_alias=True) if isinstance(item, m.WireModel) else item


def _metadata(record: m.ProductRecord | m.CategoryRecord) -> list[tuple[str | None, str | None]]:
    return [(e.get("key"), e.get("value")) for e in record.get("metadata") or ()]


class _Listed(NamedTuple):
    """What the menu keeps of a listed product until its variants are in (not the record:
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
    def of(cls, p: m.ProductRecord) -> _Listed:
        metadata = _metadata(p)
        allergens, dietary = read_allergens(p.get("tags") or (), metadata)
        images = p.get("images")
        return cls(
            p["id"],
            p.get("name"),
            tuple(p.get("categories") or ()),
            tuple((a.get("name"), tuple(a.get("values") or ())) for a in p.get("attributes") or ()),
            p.get("description"),
            p.get("shortDescription"),
            images[0] if images else None,
            p.get("taxTable"),
            p.get("sku"),
            p.get("minPrice"),
            allergens,
            dietary,
            read_texts(metadata) if metadata else (),
        )


class CatalogBuilder:
    """Builds the menu while records stream in, in any order; `build()` joins them.

    Variants are mapped to rows as they arrive, so the work overlaps the download of later
    pages and the records can be dropped at once. `settle()` after each page of variants
    builds the product rows that look complete, also while later pages are on the wire;
    `build()` then only joins what is left.
    """

    def __init__(self, outlet_id: str, currency: str) -> None:
        self.outlet_id = outlet_id
        self.currency = currency.upper()
        self.skipped = 0
        self._categories: dict[str, d.Category] = {}
        self._products: dict[str, _Listed | None] = {}  # None: hidden here
        self._variants: dict[str, list[VariantRow]] = {}
        self._variant_ids: set[str] = set()
        self._bad: dict[str, str] = {}  # product id -> why one of its variants is unusable
        self._prices: dict[Decimal, int] = {}
        self._built: dict[str, ProductRow] = {}  # built by settle(), current until a variant comes
        self._touched: set[str] = set()  # products given a variant since the last settle()
        self._waiting: set[str] = set()  # given variants before that, not built yet
        self._unlisted: set[str] = set()  # waiting for their product record (maybe forever)

    def _skip(self, kind: str, record_id: str, reason: str) -> None:
        self.skipped += 1
        log.warning("catalog: skipping %s %s: %s", kind, record_id, reason)

    def add_category(self, c: m.CategoryRecord) -> None:
        cid = c["id"]
        if cid in self._categories:
            return
        name = c.get("name")
        if not name:
            self._skip("category", cid, "no name")
            return
        metadata = _metadata(c)
        self._categories[cid] = d.Category(
            id=cid,
            name=name,
            parent_id=c.get("parentId") or None,
            menu_order=c.get("menuOrder") or 0,
            image_url=c.get("image") or None,
            description=c.get("description") or "",
            texts=read_texts(metadata) if metadata else (),
        )

    def add_product(self, p: m.ProductRecord) -> None:
        pid = p["id"]
        if pid not in self._products:
            offered = is_live(p) and offered_at(p, self.outlet_id)
            self._products[pid] = _Listed.of(p) if offered else None
            if pid in self._unlisted:
                self._unlisted.discard(pid)
                self._waiting.add(pid)  # its variants came first: settle() builds it next

    def add_variant(self, v: m.VariantRecord) -> None:
        vid = v["id"]
        if vid in self._variant_ids:
            return
        self._variant_ids.add(vid)
        product_id = v.get("productId")
        if not product_id:
            self._skip("variant", vid, "no productId")
            return
        self._touched.add(product_id)
        self._built.pop(product_id, None)  # one more variant: that product is built again
        try:
            variant = self._variant(vid, v)
        except _Malformed as exc:
            # Counted as one record left out, and its product (if shown here) as another.
            self._skip("variant", vid, str(exc))
            self._bad.setdefault(product_id, str(exc))
            return
        self._variants.setdefault(product_id, []).append(variant)

    def settle(self) -> list[ProductRow]:
        """Build the products given variants by earlier pages and none by the latest one.

        Final POS lists a product's variants together, so these are almost always complete:
        building them while later pages are still on the wire takes that work off the end of
        the sync. One that gets another variant later is built again by `build()`, so the
        result never depends on the order. Returns the products built now (the cache encodes
        them ahead too); hidden, unlisted-yet and malformed products are left to `build()`.
        """
        built: list[ProductRow] = []
        for pid in self._waiting - self._touched:
            if pid not in self._products:
                # Set aside, not checked again on every page: variants of products that are
                # never listed (deleted ones) would make each settle() as long as the listing.
                self._unlisted.add(pid)
                continue
            p = self._products[pid]
            if p is None or pid in self._bad:
                continue
            try:
                product = self._product(p, self._variants[pid])
            except _Malformed:
                continue  # build() skips it, and logs it once
            self._built[pid] = product
            built.append(product)
        self._waiting = self._touched - self._unlisted if self._unlisted else self._touched
        self._touched = set()
        return built

    def build(self, *, synced_at: datetime | None = None, skipped: int = 0) -> CatalogRows:
        """The menu, its products as rows (`CatalogRows.catalog()` makes it the domain's)."""
        products: list[ProductRow] = []
        # Each listed product and its variants are let go as its row is made, so the sync
        # never holds both whole menus (the peak RSS at 50,000 products).
        for pid in list(self._products):
            p = self._products.pop(pid)
            variants = self._variants.pop(pid, [])
            ready = self._built.pop(pid, None)
            if p is None:
                continue
            try:
                if p.id in self._bad:
                    raise _Malformed(self._bad[p.id])
                products.append(ready if ready is not None else self._product(p, variants))
            except _Malformed as exc:
                self._skip("product", p.id, str(exc))
        return CatalogRows(
            currency=self.currency,
            categories=tuple(self._categories.values()),
            products=tuple(products),
            outlet_id=self.outlet_id,
            synced_at=synced_at,
            skipped=skipped + self.skipped,
        )

    def _product(self, p: _Listed, variant_rows: list[VariantRow]) -> ProductRow:
        if not p.name:
            raise _Malformed("no name")
        if variant_rows:
            variants = tuple(variant_rows)
        elif p.min_price is not None:
            price = self._price(p.min_price, "minPrice", p.id)
            variants = (VariantRow(None, price, price, (), False, None, False, None, None, None),)
        else:
            raise _Malformed("no variants and no minPrice")
        return ProductRow(
            id=p.id,
            name=p.name,
            category_ids=p.categories,
            attributes=_attributes(p, variants),
            description=p.description or "",
            short_description=p.short_description or "",
            image_url=p.image,
            tax_table=p.tax_table or None,
            sku=p.sku or None,
            variants=variants,
            allergens=p.allergens,
            dietary=p.dietary,
            texts=p.texts,
        )

    def _variant(self, vid: str, v: m.VariantRecord) -> VariantRow:
        price_wire = v.get("price")
        sale_wire = v.get("salePrice")
        on_sale = bool(v.get("isOnSale")) and sale_wire is not None
        if price_wire is None:
            if not on_sale:
                raise _Malformed(f"variant {vid} has no regular price and is not on sale")
            price_wire = sale_wire
        regular = self._price(price_wire, "price", vid)
        price = self._price(sale_wire, "salePrice", vid) if on_sale else regular
        stock = self._stock(v)
        if stock is not None and abs(stock) > MAX_STOCK:
            raise _Malformed(f"stock of {vid} is beyond {MAX_STOCK}")
        options = tuple(
            [
                (name, value)
                for a in v.get("attributes") or ()
                if (name := a.get("name")) and (value := a.get("value")) is not None
            ]
        )
        images = v.get("images")
        return VariantRow(
            vid,
            price,
            regular,
            options,
            on_sale,
            stock,
            bool(v.get("allowBackorder")),
            v.get("sku") or None,
            images[0] if images else None,
            (v.get("barcode") or "").strip() or None,
        )

    def _stock(self, v: m.VariantRecord) -> int | None:
        """Stock at this outlet when stock is managed (no entry here = 0), else None."""
        if not v.get("manageStock"):
            return None
        for inv in v.get("inventory") or ():
            if inv.get("outletId") == self.outlet_id:
                return inv.get("stock") or 0
        return 0

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


def _attributes(
    p: _Listed, variants: tuple[VariantRow, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
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
    return tuple((name, tuple(vals)) for name, vals in values.items())
