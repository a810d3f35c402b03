"""StripeTerminalGateway against the running Stripe sandbox: cancels (the kiosk's, the
customer's), timeouts, and a reader that is busy, offline or lost while followed.

Assertions are on results and on the sandbox's state, never on mocks.
"""

from __future__ import annotations

import asyncio

import pytest

from kiosk.payments.gateway import (
    PaymentError,
    PaymentOutcome,
)
from kiosk.payments.stripe_terminal import StripeTerminalGateway
from tests.fixtures.gateway_flow import CART, collect, pay, prepare, wait_until
from tests.fixtures.stripe import StripeSandboxHandle

pytestmark = pytest.mark.timeout(60)


# -- cancel, timeout, customer cancel ---------------------------------------------------------


async def test_customer_cancels_on_the_reader(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    task = collect(stripe_gateway, stripe_sandbox, state.id)
    await wait_until(stripe_sandbox.runs_payment(state.id))
    stripe_sandbox.state.customer_cancel(stripe_sandbox.reader_id)
    result = await asyncio.wait_for(task, 10)
    assert result.outcome is PaymentOutcome.CANCELED_ON_READER
    assert result.code == "customer_canceled"
    assert (await stripe_gateway.retrieve_async(state.id)).status == "requires_payment_method"


async def test_kiosk_cancel_clears_the_reader_then_the_intent_is_canceled(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway)
    cancel = asyncio.Event()
    task = collect(stripe_gateway, stripe_sandbox, state.id, cancel=cancel)
    await wait_until(stripe_sandbox.runs_payment(state.id))
    cancel.set()
    result = await asyncio.wait_for(task, 10)
    assert result.outcome is PaymentOutcome.CANCELED_AT_KIOSK
    assert stripe_sandbox.reader_action() is None
    assert (await stripe_gateway.retrieve_async(state.id)).open  # collect leaves the PI alone
    canceled = await stripe_gateway.cancel_async(
        state.id, checkout_id=checkout_id, reader_id=stripe_sandbox.reader_id
    )
    assert canceled.canceled
    again = await stripe_gateway.cancel_async(state.id, checkout_id=checkout_id)
    assert again.canceled
    [stored] = stripe_sandbox.intents_for_checkout(checkout_id)
    assert stored["status"] == "canceled" and stored["cancellation_reason"] == "abandoned"


async def test_kiosk_timeout_cancels_the_reader_action(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway)
    result = await asyncio.wait_for(
        stripe_gateway.collect_async(
            state.id, reader_id=stripe_sandbox.reader_id, cart=None, timeout_s=0.2
        ),
        10,
    )
    assert result.outcome is PaymentOutcome.TIMED_OUT
    assert stripe_sandbox.reader_action() is None
    canceled = await stripe_gateway.cancel_async(
        state.id, checkout_id=checkout_id, reader_id=stripe_sandbox.reader_id
    )
    assert canceled.canceled
    [stored] = stripe_sandbox.intents_for_checkout(checkout_id)
    assert stored["status"] == "canceled"


async def test_cancel_during_authorisation_follows_the_real_outcome(
    slow_card: tuple[StripeSandboxHandle, StripeTerminalGateway],
):
    sandbox, gateway = slow_card
    checkout_id, state = await prepare(gateway)
    cancel = asyncio.Event()
    statuses: list[str] = []
    task = collect(gateway, sandbox, state.id, cancel=cancel, statuses=statuses)
    await wait_until(sandbox.runs_payment(state.id))
    await gateway.simulate_present_card_async(sandbox.reader_id)
    assert sandbox.state.reader_processing(sandbox.reader_id)
    cancel.set()
    await wait_until(lambda: "finishing" in statuses)
    # the gateway cannot cancel now, and the PI cannot be canceled either
    with pytest.raises(PaymentError) as info:
        await gateway.cancel_async(state.id, checkout_id=checkout_id, reader_id=sandbox.reader_id)
    assert info.value.retryable and info.value.code == "terminal_reader_busy"
    assert not task.done()
    sandbox.clock.advance(5.0)
    result = await asyncio.wait_for(task, 10)
    assert result.outcome is PaymentOutcome.APPROVED
    # the kiosk gives the order up after all: the authorisation is voided
    canceled = await gateway.cancel_async(
        state.id, checkout_id=checkout_id, reader_id=sandbox.reader_id
    )
    assert canceled.canceled


async def test_cancel_after_capture_is_refused(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway)
    await pay(stripe_gateway, stripe_sandbox, state.id)
    await stripe_gateway.capture_async(state.id, checkout_id=checkout_id)
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.cancel_async(state.id, checkout_id=checkout_id)
    assert info.value.code == "already_captured"


async def test_cancel_does_not_touch_another_payment_on_the_reader(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    mine_checkout, mine = await prepare(stripe_gateway)
    _, theirs = await prepare(stripe_gateway)
    task = collect(stripe_gateway, stripe_sandbox, theirs.id)
    await wait_until(stripe_sandbox.runs_payment(theirs.id))
    await stripe_gateway.cancel_async(
        mine.id, checkout_id=mine_checkout, reader_id=stripe_sandbox.reader_id
    )
    assert stripe_sandbox.runs_payment(theirs.id)()
    await stripe_gateway.simulate_present_card_async(stripe_sandbox.reader_id)
    assert (await asyncio.wait_for(task, 10)).outcome is PaymentOutcome.APPROVED


async def test_kiosk_cancel_when_the_reader_runs_another_payment(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, mine = await prepare(stripe_gateway)
    _, theirs = await prepare(stripe_gateway)
    first = collect(stripe_gateway, stripe_sandbox, mine.id)
    await wait_until(stripe_sandbox.runs_payment(mine.id))
    # another register replaces our waiting payment with its own
    other = collect(stripe_gateway, stripe_sandbox, theirs.id)
    result = await asyncio.wait_for(first, 10)
    assert result.outcome is PaymentOutcome.READER_UNAVAILABLE
    assert result.code == "action_replaced"
    assert stripe_sandbox.runs_payment(theirs.id)()  # theirs untouched
    await stripe_gateway.simulate_present_card_async(stripe_sandbox.reader_id)
    assert (await asyncio.wait_for(other, 10)).outcome is PaymentOutcome.APPROVED


# -- reader busy, offline, timeout ------------------------------------------------------------


async def test_reader_busy_while_another_card_is_processed(
    slow_card: tuple[StripeSandboxHandle, StripeTerminalGateway],
):
    sandbox, gateway = slow_card
    _, first = await prepare(gateway)
    _, second = await prepare(gateway)
    task = collect(gateway, sandbox, first.id)
    await wait_until(sandbox.runs_payment(first.id))
    await gateway.simulate_present_card_async(sandbox.reader_id)
    busy = await gateway.collect_async(
        second.id, reader_id=sandbox.reader_id, cart=CART, timeout_s=5
    )
    assert busy.outcome is PaymentOutcome.READER_UNAVAILABLE
    assert busy.code == "terminal_reader_busy"
    assert "busy" in busy.message
    sandbox.clock.advance(5.0)
    assert (await asyncio.wait_for(task, 10)).outcome is PaymentOutcome.APPROVED
    assert (await gateway.retrieve_async(second.id)).status == "requires_payment_method"


@pytest.mark.parametrize(
    ("mode", "code"),
    [
        ({"offline": True}, "terminal_reader_offline"),
        ({"busy": True}, "terminal_reader_busy"),
        ({"timeout": True}, "terminal_reader_timeout"),
    ],
)
async def test_reader_unavailable(
    stripe_sandbox: StripeSandboxHandle,
    stripe_gateway: StripeTerminalGateway,
    mode: dict[str, bool],
    code: str,
):
    _, state = await prepare(stripe_gateway)
    stripe_sandbox.set_mode(**mode)
    result = await stripe_gateway.collect_async(
        state.id, reader_id=stripe_sandbox.reader_id, cart=CART, timeout_s=5
    )
    assert result.outcome is PaymentOutcome.READER_UNAVAILABLE
    assert result.code == code and result.message
    assert result.payment_intent_id == state.id
    # nothing started on the reader; the intent is ready for the next try
    assert stripe_sandbox.reader_action() is None
    assert (await stripe_gateway.retrieve_async(state.id)).status == "requires_payment_method"
    stripe_sandbox.set_mode(offline=False, busy=False, timeout=False)
    assert (await pay(stripe_gateway, stripe_sandbox, state.id)).approved


async def test_timeout_false_negative_follows_the_action_it_started(
    stripe_sandbox: StripeSandboxHandle,
    stripe_gateway: StripeTerminalGateway,
    caplog: pytest.LogCaptureFixture,
):
    caplog.set_level("INFO", logger="kiosk.payments")
    checkout_id, state = await prepare(stripe_gateway)
    stripe_sandbox.set_mode(timeout_delivered=True)
    statuses: list[str] = []
    task = collect(stripe_gateway, stripe_sandbox, state.id, statuses=statuses)
    # the gateway got terminal_reader_timeout, re-read the reader and follows its payment
    await wait_until(lambda: "waiting_for_card" in statuses)
    assert "runs our payment despite terminal_reader_timeout" in caplog.text
    await stripe_gateway.simulate_present_card_async(stripe_sandbox.reader_id)
    result = await asyncio.wait_for(task, 10)
    assert result.outcome is PaymentOutcome.APPROVED
    assert len(stripe_sandbox.intents_for_checkout(checkout_id)) == 1


async def test_timeout_with_a_stale_decline_on_the_reader_is_not_followed(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    declined = await pay(stripe_gateway, stripe_sandbox, state.id, "4000000000000002")
    assert declined.outcome is PaymentOutcome.DECLINED
    stripe_sandbox.set_mode(timeout=True)  # the retry never reaches the reader
    result = await stripe_gateway.collect_async(
        state.id, reader_id=stripe_sandbox.reader_id, cart=None, timeout_s=5
    )
    assert result.outcome is PaymentOutcome.READER_UNAVAILABLE
    assert result.code == "terminal_reader_timeout"
    action = stripe_sandbox.reader_action()
    assert action is not None and action["status"] == "failed"  # the old decline, untouched


async def test_collect_on_a_canceled_intent_is_decided_from_its_status(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway)
    await stripe_gateway.cancel_async(state.id, checkout_id=checkout_id)
    result = await stripe_gateway.collect_async(
        state.id, reader_id=stripe_sandbox.reader_id, cart=None, timeout_s=5
    )
    assert result.outcome is PaymentOutcome.CANCELED_AT_KIOSK
    assert result.code == "payment_intent_canceled"
    assert stripe_sandbox.reader_action() is None  # the reader was refused and never took it


async def test_collect_on_an_already_approved_intent_reports_approved(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    await pay(stripe_gateway, stripe_sandbox, state.id)
    again = await stripe_gateway.collect_async(
        state.id, reader_id=stripe_sandbox.reader_id, cart=None, timeout_s=5
    )
    assert again.outcome is PaymentOutcome.APPROVED


async def test_network_loss_while_following_is_tolerated(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    task = collect(stripe_gateway, stripe_sandbox, state.id)
    await wait_until(stripe_sandbox.runs_payment(state.id))
    stripe_sandbox.faults.configure(drop_rate=1.0, methods=["GET"])
    await wait_until(lambda: stripe_sandbox.faults.stats.drops >= 3)  # a few failed polls
    await gateway_present(stripe_sandbox)
    stripe_sandbox.faults.configure(drop_rate=0.0)
    assert (await asyncio.wait_for(task, 10)).outcome is PaymentOutcome.APPROVED


async def gateway_present(sandbox: StripeSandboxHandle) -> None:
    """Present a card straight on the sandbox state (the HTTP path may be faulted)."""
    sandbox.state.present_payment_method(sandbox.account, sandbox.reader_id, {})
