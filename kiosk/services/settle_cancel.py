"""Settling's cancel of a checkout: void the intent, then cancel the order if still pending.

Part of `kiosk.services.settle.Settler` (see that module's docstring for the money rules);
the caller holds the checkout's lock. Final POS has no compare-and-set, so a "PUT order
cancelled" may meet an order that changed since it was read: a station completed it, or
took the customer's money on it (a pay-at-counter order: its sale first, then the order
completed). The order is read again before every retried PUT, and the checkout is decided
again from what Final POS holds whenever the order is no longer pending; a checkout is
never closed CANCELED with a station's sale on its order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.domain.checkout import OrderState, Step
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError, UnavailableError
from kiosk.payments.gateway import IntentState
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import order_state
from kiosk.services.settle_complete import SettleCompletion
from kiosk.services.settle_records import LATE_CANCEL

log = logging.getLogger(__name__)


class SettleCancel(SettleCompletion):
    """Voids and cancels; `Settler` builds on it."""

    async def _cancel(
        self,
        entry: CheckoutEntry,
        order: m.Order | None,
        intent: IntentState | None,
        *,
        keep_order: bool = False,
    ) -> bool:
        """Void the intent, then cancel the pending order (unless `keep_order`: it is not
        ours, and stays pending for its owner). False if money turned up instead."""
        p, cid = self._p, entry.checkout_id
        if not entry.cancel_requested:
            entry = p.journal.record(cid, cancel_requested=True, detail="cancel")
        voided = False  # a void takes time: the order read before it may be stale
        if intent is not None and not intent.canceled:
            voided = True
            intent = await self.void(entry, intent)
            if not intent.canceled:
                return False
        if keep_order or owned_elsewhere(entry.order_body):
            p.journal.record(cid, Step.CANCELED, detail="released: the order is left pending")
            return True
        if order is not None and order_state(order) is OrderState.PENDING:
            left = await self._cancel_order(entry, order.id, read_first=voided)
            if left is not None:
                return await self._left_alone(entry, order.id, left)
        p.journal.record(cid, Step.CANCELED)
        return True

    async def _cancel_order(
        self, entry: CheckoutEntry, order_id: str, *, read_first: bool
    ) -> Left | None:
        """PUT the checkout's pending order cancelled; None once it is cancelled (by this PUT,
        or by an earlier attempt whose answer was lost), else why it was left alone.

        Final POS has no compare-and-set: a station may complete the order (or take the
        customer's money on it) between our read and our PUT. So the order is read again
        before every attempt but a first one made right after this pass read it (a void in
        between counts as time passed), and a pay-at-counter order with a station's sale on
        it is never cancelled: the customer paid on it. After an attempt that timed out (it
        may commit late, over a station's payment) a pay-at-counter order found cancelled
        is only taken as ours when no sale stands on it.
        """
        p, cid = self._p, entry.checkout_id
        counter = orders.is_counter_order(entry.order_body)
        unknown = False  # an attempt may have been applied without our knowing

        async def attempt(number: int) -> Left | None:
            nonlocal unknown
            if number > 0 or read_first:
                try:
                    fresh = await p.finalpos.get_order(order_id)
                except NotFoundError:
                    return Left(OrderState.DELETED, unknown)
                state = order_state(fresh)
                if state is OrderState.CANCELED and not (counter and unknown):
                    return None  # an earlier attempt landed
                if state is not OrderState.PENDING:
                    # Ours may have landed late over a station's payment: its sale tells.
                    sales = await owned.order_sales_once(p, order_id) if counter else []
                    if state is OrderState.CANCELED and not sales:
                        return None
                    return Left(state, unknown, sales[0].id if sales else None)
            if counter:
                sales = await owned.order_sales_once(p, order_id)
                if sales:
                    return Left(OrderState.PENDING, unknown, sales[0].id)
            try:
                await p.finalpos.update_order(order_id, orders.order_cancelled())
            except UnavailableError as exc:
                unknown = unknown or exc.outcome_unknown
                raise
            return None

        return await p.retrying(attempt, f"checkout {cid}: PUT order cancelled")

    async def _left_alone(self, entry: CheckoutEntry, order_id: str, left: Left) -> bool:
        """The order was not cancelled (see `_cancel_order`): journal why; True when that
        settles the checkout (paid at the counter), False to decide again from fresh facts."""
        p, cid = self._p, entry.checkout_id
        detail = f"order {order_id} not cancelled: it is {left.state.value} in Final POS"
        if left.sale_id is not None:
            detail = f"order {order_id} not cancelled: a station sold it (sale {left.sale_id})"
        if left.state is OrderState.CANCELED:
            detail = f"order {order_id} is cancelled with a station's sale {left.sale_id} on it"
        log.warning("checkout %s: %s", cid, detail)
        p.journal.record(cid, detail=detail)
        if left.unknown and left.state is not OrderState.DELETED:
            # An earlier PUT timed out and may still commit, over the station's payment.
            p.hold(cid, LATE_CANCEL.format(order_id=order_id))
            return False
        if left.sale_id is not None or left.state is OrderState.COMPLETED:
            return await self._end_paid_at_counter(p.journal.get(cid))
        return False

    async def _end_paid_at_counter(self, entry: CheckoutEntry) -> bool:
        """A pay-at-counter order of ours that a station took the money on: the checkout
        ends AT_COUNTER (as every order paid at the counter does), never CANCELED. False
        when no sale stands on the order (someone completed it without money: the table
        sends that to staff)."""
        if not orders.is_counter_order(entry.order_body) or owned_elsewhere(entry.order_body):
            return False
        sales = await owned.order_sales(self._p, entry)
        if not sales:
            return False
        detail = f"paid at the counter (sale {sales[0].id}): the order is not cancelled"
        self._p.journal.record(entry.checkout_id, Step.AT_COUNTER, attention=None, detail=detail)
        return True


@dataclass(frozen=True, slots=True)
class Left:
    """Why `Settler._cancel_order` left the order alone."""

    state: OrderState  # as read just now (PENDING: a station's sale stands on it)
    unknown: bool  # an earlier attempt's outcome is unknown: it may still commit
    sale_id: str | None = None
