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

The `step_hook` is called at each `Boundary` (no-op in production); the crash-matrix tests
use it to kill the process there (also inside a background finish).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from kiosk.domain.cart import Cart
from kiosk.domain.checkout import Action, Boundary, Decision, Step, order_number
from kiosk.domain.pricing import TaxRate, Totals, price_cart
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.payments.gateway import (
    CollectStatus,
    IntentState,
    PaymentError,
    PaymentGateway,
    PaymentOutcome,
    PaymentResult,
    ReaderNotConfigured,
)
from kiosk.services import orders
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.paid import (
    REFRESH_S,
    Books,
    Captured,
    CardWatch,
    Seen,
    capture_seen,
    finish_books,
    read_seen,
)
from kiosk.services.pipeline import (
    CheckoutError,
    Pipeline,
    RetryPolicy,
    Settlement,
    StepHook,
    intent_status,
    order_state,
)
from kiosk.services.posting import (
    OnceCreator,
    PostPending,
    default_quiet_s,
    request_deadline_s,
)
from kiosk.services.session import SessionUnavailable, TillSessionService
from kiosk.services.settle import Settler

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

log = logging.getLogger(__name__)

# How long a customer may stay on a checkout (between pay attempts) before periodic recovery
# treats it as walked away. Each pay attempt refreshes it.
DEFAULT_LEASE_S = 15 * 60

# Stripe's largest amount (8 digits of minor units, e.g. 999,999.99 EUR); it also fits the
# journal's 64-bit integers with room to spare.
MAX_AMOUNT_MINOR = 99_999_999


