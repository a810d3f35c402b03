"""Settling a checkout on an order owned elsewhere: who else was paid for that order.

A kiosk's pay-at-counter order paid by card at the station (`checkout_types.owned_elsewhere`)
may be paid at another till at the same time, in cash or by card. Final POS has no
compare-and-set, so before any capture Stripe is the arbiter (`older_rival`: only the oldest
live PaymentIntent naming the order captures), and as a second line `kiosk.services.settle`
asks these before and after recording its sale:
another till's sale already on the order holds our capture for a refund; two sales posted at
the same moment keep the older, and the younger one's till offsets its own and holds it.
"""

from __future__ import annotations

from contextlib import aclosing

from kiosk.domain.checkout import OrderState
from kiosk.finalpos import models as m
from kiosk.payments.gateway import IntentState
from kiosk.services import orders
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import Pipeline, order_state

# Stripe's statuses in which a PaymentIntent may still take (or has taken) the money.
LIVE_INTENT_STATUSES = frozenset(
    {
        "requires_payment_method",
        "requires_confirmation",
        "requires_action",
        "processing",
        "requires_capture",
        "succeeded",
    }
)
# Rivals are listed from the order's creation less this (clocks of Final POS and Stripe).
RIVAL_LIST_MARGIN_S = 3600
# Without the order's creation time: how far back a rival's authorisation could still be live.
RIVAL_LIST_FALLBACK_S = 8 * 24 * 3600
# The listing waits until Stripe's clock has left our intent's `created` second (plus clock
# skew): a rival created in that same second with a smaller id is then in the listing.
SAME_SECOND_GUARD_S = 1.5
# Journal meta key: the checkout yielded to an older PaymentIntent on the same order.
YIELDED = "yielded_to"


def _intent_age(intent: IntentState) -> tuple[int, str]:
    return (intent.created or 0, intent.id)


async def older_rival(
    p: Pipeline, entry: CheckoutEntry, ours: IntentState, order: m.Order
) -> IntentState | None:
    """Before capturing on an order owned elsewhere: the older live PaymentIntent of another
    checkout for the same order, if any (then we must not capture); Stripe is the arbiter.

    Every PaymentIntent made for an order carries its Final POS id (metadata ``order_id``).
    Rivals are the other intents naming that order; live is any status but ``canceled``;
    older is a smaller ``created``, ties broken by the smaller id (a total order).

    Why at most one captures: take two live intents X older than Y, each listing after both
    exist (a consistent list; `SAME_SECOND_GUARD_S` makes "after" hold for a rival created in
    our own second). Y's listing shows X, live (X is live until canceled, and a canceled X
    does not capture), so Y does not capture. X sees only younger rivals, or none, and
    captures. Only the oldest live one can capture, and it is unique. An older rival that
    later fails (declined and abandoned, cancelled) only means the younger customer was
    told to retry: nothing is charged twice, at worst nobody is charged and the station
    tries again. A stale open rival (a till that crashed mid-payment) blocks until its own
    recovery voids it.

    Raises `PaymentError` when the list cannot be read: no capture on missing information,
    the authorisation is held and the next pass decides again.
    """
    cid = entry.checkout_id
    if ours.created is not None:
        # Bounded whatever the clock says (a wrong clock only shortens the guard).
        wait_s = min(ours.created + SAME_SECOND_GUARD_S - p.clock(), SAME_SECOND_GUARD_S)
        if wait_s > 0:
            await p.sleep(wait_s)
    if order.created_at is not None:
        since = int(order.created_at.timestamp()) - RIVAL_LIST_MARGIN_S
    else:
        since = int(ours.created or p.clock()) - RIVAL_LIST_FALLBACK_S
    listed = await p.retrying(
        lambda _n: p.gateway.list_checkout_intents_async(created_after=since),
        f"checkout {cid}: list the order's PaymentIntents",
    )
    rivals = [
        i
        for i in listed
        if i.metadata.get("order_id") == entry.order_id
        and i.id != ours.id
        and i.status in LIVE_INTENT_STATUSES
        and _intent_age(i) < _intent_age(ours)
    ]
    return min(rivals, key=_intent_age, default=None)


def yielded(p: Pipeline, checkout_id: str) -> str | None:
    """The older PaymentIntent this checkout yielded to (it voided its own), if it did."""
    return p.journal.get_meta(f"{YIELDED}:{checkout_id}")


def note_yielded(p: Pipeline, checkout_id: str, rival: IntentState) -> None:
    p.journal.set_meta(f"{YIELDED}:{checkout_id}", rival.id)
    p.journal.record(
        checkout_id,
        detail=f"another station is taking this payment (PaymentIntent {rival.id}): voided",
    )


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
    return await p.retrying(
        lambda _n: order_sales_once(p, entry.order_id or ""),
        f"checkout {entry.checkout_id}: list the order's sales",
    )


async def order_sales_once(p: Pipeline, order_id: str) -> list[m.Transaction]:
    """`order_sales` in one listing, without retries (for a caller that retries itself)."""
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
