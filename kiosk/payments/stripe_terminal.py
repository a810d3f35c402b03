"""Card payments on a Stripe Terminal smart reader, server-driven, through the official SDK.

This is the only module of the app that imports ``stripe``. It implements
`kiosk.payments.gateway.PaymentGateway`:

1. `choose_reader_async`: the station's reader, else an online reader at the outlet's
   location, else the configured reader id; `ReaderNotConfigured` names what is missing.
2. `prepare_async`: one PaymentIntent per checkout (``card_present``, manual capture,
   metadata with the checkout, order and receipt ids). Its idempotency key is derived from
   the checkout id, so calling it again, also after a lost answer, returns the same intent.
3. `collect_async`: shows the cart on the reader (best effort), starts
   ``process_payment_intent`` with customer cancellation enabled and follows the outcome by
   polling the reader's action and the PaymentIntent (a kiosk has no public webhook endpoint).
   A decline leaves the PaymentIntent in ``requires_payment_method`` for the next try, never a
   second intent. `collect_async` never cancels the PaymentIntent itself: the checkout calls
   `cancel_async` when it gives the order up.
4. `capture_async` once the order is recorded; `cancel_async` to give it up; `refund_async`
   for the staff flow.
5. Lookups: `find_intent_async` / `list_checkout_intents_async` (by metadata, all pages, for
   resuming and journal rebuilds), `retrieve_reader_async`, `list_readers_async`,
   `retrieve_location_async` (``kiosk check``, staff screens).

State errors: Stripe refuses a capture or cancel that the PaymentIntent's status does not
allow with ``payment_intent_unexpected_state`` (and a reader refuses an intent that cannot
take a card with ``intent_invalid_state``). The gateway never branches on those strings:
after any refusal it reads the PaymentIntent again and decides from its ``status``.

Every wait ends: each HTTP exchange has a total deadline and a size cap
(`KioskHTTPXClient`), and following a payment ends at the kiosk's timeout plus
``authorising_grace_s`` (or that grace after the kiosk's cancel) in a decided outcome, or in
`PaymentError` ``outcome_unknown`` when the PaymentIntent cannot tell yet.

Reader rules followed here (Stripe's docs and what integrators report): the reader action is
cancelled only when it is ours (another register may be using the reader); once a card is
being authorised the reader refuses ``cancel_action`` as busy, so the kiosk follows the
payment to its real outcome; ``terminal_reader_timeout`` may be a false negative, so after any
reader error the reader is read again and, if it is running our payment, followed.

Keys: the API key comes from configuration only, is never logged, and never appears in a
`PaymentError` message; the ``stripe`` logger gets a filter that redacts keys and card
numbers from the SDK's debug lines (``STRIPE_LOG=debug`` console output bypasses logging and
must stay off in production).

Minimal restricted-key permissions for the kiosk (Stripe Dashboard, restricted key, on the
connected account or the platform key with ``Stripe-Account``):

- PaymentIntents: Write (create, retrieve, list, capture, cancel)
- Charges: Read (the gateway expands ``latest_charge`` for card details on receipts and the
  amount refunded; Stripe refuses the expansion without it)
- Terminal readers: Write (retrieve, list, process_payment_intent, set_reader_display,
  cancel_action)
- Terminal locations: Read
- Refunds: Write (the staff refund flow)

Test mode only: `simulate_present_card_async` calls Stripe's test helper that "taps" a card on
a simulated reader; it exists for demo mode and tests and fails against live keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NoReturn

import stripe
from pydantic import SecretStr

from kiosk.payments.gateway import (
    CardDetails,
    CollectStatus,
    DisplayCart,
    IntentState,
    LocationInfo,
    PaymentError,
    PaymentOutcome,
    PaymentResult,
    ReaderInfo,
    ReaderNotConfigured,
    RefundResult,
)

if TYPE_CHECKING:
    from stripe.params import RefundCreateParams
    from stripe.params.terminal import ReaderSetReaderDisplayParamsCartLineItem
    from stripe.params.test_helpers.terminal import ReaderPresentPaymentMethodParams

log = logging.getLogger(__name__)

READER_ERROR_CODES = frozenset(
    {"terminal_reader_busy", "terminal_reader_offline", "terminal_reader_timeout"}
)

# keys in full or as Stripe masks them in messages (sk_test_****abcd), and card numbers
_SECRET = re.compile(r"\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9_*]+|\b\d{12,19}\b")

# A few MB: a PaymentIntent list page of 100 is well under 1 MB.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
# Stripe keeps idempotency keys for 24 hours; past this age a create is not safe to repeat.
IDEMPOTENCY_SAFE_S = 23 * 3600

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


def redact(text: str) -> str:
    """Blank out anything shaped like a Stripe key or a card number."""
    return _SECRET.sub("[redacted]", text)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_stripe_log = logging.getLogger("stripe")
if not any(isinstance(f, _RedactingFilter) for f in _stripe_log.filters):
    _stripe_log.addFilter(_RedactingFilter())


class KioskHTTPXClient(stripe.HTTPXClient):
    """`stripe.HTTPXClient` with a total deadline and a size cap on every answer.

    - httpx's timeouts are per phase (connect, each read, each write): a server that sends a
      byte a second, or its headers slowly, never trips them. `deadline_s` bounds the whole
      exchange, headers and body; past it the request fails as a connection error (the SDK
      may retry it with the same idempotency key, each try bounded again).
    - an answer larger than `max_response_bytes` is cut off unread and fails as a bad answer,
      before it can grow the process's memory;
    - a 2xx body that is not a JSON object (truncated, HTML, nested past the parser's limit)
      becomes a Stripe-shaped ``api_error`` (HTTP 502) instead of a parser exception, and an
      error page from a proxy becomes Stripe's error shape (the SDK crashes on
      ``{"error": "text"}``).

    It also hands the encoded body to httpx as ``content=``: stripe 16.1 passes it as
    ``data=<str>``, which httpx 0.28 deprecates (a warning on every POST).
    """

    def __init__(
        self,
        timeout: float = 30.0,
        *,
        deadline_s: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        self.deadline_s = deadline_s if deadline_s is not None else timeout
        self.max_response_bytes = max_response_bytes

    def _get_request_args_kwargs(
        self, method: str, url: str, headers: Mapping[str, str], post_data: Any
    ) -> list[Any]:
        args, kwargs = super()._get_request_args_kwargs(method, url, headers, post_data)
        data = kwargs.pop("data", None)
        if data:
            kwargs["content"] = data
        return [args, kwargs]

    async def request_async(
        self, method: str, url: str, headers: Mapping[str, str], post_data: Any = None
    ) -> tuple[bytes, int, Mapping[str, str]]:
        args, kwargs = self._get_request_args_kwargs(method, url, headers, post_data)
        client = self._client_async
        try:
            async with asyncio.timeout(self.deadline_s):
                response = await client.send(client.build_request(*args, **kwargs), stream=True)
                try:
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > self.max_response_bytes:
                        raise _TooLarge
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > self.max_response_bytes:
                            raise _TooLarge
                        chunks.append(chunk)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise stripe.APIConnectionError(  # type: ignore[no-untyped-call]
                f"no complete answer from Stripe within {self.deadline_s:g} s", should_retry=True
            ) from None
        except _TooLarge:
            return _api_error_body(502, "the answer is larger than the kiosk accepts"), 502, {}
        except Exception as exc:  # httpx's transport errors, as the SDK's own client maps them
            self._handle_request_error(exc)
        content, status = b"".join(chunks), response.status_code
        if status >= 400:
            content = _stripe_shaped_error(content, status)
        elif not isinstance(_json_or_none(content), dict):
            return _api_error_body(502, "an answer that is not a JSON object"), 502, {}
        return content, status, response.headers


class _TooLarge(Exception):
    pass


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None


def _api_error_body(status: int, what: str) -> bytes:
    error = {"type": "api_error", "message": f"HTTP {status}: {what}"}
    return json.dumps({"error": error}).encode()


def _stripe_shaped_error(content: bytes, status: int) -> bytes:
    """A proxy's error page in Stripe's error shape: the SDK crashes on ``{"error": "text"}``."""
    body = _json_or_none(content)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return content
    return _api_error_body(status, "an answer that is not from Stripe")


def _key(checkout_id: str, what: str) -> str:
    return f"kiosk:{checkout_id}:{what}"


def _code(exc: stripe.StripeError) -> str | None:
    code = exc.code or (exc.error.code if exc.error is not None else None)
    return str(code) if code else None


def _as_dict(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, dict):
        return obj
    result: dict[str, Any] = obj.to_dict()
    return result


def _malformed(what: str) -> PaymentError:
    return PaymentError(
        f"Stripe sent a malformed {what}", retryable=True, code="malformed_response"
    )


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _card_details(charge: Mapping[str, Any]) -> CardDetails | None:
    """The card-present details Stripe puts on the charge (None when it has none)."""
    details = (charge.get("payment_method_details") or {}).get("card_present")
    if not isinstance(details, dict):
        return None
    receipt = details.get("receipt") or {}
    if not isinstance(receipt, dict):
        receipt = {}
    return CardDetails(
        brand=_opt_str(details.get("brand")),
        last4=_opt_str(details.get("last4")),
        entry_mode=_opt_str(details.get("read_method")),
        application_name=_opt_str(receipt.get("application_preferred_name")),
        aid=_opt_str(receipt.get("dedicated_file_name")),
        authorization_code=_opt_str(receipt.get("authorization_code")),
        authorization_response_code=_opt_str(receipt.get("authorization_response_code")),
        account_type=_opt_str(receipt.get("account_type")),
    )


def _intent_state(pi: dict[str, Any]) -> IntentState:
    """`IntentState` from a PaymentIntent; refunds and card come from ``latest_charge`` when
    it is expanded (`StripeTerminalGateway` always asks for that)."""
    try:
        error = pi.get("last_payment_error") or {}
        charge = pi.get("latest_charge")
        charge = charge if isinstance(charge, dict) else {}
        created = pi.get("created")
        return IntentState(
            id=str(pi["id"]),
            status=str(pi["status"]),
            amount_minor=int(pi["amount"]),
            amount_received_minor=int(pi.get("amount_received") or 0),
            currency=str(pi["currency"]),
            metadata=MappingProxyType(
                {str(k): str(v) for k, v in (pi.get("metadata") or {}).items()}
            ),
            last_error_code=error.get("code"),
            last_error_message=error.get("message"),
            amount_capturable_minor=int(pi.get("amount_capturable") or 0),
            amount_refunded_minor=int(charge.get("amount_refunded") or 0),
            created=created if isinstance(created, int) and not isinstance(created, bool) else None,
            card=_card_details(charge),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _malformed("PaymentIntent") from None


def _reader_info(reader: dict[str, Any]) -> ReaderInfo:
    try:
        location = reader.get("location")
        if isinstance(location, dict):
            location = location.get("id")
        seen = reader.get("last_seen_at")
        action = reader.get("action") or {}
        return ReaderInfo(
            id=str(reader["id"]),
            label=_opt_str(reader.get("label")),
            status=_opt_str(reader.get("status")),
            location_id=_opt_str(location),
            device_type=_opt_str(reader.get("device_type")),
            last_seen_at=int(seen) // 1000 if isinstance(seen, int) else None,
            action_status=_opt_str(action.get("status")),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _malformed("Terminal reader") from None


def _our_action(reader: dict[str, Any], intent_id: str) -> dict[str, Any] | None:
    """The reader's action when it is a payment of `intent_id` (else None: not ours)."""
    action = reader.get("action")
    if not action or action.get("type") != "process_payment_intent":
        return None
    target = (action.get("process_payment_intent") or {}).get("payment_intent")
    if isinstance(target, dict):  # expanded
        target = target.get("id")
    return action if target == intent_id else None


