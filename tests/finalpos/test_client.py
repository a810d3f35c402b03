"""FinalPosClient over httpx.MockTransport: bodies and parsing, secrets, construction,
and the operations of setup, staff mode and recovery."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import (
    AuthError,
    FinalPosError,
    UnavailableError,
)
from tests.finalpos.client_rig import answering, flaky, order_body
from tests.finalpos.wire import API_KEY, PagedApi, json_response

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
    order = await client.create_order(order_body())
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
