"""Settling a checkout on an order owned elsewhere: who else was paid for that order.

A kiosk's pay-at-counter order paid by card at the station (`checkout_types.owned_elsewhere`)
may be paid at another till at the same time, in cash or by card. Final POS has no
compare-and-set, so `kiosk.services.settle` asks these before and after recording its sale:
another till's sale already on the order holds our capture for a refund; two sales posted at
the same moment keep the older, and the younger one's till offsets its own and holds it.
"""

from __future__ import annotations

from contextlib import aclosing

from kiosk.domain.checkout import OrderState
from kiosk.finalpos import models as m
from kiosk.services import orders
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import Pipeline, order_state


def paid_elsewhere(entry: CheckoutEntry, order: m.Order | None) -> bool:
    """An order we do not own, completed with no sale of ours: someone else was paid."""
    return (
        owned_elsewhere(entry.order_body)
        and entry.transaction_id is None
        and order_state(order, deleted=order is None) is OrderState.COMPLETED
    )


async def order_sales(p: Pipeline, entry: CheckoutEntry) -> list[m.Transaction]:
    """The sales standing on the checkout's order (any till's, card or cash), offsets and the
    sales they undo left out, oldest first."""
    cid, order_id = entry.checkout_id, entry.order_id

    async def listing(_n: int) -> list[m.Transaction]:
        sales: list[m.Transaction] = []
        undone: set[str] = set()
        async with aclosing(p.finalpos.iter_transactions()) as found:
            async for tx in found:
                if tx.order_id != order_id or tx.type != orders.SALE:
                    continue
                ext = tx.external_id or ""
                if ":offset:" in ext:
                    undone.add(ext.partition(":offset:")[2])
                else:
                    sales.append(tx)
        return sorted((tx for tx in sales if tx.id not in undone), key=_age)

    return await p.retrying(listing, f"checkout {cid}: list the order's sales")


async def sold_elsewhere(p: Pipeline, entry: CheckoutEntry) -> str | None:
    """Before our sale: why not to record it, when another till's sale is on the order."""
    if not owned_elsewhere(entry.order_body):
        return None
    other = [tx for tx in await order_sales(p, entry) if tx.external_id != entry.checkout_id]
    if not other:
        return None
    return (
        f"the card was charged but order {entry.order_id} was paid elsewhere (sale "
        f"{other[0].id}): refund the customer"
    )


async def second_sale(p: Pipeline, entry: CheckoutEntry) -> tuple[m.Transaction, str] | None:
    """After our sale: (our sale, why) when another till's older sale stands on the order
    too (both cards approved at the same moment): ours is to be offset and held."""
    if not owned_elsewhere(entry.order_body) or entry.transaction_id is None:
        return None
    sales = await order_sales(p, entry)
    ours = next((tx for tx in sales if tx.id == entry.transaction_id), None)
    if ours is None or sales[0].id == ours.id:
        return None
    return ours, (
        f"the card was charged but order {entry.order_id} was paid at another till at the "
        f"same moment (sale {sales[0].id}): this sale was offset; refund the customer"
    )


def _age(tx: m.Transaction) -> tuple[float, str]:
    """Oldest first: Final POS's creation time, then its id."""
    return (tx.created_at.timestamp() if tx.created_at else 0.0, tx.id)
