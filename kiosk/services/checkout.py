"""The checkout pipeline: cart -> pending order -> card payment -> capture -> sale -> completed.

Order of side effects, and why:

1. journal the checkout (ids, the exact order body, the reader display);
2. ``POST /v1/api/order`` (pending, ``externalId`` = checkout id). A lost answer is found again
   with `find_order_by_external_id` before anything is re-posted;
3. one PaymentIntent per checkout (`PaymentGateway.prepare_async`: its idempotency key comes
   from the checkout id, so asking again returns the same intent), reused after a decline;
4. the reader collects (authorisation only);
5. capture, only now that the order is recorded in Final POS;
6. ``POST /v1/api/transactions`` (sale, ``externalId`` = checkout id, found again the same way);
7. ``PUT`` the order ``completed`` with balance ``"0.00"``.

Every step is journaled before its side effect and after it (`kiosk.services.journal`), and
`settle_async` brings a checkout from any journaled step to one outcome by asking both systems
(`kiosk.domain.checkout.decide`). The live pipeline and `RecoveryService` share it, so an
interrupted payment (crash, timeout, cancel, network) and a recovered one end the same way.

Concurrency: one checkout is worked on by one coroutine at a time (a lock per checkout), and
a checkout with a customer at the screen is leased in the journal so periodic recovery leaves
it alone.

The `step_hook` is called at each `Boundary` (no-op in production); the crash-matrix tests
use it to kill the process there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

from kiosk.domain.cart import Cart
from kiosk.domain.checkout import (
    Action,
    Boundary,
    Decision,
    Facts,
    IntentStatus,
    OrderState,
    Step,
    decide,
    order_number,
)
from kiosk.domain.pricing import TaxRate, Totals, price_cart
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError, UnavailableError
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
from kiosk.services.session import SessionUnavailable, TillSessionService

log = logging.getLogger(__name__)

T = TypeVar("T")
StepHook = Callable[[Boundary], None]

# How long a customer may stay on a checkout (between pay attempts) before periodic recovery
# treats it as walked away. Each pay attempt refreshes it.
DEFAULT_LEASE_S = 15 * 60


class CheckoutOutcome(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    CANCELED = "canceled"
    TIMED_OUT = "timed_out"
    READER_UNAVAILABLE = "reader_unavailable"
    FAILED = "failed"


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
    message: str  # customer-safe, plain words
    can_retry: bool


class CheckoutUnavailable(Exception):
    """Final POS is unreachable or rejects the kiosk: ordering is paused. Nothing was charged."""


class CheckoutError(Exception):
    """A checkout id this service does not know, or a checkout in no state to pay."""


@dataclass(frozen=True, slots=True)
class Settlement:
    """What one `settle_async` pass did."""

    checkout_id: str
    step: Step
    decision: Decision | None
    attention: str | None = None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries of one side effect within a checkout (transient errors only)."""

    attempts: int = 5
    base_s: float = 0.2
    max_s: float = 2.0


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


_MESSAGES = {
    CheckoutOutcome.PAID: "Thank you! Your order number is {number}.",
    CheckoutOutcome.DECLINED: "Your card was declined. You can try again or use another card.",
    CheckoutOutcome.CANCELED: "The payment was cancelled. You have not been charged.",
    CheckoutOutcome.TIMED_OUT: "The payment timed out. You have not been charged.",
    CheckoutOutcome.READER_UNAVAILABLE: (
        "The card reader is not available right now. Please try again or ask a member of staff."
    ),
    CheckoutOutcome.FAILED: (
        "Something went wrong with this payment. Please ask a member of staff "
        "and give them order number {number}."
    ),
}
_DECLINED_NEXT = "You can try again or use another card."
_UNAVAILABLE = (
    "Ordering is paused: the kiosk cannot reach Final POS right now. Nothing was charged."
)


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, UnavailableError):
        return True
    return isinstance(exc, PaymentError) and exc.retryable


