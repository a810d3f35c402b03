"""What the refund service needs from the till session and from Final POS.

Protocols, so the refund service depends on no concrete client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from kiosk.finalpos import models as m


class _Session(Protocol):
    async def ensure_open_async(self) -> str: ...


class RefundFinalPos(Protocol):
    """The part of `FinalPosClient` refunds use."""

    async def create_refund(self, refund: m.RefundCreate) -> m.Refund: ...
    async def create_transaction(self, transaction: m.TransactionCreate) -> m.Transaction: ...
    def iter_transactions(self) -> AsyncIterator[m.Transaction]: ...
    async def get_order(self, order_id: str) -> m.Order: ...
    async def update_order(self, order_id: str, update: m.OrderUpdate) -> m.Order: ...


def _iter_refunds(client: object) -> AsyncIterator[m.Refund]:
    """Every Final POS refund (no server filter exists).

    Uses ``FinalPosClient.iter_refunds`` when the client has it; until then the client's
    generic pager on ``GET /v1/api/refunds`` (the same paging rules as every listing).
    """
    lister = getattr(client, "iter_refunds", None)
    if lister is not None:
        found: AsyncIterator[m.Refund] = lister()
        return found
    pager = client._iter  # type: ignore[attr-defined]
    result: AsyncIterator[m.Refund] = pager("/v1/api/refunds", m.Refund)
    return result
