"""FinalPosClient against a misbehaving loopback server: total deadline, size cap, parse errors.

httpx's timeouts are per phase: a server that sends a byte just inside the read timeout holds
a request forever. These tests use a real socket (tests/finalpos/misbehaving.py) and measure
wall-clock time, so a client without a total deadline fails them instead of passing slowly.
"""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from kiosk.finalpos.client import DEFAULT_MAX_RESPONSE_BYTES, FinalPosClient
from kiosk.finalpos.errors import (
    FinalPosError,
    ProtocolError,
    UnavailableError,
    UnreadableAnswerError,
)
from tests.finalpos.misbehaving import (
    Behaviour,
    MisbehavingServer,
    dribbled_body,
    endless_body,
    fixed,
    slow_headers,
)
from tests.fixtures.finalpos import order_create

DEADLINE_S = 1.0
READ_TIMEOUT_S = 0.5  # each dribble below comes sooner, so only the deadline can end it


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Any]]:
    servers: list[MisbehavingServer] = []
    clients: list[FinalPosClient] = []

    async def start(behaviour: Behaviour, **kwargs: Any) -> tuple[MisbehavingServer, Any]:
        server = await MisbehavingServer(behaviour).start()
        servers.append(server)
        kwargs.setdefault("deadline_s", DEADLINE_S)
        kwargs.setdefault("max_get_attempts", 1)
        kwargs.setdefault("sleep", _no_sleep)
        client = FinalPosClient.create(
            base_url=server.url, api_key="fp_test_key", timeout_s=READ_TIMEOUT_S, **kwargs
        )
        clients.append(client)
        return server, client

    yield start
    for client in clients:
        await client.aclose()
    for server in servers:
        await server.stop()


async def timed(call: Any) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        await call
    except Exception as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


# --- the total deadline ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "behaviour",
    [slow_headers(every_s=0.2, for_s=8), dribbled_body(every_s=0.2, for_s=8)],
    ids=["slow-headers", "dribbled-body"],
)
async def test_a_get_ends_at_its_deadline(serve, behaviour: Behaviour) -> None:
    _, client = await serve(behaviour)
    error, elapsed = await timed(client.get_order("o1"))
    assert isinstance(error, UnavailableError), error
    assert "timed out" in str(error) and not error.outcome_unknown
    assert DEADLINE_S * 0.9 <= elapsed < DEADLINE_S + 1.0


@pytest.mark.parametrize(
    "behaviour",
    [slow_headers(every_s=0.2, for_s=8), dribbled_body(every_s=0.2, for_s=8, status=201)],
    ids=["slow-headers", "dribbled-body"],
)
async def test_a_timed_out_post_stays_outcome_unknown(serve, behaviour: Behaviour) -> None:
    server, client = await serve(behaviour)
    error, elapsed = await timed(client.create_order(order_create()))
    assert isinstance(error, UnavailableError), error
    assert error.outcome_unknown is True  # it reached the server: it may have been applied
    assert elapsed < DEADLINE_S + 1.0
    assert server.requests == 1  # never retried


async def test_get_retries_each_have_a_deadline(serve) -> None:
    deadline_s = 0.4
    server, client = await serve(
        slow_headers(every_s=0.1, for_s=8), max_get_attempts=3, deadline_s=deadline_s
    )
    error, elapsed = await timed(client.list_outlets())
    assert isinstance(error, UnavailableError)
    assert server.requests == 3
    assert 3 * deadline_s * 0.9 <= elapsed < 3 * deadline_s + 1.0


def test_deadline_defaults_to_the_timeout() -> None:
    client = FinalPosClient.create(base_url="http://x.test", api_key="k", timeout_s=3)
    assert client.deadline_s == 3
    with pytest.raises(ValueError, match="positive"):
        FinalPosClient.create(base_url="http://x.test", api_key="k", deadline_s=0)


# --- the size cap -------------------------------------------------------------------------


async def test_an_endless_body_is_cut_at_the_cap_without_reading_it_whole(serve) -> None:
    cap = 2 * 1024 * 1024
    server, client = await serve(endless_body(), max_response_bytes=cap, deadline_s=20)
    tracemalloc.start()
    try:
        error, elapsed = await timed(client.list_products())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, ProtocolError) and not isinstance(error, UnavailableError), error
    assert "larger than the limit" in str(error)
    assert elapsed < 5
    assert server.bytes_sent < cap + 4 * 1024 * 1024  # stopped soon after the cap
    print(f"peak {peak / 1e6:.1f} MB, {server.bytes_sent / 1e6:.1f} MB sent, {elapsed:.2f} s")
    assert peak < 3 * cap, f"peak {peak / 1e6:.1f} MB for a {cap / 1e6:.1f} MB cap"


async def test_a_declared_length_past_the_cap_is_refused_before_reading(serve) -> None:
    _, client = await serve(endless_body(declared=10**12), max_response_bytes=10**6)
    error, elapsed = await timed(client.get_order("o1"))
    assert isinstance(error, ProtocolError) and "10" in str(error)
    assert elapsed < DEADLINE_S


