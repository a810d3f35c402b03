"""Fixtures shared by the payment tests (the sandbox and gateway fixtures are in tests/fixtures)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from kiosk.payments.stripe_terminal import StripeTerminalGateway
from tests.fixtures.stripe import StripeSandboxHandle


@pytest.fixture
async def slow_card(
    make_stripe_sandbox: Callable[..., StripeSandboxHandle],
) -> AsyncIterator[tuple[StripeSandboxHandle, StripeTerminalGateway]]:
    """A sandbox whose card authorisation takes 5 s of its hand-driven clock
    (``.clock.advance(5.0)`` ends it), and a gateway on it, closed after the test."""
    sandbox = make_stripe_sandbox(processing_s=5.0)
    gateway = sandbox.gateway()
    yield sandbox, gateway
    await gateway.aclose()
