"""The Final POS transport: one request, its bounds, its retries, and its errors.

Bounds on every request: httpx's timeouts apply per phase (connect, each read), so a server
that sends a byte every second would hold a request forever; each attempt also has a total
`deadline_s` (default: the timeout) covering connection, headers and the whole body. Bodies
are streamed and refused past `max_response_bytes` (counted after decompression, so a gzip
bomb is bounded too); an error answer is read only up to 64 KiB, for its message. Whatever
cannot be read (too large, not JSON, nested too deeply for the parser, the wrong shape) is a
`ProtocolError`, or an `UnreadableAnswerError` for a write Final POS accepted with 2xx.
A GET retried `max_get_attempts` times may take that many deadlines plus the backoff.

Retries: only GETs are retried (on `UnavailableError`: timeouts, connection errors, 429, 5xx),
with exponential backoff and full jitter, `max_get_attempts` in all. A 429's Retry-After is
honoured when it is at most `retry_after_cap_s`; a longer one is handed to the caller as
`UnavailableError.retry_after_s` instead of blocking the kiosk. POST and PUT are sent once:
Final POS has no idempotency keys, so the caller decides (see `find_order_by_external_id`).

JSON is parsed with ``parse_float=Decimal`` so catalog prices never pass through float.

Secrets: the key is a `SecretStr`, sent only as a per-request header, and redacted from any
server message that echoes it; errors never contain it.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pydantic
from pydantic import SecretStr

from kiosk.finalpos import models as m
from kiosk.finalpos.errors import (
    AuthError,
    FinalPosError,
    NotFoundError,
    ProtocolError,
    UnavailableError,
    UnreadableAnswerError,
    ValidationError,
)

log = logging.getLogger(__name__)

R = TypeVar("R", bound=pydantic.BaseModel)

# The largest legitimate answer is a page of 500 products whose descriptions came from a web
# shop (HTML, several KB each): the demo café's products are ~0.7 KB of JSON each (a page of
# 500 benchmark products 0.35 MB), a rich web-shop product 10-20 KB. 16 MiB holds 500 products
# of 32 KiB each (tests/finalpos/test_client_limits.py checks 500 x 20 KB fits with room), and
# bounds what one answer can cost in memory instead of the unbounded growth of an endless body.
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
_MAX_ERROR_BODY_BYTES = 64 * 1024  # an error answer is only read for its message
_MAX_MESSAGE = 300


@dataclass(frozen=True, slots=True)
class Answer:
    """A response read in full (within the deadline and the size cap)."""

    status_code: int
    reason_phrase: str
    headers: httpx.Headers
    content: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300


@functools.cache
def default_tls_context() -> ssl.SSLContext:
    """httpx's default certificate checks, built once per process: each build reads and parses
    the whole CA bundle (20-50 ms CPU), and a backend makes more than one client."""
    return httpx.create_ssl_context()


def build_http_client(
    *, timeout_s: float = 10.0, max_connections: int = 8, **kwargs: Any
) -> httpx.AsyncClient:
    """An AsyncClient sized for the kiosk: few keep-alive connections, explicit timeouts."""
    kwargs.setdefault("verify", default_tls_context())
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)),
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        ),
        **kwargs,
    )


class Transport:
    """Requests to one Final POS over an injected AsyncClient (not closed here)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        api_key: SecretStr,
        timeout: httpx.Timeout,
        deadline_s: float,
        max_response_bytes: int,
        max_get_attempts: int,
        backoff_base_s: float,
        backoff_max_s: float,
        retry_after_cap_s: float,
        sleep: Callable[[float], Awaitable[None]],
        rng: Callable[[], float],
    ) -> None:
        self._http = http
        self.base_url = base_url
        self._api_key = api_key
        self.timeout = timeout
        self.deadline_s = deadline_s
        self.max_response_bytes = max_response_bytes
        self.max_get_attempts = max_get_attempts
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.retry_after_cap_s = retry_after_cap_s
        self._sleep = sleep
        self._rng = rng

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, int] | None = None,
        json_body: m.JsonObject | None = None,
    ) -> Answer:
        attempts = self.max_get_attempts if method == "GET" else 1
        url = self.base_url + path
        headers = {"x-api-key": self._api_key.get_secret_value(), "accept": "application/json"}
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            error: FinalPosError
            try:
                answer = await self._exchange(method, path, url, params, json_body, headers)
            except UnavailableError as exc:
                error = exc
            else:
                log.debug(
                    "%s %s -> %s in %.0f ms",
                    method,
                    path,
                    answer.status_code,
                    (time.perf_counter() - started) * 1000,
                )
                if answer.is_success:
                    return answer
                error = self._status_error(answer, method, path)
            if not isinstance(error, UnavailableError) or attempt >= attempts:
                raise error
            delay = self._retry_delay(attempt, error)
            if delay is None:
                raise error
            log.warning(
                "%s %s failed (%s); retry %d/%d in %.2f s",
                method,
                path,
                error.message,
                attempt,
                attempts - 1,
                delay,
            )
            await self._sleep(delay)

    async def _exchange(
        self,
        method: str,
        path: str,
        url: str,
        params: dict[str, int] | None,
        json_body: m.JsonObject | None,
        headers: dict[str, str],
    ) -> Answer:
        """One request and its whole (size-capped) body, within `deadline_s` in all.

        httpx's timeouts bound each phase (connect, each read), so a server that sends a
        byte every second never trips a 3 s read timeout; the deadline bounds the sum.
        """
        request = self._http.build_request(
            method, url, params=params, json=json_body, headers=headers, timeout=self.timeout
        )
        try:
            async with asyncio.timeout(self.deadline_s):
                response = await self._http.send(request, stream=True)
                try:
                    content = await self._read_body(response, method, path)
                finally:
                    await response.aclose()
        except TimeoutError:
            # We cannot tell how far a cut-off request got: a write may have been applied.
            raise UnavailableError(
                f"timed out: no complete answer within {self.deadline_s:g} s",
                outcome_unknown=method != "GET",
                method=method,
                path=path,
            ) from None
        except httpx.TransportError as exc:
            raise self._transport_error(exc, method, path) from exc
        return Answer(response.status_code, response.reason_phrase, response.headers, content)

    async def _read_body(self, response: httpx.Response, method: str, path: str) -> bytes:
        """The decoded body, refused past `max_response_bytes` without reading the rest.

        An error answer only needs its message: past `_MAX_ERROR_BODY_BYTES` it is dropped.
        """
        success = response.is_success
        limit = self.max_response_bytes if success else _MAX_ERROR_BODY_BYTES
        status = response.status_code
        declared = (response.headers.get("content-length") or "").strip()
        if declared.isdigit() and (len(declared) > 18 or int(declared) > limit):
            if not success:
                return b""
            raise self.unreadable(
                f"answer of {declared} bytes is larger than the limit of {limit} bytes",
                status,
                method,
                path,
            )
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    if not success:
                        return b""
                    raise self.unreadable(
                        f"answer is larger than the limit of {limit} bytes", status, method, path
                    )
                chunks.append(chunk)
        except httpx.DecodingError:
            if not success:
                return b""
            raise self.unreadable(
                "answer could not be decoded (content-encoding)", status, method, path
            ) from None
        return b"".join(chunks)

    @staticmethod
    def unreadable(message: str, status: int, method: str, path: str) -> ProtocolError:
        """A 2xx answer we cannot read: a write was applied all the same (see errors)."""
        kind = UnreadableAnswerError if method != "GET" else ProtocolError
        return kind(message, status_code=status, method=method, path=path)

    def _retry_delay(self, attempt: int, error: UnavailableError) -> float | None:
        if error.retry_after_s is not None:
            if error.retry_after_s > self.retry_after_cap_s:
                return None  # longer than a kiosk customer waits: let the caller decide
            return error.retry_after_s
        ceiling = min(self.backoff_max_s, self.backoff_base_s * 2.0 ** (attempt - 1))
        return ceiling * self._rng()

    def _transport_error(
        self, exc: httpx.TransportError, method: str, path: str
    ) -> UnavailableError:
        # Connect failures never reached the server; anything later may have been applied.
        not_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "connection failed"
        detail = self._redact(str(exc)) or type(exc).__name__
        return UnavailableError(
            f"{kind}: {detail}",
            outcome_unknown=method != "GET" and not not_sent,
            method=method,
            path=path,
        )

    def _status_error(self, response: Answer, method: str, path: str) -> FinalPosError:
        status = response.status_code
        messages = self._server_messages(response)
        text = "; ".join(messages) or response.reason_phrase or "error"
        text = text[:_MAX_MESSAGE]
        if status == 400:
            return ValidationError(
                text, messages=tuple(messages), status_code=status, method=method, path=path
            )
        if status in (401, 403):
            return AuthError(text, status_code=status, method=method, path=path)
        if status == 404:
            return NotFoundError(text, status_code=status, method=method, path=path)
        if status == 429 or status >= 500:
            return UnavailableError(
                text,
                status_code=status,
                method=method,
                path=path,
                retry_after_s=_retry_after(response.headers.get("retry-after")),
                outcome_unknown=method != "GET" and status >= 500 and status != 503,
            )
        return FinalPosError(text, status_code=status, method=method, path=path)

    def _server_messages(self, response: Answer) -> list[str]:
        try:
            body = m.ErrorBody.model_validate(json.loads(response.content))
        except (ValueError, RecursionError, pydantic.ValidationError):
            return []
        raw = body.message
        messages = [raw] if isinstance(raw, str) else list(raw or [])
        return [self._redact(msg) for msg in messages]

    def _redact(self, text: str) -> str:
        secret = self._api_key.get_secret_value()
        return text.replace(secret, "***") if secret else text

    def parse_one(self, answer: Answer, path: str, method: str, model: type[R]) -> R:
        data = self.decode(answer, path, method)
        try:
            return model.model_validate(data)
        except (pydantic.ValidationError, RecursionError) as exc:
            reason = reasons(exc) if isinstance(exc, pydantic.ValidationError) else "too deep"
            raise self.unreadable(
                f"unexpected {model.__name__} record: {reason}", answer.status_code, method, path
            ) from None

    def decode(self, answer: Answer, path: str, method: str) -> Any:
        try:
            return json.loads(answer.content, parse_float=Decimal)
        except RecursionError:
            raise self.unreadable(
                "answer is JSON nested too deeply", answer.status_code, method, path
            ) from None
        except ValueError:  # also bad UTF-8, and integers longer than Python parses
            raise self.unreadable("answer is not JSON", answer.status_code, method, path) from None


def reasons(exc: pydantic.ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False)[:5]:
        loc = ".".join(str(p) for p in err["loc"]) or "record"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds: float = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds)
