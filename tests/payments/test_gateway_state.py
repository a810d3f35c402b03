"""The gateway decides from the PaymentIntent's state: refusals whatever their code, complete
`IntentState`, lookups by metadata over pages, the 24-hour idempotency gap, and collect waits
that always end. Against the Stripe sandbox through the real SDK."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import pytest
import stripe

from kiosk.payments.gateway import IntentState, PaymentError, PaymentOutcome
from kiosk.payments.stripe_terminal import KioskHTTPXClient, StripeTerminalGateway
from kiosk.sandbox import demo
from tests.fixtures.gateway_flow import collect, pay, prepare, wait_until
from tests.fixtures.stripe import StripeSandboxHandle

pytestmark = pytest.mark.timeout(60)

DAY_S = 24 * 3600


async def _pay(
    gateway: StripeTerminalGateway, sandbox: StripeSandboxHandle, intent_id: str
) -> None:
    result = await pay(gateway, sandbox, intent_id, cart=None, timeout_s=20.0)
    assert result.outcome is PaymentOutcome.APPROVED


class _RenamedCodes(KioskHTTPXClient):
    """The real transport, with Stripe's state-error code renamed in error answers: the
    gateway must reach the same decisions whatever the code says."""

    def __init__(self, renames: Mapping[str, str]) -> None:
        super().__init__(timeout=10)
        self.renames = dict(renames)
        self.renamed = 0

    async def request_async(
        self, method: str, url: str, headers: Mapping[str, str], post_data: Any = None
    ) -> tuple[bytes, int, Mapping[str, str]]:
        content, status, response_headers = await super().request_async(
            method, url, headers, post_data
        )
        if status >= 400:
            body = json.loads(content)
            code = body["error"].get("code")
            if code in self.renames:
                body["error"]["code"] = self.renames[code]
                self.renamed += 1
                content = json.dumps(body).encode()
        return content, status, response_headers


# -- refusals decided from the status ---------------------------------------------------------


@pytest.mark.parametrize("code", [None, "intent_invalid_state", "a_code_stripe_adds_later"])
async def test_capture_and_cancel_refusals_are_decided_from_the_status(
    stripe_sandbox: StripeSandboxHandle, code: str | None
) -> None:
    http = _RenamedCodes({"payment_intent_unexpected_state": code} if code else {})
    gateway = stripe_sandbox.gateway(http_client=http)
    try:
        checkout_id, state = await prepare(gateway)
        await _pay(gateway, stripe_sandbox, state.id)
        captured = await gateway.capture_async(state.id, checkout_id=checkout_id)
        assert captured.captured
        # another key, so Stripe really refuses (the same key would replay the success)
        again = await gateway.capture_async(state.id, checkout_id=f"{checkout_id}-again")
        assert again.captured and again.amount_received_minor == 1350
        with pytest.raises(PaymentError) as info:
            await gateway.cancel_async(state.id, checkout_id=checkout_id)
        assert info.value.code == "already_captured"

        voided_checkout, voided = await prepare(gateway)
        await _pay(gateway, stripe_sandbox, voided.id)
        stripe_sandbox.state.cancel_payment_intent(stripe_sandbox.account, voided.id, {})
        with pytest.raises(PaymentError) as info:  # voided elsewhere: nothing to capture
            await gateway.capture_async(voided.id, checkout_id=voided_checkout)
        assert info.value.code == "payment_intent_unexpected_state"
        assert "status canceled" in str(info.value)
        # canceling an already canceled intent is refused by Stripe; for us it is done
        canceled = await gateway.cancel_async(voided.id, checkout_id=voided_checkout)
        assert canceled.canceled
    finally:
        await gateway.aclose()
    assert http.renamed == (4 if code else 0)  # every refusal above went through it


async def test_the_sandbox_refuses_as_stripe_does_with_the_intent_in_the_error(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
) -> None:
    pi = await stripe_raw.v1.payment_intents.create_async(
        {"amount": 500, "currency": "eur", "allowed_payment_method_types": ["card_present"]}
    )
    await stripe_raw.v1.payment_intents.cancel_async(pi.id)
    for attempt in (
        stripe_raw.v1.payment_intents.capture_async(pi.id),
        stripe_raw.v1.payment_intents.cancel_async(pi.id),
    ):
        with pytest.raises(stripe.InvalidRequestError) as info:
            await attempt
        error = (info.value.json_body or {})["error"]
        assert info.value.http_status == 400
        assert (error["type"], error["code"]) == (
            "invalid_request_error",
            "payment_intent_unexpected_state",
        )
        assert "because it has a status of canceled" in error["message"]
        assert error["payment_intent"]["id"] == pi.id
        assert error["payment_intent"]["status"] == "canceled"
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.terminal.readers.process_payment_intent_async(
            demo.READER_ID, {"payment_intent": pi.id}
        )
    assert info.value.code == "intent_invalid_state"  # the reader's code for the same thing


# -- IntentState ------------------------------------------------------------------------------


async def test_intent_state_carries_amounts_created_and_the_card_for_receipts(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
) -> None:
    checkout_id, state = await prepare(stripe_gateway, 2000)
    assert state.created == int(stripe_sandbox.wall.now) and state.card is None
    await _pay(stripe_gateway, stripe_sandbox, state.id)
    authorised = await stripe_gateway.retrieve_async(state.id)
    assert authorised.amount_capturable_minor == 2000 and authorised.amount_refunded_minor == 0
    card = authorised.card
    assert card is not None
    assert (card.brand, card.last4, card.entry_mode) == ("visa", "4242", "contactless_emv")
    assert (card.aid, card.application_name) == ("A0000000031010", "Visa Credit")
    assert card.authorization_code is not None and len(card.authorization_code) == 6
    assert (card.authorization_response_code, card.account_type) == ("3030", "credit")
    captured = await stripe_gateway.capture_async(state.id, checkout_id=checkout_id)
    assert captured.amount_capturable_minor == 0 and captured.card == card
    await stripe_gateway.refund_async(state.id, amount_minor=700, idempotency_key="rf-state")
    refunded = await stripe_gateway.retrieve_async(state.id)
    assert refunded.amount_refunded_minor == 700 and refunded.amount_received_minor == 2000


async def test_the_sandbox_refuses_to_expand_other_paths(
    stripe_raw: stripe.StripeClient, stripe_gateway: StripeTerminalGateway
) -> None:
    _, state = await prepare(stripe_gateway)
    plain = await stripe_raw.v1.payment_intents.retrieve_async(state.id)
    assert plain.latest_charge is None
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.payment_intents.retrieve_async(state.id, {"expand": ["customer"]})
    assert info.value.param == "expand" and "cannot be expanded (customer)" in str(info.value)


# -- lookups by metadata ----------------------------------------------------------------------


async def test_checkout_intents_are_listed_over_pages_and_found_by_metadata(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
) -> None:
    gateway = stripe_sandbox.gateway(list_page_size=2)
    try:
        start = int(stripe_sandbox.wall.now)
        made: list[IntentState] = []
        for i in range(5):
            made.append((await prepare(gateway, 100 + i, checkout_id=f"chk-page-{i}"))[1])
            stripe_sandbox.wall.advance(10)
            if i == 2:  # not the kiosk's: no checkout metadata
                await stripe_raw.v1.payment_intents.create_async({"amount": 999, "currency": "eur"})
        every = await gateway.list_checkout_intents_async(created_after=start - 1)
        assert [s.id for s in every] == [s.id for s in made]  # oldest first, all pages
        later = await gateway.list_checkout_intents_async(created_after=start + 15)
        assert [s.id for s in later] == [s.id for s in made[2:]]
        found = await gateway.find_intent_async("chk-page-1")
        assert found is not None and found.id == made[1].id
        assert await gateway.find_intent_async("chk-page-1", created_after=start + 15) is None
        assert await gateway.find_intent_async("chk-nobody") is None
    finally:
        await gateway.aclose()


async def test_find_prefers_the_intent_that_holds_money(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
) -> None:
    checkout_id, first = await prepare(stripe_gateway)
    await _pay(stripe_gateway, stripe_sandbox, first.id)
    stripe_sandbox.wall.advance(DAY_S + 60)  # the key is gone: a blind create duplicates
    _, second = await prepare(stripe_gateway, checkout_id=checkout_id)
    assert second.id != first.id
    found = await stripe_gateway.find_intent_async(checkout_id)
    assert found is not None and found.id == first.id and found.capturable


async def test_sandbox_lists_by_created_and_pages_both_ways(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
) -> None:
    ids = []
    for _ in range(4):
        ids.append(
            (await stripe_raw.v1.payment_intents.create_async({"amount": 5, "currency": "eur"})).id
        )
        stripe_sandbox.wall.advance(1)
    newest_first = list(reversed(ids))
    base = int(stripe_sandbox.wall.now) - 4
    page = await stripe_raw.v1.payment_intents.list_async({"created": {"gte": base + 1}})
    assert [p.id for p in page.data] == newest_first[:3]
    page = await stripe_raw.v1.payment_intents.list_async({"created": base + 2})
    assert [p.id for p in page.data] == [ids[2]]
    page = await stripe_raw.v1.payment_intents.list_async({"limit": 2, "ending_before": ids[1]})
    assert [p.id for p in page.data] == newest_first[:2] and not page.has_more
    page = await stripe_raw.v1.payment_intents.list_async({"limit": 2, "starting_after": ids[3]})
    assert [p.id for p in page.data] == newest_first[1:3] and page.has_more


# -- the 24-hour idempotency gap --------------------------------------------------------------


async def test_a_checkout_resumed_a_day_later_finds_its_intent_instead_of_a_second(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
) -> None:
    started_at = time.time()
    checkout_id, first = await prepare(stripe_gateway)
    stripe_sandbox.wall.advance(DAY_S + 3600)  # Stripe has forgotten the idempotency key
    a_day_ago = started_at - DAY_S - 3600
    _, again = await prepare(stripe_gateway, 1350, checkout_id, checkout_started_at=a_day_ago)
    assert again.id == first.id
    assert len(stripe_sandbox.intents_for_checkout(checkout_id)) == 1
    with pytest.raises(PaymentError) as info:
        await stripe_gateway.prepare_async(
            checkout_id=checkout_id,
            order_id="o",
            receipt_id="r",
            amount_minor=999,
            currency="EUR",
            checkout_started_at=a_day_ago,
        )
    assert info.value.code == "idempotency_error"
    # without the hint the expired key creates a second one: why the hint exists
    await prepare(stripe_gateway, checkout_id=checkout_id)
    assert len(stripe_sandbox.intents_for_checkout(checkout_id)) == 2


async def test_prepare_again_returns_the_intent_as_it_is_now(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
) -> None:
    checkout_id, state = await prepare(stripe_gateway)
    await _pay(stripe_gateway, stripe_sandbox, state.id)
    # recent: the idempotency key still answers
    _, again = await prepare(stripe_gateway, 1350, checkout_id, checkout_started_at=time.time())
    assert again.id == state.id and again.capturable  # not the replayed create's status


# -- every wait in collect ends ---------------------------------------------------------------


async def test_reader_done_but_intent_voided_elsewhere_ends_as_canceled(
    stripe_sandbox: StripeSandboxHandle, stripe_gateway: StripeTerminalGateway
) -> None:
    _, state = await prepare(stripe_gateway)
    task = collect(stripe_gateway, stripe_sandbox, state.id, cart=None, timeout_s=20.0)
    await wait_until(stripe_sandbox.runs_payment(state.id))
    # the tap approves and, before the kiosk polls again, the Dashboard voids the intent
    stripe_sandbox.state.present_payment_method(
        stripe_sandbox.account, stripe_sandbox.reader_id, {}
    )
    stripe_sandbox.state.cancel_payment_intent(stripe_sandbox.account, state.id, {})
    action = stripe_sandbox.reader_action()
    assert action is not None and action["status"] == "succeeded"
    result = await asyncio.wait_for(task, 5)  # it used to poll for ever
    assert result.outcome is PaymentOutcome.CANCELED_AT_KIOSK
    assert result.code == "payment_intent_canceled"


async def test_kiosk_cancel_while_the_card_never_finishes_ends_after_the_grace(
    make_stripe_sandbox: Callable[..., StripeSandboxHandle],
) -> None:
    sandbox = make_stripe_sandbox(processing_s=1000.0)  # authorising, and it never finishes
    gateway = sandbox.gateway(authorising_grace_s=0.5)
    try:
        _, state = await prepare(gateway)
        cancel = asyncio.Event()
        task = collect(gateway, sandbox, state.id, cart=None, timeout_s=60.0, cancel=cancel)
        await wait_until(sandbox.runs_payment(state.id))
        await gateway.simulate_present_card_async(sandbox.reader_id)
        assert sandbox.state.reader_processing(sandbox.reader_id)
        started = time.monotonic()
        cancel.set()
        with pytest.raises(PaymentError) as info:
            await asyncio.wait_for(task, 10)
        elapsed = time.monotonic() - started
    finally:
        await gateway.aclose()
    assert info.value.code == "outcome_unknown" and info.value.retryable
    assert 0.4 < elapsed < 3.0, elapsed  # the grace after Cancel, not the 60 s timeout


async def test_stripe_unreachable_past_deadline_and_grace_is_outcome_unknown(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    gateway = stripe_sandbox.gateway(authorising_grace_s=0.3)
    try:
        _, state = await prepare(gateway)
        task = collect(gateway, stripe_sandbox, state.id, cart=None, timeout_s=0.3)
        await wait_until(stripe_sandbox.runs_payment(state.id))
        started = time.monotonic()
        stripe_sandbox.faults.configure(error_rate=1.0)
        with pytest.raises(PaymentError) as info:
            await asyncio.wait_for(task, 10)
        elapsed = time.monotonic() - started
    finally:
        stripe_sandbox.faults.configure(error_rate=0.0)
        await gateway.aclose()
    assert info.value.code == "outcome_unknown"
    assert elapsed < 3.0, elapsed
