"""The demo menu as Final POS records: categories, products and their variants.

Ids derive from the menu's keys, so every run (and every older demo database) sees the same
records; a variant's SKU, barcode and cost price derive from its product and options.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk.sandbox.finalpos.app import ASSETS_PATH
from kiosk.sandbox.finalpos.menu import ALLERGEN_TAGS, CATEGORIES, PRODUCTS
from kiosk.sandbox.finalpos.menu_model import MenuProduct
from kiosk.sandbox.finalpos.seed_store import OUTLET_ID, PIER_OUTLET_ID, Row, SeedClock
from kiosk.sandbox.finalpos.seed_texts import texts
from kiosk.sandbox.finalpos.store import stable_object_id


def category_id(key: str) -> str:
    return stable_object_id(f"category:{key}")


def product_id(key: str) -> str:
    return stable_object_id(f"product:{key}")


def asset_path(name: str) -> str:
    return f"{ASSETS_PATH}/{name}.svg"


def menu_rows(clock: SeedClock) -> list[Row]:
    rows: list[Row] = []
    for c in CATEGORIES:
        doc: dict[str, Any] = {
            "id": category_id(c.key),
            "name": c.name,
            "description": c.description,
            "image": asset_path(f"category-{c.key}"),
            "menuOrder": c.menu_order,
            "source": "manual",
            "metadata": texts(f"category:{c.key}"),
        }
        if c.parent:
            doc["parentId"] = category_id(c.parent)
        rows.append(("categories", {**doc, **clock.stamp()}))
    for p in PRODUCTS:
        rows.append(("products", _product_doc(p, clock)))
        rows.extend(("variants", v) for v in _variant_docs(p, clock))
    return rows


def _outlets_for(p: MenuProduct) -> list[str]:
    return {
        "main": [OUTLET_ID],
        "both": [OUTLET_ID, PIER_OUTLET_ID],
        "elsewhere": [PIER_OUTLET_ID],
    }[p.outlets]


def _product_doc(p: MenuProduct, clock: SeedClock) -> dict[str, Any]:
    prices = [v.price for v in p.variants]
    return {
        "id": product_id(p.key),
        "name": p.name,
        "productType": "Food" if p.tax == "reduced" else "Beverages",
        "description": p.description,
        "shortDescription": p.short,
        "sku": p.key.upper(),
        "images": [asset_path(p.key)],
        "tags": [*p.tags, *ALLERGEN_TAGS.get(p.key, ())],
        "status": p.status,
        "source": "final",
        "minPrice": min(prices),
        "maxPrice": max(prices),
        "taxTable": p.tax,
        "categories": [category_id(p.category)],
        "outlets": _outlets_for(p),
        "metadata": texts(f"product:{p.key}"),
        "attributes": [{"name": n, "values": list(values)} for n, values in p.attributes],
        "fromFinal": False,
        **clock.stamp(),
    }


def _variant_docs(p: MenuProduct, clock: SeedClock) -> Iterator[dict[str, Any]]:
    for v in p.variants:
        suffix = "-".join(value.lower().replace(" ", "") for _, value in v.options)
        sku = f"{p.key.upper()}-{suffix.upper()}" if suffix else p.key.upper()
        doc: dict[str, Any] = {
            "id": stable_object_id(f"variant:{p.key}:{suffix or 'default'}"),
            "productId": product_id(p.key),
            "sku": sku,
            "barcode": f"50{abs(hash_code(sku)):010d}",
            "price": v.price,
            "isOnSale": v.sale_price is not None,
            "manageStock": v.stock is not None,
            "allowBackorder": v.backorder,
            "costPrice": round(v.price * 0.3, 2),
            "images": [],
            "metadata": [],
            "attributes": [{"name": n, "value": value} for n, value in v.options],
            "inventory": (
                [{"outletId": outlet, "stock": v.stock} for outlet in _outlets_for(p)]
                if v.stock is not None
                else []
            ),
            **clock.stamp(),
        }
        if v.sale_price is not None:
            doc["salePrice"] = v.sale_price
        yield doc


def hash_code(text: str) -> int:
    """A small stable hash (Python's `hash` of a str changes per process)."""
    value = 0
    for ch in text:
        value = (value * 31 + ord(ch)) % 10_000_000_000
    return value
