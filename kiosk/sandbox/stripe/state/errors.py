"""Stripe's error answers: the status, the ``error`` object, and whether it is kept for an
idempotent replay."""

from __future__ import annotations

import copy

from kiosk.sandbox.stripe.state.records import Obj

READER_ERRORS = {
    "terminal_reader_busy": (
        "Reader is currently busy processing another request. Wait for the current request to "
        "finish, or cancel it, before retrying your request."
    ),
    "terminal_reader_offline": (
        "Reader is currently offline, please ensure the reader is powered on and connected to "
        "the internet before retrying your request."
    ),
    "terminal_reader_timeout": (
        "There was a timeout when sending this command to the reader. Please retry the request."
    ),
}


class StripeApiError(Exception):
    """An error answer: the HTTP status and the fields of Stripe's ``error`` object."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        decline_code: str | None = None,
        stored: bool = True,
        payment_intent: Obj | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.decline_code = decline_code
        self.payment_intent = payment_intent  # Stripe adds the object to state errors
        # Stripe keeps no idempotent result when validation fails before execution starts.
        self.stored = stored

    def body(self) -> Obj:
        error: Obj = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
            error["doc_url"] = f"https://docs.stripe.com/error-codes/{self.code.replace('_', '-')}"
        if self.param:
            error["param"] = self.param
        if self.decline_code:
            error["decline_code"] = self.decline_code
        if self.payment_intent is not None:
            error["payment_intent"] = copy.deepcopy(self.payment_intent)
        return {"error": error}


def invalid(message: str, param: str | None = None, code: str | None = None) -> StripeApiError:
    """A 400 for a bad parameter (validation: never stored for idempotent replay)."""
    return StripeApiError(
        400,
        message,
        code=code or ("parameter_invalid" if param else None),
        param=param,
        stored=False,
    )


def missing(kind: str, object_id: str, param: str = "id") -> StripeApiError:
    return StripeApiError(
        404,
        f"No such {kind}: '{object_id}'",
        code="resource_missing",
        param=param,
        stored=False,
    )


def unexpected_state(message: str, pi: Obj) -> StripeApiError:
    """Stripe's refusal of an operation the PaymentIntent's status does not allow (capture of
    anything but requires_capture, cancel of a succeeded or canceled one): HTTP 400,
    ``invalid_request_error``, code ``payment_intent_unexpected_state``, the PI in the body."""
    return StripeApiError(400, message, code="payment_intent_unexpected_state", payment_intent=pi)


def reader_error(code: str) -> StripeApiError:
    return StripeApiError(400, READER_ERRORS[code], code=code)
