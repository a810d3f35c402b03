"""What the live pay flow (`kiosk.services.checkout`) and settling (`kiosk.services.settle`)
share: the collaborators, the retry rule, the per-checkout locks, holds for staff, and the
small mappings from Final POS and Stripe records to the decision table's facts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from kiosk.domain.checkout import Boundary, Decision, IntentStatus, OrderState, Step
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import MoneyError, from_minor, minor
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.payments.gateway import IntentState, PaymentError, PaymentGateway
from kiosk.services import orders
from kiosk.services.journal import Journal
from kiosk.services.posting import OnceCreator
from kiosk.services.session import TillSessionService

log = logging.getLogger(__name__)

T = TypeVar("T")
StepHook = Callable[[Boundary], None]

_HOLD = "hold"


class CheckoutError(Exception):
    """A checkout id this service does not know, or a checkout in no state to pay.

    Nothing was charged. `code` (a `ResultCode` value) tells the UI to send the customer to
    staff rather than show the kiosk as out of order.
    """

    code = "needs_staff"


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


def transient(exc: BaseException) -> bool:
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


def order_state(order: m.Order | None, *, deleted: bool = False) -> OrderState:
    if order is None:
        return OrderState.DELETED if deleted else OrderState.MISSING
    status = (order.status or "").lower()
    if status == orders.ORDER_PENDING:
        return OrderState.PENDING
    if status == orders.ORDER_COMPLETED:
        return OrderState.COMPLETED
    if status in (orders.ORDER_CANCELLED, "canceled"):
        return OrderState.CANCELED
    return OrderState.OTHER


def order_total_minor(order: m.Order, currency: str) -> int | None:
    """The order's total as Final POS holds it now (None when it cannot be read)."""
    total = order.summary.total if order.summary is not None else None
    if total is None:
        return None
    try:
        return minor(total, currency)
    except MoneyError:
        return None


def money_text(amount_minor: int | None, currency: str) -> str:
    """For staff reasons and logs: "7.50 EUR"."""
    if amount_minor is None:
        return "unknown"
    return f"{from_minor(amount_minor, currency)} {currency}"


class Pipeline:
    """The collaborators and shared rules of one kiosk's checkouts."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        gateway: PaymentGateway,
        journal: Journal,
        session: TillSessionService,
        once: OnceCreator,
        outlet_id: str | None,
        retry: RetryPolicy,
        hook: StepHook | None,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.finalpos = finalpos
        self.gateway = gateway
        self.journal = journal
        self.session = session
        self.once = once
        self.outlet_id = outlet_id
        self.retry = retry
        self.hook = hook
        self.sleep = sleep
        self.clock = clock
        self._locks: dict[str, asyncio.Lock] = {}

    async def retrying(self, call: Callable[[int], Awaitable[T]], what: str) -> T:
        """`call(attempt)` until it succeeds, retrying transient failures with backoff.

        Bounded: `RetryPolicy.attempts` tries, each bounded by its client's own deadline.
        """
        policy = self.retry
        for number in range(policy.attempts):
            try:
                return await call(number)
            except (FinalPosError, PaymentError) as exc:
                if not transient(exc) or number + 1 >= policy.attempts:
                    raise
                delay = min(policy.max_s, policy.base_s * 2**number) * (0.5 + random.random())
                log.info("%s failed (%s); retry %d in %.2f s", what, exc, number + 1, delay)
                await self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def boundary(self, point: Boundary) -> None:
        if self.hook is not None:
            self.hook(point)

    def lock(self, checkout_id: str) -> asyncio.Lock:
        return self._locks.setdefault(checkout_id, asyncio.Lock())

    def busy(self, checkout_id: str) -> bool:
        """True while a coroutine of this process works on the checkout."""
        lock = self._locks.get(checkout_id)
        return lock is not None and lock.locked()

    # -- holds: a person decides ------------------------------------------------------------

    def hold(self, checkout_id: str, reason: str) -> None:
        """Stop every automatic action on the checkout until staff releases it."""
        self.journal.set_meta(
            f"{_HOLD}:{checkout_id}", json.dumps({"reason": reason, "at": self.clock()})
        )
        self.journal.record(checkout_id, attention=reason, detail=f"held: {reason}"[:500])
        log.warning("checkout %s held for staff: %s", checkout_id, reason)

    def held(self, checkout_id: str) -> str | None:
        raw = self.journal.get_meta(f"{_HOLD}:{checkout_id}")
        if raw is None:
            return None
        try:
            return str(json.loads(raw)["reason"])
        except (ValueError, KeyError, TypeError):
            return "held for staff"

    def release(self, checkout_id: str) -> None:
        self.journal.set_meta(f"{_HOLD}:{checkout_id}", None)
        self.journal.record(checkout_id, attention=None, detail="hold released by staff")
