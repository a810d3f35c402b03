"""CatalogService (sync + offline cache) and ImageCache."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import UnavailableError
from kiosk.services.catalog import (
    CACHE_VERSION,
    CatalogService,
    ImageCache,
    catalog_image_urls,
    encode_catalog,
)
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


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xffnot json",
        b'{"format": "kiosk-catalog", "version": 0}',
        b'{"format": "something-else"}',
        b"[1, 2, 3]",
        b'{"format": "kiosk-catalog", "version": %d, "categories": [[1]]}' % CACHE_VERSION,
        b"",
    ],
)
def test_corrupt_or_old_cache_is_ignored(service_for, content: bytes, caplog) -> None:
    service = service_for(_unreachable)
    service.cache_path.parent.mkdir(parents=True)
    service.cache_path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="kiosk.services.catalog"):
        assert service.load_cached() is None
    assert "ignoring" in caplog.text


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
    assert [p.name for p in service.cache_path.parent.iterdir()] == ["catalog.json"]


async def test_cache_rewrite_changes_content(service_for) -> None:
    api = store_api()
    service = service_for(api)
    await service.sync_async()
    api.records["/v1/api/products"] = api.records["/v1/api/products"][:1]
    await service.sync_async()
    loaded = service.load_cached()
    assert loaded is not None and [p.id for p in loaded.products] == ["p0"]
    assert sorted(p.name for p in service.cache_path.parent.iterdir()) == ["catalog.json"]


async def test_sync_fetches_the_three_listings_concurrently(service_for) -> None:
    api = store_api()
    api.delay_s = 0.01
    service = service_for(api)
    await service.sync_async()
    assert api.max_in_flight >= 3


async def test_encoded_cache_is_compact(service_for) -> None:
    catalog = await service_for(store_api()).sync_async()
    assert b'"price_minor"' not in encode_catalog(catalog)


# --- images ----------------------------------------------------------------------------


class ImageServer:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        assert "x-api-key" not in request.headers
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.005)
            if "missing" in request.url.path:
                return httpx.Response(404)
            if "huge" in request.url.path:
                return httpx.Response(200, content=b"x" * 5000)
            return httpx.Response(200, content=b"PNG" + request.url.path.encode())
        finally:
            self.in_flight -= 1


async def test_image_cache_downloads_missing_once(tmp_path: Path) -> None:
    server = ImageServer()
    urls = [f"http://img.test/a{i}.PNG?sig=1" for i in range(10)]
    urls += ["http://img.test/missing.png", "http://img.test/huge.jpg", "data:image/png;base64,AA"]
    async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as http:
        cache = ImageCache(tmp_path / "img", http, concurrency=3, max_bytes=1000)
        assert cache.local_path(urls[0]) is None
        found = await cache.fetch_async(urls)
        assert set(found) == set(urls[:10])
        assert server.max_in_flight == 3
        path = cache.local_path(urls[0])
        assert path is not None and path.suffix == ".png"
        assert path.read_bytes() == b"PNG/a0.PNG"
        assert cache.path_for("http://x/noext").suffix == ".img"
        assert set(cache.failed) == {"http://img.test/missing.png", "http://img.test/huge.jpg"}
        requested = len(server.requests)
        again = await cache.fetch_async(urls)
        assert again == found
        assert len(server.requests) == requested + 2  # only the two failures are retried
    leftovers = [p for p in (tmp_path / "img").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert cache.prune(urls[:2]) == 8


async def test_catalog_image_urls(service_for) -> None:
    catalog = await service_for(store_api()).sync_async()
    urls = catalog_image_urls(catalog)
    assert urls[0] == "http://img.test/c1.jpg"
    assert len(urls) == 13 == len(set(urls))


def test_cache_keeps_allergens_and_loads_files_written_before_them() -> None:
    import json
    from dataclasses import replace

    from kiosk.services.catalog import decode_catalog
    from tests.ui.fakes import make_catalog

    catalog = make_catalog()
    first = catalog.products[0]
    tagged = replace(first, allergens=("milk", "nuts"), dietary=("vegetarian",))
    catalog = replace(catalog, products=(tagged, *catalog.products[1:]))
    assert decode_catalog(encode_catalog(catalog)).products[0] == tagged

    old = json.loads(encode_catalog(catalog))
    for row in old["products"]:
        del row[10:]  # a cache written before allergens were kept: 10 fields
    loaded = decode_catalog(json.dumps(old).encode())
    assert loaded.products[0] == replace(tagged, allergens=(), dietary=())
    assert len(loaded.products) == len(catalog.products)
