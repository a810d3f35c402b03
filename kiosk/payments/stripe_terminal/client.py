"""The gateway's base: one `stripe.StripeClient` for the outlet's connected account, and
Stripe's failures turned into `PaymentError` codes (messages never hold a key)."""

from __future__ import annotations

from typing import NoReturn

import stripe
from pydantic import SecretStr

from kiosk.payments.gateway import PaymentError
from kiosk.payments.stripe_terminal.redaction import redact
from kiosk.payments.stripe_terminal.transport import MAX_RESPONSE_BYTES, KioskHTTPXClient


def _code(exc: stripe.StripeError) -> str | None:
    code = exc.code or (exc.error.code if exc.error is not None else None)
    return str(code) if code else None


class _GatewayBase:
    """The Stripe client (``Stripe-Account``, base URL, HTTP limits) and error mapping."""

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
