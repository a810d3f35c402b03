"""Settling's cancel of a checkout: void the intent, then cancel the order if still pending.

Part of `kiosk.services.settle.Settler` (see that module's docstring for the money rules);
the caller holds the checkout's lock. Final POS has no compare-and-set, so a "PUT order
cancelled" may meet an order that changed since it was read: a station completed it, or
took the customer's money on it (a pay-at-counter order: its sale first, then the order
completed). The PUT is the one guarded cancel (`kiosk.services.settle_guard`: read again
before every retried PUT, the sale check, the hold after an unknown outcome), and the
checkout is decided again from what Final POS holds whenever the order is left alone; a
checkout is never closed CANCELED with a station's sale on its order.
"""

from __future__ import annotations

import logging

from kiosk.domain.checkout import OrderState, Step
from kiosk.finalpos import models as m
from kiosk.payments.gateway import IntentState
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import order_state
from kiosk.services.settle_complete import SettleCompletion
from kiosk.services.settle_guard import LATE_CANCEL, PAID_CANCELLED, Left, guarded_cancel

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
        """PUT the checkout's pending order cancelled; None once it is cancelled, else why it
        was left alone: the one guarded cancel (`kiosk.services.settle_guard`, its rules),
        read again first when a void ran since this pass read it."""
        return await guarded_cancel(
            self._p,
            order_id,
            counter=orders.is_counter_order(entry.order_body),
            read_first=read_first,
            what=f"checkout {entry.checkout_id}: PUT order cancelled",
        )

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
        if left.held:
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

    async def _sold_cancelled(self, entry: CheckoutEntry, state: OrderState) -> str | None:
        """Before closing the checkout CANCELED: why to hold it instead, when its
        pay-at-counter order is cancelled with a station's sale on it. Settling keeps no
        journal of an attempt whose outcome was unknown once its retries ran out (or the
        kiosk died): that PUT may have landed over a station's payment since, and the
        customer paid on the order."""
        if state is not OrderState.CANCELED or entry.order_id is None:
            return None
        if not orders.is_counter_order(entry.order_body) or owned_elsewhere(entry.order_body):
            return None
        if not await owned.order_sales(self._p, entry):
            return None
        return PAID_CANCELLED.format(order_id=entry.order_id)
