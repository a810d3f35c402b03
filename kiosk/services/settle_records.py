"""What Final POS holds for one checkout while it is settled: its order read fresh, the orders
and sales carrying its id, and the duplicates among them undone (a late-committed create).

The first layer of `kiosk.services.settle.Settler` (see that module's docstring for the money
rules); the caller holds the checkout's lock.

A cancel of one of the checkout's orders is journaled as an intent before its PUT goes out
(a meta key per checkout: the order and the note it will leave), and the note is written
before the intent is cleared. A process that died anywhere in between leaves the intent, and
the next pass finishes it from the order as Final POS now holds it (`_resume_cancel`): found
cancelled, the note is written once; still pending, the PUT may yet commit late, so nothing
is decided before the request's deadline plus a quiet period (`PostPending`, as a create in
`kiosk.services.posting`), and after that the cancel is proven absent and decided afresh from
fresh facts; completed or gone, it is left alone. The resume itself never cancels.

Final POS has no compare-and-set, and a timed-out PUT may commit late: after an attempt whose
outcome is unknown, a re-read that shows a station's payment on the order (completed; a
sale on it while pending; or cancelled with a sale on it: that PUT landed over the payment)
decides nothing. Counting that order as paid would cancel the kiosk's own order too, and the
late PUT then leaves both cancelled with the customer's sale on one: the checkout is held for
staff instead (`LATE_CANCEL`, as settling's cancel; listed by `RecoveryService.needs_attention`
though settled), its intent kept (marked unknown, then held) so a restart holds too, and the
watch does nothing more until staff releases the hold; then it decides afresh. A cancelled
order with a station's sale still on it (released without being put back) never counts as
paid: the kiosk's own order is left pending and staff is asked once more (`PAID_CANCELLED`).
The PUTs are the one guarded cancel (`kiosk.services.settle_guard`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import NoReturn

from kiosk.domain.checkout import Boundary, OrderState
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import FinalPosError, NotFoundError, UnavailableError
from kiosk.services import orders
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import Pipeline, order_state
from kiosk.services.posting import PostPending
from kiosk.services.session import SessionUnavailable
from kiosk.services.settle_guard import (
    CANCEL,
    LATE_CANCEL,
    PAID_CANCELLED,
    CancelHeld,
    Left,
    guarded_cancel,
    stands,
)

log = logging.getLogger(__name__)

ORDER = "order"
SALE = "sale"
_CANCEL_INTENT = "cancel-intent"  # meta key prefix: one cancel in flight per checkout


async def create_once(
    p: Pipeline,
    cid: str,
    kind: str,
    *,
    find: Callable[[], Awaitable[str | None]],
    post: Callable[[], Awaitable[str]],
    check_first: bool,
    what: str,
) -> str:
    """The id of the checkout's one record of `kind`, created at most once (`OnceCreator`)
    with bounded retries; a retry always looks for the record first. Raises `PostPending`."""
    return await p.retrying(
        lambda number: p.once.create(
            cid, kind, find=find, post=post, check_first=check_first or number > 0
        ),
        what,
    )


@dataclass
class Sales:
    """The sale records carrying one checkout's id, oldest first."""

    sales: list[m.Transaction] = field(default_factory=list)
    offset_ids: set[str] = field(default_factory=set)  # duplicates already offset
    # The checkout's orders a sale (any till's, not offset) stands on: a station that took
    # the money on one and has not completed it yet (`records_of` only).
    sold_orders: set[str] = field(default_factory=set)


