"""The payment gateway contract the checkout codes against (pure Python, no stripe import).

One PaymentIntent per checkout; a card attempt on the reader ends in exactly one
`PaymentOutcome`, which the UI can explain to the customer. Money is integer minor units.

Error tiers (the checkout decides what to show):

- an outcome (declined, canceled on the reader, timed out, reader unavailable) is a normal
  `PaymentResult`, never an exception;
- `PaymentError` is a gateway-level failure (network, authentication, configuration, a request
  Stripe refused); `retryable` says whether trying the same call again can help;
- `ReaderNotConfigured` (a `PaymentError`) names what is missing to pick a reader.

`PaymentError.code` names the failure, so that a caller (`kiosk check`, staff screens, the
checkout) can tell them apart without reading messages:

- ``authentication_error``: the API key was refused (unknown, revoked, mistyped);
- ``permission_error``: a restricted key lacks a permission the call needs (the message names
  Stripe's ``rak_…`` permission);
- ``account_invalid``: the key may not act on the ``Stripe-Account`` (not connected to the
  key's platform, or no such account): Stripe's own code for it;
- ``resource_missing``: no such reader, location or PaymentIntent under that account;
- ``payment_intent_unexpected_state``: the PaymentIntent's status (read again after Stripe
  refused) does not allow the operation, e.g. capturing a canceled one; ``already_captured``
  when a cancel meets a captured one (refund instead);
- ``outcome_unknown`` (retryable): a payment was followed past its deadline and grace and
  nobody can tell yet whether it was authorised; read the PaymentIntent later;
- ``idempotency_error``: the checkout's PaymentIntent exists with another amount or currency;
- ``connection_error`` (retryable): Stripe not reached, or no complete answer within the
  request's total deadline; ``rate_limit`` (retryable); ``api_error`` (retryable): Stripe's own
  5xx, or an answer too large or not a JSON object; ``malformed_response`` (retryable): JSON
  that does not have the shape of the object asked for. Other codes are Stripe's, passed
  through (``parameter_invalid``, ``amount_too_large``, …).

No message of either carries an API key or a card number.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable


class PaymentOutcome(StrEnum):
    APPROVED = "approved"  # authorised: the PaymentIntent is requires_capture (or succeeded)
    DECLINED = "declined"  # the card was refused; the same PaymentIntent takes the next try
    CANCELED_ON_READER = "canceled_on_reader"  # the customer pressed cancel on the reader
    CANCELED_AT_KIOSK = "canceled_at_kiosk"  # the kiosk (customer or staff) canceled
    TIMED_OUT = "timed_out"  # no card within the kiosk's timeout; the reader was cleared
    READER_UNAVAILABLE = "reader_unavailable"  # busy, offline or not reachable right now


class CollectStatus(StrEnum):
    """Progress reported to `collect_async`'s ``on_status`` callback (for the UI's text)."""

    PREPARING_READER = "preparing_reader"  # showing the cart and starting the payment
    WAITING_FOR_CARD = "waiting_for_card"  # the reader asks the customer to tap or insert
    CANCELING = "canceling"  # the kiosk asked the reader to stop
    FINISHING = "finishing"  # the card is being authorised; cancel is no longer possible


@dataclass(frozen=True)
class DisplayLine:
    description: str
    amount_minor: int  # the line total shown on the reader
    quantity: int


@dataclass(frozen=True)
class DisplayCart:
    """What the reader shows while the customer pays (display only; it charges nothing)."""

    currency: str
    lines: tuple[DisplayLine, ...]
    tax_minor: int
    total_minor: int


@dataclass(frozen=True)
class PaymentResult:
    outcome: PaymentOutcome
    payment_intent_id: str
    reader_id: str | None
    message: str  # customer-safe plain words (Stripe's user-facing decline text and the like)
    decline_code: str | None = None  # e.g. insufficient_funds
    code: str | None = None  # e.g. card_declined, customer_canceled, terminal_reader_offline

    @property
    def approved(self) -> bool:
        return self.outcome is PaymentOutcome.APPROVED


_OPEN_STATUSES = frozenset(
    {"requires_payment_method", "requires_confirmation", "requires_action", "processing"}
)


@dataclass(frozen=True)
class CardDetails:
    """What the card-present charge says about the card, for receipts and staff screens.

    Every field is optional: Stripe fills them only where the card and reader provide them.
    `entry_mode` is Stripe's ``read_method`` (contactless_emv, contact_emv, magnetic_stripe_…);
    the EMV fields come from ``payment_method_details.card_present.receipt``.
    """

    brand: str | None = None
    last4: str | None = None
    entry_mode: str | None = None
    application_name: str | None = None  # receipt.application_preferred_name
    aid: str | None = None  # receipt.dedicated_file_name
    authorization_code: str | None = None  # receipt.authorization_code
    authorization_response_code: str | None = None  # receipt.authorization_response_code
    account_type: str | None = None  # receipt.account_type (credit, checking, …)


@dataclass(frozen=True)
class IntentState:
    """A PaymentIntent as the checkout needs it (Stripe's status names kept as they are)."""

    id: str
    status: str
    amount_minor: int
    amount_received_minor: int
    currency: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    last_error_code: str | None = None
    last_error_message: str | None = None
    amount_capturable_minor: int = 0
    amount_refunded_minor: int = 0  # from the latest charge; > 0 means money went back
    created: int | None = None  # epoch seconds, as Stripe reports it
    card: CardDetails | None = None  # from the latest charge, once there is one

    @property
    def captured(self) -> bool:
        return self.status == "succeeded"

    @property
    def capturable(self) -> bool:
        return self.status == "requires_capture"

    @property
    def open(self) -> bool:
        return self.status in _OPEN_STATUSES

    @property
    def canceled(self) -> bool:
        return self.status == "canceled"


@dataclass(frozen=True)
class ReaderInfo:
    """A Terminal reader as staff and `kiosk check` see it."""

    id: str
    label: str | None
    status: str | None  # "online" | "offline" (Stripe's last knowledge, not a guarantee)
    location_id: str | None
    device_type: str | None = None
    last_seen_at: int | None = None  # epoch seconds (Stripe sends milliseconds)
    action_status: str | None = None  # the current action's status, if any


@dataclass(frozen=True)
class LocationInfo:
    id: str
    display_name: str | None


@dataclass(frozen=True)
class RefundResult:
    id: str
    status: str  # pending | requires_action | succeeded | failed | canceled
    amount_minor: int


class PaymentError(Exception):
    """A gateway-level failure; the message is for logs and staff, never holds a key."""

    def __init__(self, message: str, *, retryable: bool = False, code: str | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.code = code


class ReaderNotConfigured(PaymentError):
    """No reader can be chosen; the message names what is missing."""


@runtime_checkable
class PaymentGateway(Protocol):
    """Card payments on a terminal; see `kiosk.payments.stripe_terminal` for the rules."""

    async def choose_reader_async(
        self, *, station_reader_id: str | None, location_id: str | None
    ) -> str: ...

    async def prepare_async(
        self,
        *,
        checkout_id: str,
        order_id: str,
        receipt_id: str,
        amount_minor: int,
        currency: str,
        checkout_started_at: float | None = None,
        till: str | None = None,
    ) -> IntentState:
        """The checkout's one PaymentIntent. Pass `checkout_started_at` (epoch seconds) when
        resuming a checkout: past 23 h the intent is found by metadata before any create,
        because Stripe forgets idempotency keys after 24 h. `till` (a till paying an order it
        does not own) goes into the metadata as ``till``, for a journal rebuild."""
        ...

    async def collect_async(
        self,
        intent_id: str,
        *,
        reader_id: str,
        cart: DisplayCart | None,
        timeout_s: float,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> PaymentResult: ...

    async def capture_async(self, intent_id: str, *, checkout_id: str) -> IntentState: ...

    async def cancel_async(
        self, intent_id: str, *, checkout_id: str, reader_id: str | None = None
    ) -> IntentState: ...

    async def retrieve_async(self, intent_id: str) -> IntentState: ...

    async def find_intent_async(
        self, checkout_id: str, *, created_after: int | None = None
    ) -> IntentState | None:
        """The checkout's PaymentIntent found by its metadata (None if there is none).

        For when the create's idempotency key may have expired (Stripe keeps keys 24 h).
        `created_after` (epoch seconds) bounds the search when the checkout's start is known.
        """
        ...

    async def list_checkout_intents_async(self, *, created_after: int) -> list[IntentState]:
        """Every PaymentIntent created after `created_after` (epoch seconds) whose metadata
        carries a kiosk ``checkout_id``, oldest first: what a journal rebuild starts from."""
        ...

    async def retrieve_reader_async(self, reader_id: str) -> ReaderInfo: ...

    async def list_readers_async(self, *, location_id: str | None) -> list[ReaderInfo]: ...

    async def retrieve_location_async(self, location_id: str) -> LocationInfo: ...

    async def refund_async(
        self,
        intent_id: str,
        *,
        amount_minor: int | None = None,
        reason: str = "requested_by_customer",
        idempotency_key: str,
    ) -> RefundResult: ...
