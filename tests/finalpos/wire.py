"""Builders for Final POS wire JSON and a paging MockTransport handler for tests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

API_KEY = "fp_test_SECRET_9f8e7d6c5b4a"
BASE_URL = "http://finalpos.test"
OUTLET = "0" * 23 + "1"
OTHER_OUTLET = "0" * 23 + "2"


def category(cid: str, name: str = "", menu_order: int = 0, **extra: Any) -> dict[str, Any]:
    return {"id": cid, "name": name or f"Category {cid}", "menuOrder": menu_order, **extra}


def product(pid: str, name: str = "", **extra: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "name": name or f"Product {pid}",
        "productType": "Food",
        "categories": ["c1"],
        **extra,
    }


def variant(vid: str, pid: str, price: Any = 4.5, **extra: Any) -> dict[str, Any]:
    return {"id": vid, "productId": pid, "price": price, "manageStock": False, **extra}


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **headers},
    )


@dataclass
class PagedApi:
    """A MockTransport handler serving listings with skip/limit, recording every request.

    `bodies` maps a path to its records, or to raw JSON text (to send exact numbers).
    `delay_s` keeps page requests in flight long enough to observe concurrency.
    """

    records: dict[str, list[Any]] = field(default_factory=dict)
    delay_s: float = 0.0
    requests: list[httpx.Request] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    extra: Callable[[httpx.Request], httpx.Response | None] | None = None

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if self.extra is not None:
                answer = self.extra(request)
                if answer is not None:
                    return answer
            if request.headers.get("x-api-key") != API_KEY:
                return json_response(401, {"statusCode": 401, "message": "Unauthorized"})
            path = request.url.path
            if path not in self.records:
                return json_response(404, {"statusCode": 404, "message": "Not Found"})
            skip = int(request.url.params.get("skip", 0))
            limit = int(request.url.params.get("limit", 0)) or None
            items = self.records[path]
            page = items[skip : skip + limit if limit else None]
            return json_response(200, page)
        finally:
            self.in_flight -= 1

    def skips(self, path: str) -> list[int]:
        return [int(r.url.params["skip"]) for r in self.requests if r.url.path == path]
