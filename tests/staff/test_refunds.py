"""The refund pipeline against both sandboxes: by line, in full, capped, faults, recovery."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from kiosk.services.refunds import RefundOutcome, RefundReason, RefundStep
from tests.services.harness import Stack, cart, running_stack
from tests.staff.refund_harness import (
    RefundStack,
    build_refunds,
    check_refund_invariants,
    paid_checkout,
)


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def built(stack: Stack, tmp_path: Path) -> AsyncIterator[RefundStack]:
    stack.finalpos.finalpos_faults.configure(
        error_rate=0.0, lost_answer_rate=0.0, methods=["GET", "POST", "PUT"], path_prefix="/"
    )
    stack.stripe_faults.configure(error_rate=0.0, lost_answer_rate=0.0)
    async with build_refunds(stack.config, tmp_path / "kiosk") as refunds:
        yield refunds
    stack.finalpos.finalpos_faults.configure(error_rate=0.0, lost_answer_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0, lost_answer_rate=0.0)


def _order_id(built: RefundStack, checkout_id: str) -> str:
    order_id = built.services.journal.get(checkout_id).order_id
    assert order_id is not None
    return order_id


async def test_refund_a_line_then_the_rest_adds_up_to_the_capture(
    stack: Stack, built: RefundStack
) -> None:
    cid = await paid_checkout(built.services, index=1)  # 2 flat whites + a croissant
    service = built.refunds
    before = service.refundable(cid)
    assert [line.refundable_quantity for line in before.lines] == [2, 1]
    first = await service.refund_async(
        cid,
        quantities={0: 1},
        reason=RefundReason.REQUESTED_BY_CUSTOMER,
        note="cold",
        refunded_by="Maria",
    )
    assert first.outcome is RefundOutcome.REFUNDED and first.money_returned
    assert first.amount_minor == before.lines[0].total_minor // 2
    after = service.refundable(cid)
    assert [line.refundable_quantity for line in after.lines] == [1, 1]
    with pytest.raises(ValueError, match="1 units left"):
        service.plan(cid, {0: 2})
    rest = await service.refund_async(cid, refunded_by="Maria")  # everything left
    assert rest.outcome is RefundOutcome.REFUNDED
    assert first.amount_minor + rest.amount_minor == before.captured_minor
    assert service.refundable(cid).remaining_minor == 0
    nothing = await service.refund_async(cid, refunded_by="Maria")
    assert nothing.outcome is RefundOutcome.NOTHING_TO_REFUND
    report = check_refund_invariants(
        stack, _order_id(built, cid), [first.refund_id or "", rest.refund_id or ""]
    )
    assert report.violations == [] and report.stripe_refunded_minor == before.captured_minor
    [fp] = [r for r in stack.docs("refunds") if r.get("externalId") == first.refund_id]
    assert fp["refundedBy"] == "Maria" and fp["reason"] == "requested by customer: cold"
    assert [line["quantity"] for line in fp["lineItems"]] == [1]
    assert fp["payment"][0]["paymentType"] == "credit_card"


async def test_never_more_than_captured_even_if_refunded_elsewhere(
    stack: Stack, built: RefundStack
) -> None:
    cid = await paid_checkout(built.services)
    entry = built.services.journal.get(cid)
    assert entry.intent_id is not None
    # someone refunds most of it from the Stripe dashboard
    await built.services.gateway.refund_async(
        entry.intent_id, amount_minor=entry.amount_minor - 100, idempotency_key="dashboard"
    )
    result = await built.refunds.refund_async(cid, refunded_by="Maria")
    assert not result.money_returned
    assert result.outcome in (RefundOutcome.TOO_MUCH, RefundOutcome.REFUSED)
    refunds = [
        r
        for r in stack.stripe_state.refunds(stack.config.stripe_account)
        if r.get("payment_intent") == entry.intent_id
    ]
    assert sum(int(r["amount"]) for r in refunds) == entry.amount_minor - 100
    assert [r for r in stack.docs("refunds") if r.get("orderId") == entry.order_id] == []
    assert built.refunds.journal.unfinished() == []


async def test_stripe_down_starts_nothing(stack: Stack, built: RefundStack) -> None:
    cid = await paid_checkout(built.services)
    stack.stripe_faults.configure(error_rate=1.0)
    result = await built.refunds.refund_async(cid, refunded_by="Maria")
    stack.stripe_faults.configure(error_rate=0.0)
    assert result.outcome is RefundOutcome.UNAVAILABLE
    assert built.refunds.journal.all() == []


async def test_finalpos_down_after_the_money_went_back_is_finished_by_recovery(
    stack: Stack, built: RefundStack
) -> None:
    cid = await paid_checkout(built.services)
    order_id = _order_id(built, cid)
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    result = await built.refunds.refund_async(cid, refunded_by="Maria")
    assert result.outcome is RefundOutcome.REFUNDED_BOOKS_PENDING
    [entry] = built.refunds.journal.unfinished()
    assert entry.step is RefundStep.REFUND_POSTING and entry.stripe_refund_id
    assert entry.attempts == 1 and entry.attention is None
    assert (await built.refunds.recover_async()).waiting == [entry.refund_id]
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    report = await built.refunds.recover_async()
    assert report.completed == [entry.refund_id] and report.clean
    invariants = check_refund_invariants(stack, order_id, [entry.refund_id])
    assert invariants.violations == [] and invariants.stripe_refunds == 1


async def test_lost_answers_are_found_again_not_posted_twice(
    stack: Stack, built: RefundStack
) -> None:
    cid = await paid_checkout(built.services)
    stack.finalpos.finalpos_faults.configure(
        lost_answer_rate=1.0, methods=["POST"], path_prefix="/v1/api/refunds"
    )
    first = await built.refunds.refund_async(cid, quantities={1: 1}, refunded_by="Maria")
    stack.finalpos.finalpos_faults.configure(lost_answer_rate=0.0)
    assert stack.finalpos.finalpos_faults.stats.lost_answers >= 1
    if first.outcome is not RefundOutcome.REFUNDED:
        await built.refunds.recover_async()
    report = check_refund_invariants(stack, _order_id(built, cid), [first.refund_id or ""])
    assert report.violations == [] and report.finalpos_refunds == 1


async def test_unknown_and_unpaid_checkouts(built: RefundStack) -> None:
    assert (
        await built.refunds.refund_async("nope", refunded_by="Maria")
    ).outcome is RefundOutcome.UNKNOWN_ORDER
    pending = await built.services.checkout.begin_async(cart(2))
    await built.services.checkout.abandon_async(pending.checkout_id)
    unpaid = await built.refunds.refund_async(pending.checkout_id, refunded_by="Maria")
    assert unpaid.outcome is RefundOutcome.NOT_PAID
    assert built.refunds.journal.all() == []


async def test_stripe_answers_lost_are_replayed_by_the_key_never_refunded_twice(
    stack: Stack, built: RefundStack
) -> None:
    cid = await paid_checkout(built.services)
    # Stripe commits every refund but nobody hears back: the live call gives up
    stack.stripe_faults.configure(lost_answer_rate=1.0, methods=["POST"], path_prefix="/v1/refunds")
    result = await built.refunds.refund_async(cid, quantities={1: 1}, refunded_by="Maria")
    assert stack.stripe_faults.stats.lost_answers >= 2  # retried with the same key
    stack.stripe_faults.configure(lost_answer_rate=0.0)
    assert result.outcome is RefundOutcome.PENDING and not result.money_returned
    report = await built.refunds.recover_async()
    assert report.clean and len(report.completed) == 1
    invariants = check_refund_invariants(stack, _order_id(built, cid), [result.refund_id or ""])
    assert invariants.violations == [] and invariants.stripe_refunds == 1
