"""The Stripe sandbox's answers on the wire (its SDK-level tests are in tests/payments)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from kiosk.sandbox import demo
from kiosk.sandbox.stripe import create_stripe_app, seed_demo

_BODY = "amount=1234&currency=eur&allowed_payment_method_types[0]=card_present"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    sandbox = create_stripe_app()
    seed_demo(sandbox.state)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sandbox.app),
        base_url="http://stripe.test",
        headers={
            "Authorization": f"Bearer {demo.STRIPE_API_KEY}",
            "Stripe-Account": demo.STRIPE_ACCOUNT,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    ) as http:
        yield http


async def test_only_the_replayed_answer_is_marked_replayed(client: httpx.AsyncClient) -> None:
    first = await client.post(
        "/v1/payment_intents", content=_BODY, headers={"Idempotency-Key": "k"}
    )
    again = await client.post(
        "/v1/payment_intents", content=_BODY, headers={"Idempotency-Key": "k"}
    )
    assert first.status_code == again.status_code == 200
    assert "idempotent-replayed" not in first.headers
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    for answer in (first, again):
        assert answer.headers["content-type"] == "application/json"
        assert answer.headers["request-id"].startswith("req_")
    assert again.headers["request-id"] != first.headers["request-id"]


@pytest.mark.parametrize(
    ("method", "path", "object_id"),
    [
        ("GET", "/v1/payment_intents/pi_missing", "pi_missing"),
        ("POST", "/v1/payment_intents/pi_missing/capture", "pi_missing"),
        ("GET", "/v1/terminal/readers/tmr_missing", "tmr_missing"),
        ("POST", "/v1/terminal/readers/tmr_missing/cancel_action", "tmr_missing"),
    ],
)
async def test_object_routes_look_up_the_id_in_the_path(
    client: httpx.AsyncClient, method: str, path: str, object_id: str
) -> None:
    answer = await client.request(method, path)
    assert answer.status_code == 404
    error = answer.json()["error"]
    assert error["code"] == "resource_missing"
    assert object_id in error["message"]
