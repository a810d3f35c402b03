"""What the FinalPosClient tests share: a client over httpx.MockTransport whose back-off
sleeps are recorded instead of waited (`make_client`, a fixture in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

from kiosk.finalpos import models as m
from tests.finalpos.wire import json_response

Handler = Callable[[httpx.Request], Any]


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def answering(status: int, body: Any, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(status, body, **headers)

    return handler


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


def order_body() -> m.OrderCreate:
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
