"""The Final POS client's core: construction, lifecycle and the request plumbing.

`ClientBase` wires the injected `httpx.AsyncClient` into a `Transport` (the `x-api-key`
header, an explicit timeout and a total deadline per request, GET-only retries, failures
mapped to `kiosk.finalpos.errors`) and a `Pager` (`skip`/`limit` listings, several pages in
flight, malformed records left out). The endpoint groups (`client_store`, `client_sales`)
build on `_get_one`, `_send`, `_delete`, `_iter` and `_pages`; `FinalPosClient` joins them.

Secrets: the key is a `SecretStr`, sent only as a per-request header, and redacted from any
server message that echoes it. `repr(client)`, logs and errors never contain it.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
import pydantic
from pydantic import SecretStr

from kiosk.config import Settings
from kiosk.finalpos import models as m
from kiosk.finalpos.paging import DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE, ListStats, Pager
from kiosk.finalpos.transport import DEFAULT_MAX_RESPONSE_BYTES, Transport, build_http_client

R = TypeVar("R", bound=pydantic.BaseModel)
T = TypeVar("T")  # a wire model or a listing record (`models.VariantRecord`, ...)


class ClientBase:
    """Typed access to the Final POS API (retries: `transport`, listings: `paging`).

    The injected `http` client is not closed by this class unless it was built by
    `create`.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        api_key: SecretStr | str,
        timeout: httpx.Timeout | float = 10.0,
        deadline_s: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        page_size: int = DEFAULT_PAGE_SIZE,
        page_concurrency: int = DEFAULT_PAGE_CONCURRENCY,
        max_get_attempts: int = 4,
        backoff_base_s: float = 0.25,
        backoff_max_s: float = 4.0,
        retry_after_cap_s: float = 10.0,
        verify_end: bool = True,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if page_size < 1 or page_concurrency < 1 or max_get_attempts < 1:
            raise ValueError("page_size, page_concurrency and max_get_attempts must be >= 1")
        if max_response_bytes < 1 or (deadline_s is not None and not deadline_s > 0):
            raise ValueError("max_response_bytes and deadline_s must be positive")
        self._http = http
        self._owns_http = False
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if deadline_s is None:
            phases = (timeout.connect, timeout.read, timeout.write)
            deadline_s = max((p for p in phases if p is not None), default=30.0)
        self._transport = Transport(
            http,
            base_url=base_url.rstrip("/"),
            api_key=api_key if isinstance(api_key, SecretStr) else SecretStr(api_key),
            timeout=timeout,
            deadline_s=deadline_s,
            max_response_bytes=max_response_bytes,
            max_get_attempts=max_get_attempts,
            backoff_base_s=backoff_base_s,
            backoff_max_s=backoff_max_s,
            retry_after_cap_s=retry_after_cap_s,
            sleep=sleep,
            rng=rng,
        )
        self._pager = Pager(
            self._transport,
            page_size=page_size,
            page_concurrency=page_concurrency,
            verify_end=verify_end,
        )

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def deadline_s(self) -> float:
        """The total time one attempt of a request may take (connection, headers, body)."""
        return self._transport.deadline_s

    @property
    def skipped(self) -> Counter[str]:
        """Malformed records left out of listings so far, per path."""
        return self._pager.skipped

    @classmethod
    def create(
        cls,
        *,
        base_url: str,
        api_key: SecretStr | str,
        timeout_s: float = 10.0,
        max_connections: int = 8,
        **kwargs: Any,
    ) -> Self:
        """A client with its own AsyncClient (closed by `aclose` / `async with`)."""
        http = build_http_client(timeout_s=timeout_s, max_connections=max_connections)
        client = cls(
            http,
            base_url=base_url,
            api_key=api_key,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)),
            **kwargs,
        )
        client._owns_http = True
        return client

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> Self:
        """A client for the configured Final POS (URL, key, `http_timeout_s`), owning its http."""
        if settings.finalpos_api_key is None:
            raise ValueError("no Final POS API key is configured (finalpos_api_key)")
        return cls.create(
            base_url=settings.finalpos_url,
            api_key=settings.finalpos_api_key,
            timeout_s=settings.http_timeout_s,
            **kwargs,
        )

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, api_key=SecretStr('**********'))"

    async def _get_one(self, path: str, model: type[R]) -> R:
        answer = await self._transport.request("GET", path)
        return self._transport.parse_one(answer, path, "GET", model)

    async def _send(self, method: str, path: str, body: m.JsonObject, model: type[R]) -> R:
        answer = await self._transport.request(method, path, json_body=body)
        return self._transport.parse_one(answer, path, method, model)

    async def _delete(self, path: str) -> m.DeleteResult:
        answer = await self._transport.request("DELETE", path)
        return self._transport.parse_one(answer, path, "DELETE", m.DeleteResult)

    def _iter(
        self, path: str, model: type[R], *, stats: ListStats | None = None
    ) -> AsyncGenerator[R, None]:
        return self._pager.iter(path, model, stats=stats)

    def _pages(
        self, path: str, model: type[T], *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[T], None]:
        return self._pager.pages(path, model, stats=stats)


def segment(record_id: str) -> str:
    """An id as one path segment, so an odd id can never reach another endpoint."""
    return quote(record_id, safe="")
