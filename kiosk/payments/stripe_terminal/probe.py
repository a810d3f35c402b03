"""Which write permissions the Stripe key has, found without changing anything.

A restricted key shows its missing write permissions only when the kiosk first takes a card
or staff first refund one. `write_access_async` finds out at install time instead: each probe
is a POST with no parameters to an endpoint the kiosk writes to. Stripe checks the key's
permission for the endpoint before it reads the parameters, so a key without the permission
gets a permission error (403), and a key with it gets a refusal for the missing parameters
(400, or 404 for a reader that does not exist); nothing is created, cancelled or shown. Any
other failure (network, 5xx) leaves the answer unknown. `kiosk check` reports the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import stripe

from kiosk.payments.stripe_terminal.client import _code, _GatewayBase
from kiosk.payments.stripe_terminal.redaction import redact


class Access(StrEnum):
    ALLOWED = "allowed"
    REFUSED = "refused"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class WriteProbe:
    resource: str  # the Dashboard's name for the permission
    access: Access
    detail: str = ""


class _WriteProbes(_GatewayBase):
    """`write_access_async`; `StripeTerminalGateway` is built on this."""

    async def write_access_async(self, reader_id: str | None) -> list[WriteProbe]:
        """PaymentIntents, Refunds and (with `reader_id`) Terminal readers: may the key write?"""
        probes = [
            ("PaymentIntents", "/v1/payment_intents"),
            ("Refunds", "/v1/refunds"),
        ]
        if reader_id:
            probes.append(
                ("Terminal readers", f"/v1/terminal/readers/{reader_id}/process_payment_intent")
            )
        return [await self._probe(name, path) for name, path in probes]

    async def _probe(self, resource: str, path: str) -> WriteProbe:
        try:
            await self._client.raw_request_async("post", path)
        except stripe.PermissionError as exc:
            if _code(exc) == "account_invalid":
                return WriteProbe(resource, Access.UNKNOWN, "the key cannot use this account")
            return WriteProbe(resource, Access.REFUSED, redact(exc.user_message or "")[:300])
        except stripe.InvalidRequestError:
            return WriteProbe(resource, Access.ALLOWED)  # it got as far as the parameters
        except stripe.StripeError as exc:
            return WriteProbe(resource, Access.UNKNOWN, type(exc).__name__)
        # A POST with no parameters cannot succeed on these endpoints; if it ever does, the
        # permission was certainly there.
        return WriteProbe(resource, Access.ALLOWED)