def intent_status(intent: IntentState | None) -> IntentStatus:
    if intent is None:
        return IntentStatus.NONE
    if intent.captured:
        return IntentStatus.CAPTURED
    if intent.capturable:
        return IntentStatus.CAPTURABLE
    if intent.canceled:
        return IntentStatus.CANCELED
    if intent.status == "processing":
        return IntentStatus.PROCESSING
    return IntentStatus.OPEN


def order_state(order: m.Order | None) -> OrderState:
    if order is None:
        return OrderState.MISSING
    status = (order.status or "").lower()
    if status == orders.ORDER_PENDING:
        return OrderState.PENDING
    if status == orders.ORDER_COMPLETED:
        return OrderState.COMPLETED
    if status in (orders.ORDER_CANCELLED, "canceled"):
        return OrderState.CANCELED
    return OrderState.OTHER


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
    ) -> None:
        if default_tax_table not in tax_rates:
            raise ValueError(f"default tax table {default_tax_table!r} is not configured")
        self._finalpos = finalpos
        self._gateway = gateway
        self._journal = journal
        self._session = session
        self._rates = dict(tax_rates)
        self._default_tax = default_tax_table
        self._currency = currency.upper()
        self._kiosk_name = kiosk_name
        self._outlet_id = outlet_id
        self._station_reader_id = reader_id
        self._location_id = location_id
        self._reader_id: str | None = None
        self._payment_timeout_s = payment_timeout_s
        self._order_prefix = order_prefix
        self._retry = retry or RetryPolicy()
        self.lease_s = lease_s
        self._hook = step_hook
        self._sleep = sleep
        self._locks: dict[str, asyncio.Lock] = {}

    # -- the API the UI calls ----------------------------------------------------------------

    def price(self, cart: Cart) -> Totals:
        """The numbers the order, the reader display and the screen all show."""
        return price_cart(cart, self._rates, self._default_tax)

    async def begin_async(self, cart: Cart) -> PendingCheckout:
        """Journal the checkout, then record the pending order in Final POS.

        Raises `CheckoutUnavailable` when Final POS cannot take the order; nothing is charged
        then, and recovery cancels the order if it turns out to exist after all.
        """
        if cart.is_empty:
            raise CheckoutError("the cart is empty")
        if cart.currency.upper() != self._currency:
            raise CheckoutError(f"cart currency {cart.currency} is not {self._currency}")
        totals = self.price(cart)
        try:
            session_id = await self._session.ensure_open_async()
        except SessionUnavailable as exc:
            raise CheckoutUnavailable(str(exc)) from exc
        checkout_id = uuid.uuid4().hex

        def body(seq: int) -> tuple[str, str, dict[str, object]]:
            number = order_number(seq, prefix=self._order_prefix)
            receipt_id = f"{self._kiosk_tag()}-{seq:06d}-{checkout_id[:6].upper()}"
            order = orders.order_create(
                totals,
                checkout_id=checkout_id,
                receipt_id=receipt_id,
                order_number=number,
                session_id=session_id,
                kiosk_name=self._kiosk_name,
                order_type=cart.order_type,
            )
            return number, receipt_id, order.to_wire()

        entry = self._journal.create(
            checkout_id=checkout_id,
            currency=self._currency,
            amount_minor=totals.total_minor,
            session_id=session_id,
            order_body=body,
            display=orders.display_to_json(orders.display_cart(totals)),
        )
        self._journal.lease(checkout_id)
        self._boundary(Boundary.JOURNAL_WRITTEN)
        try:
            async with self._lock(checkout_id):
                await self._post_order(entry, check_first=False)
        except FinalPosError as exc:
            self._journal.release(checkout_id)
            current = self._journal.get(checkout_id)
            if not isinstance(exc, UnavailableError) and current.step is Step.ORDER_POSTING:
                # Refused outright (400/401/404): the order was not created.
                self._journal.record(checkout_id, Step.VOID, last_error=str(exc)[:500])
            else:
                self._journal.record(checkout_id, last_error=str(exc)[:500])
            log.warning("checkout %s: order not recorded: %s", checkout_id, exc)
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
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
        """

        def status(text: str) -> None:
            if on_status is not None:
                on_status(text)

        entry = self._entry(checkout_id)
        self._journal.lease(checkout_id)
        async with self._lock(checkout_id):
            entry = self._journal.get(checkout_id)
            if entry.step.terminal or entry.cancel_requested:
                return self._result_of_finished(entry)
            if entry.step.rank >= Step.APPROVED.rank:
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
                    return await self._cancel_now(entry, CheckoutOutcome.READER_UNAVAILABLE)
                return self._result(CheckoutOutcome.READER_UNAVAILABLE, entry, can_retry=True)
            if intent.canceled:
                return await self._cancel_now(entry, CheckoutOutcome.CANCELED)
            if intent.captured or intent.capturable:
                # Approved on an earlier attempt whose answer we missed.
                status("finishing")
                return await self._finish_paid(self._journal.record(checkout_id, Step.APPROVED))
            entry = self._journal.record(checkout_id, Step.COLLECTING, reader_id=reader_id)

            def relay(reader_status: str) -> None:
                if reader_status == CollectStatus.WAITING_FOR_CARD:
                    status("waiting_for_card")
                    self._boundary(Boundary.READER_PROCESSING)
                elif reader_status == CollectStatus.FINISHING:
                    status("authorising")

            try:
                result = await self._gateway.collect_async(
                    intent.id,
                    reader_id=reader_id,
                    cart=orders.display_from_json(entry.display),
                    timeout_s=self._payment_timeout_s,
                    cancel=cancel,
                    on_status=relay,
                )
            except PaymentError as exc:
                log.warning("checkout %s: collecting failed: %s", checkout_id, exc)
                return await self._after_lost_collect(entry, status)
            return await self._after_collect(entry, result, status)

    async def abandon_async(self, checkout_id: str) -> None:
        """The customer left before paying: cancel the order and void the intent if any.

        If Final POS or Stripe cannot be reached the decision is journaled and recovery
        finishes it; this never raises for network trouble.
        """
        entry = self._entry(checkout_id)
        async with self._lock(checkout_id):
            entry = self._journal.get(checkout_id)
            if entry.step.terminal:
                self._journal.release(checkout_id)
                return
            if entry.step.rank >= Step.APPROVED.rank and not entry.cancel_requested:
                # Money was authorised: finishing is the only safe way (see the decision table).
                await self._finish_paid(entry)
                return
            self._journal.record(checkout_id, cancel_requested=True, detail="abandoned")
            self._journal.release(checkout_id)
            with contextlib.suppress(FinalPosError, PaymentError):
                await self._settle_locked(checkout_id)

    # -- settling (shared with recovery) -----------------------------------------------------

    async def settle_async(self, checkout_id: str) -> Settlement:
        """Bring one checkout to its outcome by asking Final POS and Stripe (one pass).

        Raises FinalPosError / PaymentError when a system cannot be reached; the journal
        then still says what is known, and the next pass continues from there.
        """
        async with self._lock(checkout_id):
            return await self._settle_locked(checkout_id)

    async def _settle_locked(self, checkout_id: str) -> Settlement:
        for _ in range(4):  # a cancel that finds money authorised re-decides once or twice
            entry = self._journal.get(checkout_id)
            if entry.step.terminal:
                return Settlement(checkout_id, entry.step, None)
            entry, order = await self._learn_order(entry)
            entry, intent = await self._learn_intent(entry)
            has_sale = entry.transaction_id is not None
            if not has_sale and entry.step.rank >= Step.TRANSACTION_POSTING.rank:
                # A sale POST was sent; its answer may have been lost.
                sale = await self._find_sale(entry)
                if sale is not None:
                    entry = self._journal.record(checkout_id, transaction_id=sale.id)
                    has_sale = True
            facts = Facts(
                order=order_state(order),
                intent=intent_status(intent),
                has_sale=has_sale,
                cancel_requested=entry.cancel_requested,
            )
            decision = decide(facts)
            log.info(
                "checkout %s: %s -> %s (%s)", checkout_id, facts, decision.action, decision.reason
            )
            action = decision.action
            if action is Action.WAIT:
                return Settlement(checkout_id, entry.step, decision)
            if action is Action.ATTENTION:
                entry = self._journal.record(checkout_id, attention=decision.reason)
                return Settlement(checkout_id, entry.step, decision, decision.reason)
            if action is Action.CLOSE_VOID:
                entry = self._journal.record(checkout_id, Step.VOID, detail=decision.reason)
            elif action is Action.CLOSE_CANCELED:
                entry = self._journal.record(checkout_id, Step.CANCELED, detail=decision.reason)
            elif action is Action.CLOSE_COMPLETED:
                entry = self._journal.record(
                    checkout_id, Step.COMPLETED, attention=None, detail=decision.reason
                )
            elif action in (Action.COMPLETE, Action.CAPTURE_AND_COMPLETE):
                assert intent is not None
                entry = await self._complete(entry, order, intent)
            else:  # Action.CANCEL
                voided = await self._cancel(entry, order, intent)
                if not voided:
                    continue  # the intent was authorised after all: decide again
                entry = self._journal.get(checkout_id)
            self._journal.release(checkout_id)
            return Settlement(checkout_id, entry.step, decision)
        entry = self._journal.get(checkout_id)
        return Settlement(checkout_id, entry.step, None)

    async def _learn_order(self, entry: CheckoutEntry) -> tuple[CheckoutEntry, m.Order | None]:
        cid = entry.checkout_id
        if entry.order_id is not None:
            order_id = entry.order_id
            try:
                order = await self._retrying(
                    lambda _n: self._finalpos.get_order(order_id), f"checkout {cid}: GET order"
                )
            except NotFoundError:
                return entry, None
            return entry, order
        if entry.step is Step.BEGUN:
            return entry, None  # nothing was ever sent
        found = await self._retrying(
            lambda _n: self._finalpos.find_order_by_external_id(cid),
            f"checkout {cid}: find order",
        )
        if found is None:
            return entry, None
        step = Step.ORDER_RECORDED if entry.step is Step.ORDER_POSTING else None
        return self._journal.record(entry.checkout_id, step, order_id=found.id), found

    async def _learn_intent(self, entry: CheckoutEntry) -> tuple[CheckoutEntry, IntentState | None]:
        cid = entry.checkout_id
        if entry.intent_id is not None:
            intent_id = entry.intent_id
            return entry, await self._retrying(
                lambda _n: self._gateway.retrieve_async(intent_id), f"checkout {cid}: retrieve"
            )
        if not entry.step.may_have_intent or entry.order_id is None:
            return entry, None
        # The intent may exist with its id unjournaled: asking with the same checkout id
        # returns that same intent (idempotency key), so there is never a second one.
        order_id = entry.order_id
        intent = await self._retrying(
            lambda _n: self._gateway.prepare_async(
                checkout_id=cid,
                order_id=order_id,
                receipt_id=entry.receipt_id,
                amount_minor=entry.amount_minor,
                currency=entry.currency,
            ),
            f"checkout {cid}: prepare intent",
        )
        step = Step.INTENT_READY if entry.step is Step.INTENT_PREPARING else None
        return self._journal.record(entry.checkout_id, step, intent_id=intent.id), intent

    # -- side effects, each journaled before and after ---------------------------------------

    async def _post_order(self, entry: CheckoutEntry, *, check_first: bool) -> CheckoutEntry:
        """Create the pending order, or find the one a lost answer created."""
        cid = entry.checkout_id
        if entry.step is Step.BEGUN:
            entry = self._journal.record(cid, Step.ORDER_POSTING)
        body = orders.order_from_journal(entry.order_body)
        advance = Step.ORDER_RECORDED if entry.step is Step.ORDER_POSTING else None

        async def attempt(number: int) -> str:
            if check_first or number > 0:
                found = await self._finalpos.find_order_by_external_id(cid)
                if found is not None:
                    return found.id
            created = await self._finalpos.create_order(body)
            self._boundary(Boundary.ORDER_POSTED)
            return created.id

        order_id = await self._retrying(attempt, f"checkout {cid}: POST order")
        return self._journal.record(cid, advance, order_id=order_id)

    async def _ensure_intent(self, entry: CheckoutEntry) -> IntentState:
        cid = entry.checkout_id
        if entry.intent_id is not None:
            return await self._retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id or ""),
                f"checkout {cid}: retrieve intent",
            )
        order_id = entry.order_id
        assert order_id is not None
        if entry.step.rank < Step.INTENT_PREPARING.rank:
            entry = self._journal.record(cid, Step.INTENT_PREPARING)

        async def prepare(_n: int) -> IntentState:
            intent = await self._gateway.prepare_async(
                checkout_id=cid,
                order_id=order_id,
                receipt_id=entry.receipt_id,
                amount_minor=entry.amount_minor,
                currency=entry.currency,
            )
            self._boundary(Boundary.INTENT_CREATED)
            return intent

        intent = await self._retrying(prepare, f"checkout {cid}: prepare intent")
        self._journal.record(cid, Step.INTENT_READY, intent_id=intent.id)
        return intent

    async def _reader(self) -> str:
        if self._reader_id is None:
            self._reader_id = await self._gateway.choose_reader_async(
                station_reader_id=self._station_reader_id, location_id=self._location_id
            )
        return self._reader_id

    async def _after_collect(
        self, entry: CheckoutEntry, result: PaymentResult, status: Callable[[str], None]
    ) -> CheckoutResult:
        cid = entry.checkout_id
        outcome = result.outcome
        if outcome is PaymentOutcome.APPROVED:
            self._boundary(Boundary.APPROVED)
            entry = self._journal.record(cid, Step.APPROVED)
            status("finishing")
            return await self._finish_paid(entry)
        if outcome is PaymentOutcome.DECLINED:
            detail = result.decline_code or result.code or "declined"
            self._journal.record(cid, Step.DECLINED, detail=detail)
            return self._result(
                CheckoutOutcome.DECLINED, entry, can_retry=True, reason=result.message
            )
        if outcome is PaymentOutcome.READER_UNAVAILABLE:
            # The intent stays open for another try; recovery voids it if nobody comes back.
            self._journal.record(cid, detail=result.code or "reader unavailable")
            return self._result(
                CheckoutOutcome.READER_UNAVAILABLE, entry, can_retry=True, reason=result.message
            )
        wanted = (
            CheckoutOutcome.TIMED_OUT
            if outcome is PaymentOutcome.TIMED_OUT
            else CheckoutOutcome.CANCELED
        )
        return await self._cancel_now(entry, wanted)

    async def _after_lost_collect(
        self, entry: CheckoutEntry, status: Callable[[str], None]
    ) -> CheckoutResult:
        """The reader call failed mid-way: the card may or may not have been authorised."""
        cid = entry.checkout_id
        try:
            intent = await self._retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id or ""),
                f"checkout {cid}: retrieve intent",
            )
        except PaymentError:
            self._journal.release(cid)  # recovery decides from Stripe's answer later
            return self._result(CheckoutOutcome.FAILED, entry, can_retry=False)
        if intent.captured or intent.capturable:
            status("finishing")
            return await self._finish_paid(self._journal.record(cid, Step.APPROVED))
        return await self._cancel_now(entry, CheckoutOutcome.READER_UNAVAILABLE)

    async def _cancel_now(self, entry: CheckoutEntry, wanted: CheckoutOutcome) -> CheckoutResult:
        cid = entry.checkout_id
        self._journal.record(cid, cancel_requested=True, detail=wanted.value)
        try:
            settled = await self._settle_locked(cid)
        except (FinalPosError, PaymentError) as exc:
            log.warning("checkout %s: cancel left to recovery: %s", cid, exc)
            self._journal.release(cid)
            return self._result(wanted, entry, can_retry=False)
        if settled.step is Step.COMPLETED:  # the card was charged in the meantime
            return self._result(CheckoutOutcome.PAID, entry, can_retry=False)
        return self._result(wanted, entry, can_retry=False)

    async def _finish_paid(self, entry: CheckoutEntry) -> CheckoutResult:
        """Money was authorised: settle it (capture, sale, completed order)."""
        cid = entry.checkout_id
        try:
            settled = await self._settle_locked(cid)
        except (FinalPosError, PaymentError, CheckoutError) as exc:
            self._journal.release(cid)
            entry = self._journal.record(cid, last_error=str(exc)[:500])
            log.warning("checkout %s: finishing left to recovery at %s: %s", cid, entry.step, exc)
            if entry.step.rank >= Step.CAPTURED.rank:
                # The customer has paid and the order exists; recovery finishes the books.
                return self._result(CheckoutOutcome.PAID, entry, can_retry=False)
            return self._result(CheckoutOutcome.FAILED, entry, can_retry=False)
        self._journal.release(cid)
        entry = self._journal.get(cid)
        if entry.step is Step.COMPLETED:
            return self._result(CheckoutOutcome.PAID, entry, can_retry=False)
        if settled.attention is not None:
            return self._result(CheckoutOutcome.FAILED, entry, can_retry=False)
        return self._result_of_finished(entry)

    async def _complete(
        self, entry: CheckoutEntry, order: m.Order | None, intent: IntentState
    ) -> CheckoutEntry:
        """Money authorised or taken: make sure the order exists, capture, sale, completed."""
        cid = entry.checkout_id
        if order is None:
            entry = await self._post_order(entry, check_first=True)
        elif entry.order_id is None:
            entry = self._journal.record(cid, order_id=order.id)
        if order is not None and order_state(order) not in (
            OrderState.PENDING,
            OrderState.COMPLETED,
        ):
            raise CheckoutError(f"order {order.id} is {order.status}; not completing it")
        if not intent.captured:
            if entry.step.rank < Step.CAPTURING.rank:
                entry = self._journal.record(cid, Step.CAPTURING)

            async def capture(_n: int) -> IntentState:
                captured = await self._gateway.capture_async(intent.id, checkout_id=cid)
                self._boundary(Boundary.CAPTURED)
                return captured

            intent = await self._retrying(capture, f"checkout {cid}: capture")
            if not intent.captured:
                raise PaymentError(f"capture left the intent {intent.status}")
            entry = self._journal.record(cid, Step.CAPTURED)
        elif entry.step.rank < Step.CAPTURED.rank:
            entry = self._journal.record(cid, Step.CAPTURED)
        if entry.transaction_id is None:
            entry = await self._post_sale(entry, intent)
        self._boundary(Boundary.BEFORE_ORDER_PUT)
        if order is None or order_state(order) is not OrderState.COMPLETED or order.balance:
            if entry.step.rank < Step.COMPLETING.rank:
                entry = self._journal.record(cid, Step.COMPLETING)
            order_id = entry.order_id or ""
            await self._retrying(
                lambda _n: self._finalpos.update_order(
                    order_id, orders.order_completed(entry.currency)
                ),
                f"checkout {cid}: PUT order completed",
            )
        return self._journal.record(cid, Step.COMPLETED, attention=None)

    async def _post_sale(self, entry: CheckoutEntry, intent: IntentState) -> CheckoutEntry:
        cid = entry.checkout_id
        check_first = entry.step is Step.TRANSACTION_POSTING
        if entry.step.rank < Step.TRANSACTION_POSTING.rank:
            entry = self._journal.record(cid, Step.TRANSACTION_POSTING)
        session_id = entry.session_id or await self._session.ensure_open_async()
        body = orders.sale_transaction(
            checkout_id=cid,
            amount_minor=intent.amount_received_minor or entry.amount_minor,
            currency=entry.currency,
            session_id=session_id,
            order_id=entry.order_id or "",
            outlet_id=self._outlet_id,
            receipt_id=entry.receipt_id,
            intent_id=intent.id,
            reader_id=entry.reader_id,
        )

        async def attempt(number: int) -> str:
            if check_first or number > 0:
                found = await self._find_sale(entry)
                if found is not None:
                    return found.id
            created = await self._finalpos.create_transaction(body)
            self._boundary(Boundary.TRANSACTION_POSTED)
            return created.id

        tx_id = await self._retrying(attempt, f"checkout {cid}: POST transaction")
        return self._journal.record(cid, Step.TRANSACTION_RECORDED, transaction_id=tx_id)

    async def _find_sale(self, entry: CheckoutEntry) -> m.Transaction | None:
        """The sale recorded for this checkout, if a POST whose answer was lost made one."""
        async for tx in self._finalpos.iter_transactions():
            if tx.type == orders.SALE and tx.external_id == entry.checkout_id:
                return tx
        return None

    async def _cancel(
        self, entry: CheckoutEntry, order: m.Order | None, intent: IntentState | None
    ) -> bool:
        """Void the intent, then cancel the pending order. False if money turned up instead."""
        cid = entry.checkout_id
        if not entry.cancel_requested:
            entry = self._journal.record(cid, cancel_requested=True, detail="cancel")
        if intent is not None and not intent.canceled:
            intent_id = intent.id
            intent = await self._retrying(
                lambda _n: self._gateway.cancel_async(
                    intent_id, checkout_id=cid, reader_id=entry.reader_id
                ),
                f"checkout {cid}: cancel intent",
            )
            if not intent.canceled:
                return False
        if order is not None and order_state(order) is OrderState.PENDING:
            order_id = order.id
            await self._retrying(
                lambda _n: self._finalpos.update_order(order_id, orders.order_cancelled()),
                f"checkout {cid}: PUT order cancelled",
            )
        self._journal.record(cid, Step.CANCELED)
        return True

    # -- helpers -----------------------------------------------------------------------------

    async def _retrying(self, call: Callable[[int], Awaitable[T]], what: str) -> T:
        policy = self._retry
        for number in range(policy.attempts):
            try:
                return await call(number)
            except (FinalPosError, PaymentError) as exc:
                if not _transient(exc) or number + 1 >= policy.attempts:
                    raise
                delay = min(policy.max_s, policy.base_s * 2**number) * (0.5 + random.random())
                log.info("%s failed (%s); retry %d in %.2f s", what, exc, number + 1, delay)
                await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _boundary(self, point: Boundary) -> None:
        if self._hook is not None:
            self._hook(point)

    def _lock(self, checkout_id: str) -> asyncio.Lock:
        return self._locks.setdefault(checkout_id, asyncio.Lock())

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
        *,
        can_retry: bool,
        reason: str | None = None,
    ) -> CheckoutResult:
        """`reason` is the gateway's customer-safe text (e.g. why a card was declined)."""
        message = _MESSAGES[outcome].format(number=entry.order_number)
        if reason and outcome is CheckoutOutcome.DECLINED:
            message = f"{reason.rstrip('.')}. {_DECLINED_NEXT}"
        elif reason and outcome is CheckoutOutcome.READER_UNAVAILABLE:
            message = reason
        return CheckoutResult(outcome, entry.checkout_id, entry.order_number, message, can_retry)

    def _result_of_finished(self, entry: CheckoutEntry) -> CheckoutResult:
        if entry.step is Step.COMPLETED:
            return self._result(CheckoutOutcome.PAID, entry, can_retry=False)
        if entry.step in (Step.CANCELED, Step.VOID) or entry.cancel_requested:
            return self._result(CheckoutOutcome.CANCELED, entry, can_retry=False)
        return self._result(CheckoutOutcome.FAILED, entry, can_retry=False)
