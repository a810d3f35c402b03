"""Catalog wire models: categories, products, variants and their stock, one record at a time.

Assumptions where the contract is unsure (x-reconstructed / ../shared/finalpos-api NOTES.md
"Gaps"):

- Catalog prices (`price`, `salePrice`, `costPrice`, `minPrice`, `maxPrice`) are JSON
  numbers, unlike order amounts. The client parses them with ``json.loads(parse_float=Decimal)``
  before validation, because pydantic's own JSON parser reads numbers through float.
- Catalog prices are read leniently (`CatalogAmount`): a price that is not a number (a word, a
  bool, an object) is kept as NaN instead of failing the record, so the variant reaches the
  mapping, which skips its product as a whole and logs why. Dropping the variant here would
  sell the product with some options missing, or without variants at its `minPrice`.
- Stock (`inventory[].stock`) is a whole number; a fractional stock makes the variant malformed.
- A PUT replaces a list field whole: updating one outlet's stock sends the variant's whole
  `inventory` (see `FinalPosClient.set_variant_stock`). The variant GET was seen only by
  title, its PUT never (path and verb from the sibling pattern).
- Product `status` is a free string; only "draft" was ever seen.

The menu sync reads listings as the lighter records of `kiosk.finalpos.models.catalog_listings`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import Field, PlainSerializer, PlainValidator, Strict

from kiosk.finalpos.models.base import Items, Metadata, Record, WireModel, list_field

_NOT_A_NUMBER = Decimal("NaN")


def _catalog_number(value: Any) -> Decimal | None:
    """A catalog price as sent; anything that is not a number becomes NaN (see docstring)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return _NOT_A_NUMBER
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float | str):
        try:
            number = Decimal(repr(value) if isinstance(value, float) else value.strip())
        except InvalidOperation:
            return _NOT_A_NUMBER
    else:
        return _NOT_A_NUMBER
    return _NOT_A_NUMBER if number.is_nan() else number  # also a signalling NaN


def _number_to_json(value: Decimal | None) -> int | float | None:
    # Catalog prices are JSON numbers on the wire (unlike order amounts); a variant update
    # sends them back as numbers. Prices have at most a few decimals, which a float keeps.
    if value is None:
        return None
    return int(value) if value.is_finite() and value == value.to_integral_value() else float(value)


# A catalog price (JSON number, major units). May be NaN, infinite, negative or absurd: the
# mapping (`kiosk.finalpos.amounts.price_minor`) decides, per product, with the product's id.
# The JSON parser already made Decimals of the prices (``parse_float=Decimal``): those, when
# finite, and nulls are taken as they are inside pydantic-core; only the rest (whole numbers,
# words, NaN, ...) reaches `_catalog_number`. A Python call per price was a sixth of
# validating a page of variants.
_ExactAmount = Annotated[Decimal, Strict(), Field(allow_inf_nan=False)]
_LenientAmount = Annotated[Any, PlainValidator(_catalog_number)]
CatalogAmount = Annotated[
    _ExactAmount | None | _LenientAmount,  # noqa: RUF036 (tried in this order: null before the call)
    Field(union_mode="left_to_right"),
    PlainSerializer(_number_to_json, when_used="json"),
]


class Category(Record):
    name: str | None = None
    description: str | None = None
    image: str | None = None
    external_id: str | None = None
    parent_id: str | None = None
    menu_order: int | None = None
    source: str | None = None
    metadata: Items[Metadata] = list_field()  # e.g. name:de (kiosk.domain.catalog_text)


class ProductAttribute(WireModel):
    name: str | None = None
    values: Items[str] = list_field()


class Product(Record):
    name: str | None = None
    product_type: str | None = None
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    images: Items[str] = list_field()
    tags: Items[str] = list_field()
    status: str | None = None
    source: str | None = None
    min_price: CatalogAmount = None
    max_price: CatalogAmount = None
    supplier: str | None = None
    tax_table: str | None = None
    categories: Items[str] = list_field()
    outlets: Items[str] = list_field()
    metadata: Items[Metadata] = list_field()
    attributes: Items[ProductAttribute] = list_field()
    from_final: bool | None = None


class VariantAttribute(WireModel):
    name: str | None = None
    value: str | None = None


class Inventory(WireModel):
    stock: int | None = None
    outlet_id: str | None = None


class _VariantFields(WireModel):
    product_id: str | None = None
    manage_stock: bool | None = None
    sku: str | None = None
    is_on_sale: bool | None = None
    barcode: str | None = None
    price: CatalogAmount = None
    sale_price: CatalogAmount = None
    external_id: str | None = None
    allow_backorder: bool | None = None
    cost_price: CatalogAmount = None
    images: Items[str] = list_field()
    metadata: Items[Metadata] = list_field()
    attributes: Items[VariantAttribute] = list_field()
    inventory: Items[Inventory] = list_field()


class Variant(Record, _VariantFields):
    def stock_at(self, outlet_id: str) -> int | None:
        """Stock at `outlet_id` when stock is managed (no entry there = 0), else None."""
        if not self.manage_stock:
            return None
        for inv in self.inventory:
            if inv.outlet_id == outlet_id:
                return inv.stock or 0
        return 0


class VariantUpdate(_VariantFields):
    """Partial variant update (the endpoint is inferred). `inventory` replaces the whole list."""
