"""Seeds for the Final POS sandbox: the demo café, and a large synthetic catalog for benchmarks.

Seeded records have stable ids (derived from their names) and fixed timestamps, so screenshots,
tests and a persistent demo database all see the same store. Seeding only writes into a company
that has no outlets yet, so running it on every start is harmless; a database seeded by an
older version gains the records added since (the Pier Pop-up's Stripe ids and kiosk station,
the staff roles) on its next start, without touching anything else.

The parts: the store's outlets, stations and roles (`seed_store`), the menu's records
(`seed_menu`, with the translations of `seed_texts`), writing and upgrading the demo company
(`seed_company`) and the benchmark catalog (`seed_large`). This module is their front door.
"""

from __future__ import annotations

from functools import cache

from kiosk.sandbox.finalpos.seed_company import seed_empty_company
from kiosk.sandbox.finalpos.seed_large import seed_large_catalog
from kiosk.sandbox.finalpos.seed_menu import (
    asset_path,
    category_id,
    hash_code,
    menu_rows,
    product_id,
)
from kiosk.sandbox.finalpos.seed_store import (
    DEMO,
    DEMO_COMPANY_ID,
    KIOSK_STATION_ID,
    MANAGER_ROLE_ID,
    OUTLET_ID,
    PIER_KIOSK_STATION_ID,
    PIER_OUTLET_ID,
    POS_STATION_ID,
    STAFF_ROLE_ID,
    DemoIds,
    Row,
    SeedClock,
    store_rows,
)
from kiosk.sandbox.finalpos.store import FinalPosStore


@cache
def _demo_rows() -> tuple[Row, ...]:
    clock = SeedClock()
    return tuple(store_rows(clock) + menu_rows(clock))


def seed_demo(store: FinalPosStore) -> bool:
    """Register the demo key and, if the demo company is empty, seed the café; True if seeded.

    A demo company that has data is only upgraded (see `seed_company`), and False returned.
    """
    return seed_empty_company(store, lambda: [(r, dict(d)) for r, d in _demo_rows()])


__all__ = [
    "DEMO",
    "DEMO_COMPANY_ID",
    "KIOSK_STATION_ID",
    "MANAGER_ROLE_ID",
    "OUTLET_ID",
    "PIER_KIOSK_STATION_ID",
    "PIER_OUTLET_ID",
    "POS_STATION_ID",
    "STAFF_ROLE_ID",
    "DemoIds",
    "asset_path",
    "category_id",
    "hash_code",
    "product_id",
    "seed_demo",
    "seed_large_catalog",
]
