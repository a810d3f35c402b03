"""Card payments: the gateway contract (`kiosk.payments.gateway`) and its Stripe Terminal
implementation (the `kiosk.payments.stripe_terminal` package, the only one that imports
``stripe``).

Importing this package does not import ``stripe``; the composition root imports
`StripeTerminalGateway` from its package.
"""

from kiosk.payments.gateway import (
    CardDetails,
    CollectStatus,
    DisplayCart,
    DisplayLine,
    IntentState,
    LocationInfo,
    PaymentError,
    PaymentGateway,
    PaymentOutcome,
    PaymentResult,
    ReaderInfo,
    ReaderNotConfigured,
    RefundResult,
)

__all__ = [
    "CardDetails",
    "CollectStatus",
    "DisplayCart",
    "DisplayLine",
    "IntentState",
    "LocationInfo",
    "PaymentError",
    "PaymentGateway",
    "PaymentOutcome",
    "PaymentResult",
    "ReaderInfo",
    "ReaderNotConfigured",
    "RefundResult",
]
