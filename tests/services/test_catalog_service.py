"""CatalogService: sync and offline cache (ImageCache: test_image_cache.py)."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import catalog_cache
from kiosk.services.catalog import CatalogService, catalog_image_urls
from kiosk.services.catalog_cache import CACHE_FORMAT, CACHE_VERSION
from tests.finalpos.wire import API_KEY, BASE_URL, OUTLET, PagedApi, category, product, variant

pytestmark = pytest.mark.usefixtures("gc_enabled")


def store_api() -> PagedApi:
    products = [product(f"p{i}", images=[f"http://img.test/p{i}.png"]) for i in range(12)]
    products.append(product("draft", status="draft"))
    products.append(product("bad"))
    variants = [
        variant(f"v{i}-{k}", f"p{i}", price=1 + i, attributes=[{"name": "Size", "value": k}])
        for i in range(12)
        for k in ("S", "L")
    ]
    variants.append(variant("vbad", "bad", price="twelve"))  # malformed on the wire
    return PagedApi(
        {
            "/v1/api/categories": [category("c1", "Food", 1, image="http://img.test/c1.jpg")],
            "/v1/api/products": products,
            "/v1/api/variants": variants,
        }
    )


@pytest.fixture
async def service_for(tmp_path: Path) -> AsyncIterator[Callable[..., CatalogService]]:
    https: list[httpx.AsyncClient] = []

    def factory(handler: Any, cache_dir: Path | None = None) -> CatalogService:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        https.append(http)
        client = FinalPosClient(
            http,
            base_url=BASE_URL,
            api_key=API_KEY,
            page_size=5,
            max_get_attempts=2,
            sleep=_no_sleep,
        )
        return CatalogService(client, cache_dir or tmp_path / "cache", OUTLET, "eur")

    yield factory
    for http in https:
        await http.aclose()


async def _no_sleep(seconds: float) -> None:
    return None


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("network is down", request=request)


async def test_sync_maps_and_caches(service_for) -> None:
    service = service_for(store_api())
    catalog = await service.sync_async()
    assert len(catalog.products) == 12
    assert catalog.product("draft") is None
    assert catalog.skipped == 2  # "vbad" at the client, then "bad" (no variants, no minPrice)
    assert catalog.currency == "EUR" and catalog.outlet_id == OUTLET
    assert catalog.synced_at is not None
    assert service.cache_path.is_file()
    assert service.catalog is catalog
    assert gc.isenabled()  # the sync's collector pause is over


async def test_cache_round_trip_and_offline_start(service_for, tmp_path: Path) -> None:
    online = service_for(store_api())
    synced = await online.sync_async()
    offline = service_for(_unreachable)
    loaded = offline.load_cached()
    assert loaded == synced
    assert loaded is not None and loaded.products == synced.products
    assert loaded.synced_at == synced.synced_at and loaded.skipped == synced.skipped
    assert [c.id for c in loaded.top_categories()] == ["c1"]
    with pytest.raises(UnavailableError):
        await offline.sync_async()
    assert gc.isenabled()
    assert offline.load_cached() == synced  # a failed sync leaves the cache alone


def test_no_cache_yet(service_for) -> None:
    assert service_for(_unreachable).load_cached() is None


def _sqlite_with_meta(path: Path, doc: object) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (doc TEXT NOT NULL)")
    con.execute("INSERT INTO meta VALUES (?)", (json.dumps(doc),))
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xffnot a database",
        b'{"format": "kiosk-catalog", "version": 1, "categories": []}',  # the old JSON cache
        b"",
        {"format": CACHE_FORMAT, "version": 1},
        {"format": "something-else"},
        [1, 2, 3],
        {"format": CACHE_FORMAT, "version": CACHE_VERSION, "categories": [[1]]},
    ],
    ids=["bytes", "json-v1", "empty", "old-version", "other-format", "array", "bad-category"],
)
def test_corrupt_or_old_cache_is_ignored(service_for, content: object, caplog) -> None:
    service = service_for(_unreachable)
    service.cache_path.parent.mkdir(parents=True)
    if isinstance(content, bytes):
        service.cache_path.write_bytes(content)
    else:
        _sqlite_with_meta(service.cache_path, content)
    with caplog.at_level(logging.WARNING, logger="kiosk.services.catalog"):
        assert service.load_cached() is None
    assert "ignoring" in caplog.text


async def test_cached_menu_decodes_only_the_categories_asked_for(
    service_for, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = store_api()
    api.records["/v1/api/categories"].append(category("c2", "Drinks", 2))
    for record in api.records["/v1/api/products"][6:]:
        record["categories"] = ["c2"]
    await service_for(api).sync_async()
    decoded: list[str] = []
    real = catalog_cache.decode_product

    def spy(row: list[Any]) -> Any:
        decoded.append(row[0])
        return real(row)

    monkeypatch.setattr(catalog_cache, "decode_product", spy)
    loaded = service_for(_unreachable).load_cached()
    assert loaded is not None and decoded == []
    assert loaded.product_count == 12 and loaded.has_products("c2")
    assert [p.id for p in loaded.products_in("c1")] == [f"p{i}" for i in range(6)]
    assert decoded == [f"p{i}" for i in range(6)]
    loaded.products_in("c1")
    assert loaded.product("p3") is not None and len(decoded) == 6  # decoded once
    assert len(loaded.image_urls()) == 12 and len(decoded) == 6


async def test_unreadable_product_row_is_left_out(service_for, caplog) -> None:
    service = service_for(store_api())
    await service.sync_async()
    con = sqlite3.connect(service.cache_path)
    con.execute("UPDATE products SET row = '[1, 2]' WHERE id = 'p2'")
    con.commit()
    con.close()
    with caplog.at_level(logging.WARNING, logger="kiosk.services.catalog_cache"):
        loaded = service.load_cached()
        assert loaded is not None
        ids = [p.id for p in loaded.products_in("c1")]
    assert "p2" not in ids and len(ids) == 11
    assert "skipping unreadable product row" in caplog.text


async def test_sync_removes_the_old_json_cache(service_for) -> None:
    service = service_for(store_api())
    service.cache_dir.mkdir(parents=True)
    (service.cache_dir / "catalog.json").write_text("{}")
    await service.sync_async()
    assert sorted(p.name for p in service.cache_dir.iterdir()) == ["catalog.sqlite"]


async def test_cache_for_another_outlet_is_ignored(service_for, tmp_path: Path) -> None:
    synced = await service_for(store_api()).sync_async()
    other = CatalogService(service_for(_unreachable).client, tmp_path / "cache", "elsewhere", "EUR")
    assert other.load_cached() is None
    assert synced.outlet_id == OUTLET


async def test_cache_is_replaced_atomically(service_for, monkeypatch) -> None:
    service = service_for(store_api())
    first = await service.sync_async()
    before = service.cache_path.read_bytes()

    def fail_replace(self: Path, target: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", fail_replace)
    second = await service.sync_async()  # the sync itself still succeeds
    assert second.products == first.products
    assert service.cache_path.read_bytes() == before
    assert [p.name for p in service.cache_path.parent.iterdir()] == ["catalog.sqlite"]


async def test_cache_rewrite_changes_content(service_for) -> None:
    api = store_api()
    service = service_for(api)
    await service.sync_async()
    api.records["/v1/api/products"] = api.records["/v1/api/products"][:1]
    await service.sync_async()
    loaded = service.load_cached()
    assert loaded is not None and [p.id for p in loaded.products] == ["p0"]
    assert sorted(p.name for p in service.cache_path.parent.iterdir()) == ["catalog.sqlite"]


async def test_sync_fetches_the_three_listings_concurrently(service_for) -> None:
    api = store_api()
    api.delay_s = 0.01
    service = service_for(api)
    await service.sync_async()
    assert api.max_in_flight >= 3


# --- images ----------------------------------------------------------------------------


async def test_catalog_image_urls(service_for) -> None:
    catalog = await service_for(store_api()).sync_async()
    urls = catalog_image_urls(catalog)
    assert urls[0] == "http://img.test/c1.jpg"
    assert len(urls) == 13 == len(set(urls))


def test_cache_keeps_allergens_and_loads_rows_written_before_them() -> None:
    from dataclasses import replace

    from kiosk.domain.catalog_rows import decode_product, encode_product
    from tests.ui.fakes import make_catalog

    first = make_catalog().products[0]
    tagged = replace(first, allergens=("milk", "nuts"), dietary=("vegetarian",))
    row = encode_product(tagged)
    assert decode_product(row) == tagged
    # a row written before allergens were kept: ten fields
    assert decode_product(row[:10]) == replace(tagged, allergens=(), dietary=())


def test_the_cache_keeps_catalog_translations(tmp_path: Path) -> None:
    """The synced menu is re-read from the cache: a `name:de` that did not survive it would
    never reach the screen (rows and categories written before translations load as before)."""
    from dataclasses import replace

    from kiosk.domain.catalog import Catalog
    from kiosk.domain.catalog_rows import decode_product, encode_product
    from kiosk.services.catalog_cache import open_cache, write_cache
    from tests.ui.fakes import make_catalog

    catalog = make_catalog()
    product = replace(catalog.products[0], texts=(("name", "de", "Milchkaffee"),))
    category = replace(catalog.categories[0], texts=(("name", "fr", "Boissons chaudes"),))
    row = encode_product(product)
    assert decode_product(row) == product and decode_product(row).name_in("de") == "Milchkaffee"
    assert decode_product(row[:12]).texts == ()  # written before translations were kept
    translated = Catalog(
        catalog.currency,
        (category, *catalog.categories[1:]),
        (product, *catalog.products[1:]),
    )
    path = tmp_path / "cache.sqlite"
    write_cache(path, translated)
    loaded = open_cache(path)
    assert loaded.categories[0].name_in("fr") == "Boissons chaudes"
    cached = loaded.product(product.id)
    assert cached is not None and cached.name_in("de") == "Milchkaffee"


async def test_a_variant_listed_late_reaches_the_cached_menu(service_for) -> None:
    # p0 is built (and its row encoded) ahead after a few pages; its third variant, listed
    # last, must still be in the menu the sync reads back from the cache.
    api = store_api()
    api.records["/v1/api/variants"].append(
        variant("v0-XL", "p0", price=9, attributes=[{"name": "Size", "value": "XL"}])
    )
    catalog = await service_for(api).sync_async()
    p0 = catalog.product("p0")
    assert p0 is not None and [v.id for v in p0.variants] == ["v0-S", "v0-L", "v0-XL"]
    assert [a.values for a in p0.attributes] == [("S", "L", "XL")]


def test_rows_encoded_ahead_are_used_only_for_that_very_row(tmp_path: Path) -> None:
    from dataclasses import replace

    from kiosk.domain.catalog_rows import CatalogRows, encode_product
    from kiosk.services.catalog_cache import encode_row, open_cache, write_cache
    from tests.ui.fakes import make_catalog

    catalog = make_catalog()
    rows = CatalogRows.of(catalog)
    first, second = catalog.products[:2]
    ahead = {
        first.id: (rows.products[0], encode_row(encode_product(replace(first, name="Ahead")))),
        # an equal row, but another object: its text is not used
        second.id: (encode_product(second), encode_row(encode_product(replace(second, name="X")))),
    }
    path = tmp_path / "cache.sqlite"
    write_cache(path, rows, rows=ahead)
    loaded = open_cache(path)
    assert loaded.product(first.id).name == "Ahead"  # type: ignore[union-attr]
    assert loaded.product(second.id) == second


def _rich_api() -> PagedApi:
    """Every field a cache row keeps, several variants per product, and a product sold alone."""
    size = [{"name": "Size", "values": ["S", "L", "XL"]}, {"name": "Unused", "values": ["x"]}]
    products = [
        product(
            f"p{i}",
            f"Caf\u00e9 {i}",
            description=f"Long {i}",
            shortDescription="Short",
            sku=f"P{i}",
            images=[f"http://img.test/p{i}.png"],
            tags=["allergen:milk", "vegan"],
            taxTable="reduced",
            attributes=size,
            metadata=[{"key": "name:de", "value": f"Kaffee {i}"}],
        )
        for i in range(7)
    ]
    products.append(product("alone", minPrice=2.5, categories=["c1", "c2"]))
    variants = [
        variant(
            f"v{i}-{k}",
            f"p{i}",
            price=1.25 + i,
            salePrice=1.0,
            isOnSale=k == "S",
            manageStock=k != "XL",
            inventory=[{"outletId": OUTLET, "stock": i}],
            allowBackorder=i % 2 == 0,
            sku=f"V{i}{k}",
            barcode=f" 40{i} ",
            images=[f"http://img.test/v{i}{k}.png"] if k == "L" else [],
            attributes=[{"name": "Size", "value": k}],
        )
        for i in range(7)
        for k in ("S", "L", "XL")
    ]
    categories = [category("c1", "Food", 2), category("c2", "Drinks", 1, parentId="c1")]
    return PagedApi(
        {
            "/v1/api/categories": categories,
            "/v1/api/products": products,
            "/v1/api/variants": variants,
        }
    )


async def test_the_synced_rows_decode_to_the_menu_the_mapping_makes(service_for, tmp_path) -> None:
    # The sync writes the mapping's rows without making domain objects; read back from the
    # cache they must be the very products build_catalog makes of the same records, and the
    # same row texts as writing that domain menu would give.
    from decimal import Decimal

    from pydantic import TypeAdapter

    from kiosk.domain.catalog import Attribute, Product, Variant
    from kiosk.finalpos import models as m
    from kiosk.finalpos.mapping import build_catalog
    from kiosk.services.catalog_cache import write_cache

    api = _rich_api()
    service = service_for(api)
    synced = await service.sync_async()

    def records(path: str, model: Any) -> list[Any]:
        raw = json.loads(json.dumps(api.records[path]), parse_float=Decimal)
        return TypeAdapter(list[model]).validate_python(raw)

    expected = build_catalog(
        records("/v1/api/categories", m.CategoryRecord),
        records("/v1/api/products", m.ProductRecord),
        records("/v1/api/variants", m.VariantRecord),
        outlet_id=OUTLET,
        currency="EUR",
    )
    assert len(expected.products) == 8 and expected.product("alone") is not None
    assert synced.products == expected.products
    assert synced.categories == expected.categories
    # ... and what the mapping made of every field, written out (independent of the rows)
    assert synced.product("p0") == Product(
        id="p0",
        name="Caf\u00e9 0",
        variants=(
            Variant("v0-S", "p0", 100, 125, (("Size", "S"),), True, 0, True, "V0S", None, "400"),
            Variant(
                "v0-L",
                "p0",
                125,
                125,
                (("Size", "L"),),
                False,
                0,
                True,
                "V0L",
                "http://img.test/v0L.png",
                "400",
            ),
            Variant(
                "v0-XL", "p0", 125, 125, (("Size", "XL"),), False, None, True, "V0XL", None, "400"
            ),
        ),
        category_ids=("c1",),
        attributes=(Attribute("Size", ("S", "L", "XL")),),
        description="Long 0",
        short_description="Short",
        image_url="http://img.test/p0.png",
        tax_table="reduced",
        sku="P0",
        allergens=("milk",),
        dietary=("vegan",),
        texts=(("name", "de", "Kaffee 0"),),
    )
    assert synced.product("alone") == Product(
        "alone", "Product alone", (Variant(None, "alone", 250, 250),), category_ids=("c1", "c2")
    )

    from_domain = tmp_path / "domain.sqlite"
    write_cache(from_domain, expected)
    texts = []
    for path in (service.cache_path, from_domain):
        con = sqlite3.connect(path)
        try:
            texts.append(con.execute("SELECT id, image_url, row FROM products").fetchall())
        finally:
            con.close()
    assert texts[0] == texts[1] and len(texts[0]) == 8


async def test_the_synced_rows_are_let_go_before_the_collector_resumes(
    service_for, monkeypatch
) -> None:
    # The pause spares the collector the sync's objects; rows still alive when it resumes
    # would make its first pass walk all of them (~30 ms at 5,000 products).
    from kiosk.domain.catalog_rows import ProductRow
    from kiosk.services import catalog as catalog_module

    paused = catalog_module.gc_paused
    alive_at_resume: list[int] = []

    @contextlib.contextmanager
    def watched(**kwargs: Any) -> Iterator[None]:
        with paused(**kwargs):
            yield
            alive_at_resume.append(sum(isinstance(o, ProductRow) for o in gc.get_objects()))

    monkeypatch.setattr(catalog_module, "gc_paused", watched)
    service = service_for(store_api())
    catalog = await service.sync_async()
    assert len(catalog.products) == 12  # the rows were made, and written
    assert alive_at_resume == [0]
