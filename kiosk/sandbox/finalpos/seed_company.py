"""Writing seeds into the demo company: its API key, a first seed, and upgrades of older ones.

Seeding only writes into a company that has no outlets yet, so running it on every start is
harmless; a database seeded by an older version gains the records added since (the Pier
Pop-up's Stripe ids and kiosk station, the staff roles, the catalog translations) on its next
start, without touching anything else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kiosk.sandbox import demo
from kiosk.sandbox.finalpos.seed_menu import menu_rows
from kiosk.sandbox.finalpos.seed_store import (
    DEMO_COMPANY_ID,
    MANAGER_ROLE_ID,
    PIER_KIOSK_STATION_ID,
    PIER_OUTLET_ID,
    STAFF_ROLE_ID,
    Row,
    SeedClock,
    store_rows,
)
from kiosk.sandbox.finalpos.store import FinalPosStore


def seed_empty_company(store: FinalPosStore, rows: Callable[[], Iterable[Row]]) -> bool:
    """Register the demo key and, if the demo company is empty, insert `rows()`; True if so.

    A demo company that has data is only upgraded (see `_upgrade`) and False returned; `rows`
    is then not called.
    """
    store.add_api_key(demo.FINALPOS_API_KEY, DEMO_COMPANY_ID)
    if store.count(DEMO_COMPANY_ID, "outlets") > 0:
        _upgrade(store)
        return False
    store.insert_many(DEMO_COMPANY_ID, rows())
    _set_counters(store)
    return True


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
    clock = SeedClock()
    changed = False
    rows = dict(((resource, doc["id"]), doc) for resource, doc in store_rows(clock))
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


def _add_texts(store: FinalPosStore, clock: SeedClock) -> bool:
    """Seeded translations for a demo database seeded before them (only on records whose
    metadata is still empty: metadata written through the API stays)."""
    changed = False
    for resource, doc in menu_rows(clock):
        if resource == "variants" or not doc.get("metadata"):
            continue
        stored = store.get(DEMO_COMPANY_ID, resource, doc["id"])
        if stored is not None and not stored.get("metadata"):
            stored["metadata"] = doc["metadata"]
            store.replace(DEMO_COMPANY_ID, resource, stored)
            changed = True
    return changed
