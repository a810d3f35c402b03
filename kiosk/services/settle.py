"""Settling one checkout: ask Final POS and Stripe what is there, decide, act, journal.

`Settler.settle_locked` is shared by the live pay flow (`kiosk.services.checkout`) and by
recovery: a checkout reaches the same outcome however it was interrupted. Each pass reads the
facts (`kiosk.domain.checkout.Facts`) fresh, applies `decide`, and performs at most the side
effects of one action, each journaled before and after.

Money integrity rules applied here, on top of the decision table:

- duplicates: a create whose answer was lost may have landed twice (Final POS has no
  idempotency key). On a scanning settle (every recovery pass, and a live one once any create
  of the checkout had an unknown outcome) every order and sale carrying the checkout id is
  listed; extra orders are cancelled and extra sales offset (`orders.sale_offset`), each noted
  in the journal history. A pay-at-counter checkout whose duplicate was paid at a station keeps
  that one: its own order, still pending, is cancelled instead (`_cancel_extra_orders`).
  Creates go through `kiosk.services.posting.OnceCreator`;
- stale orders: the order is read again right before capture, before the sale is recorded
  and before the completing PUT. A cancelled or deleted order is never overwritten nor
  re-created: with money only authorised the authorisation is voided; with money taken the
  checkout goes to staff (refund, or reinstate/re-record the order);
- cancels: the order is read again before every retried "PUT order cancelled" (and before
  the first when a void ran since the pass read it), as Final POS has no compare-and-set; no
  longer pending, it is left alone and the checkout is decided again from fresh facts. A
  pay-at-counter order with a station's sale on it is never cancelled: the checkout ends
  AT_COUNTER, as every order paid at the counter does; and when an earlier attempt timed
  out (it may still commit over the payment) the checkout is held for staff instead
  (`kiosk.services.settle_cancel`; the shared rules in `kiosk.services.settle_guard`). Nor is
  a checkout closed CANCELED when its pay-at-counter order is found cancelled with a
  station's sale on it (a cancel whose outcome was unknown landed over the payment after
  the pass that sent it gave up): it is held for staff (`PAID_CANCELLED`);
- amounts: before capture the journal's amount, the order's total, the PaymentIntent's amount
  and its capturable amount must agree; before the sale, what was received must equal the
  total and nothing may have been refunded. Any mismatch stops (no capture: the authorisation
  is voided) and *holds* the checkout for staff with the numbers;
- a PaymentIntent older than the 24 h life of Stripe's idempotency keys is looked up by its
  metadata before anything is created for the checkout;
- an order owned elsewhere (`checkout_types.owned_elsewhere`: a kiosk's order paid by card at
  the station) is never cancelled (`Action.RELEASE` voids the intent only), and is captured
  only while it is still pending: completed by someone else first, the authorisation is voided.
  Two tills approved at once: only the oldest live PaymentIntent naming the order captures,
  the others void theirs (`settle_owned.older_rival`, Stripe as the arbiter); a listing that
  cannot be read means no capture on this pass.
"""

from __future__ import annotations

import logging

from kiosk.domain.checkout import (
    Action,
    Boundary,
    Decision,
    Facts,
    IntentStatus,
    OrderState,
    Step,
    decide,
)
from kiosk.finalpos import models as m
from kiosk.payments.gateway import IntentState
from kiosk.services.checkout_types import owned_elsewhere, paying_till
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import Pipeline, Settlement, intent_status, order_state
from kiosk.services.posting import PostPending
from kiosk.services.settle_cancel import SettleCancel
from kiosk.services.settle_records import ORDER, SALE, Sales

log = logging.getLogger(__name__)

# Stripe keeps an idempotency key for 24 hours; past this age a retried create could make a
# second PaymentIntent, so the first one is looked up by its metadata instead.
FIND_INTENT_AFTER_S = 23 * 3600


