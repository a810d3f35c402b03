"""The rebuild's table: which step the remote facts prove (kiosk.services.rebuild docstring)."""

from __future__ import annotations

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.payments.gateway import IntentState
from kiosk.services.rebuild import Plan, in_window, is_ours, kiosk_tag, plan_for, restored_amount


def _intent(status: str, amount_minor: int = 450) -> IntentState:
    return IntentState(
        id="pi_1",
        status=status,
        amount_minor=amount_minor,
        amount_received_minor=amount_minor if status == "succeeded" else 0,
        currency="eur",
        metadata={"checkout_id": "c" * 32, "order_id": "o1", "receipt_id": "KIOSK1-000007-CCCCCC"},
    )


def _order(status: str, total: str = "4.50") -> m.Order:
    return m.Order.model_validate(
        {"id": "o1", "status": status, "currency": "EUR", "summary": {"total": total}}
    )


SALE = m.Transaction.model_validate({"id": "t1", "type": "sale"})

TABLE = [
    # (intent status, order status or None for missing, sale?, expected plan or None)
    (None, "pending", False, Plan(Step.ORDER_RECORDED)),
    (None, "completed", False, None),
    (None, "cancelled", False, None),
    ("requires_payment_method", "pending", False, Plan(Step.INTENT_READY)),
    ("requires_payment_method", None, False, Plan(Step.INTENT_READY)),
    ("processing", "pending", False, Plan(Step.COLLECTING)),
    ("requires_capture", "pending", False, Plan(Step.APPROVED)),
    ("requires_capture", "cancelled", False, Plan(Step.APPROVED)),  # recovery voids it
    ("requires_capture", None, False, Plan(Step.APPROVED, cancel_requested=True)),
    ("succeeded", "pending", False, Plan(Step.TRANSACTION_POSTING)),  # look before posting
    ("succeeded", "pending", True, Plan(Step.TRANSACTION_RECORDED)),
    ("succeeded", "completed", True, None),
    ("succeeded", "cancelled", False, Plan(Step.TRANSACTION_POSTING)),  # recovery: a person
    ("canceled", "pending", False, Plan(Step.INTENT_READY, cancel_requested=True)),
    ("canceled", "cancelled", False, None),
    ("canceled", None, False, None),
]


@pytest.mark.parametrize(("intent", "order", "sale", "expected"), TABLE)
def test_the_step_the_facts_prove(
    intent: str | None, order: str | None, sale: bool, expected: Plan | None
) -> None:
    got = plan_for(
        _intent(intent) if intent else None,
        _order(order) if order else None,
        SALE if sale else None,
    )
    assert got == expected


def test_money_taken_on_a_vanished_order_goes_to_a_person() -> None:
    got = plan_for(_intent("succeeded"), None, None)
    assert got is not None and got.step is Step.CAPTURED
    assert got.attention is not None and "refund" in got.attention


def test_the_order_total_is_the_amount_and_a_difference_is_noted() -> None:
    assert restored_amount(_intent("requires_capture"), _order("pending"), "EUR") == (450, None)
    assert restored_amount(None, _order("pending", "7.50"), "EUR") == (750, None)
    assert restored_amount(_intent("requires_capture"), None, "EUR") == (450, None)
    amount, note = restored_amount(
        _intent("requires_capture", 100), _order("pending", "7.50"), "EUR"
    )
    assert amount == 750 and note is not None and "100" in note and "750" in note


def test_only_this_kiosks_receipts_are_ours() -> None:
    cid = "ab12cd" + "0" * 26
    assert kiosk_tag("Kiosk 1") == "KIOSK1" and kiosk_tag("  ") == "KIOSK"
    assert is_ours("KIOSK1-000042-AB12CD", cid, "KIOSK1")
    assert not is_ours("KIOSK2-000042-AB12CD", cid, "KIOSK1")  # another kiosk
    assert not is_ours("KIOSK1-000042-FFFFFF", cid, "KIOSK1")  # another checkout's receipt
    assert not is_ours(None, cid, "KIOSK1") and not is_ours("KIOSK1", cid, "KIOSK1")


@pytest.mark.parametrize(
    ("created_at", "looked_at"),
    [
        (None, True),  # no date: looked at (both rebuilds rely on it)
        ("2026-03-01T12:00:00Z", True),  # exactly at the start of the window
        ("2026-03-01T11:59:59Z", False),
        ("2026-03-02T08:00:00Z", True),
    ],
)
def test_the_window_keeps_undated_orders_and_those_from_its_start(
    created_at: str | None, looked_at: bool
) -> None:
    since = 1772366400.0  # 2026-03-01T12:00:00Z
    order = m.Order.model_validate({"id": "o1", "status": "pending", "createdAt": created_at})
    assert in_window(order, since) is looked_at
