"""Kiosk orders waiting to be paid at the counter: the station lists them and takes the money.

The shared convention (README "pay at the counter"): a self-service kiosk posts an ordinary
order with status ``pending``, balance = total, metadata ``payAt`` = ``counter`` and
``posData.payAt`` = ``counter``; its number is the customer's (metadata/posData
``orderNumber``). No PaymentIntent exists for it.

The station finds them with the client's order listing (`FinalPosClient.find_orders`, since
the last 24 h: Final POS documents no server filter), keeps those of its outlet (the order's
till session belongs to a station of this outlet; looked up once per session and cached) that
are still ``pending``, and pays one by posting the sale transaction for that order and then
completing it (``completed``, balance 0), exactly as a paid order ends. Paying cash goes
through the cash drawer's journal (`CashSales.settle_order_async`): the sale's ``externalId``
is derived from the order (``counter:<order id>``) and looked up before every post, so the
same order is never charged twice, here or after a crash.

One entry per kiosk checkout. Final POS has no idempotency key: a kiosk's order POST committed
later than the kiosk's quiet period leaves two ``pending`` orders with one ``externalId`` (the
kiosk's checkout id) and one customer number, until the kiosk's duplicate watch cancels the one
it did not journal, or its own when a station paid the other
(`settle_records._cancel_extra_orders`, up to ``WATCH_QUIET_PERIODS`` quiet periods later).
Paying both would charge the customer twice (each sale's id names its own order), so orders
sharing a non-empty ``externalId`` are one customer's order here:

- listed: none of them when one is ``completed`` (paid: the others are duplicates the kiosk
  cancels); else only the *first* pending one that can be shown, by (``createdAt``, id).
  The kiosk journals the order whose create answered; its late duplicate was committed after
  the kiosk's look-up had found nothing, so it is nearly always the younger one, and the
  first is the one the kiosk keeps. Above all every station picks the same one from the same
  records, so two cashiers open the *same* order, where the one-order protections hold (the
  cash journal id and the sale look-up, Stripe's oldest-intent rule for cards). A sibling
  whose amounts are unusable is skipped, never hiding a good one; a cancelled sibling (the
  kiosk's undoing) hides nothing.
- paid (`get_async`, read again just before money is taken, in cash and by card): refused
  (``NOT_WAITING``) unless the order is still that first pending one, no sibling is
  ``completed``, and no sale stands on a sibling. The siblings come from the last listing
  and are read again by id; only when the checkout was never listed here (or it has
  siblings, for the sale check, rare) is a full listing paged through. The caller also
  refuses when this station journaled a cash sale for a sibling (`CounterOrder.siblings`).

What stays open: the siblings are read, not locked (Final POS has no compare-and-set). Two
stations can take money for two siblings only if they disagree on the first one, i.e. one
of them listed before an older-stamped sibling existed (a duplicate committed between the
kiosk's look-up and its second create's commit), or the first one is cancelled by the
kiosk while another station is paying it; then a second sale is possible as before this
check, and the kiosk's watch does not undo a completed order (staff refund it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from contextlib import aclosing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.money import MoneyError
from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.services import orders

log = logging.getLogger(__name__)

PAY_AT_KEY, PAY_AT_COUNTER = orders.PAY_AT_KEY, orders.PAY_AT_COUNTER
MAX_AGE = timedelta(hours=24)
SALE_PREFIX = "counter:"


class CounterOutcome(StrEnum):
    OK = "ok"
    UNREACHABLE = "unreachable"  # Final POS did not answer; nothing was changed
    NOT_WAITING = "not_waiting"  # paid, cancelled or gone meanwhile (another station?)


@dataclass(frozen=True, slots=True)
class CounterLine:
    name: str
    quantity: int
    total_minor: int


@dataclass(frozen=True, slots=True)
class CounterOrder:
    order_id: str
    number: str
    created_at: datetime | None
    total_minor: int
    tax_minor: int
    currency: str
    receipt_id: str
    session_id: str | None
    lines: tuple[CounterLine, ...]
    # The order as Final POS holds it, in the create shape (`m.OrderCreate.to_wire`): journaled
    # with a cash payment so its lines can be refunded here; None when it is not complete.
    body: Mapping[str, object] | None = None
    # The other orders carrying this order's kiosk checkout id (late-commit duplicates), as
    # `CounterOrders.get_async` read them: a cash sale journaled here for one refuses this.
    siblings: tuple[str, ...] = ()

    @property
    def items(self) -> int:
        return sum(line.quantity for line in self.lines)


def counter_sale_id(order_id: str) -> str:
    """The sale transaction's ``externalId`` (and cash journal id) for paying `order_id`."""
    return f"{SALE_PREFIX}{order_id}"


