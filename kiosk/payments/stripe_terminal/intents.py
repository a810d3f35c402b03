"""The gateway's PaymentIntent calls: create, read, list, capture, cancel, refund.

A refusal of a capture or cancel is decided from the PaymentIntent's status read again, never
from Stripe's error code (see the package docstring).
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING, Any

import stripe

from kiosk.payments.gateway import (
    IntentState,
    PaymentError,
    RefundResult,
)
from kiosk.payments.stripe_terminal.client import _code, _GatewayBase
from kiosk.payments.stripe_terminal.mapping import _as_dict, _intent_state, _our_action

if TYPE_CHECKING:
    from stripe.params import RefundCreateParams

log = logging.getLogger("kiosk.payments.stripe_terminal")

# Stripe keeps idempotency keys for 24 hours; past this age a create is not safe to repeat.
IDEMPOTENCY_SAFE_S = 23 * 3600


def _key(checkout_id: str, what: str) -> str:
    return f"kiosk:{checkout_id}:{what}"


class _IntentCalls(_GatewayBase):
    """PaymentIntents and refunds; `StripeTerminalGateway` is built on this."""

    # -- the PaymentIntent --------------------------------------------------------------------

    async def prepare_async(
        self,
        *,
        checkout_id: str,
        order_id: str,
        receipt_id: str,
        amount_minor: int,
        currency: str,
        checkout_started_at: float | None = None,
        till: str | None = None,
    ) -> IntentState:
        """The checkout's one PaymentIntent (created on the first call, returned after).

        The create's idempotency key is derived from the checkout id, but Stripe keeps keys
        only 24 hours. `checkout_started_at` (epoch seconds, when the checkout began; None for
        a checkout started now) closes that gap: for a checkout older than
        `IDEMPOTENCY_SAFE_S` (23 h) the PaymentIntent is first looked up by its metadata
        (`find_intent_async`) and returned if it exists, so a restart a day later never
        creates a second one. Callers resuming a checkout should always pass it.

        A second call for the same checkout with another amount or currency is an
        idempotency conflict and raises `PaymentError` (code ``idempotency_error``): a changed
        order needs a new checkout id. A replayed create answers with the intent as it was
        then, so the intent is read again to return its current state.
        """
        if not checkout_id:
            raise PaymentError("prepare_async needs a checkout id")
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor < 1:
            raise PaymentError(f"amount_minor must be a positive integer, got {amount_minor!r}")
        if checkout_started_at is not None and time.time() - checkout_started_at > (
            IDEMPOTENCY_SAFE_S
        ):
            found = await self.find_intent_async(
                checkout_id, created_after=int(checkout_started_at) - 3600
            )
            if found is not None:
                if found.amount_minor != amount_minor or found.currency != currency.lower():
                    raise PaymentError(
                        f"checkout {checkout_id} already has PaymentIntent {found.id} for "
                        f"{found.amount_minor} {found.currency}; start a new checkout",
                        code="idempotency_error",
                    )
                return found
        try:
            pi = await self._client.v1.payment_intents.create_async(
                {
                    "amount": amount_minor,
                    "currency": currency.lower(),
                    # SDK 16 / API 2026-10 name; the answer lists them as payment_method_types
                    "allowed_payment_method_types": ["card_present"],
                    "capture_method": "manual",
                    "description": f"Order {order_id}",
                    "metadata": {
                        "checkout_id": checkout_id,
                        "order_id": order_id,
                        "receipt_id": receipt_id,
                        **({"till": till} if till else {}),
                    },
                },
                {"idempotency_key": _key(checkout_id, "pi")},
            )
        except stripe.IdempotencyError as exc:
            raise PaymentError(
                f"checkout {checkout_id} already has a PaymentIntent with other details "
                "(amount or currency changed); start a new checkout",
                code="idempotency_error",
            ) from exc
        except stripe.StripeError as exc:
            self._fail(exc, "creating the PaymentIntent")
        data = _as_dict(pi)
        response = getattr(pi, "last_response", None)
        if response is not None and response.headers.get("idempotent-replayed") == "true":
            return await self.retrieve_async(str(data.get("id")))
        return _intent_state(data)

    async def _retrieve_raw(self, intent_id: str) -> dict[str, Any]:
        try:
            pi = await self._client.v1.payment_intents.retrieve_async(
                intent_id, {"expand": ["latest_charge"]}
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"reading PaymentIntent {intent_id}")
        return _as_dict(pi)

    async def retrieve_async(self, intent_id: str) -> IntentState:
        """The PaymentIntent now, with refunds and card details from its latest charge."""
        return _intent_state(await self._retrieve_raw(intent_id))

    async def _list_intents(self, params: dict[str, Any], doing: str) -> list[IntentState]:
        """Every PaymentIntent the list call names, all pages (newest first, as Stripe pages)."""
        found: list[IntentState] = []
        try:
            page = await self._client.v1.payment_intents.list_async(
                {"limit": self._page_size, "expand": ["data.latest_charge"], **params}  # type: ignore[arg-type]
            )
            async for pi in page.auto_paging_iter():
                found.append(_intent_state(_as_dict(pi)))
        except stripe.StripeError as exc:
            self._fail(exc, doing)
        return found

    async def find_intent_async(
        self, checkout_id: str, *, created_after: int | None = None
    ) -> IntentState | None:
        """The checkout's PaymentIntent found by its metadata (None if there is none).

        Lists rather than searches: Stripe's search index lags writes by up to a minute, and
        this is asked exactly when a create may have just happened. `created_after` (epoch
        seconds) bounds the listing; give it when the checkout's start is known. Should a
        checkout have several (a duplicate made before this check existed), the one holding
        money wins (captured, then authorised), then an open one, then the oldest.
        """
        params: dict[str, Any] = {}
        if created_after is not None:
            params["created"] = {"gt": created_after}
        intents = await self._list_intents(
            params, f"looking up the PaymentIntent of checkout {checkout_id}"
        )
        matches = [i for i in intents if i.metadata.get("checkout_id") == checkout_id]
        if not matches:
            return None

        def rank(state: IntentState) -> tuple[int, int]:
            order = 0 if state.captured else 1 if state.capturable else 2 if state.open else 3
            return order, state.created or 0

        return min(matches, key=rank)

    async def list_checkout_intents_async(self, *, created_after: int) -> list[IntentState]:
        """Every PaymentIntent created after `created_after` (epoch seconds) whose metadata
        carries a kiosk ``checkout_id``, oldest first: what a journal rebuild starts from."""
        intents = await self._list_intents(
            {"created": {"gt": created_after}}, "listing the kiosk's PaymentIntents"
        )
        found = [i for i in intents if i.metadata.get("checkout_id")]
        found.reverse()  # Stripe lists newest first
        found.sort(key=lambda state: state.created or 0)
        return found

    async def _refused(
        self, exc: stripe.InvalidRequestError, intent_id: str, doing: str
    ) -> IntentState:
        """The PaymentIntent read again after Stripe refused `doing` on it.

        Stripe answers a capture or cancel the status does not allow with
        ``payment_intent_unexpected_state`` and a reader refuses ``intent_invalid_state``, but
        the decision is taken from the status read here, never from the code: codes change,
        the status is the truth. A missing intent is not a state question and fails as is.
        """
        if _code(exc) == "resource_missing" or exc.http_status == 404:
            self._fail(exc, doing)
        return await self.retrieve_async(intent_id)

    async def capture_async(self, intent_id: str, *, checkout_id: str) -> IntentState:
        """Capture the authorised amount; an already captured intent is returned as is.

        Any refusal is decided from the intent's status: captured is success; still
        capturable means the refusal was stored for our idempotency key by an earlier, too
        early attempt, so it is tried once more with a fresh key; anything else raises
        `PaymentError` code ``payment_intent_unexpected_state`` (e.g. canceled: voided
        elsewhere, the authorisation is gone).
        """
        key = _key(checkout_id, "capture")
        doing = f"capturing {intent_id}"
        for attempt in range(2):
            try:
                pi = await self._client.v1.payment_intents.capture_async(
                    intent_id, {"expand": ["latest_charge"]}, {"idempotency_key": key}
                )
                return _intent_state(_as_dict(pi))
            except stripe.InvalidRequestError as exc:
                state = await self._refused(exc, intent_id, doing)
                if state.captured:
                    return state
                if state.capturable:
                    if attempt == 0:
                        key = f"{key}:{uuid.uuid4().hex[:12]}"
                        continue
                    self._fail(exc, doing)  # refused for another reason than the status
                raise PaymentError(
                    f"PaymentIntent {intent_id} cannot be captured (status {state.status})",
                    code="payment_intent_unexpected_state",
                ) from exc
            except stripe.StripeError as exc:
                self._fail(exc, doing)
        raise AssertionError("unreachable")  # pragma: no cover

    async def cancel_async(
        self, intent_id: str, *, checkout_id: str, reader_id: str | None = None
    ) -> IntentState:
        """Clear our payment from the reader (if it is ours), then cancel the PaymentIntent.

        Raises `PaymentError` (retryable, code ``terminal_reader_busy``) while the card is being
        authorised on the reader. A refusal is decided from the intent's status: already
        canceled is returned as is; captured raises code ``already_captured`` (refund it
        instead); still cancelable is tried once more with a fresh key (a refusal stored
        from an attempt made while the card was authorising); a second refusal (the card is
        still being authorised) is a retryable ``payment_intent_unexpected_state``.
        """
        if reader_id:
            await self._cancel_our_action(intent_id, reader_id)
        key = _key(checkout_id, "cancel")
        doing = f"canceling {intent_id}"
        for attempt in range(2):
            try:
                pi = await self._client.v1.payment_intents.cancel_async(
                    intent_id,
                    {"cancellation_reason": "abandoned", "expand": ["latest_charge"]},
                    {"idempotency_key": key},
                )
                return _intent_state(_as_dict(pi))
            except stripe.InvalidRequestError as exc:
                state = await self._refused(exc, intent_id, doing)
                if state.canceled:
                    return state
                if state.captured:
                    raise PaymentError(
                        f"PaymentIntent {intent_id} is already captured; refund it instead",
                        code="already_captured",
                    ) from exc
                if attempt == 0 and (state.capturable or state.open):
                    key = f"{key}:{uuid.uuid4().hex[:12]}"
                    continue
                raise PaymentError(
                    f"PaymentIntent {intent_id} cannot be canceled now (status {state.status})",
                    retryable=True,
                    code="payment_intent_unexpected_state",
                ) from exc
            except stripe.StripeError as exc:
                self._fail(exc, doing)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _cancel_our_action(self, intent_id: str, reader_id: str) -> None:
        readers = self._client.v1.terminal.readers
        try:
            reader = _as_dict(await readers.retrieve_async(reader_id))
            action = _our_action(reader, intent_id)
            if action is None or action.get("status") != "in_progress":
                return
            await readers.cancel_action_async(reader_id)
        except stripe.InvalidRequestError as exc:
            code = _code(exc)
            if code == "terminal_reader_busy":
                raise PaymentError(
                    f"the card is being authorised on reader {reader_id}; try again shortly",
                    retryable=True,
                    code=code,
                ) from exc
            # offline, timeout, unknown reader: canceling the PaymentIntent below still makes
            # sure no card can pay it
            log.warning("could not clear reader %s before canceling: %s", reader_id, code)
        except stripe.StripeError as exc:
            log.warning(
                "could not clear reader %s before canceling: %s", reader_id, type(exc).__name__
            )

    # -- refunds ------------------------------------------------------------------------------

    async def refund_async(
        self,
        intent_id: str,
        *,
        amount_minor: int | None = None,
        reason: str = "requested_by_customer",
        idempotency_key: str,
    ) -> RefundResult:
        """Refund a captured payment in full (no amount) or in part."""
        if reason not in ("duplicate", "fraudulent", "requested_by_customer"):
            raise PaymentError(f"unknown refund reason {reason!r}")
        params: RefundCreateParams = {"payment_intent": intent_id, "reason": reason}
        if amount_minor is not None:
            if isinstance(amount_minor, bool) or amount_minor < 1:
                raise PaymentError(f"refund amount must be positive, got {amount_minor!r}")
            params["amount"] = amount_minor
        try:
            refund = await self._client.v1.refunds.create_async(
                params, {"idempotency_key": idempotency_key}
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"refunding {intent_id}")
        data = _as_dict(refund)
        return RefundResult(
            id=data["id"], status=str(data.get("status")), amount_minor=int(data["amount"])
        )
