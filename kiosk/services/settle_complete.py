"""Money authorised or taken: capture, record the sale, complete the order; or void.

The side effects of `kiosk.services.settle.Settler`, each journaled before and after (see that
module's docstring for the money rules); the caller holds the checkout's lock.
"""

from __future__ import annotations

import logging

from kiosk.domain.checkout import Boundary, OrderState, Step
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError
from kiosk.payments.gateway import IntentState, PaymentError
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import Pipeline, money_text, order_state, order_total_minor
from kiosk.services.settle_records import ORDER, SALE, SettleRecords, create_once

log = logging.getLogger(__name__)


async def capture(
    p: Pipeline, entry: CheckoutEntry, intent: IntentState
) -> tuple[CheckoutEntry, IntentState]:
    """Capture the authorised `intent`: journaled CAPTURING before, CAPTURED after.

    The one capture of the live pay flow (`kiosk.services.paid.capture_seen`) and of settling
    (`SettleCompletion._complete`); the caller holds the lock and has checked the order and the
    amounts. Raises what the capture raises, and `PaymentError` when Stripe answers without
    capturing: the journal then says CAPTURING, and recovery asks Stripe what happened.
    """
    cid = entry.checkout_id
    if entry.step.rank < Step.CAPTURING.rank:
        entry = p.journal.record(cid, Step.CAPTURING)
    intent_id = intent.id

    async def attempt(_n: int) -> IntentState:
        captured = await p.gateway.capture_async(intent_id, checkout_id=cid)
        p.boundary(Boundary.CAPTURED)
        return captured

    captured = await p.retrying(attempt, f"checkout {cid}: capture")
    if not captured.captured:
        raise PaymentError(f"capture left the intent {captured.status}")
    return p.journal.record(cid, Step.CAPTURED), captured