class StripeTerminalGateway:
    """`PaymentGateway` on Stripe Terminal (server-driven); see the module docstring."""

    def __init__(
        self,
        api_key: SecretStr | str,
        *,
        stripe_account: str | None,
        base_url: str | None = None,
        fallback_reader_id: str | None = None,
        poll_interval_s: float = 0.5,
        http_client: stripe.HTTPClient | None = None,
        max_network_retries: int = 2,
        request_timeout_s: float = 30.0,
        authorising_grace_s: float = 60.0,
        request_deadline_s: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        list_page_size: int = 100,
    ) -> None:
        """`stripe_account` is the outlet's connected account (sent as ``Stripe-Account`` on
        every request); `base_url` None means the real Stripe API, else the sandbox's URL.
        `fallback_reader_id` is the configured reader used when the station names none and no
        reader is online at the location. `poll_interval_s` paces following a payment;
        `max_network_retries` lets the SDK retry connection errors and 5xx with the same
        idempotency key; `authorising_grace_s` is how long past the kiosk's timeout a card that
        is already being authorised is still followed before giving up as ``outcome_unknown``
        (and how long a payment is still followed after the kiosk asked to stop).
        `request_timeout_s` is httpx's per-phase timeout and `request_deadline_s` (default the
        same) the total time one HTTP exchange may take, headers and body; answers above
        `max_response_bytes` are refused. `list_page_size` is the page size of list calls.
        `http_client` replaces the default `KioskHTTPXClient` (tests).
        """
        key = api_key.get_secret_value() if isinstance(api_key, SecretStr) else api_key
        if not key:
            raise PaymentError("no Stripe API key is configured (stripe_api_key)")
        self._account = stripe_account
        self._base_url = base_url
        self._fallback_reader_id = fallback_reader_id
        self._poll_interval_s = poll_interval_s
        self._grace_s = authorising_grace_s
        if not 1 <= list_page_size <= 100:
            raise PaymentError("list_page_size must be between 1 and 100 (Stripe's limit)")
        self._page_size = list_page_size
        self._http = http_client or KioskHTTPXClient(
            timeout=request_timeout_s,
            deadline_s=request_deadline_s,
            max_response_bytes=max_response_bytes,
        )
        self._client = stripe.StripeClient(
            key,
            stripe_account=stripe_account,
            base_addresses={"api": base_url} if base_url else None,
            http_client=self._http,
            max_network_retries=max_network_retries,
        )

    def __repr__(self) -> str:
        return (
            f"StripeTerminalGateway(stripe_account={self._account!r}, "
            f"base_url={self._base_url or 'https://api.stripe.com'!r})"
        )

    async def aclose(self) -> None:
        """Close the HTTP connections (the gateway is not usable afterwards)."""
        await self._http.close_async()  # type: ignore[no-untyped-call]

    async def __aenter__(self) -> StripeTerminalGateway:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- errors -------------------------------------------------------------------------------

    def _fail(self, exc: stripe.StripeError, doing: str) -> NoReturn:
        """Raise the `PaymentError` for `exc`; an authentication failure drops its cause."""
        error = self._error(exc, doing)
        if isinstance(exc, stripe.AuthenticationError):
            raise error from None
        raise error from exc

    def _error(self, exc: stripe.StripeError, doing: str) -> PaymentError:
        """The `PaymentError` for a Stripe failure; its ``code`` names the failure (see
        `kiosk.payments.gateway` for the list) and its message never holds a key."""
        code = _code(exc)
        request = f" (request {exc.request_id})" if exc.request_id else ""
        detail = redact(exc.user_message or "")[:300] or type(exc).__name__
        if isinstance(exc, stripe.AuthenticationError):
            return PaymentError(
                f"Stripe rejected the API key while {doing}; check stripe_api_key{request}",
                code="authentication_error",
            )
        if isinstance(exc, stripe.PermissionError):
            if code == "account_invalid":
                # Stripe: the key has no access to that account (or it does not exist)
                return PaymentError(
                    f"the Stripe key cannot act on account {self._account or '(platform)'} "
                    f"while {doing}: check stripe_account and that the outlet's account is "
                    f"connected to the platform the key belongs to{request}",
                    code="account_invalid",
                )
            return PaymentError(
                f"the Stripe key lacks a permission needed for {doing}: {detail}{request}",
                code="permission_error",
            )
        if isinstance(exc, stripe.APIConnectionError):
            return PaymentError(
                f"could not reach Stripe while {doing}: {detail}",
                retryable=True,
                code=code or "connection_error",
            )
        if isinstance(exc, stripe.RateLimitError):
            return PaymentError(
                f"Stripe rate limit while {doing}{request}", retryable=True, code="rate_limit"
            )
        if isinstance(exc, stripe.IdempotencyError):
            return PaymentError(
                f"idempotency conflict while {doing}: {detail}{request}",
                code="idempotency_error",
            )
        if isinstance(exc, stripe.InvalidRequestError | stripe.CardError):
            return PaymentError(f"Stripe refused {doing}: {detail}{request}", code=code)
        # APIError: 5xx, 409 and other statuses; worth another try
        return PaymentError(
            f"Stripe failed while {doing}: {detail}{request}",
            retryable=True,
            code=code or "api_error",
        )

    # -- reader choice ------------------------------------------------------------------------

    async def choose_reader_async(
        self, *, station_reader_id: str | None, location_id: str | None
    ) -> str:
        """The station's reader, else an online one at the location, else the configured one.

        Reader ``status`` is not trusted for the station's own reader (Stripe advises against
        gating payments on it); it only ranks readers found by location.
        """
        if station_reader_id:
            try:
                await self._client.v1.terminal.readers.retrieve_async(station_reader_id)
            except stripe.InvalidRequestError as exc:
                if _code(exc) == "resource_missing":
                    raise ReaderNotConfigured(
                        f"the station's reader {station_reader_id} is not registered under "
                        f"Stripe account {self._account or '(platform)'}"
                    ) from None
                self._fail(exc, "reading the station's reader")
            except stripe.StripeError as exc:
                self._fail(exc, "reading the station's reader")
            return station_reader_id
        missing = ["the station names no reader"]
        if location_id:
            try:
                found = await self._client.v1.terminal.readers.list_async(
                    {"location": location_id, "status": "online", "limit": 10}
                )
            except stripe.StripeError as exc:
                self._fail(exc, f"listing the readers at location {location_id}")
            if found.data:
                return str(found.data[0].id)
            missing.append(f"no reader is online at location {location_id}")
        else:
            missing.append("the outlet has no Stripe location")
        if self._fallback_reader_id:
            return self._fallback_reader_id
        missing.append("no reader id is configured (reader_id)")
        raise ReaderNotConfigured("cannot choose a card reader: " + "; ".join(missing))

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

    async def retrieve_reader_async(self, reader_id: str) -> ReaderInfo:
        """The reader as Stripe knows it; `PaymentError` code ``resource_missing`` when the
        account has no such reader."""
        try:
            reader = await self._client.v1.terminal.readers.retrieve_async(reader_id)
        except stripe.StripeError as exc:
            self._fail(exc, f"reading reader {reader_id}")
        return _reader_info(_as_dict(reader))

    async def list_readers_async(self, *, location_id: str | None) -> list[ReaderInfo]:
        """Every reader of the account, or of one location (all pages)."""
        params: dict[str, Any] = {"limit": self._page_size}
        if location_id:
            params["location"] = location_id
        try:
            page = await self._client.v1.terminal.readers.list_async(params)  # type: ignore[arg-type]
            return [_reader_info(_as_dict(r)) async for r in page.auto_paging_iter()]
        except stripe.StripeError as exc:
            self._fail(exc, f"listing the readers at {location_id or 'the account'}")

    async def retrieve_location_async(self, location_id: str) -> LocationInfo:
        """The Terminal location; `PaymentError` code ``resource_missing`` when there is none."""
        try:
            location = _as_dict(
                await self._client.v1.terminal.locations.retrieve_async(location_id)
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"reading Terminal location {location_id}")
        try:
            return LocationInfo(
                id=str(location["id"]), display_name=_opt_str(location.get("display_name"))
            )
        except KeyError:
            raise _malformed("Terminal location") from None

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
        if stop is not None:
            message = MSG_TIMED_OUT if stop is PaymentOutcome.TIMED_OUT else MSG_KIOSK_CANCELED
            return self._result(stop, intent_id, reader_id, message)
        return self._result(
            PaymentOutcome.READER_UNAVAILABLE,
            intent_id,
            reader_id,
            MSG_READER["action_replaced"],
            code="payment_not_completed",
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
        if stop is not None:
            message = MSG_TIMED_OUT if stop is PaymentOutcome.TIMED_OUT else MSG_KIOSK_CANCELED
            return self._result(stop, intent_id, reader_id, message)
        return self._result(
            PaymentOutcome.READER_UNAVAILABLE,
            intent_id,
            reader_id,
            MSG_READER["action_replaced"],
            code="action_replaced",
        )

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

    # -- test mode ----------------------------------------------------------------------------

    async def simulate_present_card_async(
        self, reader_id: str, card_number: str | None = None
    ) -> None:
        """TEST MODE ONLY: "tap" a card on a simulated reader (Stripe's test helper).

        For demo mode and tests; it fails against live keys. The card number is never logged.
        """
        params: ReaderPresentPaymentMethodParams = {"type": "card_present"}
        if card_number:
            params["card_present"] = {"number": card_number}
        try:
            await self._client.v1.test_helpers.terminal.readers.present_payment_method_async(
                reader_id, params
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"presenting a test card on reader {reader_id}")
