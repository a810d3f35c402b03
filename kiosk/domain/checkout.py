"""The steps of one checkout and the recovery decision table, as pure data and functions.

A checkout moves forward through `Step`; every step is written to the journal before its
side effect starts ("…ing" steps) and after it is known ("…ed" steps), so after a crash the
journal says which side effects may have happened. Deciding to cancel is journaled as a flag
(`cancel_requested`) next to the step, so the step still says how far the payment got.
Recovery does not trust the journal alone: it asks Final POS and Stripe what is really
there (`OrderState`, `IntentStatus`, whether a sale transaction exists) and `decide` maps
those facts to exactly one `Action`.

The decision table is the contract behind the kiosk's money invariants:

- money captured  <=>  the order is completed with exactly one sale transaction;
- a capturable authorisation is captured only while the order is recorded (and the checkout
  was not being cancelled); otherwise it is voided, so none is left dangling;
- one PaymentIntent per checkout (the gateway derives its idempotency key from the checkout id);
- anything the table cannot settle by itself (money taken on an order someone cancelled or
  deleted, an order completed without money, amounts that do not agree) goes to a person and is
  never dropped; a checkout *held* for a person is not touched again until they release it;
- a create whose outcome is unknown (Final POS has no idempotency key) is waited out, never
  repeated, until a look-up after its quiet period proves it absent (`Facts.post_pending`);
- a zero total is recorded as paid without a card: the order is completed, no PaymentIntent
  and no sale transaction exist (`Facts.free`);
- an order *owned elsewhere* (a kiosk's pay-at-counter order paid by card at the station,
  `Facts.owned_elsewhere`) is never cancelled: where the table would cancel, it releases
  (voids the PaymentIntent and leaves the order pending for its owner), and an order someone
  else completed is theirs: an authorisation is voided, money taken goes to staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    """Where a checkout is. "…ing" steps are written before a side effect, "…ed" after."""

    BEGUN = "begun"  # journaled; nothing sent anywhere yet
    ORDER_POSTING = "order_posting"  # POST /order may have reached Final POS
    ORDER_RECORDED = "order_recorded"  # the pending order's id is known
    # Terminal: recorded unpaid, the customer pays at the counter (the station takes the
    # payment on the order); nothing here cancels it. Ranked before any intent or money.
    AT_COUNTER = "at_counter"
    INTENT_PREPARING = "intent_preparing"  # the PaymentIntent may exist
    INTENT_READY = "intent_ready"  # its id is known
    COLLECTING = "collecting"  # the reader may be taking a card
    DECLINED = "declined"  # the card was declined; the same intent waits for a retry
    APPROVED = "approved"  # authorised, not captured
    CAPTURING = "capturing"
    CAPTURED = "captured"  # the customer's money is taken
    TRANSACTION_POSTING = "transaction_posting"
    TRANSACTION_RECORDED = "transaction_recorded"
    COMPLETING = "completing"  # PUT order completed may have been applied
    # Terminal steps.
    COMPLETED = "completed"
    CANCELED = "canceled"
    VOID = "void"  # nothing was ever recorded (e.g. the backend was down before the order)

    @property
    def terminal(self) -> bool:
        return self in TERMINAL_STEPS

    @property
    def may_have_intent(self) -> bool:
        """From this step on a PaymentIntent may exist for the checkout."""
        return self not in _BEFORE_INTENT

    @property
    def rank(self) -> int:
        """Position in the forward order of the pipeline (the journal never moves back)."""
        return _RANK[self]


TERMINAL_STEPS = frozenset({Step.COMPLETED, Step.CANCELED, Step.VOID, Step.AT_COUNTER})
_BEFORE_INTENT = frozenset(
    {Step.BEGUN, Step.ORDER_POSTING, Step.ORDER_RECORDED, Step.VOID, Step.AT_COUNTER}
)
_RANK = {step: index for index, step in enumerate(Step)}


class Boundary(StrEnum):
    """Named points between a side effect and its journal write, for the crash hook.

    Production passes no hook; the crash-matrix tests kill the process at each of these.
    """

    JOURNAL_WRITTEN = "after_journal_write"  # checkout journaled, order not yet posted
    ORDER_POSTED = "after_order_post"  # Final POS created the order; id not yet journaled
    INTENT_CREATED = "after_intent_create"  # Stripe created the PI; id not yet journaled
    READER_PROCESSING = "during_reader_processing"  # the reader holds the payment
    APPROVED = "after_approval"  # authorised; not yet journaled
    CAPTURED = "after_capture"  # money taken; not yet journaled
    TRANSACTION_POSTED = "after_transaction_post"  # sale recorded; id not yet journaled
    BEFORE_ORDER_PUT = "before_order_put"  # about to mark the order completed
    OFFSET_POSTED = "after_offset_post"  # a duplicate sale was offset; not yet noted


class OrderState(StrEnum):
    """What Final POS holds for the checkout's externalId."""

    MISSING = "missing"
    PENDING = "pending"
    COMPLETED = "completed"
    CANCELED = "cancelled"
    DELETED = "deleted"  # the order the kiosk recorded answers 404 by its id
    OTHER = "other"  # a status someone else set (e.g. parked, refunded)


class IntentStatus(StrEnum):
    """The PaymentIntent as Stripe reports it, reduced to what the decision needs."""

    NONE = "none"  # no intent was ever created for this checkout
    OPEN = "open"  # requires_payment_method / confirmation / action: no money moved
    PROCESSING = "processing"  # an authorisation is in flight; ask again later
    CAPTURABLE = "capturable"  # authorised (requires_capture)
    CAPTURED = "captured"  # succeeded: money taken
    CANCELED = "canceled"


