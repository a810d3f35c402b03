"""FinalPosClient over httpx.MockTransport: errors mapped to their classes, and which
requests are retried."""

from __future__ import annotations

import httpx
import pytest

from kiosk.finalpos import models as m
from kiosk.finalpos.errors import (
    AuthError,
    FinalPosError,
    NotFoundError,
    ProtocolError,
    UnavailableError,
    ValidationError,
)
from kiosk.finalpos.transport import _retry_after
from tests.finalpos.client_rig import Sleeps, answering, flaky, order_body
from tests.finalpos.wire import json_response

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
        await client.create_order(order_body())
    assert type(info.value) is error_type
    assert info.value.status_code == status
    assert info.value.method == "POST"
    assert info.value.path == "/v1/api/order"


async def test_validation_error_carries_server_messages(make_client) -> None:
    body = {"statusCode": 400, "message": ["balance must be a decimal", "status is required"]}
    client = make_client(answering(400, body))
    with pytest.raises(ValidationError) as info:
        await client.create_order(order_body())
    assert info.value.messages == ("balance must be a decimal", "status is required")
    assert "balance must be a decimal" in str(info.value)


async def test_single_string_message_is_one_message(make_client) -> None:
    client = make_client(answering(400, {"statusCode": 400, "message": "Validation failed: x"}))
    with pytest.raises(ValidationError) as info:
        await client.create_order(order_body())
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
        await client.create_order(order_body())
    assert info.value.outcome_unknown is False
    assert info.value.status_code is None


async def test_read_timeout_on_post_leaves_outcome_unknown(make_client) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = make_client(slow)
    with pytest.raises(UnavailableError, match="timed out") as info:
        await client.create_order(order_body())
    assert info.value.outcome_unknown is True


# --- retries -------------------------------------------------------------------------


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
            await client.create_order(order_body())
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