def is_counter_order(order: m.Order) -> bool:
    meta = {md.key: md.value for md in order.metadata or []}
    return (
        meta.get(PAY_AT_KEY) == PAY_AT_COUNTER
        or (order.pos_data or {}).get(PAY_AT_KEY) == PAY_AT_COUNTER
    )


def _queue_key(order: m.Order) -> tuple[float, str]:
    """The list's order, oldest first; also which of a checkout's duplicates is the one."""
    return (order.created_at.timestamp() if order.created_at else 0.0, order.id)


def _paid(order: m.Order) -> bool:
    return (order.status or "").lower() == orders.ORDER_COMPLETED


def _number(order: m.Order) -> str:
    meta = {md.key: md.value for md in order.metadata or []}
    number = meta.get("orderNumber") or (order.pos_data or {}).get("orderNumber")
    return str(number or order.receipt_id or order.id[:6])


def counter_order(order: m.Order, currency: str) -> CounterOrder:
    """The station's view of a waiting order; MoneyError when its amount is unusable."""
    cur = (order.currency or currency).upper()
    owed: Decimal | None = order.balance
    if owed is None and order.summary is not None:
        owed = order.summary.total
    total = amounts.minor(owed if owed is not None else Decimal(0), cur)
    lines = tuple(
        CounterLine(
            name=item.name or "",
            quantity=int(item.quantity or 0),
            total_minor=amounts.minor(item.total or Decimal(0), cur),
        )
        for item in order.line_items or []
    )
    taxes = order.summary.total_taxes if order.summary else None
    try:
        body: dict[str, object] | None = m.OrderCreate.model_validate(
            order.model_dump(by_alias=True)
        ).to_wire()
    except ValueError:
        body = None  # not a complete order body: it can be paid here, refunded in Final POS
    return CounterOrder(
        order_id=order.id,
        number=_number(order),
        created_at=order.created_at,
        total_minor=total,
        tax_minor=amounts.minor(taxes or Decimal(0), cur),
        currency=cur,
        receipt_id=order.receipt_id or "",
        session_id=order.session_id,
        lines=lines,
        body=body,
    )


