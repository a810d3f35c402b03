"""The sync's variants and products, built without a frozen dataclass's __init__.

A frozen dataclass sets each field in __init__ through ``object.__setattr__`` (to get past its
own __setattr__), the slowest way Python has: building the 20,000 variants and 5,000
products of a 5,000 x 4 catalog was about a tenth of the client's CPU per sync. These set the
slots through their descriptors instead (what ``object.__setattr__`` ends up calling), which
makes the same frozen, hashable objects in about half the time (measured in
benchmarks/catalog_sync.py's `replayed_cpu_s` and a mapping-only A/B). Only the sync's
mapping uses them; everything else constructs the dataclasses as usual.

Each takes every field, positionally, in the dataclass's order; the import fails if the
domain's fields change, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import fields

from kiosk.domain.catalog import Attribute, Product, Variant
from kiosk.domain.catalog_text import Texts

_VARIANT_FIELDS = (
    "id",
    "product_id",
    "price_minor",
    "regular_price_minor",
    "options",
    "on_sale",
    "stock",
    "allow_backorder",
    "sku",
    "image_url",
    "barcode",
)
_PRODUCT_FIELDS = (
    "id",
    "name",
    "variants",
    "category_ids",
    "attributes",
    "description",
    "short_description",
    "image_url",
    "tax_table",
    "sku",
    "allergens",
    "dietary",
    "texts",
)
for _cls, _names in ((Variant, _VARIANT_FIELDS), (Product, _PRODUCT_FIELDS)):
    if tuple(f.name for f in fields(_cls)) != _names:
        raise ImportError(f"kiosk.finalpos.fastbuild is out of date with {_cls.__name__}")

_new = object.__new__
(
    _v_id,
    _v_product_id,
    _v_price_minor,
    _v_regular_price_minor,
    _v_options,
    _v_on_sale,
    _v_stock,
    _v_allow_backorder,
    _v_sku,
    _v_image_url,
    _v_barcode,
) = (getattr(Variant, name).__set__ for name in _VARIANT_FIELDS)
(
    _p_id,
    _p_name,
    _p_variants,
    _p_category_ids,
    _p_attributes,
    _p_description,
    _p_short_description,
    _p_image_url,
    _p_tax_table,
    _p_sku,
    _p_allergens,
    _p_dietary,
    _p_texts,
) = (getattr(Product, name).__set__ for name in _PRODUCT_FIELDS)


def new_variant(
    id: str | None,
    product_id: str,
    price_minor: int,
    regular_price_minor: int,
    options: tuple[tuple[str, str], ...],
    on_sale: bool,
    stock: int | None,
    allow_backorder: bool,
    sku: str | None,
    image_url: str | None,
    barcode: str | None,
) -> Variant:
    v: Variant = _new(Variant)
    _v_id(v, id)
    _v_product_id(v, product_id)
    _v_price_minor(v, price_minor)
    _v_regular_price_minor(v, regular_price_minor)
    _v_options(v, options)
    _v_on_sale(v, on_sale)
    _v_stock(v, stock)
    _v_allow_backorder(v, allow_backorder)
    _v_sku(v, sku)
    _v_image_url(v, image_url)
    _v_barcode(v, barcode)
    return v


def new_product(
    id: str,
    name: str,
    variants: tuple[Variant, ...],
    category_ids: tuple[str, ...],
    attributes: tuple[Attribute, ...],
    description: str,
    short_description: str,
    image_url: str | None,
    tax_table: str | None,
    sku: str | None,
    allergens: tuple[str, ...],
    dietary: tuple[str, ...],
    texts: Texts,
) -> Product:
    p: Product = _new(Product)
    _p_id(p, id)
    _p_name(p, name)
    _p_variants(p, variants)
    _p_category_ids(p, category_ids)
    _p_attributes(p, attributes)
    _p_description(p, description)
    _p_short_description(p, short_description)
    _p_image_url(p, image_url)
    _p_tax_table(p, tax_table)
    _p_sku(p, sku)
    _p_allergens(p, allergens)
    _p_dietary(p, dietary)
    _p_texts(p, texts)
    return p