class SettleCompletion(SettleRecords):
    """Posts the order, captures, records the sale, completes; voids. `Settler` builds on it."""

    async def post_order(self, entry: CheckoutEntry, *, check_first: bool) -> CheckoutEntry:
        """Create the pending order at most once (`OnceCreator`); raises `PostPending`."""
        p, cid = self._p, entry.checkout_id
        if entry.step is Step.BEGUN:
            entry = p.journal.record(cid, Step.ORDER_POSTING)
        body = orders.order_from_journal(entry.order_body)
        advance = Step.ORDER_RECORDED if entry.step is Step.ORDER_POSTING else None

        async def find() -> str | None:
            found = await p.finalpos.find_order_by_external_id(cid)
            return None if found is None else found.id

        async def post() -> str:
            created = await p.finalpos.create_order(body)
            p.boundary(Boundary.ORDER_POSTED)
            return created.id

        order_id = await create_once(
            p,
            cid,
            ORDER,
            find=find,
            post=post,
            check_first=check_first,
            what=f"checkout {cid}: POST order",
        )
        return p.journal.record(cid, advance, order_id=order_id)

    async def _complete(
        self, entry: CheckoutEntry, order: m.Order | None, intent: IntentState
    ) -> bool:
        """Money authorised or taken: capture, record the sale, complete the order.

        False when a fresh read changed the facts (stale order, amounts): decide again.
        """
        p, cid = self._p, entry.checkout_id
        # Captured before this pass and the order found: both were read just now, with no
        # side effect since, so the reads before the sale would only repeat them.
        fresh = intent.captured and order is not None
        if order is None:
            entry = await self.post_order(entry, check_first=True)
        elif entry.order_id is None:
            entry = p.journal.record(cid, order_id=order.id)
        if not intent.captured:
            order = await self._read_order(entry)
            if order_state(order, deleted=order is None) not in _LIVE or owned.paid_elsewhere(
                entry, order
            ):
                log.warning("checkout %s: the order changed before capture; voiding", cid)
                await self.void(entry, intent)
                return False
            assert order is not None
            mismatch = self._capture_mismatch(entry, order, intent)
            if mismatch is not None:
                await self.void(entry, intent)
                p.hold(cid, mismatch)
                return False
            if owned_elsewhere(entry.order_body):
                # Two tills may hold approvals for this order: only the oldest live
                # PaymentIntent captures (`settle_owned.older_rival`); raises if unread.
                rival = await owned.older_rival(p, entry, intent, order)
                if rival is not None:
                    log.warning("checkout %s: older PaymentIntent %s; voiding", cid, rival.id)
                    await self.void(entry, intent)
                    owned.note_yielded(p, cid, rival)
                    return False
            entry, intent = await capture(p, entry, intent)
        elif entry.step.rank < Step.CAPTURED.rank:
            entry = p.journal.record(cid, Step.CAPTURED)
        if not fresh:
            order = await self._read_order(entry)
        if order_state(order, deleted=order is None) not in _LIVE or owned.paid_elsewhere(
            entry, order
        ):
            return False  # money taken on an order that is gone: the table says staff
        assert order is not None
        if entry.transaction_id is None and not fresh:
            # Read the money again right before recording it: a refund or a partial capture
            # made in the dashboard after our capture answered would not be in that answer.
            captured_id = intent.id
            intent = await p.retrying(
                lambda _n: p.gateway.retrieve_async(captured_id), f"checkout {cid}: retrieve"
            )
        mismatch = self.received_mismatch(entry, order, intent)
        if mismatch is not None:
            p.hold(cid, mismatch)
            return False
        if entry.transaction_id is None:
            elsewhere = await owned.sold_elsewhere(p, entry)
            if elsewhere is not None:
                p.hold(cid, elsewhere)
                return False
            entry = await self._post_sale(entry, intent)
            second = await owned.second_sale(p, entry)
            if second is not None:
                younger, reason = second
                await self._offset_one(entry, younger)
                p.hold(cid, reason)
                return False
            order = await self._read_order(entry)  # right before the completing PUT
            if order_state(order, deleted=order is None) not in _LIVE:
                return False
            assert order is not None
        p.boundary(Boundary.BEFORE_ORDER_PUT)
        unfinished = order_state(order) is not OrderState.COMPLETED or bool(order.balance)
        if unfinished and not await self._put_completed(entry):
            return False
        p.journal.record(cid, Step.COMPLETED, attention=None)
        return True

    async def _complete_free(self, entry: CheckoutEntry) -> bool:
        """A zero total: the order is completed without a card (no intent, no sale)."""
        order = await self._read_order(entry)
        if order_state(order, deleted=order is None) is not OrderState.PENDING:
            return False
        self._p.boundary(Boundary.BEFORE_ORDER_PUT)
        if not await self._put_completed(entry):
            return False
        self._p.journal.record(entry.checkout_id, Step.COMPLETED, attention=None)
        return True

    async def _put_completed(self, entry: CheckoutEntry) -> bool:
        """PUT the order completed; False when a retry found it cancelled or deleted meanwhile
        (never overwritten: decide again). A retry reads the order first, as staff may have
        cancelled it since the failed attempt (Final POS has no compare-and-set); found
        completed, an earlier attempt whose answer was lost landed."""
        p, cid = self._p, entry.checkout_id
        if entry.step.rank < Step.COMPLETING.rank:
            entry = p.journal.record(cid, Step.COMPLETING)
        order_id = entry.order_id or ""

        async def attempt(number: int) -> bool:
            if number > 0:
                try:
                    fresh = await p.finalpos.get_order(order_id)
                except NotFoundError:
                    return False
                state = order_state(fresh)
                if state is OrderState.COMPLETED and not fresh.balance:
                    return True
                if state not in _LIVE:
                    log.warning(
                        "checkout %s: order %s is %s: not completed", cid, order_id, state.value
                    )
                    return False
            await p.finalpos.update_order(order_id, orders.order_completed(entry.currency))
            return True

        return await p.retrying(attempt, f"checkout {cid}: PUT order completed")

    def _capture_mismatch(
        self, entry: CheckoutEntry, order: m.Order, intent: IntentState
    ) -> str | None:
        cur = entry.currency
        total = order_total_minor(order, cur)
        amounts = {entry.amount_minor, total, intent.amount_minor, intent.amount_capturable_minor}
        if len(amounts) == 1 and intent.currency.upper() == cur.upper():
            return None
        return (
            f"amounts disagree before capture: order total {money_text(total, cur)}, "
            f"PaymentIntent {money_text(intent.amount_minor, intent.currency.upper())} "
            f"(authorised {money_text(intent.amount_capturable_minor, cur)}), checkout "
            f"{money_text(entry.amount_minor, cur)}: not captured, the authorisation was voided"
        )

    def received_mismatch(
        self, entry: CheckoutEntry, order: m.Order, intent: IntentState
    ) -> str | None:
        cur = entry.currency
        total = order_total_minor(order, cur)
        received, refunded = intent.amount_received_minor, intent.amount_refunded_minor
        if received == total == entry.amount_minor and refunded == 0:
            return None
        return (
            f"amounts disagree after capture: order total {money_text(total, cur)}, "
            f"captured {money_text(received, cur)}, refunded {money_text(refunded, cur)}, "
            f"checkout {money_text(entry.amount_minor, cur)}: not recorded as paid; refund or "
            "correct the order"
        )

    async def _post_sale(self, entry: CheckoutEntry, intent: IntentState) -> CheckoutEntry:
        p, cid = self._p, entry.checkout_id
        check_first = entry.step is Step.TRANSACTION_POSTING
        if entry.step.rank < Step.TRANSACTION_POSTING.rank:
            entry = p.journal.record(cid, Step.TRANSACTION_POSTING)
        # The session open now (one closed in the back office is replaced), not the order's.
        session_id = await self._open_session()
        body = orders.sale_transaction(
            checkout_id=cid,
            amount_minor=intent.amount_received_minor,
            currency=entry.currency,
            session_id=session_id,
            order_id=entry.order_id or "",
            outlet_id=p.outlet_id,
            receipt_id=entry.receipt_id,
            intent_id=intent.id,
            reader_id=entry.reader_id,
            employee=orders.order_employee(entry.order_body),
        )

        async def find() -> str | None:
            found = await self._sales_of(cid)
            return found.sales[0].id if found.sales else None

        async def post() -> str:
            created = await p.finalpos.create_transaction(body)
            p.boundary(Boundary.TRANSACTION_POSTED)
            return created.id

        tx_id = await create_once(
            p,
            cid,
            SALE,
            find=find,
            post=post,
            check_first=check_first,
            what=f"checkout {cid}: POST transaction",
        )
        return p.journal.record(cid, Step.TRANSACTION_RECORDED, transaction_id=tx_id)

    async def void(self, entry: CheckoutEntry, intent: IntentState) -> IntentState:
        p, cid, intent_id = self._p, entry.checkout_id, intent.id
        voided = await p.retrying(
            lambda _n: p.gateway.cancel_async(
                intent_id, checkout_id=cid, reader_id=entry.reader_id
            ),
            f"checkout {cid}: void authorisation",
        )
        p.journal.record(cid, detail=f"authorisation voided ({voided.status})")
        return voided


_LIVE = (OrderState.PENDING, OrderState.COMPLETED)
