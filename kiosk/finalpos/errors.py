"""Errors raised by `FinalPosClient`; every failure of a Final POS call is one of these.

::

    FinalPosError                 base; `status_code` (None without an answer), `method`, `path`
     ├─ ValidationError           400: the server rejected the body; `messages` lists its reasons
     ├─ AuthError                 401/403: the API key is missing, wrong, revoked or not allowed
     ├─ NotFoundError             404: no record with that id (or the endpoint does not exist)
     ├─ UnavailableError          timeouts, connection errors, 429 and 5xx: try again later;
     │                            `retry_after_s` when the server said when, and
     │                            `outcome_unknown` when a write may have been applied (the
     │                            request was sent but its answer was lost)
     └─ ProtocolError             2xx with a body that is not the JSON we expect

Any other status (e.g. 409, 422) raises the base class with its `status_code`.

GETs have already been retried by the client when `UnavailableError` reaches the caller;
POST and PUT never are, because Final POS documents no idempotency keys: a caller that
wants to retry a create must first look for the record it may have made (e.g.
`find_order_by_external_id`).

No message, repr or attribute ever holds the API key: messages are built from the method,
the path (without query) and the server's own text, never from request headers.
"""

from __future__ import annotations


class FinalPosError(Exception):
    """A Final POS call failed; see the module docstring for the tree."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}".strip()
        status = f" -> {self.status_code}" if self.status_code is not None else ""
        return f"{where}{status}: {self.message}" if where else self.message


class ValidationError(FinalPosError):
    """400: the server refused the request body; `messages` are its reasons, in order."""

    def __init__(
        self,
        message: str,
        *,
        messages: tuple[str, ...] = (),
        status_code: int | None = 400,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, path=path)
        self.messages = messages


class AuthError(FinalPosError):
    """401/403: the API key was refused. Retrying will not help; staff must fix the key."""


class NotFoundError(FinalPosError):
    """404: the record (or endpoint) does not exist."""


class UnavailableError(FinalPosError):
    """The backend could not be reached or asked us to back off (timeout, network, 429, 5xx)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None = None,
        outcome_unknown: bool = False,
        status_code: int | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, path=path)
        self.retry_after_s = retry_after_s
        self.outcome_unknown = outcome_unknown


class ProtocolError(FinalPosError):
    """A successful status with a body that is not the JSON shape the contract describes."""
