"""StripeTerminalGateway against the running Stripe sandbox, through the real stripe SDK.

Assertions are on results and on the sandbox's state (how many PaymentIntents exist, what the
reader shows), never on mocks. Reader choice, prepare, approval and declines, refunds, secrets
and errors here; cancels, timeouts and a busy or lost reader in test_gateway_reader.py.
"""

from __future__ import annotations

import asyncio

import pytest

from kiosk.payments.gateway import (
    PaymentError,
    PaymentGateway,
    PaymentOutcome,
    ReaderNotConfigured,
)
from kiosk.payments.stripe_terminal import StripeTerminalGateway
from kiosk.sandbox.stripe.cards import DECLINE_AMOUNTS, DECLINE_CARDS, DECLINE_MESSAGES
from tests.fixtures.gateway_flow import CART, collect, pay, prepare, wait_until
from tests.fixtures.stripe import StripeSandboxHandle

pytestmark = pytest.mark.timeout(60)


def test_gateway_satisfies_the_protocol(stripe_gateway: StripeTerminalGateway) -> None:
    assert isinstance(stripe_gateway, PaymentGateway)


# -- reader choice ----------------------------------------------------------------------------


async def test_choose_reader_prefers_the_station(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    chosen = await stripe_gateway.choose_reader_async(
        station_reader_id=stripe_sandbox.reader_id, location_id=None
    )
    assert chosen == stripe_sandbox.reader_id


async def test_choose_reader_by_location_then_fallback(stripe_sandbox: StripeSandboxHandle):
    gateway = stripe_sandbox.gateway(fallback_reader_id="tmr_configured")
    try:
        by_location = await gateway.choose_reader_async(
            station_reader_id=None, location_id=stripe_sandbox.location_id
        )
        stripe_sandbox.set_mode(offline=True)
        fallback = await gateway.choose_reader_async(
            station_reader_id=None, location_id=stripe_sandbox.location_id
        )
    finally:
        await gateway.aclose()
    assert by_location == stripe_sandbox.reader_id
    assert fallback == "tmr_configured"


async def test_choose_reader_names_what_is_missing(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    stripe_sandbox.set_mode(offline=True)
    with pytest.raises(ReaderNotConfigured) as info:
        await stripe_gateway.choose_reader_async(
            station_reader_id=None, location_id=stripe_sandbox.location_id
        )
    message = str(info.value)
    assert "station names no reader" in message
    assert f"no reader is online at location {stripe_sandbox.location_id}" in message
    assert "reader_id" in message
    with pytest.raises(ReaderNotConfigured, match="no Stripe location"):
        await stripe_gateway.choose_reader_async(station_reader_id=None, location_id=None)


async def test_station_reader_of_another_account_is_not_configured(
    stripe_sandbox: StripeSandboxHandle,
):
    stripe_sandbox.state.connect_account("acct_1SomeoneElse")
    gateway = stripe_sandbox.gateway(stripe_account="acct_1SomeoneElse")
    try:
        with pytest.raises(ReaderNotConfigured, match=stripe_sandbox.reader_id):
            await gateway.choose_reader_async(
                station_reader_id=stripe_sandbox.reader_id, location_id=None
            )
    finally:
        await gateway.aclose()


# -- prepare ----------------------------------------------------------------------------------


async def test_prepare_creates_one_manual_card_present_intent(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway, 1350)
    _, again = await prepare(stripe_gateway, 1350, checkout_id=checkout_id)
    assert again.id == state.id
    assert state.status == "requires_payment_method" and state.open
    assert (state.amount_minor, state.currency) == (1350, "eur")
    assert dict(state.metadata) == {
        "checkout_id": checkout_id,
        "order_id": f"ord-{checkout_id}",
        "receipt_id": f"rcp-{checkout_id}",
    }
    [stored] = stripe_sandbox.intents_for_checkout(checkout_id)
    assert stored["capture_method"] == "manual"
    assert stored["payment_method_types"] == ["card_present"]


async def test_prepare_after_a_lost_answer_returns_the_same_intent(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    stripe_sandbox.faults.configure(
        lost_answer_rate=1.0, methods=["POST"], path_prefix="/v1/payment_intents"
    )
    with pytest.raises(PaymentError) as info:
        await prepare(stripe_gateway, 990, checkout_id="chk-lost")
    assert info.value.retryable
    assert stripe_sandbox.faults.stats.lost_answers == 1
    assert len(stripe_sandbox.intents_for_checkout("chk-lost")) == 1  # it was created
    stripe_sandbox.faults.configure(lost_answer_rate=0.0)
    _, state = await prepare(stripe_gateway, 990, checkout_id="chk-lost")
    [stored] = stripe_sandbox.intents_for_checkout("chk-lost")
    assert state.id == stored["id"]


async def test_prepare_retries_a_lost_answer_itself_when_allowed(
    stripe_sandbox: StripeSandboxHandle,
):
    stripe_sandbox.faults.configure(
        drop_rate=0.0, lost_answer_rate=0.5, seed=3, path_prefix="/v1/payment_intents"
    )
    gateway = stripe_sandbox.gateway(max_network_retries=3)
    try:
        states = [await prepare(gateway, 500, checkout_id="chk-retry") for _ in range(3)]
    finally:
        await gateway.aclose()
    assert stripe_sandbox.faults.stats.lost_answers >= 1
    assert len({state.id for _, state in states}) == 1
    assert len(stripe_sandbox.intents_for_checkout("chk-retry")) == 1


async def test_prepare_with_a_changed_amount_is_refused(stripe_gateway: StripeTerminalGateway):
    checkout_id, _ = await prepare(stripe_gateway, 1000)
    with pytest.raises(PaymentError) as info:
        await prepare(stripe_gateway, 1100, checkout_id=checkout_id)
    assert info.value.code == "idempotency_error" and not info.value.retryable


@pytest.mark.parametrize("amount", [0, -5, True])
async def test_prepare_rejects_non_positive_amounts(
    stripe_gateway: StripeTerminalGateway, amount: int
):
    with pytest.raises(PaymentError):
        await prepare(stripe_gateway, amount)


# -- approval, capture, decline ---------------------------------------------------------------


async def test_approve_and_capture(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway, 1350)
    statuses: list[str] = []
    task = collect(stripe_gateway, stripe_sandbox, state.id, statuses=statuses)
    await wait_until(stripe_sandbox.runs_payment(state.id))
    await stripe_gateway.simulate_present_card_async(stripe_sandbox.reader_id)
    result = await asyncio.wait_for(task, 10)
    assert result.outcome is PaymentOutcome.APPROVED and result.approved
    assert (result.payment_intent_id, result.reader_id) == (state.id, stripe_sandbox.reader_id)
    assert statuses[:2] == ["preparing_reader", "waiting_for_card"]
    assert (await stripe_gateway.retrieve_async(state.id)).capturable
    captured = await stripe_gateway.capture_async(state.id, checkout_id=checkout_id)
    assert captured.captured and captured.amount_received_minor == 1350
    again = await stripe_gateway.capture_async(state.id, checkout_id=checkout_id)
    assert again.captured and again.amount_received_minor == 1350
    [stored] = stripe_sandbox.intents_for_checkout(checkout_id)
    assert stored["status"] == "succeeded"


async def test_the_cart_is_shown_before_the_payment_starts(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    # make process_payment_intent fail (connection cut), so that the cart stays on the display
    stripe_sandbox.faults.configure(
        drop_rate=1.0, path_prefix=f"/v1/terminal/readers/{stripe_sandbox.reader_id}/process"
    )
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.collect_async(
            state.id, reader_id=stripe_sandbox.reader_id, cart=CART, timeout_s=5
        )
    assert info.value.retryable
    action = stripe_sandbox.reader_action()
    assert action is not None and action["type"] == "set_reader_display"
    cart = action["set_reader_display"]["cart"]
    assert cart == {
        "currency": "eur",
        "line_items": [
            {"amount": 350, "description": "Flat white", "quantity": 1},
            {"amount": 500, "description": "Croissant", "quantity": 2},
        ],
        "tax": 225,
        "total": 1350,
    }


@pytest.mark.parametrize("card", sorted(DECLINE_CARDS))
async def test_every_decline_card(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway, card: str
):
    _, state = await prepare(stripe_gateway, 1000)
    result = await pay(stripe_gateway, stripe_sandbox, state.id, card)
    expected = DECLINE_CARDS[card]
    assert result.outcome is PaymentOutcome.DECLINED
    assert (result.code, result.decline_code) == (expected.code, expected.decline_code)
    assert result.message == expected.message
    after = await stripe_gateway.retrieve_async(state.id)
    assert after.status == "requires_payment_method"
    assert after.last_error_code == expected.code


@pytest.mark.parametrize("ending", sorted(DECLINE_AMOUNTS))
async def test_every_decline_amount(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway, ending: int
):
    _, state = await prepare(stripe_gateway, 1200 + ending)
    result = await pay(stripe_gateway, stripe_sandbox, state.id)
    assert result.outcome is PaymentOutcome.DECLINED
    assert result.code == "card_declined"
    assert result.decline_code == DECLINE_AMOUNTS[ending]
    assert result.message == DECLINE_MESSAGES[DECLINE_AMOUNTS[ending]]


async def test_amount_ending_00_approves_even_in_a_zero_decimal_currency(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    state = await stripe_gateway.prepare_async(
        checkout_id="chk-jpy", order_id="o", receipt_id="r", amount_minor=1500, currency="JPY"
    )
    approved = await pay(stripe_gateway, stripe_sandbox, state.id)
    declining = await stripe_gateway.prepare_async(
        checkout_id="chk-jpy2", order_id="o", receipt_id="r", amount_minor=105, currency="JPY"
    )
    declined = await pay(stripe_gateway, stripe_sandbox, declining.id)
    assert approved.outcome is PaymentOutcome.APPROVED
    assert declined.outcome is PaymentOutcome.DECLINED
    assert declined.decline_code == "generic_decline"


async def test_decline_then_retry_on_the_same_intent_approves(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway, 2000)
    declined = await pay(stripe_gateway, stripe_sandbox, state.id, "4000000000009995")
    assert declined.outcome is PaymentOutcome.DECLINED
    assert declined.message == "Your card has insufficient funds."
    # the checkout asks for the intent again (as after a restart) and retries with another card
    _, again = await prepare(stripe_gateway, 2000, checkout_id=checkout_id)
    assert again.id == state.id
    approved = await pay(stripe_gateway, stripe_sandbox, again.id, "5555555555554444")
    assert approved.outcome is PaymentOutcome.APPROVED
    [stored] = stripe_sandbox.intents_for_checkout(checkout_id)
    assert stored["status"] == "requires_capture" and stored["last_payment_error"] is None
    assert len(stripe_sandbox.state.payment_intents(stripe_sandbox.account)) == 1
    charges = stripe_sandbox.state.charges(stripe_sandbox.account)
    assert [c["status"] for c in charges] == ["failed", "succeeded"]


# -- refunds ----------------------------------------------------------------------------------


async def test_refunds_partial_then_full_and_never_more_than_captured(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    checkout_id, state = await prepare(stripe_gateway, 2000)
    await pay(stripe_gateway, stripe_sandbox, state.id)
    with pytest.raises(PaymentError):  # not captured yet: cancel instead
        await stripe_gateway.refund_async(state.id, idempotency_key="rf-early")
    await stripe_gateway.capture_async(state.id, checkout_id=checkout_id)
    partial = await stripe_gateway.refund_async(state.id, amount_minor=500, idempotency_key="rf-1")
    assert (partial.status, partial.amount_minor) == ("succeeded", 500)
    replay = await stripe_gateway.refund_async(state.id, amount_minor=500, idempotency_key="rf-1")
    assert replay.id == partial.id
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.refund_async(state.id, amount_minor=1501, idempotency_key="rf-2")
    assert info.value.code == "amount_too_large" and not info.value.retryable
    rest = await stripe_gateway.refund_async(state.id, idempotency_key="rf-3")
    assert rest.amount_minor == 1500
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.refund_async(state.id, amount_minor=1, idempotency_key="rf-4")
    assert info.value.code == "charge_already_refunded"
    [charge] = stripe_sandbox.state.charges(stripe_sandbox.account)
    assert charge["amount_refunded"] == 2000 and charge["refunded"]
    refunds = stripe_sandbox.state.refunds(stripe_sandbox.account)
    assert [r["amount"] for r in refunds] == [500, 1500]


# -- secrets ----------------------------------------------------------------------------------


async def test_keys_and_card_numbers_never_reach_logs_or_errors(
    stripe_sandbox: StripeSandboxHandle, caplog: pytest.LogCaptureFixture
):
    caplog.set_level("DEBUG")
    card = "4000000000009995"
    gateway = stripe_sandbox.gateway()
    try:
        _, state = await prepare(gateway)
        result = await pay(gateway, stripe_sandbox, state.id, card)
        assert result.outcome is PaymentOutcome.DECLINED
        assert repr(gateway).count("sk_") == 0
    finally:
        await gateway.aclose()
    live_key = "sk_live_ThisMustNeverBeSeen42"
    bad = stripe_sandbox.gateway(api_key=live_key)
    try:
        with pytest.raises(PaymentError) as info:
            await bad.retrieve_async(state.id)
        with pytest.raises(PaymentError) as bad_card:
            await bad.simulate_present_card_async(stripe_sandbox.reader_id, "4242424242424241")
    finally:
        await bad.aclose()
    assert "API key" in str(info.value) and info.value.code == "authentication_error"
    text = caplog.text + str(info.value) + repr(info.value) + str(bad_card.value)
    assert "Post details" in caplog.text or "Request to Stripe api" in caplog.text
    for secret in (stripe_sandbox.api_key, live_key, card, "4242424242424241"):
        assert secret not in text
    assert info.value.__cause__ is None and bad_card.value.__cause__ is None


async def test_gateway_needs_a_key() -> None:
    with pytest.raises(PaymentError, match="stripe_api_key"):
        StripeTerminalGateway("", stripe_account=None)


async def test_retrieve_unknown_intent_is_a_payment_error(stripe_gateway: StripeTerminalGateway):
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.retrieve_async("pi_missing")
    assert info.value.code == "resource_missing" and not info.value.retryable


async def test_unreachable_stripe_is_retryable() -> None:
    gateway = StripeTerminalGateway(
        "sk_test_unreachable",
        stripe_account=None,
        base_url="http://127.0.0.1:9",
        max_network_retries=0,
    )
    try:
        with pytest.raises(PaymentError) as info:
            await gateway.retrieve_async("pi_x")
    finally:
        await gateway.aclose()
    assert info.value.retryable


async def test_a_non_stripe_error_page_is_a_retryable_payment_error(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    # a proxy's 503 with {"error": "text"} crashes stripe 16.1's parser unless reshaped
    stripe_sandbox.faults.configure(error_rate=1.0)
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.retrieve_async("pi_x")
    assert info.value.retryable and stripe_sandbox.faults.stats.errors == 1


async def test_cancel_before_start_leaves_the_reader_alone(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
):
    _, state = await prepare(stripe_gateway)
    cancel = asyncio.Event()
    cancel.set()
    result = await stripe_gateway.collect_async(
        state.id, reader_id=stripe_sandbox.reader_id, cart=CART, timeout_s=5, cancel=cancel
    )
    assert result.outcome is PaymentOutcome.CANCELED_AT_KIOSK
    assert stripe_sandbox.reader_action() is None


def test_importing_the_contract_does_not_import_stripe() -> None:
    import subprocess
    import sys

    code = "import sys, kiosk.payments; print('stripe' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