async def test_an_oversized_write_answer_is_applied_but_unreadable(serve) -> None:
    body = b'{"id": "o1", "notes": ["' + b"x" * 5000 + b'"]}'
    _, client = await serve(fixed(201, body), max_response_bytes=1000)
    error, _ = await timed(client.create_order(order_create()))
    assert isinstance(error, UnreadableAnswerError)
    # callers that look before re-sending an unknown write see one here
    assert isinstance(error, UnavailableError) and error.outcome_unknown
    assert isinstance(error, ProtocolError) and error.status_code == 201


async def test_a_huge_error_body_still_maps_to_its_status(serve) -> None:
    _, client = await serve(fixed(503, b'{"message": "' + b"x" * 200_000 + b'"}'))
    error, _ = await timed(client.get_order("o1"))
    assert isinstance(error, UnavailableError) and error.status_code == 503


async def test_a_gzip_bomb_is_bounded_by_the_decoded_size(serve) -> None:
    bomb = gzip.compress(b"[" + b" " * (50 * 1024 * 1024) + b"]")
    _, client = await serve(
        fixed(200, bomb, content_encoding="gzip"), max_response_bytes=1024 * 1024
    )
    error, _ = await timed(client.list_products())
    assert isinstance(error, ProtocolError) and "larger than the limit" in str(error)


async def test_a_broken_gzip_body_is_a_protocol_error(serve) -> None:
    _, client = await serve(fixed(200, b"not gzip at all", content_encoding="gzip"))
    error, _ = await timed(client.get_order("o1"))
    assert isinstance(error, ProtocolError) and "decoded" in str(error)


def test_default_cap_fits_a_page_of_rich_products() -> None:
    # 500 products with a 20 KB HTML description each (a web shop's), as the client pages.
    description = "<p>" + "Organic, fair-trade and roasted in house. " * 480 + "</p>"
    record = {
        "id": "6935d6242487c7e6a3f57025",
        "name": "A product with a long name",
        "productType": "Food",
        "description": description,
        "shortDescription": description[:500],
        "images": ["https://cdn.example.com/p/6935d6242487c7e6a3f57025.jpg"] * 4,
        "categories": ["6935d6242487c7e6a3f57026"],
        "outlets": ["6935d6242487c7e6a3f57027"],
        "attributes": [{"name": "Size", "values": ["S", "M", "L"]}],
    }
    page = httpx.Response(200, json=[record] * 500).content
    assert len(page) > 500 * 20_000
    assert len(page) < DEFAULT_MAX_RESPONSE_BYTES / 1.5  # with room to spare


# --- parse failures are the client's own errors ------------------------------------------


DEEP = 100_000


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[" * DEEP + b"]" * DEEP, "nested too deeply"),
        (b'{"a":' * DEEP + b"1" + b"}" * DEEP, "nested too deeply"),
        (b"<html>login</html>", "not JSON"),
        (b"\xff\xfe[]", "not JSON"),
        (b"[" + b"1" * 5000 + b"]", "not JSON"),  # longer than Python parses an int
        (b'{"id": 5}', "unexpected"),
        (b"[1, 2]", "unexpected"),
    ],
    ids=["deep-array", "deep-object", "html", "bad-utf8", "huge-int", "id-type", "not-object"],
)
async def test_every_bad_body_is_a_protocol_error(serve, body: bytes, reason: str) -> None:
    _, client = await serve(fixed(200, body))
    error, _ = await timed(client.get_order("o1"))
    assert type(error) is ProtocolError, repr(error)
    assert reason in str(error)
    assert error.__cause__ is None and error.__suppress_context__


async def test_a_deep_listing_page_is_a_protocol_error(serve) -> None:
    _, client = await serve(fixed(200, b"[" * DEEP + b"]" * DEEP))
    error, _ = await timed(client.list_variants())
    assert type(error) is ProtocolError and "nested too deeply" in str(error)


async def test_a_deep_write_answer_is_unreadable_not_a_recursion_error(serve) -> None:
    _, client = await serve(fixed(201, b"[" * DEEP + b"]" * DEEP))
    error, _ = await timed(client.create_order(order_create()))
    assert isinstance(error, UnreadableAnswerError) and error.outcome_unknown


async def test_a_deep_error_body_keeps_its_status(serve) -> None:
    _, client = await serve(fixed(400, b'{"message":' + b"[" * DEEP + b"]" * DEEP + b"}"))
    error, _ = await timed(client.create_order(order_create()))
    assert isinstance(error, FinalPosError) and error.status_code == 400


async def test_the_client_still_works_after_cut_requests(serve) -> None:
    # A request abandoned at its deadline must not poison the connection pool.
    answers = iter([slow_headers(every_s=0.1, for_s=3), fixed(200, b'{"id": "o1"}')])

    async def behave(conn: Any) -> None:
        await next(answers)(conn)

    _, client = await serve(behave)
    error, _ = await timed(client.get_order("o1"))
    assert isinstance(error, UnavailableError)
    order = await asyncio.wait_for(client.get_order("o1"), 5)
    assert order.id == "o1"