class SettleRecords:
    """Reads and undoes the checkout's records in Final POS; `Settler` builds on it."""

    _p: Pipeline

    async def records_of(
        self, checkout_ids: set[str]
    ) -> tuple[dict[str, list[m.Order]], dict[str, Sales]]:
        """Every order and sale carrying one of `checkout_ids`: one listing of each for all."""
        p = self._p

        async def listing(_n: int) -> tuple[dict[str, list[m.Order]], dict[str, Sales]]:
            found_orders: dict[str, list[m.Order]] = {cid: [] for cid in checkout_ids}
            found_sales: dict[str, Sales] = {cid: Sales() for cid in checkout_ids}
            owner: dict[str, str] = {}  # order id -> its checkout
            async for order in p.finalpos.iter_orders():
                if order.external_id in found_orders:
                    found_orders[order.external_id].append(order)
                    owner[order.id] = order.external_id
            on_orders: dict[str, str] = {}  # sale id -> the checkout order it stands on
            undone: set[str] = set()  # sales on those orders that an offset undid
            async for tx in p.finalpos.iter_transactions():
                ext = tx.external_id or ""
                if tx.type == orders.SALE and tx.order_id in owner:
                    if ":offset:" in ext:
                        undone.add(ext.partition(":offset:")[2])
                    else:
                        on_orders[tx.id] = tx.order_id
                if tx.type == orders.SALE and ext in found_sales:
                    found_sales[ext].sales.append(tx)
                elif ":offset:" in ext:
                    cid, _, duplicate = ext.partition(":offset:")
                    if cid in found_sales:
                        found_sales[cid].offset_ids.add(duplicate)
            for sale_id, order_id in on_orders.items():
                if sale_id not in undone:
                    found_sales[owner[order_id]].sold_orders.add(order_id)
            return found_orders, found_sales

        return await p.retrying(listing, "list orders and sales for duplicate checks")

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

    async def _cancel_extra_orders(
        self,
        entry: CheckoutEntry,
        found: list[m.Order],
        *,
        sold: set[str] | frozenset[str] = frozenset(),
    ) -> bool:
        """Undo the orders of a late-committed create; True when the journaled one was cancelled.

        Orders beyond the journaled one are duplicates: the pending ones are cancelled. Except
        that a station may have paid a duplicate of a pay-at-counter order (it lists the
        oldest, rarely the late one; or paid before that rule): the customer paid on that
        order, so it stays and the journaled one, still pending, is cancelled instead (else
        the back office keeps an unpaid order for a paid customer). A completed or cancelled
        order is never touched, nor one in `sold` (a sale stands on it: a station is paying
        it), which counts as paid unless it is cancelled (then staff is asked,
        `_unless_paid_cancelled`). Each order is read again just before its cancel, as a
        station may be completing it right now (this narrows the race; Final POS has no
        compare-and-set), and the extras go first, so one completed meanwhile counts as paid
        (unless a cancel of it timed out first: then the checkout is held, `_cancel_pending`).
        """
        cid = entry.checkout_id
        resumed = await self._resume_cancel(cid)  # raises `CancelHeld` while staff decides
        if resumed is not None:  # the listing may predate it: the order as read now
            found = [resumed if o.id == resumed.id else o for o in found]
            if resumed.id == entry.order_id and order_state(resumed) is OrderState.CANCELED:
                return True
        counter = orders.is_counter_order(entry.order_body) and not owned_elsewhere(
            entry.order_body
        )
        if counter:
            self._unless_paid_cancelled(cid, found, sold)
        paid = [
            o.id
            for o in found
            if o.id != entry.order_id
            and (
                _paid_at_counter(o, counter)
                or (counter and o.id in sold and order_state(o) is not OrderState.CANCELED)
            )
        ]
        for extra in found:
            if extra.id == entry.order_id or order_state(extra) is not OrderState.PENDING:
                continue
            if counter and extra.id in sold:
                continue  # being paid at a station: it is the one the customer paid
            left = await self._cancel_pending(
                cid,
                extra.id,
                f"duplicate order {extra.id} cancelled",
                "cancel duplicate order",
                counter=counter,
            )
            if left is not None and _paid_meanwhile(left, counter):
                paid.append(extra.id)  # paid at a station between the listing and now
        ours = next((o for o in found if o.id == entry.order_id), None)
        if (
            not paid
            or ours is None
            or ours.id in sold
            or order_state(ours) is not OrderState.PENDING
        ):
            return False
        detail = f"order {ours.id} cancelled: its duplicate {paid[0]} was paid at the counter"
        left = await self._cancel_pending(
            cid, ours.id, detail, "cancel order paid as duplicate", counter=counter
        )
        return left is None

    def _unless_paid_cancelled(
        self, cid: str, found: list[m.Order], sold: set[str] | frozenset[str]
    ) -> None:
        """A cancelled order with a station's sale on it (`sold`) is not paid, nor to be
        undone by the watch: the customer paid on an order Final POS now calls cancelled
        (a late cancel landed over the payment and staff released the hold without putting
        it back). Hold the checkout for staff (raises `CancelHeld`), once per order: a
        release after this hold is staff's decision, and the order stays unpaid-for."""
        p = self._p
        for order in found:
            if order.id not in sold or order_state(order) is not OrderState.CANCELED:
                continue
            reason = PAID_CANCELLED.format(order_id=order.id)
            if p.held(cid) == reason:
                raise CancelHeld(cid, p.clock())
            if f"held: {reason}" in (d for _step, d in p.journal.history(cid)):
                continue  # staff saw this one and released it
            p.hold(cid, reason)
            raise CancelHeld(cid, p.clock())

    async def _cancel_pending(
        self, cid: str, order_id: str, detail: str, what: str, *, counter: bool
    ) -> Left | None:
        """Cancel `order_id` if it is still pending when read again now, and note it; returns
        why it was left alone (not pending; a pay-at-counter order with a station's sale on
        it), None when cancelled now or gone. The PUT is the one guarded cancel
        (`kiosk.services.settle_guard`), journaled as an intent around it; after an attempt
        whose outcome is unknown, a station's payment found on a re-read holds the checkout
        for staff (`CancelHeld`): that PUT may still land over it."""
        p = self._p
        try:
            fresh = await p.retrying(
                lambda _n: p.finalpos.get_order(order_id), f"checkout {cid}: GET order"
            )
        except NotFoundError:
            return None
        if order_state(fresh) is not OrderState.PENDING:
            return Left(order_state(fresh), False, order=fresh)
        unknown = False

        def on_unknown() -> None:
            nonlocal unknown
            unknown = True  # journaled at once: a crash before the retry knows too
            self._intend_cancel(cid, order_id, detail, p.clock() + p.once.quiet_s, unknown=True)

        self._intend_cancel(cid, order_id, detail, p.clock() + p.once.deadline_s + p.once.quiet_s)
        try:
            left = await guarded_cancel(
                p,
                order_id,
                counter=counter,
                read_first=False,
                what=f"checkout {cid}: {what}",
                on_unknown=on_unknown,
            )
        except FinalPosError:
            # An earlier attempt's answer may have been lost, or its commit be late, whatever
            # the last one said: the intent stays for the next pass to find out.
            self._intend_cancel(cid, order_id, detail, p.clock() + p.once.quiet_s, unknown=unknown)
            raise
        if left is not None and left.state is OrderState.DELETED:
            p.journal.set_meta(cancel_intent_key(cid), None)  # deleted meanwhile: nothing to do
            return None
        if left is not None and left.held:
            self._hold_late(cid, order_id, detail, p.clock() + p.once.quiet_s)
        if left is None:  # cancelled by us
            self._note_cancel(cid, detail)
            return None
        p.journal.set_meta(cancel_intent_key(cid), None)  # paid meanwhile: left alone
        return left

    async def _unless_paid_over(
        self, cid: str, order: m.Order, detail: str, not_before: float
    ) -> None:
        """After a cancel attempt of `order` with an unknown outcome, resumed: hold the
        checkout (raises `CancelHeld`) when the order as read shows a station's payment, as
        the guarded cancel would (`settle_guard.stands`, rule 3). A cancelled order without a
        sale returns: that cancel is ours."""
        p = self._p
        state = order_state(order)
        left = await p.retrying(
            lambda _n: stands(p, order.id, state, order, counter=False, unknown=True),
            f"checkout {cid}: list the sales of order {order.id}",
        )
        if left is not None and left.held:
            self._hold_late(cid, order.id, detail, not_before)

    def _hold_late(self, cid: str, order_id: str, detail: str, not_before: float) -> NoReturn:
        """Hold the checkout for staff: a cancel of `order_id` with an unknown outcome met a
        station's payment. The intent stays, marked held, so a restart holds too."""
        self._intend_cancel(cid, order_id, detail, not_before, unknown=True, held=True)
        self._p.hold(cid, LATE_CANCEL.format(order_id=order_id))
        raise CancelHeld(cid, not_before)

    def _intend_cancel(
        self,
        cid: str,
        order_id: str,
        detail: str,
        not_before: float,
        *,
        unknown: bool = False,
        held: bool = False,
    ) -> None:
        """Journal the cancel in flight; `unknown`: an attempt's outcome is unknown (it may
        land late over a station's payment); `held`: it did meet one, staff was asked."""
        intent: dict[str, object] = {
            "order_id": order_id,
            "detail": detail,
            "not_before": round(not_before, 3),
        }
        if unknown:
            intent["unknown"] = True
        if held:
            intent["held"] = True
        self._p.journal.set_meta(cancel_intent_key(cid), json.dumps(intent))

    def _note_cancel(self, cid: str, detail: str) -> None:
        """Note a cancel once (a resumed one may have been noted already), then forget its
        intent: in that order, so a crash between the two loses nothing."""
        p = self._p
        if detail not in (d for _step, d in p.journal.history(cid)):
            log.warning("checkout %s: %s", cid, detail)
            p.journal.record(cid, detail=detail)
        p.journal.set_meta(cancel_intent_key(cid), None)

    async def _resume_cancel(self, cid: str) -> m.Order | None:
        """Finish a cancel a dead process (or a lost answer) left journaled as an intent; the
        order as read now, or None (no intent, or the order is gone). Never cancels:
        raises `PostPending` while a late commit of the PUT is still possible, and
        `CancelHeld` while staff decides on one that met a station's payment (a release by
        staff drops the intent: decided afresh)."""
        p = self._p
        raw = p.journal.get_meta(cancel_intent_key(cid))
        if raw is None:
            return None
        try:
            intent = json.loads(raw)
            order_id, detail = str(intent["order_id"]), str(intent["detail"])
            not_before = float(intent["not_before"])
            unknown, held = bool(intent.get("unknown")), bool(intent.get("held"))
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("checkout %s: unreadable cancel intent dropped; deciding afresh", cid)
            p.journal.set_meta(cancel_intent_key(cid), None)
            return None
        if held and p.held(cid) is not None:
            raise CancelHeld(cid, not_before)
        if held:
            log.info(
                "checkout %s: staff released the held cancel of %s; deciding afresh", cid, order_id
            )
            p.journal.set_meta(cancel_intent_key(cid), None)
            return None
        try:
            fresh = await p.retrying(
                lambda _n: p.finalpos.get_order(order_id), f"checkout {cid}: GET order"
            )
        except NotFoundError:
            p.journal.set_meta(cancel_intent_key(cid), None)
            return None
        state = order_state(fresh)
        if unknown and state is not OrderState.PENDING:
            await self._unless_paid_over(cid, fresh, detail, not_before)
        if state is OrderState.CANCELED:
            self._note_cancel(cid, detail)
        elif state is OrderState.PENDING and p.clock() < not_before:
            raise PostPending(cid, CANCEL, not_before)
        else:  # pending after the quiet period: never applied; or completed meanwhile
            log.info("checkout %s: interrupted cancel of order %s not applied", cid, order_id)
            p.journal.set_meta(cancel_intent_key(cid), None)
        return fresh

    async def _sales_of(self, checkout_id: str) -> Sales:
        prefix = orders.offset_external_id(checkout_id, "")

        async def listing(_n: int) -> Sales:
            found = Sales()
            async for tx in self._p.finalpos.iter_transactions():
                ext = tx.external_id or ""
                if tx.type == orders.SALE and ext == checkout_id:
                    found.sales.append(tx)
                elif ext.startswith(prefix):
                    found.offset_ids.add(ext.removeprefix(prefix))
            return found

        return await self._p.retrying(listing, f"checkout {checkout_id}: list sales")

    async def _offset_extra_sales(self, entry: CheckoutEntry, found: Sales) -> None:
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

        offset_id = await create_once(
            p,
            cid,
            f"offset:{extra.id}",
            find=find,
            post=post,
            check_first=True,
            what=f"checkout {cid}: offset duplicate sale",
        )
        log.warning("checkout %s: duplicate sale %s offset by %s", cid, extra.id, offset_id)
        p.journal.record(cid, detail=f"duplicate sale {extra.id} offset by {offset_id}")

    async def _open_session(self) -> str:
        try:
            return await self._p.session.ensure_open_async()
        except SessionUnavailable as exc:
            raise UnavailableError(f"till session: {exc}") from exc


def _paid_at_counter(order: m.Order, counter: bool) -> bool:
    """A pay-at-counter order completed: a station took the customer's money on it."""
    return counter and order_state(order) is OrderState.COMPLETED and orders.is_counter_order(order)


def _paid_meanwhile(left: Left, counter: bool) -> bool:
    """A cancel left a pay-at-counter order alone as paid: completed at a station, or a
    station's sale on it while pending (it is being paid, as a `Sales.sold_orders` one)."""
    if left.order is not None and _paid_at_counter(left.order, counter):
        return True
    return counter and left.state is OrderState.PENDING and left.sale_id is not None


def cancel_intent_key(cid: str) -> str:
    """The journal meta key of the checkout's cancel in flight (cleared once it is noted)."""
    return f"{_CANCEL_INTENT}:{cid}"
