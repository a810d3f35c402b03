"""The demo café seed, the large benchmark catalog, and the product art."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.sandbox import demo
from kiosk.sandbox.embedded import Sandboxes
from kiosk.sandbox.finalpos.artwork import ASSETS_DIR, all_artwork
from kiosk.sandbox.finalpos.seed import (
    DEMO,
    PIER_KIOSK_STATION_ID,
    seed_demo,
    seed_large_catalog,
)
from kiosk.sandbox.finalpos.store import FinalPosStore, stable_object_id
from tests.fixtures.finalpos import api_client


def fetch(client: httpx.Client, listing: str) -> list[dict[str, Any]]:
    response = client.get(f"/v1/api/{listing}")
    assert response.status_code == 200
    result: list[dict[str, Any]] = response.json()
    return result


def test_outlet_and_stations_point_at_the_stripe_demo_ids(
    finalpos_sandbox_shared: Sandboxes, finalpos_shared_client: httpx.Client
) -> None:
    info = finalpos_sandbox_shared.info
    outlets = fetch(finalpos_shared_client, "outlets")
    assert outlets[0]["id"] == info.outlet_id  # the kiosk's outlet comes first
    outlet = outlets[0]
    assert outlet["name"] == demo.STORE_NAME == info.store_name
    assert outlet["stripeAccountId"] == demo.STRIPE_ACCOUNT
    assert outlet["stripe"] == {"locationId": demo.STRIPE_LOCATION}
    stations = [
        s for s in fetch(finalpos_shared_client, "stations") if s["outletId"] == outlet["id"]
    ]
    kiosk = next(s for s in stations if s["id"] == info.station_id)
    assert kiosk["stripeTerminalId"] == demo.READER_ID == info.reader_id
    assert kiosk["status"] == "AVAILABLE"
    assert any(s["id"] != kiosk["id"] and "stripeTerminalId" not in s for s in stations)
    assert set(outlet["stations"]) == {s["id"] for s in stations}
    assert info.currency == demo.CURRENCY and info.stripe_account == demo.STRIPE_ACCOUNT


def test_the_pier_outlet_pays_through_its_own_account_location_and_reader(
    finalpos_shared_client: httpx.Client,
) -> None:
    outlets = {o["id"]: o for o in fetch(finalpos_shared_client, "outlets")}
    pier = outlets[DEMO.pier_outlet_id]
    assert pier["name"] == demo.PIER_STORE_NAME
    assert pier["stripeAccountId"] == demo.PIER_STRIPE_ACCOUNT != demo.STRIPE_ACCOUNT
    assert pier["stripe"] == {"locationId": demo.PIER_STRIPE_LOCATION}
    stations = [s for s in fetch(finalpos_shared_client, "stations") if s["outletId"] == pier["id"]]
    assert [s["id"] for s in stations] == [PIER_KIOSK_STATION_ID] == pier["stations"]
    [kiosk] = stations
    assert DEMO.pier_station_id == stable_object_id("station:pier-kiosk") == kiosk["id"]
    assert kiosk["name"] == "Pier kiosk" and kiosk["status"] == "AVAILABLE"
    assert kiosk["stripeTerminalId"] == demo.PIER_READER_ID != demo.READER_ID
    numbers = [s["sequenceNumber"] for s in fetch(finalpos_shared_client, "stations")]
    assert sorted(numbers) == [1, 2, 3]


def test_roles_are_seeded_with_permissions(finalpos_shared_client: httpx.Client) -> None:
    roles = {r["name"]: r for r in fetch(finalpos_shared_client, "roles")}
    assert set(roles) == {"Manager", "Staff"}
    granted = {
        name: {p["name"] for p in role["permissions"] if p["value"]} for name, role in roles.items()
    }
    assert "refund_order" in granted["Manager"] and "refund_order" not in granted["Staff"]
    assert granted["Staff"] < granted["Manager"]


def test_menu_has_a_category_tree_in_menu_order(finalpos_shared_client: httpx.Client) -> None:
    categories = fetch(finalpos_shared_client, "categories")
    top = [c for c in categories if "parentId" not in c]
    assert len(top) >= 6
    assert all(isinstance(c["menuOrder"], int) for c in categories)
    assert len({c["menuOrder"] for c in top}) == len(top)
    hot = next(c for c in categories if c["name"] == "Hot drinks")
    children = {c["name"] for c in categories if c.get("parentId") == hot["id"]}
    assert children == {"Coffee", "Tea"}


def test_products_and_variants_cover_the_awkward_cases(
    finalpos_sandbox_shared: Sandboxes, finalpos_shared_client: httpx.Client
) -> None:
    outlet_id = finalpos_sandbox_shared.info.outlet_id
    products = fetch(finalpos_shared_client, "products")
    variants = fetch(finalpos_shared_client, "variants")
    category_ids = {c["id"] for c in fetch(finalpos_shared_client, "categories")}
    by_product: dict[str, list[dict[str, Any]]] = {}
    for v in variants:
        by_product.setdefault(v["productId"], []).append(v)
    assert len(products) >= 40
    assert set(by_product) == {p["id"] for p in products}
    statuses = Counter(p["status"] for p in products)
    assert statuses["draft"] == 1
    assert [p for p in products if outlet_id not in p["outlets"]], "one product sold elsewhere"
    assert any(len(p["name"]) > 40 for p in products)
    for p in products:
        assert set(p["categories"]) <= category_ids
        assert p["taxTable"] in {"standard", "reduced"}
        assert p["description"] and p["images"]
        mine = by_product[p["id"]]
        assert p["minPrice"] == min(v["price"] for v in mine)
        if not p["attributes"]:
            assert len(mine) == 1 and mine[0]["attributes"] == []
            continue
        names = [a["name"] for a in p["attributes"]]
        for v in mine:
            chosen = {a["name"]: a["value"] for a in v["attributes"]}
            assert list(chosen) == names
            for attr in p["attributes"]:
                assert chosen[attr["name"]] in attr["values"]
    for v in variants:
        assert isinstance(v["price"], int | float) and round(v["price"], 2) == v["price"]
        if v["isOnSale"]:
            assert v["salePrice"] < v["price"]
    coffee = next(p for p in products if p["name"] == "Cappuccino")
    sizes_milks = {tuple(a["value"] for a in v["attributes"]) for v in by_product[coffee["id"]]}
    assert ("Small", "Soy") not in sizes_milks and ("Large", "Soy") in sizes_milks

    def stock(v: dict[str, Any]) -> int | None:
        levels = [i["stock"] for i in v["inventory"] if i["outletId"] == outlet_id]
        return levels[0] if v["manageStock"] and levels else None

    assert any(v["isOnSale"] for v in variants)
    sold_out = [v for v in variants if stock(v) == 0 and not v["allowBackorder"]]
    assert sold_out
    assert any(stock(v) == 0 and v["allowBackorder"] for v in variants)
    assert any((stock(v) or 0) > 0 for v in variants)
    fully_sold_out = [p for p in products if all(v in sold_out for v in by_product[p["id"]])]
    assert {p["name"] for p in fully_sold_out} >= {"Cold brew", "Cinnamon bun"}


def test_seed_is_idempotent_and_stable() -> None:
    first, second = FinalPosStore(), FinalPosStore()
    try:
        assert seed_demo(first) is True
        assert seed_demo(first) is False
        seed_demo(second)
        company = DEMO.company_id
        for resource in ("outlets", "stations", "categories", "products", "variants", "roles"):
            assert first.records(company, resource) == second.records(company, resource)
        assert first.count(company, "products") == len(first.records(company, "products"))
    finally:
        first.close()
        second.close()


def test_an_older_demo_database_is_upgraded_once_keeping_its_changes() -> None:
    store = FinalPosStore()
    try:
        seed_demo(store)
        company = DEMO.company_id
        fresh = {r: store.records(company, r) for r in ("outlets", "stations", "roles")}
        # As seeded before the pier had Stripe ids, its kiosk and the roles existed:
        store.delete(company, "stations", PIER_KIOSK_STATION_ID)
        for role in store.records(company, "roles"):
            store.delete(company, "roles", role["id"])
        pier = store.get(company, "outlets", DEMO.pier_outlet_id)
        assert pier is not None
        for name in ("stripeAccountId", "stripe"):
            pier.pop(name)
        pier["stations"] = []
        store.replace(company, "outlets", pier)
        kiosk = store.get(company, "stations", DEMO.station_id)
        assert kiosk is not None
        kiosk["status"] = "IN_USE"  # a change made through the API
        store.replace(company, "stations", kiosk)

        assert seed_demo(store) is False
        assert store.records(company, "outlets") == fresh["outlets"]
        assert store.records(company, "roles") == fresh["roles"]
        stations = {s["id"]: s for s in store.records(company, "stations")}
        assert stations[PIER_KIOSK_STATION_ID] == next(
            s for s in fresh["stations"] if s["id"] == PIER_KIOSK_STATION_ID
        )
        assert stations[DEMO.station_id]["status"] == "IN_USE"  # kept
        before = {r: store.records(company, r) for r in ("outlets", "stations", "roles")}
        seed_demo(store)
        assert {r: store.records(company, r) for r in before} == before  # idempotent
        assert store.next_number(company, "stations") == 4  # numbering continues
    finally:
        store.close()


def test_large_catalog_seeds_exact_counts() -> None:
    """Counts and paging only: how fast it seeds and pages is benchmarks/catalog_sync.py's
    (it prints the seeding time), never a timed assertion on a shared machine."""
    store = FinalPosStore()
    try:
        assert seed_large_catalog(store, products=5000, variants_per_product=4, categories=50)
        company = DEMO.company_id
        assert store.count(company, "products") == 5000
        assert store.count(company, "variants") == 20_000
        assert store.count(company, "categories") == 50
        assert store.count(company, "outlets") == 2
        assert seed_large_catalog(store, products=10) is False  # only into an empty store
        page = store.records(company, "variants", skip=19_500, limit=500)
        assert len(page) == 500 and page[-1]["productId"] == page[-4]["productId"]
    finally:
        store.close()


def test_large_catalog_pages_over_http() -> None:
    with (
        Sandboxes(products=300, variants_per_product=3, categories=7, stripe=False) as sb,
        api_client(sb.info) as client,
    ):
        seen: list[str] = []
        while True:
            page = client.get("/v1/api/variants", params={"skip": len(seen), "limit": 250}).json()
            seen.extend(v["id"] for v in page)
            if len(page) < 250:
                break
        assert len(seen) == len(set(seen)) == 900
        assert len(client.get("/v1/api/categories").json()) == 7
        single = Sandboxes(products=2, variants_per_product=1, categories=1, stripe=False)
        with single:
            store = single.finalpos_store
            variants = store.records(single.finalpos_company_id, "variants")
            assert len(variants) == 2 and all(v["attributes"] == [] for v in variants)


def test_twenty_thousand_variants_page_over_http_each_once() -> None:
    with (
        Sandboxes(products=5000, variants_per_product=4, categories=50, stripe=False) as sb,
        api_client(sb.info) as client,
    ):
        seen: list[str] = []
        while True:
            page = client.get("/v1/api/variants", params={"skip": len(seen), "limit": 200}).json()
            seen.extend(v["id"] for v in page)
            if len(page) < 200:
                break
    assert len(seen) == len(set(seen)) == 20_000


def test_committed_artwork_is_up_to_date() -> None:
    expected = all_artwork()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in ASSETS_DIR.glob("*.svg")}
    stale = sorted(name for name in expected if on_disk.get(name) != expected[name])
    assert not stale, f"run python -m kiosk.sandbox.finalpos.artwork (stale: {stale[:5]})"


@pytest.mark.parametrize("path", sorted(ASSETS_DIR.glob("*.svg")), ids=lambda p: p.name)
def test_artwork_is_small_plain_svg(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) < 6000
    root = ET.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    tags = {el.tag.split("}")[1] for el in root.iter()}
    assert tags <= {
        "svg", "defs", "linearGradient", "stop", "rect", "circle", "ellipse", "path", "g",
    }  # fmt: skip
    assert b"<text" not in data and b"href" not in data and b"style" not in data


def test_qt_draws_every_artwork(qapp: object) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    for path in sorted(ASSETS_DIR.glob("*.svg")):
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 64, 64))
        painter.end()
        assert image.pixelColor(32, 32).alpha() == 255, path.name  # drawn, not blank
        assert image.pixelColor(1, 1).alpha() < 255  # rounded tile corners stay clear
