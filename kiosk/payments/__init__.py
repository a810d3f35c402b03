"""Card payments: the gateway contract (`kiosk.payments.gateway`) and its Stripe Terminal
implementation (`kiosk.payments.stripe_terminal`, the only module that imports ``stripe``).

Importing this package does not import ``stripe``; the composition root imports
`StripeTerminalGateway` from its module.
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
