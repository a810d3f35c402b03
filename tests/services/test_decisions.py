"""The recovery decision table: every (order, intent) pair maps to one action."""

import pytest

from kiosk.domain.checkout import (
    Action,
    Facts,
    IntentStatus,
    OrderState,
    Step,
    decide,
    order_number,
)

Ord, Pi, A = OrderState, IntentStatus, Action

TABLE = [
    # order, intent, has_sale, cancel_requested -> action
    (Ord.COMPLETED, Pi.CAPTURED, True, False, A.CLOSE_COMPLETED),
    (Ord.COMPLETED, Pi.CAPTURED, False, False, A.COMPLETE),
    (Ord.PENDING, Pi.CAPTURED, False, False, A.COMPLETE),
    (Ord.PENDING, Pi.CAPTURED, True, False, A.COMPLETE),
    (Ord.MISSING, Pi.CAPTURED, False, False, A.COMPLETE),
    (Ord.PENDING, Pi.CAPTURED, False, True, A.COMPLETE),  # money taken wins over a late cancel
    (Ord.CANCELED, Pi.CAPTURED, False, False, A.ATTENTION),
    (Ord.OTHER, Pi.CAPTURED, True, False, A.ATTENTION),
    (Ord.PENDING, Pi.CAPTURABLE, False, False, A.CAPTURE_AND_COMPLETE),
    (Ord.MISSING, Pi.CAPTURABLE, False, False, A.CAPTURE_AND_COMPLETE),
    (Ord.COMPLETED, Pi.CAPTURABLE, True, False, A.CAPTURE_AND_COMPLETE),
    (Ord.PENDING, Pi.CAPTURABLE, False, True, A.CANCEL),
    (Ord.CANCELED, Pi.CAPTURABLE, False, False, A.CANCEL),
    (Ord.PENDING, Pi.PROCESSING, False, False, A.WAIT),
    (Ord.PENDING, Pi.OPEN, False, False, A.CANCEL),
    (Ord.MISSING, Pi.OPEN, False, False, A.CANCEL),
    (Ord.CANCELED, Pi.OPEN, False, False, A.CANCEL),
    (Ord.COMPLETED, Pi.OPEN, False, False, A.ATTENTION),
    (Ord.PENDING, Pi.NONE, False, False, A.CANCEL),
    (Ord.PENDING, Pi.CANCELED, False, True, A.CANCEL),
    (Ord.MISSING, Pi.NONE, False, False, A.CLOSE_VOID),
    (Ord.MISSING, Pi.CANCELED, False, False, A.CLOSE_CANCELED),
    (Ord.CANCELED, Pi.CANCELED, False, True, A.CLOSE_CANCELED),
    (Ord.CANCELED, Pi.NONE, False, False, A.CLOSE_CANCELED),
    (Ord.COMPLETED, Pi.NONE, False, False, A.ATTENTION),
    (Ord.COMPLETED, Pi.CANCELED, True, False, A.ATTENTION),
]


@pytest.mark.parametrize(("order", "intent", "has_sale", "cancel", "action"), TABLE)
def test_decision_table(
    order: OrderState, intent: IntentStatus, has_sale: bool, cancel: bool, action: Action
) -> None:
    decision = decide(Facts(order, intent, has_sale=has_sale, cancel_requested=cancel))
    assert decision.action is action
    assert decision.reason


def test_every_combination_decides_and_keeps_the_money_invariants() -> None:
    for order in OrderState:
        for intent in IntentStatus:
            for has_sale in (False, True):
                for cancel in (False, True):
                    action = decide(Facts(order, intent, has_sale, cancel)).action
                    if intent is IntentStatus.CAPTURED:
                        # Money taken is never walked away from: completed or a person looks.
                        assert action in (A.COMPLETE, A.CLOSE_COMPLETED, A.ATTENTION)
                    if intent is IntentStatus.CAPTURABLE:
                        # An authorisation is captured or voided, never left dangling.
                        assert action in (A.CAPTURE_AND_COMPLETE, A.CANCEL)
                    if action in (A.COMPLETE, A.CAPTURE_AND_COMPLETE, A.CLOSE_COMPLETED):
                        assert intent in (IntentStatus.CAPTURED, IntentStatus.CAPTURABLE)


OWNED_ELSEWHERE = [
    # An order another owns (a kiosk's, paid by card at the station): never cancelled.
    (Ord.PENDING, Pi.NONE, False, False, A.RELEASE),
    (Ord.PENDING, Pi.OPEN, False, False, A.RELEASE),
    (Ord.PENDING, Pi.CAPTURABLE, False, True, A.RELEASE),
    (Ord.PENDING, Pi.CANCELED, False, True, A.RELEASE),
    (Ord.CANCELED, Pi.CAPTURABLE, False, False, A.RELEASE),
    (Ord.PENDING, Pi.CAPTURABLE, False, False, A.CAPTURE_AND_COMPLETE),
    (Ord.PENDING, Pi.CAPTURED, False, False, A.COMPLETE),
    (Ord.COMPLETED, Pi.CAPTURED, True, False, A.CLOSE_COMPLETED),
    (Ord.COMPLETED, Pi.CAPTURABLE, True, False, A.CAPTURE_AND_COMPLETE),  # our sale: ours
    # Completed with no sale of ours: paid elsewhere (cash, another till).
    (Ord.COMPLETED, Pi.CAPTURABLE, False, False, A.RELEASE),
    (Ord.COMPLETED, Pi.OPEN, False, False, A.RELEASE),
    (Ord.COMPLETED, Pi.NONE, False, False, A.CLOSE_CANCELED),
    (Ord.COMPLETED, Pi.CANCELED, False, True, A.CLOSE_CANCELED),
    (Ord.COMPLETED, Pi.CAPTURED, False, False, A.ATTENTION),  # charged twice: refund
    (Ord.COMPLETED, Pi.PROCESSING, False, False, A.WAIT),
]


