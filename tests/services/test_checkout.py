"""The checkout pipeline against both sandboxes (in-process)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos.client import FinalPosClient
from kiosk.services.checkout import (
    CheckoutOutcome,
    CheckoutService,
    CheckoutUnavailable,
    DeclineReason,
    ResultCode,
)
from tests.services.harness import (
    RATES,
    Services,
    Stack,
    build_services,
    cart,
    check_invariants,
)


async def test_approved_checkout_is_paid_recorded_and_completed(
    stack: Stack, services: Services
) -> None:
    statuses: list[str] = []
    pending = await services.checkout.begin_async(cart())
    assert pending.order_number == "A001"
    result = await services.checkout.pay_async(pending.checkout_id, on_status=statuses.append)
    assert result.outcome is CheckoutOutcome.PAID, result
    assert result.order_number == "A001" and not result.can_retry
    assert statuses[0] == "preparing" and "waiting_for_card" in statuses
    # The customer waited for the capture only: the books follow in the background.
    assert services.journal.get(pending.checkout_id).step is Step.CAPTURED
    assert services.checkout.busy(pending.checkout_id)
    assert await services.checkout.wait_books_async(pending.checkout_id)
    assert services.journal.get(pending.checkout_id).step is Step.COMPLETED
    assert not services.checkout.busy(pending.checkout_id)
    report = check_invariants(stack, [pending.checkout_id])
    assert report.violations == []
    assert (report.completed, report.captured, report.intents) == (1, 1, 1)
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == pending.checkout_id]
    assert order["balance"] == "0.00"
    assert order["summary"]["total"] == f"{pending.totals.total_minor / 100:.2f}"


DECLINE_CARD = "4000000000000002"


def _one(stack: Stack, cid: str) -> tuple[dict, dict]:
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    [pi] = [p for p in stack.intents() if p["metadata"].get("checkout_id") == cid]
    return order, pi


async def test_decline_then_retry_reuses_the_same_intent(stack: Stack, services: Services) -> None:
    stack.reader_mode(auto_present_card=DECLINE_CARD)
    pending = await services.checkout.begin_async(cart())
    declined = await services.checkout.pay_async(pending.checkout_id)
    assert declined.outcome is CheckoutOutcome.DECLINED and declined.can_retry
    assert declined.code is ResultCode.DECLINED and declined.decline is DeclineReason.DECLINED
    order, pi = _one(stack, pending.checkout_id)
    assert (order["status"], pi["status"]) == ("pending", "requires_payment_method")
    stack.reader_mode(auto_present_card=None)
    paid = await services.checkout.pay_async(pending.checkout_id)
    assert paid.outcome is CheckoutOutcome.PAID
    assert await services.checkout.wait_books_async()
    order, again = _one(stack, pending.checkout_id)
    assert again["id"] == pi["id"] and again["status"] == "succeeded"
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_cancel_at_kiosk_cancels_order_and_intent(stack: Stack, services: Services) -> None:
    stack.reader_mode(auto_present_after_s=None)
    pending = await services.checkout.begin_async(cart())
    cancel = asyncio.Event()
    statuses: list[str] = []

    def on_status(text: str) -> None:
        statuses.append(text)
        if text == "waiting_for_card":
            asyncio.get_running_loop().call_later(0.2, cancel.set)

    result = await services.checkout.pay_async(
        pending.checkout_id, cancel=cancel, on_status=on_status
    )
    assert result.outcome is CheckoutOutcome.CANCELED and not result.can_retry
    order, pi = _one(stack, pending.checkout_id)
    assert (order["status"], pi["status"]) == ("cancelled", "canceled")
    assert services.journal.get(pending.checkout_id).step is Step.CANCELED
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_customer_cancel_on_reader(stack: Stack, services: Services) -> None:
    stack.reader_mode(auto_present_after_s=None)
    pending = await services.checkout.begin_async(cart())

    def on_status(text: str) -> None:
        if text == "waiting_for_card":
            asyncio.get_running_loop().call_later(
                0.2, stack.stripe_state.customer_cancel, stack.config.reader_id
            )

    result = await services.checkout.pay_async(pending.checkout_id, on_status=on_status)
    assert result.outcome is CheckoutOutcome.CANCELED
    order, pi = _one(stack, pending.checkout_id)
    assert (order["status"], pi["status"]) == ("cancelled", "canceled")


async def test_timeout_cancels(stack: Stack, tmp_path: Path) -> None:
    stack.reader_mode(auto_present_after_s=None)
    async with build_services(stack.config, tmp_path, payment_timeout_s=0.5) as built:
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.TIMED_OUT and not result.can_retry
    order, pi = _one(stack, pending.checkout_id)
    assert (order["status"], pi["status"]) == ("cancelled", "canceled")


async def test_an_accessibility_customer_s_card_wait_is_longer(
    stack: Stack, tmp_path: Path
) -> None:
    # The card comes after 1.2 s: past the plain 0.5 s wait, within the 4x wait.
    stack.reader_mode(auto_present_after_s=1.2)
    async with build_services(stack.config, tmp_path, payment_timeout_s=0.5) as built:
        plain = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(plain.checkout_id)
        assert result.outcome is CheckoutOutcome.TIMED_OUT
        longer = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(longer.checkout_id, card_wait_factor=4.0)
        assert result.outcome is CheckoutOutcome.PAID
        assert await built.checkout.wait_books_async()
    assert check_invariants(stack, [plain.checkout_id, longer.checkout_id]).violations == []


async def test_the_card_wait_never_outlasts_the_checkout_s_lease(
    stack: Stack, tmp_path: Path
) -> None:
    async with build_services(
        stack.config, tmp_path, payment_timeout_s=120.0, collect_grace_s=30.0
    ) as built:
        checkout = built.checkout
        assert checkout.card_wait_s() == checkout.card_wait_s(0.5) == 120.0
        assert checkout.card_wait_s(3.0) == 360.0
        # the 15 min lease less the 30 s grace after the wait and a minute's margin
        assert checkout.card_wait_s(10.0) == checkout.lease_s - 30.0 - 60.0 == 810.0


async def test_reader_offline_then_back_pays_on_the_same_intent(
    stack: Stack, services: Services
) -> None:
    stack.reader_mode(offline=True)
    pending = await services.checkout.begin_async(cart())
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.READER_UNAVAILABLE and result.can_retry
    assert result.code is ResultCode.READER_OFFLINE
    stack.reader_mode(offline=False)
    assert (await services.checkout.pay_async(pending.checkout_id)).outcome is CheckoutOutcome.PAID
    assert await services.checkout.wait_books_async()
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_backend_down_before_the_order_charges_nothing(
    stack: Stack, services: Services
) -> None:
    await services.session.ensure_open_async()
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    with pytest.raises(CheckoutUnavailable):
        await services.checkout.begin_async(cart())
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    assert stack.intents() == []
    [entry] = services.journal.all()
    assert [o for o in stack.docs("orders") if o.get("externalId") == entry.checkout_id] == []
    report = await services.recovery.recover_async()
    assert report.voided == [entry.checkout_id]
    assert services.journal.unfinished() == []


async def test_lost_answer_on_post_order_is_found_by_external_id(
    stack: Stack, services: Services
) -> None:
    await services.session.ensure_open_async()
    stack.finalpos.finalpos_faults.configure(
        lost_answer_rate=1.0, methods=["POST"], path_prefix="/v1/api/order"
    )
    pending = await services.checkout.begin_async(cart())
    assert stack.finalpos.finalpos_faults.stats.lost_answers == 1
    stack.finalpos.finalpos_faults.configure(lost_answer_rate=0.0)
    assert (await services.checkout.pay_async(pending.checkout_id)).outcome is CheckoutOutcome.PAID
    assert await services.checkout.wait_books_async()
    report = check_invariants(stack, [pending.checkout_id])
    assert report.violations == [] and report.orders == 1


async def test_abandon_before_paying(stack: Stack, services: Services) -> None:
    stack.reader_mode(auto_present_card=DECLINE_CARD)
    pending = await services.checkout.begin_async(cart())
    assert (await services.checkout.pay_async(pending.checkout_id)).outcome is (
        CheckoutOutcome.DECLINED
    )
    await services.checkout.abandon_async(pending.checkout_id)
    order, pi = _one(stack, pending.checkout_id)
    assert (order["status"], pi["status"]) == ("cancelled", "canceled")
    # Abandoning before any payment attempt creates no intent at all.
    other = await services.checkout.begin_async(cart(1))
    await services.checkout.abandon_async(other.checkout_id)
    assert [p for p in stack.intents() if p["metadata"]["checkout_id"] == other.checkout_id] == []
    assert check_invariants(stack, [pending.checkout_id, other.checkout_id]).violations == []


async def test_no_reader_configured_gives_the_order_up_without_an_intent(
    stack: Stack, tmp_path: Path
) -> None:
    async with build_services(stack.config, tmp_path, with_reader=False) as built:
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.READER_UNAVAILABLE and not result.can_retry
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == pending.checkout_id]
    assert order["status"] == "cancelled"
    assert stack.intents() == []


async def test_a_refused_api_key_pauses_ordering_and_voids_the_checkout(
    stack: Stack, services: Services
) -> None:
    await services.session.ensure_open_async()
    async with FinalPosClient.create(
        base_url=stack.config.finalpos_url, api_key="fp_revoked_key"
    ) as refused:
        checkout = CheckoutService(
            finalpos=refused,
            gateway=services.gateway,
            journal=services.journal,
            session=services.session,
            tax_rates=RATES,
            default_tax_table="standard",
            currency="EUR",
            kiosk_name="Kiosk 1",
        )
        with pytest.raises(CheckoutUnavailable, match="Nothing was charged"):
            await checkout.begin_async(cart())
    [entry] = services.journal.all()
    assert entry.step is Step.VOID and "401" in (entry.last_error or "")
