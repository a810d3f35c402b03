"""A stateful Stripe API sandbox for Terminal payments, spoken to by the real stripe SDK.

Stripe's own mock is stateless, so demo mode, staff training and the payment tests use this
one: `create_stripe_app` builds it, `seed_demo` adds the demo location and simulated reader,
`serve` runs it on a loopback port. See `kiosk.sandbox.stripe.app` for the wire behaviour and
`kiosk.sandbox.stripe.state` for the reader state machine, keys, accounts and permissions
(`StripeState.issue_key`, `StripeState.connect_account`).
"""

from kiosk.sandbox.stripe.app import StripeSandbox, create_stripe_app, seed_demo, serve
from kiosk.sandbox.stripe.state import (
    PERMISSION_RESOURCES,
    ApiKey,
    ReaderMode,
    StripeApiError,
    StripeState,
)

__all__ = [
    "PERMISSION_RESOURCES",
    "ApiKey",
    "ReaderMode",
    "StripeApiError",
    "StripeSandbox",
    "StripeState",
    "create_stripe_app",
    "seed_demo",
    "serve",
]
