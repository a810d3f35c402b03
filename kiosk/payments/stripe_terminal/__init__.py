"""Card payments on a Stripe Terminal smart reader, server-driven, through the official SDK.

This package is the only part of the app that imports ``stripe``. It implements
`kiosk.payments.gateway.PaymentGateway`:

1. `choose_reader_async`: the station's reader, else an online reader at the outlet's
   location, else the configured reader id; `ReaderNotConfigured` names what is missing.
2. `prepare_async`: one PaymentIntent per checkout (``card_present``, manual capture,
   metadata with the checkout, order and receipt ids, and ``till`` when a till pays an order
   it does not own). Its idempotency key is derived from
   the checkout id, so calling it again, also after a lost answer, returns the same intent.
3. `collect_async`: shows the cart on the reader (best effort), starts
   ``process_payment_intent`` with customer cancellation enabled and follows the outcome by
   polling the reader's action and the PaymentIntent (a kiosk has no public webhook endpoint).
   A decline leaves the PaymentIntent in ``requires_payment_method`` for the next try, never a
   second intent. `collect_async` never cancels the PaymentIntent itself: the checkout calls
   `cancel_async` when it gives the order up.
4. `capture_async` once the order is recorded; `cancel_async` to give it up; `refund_async`
   for the staff flow.
5. Lookups: `find_intent_async` / `list_checkout_intents_async` (by metadata, all pages, for
   resuming and journal rebuilds), `retrieve_reader_async`, `list_readers_async`,
   `retrieve_location_async` (``kiosk check``, staff screens).

State errors: Stripe refuses a capture or cancel that the PaymentIntent's status does not
allow with ``payment_intent_unexpected_state`` (and a reader refuses an intent that cannot
take a card with ``intent_invalid_state``). The gateway never branches on those strings:
after any refusal it reads the PaymentIntent again and decides from its ``status``.

Every wait ends: each HTTP exchange has a total deadline and a size cap
(`KioskHTTPXClient`), and following a payment ends at the kiosk's timeout plus
``authorising_grace_s`` (or that grace after the kiosk's cancel) in a decided outcome, or in
`PaymentError` ``outcome_unknown`` when the PaymentIntent cannot tell yet.

Reader rules followed here (Stripe's docs and what integrators report): the reader action is
cancelled only when it is ours (another register may be using the reader); once a card is
being authorised the reader refuses ``cancel_action`` as busy, so the kiosk follows the
payment to its real outcome; ``terminal_reader_timeout`` may be a false negative, so after any
reader error the reader is read again and, if it is running our payment, followed.

Keys: the API key comes from configuration only, is never logged, and never appears in a
`PaymentError` message; the ``stripe`` logger gets a filter that redacts keys and card
numbers from the SDK's debug lines (``STRIPE_LOG=debug`` console output bypasses logging and
must stay off in production).

Minimal restricted-key permissions for the kiosk (Stripe Dashboard, restricted key, on the
connected account or the platform key with ``Stripe-Account``):

- PaymentIntents: Write (create, retrieve, list, capture, cancel)
- Charges: Read (the gateway expands ``latest_charge`` for card details on receipts and the
  amount refunded; Stripe refuses the expansion without it)
- Terminal readers: Write (retrieve, list, process_payment_intent, set_reader_display,
  cancel_action)
- Terminal locations: Read
- Refunds: Write (the staff refund flow)

Test mode only: `simulate_present_card_async` calls Stripe's test helper that "taps" a card on
a simulated reader; it exists for demo mode and tests and fails against live keys.
"""

from kiosk.payments.stripe_terminal.collect import (
    MSG_APPROVED,
    MSG_CUSTOMER_CANCELED,
    MSG_DECLINED,
    MSG_KIOSK_CANCELED,
    MSG_READER,
    MSG_TIMED_OUT,
    READER_ERROR_CODES,
)
from kiosk.payments.stripe_terminal.gateway import StripeTerminalGateway
from kiosk.payments.stripe_terminal.intents import IDEMPOTENCY_SAFE_S
from kiosk.payments.stripe_terminal.redaction import redact
from kiosk.payments.stripe_terminal.transport import MAX_RESPONSE_BYTES, KioskHTTPXClient

__all__ = [
    "IDEMPOTENCY_SAFE_S",
    "MAX_RESPONSE_BYTES",
    "MSG_APPROVED",
    "MSG_CUSTOMER_CANCELED",
    "MSG_DECLINED",
    "MSG_KIOSK_CANCELED",
    "MSG_READER",
    "MSG_TIMED_OUT",
    "READER_ERROR_CODES",
    "KioskHTTPXClient",
    "StripeTerminalGateway",
    "redact",
]
