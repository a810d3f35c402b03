"""The checkout pipeline: cart -> pending order -> card payment -> capture -> sale -> completed.

Order of side effects, and why:

1. journal the checkout (ids, the exact order body, the reader display);
2. ``POST /v1/api/order`` (pending, ``externalId`` = checkout id), at most once
   (`kiosk.services.posting`): a create whose outcome is unknown is not repeated until a
   look-up after its quiet period proves it absent; meanwhile ordering is paused for this
   customer (`CheckoutUnavailable`, code ORDERING_PAUSED: "try again" starts a new checkout,
   and recovery cancels the first order if it lands after all);
3. one PaymentIntent per checkout (`PaymentGateway.prepare_async`: its idempotency key comes
   from the checkout id, so asking again returns the same intent), reused after a decline;
   past the key's 24 h life it is looked up by metadata instead;
4. the reader collects (authorisation only), within a deadline; the customer's Cancel is
   honoured within `cancel_grace_s` even when the reader does not answer;
5. capture, only if the order is still pending and the amounts agree, as read while the reader
   waited for the card (`kiosk.services.paid.CardWatch`): between the approval and PAID the
   capture is the only request. PAID is returned as soon as the capture's answer agrees;
6. in the background (`kiosk.services.paid.Books`, one task per checkout, waited for and then
   cancelled on `aclose`): ``POST /v1/api/transactions`` (sale, ``externalId`` = checkout id, at
   most once the same way), then ``PUT`` the order ``completed`` with balance ``"0.00"``, after
   reading it again; whatever the background cannot finish, periodic recovery does.

A zero total is recorded as paid without a card (the order completed, no PaymentIntent, no
sale). A total larger than Stripe takes (`MAX_AMOUNT_MINOR`) is refused before anything is
sent.

Every step is journaled before its side effect and after it (`kiosk.services.journal`), and
`settle_async` brings a checkout from any journaled step to one outcome by asking both systems
(`kiosk.services.settle`, `kiosk.domain.checkout.decide`). The live pipeline and
`RecoveryService` share it, so an interrupted payment (crash, timeout, cancel, network) and a
recovered one end the same way.

Concurrency: one checkout is worked on by one coroutine at a time (a lock per checkout, held
for a bounded time: every wait below has a deadline), and a checkout with a customer at the
screen is leased in the journal so periodic recovery leaves it alone; recovery also skips a
checkout whose lock is taken instead of queueing behind it (`busy`).

Results carry codes, not sentences (`ResultCode`, `DeclineReason`): the UI owns the wording.

The service is assembled from parts, one job each: `kiosk.services.checkout_types` (the
outcomes, codes and limits, re-exported here), `checkout_core` (wiring, result helpers),
`checkout_open` (begin, place at the counter, the customer's number) and `checkout_pay`
(collect, after the reader, capture, finish paid); settling and recovery's hooks are here.

The `step_hook` is called at each `Boundary` (no-op in production); the crash-matrix tests
use it to kill the process there (also inside a background finish).
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain.checkout import Action, Decision, Step
from kiosk.services import orders
from kiosk.services.checkout_open import _AT_COUNTER, Opening
from kiosk.services.checkout_pay import Paying
from kiosk.services.checkout_types import (
    DEFAULT_LEASE_S,
    MAX_AMOUNT_MINOR,
    CheckoutOutcome,
    CheckoutResult,
    CheckoutUnavailable,
    DeclineReason,
    PendingCheckout,
    ResultCode,
    owned_elsewhere,
    tax_rates,
)
from kiosk.services.journal import CheckoutEntry
from kiosk.services.pipeline import (
    CheckoutError,
    RetryPolicy,
    Settlement,
    StepHook,
    intent_status,
    order_state,
)
from kiosk.services.posting import PostPending

__all__ = [
    "DEFAULT_LEASE_S",
    "MAX_AMOUNT_MINOR",
    "CheckoutError",
    "CheckoutOutcome",
    "CheckoutResult",
    "CheckoutService",
    "CheckoutUnavailable",
    "DeclineReason",
    "PendingCheckout",
    "ResultCode",
    "RetryPolicy",
    "Settlement",
    "StepHook",
    "intent_status",
    "order_state",
    "tax_rates",
]


class CheckoutService(Opening, Paying):
    """Runs checkouts for one kiosk; see the module docstring for the order of side effects.

    Assembled from its parts: `CheckoutCore` (wiring), `Opening` (begin, place at the counter),
    `Paying` (collect, capture, finish); settling and recovery's hooks are here.
    """

    # -- settling (shared with recovery) -----------------------------------------------------

    async def settle_async(self, checkout_id: str, *, scan: bool = True) -> Settlement:
        """Bring one checkout to its outcome by asking Final POS and Stripe (one pass).

        `scan` lists every order and sale carrying the checkout id and undoes duplicates
        (recovery always scans). Raises FinalPosError / PaymentError when a system cannot be
        reached; the journal then still says what is known, and the next pass continues.
        """
        async with self._p.lock(checkout_id):
            entry = self._journal.get(checkout_id)
            if (
                not entry.step.terminal
                and not entry.cancel_requested
                and not owned_elsewhere(entry.order_body)
                and orders.is_counter_order(entry.order_body)
            ):
                return await self._settle_counter_locked(entry)
            return await self._settler.settle_locked(checkout_id, scan=scan)

    async def _settle_counter_locked(self, entry: CheckoutEntry) -> Settlement:
        """A pay-at-counter order interrupted before it was known to exist (a crash between
        the journal write and the POST): post it at most once (looked up first) and end it
        at the counter. Never cancelled: the customer may be at the counter with the number.
        """
        cid = entry.checkout_id
        if entry.order_id is None:
            try:
                entry = await self._settler.post_order(entry, check_first=True)
            except PostPending as exc:
                return Settlement(cid, entry.step, Decision(Action.WAIT, str(exc)))
        entry = self._journal.record(cid, Step.AT_COUNTER, detail=f"recovered: {_AT_COUNTER}")
        self._journal.release(cid)
        return Settlement(cid, entry.step, None)

    @property
    def recheck_interval_s(self) -> float:
        """How often a watched checkout is re-scanned: once per quiet period."""
        return self._p.once.quiet_s

    def watched(self) -> list[str]:
        """Settled checkouts still re-scanned for late duplicates (see `recheck_async`)."""
        return list(self._p.once.watched())

    async def recheck_async(self, checkout_ids: Iterable[str]) -> list[str]:
        """Undo duplicates of settled checkouts that landed after they were settled (one
        listing of orders and one of sales for all of them); a checkout stops being watched
        once its watch period is over. Returns the ids re-checked (busy ones are skipped)."""
        wanted = {cid for cid in checkout_ids if not self.busy(cid)}
        if not wanted:
            return []
        found_orders, found_sales = await self._settler.records_of(wanted)
        done: list[str] = []
        for cid in sorted(wanted):
            if self.busy(cid):
                continue
            async with self._p.lock(cid):
                finished = await self._settler.recheck_locked(
                    cid, found_orders=found_orders[cid], found_sales=found_sales[cid]
                )
            if finished:
                self._p.once.unwatch(cid)
            done.append(cid)
        return done

    def busy(self, checkout_id: str) -> bool:
        """A coroutine of this process is working on the checkout (recovery skips it),
        or will be at once (its background finish is scheduled)."""
        return self._p.busy(checkout_id) or self._books.busy(checkout_id)

    async def wait_books_async(
        self, checkout_id: str | None = None, *, timeout_s: float = 30.0
    ) -> bool:
        """Wait for the background finish (sale, order completed) of a paid checkout, or of
        all; True when none is left running. It may have left the checkout to recovery."""
        return await self._books.wait(checkout_id, timeout_s=timeout_s)

    async def aclose(self) -> None:
        """Let background finishes land for a short grace, then cancel the rest (recovery
        finishes them from the journal)."""
        await self._books.aclose()

    def held(self, checkout_id: str) -> str | None:
        """Why the checkout is held for staff, or None."""
        return self._p.held(checkout_id)

    def release_hold(self, checkout_id: str) -> None:
        """Staff has dealt with a held checkout: settling may act on it again."""
        self._p.release(checkout_id)
