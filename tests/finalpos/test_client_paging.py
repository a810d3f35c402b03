"""FinalPosClient over httpx.MockTransport: paged listings (concurrency, order, server
caps, malformed records)."""

from __future__ import annotations

import asyncio
import logging
from contextlib import aclosing
from decimal import Decimal

import httpx
import pytest

from kiosk.finalpos.client import ListStats
from kiosk.finalpos.errors import (
    NotFoundError,
    ProtocolError,
)
from tests.finalpos.client_rig import answering
from tests.finalpos.wire import PagedApi, json_response, product, variant

# --- paging --------------------------------------------------------------------------


async def test_short_first_page_ends_after_one_confirmation(make_client) -> None:
    api = PagedApi({"/v1/api/products": [product(f"p{i}") for i in range(3)]})
    client = make_client(api, page_size=5)
    products = await client.list_products()
    assert [p.id for p in products] == ["p0", "p1", "p2"]
    assert api.skips("/v1/api/products") == [0, 3]  # the end is confirmed once
    assert api.requests[0].url.params["limit"] == "5"


async def test_pages_run_concurrently_within_bound_and_keep_order(make_client) -> None:
    api = PagedApi({"/v1/api/variants": [variant(f"v{i}", "p") for i in range(53)]}, delay_s=0.01)
    client = make_client(api, page_size=5, page_concurrency=3)
    stats = ListStats()
    ids = [v.id async for v in client.iter_variants(stats=stats)]
    assert ids == [f"v{i}" for i in range(53)]
    assert api.max_in_flight == 3
    skips = api.skips("/v1/api/variants")
    assert skips[0] == 0
    # every page up to the short one (skip 50), at most concurrency-1 beyond it, and the
    # confirmation just past the last record
    assert set(range(0, 55, 5)) | {53} <= set(skips) <= set(range(0, 55 + 10, 5)) | {53}
    assert stats.records == 53


async def test_first_page_is_fetched_alone(make_client) -> None:
    api = PagedApi({"/v1/api/products": [product(f"p{i}") for i in range(12)]}, delay_s=0.005)
    first_done = asyncio.Event()
    seen_before_first: list[int] = []

    def observe(request: httpx.Request) -> None:
        if not first_done.is_set() and int(request.url.params["skip"]) > 0:
            seen_before_first.append(int(request.url.params["skip"]))
        return None

    api.extra = observe  # type: ignore[assignment]
    client = make_client(api, page_size=5, page_concurrency=4)
    async with aclosing(client.iter_products()) as products:
        async for _ in products:
            first_done.set()
    assert seen_before_first == []
    assert len(api.requests) >= 3


