"""Demo glue: the simulated reader panel's buttons, acting on the Stripe sandbox's reader.

Only demo mode uses this (the app's composition root imports it when it runs on the
sandboxes): "tap a test card" is Stripe's test helper, "cancel on the reader" is a sandbox
control standing in for the customer's finger on the real reader's cancel button.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import httpx

from kiosk.payments.stripe_terminal import StripeTerminalGateway

log = logging.getLogger(__name__)


def demo_reader_controls(
    gateway: StripeTerminalGateway,
    http: httpx.AsyncClient,
    stripe_url: str | None,
    reader_id: str,
) -> tuple[Callable[[str], Awaitable[None]], Callable[[], Awaitable[None]]]:
    """`(present(card_number), cancel_on_reader())` for the demo reader panel."""

    async def present(card: str) -> None:
        await gateway.simulate_present_card_async(reader_id, card)

    async def cancel_on_reader() -> None:
        response = await http.post(
            f"{stripe_url}/_sandbox/stripe/readers/{reader_id}/customer_cancel"
        )
        if response.status_code >= 400:
            log.info("reader cancel refused: %s", response.text[:200])

    return present, cancel_on_reader
