"""Async Final POS API client over an injected `httpx.AsyncClient`.

One class, one method per operation the kiosk uses. The client sends the `x-api-key` header
on every request, gives every request an explicit timeout, maps failures to the tree in
`kiosk.finalpos.errors`, and parses JSON with ``parse_float=Decimal`` so catalog prices never
pass through float.

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

Listings: Final POS pages with `skip`/`limit` and answers plain arrays with no total, so a
listing ends at the first page shorter than `limit`. The first page is fetched alone (most
listings fit in one); when it comes back full, the next `page_concurrency` pages are fetched
concurrently and yielded in order, a new page being requested as each one arrives full, and
nothing more once a short page has arrived (at most `page_concurrency - 1` requests past the
end are wasted, and cancelled if still running). Final POS documents no maximum `limit`, so
a non-empty short page is confirmed with one more request just past it (`verify_end`): if
that finds records, the server capped our page size, and paging carries on with the cap as
the page size instead of silently losing the rest. Records must not move between pages
during one listing (skip/limit over a changing table can repeat or miss a record; the
catalog mapping drops repeated ids).

A malformed record (wrong types, no id) is logged with its id and the reason, counted in
`ListStats.skipped` and `FinalPosClient.skipped`, and left out; the rest of the list arrives.

Secrets: the key is a `SecretStr`, sent only as a per-request header, and redacted from any
server message that echoes it. `repr(client)`, logs and errors never contain it.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import logging
import random
import time
from collections import Counter
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
import pydantic
from pydantic import SecretStr

from kiosk.config import Settings
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
from kiosk.finalpos.gcpause import gc_paused

log = logging.getLogger(__name__)

R = TypeVar("R", bound=pydantic.BaseModel)
T = TypeVar("T")  # a wire model or a listing record (`models.VariantRecord`, ...)

DEFAULT_PAGE_SIZE = 500
DEFAULT_PAGE_CONCURRENCY = 4
# The largest legitimate answer is a page of 500 products whose descriptions came from a web
# shop (HTML, several KB each): the demo café's products are ~0.7 KB of JSON each (a page of
# 500 benchmark products 0.35 MB), a rich web-shop product 10-20 KB. 16 MiB holds 500 products
# of 32 KiB each (tests/finalpos/test_client_limits.py checks 500 x 20 KB fits with room), and
# bounds what one answer can cost in memory instead of the unbounded growth of an endless body.
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
_MAX_ERROR_BODY_BYTES = 64 * 1024  # an error answer is only read for its message
_MAX_MESSAGE = 300


@dataclass(frozen=True, slots=True)
class _Answer:
    """A response read in full (within the deadline and the size cap)."""

    status_code: int
    reason_phrase: str
    headers: httpx.Headers
    content: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300


@dataclass
class ListStats:
    """What one listing saw: pages and records fetched, and malformed records left out."""

    pages: int = 0
    records: int = 0
    skipped: int = 0
    skipped_ids: list[str] = field(default_factory=list)


def build_http_client(
    *, timeout_s: float = 10.0, max_connections: int = 8, **kwargs: Any
) -> httpx.AsyncClient:
    """An AsyncClient sized for the kiosk: few keep-alive connections, explicit timeouts."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)),
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        ),
        **kwargs,
    )


