"""Async Final POS API client over an injected `httpx.AsyncClient`.

One class, one method per operation the kiosk uses. The client sends the `x-api-key` header
on every request, gives every request an explicit timeout and a total deadline, retries only
GETs, and maps failures to the tree in `kiosk.finalpos.errors` (all in
`kiosk.finalpos.transport`); listings page with `skip`/`limit`, several pages in flight, and
leave malformed records out (`kiosk.finalpos.paging`).

Secrets: the key is a `SecretStr`, sent only as a per-request header, and redacted from any
server message that echoes it. `repr(client)`, logs and errors never contain it.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from datetime import UTC, datetime
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
import pydantic
from pydantic import SecretStr

from kiosk.config import Settings
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError
from kiosk.finalpos.paging import DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE, ListStats, Pager
from kiosk.finalpos.transport import DEFAULT_MAX_RESPONSE_BYTES, Transport, build_http_client

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_PAGE_CONCURRENCY",
    "DEFAULT_PAGE_SIZE",
    "FinalPosClient",
    "ListStats",
    "build_http_client",
]

R = TypeVar("R", bound=pydantic.BaseModel)
T = TypeVar("T")  # a wire model or a listing record (`models.VariantRecord`, ...)


class FinalPosClient:
    """Typed access to the Final POS API (retries: `transport`, listings: `paging`).

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
