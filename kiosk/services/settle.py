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
  in the journal history. Creates go through `kiosk.services.posting.OnceCreator`;
- stale orders: the order is read again right before capture, before the sale is recorded
  and before the completing PUT. A cancelled or deleted order is never overwritten nor
  re-created: with money only authorised the authorisation is voided; with money taken the
  checkout goes to staff (refund, or reinstate/re-record the order);
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
from contextlib import aclosing
from dataclasses import dataclass, field

from kiosk.domain.checkout import Action, Boundary, Decision, Facts, OrderState, Step, decide
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError, UnavailableError
from kiosk.payments.gateway import IntentState, PaymentError
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import (
    Pipeline,
    Settlement,
    intent_status,
    money_text,
    order_state,
    order_total_minor,
)
from kiosk.services.posting import PostPending
from kiosk.services.session import SessionUnavailable

log = logging.getLogger(__name__)

# Stripe keeps an idempotency key for 24 hours; past this age a retried create could make a
# second PaymentIntent, so the first one is looked up by its metadata instead.
FIND_INTENT_AFTER_S = 23 * 3600

ORDER = "order"
SALE = "sale"


@dataclass
class _Sales:
    """The sale records carrying one checkout's id, oldest first."""

    sales: list[m.Transaction] = field(default_factory=list)
    offset_ids: set[str] = field(default_factory=set)  # duplicates already offset


