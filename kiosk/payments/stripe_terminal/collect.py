"""Collecting a card on the reader: start the reader's action, follow it to an outcome.

Follows by polling the reader and the PaymentIntent (a kiosk has no public webhook endpoint);
every path ends at the kiosk's timeout plus the grace, in an outcome or ``outcome_unknown``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import stripe

from kiosk.payments.gateway import (
    CollectStatus,
    DisplayCart,
    IntentState,
    PaymentError,
    PaymentOutcome,
    PaymentResult,
)
from kiosk.payments.stripe_terminal.client import _code
from kiosk.payments.stripe_terminal.intents import _IntentCalls
from kiosk.payments.stripe_terminal.mapping import _as_dict, _intent_state, _our_action

if TYPE_CHECKING:
    from stripe.params.terminal import ReaderSetReaderDisplayParamsCartLineItem

log = logging.getLogger("kiosk.payments.stripe_terminal")

READER_ERROR_CODES = frozenset(
    {"terminal_reader_busy", "terminal_reader_offline", "terminal_reader_timeout"}
)

# Customer-safe texts (plain words; the UI translates them through its helper).
MSG_APPROVED = "Payment approved."
MSG_DECLINED = "Your card was declined."
MSG_CUSTOMER_CANCELED = "Payment canceled on the card reader."
MSG_KIOSK_CANCELED = "Payment canceled."
MSG_TIMED_OUT = "The payment timed out."
MSG_READER = {
    "terminal_reader_busy": "The card reader is busy. Please wait a moment and try again.",
    "terminal_reader_offline": "The card reader is offline. Please ask a member of staff.",
    "terminal_reader_timeout": "The card reader did not respond. Please try again.",
    "action_replaced": "The payment was interrupted on the card reader. Please try again.",
    "connection_error": "The card reader lost its connection. Please try again.",
}


class _Collecting(_IntentCalls):
    """Taking a card on the reader; `StripeTerminalGateway` is built on this."""

    # -- collecting on the reader -------------------------------------------------------------

    async def collect_async(
        self,
        intent_id: str,
        *,
        reader_id: str,
        cart: DisplayCart | None,
        timeout_s: float,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> PaymentResult:
        """Take a card for `intent_id` on `reader_id` and return how it ended.

        `cancel` (set by the kiosk) and `timeout_s` both clear the reader when its action is
        ours and not yet authorising; after that the result is CANCELED_AT_KIOSK or TIMED_OUT.
        If the card is already being authorised, the real outcome is awaited (up to
        ``authorising_grace_s`` past the timeout) and returned, also APPROVED: the caller then
        captures or cancels. Raises `PaymentError` for gateway failures (network, keys).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s

        def notify(status: CollectStatus) -> None:
            if on_status is not None:
                on_status(status.value)

        if cancel is not None and cancel.is_set():
            # canceled before anything reached the reader: leave it alone
            return self._result(
                PaymentOutcome.CANCELED_AT_KIOSK, intent_id, reader_id, MSG_KIOSK_CANCELED
            )
        notify(CollectStatus.PREPARING_READER)
        if cart is not None:
            await self._show_cart(reader_id, cart)
        early = await self._start(intent_id, reader_id)
        if early is not None:
            return early
        notify(CollectStatus.WAITING_FOR_CARD)
        return await self._follow(intent_id, reader_id, deadline, cancel, notify)

    async def _show_cart(self, reader_id: str, cart: DisplayCart) -> None:
        lines: list[ReaderSetReaderDisplayParamsCartLineItem] = [
            {
                "amount": line.amount_minor,
                "description": line.description,
                "quantity": line.quantity,
            }
            for line in cart.lines
        ]
        try:
            await self._client.v1.terminal.readers.set_reader_display_async(
                reader_id,
                {
                    "type": "cart",
                    "cart": {
                        "currency": cart.currency.lower(),
                        "line_items": lines,
                        "tax": cart.tax_minor,
                        "total": cart.total_minor,
                    },
                },
            )
        except stripe.StripeError as exc:
            # display only: the payment itself decides whether the reader is usable
            log.info("cart not shown on reader %s: %s", reader_id, _code(exc) or type(exc).__name__)

    def _result(
        self,
        outcome: PaymentOutcome,
        intent_id: str,
        reader_id: str,
        message: str,
        *,
        code: str | None = None,
        decline_code: str | None = None,
    ) -> PaymentResult:
        return PaymentResult(outcome, intent_id, reader_id, message, decline_code, code)

    async def _start(self, intent_id: str, reader_id: str) -> PaymentResult | None:
        """Start the payment; None when the reader runs it, else the early result."""
        readers = self._client.v1.terminal.readers
        code: str | None
        try:
            await readers.process_payment_intent_async(
                reader_id,
                {
                    "payment_intent": intent_id,
                    "process_config": {"enable_customer_cancellation": True},
                },
            )
            return None
        except stripe.InvalidRequestError as exc:
            code = _code(exc)
            if code not in READER_ERROR_CODES:
                # Stripe says intent_invalid_state when the intent cannot take a card; the
                # intent's own status decides what that means (already paid, canceled)
                doing = f"starting the payment on reader {reader_id}"
                state = await self._refused(exc, intent_id, doing)
                settled = self._settled_by_intent(state, reader_id)
                if settled is not None:
                    return settled
                if state.status == "requires_payment_method":
                    self._fail(exc, doing)  # the refusal was not about the intent's status
                raise PaymentError(
                    f"PaymentIntent {intent_id} cannot take a card now (status {state.status})",
                    retryable=True,
                    code="payment_intent_unexpected_state",
                ) from exc
            failure: stripe.StripeError = exc
        except (stripe.APIConnectionError, stripe.APIError) as exc:
            code, failure = None, exc  # delivered or not: unknown
        except stripe.StripeError as exc:
            self._fail(exc, f"starting the payment on reader {reader_id}")
        # A reader error or a lost answer: read the reader again. A timeout may be a false
        # negative, and "busy" may be our own payment from an earlier attempt.
        try:
            reader = _as_dict(await readers.retrieve_async(reader_id))
        except stripe.StripeError:
            reader = {}
        action = _our_action(reader, intent_id)
        # in_progress: it reached the reader; succeeded: it did and the card was already taken
        # (an intent succeeds once only). A failed action may be the previous attempt's decline,
        # so it does not prove delivery: report the reader error and let the customer retry.
        if action is not None and action.get("status") in ("in_progress", "succeeded"):
            log.info("reader %s runs our payment despite %s; following it", reader_id, code)
            return None
        if code is None:
            self._fail(failure, f"starting the payment on reader {reader_id}")
        log.info("reader %s unavailable: %s (status %s)", reader_id, code, reader.get("status"))
        return self._result(
            PaymentOutcome.READER_UNAVAILABLE, intent_id, reader_id, MSG_READER[code], code=code
        )

    async def _follow(
        self,
        intent_id: str,
        reader_id: str,
        deadline: float,
        cancel: asyncio.Event | None,
        notify: Callable[[CollectStatus], None],
    ) -> PaymentResult:
        """Poll reader and intent until the payment has an outcome; every path ends.

        The kiosk stops (its `cancel`, or `deadline`) by clearing the reader while it only
        waits for a card. Once it has asked to stop, or at the deadline, it follows for at
        most ``authorising_grace_s`` more; then the PaymentIntent decides (authorised or
        canceled) or `PaymentError` ``outcome_unknown`` says nobody can tell yet.
        """
        loop = asyncio.get_running_loop()
        readers = self._client.v1.terminal.readers
        stop: PaymentOutcome | None = None  # why the kiosk wants to stop, once it does
        give_up = deadline + self._grace_s
        while True:
            if stop is None:
                if cancel is not None and cancel.is_set():
                    stop = PaymentOutcome.CANCELED_AT_KIOSK
                    give_up = min(give_up, loop.time() + self._grace_s)
                elif loop.time() >= deadline:
                    stop = PaymentOutcome.TIMED_OUT
            if loop.time() > give_up:
                return await self._past_deadline(intent_id, reader_id)
            try:
                reader = _as_dict(await readers.retrieve_async(reader_id))
            except (stripe.APIConnectionError, stripe.APIError, stripe.RateLimitError):
                # transient: keep following while there is time; the outcome is on Stripe
                await self._pause(cancel if stop is None else None, deadline)
                continue
            except stripe.StripeError as exc:
                self._fail(exc, f"following the payment on reader {reader_id}")
            action = _our_action(reader, intent_id)
            if action is None:
                return await self._action_gone(intent_id, reader_id, stop)
            status = action.get("status")
            if status == "succeeded":
                decided = await self._reader_succeeded(intent_id, reader_id, stop)
                if decided is not None:
                    return decided
            elif status == "failed":
                return await self._failed(intent_id, reader_id, action)
            elif stop is not None:
                notify(CollectStatus.CANCELING)
                if await self._try_cancel_action(reader_id):
                    return await self._stopped(stop, intent_id, reader_id)
                notify(CollectStatus.FINISHING)
            await self._pause(cancel if stop is None else None, deadline)

    async def _reader_succeeded(
        self, intent_id: str, reader_id: str, stop: PaymentOutcome | None
    ) -> PaymentResult | None:
        """The reader reports our payment done: the PaymentIntent says what it became.

        Authorised or captured: approved. Canceled (voided elsewhere after the tap, e.g. in
        the Dashboard): nothing is held, canceled. Processing: still settling, follow on
        (bounded by the caller's give-up time). Back to taking a card: no money is held and
        the same intent takes the next try; reported as the reader's interruption.
        """
        state = await self.retrieve_async(intent_id)
        settled = self._settled_by_intent(state, reader_id)
        if settled is not None:
            return settled
        if state.status == "processing":
            return None
        return self._not_settled(stop, intent_id, reader_id, code="payment_not_completed")

    def _not_settled(
        self, stop: PaymentOutcome | None, intent_id: str, reader_id: str, *, code: str
    ) -> PaymentResult:
        """No money is held and the intent is open: the kiosk's stop (timeout or cancel) when
        it asked for one, else the reader's interruption, named by `code`."""
        if stop is not None:
            message = MSG_TIMED_OUT if stop is PaymentOutcome.TIMED_OUT else MSG_KIOSK_CANCELED
            return self._result(stop, intent_id, reader_id, message)
        return self._result(
            PaymentOutcome.READER_UNAVAILABLE,
            intent_id,
            reader_id,
            MSG_READER["action_replaced"],
            code=code,
        )

    async def _past_deadline(self, intent_id: str, reader_id: str) -> PaymentResult:
        """Followed past deadline and grace: the intent decides, or the outcome is unknown."""
        try:
            state = await self.retrieve_async(intent_id)
        except PaymentError as exc:
            raise PaymentError(
                f"the outcome of {intent_id} on reader {reader_id} is unknown (Stripe "
                "unreachable); read the PaymentIntent later",
                retryable=True,
                code="outcome_unknown",
            ) from exc
        settled = self._settled_by_intent(state, reader_id)
        if settled is not None:
            return settled
        raise PaymentError(
            f"reader {reader_id} has not finished {intent_id} (status {state.status}); "
            "read the PaymentIntent later",
            retryable=True,
            code="outcome_unknown",
        )

    async def _stopped(self, stop: PaymentOutcome, intent_id: str, reader_id: str) -> PaymentResult:
        # The card may have gone through between our last poll and cancel_action (which then
        # only cleared a finished action): the PaymentIntent has the last word.
        state = await self.retrieve_async(intent_id)
        if state.capturable or state.captured:
            return self._result(PaymentOutcome.APPROVED, intent_id, reader_id, MSG_APPROVED)
        message = MSG_TIMED_OUT if stop is PaymentOutcome.TIMED_OUT else MSG_KIOSK_CANCELED
        return self._result(stop, intent_id, reader_id, message)

    async def _try_cancel_action(self, reader_id: str) -> bool:
        """Clear the reader; False when it cannot be cleared yet (authorising, timeout)."""
        try:
            await self._client.v1.terminal.readers.cancel_action_async(reader_id)
            return True
        except stripe.InvalidRequestError as exc:
            code = _code(exc)
            if code == "terminal_reader_offline":
                return True  # it cannot take a card either; the PI cancel closes the rest
            if code in ("terminal_reader_busy", "terminal_reader_timeout"):
                return False
            self._fail(exc, f"clearing reader {reader_id}")
        except (stripe.APIConnectionError, stripe.APIError):
            return False
        except stripe.StripeError as exc:
            self._fail(exc, f"clearing reader {reader_id}")

    async def _pause(self, cancel: asyncio.Event | None, deadline: float) -> None:
        loop = asyncio.get_running_loop()
        delay = self._poll_interval_s
        remaining = deadline - loop.time()
        if 0 < remaining < delay:
            delay = remaining
        if cancel is None or cancel.is_set():
            await asyncio.sleep(delay)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(cancel.wait(), delay)

    async def _action_gone(
        self, intent_id: str, reader_id: str, stop: PaymentOutcome | None
    ) -> PaymentResult:
        """The reader no longer shows our payment: decide from the PaymentIntent."""
        state = await self.retrieve_async(intent_id)
        settled = self._settled_by_intent(state, reader_id)
        if settled is not None:
            return settled
        return self._not_settled(stop, intent_id, reader_id, code="action_replaced")

    def _settled_by_intent(self, state: IntentState, reader_id: str) -> PaymentResult | None:
        """The PaymentIntent's own status decides when it is authorised or canceled."""
        if state.capturable or state.captured:
            return self._result(PaymentOutcome.APPROVED, state.id, reader_id, MSG_APPROVED)
        if state.canceled:
            return self._result(
                PaymentOutcome.CANCELED_AT_KIOSK,
                state.id,
                reader_id,
                MSG_KIOSK_CANCELED,
                code="payment_intent_canceled",
            )
        return None

    async def _failed(
        self, intent_id: str, reader_id: str, action: dict[str, Any]
    ) -> PaymentResult:
        failure_code = action.get("failure_code")
        if failure_code == "customer_canceled":
            return self._result(
                PaymentOutcome.CANCELED_ON_READER,
                intent_id,
                reader_id,
                MSG_CUSTOMER_CANCELED,
                code="customer_canceled",
            )
        pi = await self._retrieve_raw(intent_id)
        state = _intent_state(pi)
        # e.g. connection_error after the authorisation went through
        settled = self._settled_by_intent(state, reader_id)
        if settled is not None:
            return settled
        if failure_code == "connection_error":
            return self._result(
                PaymentOutcome.READER_UNAVAILABLE,
                intent_id,
                reader_id,
                MSG_READER["connection_error"],
                code="connection_error",
            )
        error = pi.get("last_payment_error") or {}
        api_error = action.get("api_error") or {}
        return self._result(
            PaymentOutcome.DECLINED,
            intent_id,
            reader_id,
            error.get("message") or action.get("failure_message") or MSG_DECLINED,
            code=error.get("code") or failure_code,
            decline_code=error.get("decline_code") or api_error.get("decline_code"),
        )