class CheckoutOutcome(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    CANCELED = "canceled"
    TIMED_OUT = "timed_out"
    READER_UNAVAILABLE = "reader_unavailable"
    FAILED = "failed"


class ResultCode(StrEnum):
    """What the customer should be told; the UI maps each to its own translated text."""

    PAID = "paid"  # data: order_number
    DECLINED = "declined"  # data: decline (a discreet category, never the bank's reason)
    CANCELED = "canceled"  # nothing was charged
    TIMED_OUT = "timed_out"  # no card in time; nothing was charged
    READER_BUSY = "reader_busy"
    READER_OFFLINE = "reader_offline"
    READER_UNAVAILABLE = "reader_unavailable"
    NEEDS_STAFF = "needs_staff"  # could not be finished here; data: order_number for staff
    ORDERING_PAUSED = "ordering_paused"  # `CheckoutUnavailable`: nothing was charged


class DeclineReason(StrEnum):
    """A declined card in categories the big screen may show (never "insufficient funds")."""

    DECLINED = "declined"  # the bank said no: another card, or staff
    TRY_AGAIN = "try_again"  # a technical refusal or a PIN problem: the same card may work


_TRY_AGAIN_CODES = frozenset(
    {
        "processing_error",
        "try_again_later",
        "reenter_transaction",
        "issuer_not_available",
        "incorrect_pin",
        "invalid_pin",
        "offline_pin_required",
        "online_or_offline_pin_required",
        "pin_try_exceeded",
    }
)


def decline_reason(decline_code: str | None, code: str | None) -> DeclineReason:
    if decline_code in _TRY_AGAIN_CODES or code in _TRY_AGAIN_CODES:
        return DeclineReason.TRY_AGAIN
    return DeclineReason.DECLINED


_READER_CODES = {
    "terminal_reader_busy": ResultCode.READER_BUSY,
    "terminal_reader_offline": ResultCode.READER_OFFLINE,
}


@dataclass(frozen=True, slots=True)
class PendingCheckout:
    checkout_id: str
    order_number: str  # short, for the customer, e.g. "A042"
    totals: Totals


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    outcome: CheckoutOutcome
    checkout_id: str
    order_number: str | None
    code: ResultCode
    can_retry: bool
    decline: DeclineReason | None = None  # with ResultCode.DECLINED


class CheckoutUnavailable(Exception):
    """Final POS is unreachable, refuses the kiosk, or an order create's outcome is unknown:
    ordering is paused. Nothing was charged. `code` is for the UI; the message for logs."""

    def __init__(self, message: str, *, code: ResultCode = ResultCode.ORDERING_PAUSED) -> None:
        super().__init__(message)
        self.code = code


class _TaxTableLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def rate(self) -> object: ...
    @property
    def inclusive(self) -> bool: ...


def tax_rates(tables: Iterable[_TaxTableLike]) -> dict[str, TaxRate]:
    """Configured tax tables (e.g. `Settings.tax_tables`) keyed by the name products use."""
    return {t.name: TaxRate(t.name, Decimal(str(t.rate)), t.inclusive) for t in tables}


_AT_COUNTER = "recorded unpaid: the customer pays at the counter"
_UNAVAILABLE = "Ordering is paused: Final POS cannot take the order right now. Nothing was charged."


class CheckoutService:
    """Runs checkouts for one kiosk; see the module docstring for the order of side effects."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        gateway: PaymentGateway,
        journal: Journal,
        session: TillSessionService,
        tax_rates: Mapping[str, TaxRate],
        default_tax_table: str,
        currency: str,
        kiosk_name: str,
        outlet_id: str | None = None,
        reader_id: str | None = None,
        location_id: str | None = None,
        payment_timeout_s: float = 120.0,
        order_prefix: str = "A",
        retry: RetryPolicy | None = None,
        lease_s: float = DEFAULT_LEASE_S,
        step_hook: StepHook | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        post_quiet_s: float | None = None,
        collect_grace_s: float = 30.0,
        cancel_grace_s: float = 5.0,
        clock: Callable[[], float] = time.time,
        card_watch_refresh_s: float = REFRESH_S,
    ) -> None:
        if default_tax_table not in tax_rates:
            raise ValueError(f"default tax table {default_tax_table!r} is not configured")
        deadline_s = request_deadline_s(finalpos)
        once = OnceCreator(
            journal,
            deadline_s=deadline_s,
            quiet_s=post_quiet_s if post_quiet_s is not None else default_quiet_s(deadline_s),
            clock=clock,
        )
        self._p = Pipeline(
            finalpos=finalpos,
            gateway=gateway,
            journal=journal,
            session=session,
            once=once,
            outlet_id=outlet_id,
            retry=retry or RetryPolicy(),
            hook=step_hook,
            sleep=sleep,
            clock=clock,
        )
        self._settler = Settler(self._p)
        self._books = Books(lambda cid: finish_books(self._p, self._settler, cid))
        self._watch_refresh_s = card_watch_refresh_s
        self._gateway = gateway
        self._journal = journal
        self._session = session
        self._rates = dict(tax_rates)
        self._default_tax = default_tax_table
        self._currency = currency.upper()
        self._kiosk_name = kiosk_name
        self._station_reader_id = reader_id
        self._location_id = location_id
        self._reader_id: str | None = None
        self._payment_timeout_s = payment_timeout_s
        self._collect_grace_s = collect_grace_s
        self._cancel_grace_s = cancel_grace_s
        self._order_prefix = order_prefix
        self.lease_s = lease_s

    # -- the API the UI calls ----------------------------------------------------------------

    def price(self, cart: Cart) -> Totals:
        """The numbers the order, the reader display and the screen all show."""
        return price_cart(cart, self._rates, self._default_tax)

    async def begin_async(
        self,
        cart: Cart,
        *,
        totals: Totals | None = None,
        customize: Callable[[m.OrderCreate], m.OrderCreate] | None = None,
    ) -> PendingCheckout:
        """Journal the checkout, then record the pending order in Final POS.

        `totals` replaces `price(cart)` (the station's discounted totals); `customize` edits
        the order body before it is journaled (the station's customer, discounts, employee).

        Raises `CheckoutUnavailable` when Final POS cannot take the order (or its create's
        outcome is unknown); nothing is charged then, and recovery cancels the order if it
        turns out to exist after all. Raises `CheckoutError` for a cart that cannot be paid
        (empty, another currency, a total out of range) before anything is sent.
        """
        return await self._open_async(cart, totals=totals, customize=customize, at_counter=False)

    async def place_at_counter_async(self, cart: Cart) -> PendingCheckout:
        """Record the order unpaid: the customer pays at the counter (no card, no intent).

        The shared convention (`orders.PAY_AT_KEY`): an ordinary order body, pending with
        balance = total and payAt=counter, posted through the journal like any order, so it
        is never lost or posted twice. Once Final POS holds it the checkout ends in
        `Step.AT_COUNTER`, which nothing cancels; the station takes the payment on the order.
        A crash between the journal write and the POST is finished by recovery
        (`settle_async` posts it, never cancels it). Raises as `begin_async`; when it raises,
        the customer was told the order did not go through, so an order that lands late is
        cancelled like any abandoned one (no second order when they try again).
        """
        return await self._open_async(cart, totals=None, customize=None, at_counter=True)

    async def _open_async(
        self,
        cart: Cart,
        *,
        totals: Totals | None,
        customize: Callable[[m.OrderCreate], m.OrderCreate] | None,
        at_counter: bool,
    ) -> PendingCheckout:
        if cart.is_empty:
            raise CheckoutError("the cart is empty")
        if cart.currency.upper() != self._currency:
            raise CheckoutError(f"cart currency {cart.currency} is not {self._currency}")
        try:
            totals = totals if totals is not None else self.price(cart)
        except (ArithmeticError, ValueError) as exc:
            raise CheckoutError(f"the cart cannot be priced: {exc}") from exc
        if not 0 <= totals.total_minor <= MAX_AMOUNT_MINOR:
            raise CheckoutError(
                f"the total {totals.total_minor} (minor units) is outside 0..{MAX_AMOUNT_MINOR}"
            )
        if at_counter and totals.total_minor == 0:
            raise CheckoutError("nothing to pay at the counter")
        try:
            # Refuse before anything is sent when the journal cannot be written (disk full,
            # read-only, locked): a charge it could not record is the one thing never allowed.
            self._journal.check_writable()
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout journal cannot be written: {exc}") from exc
        try:
            session_id = await self._session.ensure_open_async()
        except SessionUnavailable as exc:
            raise CheckoutUnavailable(str(exc)) from exc
        checkout_id = uuid.uuid4().hex

        def body(seq: int, allocated: int) -> tuple[str, str, dict[str, object]]:
            # the customer's number is allocated apart from seq (a cancelled attempt's number
            # is reused, kiosk.services.journal.numbers); the receipt id stays unique by seq
            number = order_number(allocated, prefix=self._order_prefix)
            receipt_id = f"{self._kiosk_tag()}-{seq:06d}-{checkout_id[:6].upper()}"
            order = orders.order_create(
                totals,
                checkout_id=checkout_id,
                receipt_id=receipt_id,
                order_number=number,
                session_id=session_id,
                kiosk_name=self._kiosk_name,
                order_type=cart.order_type,
                table_number=cart.table_number,
                pay_at_counter=at_counter,
            )
            if customize is not None:
                order = customize(order)
            return number, receipt_id, order.to_wire()

        try:
            entry = self._journal.create(
                checkout_id=checkout_id,
                currency=self._currency,
                amount_minor=totals.total_minor,
                session_id=session_id,
                numbered_body=body,
                display=orders.display_to_json(orders.display_cart(totals)),
            )
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout could not be journaled: {exc}") from exc
        self._journal.lease(checkout_id)
        self._p.boundary(Boundary.JOURNAL_WRITTEN)
        try:
            async with self._p.lock(checkout_id):
                await self._settler.post_order(entry, check_first=False)
        except PostPending as exc:
            # The order may still land: this customer starts afresh; recovery cancels it.
            self._journal.release(checkout_id)
            self._journal.record(checkout_id, cancel_requested=True, detail="ordering paused")
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
        except FinalPosError as exc:
            self._journal.release(checkout_id)
            current = self._journal.get(checkout_id)
            if not isinstance(exc, UnavailableError) and current.step is Step.ORDER_POSTING:
                # Refused outright (400/401/404): the order was not created.
                self._journal.record(checkout_id, Step.VOID, last_error=str(exc)[:500])
            elif at_counter:
                # The customer is told it did not go through and may order again: an order
                # that exists after all is cancelled by recovery, never a second one kept.
                self._journal.record(checkout_id, cancel_requested=True, last_error=str(exc)[:500])
            else:
                self._journal.record(checkout_id, last_error=str(exc)[:500])
            log.warning("checkout %s: order not recorded: %s", checkout_id, exc)
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
        if at_counter:
            self._journal.record(checkout_id, Step.AT_COUNTER, detail=_AT_COUNTER)
            self._journal.release(checkout_id)
        return PendingCheckout(checkout_id, entry.order_number, totals)

    async def pay_async(
        self,
        checkout_id: str,
        *,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> CheckoutResult:
        """Take the card payment for a begun checkout and finish it; see the module docstring.

        DECLINED can be retried (the same PaymentIntent is reused); CANCELED and TIMED_OUT
        leave the order cancelled and the intent voided; PAID means the money is captured and
        the order recorded (bookkeeping left unfinished by an outage is finished by recovery).
        Returns within about `payment_timeout_s` + `collect_grace_s` (+ bounded retries), and
        within `cancel_grace_s` of `cancel` being set while the card is awaited.
        """

        def status(text: str) -> None:
            if on_status is not None:
                on_status(text)

        entry = self._entry(checkout_id)
        self._journal.lease(checkout_id)
        async with self._p.lock(checkout_id):
            entry = self._journal.get(checkout_id)
            if entry.step.terminal or entry.cancel_requested:
                return self._result_of_finished(entry)
            if self._p.held(checkout_id) is not None:
                self._journal.release(checkout_id)
                return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)
            if entry.step.rank >= Step.APPROVED.rank or entry.amount_minor == 0:
                status("finishing")
                return await self._finish_paid(entry)
            if entry.order_id is None:
                raise CheckoutError(f"checkout {checkout_id} has no order yet")
            status("preparing")
            try:
                # The reader first: without one no PaymentIntent is created at all.
                reader_id = await self._reader()
                intent = await self._ensure_intent(entry)
            except PaymentError as exc:
                log.warning("checkout %s: payment could not be prepared: %s", checkout_id, exc)
                if isinstance(exc, ReaderNotConfigured) or not exc.retryable:
                    # Retrying cannot help (configuration, a refused key): give the order up.
                    return await self._cancel_now(
                        entry, CheckoutOutcome.READER_UNAVAILABLE, ResultCode.READER_UNAVAILABLE
                    )
                return self._result(
                    CheckoutOutcome.READER_UNAVAILABLE,
                    entry,
                    ResultCode.READER_UNAVAILABLE,
                    can_retry=True,
                )
            if intent.canceled:
                return await self._cancel_now(entry, CheckoutOutcome.CANCELED, ResultCode.CANCELED)
            if intent.captured or intent.capturable:
                # Approved on an earlier attempt whose answer we missed.
                status("finishing")
                return await self._finish_paid(self._journal.record(checkout_id, Step.APPROVED))
            if intent.amount_minor != entry.amount_minor or (
                intent.currency.upper() != entry.currency.upper()
            ):
                return await self._refuse_changed_intent(entry, intent)
            entry = self._journal.record(checkout_id, Step.COLLECTING, reader_id=reader_id)
            # Reads the order and the intent while the customer finds their card, so the
            # capture needs no other request once the card is approved.
            watch = CardWatch(self._p, entry, refresh_s=self._watch_refresh_s)

            def relay(reader_status: str) -> None:
                if reader_status == CollectStatus.WAITING_FOR_CARD:
                    status("waiting_for_card")
                    self._p.boundary(Boundary.READER_PROCESSING)
                    watch.start()
                elif reader_status == CollectStatus.FINISHING:
                    status("authorising")

            lost = (CheckoutOutcome.TIMED_OUT, ResultCode.TIMED_OUT)
            try:
                result = await self._collect(entry, intent, reader_id, cancel, relay)
            except PaymentError as exc:
                log.warning("checkout %s: collecting failed: %s", checkout_id, exc)
                result = None
                lost = (CheckoutOutcome.READER_UNAVAILABLE, ResultCode.READER_UNAVAILABLE)
            except BaseException:
                watch.abandon()
                raise
            seen = None
            if result is not None and result.outcome is PaymentOutcome.APPROVED:
                seen = await watch.seen(self._p.once.deadline_s)
            await watch.stop()
            if result is None:
                if cancel is not None and cancel.is_set():
                    lost = (CheckoutOutcome.CANCELED, ResultCode.CANCELED)
                return await self._after_lost_collect(entry, status, *lost)
            return await self._after_collect(entry, result, status, seen)

    async def abandon_async(self, checkout_id: str) -> None:
        """The customer left before paying: cancel the order and void the intent if any.

        If Final POS or Stripe cannot be reached the decision is journaled and recovery
        finishes it; this never raises for network trouble.
        """
        entry = self._entry(checkout_id)
        async with self._p.lock(checkout_id):
            entry = self._journal.get(checkout_id)
            if entry.step.terminal or self._p.held(checkout_id) is not None:
                self._journal.release(checkout_id)
                return
            if entry.step.rank >= Step.APPROVED.rank and not entry.cancel_requested:
                # Money was authorised: finishing is the only safe way (see the decision table).
                await self._finish_paid(entry)
                return
            self._journal.record(checkout_id, cancel_requested=True, detail="abandoned")
            self._journal.release(checkout_id)
            with contextlib.suppress(FinalPosError, PaymentError):
                await self._settler.settle_locked(checkout_id, scan=False)

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

    # -- the live pay flow -------------------------------------------------------------------

    async def _ensure_intent(self, entry: CheckoutEntry) -> IntentState:
        cid = entry.checkout_id
        if entry.intent_id is not None:
            intent_id = entry.intent_id
            return await self._p.retrying(
                lambda _n: self._gateway.retrieve_async(intent_id),
                f"checkout {cid}: retrieve intent",
            )
        intent = await self._settler.prepare_intent(entry, create=True)
        assert intent is not None
        return intent

    async def _reader(self) -> str:
        if self._reader_id is None:
            self._reader_id = await self._gateway.choose_reader_async(
                station_reader_id=self._station_reader_id, location_id=self._location_id
            )
        return self._reader_id

    async def _collect(
        self,
        entry: CheckoutEntry,
        intent: IntentState,
        reader_id: str,
        cancel: asyncio.Event | None,
        relay: Callable[[str], None],
    ) -> PaymentResult | None:
        """The reader's result, or None when it did not come in time (or after Cancel).

        The gateway has its own timeout; this is the checkout's own bound on top of it, so a
        reader or a gateway that never answers cannot hold the customer or the lock.
        """
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(
            self._gateway.collect_async(
                intent.id,
                reader_id=reader_id,
                cart=orders.display_from_json(entry.display),
                timeout_s=self._payment_timeout_s,
                cancel=cancel,
                on_status=relay,
            )
        )
        deadline = loop.time() + self._payment_timeout_s + self._collect_grace_s
        cancel_wait = asyncio.ensure_future(cancel.wait()) if cancel is not None else None
        try:
            while not task.done():
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                waiters: set[asyncio.Future[object]] = {task}  # type: ignore[arg-type]
                if cancel_wait is not None:
                    waiters.add(cancel_wait)  # type: ignore[arg-type]
                await asyncio.wait(waiters, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
                if cancel_wait is not None and cancel_wait.done():
                    cancel_wait = None  # honoured: the gateway gets a short grace to stop
                    deadline = min(deadline, loop.time() + self._cancel_grace_s)
        finally:
            if cancel_wait is not None:
                cancel_wait.cancel()
            if not task.done():
                task.cancel()
                await asyncio.wait({task}, timeout=2.0)
        if task.cancelled() or not task.done():
            log.warning("checkout %s: the reader did not answer in time", entry.checkout_id)
            return None
        return task.result()

    async def _refuse_changed_intent(
        self, entry: CheckoutEntry, intent: IntentState
    ) -> CheckoutResult:
        """The PaymentIntent's amount is not the order's: never take a card for it."""
        cid = entry.checkout_id
        reason = (
            f"the PaymentIntent amount changed before the card was taken: PaymentIntent "
            f"{intent.amount_minor} {intent.currency.upper()}, checkout {entry.amount_minor} "
            f"{entry.currency} (minor units): no card taken, the PaymentIntent was voided"
        )
        with contextlib.suppress(PaymentError):
            await self._p.retrying(
                lambda _n: self._gateway.cancel_async(intent.id, checkout_id=cid),
                f"checkout {cid}: void changed intent",
            )
        self._p.hold(cid, reason)
        self._journal.release(cid)
        return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)

    async def _after_collect(
        self,
        entry: CheckoutEntry,
        result: PaymentResult,
        status: Callable[[str], None],
        seen: Seen | None = None,
    ) -> CheckoutResult:
        cid = entry.checkout_id
        outcome = result.outcome
        if outcome is PaymentOutcome.APPROVED:
            self._p.boundary(Boundary.APPROVED)
            entry = self._journal.record(cid, Step.APPROVED)
            status("finishing")
            return await self._finish_paid(entry, seen)
        if outcome is PaymentOutcome.DECLINED:
            detail = result.decline_code or result.code or "declined"
            self._journal.record(cid, Step.DECLINED, detail=detail)
            return self._result(
                CheckoutOutcome.DECLINED,
                entry,
                ResultCode.DECLINED,
                can_retry=True,
                decline=decline_reason(result.decline_code, result.code),
            )
        if outcome is PaymentOutcome.READER_UNAVAILABLE:
            # The intent stays open for another try; recovery voids it if nobody comes back.
            self._journal.record(cid, detail=result.code or "reader unavailable")
            code = _READER_CODES.get(result.code or "", ResultCode.READER_UNAVAILABLE)
            return self._result(CheckoutOutcome.READER_UNAVAILABLE, entry, code, can_retry=True)
        if outcome is PaymentOutcome.TIMED_OUT:
            return await self._cancel_now(entry, CheckoutOutcome.TIMED_OUT, ResultCode.TIMED_OUT)
        return await self._cancel_now(entry, CheckoutOutcome.CANCELED, ResultCode.CANCELED)

    async def _after_lost_collect(
        self,
        entry: CheckoutEntry,
        status: Callable[[str], None],
        wanted: CheckoutOutcome,
        code: ResultCode,
    ) -> CheckoutResult:
        """The reader call failed or overran: the card may or may not have been authorised."""
        cid = entry.checkout_id
        try:
            intent = await self._p.retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id or ""),
                f"checkout {cid}: retrieve intent",
            )
        except PaymentError:
            self._journal.release(cid)  # recovery decides from Stripe's answer later
            return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)
        if intent.captured or intent.capturable:
            status("finishing")
            return await self._finish_paid(self._journal.record(cid, Step.APPROVED))
        return await self._cancel_now(entry, wanted, code)

    async def _cancel_now(
        self, entry: CheckoutEntry, wanted: CheckoutOutcome, code: ResultCode
    ) -> CheckoutResult:
        cid = entry.checkout_id
        self._journal.record(cid, cancel_requested=True, detail=wanted.value)
        try:
            settled = await self._settler.settle_locked(cid, scan=False)
        except (FinalPosError, PaymentError) as exc:
            log.warning("checkout %s: cancel left to recovery: %s", cid, exc)
            self._journal.release(cid)
            return self._result(wanted, entry, code)
        if settled.step is Step.COMPLETED:  # the card was charged in the meantime
            return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        self._journal.release(cid)
        return self._result(wanted, entry, code)

    async def _finish_paid(self, entry: CheckoutEntry, seen: Seen | None = None) -> CheckoutResult:
        """Money was authorised (or nothing is owed): capture now, the books in the background
        (`kiosk.services.paid`); anything but the plain case is settled here and now."""
        cid = entry.checkout_id
        if (
            entry.amount_minor > 0
            and Step.APPROVED.rank <= entry.step.rank < Step.CAPTURED.rank
            and entry.order_id is not None
            and entry.intent_id is not None
        ):
            if seen is None:
                try:
                    seen = await read_seen(self._p, entry)
                except (FinalPosError, PaymentError) as exc:
                    log.info("checkout %s: reading before the capture failed: %s", cid, exc)
            try:
                captured = (
                    None
                    if seen is None
                    else await capture_seen(self._p, self._settler, entry, seen)
                )
            except (FinalPosError, PaymentError, CheckoutError) as exc:
                return self._paid_result(cid, self._left_to_recovery(cid, exc))
            except JournalError as exc:
                return await self._paid_without_journal(entry, exc)
            if captured is Captured.HELD:
                self._journal.release(cid)
                return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)
            if captured is Captured.PAID:
                self._books.start(cid)  # keeps the lease until the books are done
                return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        try:
            settled = await self._settler.settle_locked(cid, scan=False)
        except (FinalPosError, PaymentError, CheckoutError) as exc:
            settled = self._left_to_recovery(cid, exc)
        except JournalError as exc:
            return await self._paid_without_journal(entry, exc)
        return self._paid_result(cid, settled)

    def _left_to_recovery(self, cid: str, exc: Exception) -> Settlement:
        self._journal.release(cid)
        entry = self._journal.record(cid, last_error=str(exc)[:500])
        log.warning("checkout %s: finishing left to recovery at %s: %s", cid, entry.step, exc)
        return Settlement(cid, entry.step, None)

    def _paid_result(self, cid: str, settled: Settlement) -> CheckoutResult:
        self._journal.release(cid)
        entry = self._journal.get(cid)
        if entry.step is Step.COMPLETED:
            return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        if (
            settled.attention is None
            and entry.attention is None
            and self._p.held(cid) is None
            and entry.step.rank >= Step.CAPTURED.rank
            and not entry.step.terminal
        ):
            # The customer has paid and the order exists; recovery finishes the books.
            return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)

    async def _paid_without_journal(
        self, entry: CheckoutEntry, exc: JournalError
    ) -> CheckoutResult:
        """The journal failed (disk full, say) while money was being taken: the customer's
        answer comes from Stripe, never "out of order"; the books are put right from Stripe
        and Final POS by the journal rebuild once the journal can be written again."""
        cid = entry.checkout_id
        log.error("checkout %s: the journal failed while finishing a payment: %s", cid, exc)
        with contextlib.suppress(JournalError):
            self._journal.mark_rebuild_needed(f"a write failed while finishing checkout {cid}")
        captured = False
        if entry.intent_id is not None:
            with contextlib.suppress(PaymentError):
                captured = (await self._gateway.retrieve_async(entry.intent_id)).captured
        code = ResultCode.PAID if captured else ResultCode.NEEDS_STAFF
        outcome = CheckoutOutcome.PAID if captured else CheckoutOutcome.FAILED
        return self._result(outcome, entry, code)

    # -- helpers -----------------------------------------------------------------------------

    def _entry(self, checkout_id: str) -> CheckoutEntry:
        try:
            return self._journal.get(checkout_id)
        except JournalError as exc:
            raise CheckoutError(f"unknown checkout {checkout_id!r}") from exc

    def _kiosk_tag(self) -> str:
        tag = "".join(ch for ch in self._kiosk_name.upper() if ch.isalnum())
        return tag[:8] or "KIOSK"

    def _result(
        self,
        outcome: CheckoutOutcome,
        entry: CheckoutEntry,
        code: ResultCode,
        *,
        can_retry: bool = False,
        decline: DeclineReason | None = None,
    ) -> CheckoutResult:
        return CheckoutResult(
            outcome, entry.checkout_id, entry.order_number, code, can_retry, decline
        )

    def _result_of_finished(self, entry: CheckoutEntry) -> CheckoutResult:
        if entry.step is Step.COMPLETED:
            return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        if entry.step in (Step.CANCELED, Step.VOID) or entry.cancel_requested:
            return self._result(CheckoutOutcome.CANCELED, entry, ResultCode.CANCELED)
        return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)
