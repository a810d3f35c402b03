"""Parked orders: a sale put aside in Final POS and resumed later, here or at another station.

Parking posts the order with status ``parked``, ``parkReduceStock`` ``"0"`` (a parked order
holds no stock) and ``parkExpiryDate`` ``"never"``; its lines, discounts and customer are also
kept in ``posData.station`` so resuming rebuilds the same cart. ``externalId`` is
``park:<id>``, so the order is found again after a lost answer (not re-posted: the POST is
sent once, and a lost answer is looked up by that id).

Resuming reads the order again (it must still be ``parked``), then marks it ``cancelled``
with ``posData.resumedBy`` before handing the cart back: the sale is then paid as a new order
through the crash-safe card or cash pipeline, so each record is created by exactly one flow.
Two stations resuming the same order at the same moment cannot be told apart (Final POS has
no conditional update): the second sees ``cancelled`` only if its read comes after the first
PUT. "parked" and the resumed status are not documented values (NOTES.md "Gaps").
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kiosk.domain.pricing import Totals
from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError, UnavailableError
from kiosk.services import orders
from kiosk.services.session import SessionUnavailable, TillSessionService
from kiosk.services.station.discounts import Discounts

log = logging.getLogger(__name__)

ORDER_PARKED = "parked"


class ParkOutcome(StrEnum):
    OK = "ok"
    UNREACHABLE = "unreachable"
    NOT_FOUND = "not_found"
    NOT_PARKED = "not_parked"  # resumed elsewhere, paid or cancelled meanwhile
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class ParkedLine:
    product_id: str
    variant_id: str | None
    quantity: int


@dataclass(frozen=True, slots=True)
class ParkedOrder:
    order_id: str
    label: str
    parked_by: str
    parked_at: datetime | None
    total_minor: int
    currency: str
    lines: tuple[ParkedLine, ...]
    discounts: Discounts
    customer_id: str | None
    note: str


def _parked(order: m.Order, currency: str) -> ParkedOrder:
    station: Mapping[str, Any] = (order.pos_data or {}).get("station") or {}
    lines = tuple(
        ParkedLine(str(item["productId"]), item.get("variantId"), int(item["quantity"]))
        for item in station.get("lines") or []
    )
    total = order.summary.total if order.summary and order.summary.total else Decimal(0)
    return ParkedOrder(
        order_id=order.id,
        label=str(station.get("label") or order.receipt_id or ""),
        parked_by=str(station.get("parkedBy") or ""),
        parked_at=order.created_at,
        total_minor=amounts.minor(total, currency),
        currency=currency,
        lines=lines,
        discounts=Discounts.from_json(station.get("discounts") or {}),
        customer_id=order.customer_id,
        note=order.customer_note or "",
    )


class ParkedOrders:
    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        session: TillSessionService,
        currency: str,
        station_name: str,
    ) -> None:
        self._finalpos = finalpos
        self._session = session
        self._currency = currency.upper()
        self._name = station_name

    async def park_async(
        self,
        totals: Totals,
        *,
        discounts: Discounts,
        parked_by: str,
        label: str = "",
        customer_id: str | None = None,
        note: str = "",
    ) -> tuple[ParkOutcome, str | None]:
        """Post the parked order; its id (None when it could not be confirmed)."""
        if not totals.lines:
            return ParkOutcome.EMPTY, None
        try:
            session_id = await self._session.ensure_open_async()
        except SessionUnavailable:
            return ParkOutcome.UNREACHABLE, None
        park_id = uuid.uuid4().hex
        external_id = f"park:{park_id}"
        body = orders.order_create(
            totals,
            checkout_id=external_id,
            receipt_id=f"PARK-{park_id[:8].upper()}",
            order_number=label or park_id[:6].upper(),
            session_id=session_id,
            kiosk_name=self._name,
        )
        station = {
            "label": label,
            "parkedBy": parked_by,
            "lines": [
                {
                    "productId": p.line.product_id,
                    "variantId": p.line.variant_id,
                    "quantity": p.line.quantity,
                }
                for p in totals.lines
            ],
            "discounts": discounts.to_json(),
        }
        body = body.model_copy(
            update={
                "status": ORDER_PARKED,
                "park_reduce_stock": "0",
                "park_expiry_date": "never",
                "customer_id": customer_id,
                "customer_note": note or None,
                "pos_data": {**(body.pos_data or {}), "station": station},
            }
        )
        try:
            created = await self._finalpos.create_order(body)
        except UnavailableError as exc:
            if not exc.outcome_unknown:
                return ParkOutcome.UNREACHABLE, None
            try:
                found = await self._finalpos.find_order_by_external_id(external_id)
            except FinalPosError:
                found = None
            return (ParkOutcome.OK, found.id) if found else (ParkOutcome.UNREACHABLE, None)
        except FinalPosError as exc:
            log.warning("order not parked: %s", exc)
            return ParkOutcome.UNREACHABLE, None
        return ParkOutcome.OK, created.id

    async def list_async(self) -> tuple[ParkOutcome, list[ParkedOrder]]:
        try:
            found = [o for o in await self._finalpos.list_orders() if o.status == ORDER_PARKED]
        except FinalPosError as exc:
            log.warning("parked orders not readable: %s", exc)
            return ParkOutcome.UNREACHABLE, []
        parked = [_parked(o, self._currency) for o in found]
        parked.sort(key=lambda p: p.parked_at.timestamp() if p.parked_at else 0.0, reverse=True)
        return ParkOutcome.OK, parked

    async def resume_async(
        self, order_id: str, *, resumed_by: str
    ) -> tuple[ParkOutcome, ParkedOrder | None]:
        try:
            order = await self._finalpos.get_order(order_id)
        except NotFoundError:
            return ParkOutcome.NOT_FOUND, None
        except FinalPosError:
            return ParkOutcome.UNREACHABLE, None
        if order.status != ORDER_PARKED:
            return ParkOutcome.NOT_PARKED, None
        parked = _parked(order, self._currency)
        pos_data = {**(order.pos_data or {}), "resumedBy": resumed_by}
        try:
            await self._finalpos.update_order(
                order_id, m.OrderUpdate(status=orders.ORDER_CANCELLED, pos_data=pos_data)
            )
        except FinalPosError:
            return ParkOutcome.UNREACHABLE, None
        return ParkOutcome.OK, parked
