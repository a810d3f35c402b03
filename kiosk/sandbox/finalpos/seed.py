"""Seeds for the Final POS sandbox: the demo café, and a large synthetic catalog for benchmarks.

Seeded records have stable ids (derived from their names) and fixed timestamps, so screenshots,
tests and a persistent demo database all see the same store. Seeding only writes into a company
that has no outlets yet, so running it on every start is harmless; a database seeded by an
older version gains the records added since (the Pier Pop-up's Stripe ids and kiosk station,
the staff roles) on its next start, without touching anything else.

Two outlets, each paying through its own Stripe Connect account, Terminal location and reader
(`kiosk.sandbox.demo`): Harbour Street (kiosk 1 on `demo.READER_ID`, and a counter till) and
the Pier Pop-up (the "Pier kiosk" on `demo.PIER_READER_ID`).

Roles: "Manager" and "Staff" with permission keys `create_order` (the one key the docs show),
`refund_order`, `close_session` and `edit_stock` (this sandbox's own names; the real value set
was not visible).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from kiosk.sandbox import demo
from kiosk.sandbox.finalpos.app import ASSETS_PATH
from kiosk.sandbox.finalpos.menu import ALLERGEN_TAGS, CATEGORIES, PRODUCTS
from kiosk.sandbox.finalpos.menu_model import MenuProduct
from kiosk.sandbox.finalpos.store import FinalPosStore, stable_object_id

DEMO_COMPANY_ID = stable_object_id("company:demo")
OUTLET_ID = stable_object_id("outlet:harbour-street")
PIER_OUTLET_ID = stable_object_id("outlet:pier")
KIOSK_STATION_ID = stable_object_id("station:kiosk-1")
POS_STATION_ID = stable_object_id("station:counter")
PIER_KIOSK_STATION_ID = stable_object_id("station:pier-kiosk")
MANAGER_ROLE_ID = stable_object_id("role:manager")
STAFF_ROLE_ID = stable_object_id("role:staff")
_SEED_TIME = datetime(2025, 12, 7, 19, 31, 48, 436000, tzinfo=UTC)

Row = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class DemoIds:
    company_id: str = DEMO_COMPANY_ID
    outlet_id: str = OUTLET_ID
    station_id: str = KIOSK_STATION_ID
    pos_station_id: str = POS_STATION_ID
    pier_outlet_id: str = PIER_OUTLET_ID
    pier_station_id: str = PIER_KIOSK_STATION_ID
    manager_role_id: str = MANAGER_ROLE_ID
    staff_role_id: str = STAFF_ROLE_ID


DEMO = DemoIds()


def category_id(key: str) -> str:
    return stable_object_id(f"category:{key}")


def product_id(key: str) -> str:
    return stable_object_id(f"product:{key}")


def asset_path(name: str) -> str:
    return f"{ASSETS_PATH}/{name}.svg"


class _Clock:
    """Seed timestamps: one millisecond apart, in insertion order."""

    def __init__(self) -> None:
        self._n = 0

    def stamp(self) -> dict[str, str]:
        self._n += 1
        value = (_SEED_TIME + timedelta(milliseconds=self._n)).isoformat(timespec="milliseconds")
        return {"companyId": DEMO_COMPANY_ID, "createdAt": value, "updatedAt": value}


def _store_rows(clock: _Clock) -> list[Row]:
    outlet = {
        "id": OUTLET_ID,
        "name": demo.STORE_NAME,
        "address": "12 Harbour Street",
        "address2": "Ground floor",
        "city": "Portsmouth",
        "state": "Hampshire",
        "country": "GB",
        "postCode": "PO1 2AB",
        "phone": "+442392000000",
        "alias": "Harbour St",
        "stations": [KIOSK_STATION_ID, POS_STATION_ID],
        "stripeAccountId": demo.STRIPE_ACCOUNT,
        "stripe": {"locationId": demo.STRIPE_LOCATION},
        "taxId": "standard",
        "sequenceNumber": 1,
        **clock.stamp(),
    }
    pier = {
        "id": PIER_OUTLET_ID,
        "name": demo.PIER_STORE_NAME,
        "address": "South Parade Pier",
        "city": "Portsmouth",
        "state": "Hampshire",
        "country": "GB",
        "postCode": "PO4 0SW",
        "phone": "+442392000001",
        "stations": [PIER_KIOSK_STATION_ID],
        "stripeAccountId": demo.PIER_STRIPE_ACCOUNT,
        "stripe": {"locationId": demo.PIER_STRIPE_LOCATION},
        "sequenceNumber": 2,
        **clock.stamp(),
    }
    kiosk = {
        "id": KIOSK_STATION_ID,
        "name": "Self-service kiosk 1",
        "outletId": OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "kiosk-1",
        "deviceName": "Entrance kiosk",
        "stripeTerminalId": demo.READER_ID,
        "sequenceNumber": 1,
        "isVirtual": False,
        **clock.stamp(),
    }
    counter = {
        "id": POS_STATION_ID,
        "name": "Counter till",
        "outletId": OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "ipad-counter",
        "deviceName": "Counter iPad",
        "serialReaderId": "SR-000123",
        "sequenceNumber": 2,
        "isVirtual": False,
        **clock.stamp(),
    }
    return [
        ("outlets", outlet),
        ("outlets", pier),
        ("stations", kiosk),
        ("stations", counter),
        ("stations", _pier_kiosk(clock)),
        *(("roles", role) for role in _roles(clock)),
    ]


def _pier_kiosk(clock: _Clock) -> dict[str, Any]:
    return {
        "id": PIER_KIOSK_STATION_ID,
        "name": "Pier kiosk",
        "outletId": PIER_OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "pier-kiosk",
        "deviceName": "Pier entrance kiosk",
        "stripeTerminalId": demo.PIER_READER_ID,
        "sequenceNumber": 3,
        "isVirtual": False,
        **clock.stamp(),
    }


_PERMISSIONS = (
    ("create_order", "orders", "management"),
    ("refund_order", "orders", "refunds"),
    ("close_session", "sessions", "management"),
    ("edit_stock", "products", "inventory"),
)


def _roles(clock: _Clock) -> list[dict[str, Any]]:
    def permissions(granted: set[str]) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "permissionId": stable_object_id(f"permission:{name}"),
                "category": category,
                "subCategory": sub,
                "value": name in granted,
            }
            for name, category, sub in _PERMISSIONS
        ]

    every = {name for name, _, _ in _PERMISSIONS}
    return [
        {
            "id": MANAGER_ROLE_ID,
            "name": "Manager",
            "permissions": permissions(every),
            **clock.stamp(),
        },
        {
            "id": STAFF_ROLE_ID,
            "name": "Staff",
            "permissions": permissions({"create_order", "close_session", "edit_stock"}),
            **clock.stamp(),
        },
    ]


# --- catalog text in other languages (kiosk.domain.catalog_text: metadata "name:de", ...) -----
# Some of the café's categories and products carry German, French and Spanish text, as a
# store would add it in Final POS; the rest show the default (English) text in every language.
_TEXTS: dict[str, dict[str, str]] = {
    "category:hot-drinks": {
        "name:de": "Heißgetränke",
        "name:fr": "Boissons chaudes",
        "name:es": "Bebidas calientes",
        "description:de": "Kaffee, Tee und Schokolade, frisch zubereitet.",
        "description:fr": "Café, thé et chocolat, préparés à la commande.",
        "description:es": "Café, té y chocolate, preparados al momento.",
    },
    "category:coffee": {"name:de": "Kaffee", "name:fr": "Café", "name:es": "Café"},
    "category:tea": {"name:de": "Tee", "name:fr": "Thé", "name:es": "Té"},
    "category:cold-drinks": {
        "name:de": "Kalte Getränke",
        "name:fr": "Boissons fraîches",
        "name:es": "Bebidas frías",
    },
    "category:breakfast": {
        "name:de": "Frühstück",
        "name:fr": "Petit-déjeuner",
        "name:es": "Desayuno",
    },
    "category:lunch": {"name:de": "Mittagessen", "name:fr": "Déjeuner", "name:es": "Almuerzo"},
    "category:pastries": {"name:de": "Gebäck", "name:fr": "Viennoiseries", "name:es": "Bollería"},
    "category:cakes": {
        "name:de": "Kuchen & Süßes",
        "name:fr": "Gâteaux & douceurs",
        "name:es": "Pasteles y dulces",
    },
    "product:caffe-latte": {
        "name:de": "Milchkaffee",
        "name:fr": "Café au lait",
        "name:es": "Café con leche",
        "description:de": "Ein milder Espresso mit viel aufgeschäumter Milch und etwas Schaum.",
        "description:fr": "Un espresso doux avec beaucoup de lait chaud et un peu de mousse.",
        "description:es": "Un espresso suave con mucha leche vaporizada y un poco de espuma.",
    },
    "product:hot-chocolate": {
        "name:de": "Heiße Schokolade",
        "name:fr": "Chocolat chaud",
        "name:es": "Chocolate caliente",
        "description:de": "Zartbitterschokolade (54 %) in heißer Milch, mit Mini-Marshmallows.",
        "description:fr": "Chocolat noir à 54 % fondu dans du lait chaud, avec des mini-guimauves.",
        "description:es": "Chocolate negro al 54 % fundido en leche caliente, con mini nubes.",
    },
    "product:orange-juice": {
        "name:de": "Frischer Orangensaft",
        "name:fr": "Jus d’orange frais",
        "name:es": "Zumo de naranja natural",
    },
    "product:lemonade": {
        "name:de": "Hausgemachte Limonade",
        "name:fr": "Limonade maison",
        "name:es": "Limonada casera",
    },
    "product:avocado-toast": {
        "name:de": "Avocado auf Sauerteigbrot",
        "name:fr": "Avocat écrasé sur pain au levain",
        "name:es": "Aguacate sobre pan de masa madre",
    },
    "product:tomato-soup": {
        "name:de": "Im Ofen geröstete Tomaten-Basilikum-Suppe mit Sauerteigbrot",
        "name:fr": "Soupe de tomates rôties et basilic, avec pain au levain",
        "name:es": "Sopa de tomate asado y albahaca con pan de masa madre",
    },
}


def _texts(key: str) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in _TEXTS.get(key, {}).items()]


def _menu_rows(clock: _Clock) -> list[Row]:
    rows: list[Row] = []
    for c in CATEGORIES:
        doc: dict[str, Any] = {
            "id": category_id(c.key),
            "name": c.name,
            "description": c.description,
            "image": asset_path(f"category-{c.key}"),
            "menuOrder": c.menu_order,
            "source": "manual",
            "metadata": _texts(f"category:{c.key}"),
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


def _product_doc(p: MenuProduct, clock: _Clock) -> dict[str, Any]:
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
        "metadata": _texts(f"product:{p.key}"),
        "attributes": [{"name": n, "values": list(values)} for n, values in p.attributes],
        "fromFinal": False,
        **clock.stamp(),
    }


def _variant_docs(p: MenuProduct, clock: _Clock) -> Iterator[dict[str, Any]]:
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


@cache
def _demo_rows() -> tuple[Row, ...]:
    clock = _Clock()
    return tuple(_store_rows(clock) + _menu_rows(clock))


def _register_demo_key(store: FinalPosStore) -> None:
    store.add_api_key(demo.FINALPOS_API_KEY, DEMO_COMPANY_ID)


def _has_data(store: FinalPosStore) -> bool:
    return store.count(DEMO_COMPANY_ID, "outlets") > 0


def _set_counters(store: FinalPosStore) -> None:
    # Records created later through the API continue the seeded outlet/station numbering
    # (never going back, should the store already have numbered more).
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO counters (company, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT (company, name) DO UPDATE SET value = MAX(value, excluded.value)",
            [(DEMO_COMPANY_ID, "outlets", 2), (DEMO_COMPANY_ID, "stations", 3)],
        )


def _upgrade(store: FinalPosStore) -> bool:
    """Add what later versions seed to a demo database seeded before; True if it changed.

    Only records missing by id are added, and the Pier Pop-up gains its Stripe ids and its
    kiosk station only if it has no Stripe account yet: changes made through the API stay.
    """
    company = DEMO_COMPANY_ID
    clock = _Clock()
    changed = False
    rows = dict(((resource, doc["id"]), doc) for resource, doc in _store_rows(clock))
    for key in [
        ("stations", PIER_KIOSK_STATION_ID),
        ("roles", MANAGER_ROLE_ID),
        ("roles", STAFF_ROLE_ID),
    ]:
        if store.get(company, key[0], key[1]) is None:
            store.insert(company, key[0], dict(rows[key]))
            changed = True
    changed = _add_texts(store, clock) or changed
    pier = store.get(company, "outlets", PIER_OUTLET_ID)
    if pier is not None and not pier.get("stripeAccountId"):
        seeded = rows[("outlets", PIER_OUTLET_ID)]
        pier["stripeAccountId"] = seeded["stripeAccountId"]
        pier["stripe"] = seeded["stripe"]
        stations = list(pier.get("stations") or [])
        if PIER_KIOSK_STATION_ID not in stations:
            stations.append(PIER_KIOSK_STATION_ID)
        pier["stations"] = stations
        store.replace(company, "outlets", pier)
        changed = True
    if changed:
        _set_counters(store)
    return changed


def _add_texts(store: FinalPosStore, clock: _Clock) -> bool:
    """Seeded translations for a demo database seeded before them (only on records whose
    metadata is still empty: metadata written through the API stays)."""
    changed = False
    for resource, doc in _menu_rows(clock):
        if resource == "variants" or not doc.get("metadata"):
            continue
        stored = store.get(DEMO_COMPANY_ID, resource, doc["id"])
        if stored is not None and not stored.get("metadata"):
            stored["metadata"] = doc["metadata"]
            store.replace(DEMO_COMPANY_ID, resource, stored)
            changed = True
    return changed


def seed_demo(store: FinalPosStore) -> bool:
    """Register the demo key and, if the demo company is empty, seed the café; True if seeded.

    A demo company that has data is only upgraded (see `_upgrade`), and False returned.
    """
    _register_demo_key(store)
    if _has_data(store):
        _upgrade(store)
        return False
    store.insert_many(DEMO_COMPANY_ID, [(r, dict(d)) for r, d in _demo_rows()])
    _set_counters(store)
    return True


# --- large catalog ------------------------------------------------------------------------

_NOUNS = ("latte", "tea", "toastie", "muffin", "salad", "soup", "wrap", "cake", "juice", "bun")
_ADJECTIVES = ("Smoky", "Golden", "Spiced", "Zesty", "Velvet", "Rustic", "Harbour", "Maple")
_SIZE_NAMES = ("Small", "Regular", "Large", "Extra large")


def seed_large_catalog(
    store: FinalPosStore, *, products: int, variants_per_product: int = 4, categories: int = 50
) -> bool:
    """Seed the demo outlet and stations with a synthetic catalog of the given size.

    Every product has `variants_per_product` variants over one "Size" attribute (one variant
    and no attribute when that is 1). Every 10th product has a variant on sale, every 17th is
    sold out, every 50th is a draft; images reuse the demo art. Returns False (and writes
    nothing) when the demo company already has data.
    """
    _register_demo_key(store)
    if _has_data(store):
        _upgrade(store)
        return False
    clock = _Clock()
    rows: list[Row] = list(_store_rows(clock))
    art = [p.key for p in PRODUCTS]
    cat_ids = [stable_object_id(f"bench-category:{i}") for i in range(max(categories, 1))]
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
    store.insert_many(DEMO_COMPANY_ID, rows)
    _set_counters(store)
    return True
