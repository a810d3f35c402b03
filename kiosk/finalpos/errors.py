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
     └─ ProtocolError             a body that is not the JSON we expect: not JSON, nested too
         │                        deeply, larger than the client's `max_response_bytes`, or
         │                        the wrong shape
         └─ UnreadableAnswerError a *write* answered 2xx but its body could not be read: the
                                  write was applied, the record is unknown. It is also an
                                  `UnavailableError` with `outcome_unknown=True`, so callers
                                  that look before re-sending an unknown write do so here too

Every request has a total deadline (`FinalPosClient.deadline_s`, the connection, the headers and
the whole body together); running past it is an `UnavailableError` ("timed out"), with
`outcome_unknown=True` for anything but a GET.

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


class UnreadableAnswerError(ProtocolError, UnavailableError):
    """A write was answered 2xx with a body we cannot read (too large, not JSON, wrong shape).

    Final POS applied it, but we do not know the record it made: treat it like a write whose
    answer was lost (`outcome_unknown` is True) and look the record up before sending again.
    """

    def __init__(
        self, message: str, *, status_code: int | None = None, method: str = "", path: str = ""
    ) -> None:
        UnavailableError.__init__(
            self,
            message,
            outcome_unknown=True,
            status_code=status_code,
            method=method,
            path=path,
        )
