"""The Final POS client's sales: till sessions, orders, payments, refunds, customers.

Everything a checkout writes, and the look-ups that recovery and the station make to find
what was written: Final POS documents no filters for orders or transactions, so `find_*`
page through every record and filter here. Assumptions about the endpoints stand in
`kiosk.finalpos.models.sessions`, `.orders`, `.payments` and `.customers`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from datetime import UTC, datetime
from typing import TypeVar

from kiosk.finalpos import models as m
from kiosk.finalpos.client_base import ClientBase, segment
from kiosk.finalpos.paging import ListStats


class SalesEndpoints(ClientBase):
    """Sessions, orders, transactions, refunds and customers (one method per operation)."""

    # --- sessions ------------------------------------------------------------------------

    async def create_session(self, session: m.SessionCreate) -> m.Session:
        return await self._send("POST", "/v1/api/session", session.to_wire(), m.Session)

    async def get_session(self, session_id: str) -> m.Session:
        return await self._get_one(f"/v1/api/session/{segment(session_id)}", m.Session)

    async def update_session(self, session_id: str, update: m.SessionUpdate) -> m.Session:
        return await self._send(
            "PUT", f"/v1/api/session/{segment(session_id)}", update.to_wire(partial=True), m.Session
        )

    # --- orders --------------------------------------------------------------------------

    async def create_order(self, order: m.OrderCreate) -> m.Order:
        return await self._send("POST", "/v1/api/order", order.to_wire(), m.Order)

    async def get_order(self, order_id: str) -> m.Order:
        return await self._get_one(f"/v1/api/order/{segment(order_id)}", m.Order)

    async def update_order(self, order_id: str, update: m.OrderUpdate) -> m.Order:
        return await self._send(
            "PUT", f"/v1/api/order/{segment(order_id)}", update.to_wire(partial=True), m.Order
        )

    async def list_orders(self, *, stats: ListStats | None = None) -> list[m.Order]:
        return [o async for o in self.iter_orders(stats=stats)]

    def iter_orders(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Order, None]:
        return self._iter("/v1/api/orders", m.Order, stats=stats)

    async def delete_order(self, order_id: str) -> m.DeleteResult:
        """Delete an order (the back office's action; sent once, never retried)."""
        return await self._delete(f"/v1/api/order/{segment(order_id)}")

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
        return await self._get_one(f"/v1/api/transactions/{segment(transaction_id)}", m.Transaction)

    async def update_transaction(
        self, transaction_id: str, update: m.TransactionUpdate
    ) -> m.Transaction:
        """Partial transaction update (PUT, inferred endpoint; sent once)."""
        path = f"/v1/api/transactions/{segment(transaction_id)}"
        return await self._send("PUT", path, update.to_wire(partial=True), m.Transaction)

    async def delete_transaction(self, transaction_id: str) -> m.DeleteResult:
        """Delete a transaction (e.g. a duplicate sale a late commit made; sent once)."""
        return await self._delete(f"/v1/api/transactions/{segment(transaction_id)}")

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
        return await self._get_one(f"/v1/api/refunds/{segment(refund_id)}", m.Refund)

    async def list_refunds(self, *, stats: ListStats | None = None) -> list[m.Refund]:
        return [r async for r in self.iter_refunds(stats=stats)]

    def iter_refunds(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Refund, None]:
        return self._iter("/v1/api/refunds", m.Refund, stats=stats)

    async def list_customers(self, *, stats: ListStats | None = None) -> list[m.Customer]:
        return [c async for c in self.iter_customers(stats=stats)]

    def iter_customers(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Customer, None]:
        return self._iter("/v1/api/customers", m.Customer, stats=stats)

    async def get_customer(self, customer_id: str) -> m.Customer:
        return await self._get_one(f"/v1/api/customer/{segment(customer_id)}", m.Customer)

    async def create_customer(self, customer: m.CustomerCreate) -> m.Customer:
        return await self._send("POST", "/v1/api/customer", customer.to_wire(), m.Customer)

    async def update_customer(self, customer_id: str, update: m.CustomerUpdate) -> m.Customer:
        path = f"/v1/api/customer/{segment(customer_id)}"
        return await self._send("PUT", path, update.to_wire(partial=True), m.Customer)


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
