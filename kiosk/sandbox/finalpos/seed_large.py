"""A large synthetic catalog for benchmarks, seeded beside the demo store's outlets and stations."""

from __future__ import annotations

from typing import Any

from kiosk.sandbox.finalpos.menu import CATEGORIES, PRODUCTS
from kiosk.sandbox.finalpos.seed_company import seed_empty_company
from kiosk.sandbox.finalpos.seed_menu import asset_path
from kiosk.sandbox.finalpos.seed_store import OUTLET_ID, Row, SeedClock, store_rows
from kiosk.sandbox.finalpos.store import FinalPosStore, stable_object_id

_NOUNS = ("latte", "tea", "toastie", "muffin", "salad", "soup", "wrap", "cake", "juice", "bun")
_ADJECTIVES = ("Smoky", "Golden", "Spiced", "Zesty", "Velvet", "Rustic", "Harbour", "Maple")
_SIZE_NAMES = ("Small", "Regular", "Large", "Extra large")


def seed_large_catalog(
    store: FinalPosStore, *, products: int, variants_per_product: int = 4, categories: int = 50
) -> bool:
    """Seed the demo outlet and stations with a synthetic catalog of the given size.

    Every product has `variants_per_product` variants over one "Size" attribute (one variant
    and no attribute when that is 1). Every 10th product has a variant on sale, every 17th is
    sold out, every 50th is a draft; images reuse the demo art. Returns False (and seeds
    no catalog, only the upgrades of `seed_company`) when the demo company already has data.
    """
    return seed_empty_company(
        store, lambda: _large_rows(products, variants_per_product, max(categories, 1))
    )


def _large_rows(products: int, variants_per_product: int, categories: int) -> list[Row]:
    clock = SeedClock()
    rows: list[Row] = list(store_rows(clock))
    art = [p.key for p in PRODUCTS]
    cat_ids = [stable_object_id(f"bench-category:{i}") for i in range(categories)]
    for i, cid in enumerate(cat_ids):
        rows.append(
            (
                "categories",
                {
                    "id": cid,
                    "name": f"Category {i + 1:03d}",
                    "description": f"Benchmark category {i + 1}",
                    "image": asset_path(f"category-{CATEGORIES[i % len(CATEGORIES)].key}"),
                    "menuOrder": i + 1,
                    "source": "manual",
                    **clock.stamp(),
                },
            )
        )
    sizes = [
        _SIZE_NAMES[k] if k < len(_SIZE_NAMES) else f"Size {k + 1}"
        for k in range(variants_per_product)
    ]
    for n in range(products):
        pid = stable_object_id(f"bench-product:{n}")
        base = round(2.0 + (n % 40) * 0.25, 2)
        attrs = [{"name": "Size", "values": sizes}] if variants_per_product > 1 else []
        name = f"{_ADJECTIVES[n % len(_ADJECTIVES)]} {_NOUNS[n % len(_NOUNS)]} No. {n + 1}"
        rows.append(
            (
                "products",
                {
                    "id": pid,
                    "name": name,
                    "productType": "Food" if n % 2 else "Beverages",
                    "description": f"{name}, generated for load tests.",
                    "shortDescription": "Benchmark item.",
                    "sku": f"BENCH-{n:06d}",
                    "images": [asset_path(art[n % len(art)])],
                    "tags": [],
                    "status": "draft" if n % 50 == 49 else "publish",
                    "source": "final",
                    "minPrice": base,
                    "maxPrice": round(base + 0.5 * (variants_per_product - 1), 2),
                    "taxTable": "reduced" if n % 2 else "standard",
                    "categories": [cat_ids[n % len(cat_ids)]],
                    "outlets": [OUTLET_ID],
                    "metadata": [],
                    "attributes": attrs,
                    "fromFinal": False,
                    **clock.stamp(),
                },
            )
        )
        sold_out = n % 17 == 16
        for k in range(variants_per_product):
            price = round(base + 0.5 * k, 2)
            doc: dict[str, Any] = {
                "id": stable_object_id(f"bench-variant:{n}:{k}"),
                "productId": pid,
                "sku": f"BENCH-{n:06d}-{k}",
                "price": price,
                "isOnSale": n % 10 == 0 and k == 0,
                "manageStock": sold_out,
                "allowBackorder": False,
                "attributes": (
                    [{"name": "Size", "value": sizes[k]}] if variants_per_product > 1 else []
                ),
                "inventory": [{"outletId": OUTLET_ID, "stock": 0}] if sold_out else [],
                **clock.stamp(),
            }
            if doc["isOnSale"]:
                doc["salePrice"] = round(price * 0.8, 2)
            rows.append(("variants", doc))
    return rows
