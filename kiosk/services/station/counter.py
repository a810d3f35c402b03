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
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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

    async def list_async(self) -> tuple[CounterOutcome, list[CounterOrder]]:
        """The waiting orders of this outlet, oldest first (the queue's order)."""
        since = self._clock() - MAX_AGE
        try:
            found = [
                o
                for o in await self._finalpos.find_orders(since=since)
                if self._waiting(o) and await self._ours(o)
            ]
        except FinalPosError as exc:
            log.warning("pay-at-counter orders not readable: %s", exc)
            return CounterOutcome.UNREACHABLE, []
        waiting: list[CounterOrder] = []
        for order in found:
            try:
                waiting.append(counter_order(order, self._currency))
            except MoneyError as exc:
                log.warning("pay-at-counter order %s skipped: %s", order.id, exc)
        waiting.sort(key=lambda o: o.created_at.timestamp() if o.created_at else 0.0)
        return CounterOutcome.OK, waiting

    async def get_async(self, order_id: str) -> tuple[CounterOutcome, CounterOrder | None]:
        """Read the order again just before paying: it must still be waiting."""
        try:
            order = await self._finalpos.get_order(order_id)
        except NotFoundError:
            return CounterOutcome.NOT_WAITING, None
        except FinalPosError:
            return CounterOutcome.UNREACHABLE, None
        if not self._waiting(order):
            return CounterOutcome.NOT_WAITING, None
        try:
            return CounterOutcome.OK, counter_order(order, self._currency)
        except MoneyError:
            return CounterOutcome.NOT_WAITING, None