class CounterOrders:
    """Lists and re-reads pay-at-counter orders; see the module docstring."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        currency: str,
        outlet_id: str | None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.finalpos = finalpos
        self._finalpos = finalpos
        self._currency = currency.upper()
        self._outlet_id = outlet_id
        self._clock = clock
        self._session_outlet: dict[str, str | None] = {}
        # kiosk checkout id -> its orders' ids, as the last listing saw them
        self._checkouts: dict[str, tuple[str, ...]] = {}

    async def _outlet_of(self, session_id: str | None) -> str | None:
        if session_id is None:
            return None
        if session_id not in self._session_outlet:
            try:
                session = await self._finalpos.get_session(session_id)
                station = (
                    await self._finalpos.get_station(session.station_id)
                    if session.station_id
                    else None
                )
            except NotFoundError:
                station = None
            self._session_outlet[session_id] = station.outlet_id if station else None
        return self._session_outlet[session_id]

    async def _ours(self, order: m.Order) -> bool:
        if self._outlet_id is None:
            return True
        return await self._outlet_of(order.session_id) == self._outlet_id

    def _waiting(self, order: m.Order) -> bool:
        return order.status == orders.ORDER_PENDING and is_counter_order(order)

    def _first_payable(self, group: Iterable[m.Order]) -> m.Order | None:
        """Of one checkout's orders: none when one is paid, else the first pending one whose
        amounts can be shown (see the module docstring)."""
        pending: list[m.Order] = []
        for order in group:
            if _paid(order):
                return None
            if self._waiting(order) and self._showable(order):
                pending.append(order)
        return min(pending, key=_queue_key, default=None)

    def _showable(self, order: m.Order) -> bool:
        try:
            counter_order(order, self._currency)
        except MoneyError:
            return False
        return True

    async def list_async(self) -> tuple[CounterOutcome, list[CounterOrder]]:
        """The waiting orders of this outlet, oldest first (the queue's order); one per kiosk
        checkout (its duplicates are one customer's order; see the module docstring)."""
        since = self._clock() - MAX_AGE
        try:
            # Every counter order, not only pending ones: a paid duplicate hides its siblings.
            found = [
                o for o in await self._finalpos.find_orders(since=since) if is_counter_order(o)
            ]
            checkouts: dict[str, list[m.Order]] = {}
            for order in found:
                if order.external_id:
                    checkouts.setdefault(order.external_id, []).append(order)
            firsts = {ext: self._first_payable(group) for ext, group in checkouts.items()}
            listed = [
                o
                for o in found
                if self._waiting(o)
                and (not o.external_id or firsts[o.external_id] is o)
                and await self._ours(o)
            ]
        except FinalPosError as exc:
            log.warning("pay-at-counter orders not readable: %s", exc)
            return CounterOutcome.UNREACHABLE, []
        self._checkouts = {ext: tuple(o.id for o in group) for ext, group in checkouts.items()}
        waiting: list[CounterOrder] = []
        for order in listed:
            try:
                waiting.append(counter_order(order, self._currency))
            except MoneyError as exc:
                log.warning("pay-at-counter order %s skipped: %s", order.id, exc)
        waiting.sort(key=lambda o: o.created_at.timestamp() if o.created_at else 0.0)
        return CounterOutcome.OK, waiting

    async def get_async(self, order_id: str) -> tuple[CounterOutcome, CounterOrder | None]:
        """Read the order again just before paying: it must still be waiting, and still the
        one of its kiosk checkout to pay (no duplicate paid or being paid)."""
        try:
            order = await self._finalpos.get_order(order_id)
            if not self._waiting(order):
                return CounterOutcome.NOT_WAITING, None
            view = counter_order(order, self._currency)
            siblings = await self._siblings_of(order)
            if self._first_payable([order, *siblings]) is not order:
                return CounterOutcome.NOT_WAITING, None
            if siblings and await self._sold([s.id for s in siblings]):
                return CounterOutcome.NOT_WAITING, None
        except NotFoundError:
            return CounterOutcome.NOT_WAITING, None
        except FinalPosError:
            return CounterOutcome.UNREACHABLE, None
        except MoneyError:
            return CounterOutcome.NOT_WAITING, None
        return CounterOutcome.OK, replace(view, siblings=tuple(s.id for s in siblings))

    async def _siblings_of(self, order: m.Order) -> list[m.Order]:
        """The other counter orders carrying `order`'s checkout id, read fresh: by id when the
        last listing saw the checkout (the usual case: one GET per duplicate, none without),
        else found by paging through the recent orders once."""
        ext = order.external_id
        if not ext:
            return []
        known = self._checkouts.get(ext)
        if known is None:
            found = await self._finalpos.find_orders(external_id=ext, since=self._clock() - MAX_AGE)
            group = [o for o in found if is_counter_order(o)]
            self._checkouts[ext] = tuple(o.id for o in group)
            return [o for o in group if o.id != order.id]
        siblings: list[m.Order] = []
        for sibling_id in known:
            if sibling_id == order.id:
                continue
            try:
                sibling = await self._finalpos.get_order(sibling_id)
            except NotFoundError:
                continue  # deleted: pays nothing, hides nothing
            if sibling.external_id == ext:
                siblings.append(sibling)
        return siblings

    async def _sold(self, order_ids: list[str]) -> bool:
        """Whether a sale (any till's, cash or card, not offset) stands on one of the orders:
        a station paying a duplicate that is not completed yet. Pages through the sales."""
        ids = set(order_ids)
        sale_ids = {counter_sale_id(i) for i in ids}
        sales: set[str] = set()
        undone: set[str] = set()
        async with aclosing(self._finalpos.iter_transactions()) as found:
            async for tx in found:
                ext = tx.external_id or ""
                if tx.type != orders.SALE or not (tx.order_id in ids or ext in sale_ids):
                    continue
                if ":offset:" in ext:
                    undone.add(ext.partition(":offset:")[2])
                else:
                    sales.add(tx.id)
        return bool(sales - undone)
