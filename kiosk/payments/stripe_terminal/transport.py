"""The SDK's HTTP client with a total deadline, a size cap and Stripe-shaped error bodies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import stripe

# A few MB: a PaymentIntent list page of 100 is well under 1 MB.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024


class KioskHTTPXClient(stripe.HTTPXClient):
    """`stripe.HTTPXClient` with a total deadline and a size cap on every answer.

    - httpx's timeouts are per phase (connect, each read, each write): a server that sends a
      byte a second, or its headers slowly, never trips them. `deadline_s` bounds the whole
      exchange, headers and body; past it the request fails as a connection error (the SDK
      may retry it with the same idempotency key, each try bounded again).
    - an answer larger than `max_response_bytes` is cut off unread and fails as a bad answer,
      before it can grow the process's memory;
    - a 2xx body that is not a JSON object (truncated, HTML, nested past the parser's limit)
      becomes a Stripe-shaped ``api_error`` (HTTP 502) instead of a parser exception, and an
      error page from a proxy becomes Stripe's error shape (the SDK crashes on
      ``{"error": "text"}``).

    It also hands the encoded body to httpx as ``content=``: stripe 16.1 passes it as
    ``data=<str>``, which httpx 0.28 deprecates (a warning on every POST).
    """

    def __init__(
        self,
        timeout: float = 30.0,
        *,
        deadline_s: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        self.deadline_s = deadline_s if deadline_s is not None else timeout
        self.max_response_bytes = max_response_bytes

    def _get_request_args_kwargs(
        self, method: str, url: str, headers: Mapping[str, str], post_data: Any
    ) -> list[Any]:
        args, kwargs = super()._get_request_args_kwargs(method, url, headers, post_data)
        data = kwargs.pop("data", None)
        if data:
            kwargs["content"] = data
        return [args, kwargs]

    async def request_async(
        self, method: str, url: str, headers: Mapping[str, str], post_data: Any = None
    ) -> tuple[bytes, int, Mapping[str, str]]:
        args, kwargs = self._get_request_args_kwargs(method, url, headers, post_data)
        client = self._client_async
        try:
            async with asyncio.timeout(self.deadline_s):
                response = await client.send(client.build_request(*args, **kwargs), stream=True)
                try:
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > self.max_response_bytes:
                        raise _TooLarge
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > self.max_response_bytes:
                            raise _TooLarge
                        chunks.append(chunk)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise stripe.APIConnectionError(  # type: ignore[no-untyped-call]
                f"no complete answer from Stripe within {self.deadline_s:g} s", should_retry=True
            ) from None
        except _TooLarge:
            return _api_error_body(502, "the answer is larger than the kiosk accepts"), 502, {}
        except Exception as exc:  # httpx's transport errors, as the SDK's own client maps them
            self._handle_request_error(exc)
        content, status = b"".join(chunks), response.status_code
        if status >= 400:
            content = _stripe_shaped_error(content, status)
        elif not isinstance(_json_or_none(content), dict):
            return _api_error_body(502, "an answer that is not a JSON object"), 502, {}
        return content, status, response.headers


class _TooLarge(Exception):
    pass


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None


def _api_error_body(status: int, what: str) -> bytes:
    error = {"type": "api_error", "message": f"HTTP {status}: {what}"}
    return json.dumps({"error": error}).encode()


def _stripe_shaped_error(content: bytes, status: int) -> bytes:
    """A proxy's error page in Stripe's error shape: the SDK crashes on ``{"error": "text"}``."""
    body = _json_or_none(content)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return content
    return _api_error_body(status, "an answer that is not from Stripe")
