"""Paying a checkout: the reader collects, then capture, then the books in the background.

Part of `CheckoutService` (`kiosk.services.checkout`, whose docstring gives the order of side
effects): `pay_async`, `abandon_async` and the steps after the reader's answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from kiosk.domain.checkout import Boundary, Step
from kiosk.finalpos.errors import FinalPosError
from kiosk.payments.gateway import (
    CollectStatus,
    IntentState,
    PaymentError,
    PaymentOutcome,
    PaymentResult,
    ReaderNotConfigured,
)
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.checkout_core import CheckoutCore
from kiosk.services.checkout_types import (
    READER_CODES,
    CheckoutOutcome,
    CheckoutResult,
    ResultCode,
    decline_reason,
    owned_elsewhere,
)
from kiosk.services.journal import CheckoutEntry, JournalError
from kiosk.services.paid import Captured, CardWatch, Seen, capture_seen, read_seen
from kiosk.services.pipeline import CheckoutError, Settlement

log = logging.getLogger("kiosk.services.checkout")

LEASE_MARGIN_S = 60.0  # the lease outlives the longest card wait (and its grace) by this much


class Paying(CheckoutCore):
    """Takes the payment of an opened checkout; see the module docstring."""

    async def pay_async(
        self,
        checkout_id: str,
        *,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
        card_wait_factor: float = 1.0,
    ) -> CheckoutResult:
        """Take the card payment for a begun checkout and finish it; see the module docstring.

        DECLINED can be retried (the same PaymentIntent is reused); CANCELED and TIMED_OUT
        leave the order cancelled and the intent voided (an order owned elsewhere, from
        `begin_existing_async`, is left pending instead); PAID means the money is captured and
        the order recorded (bookkeeping left unfinished by an outage is finished by recovery).
        Returns within about `payment_timeout_s` + `collect_grace_s` (+ bounded retries), and
        within `cancel_grace_s` of `cancel` being set while the card is awaited.
        `card_wait_factor` (accessibility mode) waits that many times longer for the card,
        bounded by `card_wait_s` so the checkout's lease outlives the wait.
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
                wait_s = self.card_wait_s(card_wait_factor)
                result = await self._collect(entry, intent, reader_id, cancel, relay, wait_s)
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

    def card_wait_s(self, factor: float = 1.0) -> float:
        """How long the reader waits for the card: `payment_timeout_s` times `factor` (at
        least 1), never so long that the checkout's lease (which keeps recovery away from a
        payment in progress) could run out before the wait and its grace are over."""
        longest = self.lease_s - self._collect_grace_s - LEASE_MARGIN_S
        wanted = self._payment_timeout_s * max(1.0, factor)
        return max(self._payment_timeout_s, min(wanted, longest))

    async def _collect(
        self,
        entry: CheckoutEntry,
        intent: IntentState,
        reader_id: str,
        cancel: asyncio.Event | None,
        relay: Callable[[str], None],
        wait_s: float,
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
                timeout_s=wait_s,
                cancel=cancel,
                on_status=relay,
            )
        )
        deadline = loop.time() + wait_s + self._collect_grace_s
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
            code = READER_CODES.get(result.code or "", ResultCode.READER_UNAVAILABLE)
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
            # An order another owns may be paid at another till at the same moment: its
            # capture is decided by the settle, after asking Stripe who else holds a payment.
            not owned_elsewhere(entry.order_body)
            and entry.amount_minor > 0
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
        if entry.step is Step.CANCELED and owned_elsewhere(entry.order_body):
            # Another's order paid elsewhere before our capture, or another till's older
            # payment on it: voided, nothing charged.
            if owned.yielded(self._p, cid) is not None:
                return self._result(CheckoutOutcome.CANCELED, entry, ResultCode.TAKEN_ELSEWHERE)
            return self._result(CheckoutOutcome.CANCELED, entry, ResultCode.CANCELED)
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
