"""FinalPosClient over httpx.MockTransport: errors, retries, paging, parsing, secrets."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient, ListStats
from kiosk.finalpos.errors import (
    AuthError,
    FinalPosError,
    NotFoundError,
    ProtocolError,
    UnavailableError,
    ValidationError,
)
from kiosk.finalpos.transport import _retry_after
from tests.finalpos.wire import API_KEY, BASE_URL, PagedApi, json_response, product, variant

Handler = Callable[[httpx.Request], Any]


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[..., FinalPosClient]]:
    https: list[httpx.AsyncClient] = []

    def factory(handler: Handler, **kwargs: Any) -> FinalPosClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        https.append(http)
        kwargs.setdefault("sleep", Sleeps())
        kwargs.setdefault("rng", lambda: 0.5)
        return FinalPosClient(http, base_url=BASE_URL, api_key=API_KEY, **kwargs)

    yield factory
    for http in https:
        await http.aclose()


def answering(status: int, body: Any, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(status, body, **headers)

    return handler


# --- error mapping -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, ValidationError),
        (401, AuthError),
        (403, AuthError),
        (404, NotFoundError),
        (409, FinalPosError),
        (429, UnavailableError),
        (500, UnavailableError),
        (502, UnavailableError),
        (503, UnavailableError),
    ],
)
async def test_status_maps_to_error_class(make_client, status: int, error_type: type) -> None:
    client = make_client(answering(status, {"statusCode": status, "message": "nope"}))
    with pytest.raises(error_type) as info:
        await client.create_order(_order())
    assert type(info.value) is error_type
    assert info.value.status_code == status
    assert info.value.method == "POST"
    assert info.value.path == "/v1/api/order"


async def test_validation_error_carries_server_messages(make_client) -> None:
    body = {"statusCode": 400, "message": ["balance must be a decimal", "status is required"]}
    client = make_client(answering(400, body))
    with pytest.raises(ValidationError) as info:
        await client.create_order(_order())
    assert info.value.messages == ("balance must be a decimal", "status is required")
    assert "balance must be a decimal" in str(info.value)


async def test_single_string_message_is_one_message(make_client) -> None:
    client = make_client(answering(400, {"statusCode": 400, "message": "Validation failed: x"}))
    with pytest.raises(ValidationError) as info:
        await client.create_order(_order())
    assert info.value.messages == ("Validation failed: x",)


async def test_non_json_success_is_protocol_error(make_client) -> None:
    client = make_client(lambda r: httpx.Response(200, text="<html>proxy login</html>"))
    with pytest.raises(ProtocolError):
        await client.get_order("o1")


async def test_wrong_shape_is_protocol_error(make_client) -> None:
    client = make_client(answering(200, {"name": "no id"}))
    with pytest.raises(ProtocolError, match="Order"):
        await client.get_order("o1")
    client = make_client(answering(200, {"not": "a list"}))
    with pytest.raises(ProtocolError, match="array"):
        await client.list_products()


async def test_connect_error_is_unavailable_and_not_sent(make_client) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = make_client(refuse)
    with pytest.raises(UnavailableError) as info:
        await client.create_order(_order())
    assert info.value.outcome_unknown is False
    assert info.value.status_code is None


async def test_read_timeout_on_post_leaves_outcome_unknown(make_client) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = make_client(slow)
    with pytest.raises(UnavailableError, match="timed out") as info:
        await client.create_order(_order())
    assert info.value.outcome_unknown is True


# --- retries -------------------------------------------------------------------------


def flaky(failures: list[httpx.Response | Exception], then: httpx.Response) -> tuple[Handler, list]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= len(failures):
            outcome = failures[len(seen) - 1]
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        return then

    return handler, seen


async def test_get_retries_with_exponential_backoff(make_client) -> None:
    handler, seen = flaky(
        [json_response(503, {}), httpx.ConnectError("down"), json_response(502, {})],
        json_response(200, {"id": "o1", "status": "pending"}),
    )
    sleeps = Sleeps()
    client = make_client(handler, sleep=sleeps, backoff_base_s=0.2, max_get_attempts=4)
    order = await client.get_order("o1")
    assert order.status == "pending"
    assert len(seen) == 4
    # full jitter with rng() = 0.5: half of 0.2, 0.4, 0.8
    assert sleeps.calls == pytest.approx([0.1, 0.2, 0.4])


async def test_backoff_is_capped(make_client) -> None:
    handler, _ = flaky([json_response(500, {})] * 5, json_response(200, []))
    sleeps = Sleeps()
    client = make_client(
        handler,
        sleep=sleeps,
        rng=lambda: 1.0,
        backoff_base_s=1,
        backoff_max_s=2.5,
        max_get_attempts=6,
    )
    await client.list_outlets()
    assert sleeps.calls == [1.0, 2.0, 2.5, 2.5, 2.5]


async def test_get_gives_up_after_max_attempts(make_client) -> None:
    handler, seen = flaky([json_response(503, {})] * 10, json_response(200, []))
    sleeps = Sleeps()
    client = make_client(handler, sleep=sleeps, max_get_attempts=3)
    with pytest.raises(UnavailableError) as info:
        await client.list_outlets()
    assert info.value.status_code == 503
    assert len(seen) == 3
    assert len(sleeps.calls) == 2


@pytest.mark.parametrize("method", ["POST", "PUT"])
async def test_writes_are_never_retried(make_client, method: str) -> None:
    handler, seen = flaky([json_response(503, {}), json_response(503, {})], json_response(200, {}))
    sleeps = Sleeps()
    client = make_client(handler, sleep=sleeps)
    with pytest.raises(UnavailableError):
        if method == "POST":
            await client.create_order(_order())
        else:
            await client.update_order("o1", m.OrderUpdate(status="completed"))
    assert len(seen) == 1
    assert seen[0].method == method
    assert sleeps.calls == []


async def test_429_honours_retry_after(make_client) -> None:
    handler, seen = flaky(
        [json_response(429, {"message": "slow down"}, **{"retry-after": "3"})],
        json_response(200, []),
    )
    sleeps = Sleeps()
    client = make_client(handler, sleep=sleeps, retry_after_cap_s=10)
    assert await client.list_products() == []
    assert sleeps.calls == [3.0]
    assert len(seen) == 2


async def test_429_with_retry_after_beyond_cap_is_not_waited_for(make_client) -> None:
    handler, seen = flaky(
        [json_response(429, {}, **{"retry-after": "120"})], json_response(200, [])
    )
    sleeps = Sleeps()
    client = make_client(handler, sleep=sleeps, retry_after_cap_s=10)
    with pytest.raises(UnavailableError) as info:
        await client.list_products()
    assert info.value.retry_after_s == 120
    assert sleeps.calls == []
    assert len(seen) == 1


def test_retry_after_parses_seconds_and_dates() -> None:
    assert _retry_after("7") == 7
    assert _retry_after(None) is None
    assert _retry_after("soon") is None
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0  # in the past: go now
    assert (_retry_after("Fri, 01 Jan 2100 00:00:00 GMT") or 0) > 50


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


# --- parsing and bodies --------------------------------------------------------------


async def test_catalog_numbers_become_exact_decimals(make_client) -> None:
    raw = (
        b'[{"id": "v1", "productId": "p", "price": 0.30000000000000004, "salePrice": 0.1,'
        b' "costPrice": 12345678901234567890.123456789}]'
    )
    client = make_client(
        lambda r: httpx.Response(200, content=raw if r.url.params["skip"] == "0" else b"[]")
    )
    [v] = await client.list_variants()
    assert v.price == Decimal("0.30000000000000004")
    assert v.sale_price == Decimal("0.1")
    assert v.cost_price == Decimal("12345678901234567890.123456789")
    assert isinstance(v.price, Decimal)


async def test_decimal_strings_round_trip_as_strings(make_client) -> None:
    bodies: list[Any] = []

    def echo(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        return json_response(201, {"id": "o1", **body})

    client = make_client(echo)
    order = await client.create_order(_order())
    assert bodies[0]["balance"] == "12.50"
    assert bodies[0]["summary"] == {
        "discountTotal": "0.00",
        "total": "12.50",
        "totalTaxes": "2.08",
        "taxes": [],
    }
    assert order.balance == Decimal("12.50")
    assert order.summary is not None and order.summary.total == Decimal("12.50")


async def test_update_sends_partial_put(make_client) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {"id": "o 1/x", "status": "completed"})

    client = make_client(record)
    await client.update_order("o 1/x", m.OrderUpdate(status="completed", balance=Decimal("0.00")))
    await client.update_session("s1", m.SessionUpdate(closing_note="bye"))
    await client.update_station("st1", m.StationUpdate(status="IN_USE"))
    assert [r.method for r in seen] == ["PUT", "PUT", "PUT"]
    assert seen[0].url.raw_path == b"/v1/api/order/o%201%2Fx"
    assert json.loads(seen[0].content) == {"status": "completed", "balance": "0.00"}
    assert json.loads(seen[1].content) == {"closingNote": "bye"}
    assert json.loads(seen[2].content) == {"status": "IN_USE"}


async def test_every_request_has_key_and_timeout(make_client) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, [])

    client = make_client(record, timeout=3.5)
    await client.list_outlets()
    assert seen[0].headers["x-api-key"] == API_KEY
    assert seen[0].extensions["timeout"] == {
        "connect": 3.5,
        "read": 3.5,
        "write": 3.5,
        "pool": 3.5,
    }


async def test_session_create_sends_required_defaults(make_client) -> None:
    bodies: list[Any] = []

    def echo(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return json_response(201, {"id": "s1", **bodies[-1]})

    client = make_client(echo)
    session = await client.create_session(
        m.SessionCreate(
            station_id="st1",
            session_number="K1-1",
            opened_by="Kiosk 1",
            open_time="2025-01-29T09:00:00.000Z",  # type: ignore[arg-type]
            opening_amount=Decimal("0.00"),
        )
    )
    assert bodies[0]["notes"] == [] and bodies[0]["closingAmounts"] == {}
    assert bodies[0]["openingNote"] == "" and bodies[0]["openingAmount"] == "0.00"
    assert session.is_open


# --- secrets -------------------------------------------------------------------------


async def test_api_key_never_leaks(make_client, caplog) -> None:
    echoing = {"statusCode": 401, "message": f"Invalid API key {API_KEY}"}
    responses = [
        json_response(401, echoing),
        json_response(400, {"message": [f"bad key {API_KEY}"]}),
        json_response(404, {}),
        json_response(503, {"message": API_KEY}),
        json_response(200, "not a record"),
        httpx.Response(200, text="garbage"),
    ]
    errors: list[FinalPosError] = []
    for response in responses:
        client = make_client(lambda r, resp=response: resp, max_get_attempts=2)
        assert API_KEY not in repr(client) and API_KEY not in str(client)
        with caplog.at_level(logging.DEBUG), pytest.raises(FinalPosError) as info:
            await client.get_order("o1")
        errors.append(info.value)

    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused (key was {API_KEY})", request=request)

    client = make_client(boom)
    with caplog.at_level(logging.DEBUG), pytest.raises(FinalPosError) as info:
        await client.get_order("o1")
    errors.append(info.value)
    for error in errors:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert all(API_KEY not in str(v) for v in vars(error).values())
    assert caplog.records, "the client should have logged the retries"
    assert API_KEY not in caplog.text


def _order() -> m.OrderCreate:
    return m.OrderCreate(
        receipt_id="K1-0001",
        status="pending",
        source="kiosk",
        balance=Decimal("12.50"),
        currency="EUR",
        summary=m.OrderSummary(
            discount_total=Decimal("0.00"), total=Decimal("12.50"), total_taxes=Decimal("2.08")
        ),
    )


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


def test_package_exports() -> None:
    import kiosk.finalpos as finalpos

    assert finalpos.FinalPosClient is FinalPosClient
    assert issubclass(finalpos.UnavailableError, finalpos.FinalPosError)


async def test_from_settings_uses_configured_timeout_and_key() -> None:
    from kiosk.config import Settings

    settings = Settings(
        finalpos_url="http://finalpos.test/", finalpos_api_key=API_KEY, http_timeout_s=7
    )
    async with FinalPosClient.from_settings(settings) as client:
        assert client.base_url == "http://finalpos.test"
        assert client._transport.timeout.read == 7 and client._transport.timeout.connect == 5
        assert API_KEY not in repr(client)
    with pytest.raises(ValueError, match="no Final POS API key"):
        FinalPosClient.from_settings(Settings(finalpos_api_key=None))


# --- operations for setup, staff mode and recovery ---------------------------------------


async def test_roles_listing_missing_is_no_roles(make_client) -> None:
    client = make_client(answering(404, {"statusCode": 404, "message": "Cannot GET /v1/api/roles"}))
    assert await client.list_roles() == []
    client = make_client(answering(401, {"statusCode": 401, "message": "nope"}))
    with pytest.raises(AuthError):
        await client.list_roles()
    perms = [{"name": "refund_order", "value": True}, {"name": "close_session", "value": False}]
    api = PagedApi({"/v1/api/roles": [{"id": "r1", "name": "Manager", "permissions": perms}]})
    [role] = await make_client(api).list_roles()
    assert role.allows("refund_order") and not role.allows("close_session")
    assert not role.allows("unknown")


async def test_create_station_sends_the_required_fields(make_client) -> None:
    bodies: list[Any] = []

    def echo(request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == ("POST", "/v1/api/station")
        bodies.append(json.loads(request.content))
        return json_response(201, {"id": "st9", **bodies[-1]})

    station = await make_client(echo).create_station(
        m.StationCreate(name="Kiosk 2", outlet_id="o1", status="AVAILABLE")
    )
    assert bodies == [{"name": "Kiosk 2", "outletId": "o1", "status": "AVAILABLE"}]
    assert station.id == "st9"


async def test_set_variant_stock_rewrites_the_whole_inventory(make_client) -> None:
    stored = {
        "id": "v1",
        "productId": "p1",
        "price": 4.5,
        "manageStock": False,
        "inventory": [{"outletId": "a", "stock": 3}, {"outletId": "b", "stock": 7}],
    }
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "PUT":
            stored.update(json.loads(request.content))
        return json_response(200, stored)

    client = make_client(api)
    variant = await client.set_variant_stock("v1", outlet_id="a", stock=0, allow_backorder=False)
    assert [r.method for r in seen] == ["GET", "PUT"]
    assert seen[1].url.path == "/v1/api/variant/v1"
    assert json.loads(seen[1].content) == {
        "manageStock": True,
        "allowBackorder": False,
        "inventory": [{"outletId": "a", "stock": 0}, {"outletId": "b", "stock": 7}],
    }
    assert variant.stock_at("a") == 0 and variant.stock_at("b") == 7
    await client.set_variant_stock("v1", outlet_id="c", stock=2)
    assert json.loads(seen[3].content)["inventory"][-1] == {"outletId": "c", "stock": 2}
    with pytest.raises(TypeError):
        await client.set_variant_stock("v1", outlet_id="a", stock=1.5)  # type: ignore[arg-type]


async def test_variant_update_sends_catalog_prices_as_json_numbers(make_client) -> None:
    bodies: list[bytes] = []

    def echo(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return json_response(200, {"id": "v1"})

    client = make_client(echo)
    await client.update_variant(
        "v1", m.VariantUpdate(price=Decimal("4.50"), sale_price=Decimal("4"))
    )
    assert json.loads(bodies[0]) == {"price": 4.5, "salePrice": 4}
    assert isinstance(json.loads(bodies[0])["salePrice"], int)


async def test_delete_order_is_sent_once(make_client) -> None:
    handler, seen = flaky([json_response(503, {})], json_response(200, {}))
    client = make_client(handler)
    with pytest.raises(UnavailableError):
        await client.delete_order("o1")
    assert [(r.method, r.url.path) for r in seen] == [("DELETE", "/v1/api/order/o1")]
    ok = make_client(answering(200, {"statusCode": 200, "message": "Resource with Id o1 deleted"}))
    assert (await ok.delete_order("o1")).status_code == 200


async def test_find_orders_pages_everything_and_sorts_newest_first(make_client) -> None:
    def order(i: int, when: str | None, ext: str | None) -> dict[str, Any]:
        record: dict[str, Any] = {"id": f"o{i}", "externalId": ext, "sessionId": f"s{i % 2}"}
        if when:
            record["createdAt"] = when
        return record

    records = [
        order(0, "2025-12-07T10:00:00.000+00:00", "k1-a"),
        order(1, "2025-12-07T12:00:00.000+01:00", "k1-b"),  # 11:00 UTC
        order(2, None, "k1-c"),
        order(3, "2025-12-07T13:00:00.000+00:00", "k2-a"),
        order(4, "2025-12-07T09:00:00.000+00:00", "k1-d"),
        order(5, "2025-12-07T14:00:00", "k1-e"),  # no offset: read as UTC
    ] + [order(i, "2025-12-01T00:00:00.000+00:00", None) for i in range(6, 30)]
    api = PagedApi({"/v1/api/orders": records})
    client = make_client(api, page_size=7, page_concurrency=2)
    found = await client.find_orders(external_id_prefix="k1-")
    assert [o.id for o in found] == ["o5", "o1", "o0", "o4", "o2"]
    assert max(api.skips("/v1/api/orders")) >= 28  # no filter on the server: every page
    since = datetime(2025, 12, 7, 10, 30, tzinfo=UTC)
    assert [o.id for o in await client.find_orders(external_id_prefix="k1-", since=since)] == [
        "o5",
        "o1",
        "o2",  # no createdAt: cannot be proven older
    ]
    assert [o.id for o in await client.find_orders(external_id="k1-b")] == ["o1"]
    by_session = await client.find_orders(external_id_prefix="k", session_id="s1")
    assert [o.id for o in by_session] == ["o5", "o3", "o1"]