class Settler:
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

    async def records_of(
        self, checkout_ids: set[str]
    ) -> tuple[dict[str, list[m.Order]], dict[str, _Sales]]:
        """Every order and sale carrying one of `checkout_ids`: one listing of each for all."""
        p = self._p

        async def listing(_n: int) -> tuple[dict[str, list[m.Order]], dict[str, _Sales]]:
            found_orders: dict[str, list[m.Order]] = {cid: [] for cid in checkout_ids}
            found_sales: dict[str, _Sales] = {cid: _Sales() for cid in checkout_ids}
            async for order in p.finalpos.iter_orders():
                if order.external_id in found_orders:
                    found_orders[order.external_id].append(order)
            async for tx in p.finalpos.iter_transactions():
                ext = tx.external_id or ""
                if tx.type == orders.SALE and ext in found_sales:
                    found_sales[ext].sales.append(tx)
                elif ":offset:" in ext:
                    cid, _, duplicate = ext.partition(":offset:")
                    if cid in found_sales:
                        found_sales[cid].offset_ids.add(duplicate)
            return found_orders, found_sales

        return await p.retrying(listing, "list orders and sales for duplicate checks")

    async def recheck_locked(
        self, checkout_id: str, *, found_orders: list[m.Order], found_sales: _Sales
    ) -> bool:
        """A settled checkout that had an unknown create: undo duplicates that landed late.

        True when the checkout no longer needs watching (its watch ended). Extra pending
        orders are cancelled (all of them when the checkout recorded none), extra sales offset.
        """
        p = self._p
        entry = p.journal.get(checkout_id)
        if not entry.step.terminal:
            return False  # settling scans it anyway
        try:
            await self._cancel_extra_orders(entry, found_orders)
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
            if scan:
                await self._cancel_extra_orders(entry, await self._orders_of(cid))
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
        await self._cancel_extra_orders(entry, found)
        return entry, kept, False, False

    async def _read_order(self, entry: CheckoutEntry) -> m.Order | None:
        """The checkout's order read fresh by id; None when it was deleted (404)."""
        order_id, cid = entry.order_id or "", entry.checkout_id
        try:
            return await self._p.retrying(
                lambda _n: self._p.finalpos.get_order(order_id), f"checkout {cid}: GET order"
            )
        except NotFoundError:
            return None

    async def _orders_of(self, checkout_id: str) -> list[m.Order]:
        found: list[m.Order] = []

        async def listing(_n: int) -> list[m.Order]:
            found.clear()
            async for order in self._p.finalpos.iter_orders():
                if order.external_id == checkout_id:
                    found.append(order)
            return found

        return await self._p.retrying(listing, f"checkout {checkout_id}: list orders")

    async def _cancel_extra_orders(self, entry: CheckoutEntry, found: list[m.Order]) -> None:
        """Orders beyond the journaled one are duplicates of a late-committed create."""
        cid = entry.checkout_id
        for extra in found:
            if extra.id == entry.order_id or order_state(extra) is not OrderState.PENDING:
                continue
            extra_id = extra.id
            await self._p.retrying(
                lambda _n, extra_id=extra_id: self._p.finalpos.update_order(  # type: ignore[misc]
                    extra_id, orders.order_cancelled()
                ),
                f"checkout {cid}: cancel duplicate order",
            )
            log.warning("checkout %s: duplicate order %s cancelled", cid, extra_id)
            self._p.journal.record(cid, detail=f"duplicate order {extra_id} cancelled")

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

    async def _sales_of(self, checkout_id: str) -> _Sales:
        prefix = orders.offset_external_id(checkout_id, "")

        async def listing(_n: int) -> _Sales:
            found = _Sales()
            async for tx in self._p.finalpos.iter_transactions():
                ext = tx.external_id or ""
                if tx.type == orders.SALE and ext == checkout_id:
                    found.sales.append(tx)
                elif ext.startswith(prefix):
                    found.offset_ids.add(ext.removeprefix(prefix))
            return found

        return await self._p.retrying(listing, f"checkout {checkout_id}: list sales")

    async def _offset_extra_sales(self, entry: CheckoutEntry, found: _Sales) -> None:
        p, cid = self._p, entry.checkout_id
        for done in found.offset_ids:
            if p.once.pending(cid, f"offset:{done}") is not None:  # posted, then interrupted
                p.once.resolve(cid, f"offset:{done}")
                p.journal.record(cid, detail=f"duplicate sale {done} offset (found again)")
        extras = [
            tx
            for tx in found.sales
            if tx.id != entry.transaction_id and tx.id not in found.offset_ids
        ]
        for extra in extras:
            await self._offset_one(entry, extra)

    async def _offset_one(self, entry: CheckoutEntry, extra: m.Transaction) -> None:
        """Offset one sale of the checkout, at most once (found again by its externalId)."""
        p, cid = self._p, entry.checkout_id
        session_id = await self._open_session()
        body = orders.sale_offset(
            extra, checkout_id=cid, currency=entry.currency, session_id=session_id
        )
        ext = body.external_id or ""

        async def find(ext: str = ext) -> str | None:
            async with aclosing(p.finalpos.iter_transactions()) as listing:
                async for tx in listing:
                    if tx.external_id == ext:
                        return tx.id
            return None

        async def post(body: m.TransactionCreate = body) -> str:
            created = await p.finalpos.create_transaction(body)
            p.boundary(Boundary.OFFSET_POSTED)
            return created.id

        kind = f"offset:{extra.id}"
        offset_id = await p.retrying(
            lambda _n, kind=kind, find=find, post=post: p.once.create(  # type: ignore[misc]
                cid, kind, find=find, post=post, check_first=True
            ),
            f"checkout {cid}: offset duplicate sale",
        )
        log.warning("checkout %s: duplicate sale %s offset by %s", cid, extra.id, offset_id)
        p.journal.record(cid, detail=f"duplicate sale {extra.id} offset by {offset_id}")

    # -- side effects, each journaled before and after ---------------------------------------

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

        order_id = await p.retrying(
            lambda number: p.once.create(
                cid, ORDER, find=find, post=post, check_first=check_first or number > 0
            ),
            f"checkout {cid}: POST order",
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
            if entry.step.rank < Step.CAPTURING.rank:
                entry = p.journal.record(cid, Step.CAPTURING)
            intent_id = intent.id

            async def capture(_n: int) -> IntentState:
                captured = await p.gateway.capture_async(intent_id, checkout_id=cid)
                p.boundary(Boundary.CAPTURED)
                return captured

            intent = await p.retrying(capture, f"checkout {cid}: capture")
            if not intent.captured:
                raise PaymentError(f"capture left the intent {intent.status}")
            entry = p.journal.record(cid, Step.CAPTURED)
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
        if order_state(order) is not OrderState.COMPLETED or order.balance:
            await self._put_completed(entry)
        p.journal.record(cid, Step.COMPLETED, attention=None)
        return True

    async def _complete_free(self, entry: CheckoutEntry) -> bool:
        """A zero total: the order is completed without a card (no intent, no sale)."""
        order = await self._read_order(entry)
        if order_state(order, deleted=order is None) is not OrderState.PENDING:
            return False
        self._p.boundary(Boundary.BEFORE_ORDER_PUT)
        await self._put_completed(entry)
        self._p.journal.record(entry.checkout_id, Step.COMPLETED, attention=None)
        return True

    async def _put_completed(self, entry: CheckoutEntry) -> None:
        p, cid = self._p, entry.checkout_id
        if entry.step.rank < Step.COMPLETING.rank:
            entry = p.journal.record(cid, Step.COMPLETING)
        order_id = entry.order_id or ""
        await p.retrying(
            lambda _n: p.finalpos.update_order(order_id, orders.order_completed(entry.currency)),
            f"checkout {cid}: PUT order completed",
        )

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

        tx_id = await p.retrying(
            lambda number: p.once.create(
                cid, SALE, find=find, post=post, check_first=check_first or number > 0
            ),
            f"checkout {cid}: POST transaction",
        )
        return p.journal.record(cid, Step.TRANSACTION_RECORDED, transaction_id=tx_id)

    async def _open_session(self) -> str:
        try:
            return await self._p.session.ensure_open_async()
        except SessionUnavailable as exc:
            raise UnavailableError(f"till session: {exc}") from exc

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
        if intent is not None and not intent.canceled:
            intent = await self.void(entry, intent)
            if not intent.canceled:
                return False
        if keep_order or owned_elsewhere(entry.order_body):
            p.journal.record(cid, Step.CANCELED, detail="released: the order is left pending")
            return True
        if order is not None and order_state(order) is OrderState.PENDING:
            order_id = order.id
            await p.retrying(
                lambda _n: p.finalpos.update_order(order_id, orders.order_cancelled()),
                f"checkout {cid}: PUT order cancelled",
            )
        p.journal.record(cid, Step.CANCELED)
        return True


_LIVE = (OrderState.PENDING, OrderState.COMPLETED)