async def test_server_cap_below_limit_is_detected_and_adopted(make_client, caplog) -> None:
    api = PagedApi({"/v1/api/products": [product(f"p{i}") for i in range(23)]})
    inner = api.__call__

    async def capped(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        params["limit"] = str(min(int(params["limit"]), 4))  # the server's own maximum
        return await inner(
            httpx.Request("GET", request.url.copy_with(params=params), headers=request.headers)
        )

    client = make_client(capped, page_size=10, page_concurrency=3)
    with caplog.at_level(logging.WARNING):
        products = await client.list_products()
    assert [p.id for p in products] == [f"p{i}" for i in range(23)]
    assert "paging by 4" in caplog.text


async def test_server_ignoring_skip_is_a_protocol_error(make_client) -> None:
    page = [product(f"p{i}") for i in range(5)]
    client = make_client(answering(200, page), page_size=5)
    with pytest.raises(ProtocolError, match="repeats"):
        await client.list_products()


async def test_exact_multiple_ends_on_empty_page(make_client) -> None:
    api = PagedApi({"/v1/api/categories": [{"id": f"c{i}", "name": "x"} for i in range(10)]})
    client = make_client(api, page_size=5, page_concurrency=1)
    assert len(await client.list_categories()) == 10
    assert api.skips("/v1/api/categories") == [0, 5, 10]


async def test_failed_page_fails_the_listing_and_cancels_the_rest(make_client) -> None:
    def fail_page_2(request: httpx.Request) -> httpx.Response | None:
        if request.url.params.get("skip") == "10":
            return json_response(404, {"message": "gone"})
        return None

    api = PagedApi(
        {"/v1/api/products": [product(f"p{i}") for i in range(40)]},
        delay_s=0.002,
        extra=fail_page_2,
    )
    client = make_client(api, page_size=5, page_concurrency=4)
    got: list[str] = []
    with pytest.raises(NotFoundError):
        async for p in client.iter_products():
            got.append(p.id)
    assert got == [f"p{i}" for i in range(10)]


async def test_abandoned_listing_cancels_pending_pages(make_client) -> None:
    api = PagedApi({"/v1/api/orders": [{"id": f"o{i}"} for i in range(100)]}, delay_s=0.002)
    client = make_client(api, page_size=5, page_concurrency=4)
    async with aclosing(client.iter_orders()) as orders:
        async for order in orders:
            if order.id == "o7":
                break
    requested = len(api.requests)
    await asyncio.sleep(0.02)
    assert len(api.requests) == requested <= 6
    assert api.in_flight == 0


async def test_find_order_by_external_id_stops_when_found(make_client) -> None:
    orders = [{"id": f"o{i}", "externalId": f"ext-{i}"} for i in range(60)]
    api = PagedApi({"/v1/api/orders": orders})
    client = make_client(api, page_size=10, page_concurrency=2)
    found = await client.find_order_by_external_id("ext-23")
    assert found is not None and found.id == "o23"
    assert max(api.skips("/v1/api/orders")) <= 40
    assert await client.find_order_by_external_id("nope") is None


async def test_malformed_record_is_skipped_and_counted(make_client, caplog) -> None:
    records = [variant(f"v{i}", "p1") for i in range(7)]
    records[3] = variant("v3", "p1", inventory="lots")
    records[5] = {"productId": "p1", "price": 1}  # no id
    api = PagedApi({"/v1/api/variants": records})
    client = make_client(api, page_size=3)
    stats = ListStats()
    with caplog.at_level(logging.WARNING, logger="kiosk.finalpos"):
        variants = await client.list_variants(stats=stats)
    assert [v.id for v in variants] == ["v0", "v1", "v2", "v4", "v6"]
    assert stats.skipped == 2
    assert stats.skipped_ids == ["v3", "<no id>"]
    assert client.skipped["/v1/api/variants"] == 2
    assert "v3" in caplog.text and "inventory" in caplog.text


async def test_a_price_that_is_not_a_number_reaches_the_mapping_as_nan(make_client) -> None:
    # Dropping the variant here would sell its product without that option (or at minPrice);
    # the record is kept with a NaN price and the mapping skips the whole product.
    records = [
        variant("v0", "p1", price="not a number"),
        variant("v1", "p1", price=True),
        variant("v2", "p1", price={"amount": 1}),
        variant("v3", "p1", salePrice="sNaN"),
        variant("v4", "p1", price="4.50"),
    ]
    api = PagedApi({"/v1/api/variants": records})
    client = make_client(api, page_size=10)
    variants = await client.list_variants()
    assert [v.id for v in variants] == ["v0", "v1", "v2", "v3", "v4"]
    assert all(v.price is not None and v.price.is_nan() for v in variants[:3])
    assert variants[3].sale_price is not None and variants[3].sale_price.is_qnan()
    assert variants[4].price == Decimal("4.50")
    assert client.skipped.total() == 0


async def test_page_iterators_yield_whole_pages(make_client) -> None:
    api = PagedApi({"/v1/api/variants": [variant(f"v{i}", "p") for i in range(12)]})
    client = make_client(api, page_size=5, page_concurrency=2)
    stats = ListStats()
    pages = [[v["id"] for v in page] async for page in client.iter_variant_pages(stats=stats)]
    assert pages == [[f"v{i}" for i in range(k, min(k + 5, 12))] for k in (0, 5, 10)]
    assert stats.pages == 4 and stats.records == 12  # three pages and the confirmation


async def test_page_iterators_skip_and_log_malformed_records(make_client, caplog) -> None:
    records = [variant(f"v{i}", "p1") for i in range(5)]
    records[1] = variant("v1", "p1", inventory="lots")
    records[3] = variant("v3", "p1", createdAt="not a time")  # a field the menu never reads
    api = PagedApi({"/v1/api/variants": records})
    client = make_client(api, page_size=10)
    stats = ListStats()
    with caplog.at_level(logging.WARNING, logger="kiosk.finalpos"):
        pages = [page async for page in client.iter_variant_pages(stats=stats)]
    assert [v["id"] for page in pages for v in page] == ["v0", "v2", "v3", "v4"]
    assert stats.skipped_ids == ["v1"] and client.skipped["/v1/api/variants"] == 1
    assert "v1" in caplog.text and "inventory" in caplog.text
    assert pages[0][0]["price"] == Decimal("4.5")  # no float on the way