class FinalPosClient:
    """Typed access to the Final POS API; see the module docstring for retries and paging.

    The injected `http` client is not closed by this class unless it was built by
    `FinalPosClient.create`.
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
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key if isinstance(api_key, SecretStr) else SecretStr(api_key)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if deadline_s is None:
            phases = (self._timeout.connect, self._timeout.read, self._timeout.write)
            deadline_s = max((p for p in phases if p is not None), default=30.0)
        self.deadline_s: float = deadline_s
        self.max_response_bytes = max_response_bytes
        self.page_size = page_size
        self.page_concurrency = page_concurrency
        self.max_get_attempts = max_get_attempts
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.retry_after_cap_s = retry_after_cap_s
        self.verify_end = verify_end
        self._sleep = sleep
        self._rng = rng
        self.skipped: Counter[str] = Counter()  # malformed records left out, per path

    @classmethod
    def create(
        cls,
        *,
        base_url: str,
        api_key: SecretStr | str,
        timeout_s: float = 10.0,
        max_connections: int = 8,
        **kwargs: Any,
    ) -> FinalPosClient:
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
    def from_settings(cls, settings: Settings, **kwargs: Any) -> FinalPosClient:
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
        return f"FinalPosClient(base_url={self.base_url!r}, api_key=SecretStr('**********'))"

    # --- outlets and stations ------------------------------------------------------------

    async def list_outlets(self, *, stats: ListStats | None = None) -> list[m.Outlet]:
        return [o async for o in self.iter_outlets(stats=stats)]

    def iter_outlets(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Outlet, None]:
        return self._iter("/v1/api/outlets", m.Outlet, stats=stats)

    async def get_outlet(self, outlet_id: str) -> m.Outlet:
        return await self._get_one(f"/v1/api/outlet/{_seg(outlet_id)}", m.Outlet)

    async def list_stations(self, *, stats: ListStats | None = None) -> list[m.Station]:
        return [s async for s in self.iter_stations(stats=stats)]

    def iter_stations(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Station, None]:
        return self._iter("/v1/api/stations", m.Station, stats=stats)

    async def get_station(self, station_id: str) -> m.Station:
        return await self._get_one(f"/v1/api/station/{_seg(station_id)}", m.Station)

    async def create_station(self, station: m.StationCreate) -> m.Station:
        """A new station (e.g. the kiosk's own); sent once, like every write."""
        return await self._send("POST", "/v1/api/station", station.to_wire(), m.Station)

    async def update_station(self, station_id: str, update: m.StationUpdate) -> m.Station:
        return await self._send(
            "PUT", f"/v1/api/station/{_seg(station_id)}", update.to_wire(partial=True), m.Station
        )

    # --- roles ---------------------------------------------------------------------------

    async def list_roles(self, *, stats: ListStats | None = None) -> list[m.Role]:
        """The company's staff roles, or [] where Final POS has none to list.

        Only the single-role paths are documented; the listing is assumed to follow the
        pattern, and a 404 (no such endpoint, or no roles) is read as "no roles", so staff
        mode falls back to its local roles. Other failures raise as usual.
        """
        try:
            return [r async for r in self._iter("/v1/api/roles", m.Role, stats=stats)]
        except NotFoundError:
            return []

    async def get_role(self, role_id: str) -> m.Role:
        return await self._get_one(f"/v1/api/roles/{_seg(role_id)}", m.Role)

    # --- sessions ------------------------------------------------------------------------

    async def create_session(self, session: m.SessionCreate) -> m.Session:
        return await self._send("POST", "/v1/api/session", session.to_wire(), m.Session)

    async def get_session(self, session_id: str) -> m.Session:
        return await self._get_one(f"/v1/api/session/{_seg(session_id)}", m.Session)

    async def update_session(self, session_id: str, update: m.SessionUpdate) -> m.Session:
        return await self._send(
            "PUT", f"/v1/api/session/{_seg(session_id)}", update.to_wire(partial=True), m.Session
        )

    # --- catalog -------------------------------------------------------------------------

    async def list_categories(self, *, stats: ListStats | None = None) -> list[m.Category]:
        return [c async for c in self.iter_categories(stats=stats)]

    def iter_categories(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[m.Category, None]:
        return self._iter("/v1/api/categories", m.Category, stats=stats)

    async def list_products(self, *, stats: ListStats | None = None) -> list[m.Product]:
        return [p async for p in self.iter_products(stats=stats)]

    def iter_products(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Product, None]:
        return self._iter("/v1/api/products", m.Product, stats=stats)

    def iter_category_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.CategoryRecord], None]:
        """Categories a page at a time, as the menu sync reads them (`models.CategoryRecord`:
        a dict per record, several times cheaper to validate than `iter_categories`' models)."""
        return self._pages("/v1/api/categories", m.CategoryRecord, stats=stats)

    def iter_product_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.ProductRecord], None]:
        return self._pages("/v1/api/products", m.ProductRecord, stats=stats)

    def iter_variant_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.VariantRecord], None]:
        return self._pages("/v1/api/variants", m.VariantRecord, stats=stats)

    async def get_variant(self, variant_id: str) -> m.Variant:
        return await self._get_one(f"/v1/api/variant/{_seg(variant_id)}", m.Variant)

    async def update_variant(self, variant_id: str, update: m.VariantUpdate) -> m.Variant:
        """Partial variant update (PUT, inferred endpoint); list fields are replaced whole."""
        return await self._send(
            "PUT", f"/v1/api/variant/{_seg(variant_id)}", update.to_wire(partial=True), m.Variant
        )

    async def set_variant_stock(
        self,
        variant_id: str,
        *,
        outlet_id: str,
        stock: int,
        manage_stock: bool = True,
        allow_backorder: bool | None = None,
    ) -> m.Variant:
        """Set one outlet's stock of a variant (``stock=0`` marks it sold out everywhere).

        A PUT replaces `inventory` whole, so this reads the variant, changes (or adds) this
        outlet's entry, keeps the other outlets' entries as read, and writes the list back
        with `manageStock` (and `allowBackorder` when given: a variant that allows backorder
        stays sellable at 0). Final POS has no conditional update: a sale at another outlet
        landing between the read and the write loses its stock change there. Sold-out marks
        are rare staff actions, so the window is small; re-read before trusting a count.
        """
        if isinstance(stock, bool) or not isinstance(stock, int):
            raise TypeError("stock must be a whole number")
        current = await self.get_variant(variant_id)
        inventory = [inv for inv in current.inventory if inv.outlet_id != outlet_id]
        here = m.Inventory(outlet_id=outlet_id, stock=stock)
        position = next(
            (i for i, inv in enumerate(current.inventory) if inv.outlet_id == outlet_id),
            len(inventory),
        )
        inventory.insert(position, here)
        update = m.VariantUpdate(manage_stock=manage_stock, inventory=inventory)
        if allow_backorder is not None:
            update.allow_backorder = allow_backorder
        return await self.update_variant(variant_id, update)

    async def list_variants(self, *, stats: ListStats | None = None) -> list[m.Variant]:
        return [v async for v in self.iter_variants(stats=stats)]

    def iter_variants(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Variant, None]:
        return self._iter("/v1/api/variants", m.Variant, stats=stats)

    # --- orders --------------------------------------------------------------------------

    async def create_order(self, order: m.OrderCreate) -> m.Order:
        return await self._send("POST", "/v1/api/order", order.to_wire(), m.Order)

    async def get_order(self, order_id: str) -> m.Order:
        return await self._get_one(f"/v1/api/order/{_seg(order_id)}", m.Order)

    async def update_order(self, order_id: str, update: m.OrderUpdate) -> m.Order:
        return await self._send(
            "PUT", f"/v1/api/order/{_seg(order_id)}", update.to_wire(partial=True), m.Order
        )

    async def list_orders(self, *, stats: ListStats | None = None) -> list[m.Order]:
        return [o async for o in self.iter_orders(stats=stats)]

    def iter_orders(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Order, None]:
        return self._iter("/v1/api/orders", m.Order, stats=stats)

    async def delete_order(self, order_id: str) -> m.DeleteResult:
        """Delete an order (the back office's action; sent once, never retried)."""
        return await self._delete(f"/v1/api/order/{_seg(order_id)}")

    async def find_orders(
        self,
        *,
        external_id: str | None = None,
        external_id_prefix: str | None = None,
        since: datetime | None = None,
        session_id: str | None = None,
    ) -> list[m.Order]:
        """Orders matching every filter given, newest first (by `createdAt`).

        Final POS documents no order filters and no sort, so this pages through *every*
        order (O(all orders) downloaded: 100 GETs of 500 for 50,000 orders) and filters
        here; only the matches are kept in memory. `since` (timezone-aware) keeps orders
        created at or after it; an order without `createdAt` is kept, since it cannot be
        proven older. For "orders this kiosk made" pass the kiosk's checkout-id prefix as
        `external_id_prefix` (orders carry `externalId` = checkout id). Several orders with
        one `external_id` are all returned: a duplicate made by a late commit shows up here.
        """
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be timezone-aware (a naive time is local or UTC?)")
        bound = since
        found: list[m.Order] = []
        async with aclosing(self.iter_orders()) as orders:
            async for order in orders:
                ext = order.external_id or ""
                if external_id is not None and ext != external_id:
                    continue
                if external_id_prefix is not None and not ext.startswith(external_id_prefix):
                    continue
                if session_id is not None and order.session_id != session_id:
                    continue
                created = order.created_at
                if bound is not None and created is not None and _aware(created) < bound:
                    continue
                found.append(order)
        return _newest_first(found)

    async def find_order_by_external_id(self, external_id: str) -> m.Order | None:
        """The order carrying `external_id`, or None.

        Final POS has no server-side filter, so this pages through every order until it
        finds one: O(number of orders) records downloaded, e.g. 100 GETs for 50,000 orders at
        500 per page. Meant for recovery after an answer was lost (did my create land?), not
        for routine look-ups. Stops requesting pages as soon as the order is found.
        """
        async with aclosing(self.iter_orders()) as orders:
            async for order in orders:
                if order.external_id == external_id:
                    return order
        return None

    # --- payments, refunds, customers ----------------------------------------------------

    async def create_transaction(self, transaction: m.TransactionCreate) -> m.Transaction:
        return await self._send(
            "POST", "/v1/api/transactions", transaction.to_wire(), m.Transaction
        )

    async def list_transactions(self, *, stats: ListStats | None = None) -> list[m.Transaction]:
        return [t async for t in self.iter_transactions(stats=stats)]

    def iter_transactions(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[m.Transaction, None]:
        return self._iter("/v1/api/transactions", m.Transaction, stats=stats)

    async def get_transaction(self, transaction_id: str) -> m.Transaction:
        return await self._get_one(f"/v1/api/transactions/{_seg(transaction_id)}", m.Transaction)

    async def update_transaction(
        self, transaction_id: str, update: m.TransactionUpdate
    ) -> m.Transaction:
        """Partial transaction update (PUT, inferred endpoint; sent once)."""
        path = f"/v1/api/transactions/{_seg(transaction_id)}"
        return await self._send("PUT", path, update.to_wire(partial=True), m.Transaction)

    async def delete_transaction(self, transaction_id: str) -> m.DeleteResult:
        """Delete a transaction (e.g. a duplicate sale a late commit made; sent once)."""
        return await self._delete(f"/v1/api/transactions/{_seg(transaction_id)}")

    async def find_transactions(
        self,
        *,
        external_id: str | None = None,
        order_id: str | None = None,
        refund_id: str | None = None,
        type: str | None = None,
        session_id: str | None = None,
    ) -> list[m.Transaction]:
        """Transactions matching every filter given, newest first; pages through all of them.

        No server filter is documented (see `find_orders`). Returns every match, so a
        duplicate sale (the same `externalId` twice) can be seen and undone.
        """
        wanted = {
            "external_id": external_id,
            "order_id": order_id,
            "refund_id": refund_id,
            "type": type,
            "session_id": session_id,
        }
        checks = [(name, value) for name, value in wanted.items() if value is not None]
        found: list[m.Transaction] = []
        async with aclosing(self.iter_transactions()) as transactions:
            async for tx in transactions:
                if all(getattr(tx, name) == value for name, value in checks):
                    found.append(tx)
        return _newest_first(found)

    async def create_refund(self, refund: m.RefundCreate) -> m.Refund:
        """Record a refund with its line items; the payout is a transaction with `refundId`.

        The refund pipeline posts it, then `create_transaction` with ``type="refund"``,
        ``refund_id=<this refund's id>``, the order and session, and the amount paid back.
        """
        return await self._send("POST", "/v1/api/refunds", refund.to_wire(), m.Refund)

    async def get_refund(self, refund_id: str) -> m.Refund:
        return await self._get_one(f"/v1/api/refunds/{_seg(refund_id)}", m.Refund)

    async def list_refunds(self, *, stats: ListStats | None = None) -> list[m.Refund]:
        return [r async for r in self.iter_refunds(stats=stats)]

    def iter_refunds(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Refund, None]:
        return self._iter("/v1/api/refunds", m.Refund, stats=stats)

    async def list_customers(self, *, stats: ListStats | None = None) -> list[m.Customer]:
        return [c async for c in self.iter_customers(stats=stats)]

    def iter_customers(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Customer, None]:
        return self._iter("/v1/api/customers", m.Customer, stats=stats)

    async def get_customer(self, customer_id: str) -> m.Customer:
        return await self._get_one(f"/v1/api/customer/{_seg(customer_id)}", m.Customer)

    async def create_customer(self, customer: m.CustomerCreate) -> m.Customer:
        return await self._send("POST", "/v1/api/customer", customer.to_wire(), m.Customer)

    async def update_customer(self, customer_id: str, update: m.CustomerUpdate) -> m.Customer:
        path = f"/v1/api/customer/{_seg(customer_id)}"
        return await self._send("PUT", path, update.to_wire(partial=True), m.Customer)

    # --- plumbing ------------------------------------------------------------------------

    async def _get_one(self, path: str, model: type[R]) -> R:
        answer = await self._request("GET", path)
        return self._parse_one(answer, path, "GET", model)

    async def _send(self, method: str, path: str, body: m.JsonObject, model: type[R]) -> R:
        answer = await self._request(method, path, json_body=body)
        return self._parse_one(answer, path, method, model)

    async def _delete(self, path: str) -> m.DeleteResult:
        answer = await self._request("DELETE", path)
        return self._parse_one(answer, path, "DELETE", m.DeleteResult)

    def _parse_one(self, answer: _Answer, path: str, method: str, model: type[R]) -> R:
        data = self._decode(answer, path, method)
        try:
            return model.model_validate(data)
        except (pydantic.ValidationError, RecursionError) as exc:
            reason = _reasons(exc) if isinstance(exc, pydantic.ValidationError) else "too deep"
            raise self._unreadable(
                f"unexpected {model.__name__} record: {reason}", answer.status_code, method, path
            ) from None

    def _decode(self, answer: _Answer, path: str, method: str) -> Any:
        try:
            return json.loads(answer.content, parse_float=Decimal)
        except RecursionError:
            raise self._unreadable(
                "answer is JSON nested too deeply", answer.status_code, method, path
            ) from None
        except ValueError:  # also bad UTF-8, and integers longer than Python parses
            raise self._unreadable("answer is not JSON", answer.status_code, method, path) from None

    async def _iter(
        self, path: str, model: type[R], *, stats: ListStats | None = None
    ) -> AsyncGenerator[R, None]:
        pages = self._pages(path, model, stats=stats)
        try:
            async for page in pages:
                for item in page:
                    yield item
        finally:
            await pages.aclose()

    async def _pages(
        self, path: str, model: type[T], *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[T], None]:
        limit = self.page_size
        stats = stats if stats is not None else ListStats()
        firsts: dict[str, int] = {}  # id of each page's first record -> that page's skip

        async def fetch(skip: int, limit: int) -> tuple[int, list[T]]:
            response = await self._request("GET", path, params={"skip": skip, "limit": limit})
            with gc_paused():
                raw = self._decode(response, path, "GET")
                if not isinstance(raw, list):
                    raise ProtocolError(
                        "a listing must answer a JSON array",
                        status_code=response.status_code,
                        method="GET",
                        path=path,
                    )
                items = self._validate_page(raw, model, path, stats)
            stats.pages += 1
            first = _record_id(raw[0]) if raw else "<no id>"
            # A server that ignores `skip` would otherwise page forever.
            if first != "<no id>" and firsts.setdefault(first, skip) != skip:
                raise ProtocolError(
                    f"page at skip={skip} repeats the page at skip={firsts[first]}",
                    status_code=response.status_code,
                    method="GET",
                    path=path,
                )
            return len(raw), items

        skip = 0
        count, items = await fetch(skip, limit)
        yield items
        while True:
            if count >= limit:
                window = self._window(fetch, skip + limit, limit)
                async with aclosing(window):
                    async for page_skip, page_count, items in window:
                        skip, count = page_skip, page_count
                        yield items
            if count == 0 or not self.verify_end:
                return
            # A non-empty short page ends the listing only if the server honoured `limit`.
            # Final POS documents no maximum; if it caps pages below what we asked, the next
            # records are still there: adopt the cap as the page size and carry on.
            count_after, items = await fetch(skip + count, limit)
            if count_after == 0:
                return
            log.warning(
                "%s answered %d records for limit=%d: paging by %d", path, count, limit, count
            )
            skip, limit, count = skip + count, count, count_after
            yield items

    async def _window(
        self,
        fetch: Callable[[int, int], Coroutine[Any, Any, tuple[int, list[T]]]],
        start: int,
        limit: int,
    ) -> AsyncGenerator[tuple[int, int, list[T]], None]:
        """Pages from `start` on, `page_concurrency` in flight, in order, to the first short one."""
        pending: dict[int, asyncio.Task[tuple[int, list[T]]]] = {}
        try:
            next_skip = start
            for _ in range(self.page_concurrency):
                pending[next_skip] = asyncio.create_task(fetch(next_skip, limit))
                next_skip += limit
            current = start
            while True:
                count, items = await pending.pop(current)
                if count < limit:
                    # The end: pages after this one are empty; don't wait for them.
                    for task in pending.values():
                        task.cancel()
                else:
                    pending[next_skip] = asyncio.create_task(fetch(next_skip, limit))
                    next_skip += limit
                yield current, count, items
                if count < limit:
                    return
                current += limit
        finally:
            for task in pending.values():
                task.cancel()
            if pending:
                await asyncio.gather(*pending.values(), return_exceptions=True)

    def _validate_page(
        self, raw: list[Any], model: type[T], path: str, stats: ListStats
    ) -> list[T]:
        key: Any = model  # a class: hashable, whatever mypy makes of an unbound type[T]
        try:
            items: list[T] = _list_adapter(key).validate_python(raw)
        except pydantic.ValidationError:
            pass  # at least one bad record: validate one by one to keep the others
        else:
            stats.records += len(items)
            return items
        items = []
        validate = _adapter(key).validate_python
        for record in raw:
            try:
                items.append(validate(record))
            except pydantic.ValidationError as exc:
                record_id = _record_id(record)
                stats.skipped += 1
                stats.skipped_ids.append(record_id)
                self.skipped[path] += 1
                log.warning(
                    "skipping malformed record %s from %s: %s", record_id, path, _reasons(exc)
                )
        stats.records += len(items)
        return items

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, int] | None = None,
        json_body: m.JsonObject | None = None,
    ) -> _Answer:
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
    ) -> _Answer:
        """One request and its whole (size-capped) body, within `deadline_s` in all.

        httpx's timeouts bound each phase (connect, each read), so a server that sends a
        byte every second never trips a 3 s read timeout; the deadline bounds the sum.
        """
        request = self._http.build_request(
            method, url, params=params, json=json_body, headers=headers, timeout=self._timeout
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
        return _Answer(response.status_code, response.reason_phrase, response.headers, content)

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
            raise self._unreadable(
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
                    raise self._unreadable(
                        f"answer is larger than the limit of {limit} bytes", status, method, path
                    )
                chunks.append(chunk)
        except httpx.DecodingError:
            if not success:
                return b""
            raise self._unreadable(
                "answer could not be decoded (content-encoding)", status, method, path
            ) from None
        return b"".join(chunks)

    @staticmethod
    def _unreadable(message: str, status: int, method: str, path: str) -> ProtocolError:
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

    def _status_error(self, response: _Answer, method: str, path: str) -> FinalPosError:
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

    def _server_messages(self, response: _Answer) -> list[str]:
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


@functools.cache
def _list_adapter(model: type[Any]) -> pydantic.TypeAdapter[list[Any]]:
    return pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]


@functools.cache
def _adapter(model: type[Any]) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(model)


def _aware(when: datetime) -> datetime:
    """A server time without an offset read as UTC (Final POS sends offsets)."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


_RecordT = TypeVar("_RecordT", bound=m.Record)


def _newest_first(records: list[_RecordT]) -> list[_RecordT]:
    """By `createdAt`, newest first; records without one go last, in listing order."""
    dated = [r for r in records if r.created_at is not None]
    undated = [r for r in records if r.created_at is None]
    dated.sort(key=lambda r: _aware(r.created_at), reverse=True)  # type: ignore[arg-type]
    return dated + undated


def _seg(record_id: str) -> str:
    """An id as one path segment, so an odd id can never reach another endpoint."""
    return quote(record_id, safe="")


def _record_id(record: Any) -> str:
    if isinstance(record, dict):
        value = record.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)[:64]
    return "<no id>"


def _reasons(exc: pydantic.ValidationError) -> str:
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
