"""Catalog listings as the menu sync reads them: plain dicts (TypedDicts), not models.

The sync validates 25,000 records for a 5,000-product menu. As the models of
`kiosk.finalpos.models.catalog` (an instance per record and per nested attribute, timestamps
parsed) that was 130 ms of CPU; validated into these TypedDicts (plain dicts with wire names,
only the fields the menu reads) it is 45 ms (benchmarks/catalog_sync.py). Same tolerance as
the models: only `id` is required, any other field may be missing or null; prices are
`CatalogAmount`. Fields the menu does not read (timestamps, costPrice, ...) are not
validated, so a bad one no longer drops the record from the menu.
"""

from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

from kiosk.finalpos.models.catalog import CatalogAmount


class MetadataRecord(TypedDict, total=False):
    key: str | None
    value: str | None


class CategoryRecord(TypedDict, total=False):
    id: Required[str]
    name: str | None
    description: str | None
    image: str | None
    parentId: str | None
    menuOrder: int | None
    metadata: list[MetadataRecord] | None


class ProductAttributeRecord(TypedDict, total=False):
    name: str | None
    values: list[str] | None


class ProductRecord(TypedDict, total=False):
    id: Required[str]
    name: str | None
    description: str | None
    shortDescription: str | None
    sku: str | None
    images: list[str] | None
    tags: list[str] | None
    status: str | None
    minPrice: CatalogAmount
    taxTable: str | None
    categories: list[str] | None
    outlets: list[str] | None
    metadata: list[MetadataRecord] | None
    attributes: list[ProductAttributeRecord] | None


class VariantAttributeRecord(TypedDict, total=False):
    name: str | None
    value: str | None


class InventoryRecord(TypedDict, total=False):
    stock: int | None
    outletId: str | None


class VariantRecord(TypedDict, total=False):
    id: Required[str]
    productId: str | None
    manageStock: bool | None
    sku: str | None
    isOnSale: bool | None
    barcode: str | None
    price: CatalogAmount
    salePrice: CatalogAmount
    allowBackorder: bool | None
    images: list[str] | None
    attributes: list[VariantAttributeRecord] | None
    inventory: list[InventoryRecord] | None
