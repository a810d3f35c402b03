"""Products as positional rows: the form a sync maps the wire catalog into and the cache keeps.

A row is a product's fields in a fixed order, its variants rows of their own, made only of
tuples, strings, integers, booleans and None, so JSON writes it as nested arrays
(`kiosk.services.catalog_cache`). The Final POS mapping builds rows, not `Product`s: a sync
writes them straight to the cache and the menu then reads back, lazily, only the categories
customers open, so the 25,000 frozen objects of a 5,000-product menu that nobody would look
at are never made (a quarter less CPU to map the benchmark's pages and encode their rows).

`decode_product(row)` is the one way from a row to a `Product`, for the cache reader and
`kiosk.finalpos.mapping.build_catalog` alike; `encode_product` is its inverse. Rows read
from disk are checked on the way (`as_int`, `as_str`): a bad one raises one of `TypeError`,
`ValueError`, `IndexError`, `KeyError` or `AttributeError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from kiosk.domain.catalog import Attribute, Catalog, Category, Product, Variant
from kiosk.domain.catalog_text import Texts


class VariantRow(NamedTuple):
    """A `Variant` without its product id (the product row that holds it says it)."""

    id: str | None
    price_minor: int
    regular_price_minor: int
    options: tuple[tuple[str, str], ...]
    on_sale: bool
    stock: int | None
    allow_backorder: bool
    sku: str | None
    image_url: str | None
    barcode: str | None


class ProductRow(NamedTuple):
    """A `Product`, attributes as (name, values) pairs; new fields go last (old rows still read)."""

    id: str
    name: str
    category_ids: tuple[str, ...]
    attributes: tuple[tuple[str, tuple[str, ...]], ...]
    description: str
    short_description: str
    image_url: str | None
    tax_table: str | None
    sku: str | None
    variants: tuple[VariantRow, ...]
    allergens: tuple[str, ...]
    dietary: tuple[str, ...]
    texts: Texts


@dataclass(frozen=True, slots=True)
class CatalogRows:
    """A menu whose products are rows: what a sync maps and writes to the cache."""

    currency: str
    categories: tuple[Category, ...]
    products: tuple[ProductRow, ...]
    outlet_id: str | None = None
    synced_at: datetime | None = None
    skipped: int = 0

    @classmethod
    def of(cls, catalog: Catalog) -> CatalogRows:
        return cls(
            catalog.currency,
            catalog.categories,
            tuple(encode_product(p) for p in catalog.products),
            catalog.outlet_id,
            catalog.synced_at,
            catalog.skipped,
        )

    def catalog(self) -> Catalog:
        """The domain menu, every product decoded (tests, and a sync whose cache failed)."""
        return Catalog(
            currency=self.currency,
            categories=self.categories,
            products=tuple(decode_product(row) for row in self.products),
            outlet_id=self.outlet_id,
            synced_at=self.synced_at,
            skipped=self.skipped,
        )


def encode_product(p: Product) -> ProductRow:
    return ProductRow(
        p.id,
        p.name,
        p.category_ids,
        tuple((a.name, a.values) for a in p.attributes),
        p.description,
        p.short_description,
        p.image_url,
        p.tax_table,
        p.sku,
        tuple(
            VariantRow(
                v.id,
                v.price_minor,
                v.regular_price_minor,
                v.options,
                v.on_sale,
                v.stock,
                v.allow_backorder,
                v.sku,
                v.image_url,
                v.barcode,
            )
            for v in p.variants
        ),
        p.allergens,
        p.dietary,
        p.texts,
    )


def decode_product(row: Any) -> Product:
    """The `Product` of a row, in memory or as JSON read it back (lists for tuples)."""
    pid, name, category_ids, attributes, desc, short, image, tax, sku, variants, *more = row
    # rows written before allergens (or translations) were kept have fewer fields
    allergens, dietary, texts = [*more, (), (), ()][:3]
    pid = as_str(pid)
    return Product(
        id=pid,
        name=as_str(name),
        variants=tuple(
            Variant(
                vid,
                pid,
                as_int(price),
                as_int(regular),
                tuple((k, v) for k, v in options),
                on_sale,
                stock,
                backorder,
                vsku,
                vimage,
                *rest[:1],  # the barcode (rows written before it was kept have none)
            )
            for vid, price, regular, options, on_sale, stock, backorder, vsku, vimage, *rest in (
                variants
            )
        ),
        category_ids=tuple(category_ids),
        attributes=tuple(Attribute(a_name, tuple(values)) for a_name, values in attributes),
        description=desc,
        short_description=short,
        image_url=image,
        tax_table=tax,
        sku=sku,
        allergens=tuple(allergens),
        dietary=tuple(dietary),
        texts=decode_texts(texts),
    )


def decode_texts(rows: Any) -> Texts:
    """Translations as (field, language, text) triples (see kiosk.domain.catalog_text)."""
    return tuple((as_str(f), as_str(lang), as_str(text)) for f, lang, text in rows)


def as_int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def as_str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value