class Action(StrEnum):
    COMPLETE = "complete"  # (re-post the order if missing,) record the sale, complete the order
    CAPTURE_AND_COMPLETE = "capture_and_complete"
    CANCEL = "cancel"  # void the intent if still open/capturable, cancel the order if pending
    RELEASE = "release"  # void the intent if still open/capturable; the order is not ours
    CLOSE_COMPLETED = "close_completed"  # both systems already agree: paid
    CLOSE_CANCELED = "close_canceled"  # both systems already agree: not paid
    CLOSE_VOID = "close_void"  # nothing exists anywhere
    WAIT = "wait"  # an authorisation is in flight; decide on the next pass
    ATTENTION = "attention"  # a person must look (kept, listed and retried)


@dataclass(frozen=True, slots=True)
class Facts:
    order: OrderState
    intent: IntentStatus
    has_sale: bool = False  # a sale transaction for this order exists in Final POS
    cancel_requested: bool = False  # the kiosk decided to cancel (timeout, cancel, abandon)
    held: bool = False  # held for a person (amounts disagree): nothing automatic happens
    post_pending: bool = False  # a create's outcome is unknown and its quiet period runs
    free: bool = False  # a zero total: nothing to charge
    owned_elsewhere: bool = False  # the order is another's (a kiosk's): never cancel it


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: str


def decide(facts: Facts) -> Decision:
    """The recovery decision table; see the module docstring for the invariants it keeps."""
    if facts.owned_elsewhere:
        return _decide_owned_elsewhere(facts)
    return _decide(facts)


def _decide_owned_elsewhere(facts: Facts) -> Decision:
    """Paying an order another owns: its completion by someone else ends our payment, and
    where the table would cancel the order it only releases it (the order stays pending)."""
    order, intent = facts.order, facts.intent
    waiting = facts.held or facts.post_pending or intent is IntentStatus.PROCESSING
    if not waiting and order is OrderState.COMPLETED and not facts.has_sale:
        # Completed, with no sale of ours: paid elsewhere (cash, another station).
        if intent is IntentStatus.CAPTURED:
            return Decision(
                Action.ATTENTION,
                "the card was charged but the order was paid elsewhere: refund the customer",
            )
        if intent in (IntentStatus.CAPTURABLE, IntentStatus.OPEN):
            return Decision(Action.RELEASE, "the order was paid elsewhere: void the intent")
        return Decision(Action.CLOSE_CANCELED, "the order was paid elsewhere")
    decision = _decide(facts)
    if decision.action is Action.CANCEL:
        return Decision(Action.RELEASE, f"{decision.reason} (the order is left pending)")
    return decision


def _decide(facts: Facts) -> Decision:
    order, intent = facts.order, facts.intent
    gone = (OrderState.CANCELED, OrderState.DELETED, OrderState.OTHER)
    if facts.held:
        return Decision(Action.ATTENTION, "held for staff")
    if intent is IntentStatus.PROCESSING:
        return Decision(Action.WAIT, "an authorisation is still in flight")
    if facts.post_pending:
        return Decision(Action.WAIT, "a create's outcome is unknown: waiting out its quiet period")
    if facts.free and intent is IntentStatus.NONE:
        if order is OrderState.COMPLETED:
            return Decision(Action.CLOSE_COMPLETED, "nothing to pay, and recorded")
        if order is OrderState.PENDING:
            if facts.cancel_requested:
                return Decision(Action.CANCEL, "nothing to pay, but the checkout was cancelled")
            return Decision(Action.COMPLETE, "nothing to pay: complete the order without a card")
        if order is OrderState.MISSING:
            return Decision(Action.CLOSE_VOID, "nothing was recorded anywhere")
        return Decision(Action.CLOSE_CANCELED, "nothing to pay and not pending")
    if intent is IntentStatus.CAPTURED:
        if order is OrderState.COMPLETED and facts.has_sale:
            return Decision(Action.CLOSE_COMPLETED, "paid and recorded")
        if order in gone:
            return Decision(
                Action.ATTENTION,
                f"the card was charged but the order is {order.value} in Final POS: "
                "refund the customer, or reinstate (re-record) the order",
            )
        return Decision(Action.COMPLETE, "the card was charged: record the sale")
    if intent is IntentStatus.CAPTURABLE:
        if facts.cancel_requested or order in gone:
            return Decision(Action.CANCEL, "authorised, but the checkout was cancelled: void it")
        if order is OrderState.COMPLETED and facts.has_sale:
            # Recorded as paid but the money was never taken: take it now, books are right.
            return Decision(Action.CAPTURE_AND_COMPLETE, "recorded as paid, capture the payment")
        return Decision(Action.CAPTURE_AND_COMPLETE, "authorised: capture and record the sale")
    # No money moved (no intent, open intent, or a voided one).
    if order is OrderState.COMPLETED:
        return Decision(
            Action.ATTENTION,
            "the order is completed in Final POS but no payment was taken",
        )
    if intent is IntentStatus.OPEN:
        return Decision(Action.CANCEL, "the payment did not happen: void the intent")
    if order is OrderState.PENDING:
        return Decision(Action.CANCEL, "unpaid order: cancel it")
    if order is OrderState.MISSING:
        if intent is IntentStatus.NONE:
            return Decision(Action.CLOSE_VOID, "nothing was recorded anywhere")
        return Decision(Action.CLOSE_CANCELED, "the payment was voided and no order exists")
    return Decision(Action.CLOSE_CANCELED, "not paid and not pending")


def order_number(seq: int, *, prefix: str = "A") -> str:
    """Short number the customer listens for: a letter and three digits (A001 … A999, A001 …)."""
    return f"{prefix}{(seq - 1) % 999 + 1:03d}"
