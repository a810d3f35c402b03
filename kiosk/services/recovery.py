"""Recovery: bring every unfinished checkout in the journal to one outcome.

Runs on start (before the first customer) and periodically. Each unfinished checkout that
no live customer holds (see the journal's leases) and no coroutine of this process is working
on (`CheckoutService.busy`: recovery skips it rather than wait for its lock) is settled by
`CheckoutService.settle_async`, which asks Final POS and Stripe and applies the decision table
in `kiosk.domain.checkout`. A checkout that needs a person (money taken on an order someone
cancelled, an order Final POS keeps rejecting, …) stays in the journal with the reason, is
listed by `needs_attention` for the staff screen, and is retried on every pass: nothing is
dropped. A checkout *held* for staff (amounts that disagree) is listed but not acted on until
staff releases it (`CheckoutService.release_hold`). Network trouble, and a create whose
outcome is unknown and still in its quiet period, leave a checkout for the next pass. Each
item needing a person is logged at WARNING once (when it first needs one), not on every pass.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from kiosk.domain.checkout import Action, Step
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.payments.gateway import PaymentError
from kiosk.services.checkout import CheckoutService
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.periodic import repeat_async

log = logging.getLogger(__name__)

# After this many failed passes a checkout is listed for staff even if the cause looks
# transient (e.g. Final POS down for hours while a customer's money is captured).
ATTENTION_AFTER_ATTEMPTS = 5
CLAIM_S = 120.0  # a recovery's claim on one checkout (renewed only by settling it again)


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """A checkout staff should look at; amounts in minor units."""

    checkout_id: str
    order_number: str
    receipt_id: str
    amount_minor: int
    currency: str
    step: Step
    reason: str
    since: float  # the checkout's creation time (epoch seconds)
    order_id: str | None
    intent_id: str | None


@dataclass
class RecoveryReport:
    examined: int = 0
    completed: list[str] = field(default_factory=list)
    canceled: list[str] = field(default_factory=list)
    voided: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # in flight or unreachable: next pass
    skipped: list[str] = field(default_factory=list)  # a customer is on it right now
    rechecked: list[str] = field(default_factory=list)  # settled, re-scanned for duplicates
    attention: list[AttentionItem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.waiting or self.attention)


class RecoveryService:
    """Settles unfinished checkouts; see the module docstring."""

    def __init__(
        self,
        *,
        checkout: CheckoutService,
        journal: Journal,
        attention_after_attempts: int = ATTENTION_AFTER_ATTEMPTS,
    ) -> None:
        self._checkout = checkout
        self._journal = journal
        self._attention_after = attention_after_attempts
        self._lock = asyncio.Lock()
        self._rechecked_at: dict[str, float] = {}  # time.monotonic() of the last re-scan

    async def recover_async(self) -> RecoveryReport:
        """One pass over every unfinished checkout, oldest first."""
        async with self._lock:
            report = RecoveryReport()
            for entry in self._journal.unfinished():
                report.examined += 1
                if self._checkout.busy(entry.checkout_id) or self._journal.leased(
                    entry.checkout_id, max_age_s=self._checkout.lease_s
                ):
                    # A customer or another coroutine is on it: never queue behind its lock.
                    report.skipped.append(entry.checkout_id)
                    continue
                # Claim it in the journal, so a recovery in another process (a second tool,
                # a restarted kiosk still shutting down) never settles it at the same time.
                if not self._journal.lease(entry.checkout_id, ttl_s=CLAIM_S):
                    report.skipped.append(entry.checkout_id)
                    continue
                try:
                    await self._settle_one(entry, report)
                finally:
                    self._journal.release(entry.checkout_id)
            await self._recheck_settled(report)
            if report.examined:
                log.info(
                    "recovery: %d examined, %d completed, %d cancelled, %d void, %d waiting, "
                    "%d need attention",
                    report.examined,
                    len(report.completed),
                    len(report.canceled),
                    len(report.voided),
                    len(report.waiting),
                    len(report.attention),
                )
            return report

    def needs_attention(self) -> list[AttentionItem]:
        """Checkouts kept for staff, oldest first (they are still retried on every pass),
        then settled ones the duplicate watch held (a cancel that may land late over a
        station's payment: `kiosk.services.settle_records`)."""
        items = [
            _item(entry, entry.attention or "")
            for entry in self._journal.unfinished()
            if entry.attention
        ]
        for cid in self._checkout.watched():
            reason = self._checkout.held(cid)
            if reason is None:
                continue
            try:
                entry = self._journal.get(cid)
            except JournalError:
                continue  # quarantined: listed by the journal's own check
            if entry.step.terminal:
                items.append(_item(entry, reason))
        return items

    async def run_periodically_async(self, interval_s: float = 60.0) -> None:
        """Recover now and then every `interval_s` until cancelled; never raises otherwise."""
        await repeat_async(self.recover_async, interval_s, what="recovery", logger=log)

    async def _recheck_settled(self, report: RecoveryReport) -> None:
        """Settled checkouts whose creates had unknown outcomes: undo late duplicates.

        Each re-check lists every order and sale, so the due checkouts share one listing and
        each is re-checked once per quiet period, not on every pass.
        """
        now = time.monotonic()
        watched = self._checkout.watched()
        self._rechecked_at = {c: t for c, t in self._rechecked_at.items() if c in watched}
        due = [
            cid
            for cid in watched
            if now - self._rechecked_at.get(cid, -1e9) >= self._checkout.recheck_interval_s
        ]
        if not due:
            return
        for cid in due:  # tried now, whatever the outcome: a failing listing is not retried
            self._rechecked_at[cid] = now  # on the very next pass (that would be a storm)
        try:
            done = await self._checkout.recheck_async(due)
        except asyncio.CancelledError:
            raise
        except (FinalPosError, PaymentError) as exc:
            log.info("duplicate re-check of %d checkouts left for later: %s", len(due), exc)
            return
        report.rechecked.extend(done)

    async def _settle_one(self, entry: CheckoutEntry, report: RecoveryReport) -> None:
        cid = entry.checkout_id
        try:
            settled = await self._checkout.settle_async(cid)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            transient = isinstance(exc, UnavailableError) or (
                isinstance(exc, PaymentError) and exc.retryable
            )
            if not isinstance(exc, FinalPosError | PaymentError):
                log.exception("recovery of checkout %s failed unexpectedly", cid)
            current = self._journal.get(cid)
            attempts = current.attempts + 1
            reason = None
            if not transient or attempts >= self._attention_after:
                reason = f"could not be finished automatically: {str(exc)[:300]}"
            if reason is not None and current.attention is None:
                log.warning("checkout %s needs staff: %s", cid, reason)  # once, not every pass
            current = self._journal.record(
                cid, attempts=attempts, last_error=str(exc)[:500], attention=reason
            )
            if reason is not None:
                report.attention.append(_item(current, reason))
            else:
                report.waiting.append(cid)
            return
        if settled.step is Step.COMPLETED:
            report.completed.append(cid)
        elif settled.step is Step.CANCELED:
            report.canceled.append(cid)
        elif settled.step is Step.VOID:
            report.voided.append(cid)
        elif settled.attention is not None:
            report.attention.append(_item(self._journal.get(cid), settled.attention))
        else:
            if settled.decision is not None and settled.decision.action is Action.WAIT:
                log.info("checkout %s: %s", cid, settled.decision.reason)
            report.waiting.append(cid)


def _item(entry: CheckoutEntry, reason: str) -> AttentionItem:
    return AttentionItem(
        checkout_id=entry.checkout_id,
        order_number=entry.order_number,
        receipt_id=entry.receipt_id,
        amount_minor=entry.amount_minor,
        currency=entry.currency,
        step=entry.step,
        reason=reason,
        since=entry.created_at,
        order_id=entry.order_id,
        intent_id=entry.intent_id,
    )
