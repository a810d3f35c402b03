"""The FinalPosClient tests' fixture: `make_client(handler, **kwargs)`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from kiosk.finalpos.client import FinalPosClient
from tests.finalpos.client_rig import Handler, Sleeps
from tests.finalpos.wire import API_KEY, BASE_URL


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