@pytest.mark.parametrize(("order", "intent", "has_sale", "cancel", "action"), OWNED_ELSEWHERE)
def test_an_order_owned_elsewhere_is_released_never_cancelled(
    order: OrderState, intent: IntentStatus, has_sale: bool, cancel: bool, action: Action
) -> None:
    facts = Facts(order, intent, has_sale=has_sale, cancel_requested=cancel, owned_elsewhere=True)
    decision = decide(facts)
    assert decision.action is action, decision
    assert decision.reason


def test_owned_elsewhere_never_cancels_and_keeps_the_money_invariants() -> None:
    for order in OrderState:
        for intent in IntentStatus:
            for has_sale in (False, True):
                for cancel in (False, True):
                    facts = Facts(order, intent, has_sale, cancel, owned_elsewhere=True)
                    action = decide(facts).action
                    assert action is not A.CANCEL
                    if intent is IntentStatus.CAPTURED:
                        assert action in (A.COMPLETE, A.CLOSE_COMPLETED, A.ATTENTION)
                    if intent is IntentStatus.CAPTURABLE:
                        assert action in (A.CAPTURE_AND_COMPLETE, A.RELEASE)
                    # What is not owned-specific decides as before, with RELEASE for CANCEL.
                    plain = decide(Facts(order, intent, has_sale, cancel)).action
                    if order is not OrderState.COMPLETED or has_sale:
                        assert action is (A.RELEASE if plain is A.CANCEL else plain)


def test_steps_rank_forward_and_know_when_an_intent_may_exist() -> None:
    assert Step.BEGUN.rank < Step.ORDER_RECORDED.rank < Step.CAPTURED.rank < Step.COMPLETED.rank
    assert not Step.ORDER_RECORDED.may_have_intent
    assert Step.INTENT_PREPARING.may_have_intent
    assert {s for s in Step if s.terminal} == {
        Step.COMPLETED,
        Step.CANCELED,
        Step.VOID,
        Step.AT_COUNTER,  # recorded unpaid: the station takes the payment
    }
    assert not Step.AT_COUNTER.may_have_intent


@pytest.mark.parametrize(
    ("seq", "expected"), [(1, "A001"), (42, "A042"), (999, "A999"), (1000, "A001"), (1041, "A042")]
)
def test_order_numbers_are_short_and_wrap(seq: int, expected: str) -> None:
    assert order_number(seq) == expected


EXTRA = [
    # an order the kiosk recorded that answers 404: gone, never re-created
    (Facts(Ord.DELETED, Pi.CAPTURED), A.ATTENTION),
    (Facts(Ord.DELETED, Pi.CAPTURABLE), A.CANCEL),
    (Facts(Ord.DELETED, Pi.NONE), A.CLOSE_CANCELED),
    (Facts(Ord.DELETED, Pi.CANCELED, cancel_requested=True), A.CLOSE_CANCELED),
    # held for staff (amounts disagree): nothing automatic
    (Facts(Ord.PENDING, Pi.CAPTURABLE, held=True), A.ATTENTION),
    (Facts(Ord.PENDING, Pi.CAPTURED, held=True), A.ATTENTION),
    (Facts(Ord.PENDING, Pi.CANCELED, cancel_requested=True, held=True), A.ATTENTION),
    # a create whose outcome is unknown, inside its quiet period: wait, never post again
    (Facts(Ord.MISSING, Pi.NONE, post_pending=True), A.WAIT),
    (Facts(Ord.PENDING, Pi.CAPTURED, post_pending=True), A.WAIT),
    # a zero total: completed without a card
    (Facts(Ord.PENDING, Pi.NONE, free=True), A.COMPLETE),
    (Facts(Ord.PENDING, Pi.NONE, free=True, cancel_requested=True), A.CANCEL),
    (Facts(Ord.COMPLETED, Pi.NONE, free=True), A.CLOSE_COMPLETED),
    (Facts(Ord.MISSING, Pi.NONE, free=True), A.CLOSE_VOID),
    (Facts(Ord.CANCELED, Pi.NONE, free=True), A.CLOSE_CANCELED),
]


@pytest.mark.parametrize(("facts", "action"), EXTRA)
def test_deleted_held_pending_and_free(facts: Facts, action: Action) -> None:
    decision = decide(facts)
    assert decision.action is action and decision.reason


def test_holds_and_quiet_periods_never_act() -> None:
    for order in OrderState:
        for intent in IntentStatus:
            for cancel in (False, True):
                held = decide(Facts(order, intent, cancel_requested=cancel, held=True)).action
                assert held is A.ATTENTION
                waiting = decide(Facts(order, intent, cancel_requested=cancel, post_pending=True))
                assert waiting.action is A.WAIT


def test_a_counter_order_ranks_below_any_money() -> None:
    assert Step.ORDER_RECORDED.rank < Step.AT_COUNTER.rank < Step.INTENT_PREPARING.rank
    assert Step.AT_COUNTER.rank < Step.CAPTURED.rank  # staff and receipts: never "paid"
