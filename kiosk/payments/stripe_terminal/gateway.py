"""`StripeTerminalGateway`: the `PaymentGateway` on Stripe Terminal, assembled from its parts.

The base (`client`) holds the Stripe client and maps its errors; `intents`, `readers`,
`collect` and `probe` add the calls; see `kiosk.payments.stripe_terminal` for the rules they
follow.
"""

from __future__ import annotations

from kiosk.payments.stripe_terminal.collect import _Collecting
from kiosk.payments.stripe_terminal.probe import _WriteProbes
from kiosk.payments.stripe_terminal.readers import _ReaderCalls


class StripeTerminalGateway(_Collecting, _ReaderCalls, _WriteProbes):
    """`PaymentGateway` on Stripe Terminal (server-driven); see `kiosk.payments.stripe_terminal`."""

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