class Settler(SettleCancel):
    """Settles checkouts; see the module docstring. The caller holds the checkout's lock."""

    def __init__(self, pipeline: Pipeline, *, find_intent_after_s: float = FIND_INTENT_AFTER_S):
        self._p = pipeline
        self._find_after_s = find_intent_after_s

    async def settle_locked(self, checkout_id: str, *, scan: bool) -> Settlement:
        """One settling pass; a create still in its quiet period makes it a WAIT."""
        try:
            return await self._settle(checkout_id, scan=scan)
        except PostPending as exc:
            entry = self._p.journal.get(checkout_id)
            return Settlement(checkout_id, entry.step, Decision(Action.WAIT, str(exc)))

    async def _settle(self, checkout_id: str, *, scan: bool) -> Settlement:
        p, journal = self._p, self._p.journal
        scan = scan or p.once.suspect(checkout_id)
        for _ in range(4):  # a cancel or a stale read re-decides from fresh facts
            entry = journal.get(checkout_id)
            if entry.step.terminal:
                return Settlement(checkout_id, entry.step, None)
            hold = p.held(checkout_id)
            if hold is not None:
                if entry.attention != hold:
                    entry = journal.record(checkout_id, attention=hold)
                decision = Decision(Action.ATTENTION, hold)
                return Settlement(checkout_id, entry.step, decision, hold)
            entry, order, deleted, order_pending = await self._learn_order(entry, scan=scan)
            entry, intent = await self._learn_intent(entry)
            entry, has_sale, sale_pending = await self._learn_sales(entry, scan=scan)
            facts = Facts(
                order=order_state(order, deleted=deleted),
                intent=intent_status(intent),
                has_sale=has_sale,
                cancel_requested=entry.cancel_requested,
                post_pending=order_pending or sale_pending,
                free=entry.amount_minor == 0,
                owned_elsewhere=owned_elsewhere(entry.order_body),
            )
            decision = decide(facts)
            log.info(
                "checkout %s: %s -> %s (%s)", checkout_id, facts, decision.action, decision.reason
            )
            action = decision.action
            if action is Action.WAIT:
                return Settlement(checkout_id, entry.step, decision)
            if action is Action.ATTENTION:
                if (
                    facts.order is OrderState.COMPLETED
                    and facts.intent in (IntentStatus.NONE, IntentStatus.CANCELED)
                    and await self._end_paid_at_counter(entry)
                ):
                    journal.release(checkout_id)  # a station took the money on it
                    return Settlement(checkout_id, Step.AT_COUNTER, None)
                if entry.attention != decision.reason:
                    # Logged once, when the checkout first needs a person (not every pass).
                    log.warning("checkout %s needs staff: %s", checkout_id, decision.reason)
                    entry = journal.record(
                        checkout_id, attention=decision.reason, detail=decision.reason
                    )
                return Settlement(checkout_id, entry.step, decision, decision.reason)
            if action is Action.CLOSE_VOID:
                entry = journal.record(checkout_id, Step.VOID, detail=decision.reason)
            elif action is Action.CLOSE_CANCELED:
                paid_over = await self._sold_cancelled(entry, facts.order)
                if paid_over is not None:
                    p.hold(checkout_id, paid_over)  # the customer paid on it: staff decides
                    continue
                entry = journal.record(checkout_id, Step.CANCELED, detail=decision.reason)
            elif action is Action.CLOSE_COMPLETED:
                entry = journal.record(
                    checkout_id, Step.COMPLETED, attention=None, detail=decision.reason
                )
            elif action in (Action.COMPLETE, Action.CAPTURE_AND_COMPLETE):
                if facts.free:
                    done = await self._complete_free(entry)
                else:
                    assert intent is not None
                    done = await self._complete(entry, order, intent)
                if not done:
                    continue
                entry = journal.get(checkout_id)
            else:  # Action.CANCEL, Action.RELEASE (the order is not ours to cancel)
                keep = action is Action.RELEASE
                if not await self._cancel(entry, order, intent, keep_order=keep):
                    continue  # the intent was authorised after all: decide again
                entry = journal.get(checkout_id)
            journal.release(checkout_id)
            return Settlement(checkout_id, entry.step, decision)
        entry = journal.get(checkout_id)
        return Settlement(checkout_id, entry.step, None)

    async def recheck_locked(
        self, checkout_id: str, *, found_orders: list[m.Order], found_sales: Sales
    ) -> bool:
        """A settled checkout that had an unknown create: undo duplicates that landed late.

        True when the checkout no longer needs watching (its watch ended). Extra pending
        orders are cancelled (all of them when the checkout recorded none), extra sales offset;
        a pay-at-counter order whose duplicate a station paid is cancelled itself.
        """
        p = self._p
        entry = p.journal.get(checkout_id)
        if not entry.step.terminal:
            return False  # settling scans it anyway
        try:
            await self._cancel_extra_orders(entry, found_orders, sold=found_sales.sold_orders)
            if entry.step is Step.COMPLETED and entry.transaction_id is not None:
                await self._offset_extra_sales(entry, found_sales)
        except PostPending:
            return False  # an offset's own outcome is unknown: look again later
        until = p.once.watched().get(checkout_id)
        return until is None or p.clock() >= until

    # -- learning the facts ------------------------------------------------------------------

    async def _learn_order(
        self, entry: CheckoutEntry, *, scan: bool
    ) -> tuple[CheckoutEntry, m.Order | None, bool, bool]:
        """(entry, our order, deleted?, create pending?); extra orders are cancelled."""
        p, cid = self._p, entry.checkout_id
        if entry.order_id is not None:
            order = await self._read_order(entry)
            if scan and await self._cancel_extra_orders(entry, await self._orders_of(cid)):
                order = await self._read_order(entry)  # a duplicate of it was paid: cancelled
            return entry, order, order is None, False
        if entry.step is Step.BEGUN:
            return entry, None, False, False  # nothing was ever sent
        found = await self._orders_of(cid)
        if not found:
            if p.once.in_quiet(cid, ORDER):
                return entry, None, False, True
            p.once.resolve(cid, ORDER)  # proven absent after the quiet period
            return entry, None, False, False
        p.once.resolve(cid, ORDER)
        kept = found[0]
        step = Step.ORDER_RECORDED if entry.step is Step.ORDER_POSTING else None
        entry = p.journal.record(cid, step, order_id=kept.id)
        if await self._cancel_extra_orders(entry, found):
            read = await self._read_order(entry)  # a duplicate of it was paid: cancelled
            return entry, read, read is None, False
        return entry, kept, False, False

    async def _learn_intent(self, entry: CheckoutEntry) -> tuple[CheckoutEntry, IntentState | None]:
        cid = entry.checkout_id
        if entry.intent_id is not None:
            intent_id = entry.intent_id
            return entry, await self._p.retrying(
                lambda _n: self._p.gateway.retrieve_async(intent_id), f"checkout {cid}: retrieve"
            )
        if not entry.step.may_have_intent or entry.order_id is None or entry.amount_minor == 0:
            return entry, None
        # The intent may exist with its id unjournaled: asking with the same checkout id
        # returns that same intent (idempotency key), so there is never a second one.
        intent = await self.prepare_intent(entry, create=False)
        return self._p.journal.get(cid), intent

    async def prepare_intent(self, entry: CheckoutEntry, *, create: bool) -> IntentState | None:
        """The checkout's PaymentIntent: found by metadata when its key may have expired,
        else created or replayed through the idempotency key. Journals its id.

        For a checkout older than the key's life that has none, `create` says whether to make
        one now (a live payment) or to report None (recovery: nothing to undo).
        """
        p, cid = self._p, entry.checkout_id
        order_id = entry.order_id
        assert order_id is not None
        if p.clock() - entry.created_at > self._find_after_s:
            found = await p.retrying(
                lambda _n: p.gateway.find_intent_async(cid), f"checkout {cid}: find intent"
            )
            if found is not None:
                step = Step.INTENT_READY if entry.step is Step.INTENT_PREPARING else None
                p.journal.record(cid, step, intent_id=found.id)
                return found
            if not create:
                return None  # asked for long ago and not there: nothing to undo
        if entry.step.rank < Step.INTENT_PREPARING.rank:
            entry = p.journal.record(cid, Step.INTENT_PREPARING)

        async def prepare(_n: int) -> IntentState:
            intent = await p.gateway.prepare_async(
                checkout_id=cid,
                order_id=order_id,
                receipt_id=entry.receipt_id,
                amount_minor=entry.amount_minor,
                currency=entry.currency,
                till=paying_till(entry.order_body),
            )
            p.boundary(Boundary.INTENT_CREATED)
            return intent

        intent = await p.retrying(prepare, f"checkout {cid}: prepare intent")
        step = Step.INTENT_READY if entry.step.rank <= Step.INTENT_PREPARING.rank else None
        p.journal.record(cid, step, intent_id=intent.id)
        return intent

    async def _learn_sales(
        self, entry: CheckoutEntry, *, scan: bool
    ) -> tuple[CheckoutEntry, bool, bool]:
        """(entry, has a sale?, sale create pending?); extra sales are offset."""
        p, cid = self._p, entry.checkout_id
        has_sale = entry.transaction_id is not None
        posted = entry.step.rank >= Step.TRANSACTION_POSTING.rank
        if not posted or (has_sale and not scan):
            return entry, has_sale, False
        found = await self._sales_of(cid)
        if (
            has_sale
            and entry.transaction_id in found.offset_ids
            and owned_elsewhere(entry.order_body)
        ):
            # Our sale on another's order was offset: another till's sale stands on it.
            return entry, False, False
        if not has_sale:
            if found.sales:
                p.once.resolve(cid, SALE)
                entry = p.journal.record(cid, transaction_id=found.sales[0].id)
                has_sale = True
            elif p.once.in_quiet(cid, SALE):
                return entry, False, True
            else:
                p.once.resolve(cid, SALE)
        if has_sale:
            await self._offset_extra_sales(entry, found)
        return entry, has_sale, False
