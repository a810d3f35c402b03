"""`RefundService`: what may be refunded, starting a refund, and the passes that finish them.

The order of side effects and why is in `kiosk.services.refunds`; the steps themselves are in
`kiosk.services.refunds.steps`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping

from kiosk.domain.checkout import Step
from kiosk.finalpos.errors import FinalPosError
from kiosk.payments.gateway import PaymentError, PaymentGateway
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.periodic import repeat_async
from kiosk.services.posting import OnceCreator, PostPending, default_quiet_s, request_deadline_s
from kiosk.services.refunds.journal import RefundJournal
from kiosk.services.refunds.lines import _share, sold_lines
from kiosk.services.refunds.model import (
    Refundable,
    RefundableLine,
    RefundBoundary,
    RefundEntry,
    RefundError,
    RefundLine,
    RefundMethod,
    RefundOutcome,
    RefundReason,
    RefundRecoveryReport,
    RefundResult,
    RefundStep,
)
from kiosk.services.refunds.ports import RefundFinalPos, _Session
from kiosk.services.refunds.steps import _RefundSteps, _transient

log = logging.getLogger("kiosk.services.refunds")

ATTENTION_AFTER_ATTEMPTS = 5


class RefundService(_RefundSteps):
    """Runs and recovers staff refunds; see the module docstring for the order of effects."""

    def __init__(
        self,
        *,
        finalpos: RefundFinalPos,
        gateway: PaymentGateway,
        checkouts: Journal,
        journal: RefundJournal,
        session: _Session,
        outlet_id: str | None = None,
        retry_attempts: int = 5,
        retry_base_s: float = 0.2,
        retry_max_s: float = 2.0,
        attention_after_attempts: int = ATTENTION_AFTER_ATTEMPTS,
        step_hook: Callable[[RefundBoundary], None] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        cash_checkouts: Journal | None = None,
        post_quiet_s: float | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._finalpos = finalpos
        self._gateway = gateway
        self._checkouts = checkouts
        self.journal = journal
        self._session = session
        self._outlet_id = outlet_id
        self._attempts = retry_attempts
        self._base_s = retry_base_s
        self._max_s = retry_max_s
        self._attention_after = attention_after_attempts
        self._hook = step_hook
        self._sleep = sleep
        self.cash_checkouts = cash_checkouts  # a station's cash sales (refunded from the till)
        deadline_s = request_deadline_s(finalpos)
        self._once = OnceCreator(
            journal,
            deadline_s=deadline_s,
            quiet_s=post_quiet_s if post_quiet_s is not None else default_quiet_s(deadline_s),
            clock=clock,
        )
        self._lock = asyncio.Lock()  # refunds are rare: one at a time keeps the cap exact
        self.lease_s = 15 * 60.0  # a checkout a customer is still paying is not refundable

    # -- what can be refunded -------------------------------------------------------------

    def refundable(self, checkout_id: str, *, captured_minor: int | None = None) -> Refundable:
        """Lines and amounts left to refund on a completed checkout (journal only, no I/O)."""
        entry = self._checkout(checkout_id)
        previous = [
            r
            for r in self.journal.for_order(entry.order_id or "")
            if r.step is not RefundStep.REJECTED
        ]
        refunded_units: dict[int, int] = {}
        refunded_amount: dict[int, int] = {}
        for refund in previous:
            for line in refund.lines:
                refunded_units[line.index] = refunded_units.get(line.index, 0) + line.quantity
                refunded_amount[line.index] = refunded_amount.get(line.index, 0) + line.amount_minor
        lines = tuple(
            RefundableLine(
                index=sold.index,
                name=sold.name,
                quantity=sold.quantity,
                refundable_quantity=max(0, sold.quantity - refunded_units.get(sold.index, 0)),
                total_minor=sold.total_minor,
                refunded_minor=refunded_amount.get(sold.index, 0),
            )
            for sold in sold_lines(entry)
        )
        return Refundable(
            checkout_id=checkout_id,
            order_id=entry.order_id or "",
            order_number=entry.order_number,
            currency=entry.currency,
            captured_minor=entry.amount_minor if captured_minor is None else captured_minor,
            refunded_minor=sum(r.amount_minor for r in previous),
            lines=lines,
        )

    def plan(
        self, checkout_id: str, quantities: Mapping[int, int] | None
    ) -> tuple[RefundLine, ...]:
        """The refund lines for `quantities` (line index -> units; None = everything left)."""
        entry = self._checkout(checkout_id)
        left = {line.index: line for line in self.refundable(checkout_id).lines}
        chosen: list[RefundLine] = []
        for sold in sold_lines(entry):
            info = left[sold.index]
            wanted = (
                info.refundable_quantity if quantities is None else quantities.get(sold.index, 0)
            )
            if wanted <= 0:
                continue
            if wanted > info.refundable_quantity:
                raise ValueError(
                    f"line {sold.index} has {info.refundable_quantity} units left to refund"
                )
            done = sold.quantity - info.refundable_quantity
            amount = _share(sold.total_minor, done + wanted, sold.quantity) - _share(
                sold.total_minor, done, sold.quantity
            )
            tax = _share(sold.tax_minor, done + wanted, sold.quantity) - _share(
                sold.tax_minor, done, sold.quantity
            )
            chosen.append(
                RefundLine(
                    index=sold.index,
                    name=sold.name,
                    quantity=wanted,
                    amount_minor=amount,
                    tax_minor=tax,
                    unit_price_minor=sold.unit_price_minor,
                    product_id=sold.product_id,
                    variant_id=sold.variant_id,
                    tax_name=sold.tax_name,
                    tax_rate=sold.tax_rate,
                )
            )
        return tuple(chosen)

    # -- refunding ------------------------------------------------------------------------

    async def refund_async(
        self,
        checkout_id: str,
        *,
        quantities: Mapping[int, int] | None = None,
        reason: RefundReason = RefundReason.REQUESTED_BY_CUSTOMER,
        note: str = "",
        refunded_by: str,
    ) -> RefundResult:
        """Refund lines of a paid checkout (None = everything left) and record it everywhere.

        A card checkout is refunded to the card; a station's cash sale (`cash_checkouts`) in
        cash: no Stripe step, the refund and a ``cash`` payout land in Final POS once, in the
        open till session, so the drawer's expected cash drops by the amount handed back.
        Raises `ValueError` for a quantity larger than what is left on a line. Network
        trouble never raises: the refund stays journaled and `recover_async` finishes it.
        """
        async with self._lock:
            try:
                entry, method = self._source(checkout_id)
            except JournalError:
                return RefundResult(RefundOutcome.UNKNOWN_ORDER, None, 0, "")
            cur = entry.currency
            if method is RefundMethod.CASH:
                # Only a finished sale: its order and cash transaction are in Final POS.
                paid = entry.step is Step.COMPLETED and entry.transaction_id is not None
                if entry.order_id is None or not paid:
                    return RefundResult(RefundOutcome.NOT_PAID, None, 0, cur)
            else:
                # Not only completed checkouts: one charged against an order someone cancelled
                # (listed for staff) is refunded the same way; Stripe's state decides below.
                live = self._checkouts.leased(checkout_id, max_age_s=self.lease_s)
                if entry.intent_id is None or entry.order_id is None or live:
                    return RefundResult(RefundOutcome.NOT_PAID, None, 0, cur)
            lines = self.plan(checkout_id, quantities)
            amount = sum(line.amount_minor for line in lines)
            if amount <= 0:
                return RefundResult(RefundOutcome.NOTHING_TO_REFUND, None, 0, cur)
            if method is RefundMethod.CASH:
                intent_id = ""
                before = self.refundable(checkout_id).refunded_minor
                if amount > entry.amount_minor - before:
                    return RefundResult(RefundOutcome.TOO_MUCH, None, amount, cur)
            else:
                checked = await self._check_card(entry, amount)
                if isinstance(checked, RefundResult):
                    return checked
                intent_id, before = checked
            session_id: str | None
            try:
                session_id = await self._session.ensure_open_async()
            except Exception as exc:  # session trouble: record against the checkout's session
                log.warning("refund without an open till session (%s)", type(exc).__name__)
                session_id = entry.session_id
            now = time.time()
            assert entry.order_id is not None
            refund = self.journal.create(
                RefundEntry(
                    refund_id=uuid.uuid4().hex,
                    checkout_id=checkout_id,
                    order_id=entry.order_id,
                    order_number=entry.order_number,
                    intent_id=intent_id,
                    sale_transaction_id=entry.transaction_id,
                    session_id=session_id,
                    currency=cur,
                    amount_minor=amount,
                    reason=reason.value,
                    note=note[:500],
                    refunded_by=refunded_by,
                    lines=lines,
                    step=RefundStep.BEGUN,
                    created_at=now,
                    updated_at=now,
                    refunded_before_minor=before,
                    method=method,
                )
            )
            self._boundary(RefundBoundary.JOURNAL_WRITTEN)
            log.info(
                "refund %s (%s) of order %s: %d %s by %s",
                refund.refund_id,
                method.value,
                entry.order_number,
                amount,
                cur,
                refunded_by,
            )
            return await self._run(refund.refund_id)

    async def _check_card(
        self, entry: CheckoutEntry, amount: int
    ) -> RefundResult | tuple[str, int]:
        """The PaymentIntent and Stripe's refunded amount, or why nothing may start."""
        cur = entry.currency
        try:
            intent = await self._retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id or ""), "read intent"
            )
        except PaymentError as exc:
            log.warning("refund of %s not started: %s", entry.order_number, exc)
            return RefundResult(RefundOutcome.UNAVAILABLE, None, amount, cur)
        if not intent.captured:
            return RefundResult(RefundOutcome.NOT_PAID, None, amount, cur)
        refunded = self._refunded_on(intent.id, intent.amount_refunded_minor)
        if amount > intent.amount_received_minor - refunded:
            log.warning(
                "refund of %s refused: %d asked, %d captured, %d already refunded",
                entry.order_number,
                amount,
                intent.amount_received_minor,
                refunded,
            )
            return RefundResult(RefundOutcome.TOO_MUCH, None, amount, cur)
        return intent.id, intent.amount_refunded_minor

    async def settle_async(self, refund_id: str) -> RefundEntry:
        """One pass driving a refund to its end; raises FinalPosError/PaymentError if a
        system cannot be reached (the journal still says what is known)."""
        async with self._lock:
            return await self._settle(refund_id)

    async def recover_async(self) -> RefundRecoveryReport:
        """Settle every unfinished refund, oldest first (start-up and periodically)."""
        report = RefundRecoveryReport()
        for entry in self.journal.unfinished():
            report.examined += 1
            rid = entry.refund_id
            try:
                settled = await self.settle_async(rid)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._failed_pass(rid, exc)
                current = self.journal.get(rid)
                (report.attention if current.attention else report.waiting).append(rid)
                continue
            if settled.step is RefundStep.COMPLETED:
                report.completed.append(rid)
            elif settled.step is RefundStep.REJECTED:
                report.rejected.append(rid)
            elif settled.attention:
                report.attention.append(rid)
            else:
                report.waiting.append(rid)
        return report

    async def run_periodically_async(self, interval_s: float = 60.0) -> None:
        """Recover refunds now and then every `interval_s` until cancelled; never raises."""
        await repeat_async(self.recover_async, interval_s, what="refund recovery", logger=log)

    def needs_attention(self) -> list[RefundEntry]:
        """Unfinished refunds that need a person (still retried on every pass)."""
        return [entry for entry in self.journal.unfinished() if entry.attention]

    def refunds_since(self, since: float) -> list[RefundEntry]:
        return [e for e in self.journal.all() if e.created_at >= since]

    # -- internals ------------------------------------------------------------------------

    async def _run(self, refund_id: str) -> RefundResult:
        try:
            entry = await self._settle(refund_id)
        except PostPending as exc:  # a create's answer was lost: looked up after its quiet
            log.info("refund %s: %s", refund_id, exc)
            entry = self.journal.get(refund_id)
        except (FinalPosError, PaymentError, RefundError) as exc:
            self._failed_pass(refund_id, exc)
            entry = self.journal.get(refund_id)
        return self._result(entry)

    def _result(self, entry: RefundEntry) -> RefundResult:
        step = entry.step
        if step is RefundStep.COMPLETED:
            outcome = RefundOutcome.REFUNDED
        elif step is RefundStep.REJECTED:
            outcome = RefundOutcome.REFUSED
            if entry.last_error and "too_much" in entry.last_error:
                outcome = RefundOutcome.TOO_MUCH
        elif entry.cash:
            # Journaled, so it lands in Final POS exactly once: the cash may be handed back.
            outcome = RefundOutcome.REFUNDED_BOOKS_PENDING
        elif (
            entry.attention
            and entry.stripe_refund_id is not None
            and "failed" in (entry.attention or "")
        ):
            outcome = RefundOutcome.FAILED
        elif entry.stripe_refund_id is not None:
            outcome = RefundOutcome.REFUNDED_BOOKS_PENDING
        else:
            outcome = RefundOutcome.PENDING
        return RefundResult(outcome, entry.refund_id, entry.amount_minor, entry.currency)

    def _failed_pass(self, refund_id: str, exc: BaseException) -> None:
        if isinstance(exc, PostPending):  # waiting out a quiet period is not a failure
            log.info("refund %s: %s", refund_id, exc)
            return
        transient = _transient(exc)
        current = self.journal.get(refund_id)
        attempts = current.attempts + 1
        attention = current.attention
        if not transient or attempts >= self._attention_after:
            attention = f"could not be finished automatically: {str(exc)[:300]}"
        log.warning("refund %s left at %s: %s", refund_id, current.step, exc)
        self.journal.record(
            refund_id, attempts=attempts, last_error=str(exc)[:500], attention=attention
        )

    def _checkout(self, checkout_id: str) -> CheckoutEntry:
        return self._source(checkout_id)[0]

    def _source(self, checkout_id: str) -> tuple[CheckoutEntry, RefundMethod]:
        """The checkout and how it was paid: the card journal first, then the cash sales."""
        try:
            return self._checkouts.get(checkout_id), RefundMethod.CARD
        except JournalError:
            if self.cash_checkouts is None:
                raise
        return self.cash_checkouts.get(checkout_id), RefundMethod.CASH
