"""The Stripe sandbox through the real stripe SDK (raw client): wire format, scoping, idempotency,
reader state machine and switches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import stripe

from kiosk.sandbox import demo
from tests.fixtures.stripe import StripeSandboxHandle

pytestmark = pytest.mark.timeout(60)


async def _pi(client: stripe.StripeClient, amount: int = 1000, **extra: object) -> str:
    pi = await client.v1.payment_intents.create_async(
        {
            "amount": amount,
            "currency": "eur",
            "allowed_payment_method_types": ["card_present"],
            "capture_method": "manual",
            **extra,  # type: ignore[typeddict-item]
        }
    )
    return str(pi.id)


async def test_request_id_and_error_body_on_every_answer(stripe_sandbox: StripeSandboxHandle):
    async with httpx.AsyncClient(base_url=stripe_sandbox.url) as http:
        ok = await http.get(
            "/v1/terminal/readers",
            headers={
                "Authorization": f"Bearer {demo.STRIPE_API_KEY}",
                "Stripe-Account": demo.STRIPE_ACCOUNT,
            },
        )
        missing = await http.get(
            "/v1/nope", headers={"Authorization": f"Bearer {demo.STRIPE_API_KEY}"}
        )
        anon = await http.get("/v1/payment_intents")
    assert ok.status_code == 200 and ok.headers["request-id"].startswith("req_")
    assert ok.json()["object"] == "list"
    assert missing.status_code == 404 and missing.headers["request-id"].startswith("req_")
    assert missing.json()["error"]["type"] == "invalid_request_error"
    assert anon.status_code == 401 and anon.headers["request-id"].startswith("req_")


async def test_bad_key_is_authentication_error_without_the_key(
    stripe_sandbox: StripeSandboxHandle,
):
    secret = "sk_live_DoNotEchoThis123"
    client, http = stripe_sandbox.raw_client(api_key=secret)
    try:
        with pytest.raises(stripe.AuthenticationError) as info:
            await client.v1.payment_intents.list_async()
    finally:
        await http.close_async()
    assert info.value.http_status == 401
    assert info.value.request_id and info.value.request_id.startswith("req_")
    assert secret not in str(info.value) and secret not in (info.value.http_body or "")


async def test_create_retrieve_update_list_payment_intents(stripe_raw: stripe.StripeClient):
    first = await _pi(stripe_raw, 700, metadata={"order_id": "o1", "gone": "x"})
    second = await _pi(stripe_raw, 800)
    updated = await stripe_raw.v1.payment_intents.update_async(
        first, {"amount": 750, "metadata": {"gone": "", "receipt_id": "r1"}}
    )
    assert updated.amount == 750
    assert updated.metadata.to_dict() == {"order_id": "o1", "receipt_id": "r1"}
    got = await stripe_raw.v1.payment_intents.retrieve_async(first)
    assert got.status == "requires_payment_method" and got.capture_method == "manual"
    assert got.payment_method_types == ["card_present"]
    page = await stripe_raw.v1.payment_intents.list_async({"limit": 1})
    assert [p.id for p in page.data] == [second] and page.has_more
    rest = await stripe_raw.v1.payment_intents.list_async({"limit": 5, "starting_after": second})
    assert [p.id for p in rest.data] == [first] and not rest.has_more


async def test_validation_errors_name_the_param(stripe_raw: stripe.StripeClient):
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.payment_intents.create_async({"amount": 100})  # type: ignore[typeddict-item]
    assert info.value.param == "currency" and info.value.http_status == 400
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.payment_intents.retrieve_async("pi_doesnotexist")
    assert info.value.code == "resource_missing" and info.value.http_status == 404


async def test_connect_scoping_other_account_sees_404(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
):
    pi_id = await _pi(stripe_raw)
    stripe_sandbox.state.connect_account("acct_1SomeoneElse")
    other, http = stripe_sandbox.raw_client(account="acct_1SomeoneElse")
    platform, http2 = stripe_sandbox.raw_client(account=None)
    try:
        for client in (other, platform):
            with pytest.raises(stripe.InvalidRequestError) as info:
                await client.v1.payment_intents.retrieve_async(pi_id)
            assert info.value.http_status == 404 and info.value.code == "resource_missing"
            with pytest.raises(stripe.InvalidRequestError):
                await client.v1.terminal.readers.retrieve_async(demo.READER_ID)
            assert (await client.v1.terminal.readers.list_async()).data == []
    finally:
        await http.close_async()
        await http2.close_async()
    assert [p["id"] for p in stripe_sandbox.state.payment_intents(demo.STRIPE_ACCOUNT)] == [pi_id]
    assert stripe_sandbox.state.payment_intents("acct_1SomeoneElse") == []


async def test_idempotent_replay_and_conflict(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
):
    params = {
        "amount": 1234,
        "currency": "eur",
        "allowed_payment_method_types": ["card_present"],
    }
    a = await stripe_raw.v1.payment_intents.create_async(params, {"idempotency_key": "k-1"})  # type: ignore[arg-type]
    b = await stripe_raw.v1.payment_intents.create_async(params, {"idempotency_key": "k-1"})  # type: ignore[arg-type]
    assert a.id == b.id
    assert b.last_response.headers.get("idempotent-replayed") == "true"
    assert len(stripe_sandbox.state.payment_intents(demo.STRIPE_ACCOUNT)) == 1
    with pytest.raises(stripe.IdempotencyError):
        await stripe_raw.v1.payment_intents.create_async(
            {**params, "amount": 999},  # type: ignore[typeddict-item]
            {"idempotency_key": "k-1"},
        )
    # the same key under another account is another key
    stripe_sandbox.state.connect_account("acct_1SomeoneElse")
    other, http = stripe_sandbox.raw_client(account="acct_1SomeoneElse")
    try:
        c = await other.v1.payment_intents.create_async(params, {"idempotency_key": "k-1"})  # type: ignore[arg-type]
    finally:
        await http.close_async()
    assert c.id != a.id
    assert len(stripe_sandbox.state.payment_intents(demo.STRIPE_ACCOUNT)) == 1


async def test_errors_are_replayed_but_validation_failures_are_not(
    stripe_raw: stripe.StripeClient,
):
    pi_id = await _pi(stripe_raw)
    with pytest.raises(stripe.InvalidRequestError) as first:
        await stripe_raw.v1.payment_intents.capture_async(pi_id, {}, {"idempotency_key": "cap"})
    assert first.value.code == "payment_intent_unexpected_state"
    with pytest.raises(stripe.InvalidRequestError) as again:
        await stripe_raw.v1.payment_intents.capture_async(pi_id, {}, {"idempotency_key": "cap"})
    assert again.value.code == "payment_intent_unexpected_state"
    assert again.value.headers.get("idempotent-replayed") == "true"
    # a validation failure stores nothing: the key stays usable
    with pytest.raises(stripe.InvalidRequestError):
        await stripe_raw.v1.payment_intents.create_async(
            {"amount": 0, "currency": "eur"}, {"idempotency_key": "v"}
        )
    ok = await stripe_raw.v1.payment_intents.create_async(
        {"amount": 5, "currency": "eur"}, {"idempotency_key": "v"}
    )
    assert ok.amount == 5


async def test_locations_and_reader_registration_and_filters(stripe_raw: stripe.StripeClient):
    location = await stripe_raw.v1.terminal.locations.create_async(
        {"display_name": "Back bar", "address": {"country": "IE", "city": "Cork"}}
    )
    assert location.id.startswith("tml_")
    got = await stripe_raw.v1.terminal.locations.retrieve_async(location.id)
    assert got.display_name == "Back bar" and got.address.city == "Cork"
    assert len((await stripe_raw.v1.terminal.locations.list_async()).data) == 2
    reader = await stripe_raw.v1.terminal.readers.create_async(
        {"registration_code": "simulated-s700", "location": location.id, "label": "Bar"}
    )
    assert reader.device_type == "simulated_stripe_s700" and reader.status == "online"
    assert reader.action is None
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.terminal.readers.create_async(
            {"registration_code": "purple-cat", "location": location.id}
        )
    assert info.value.param == "registration_code"
    at_bar = await stripe_raw.v1.terminal.readers.list_async({"location": location.id})
    assert [r.id for r in at_bar.data] == [reader.id]
    online = await stripe_raw.v1.terminal.readers.list_async({"status": "online", "limit": 1})
    assert len(online.data) == 1 and online.has_more
    assert (await stripe_raw.v1.terminal.readers.list_async({"status": "offline"})).data == []


async def test_process_display_present_cancel_action(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
):
    readers = stripe_raw.v1.terminal.readers
    shown = await readers.set_reader_display_async(
        demo.READER_ID,
        {
            "type": "cart",
            "cart": {
                "currency": "eur",
                "line_items": [{"amount": 500, "description": "Tea", "quantity": 2}],
                "tax": 83,
                "total": 1000,
            },
        },
    )
    assert shown.action.type == "set_reader_display"
    assert shown.action.set_reader_display.cart.line_items[0].description == "Tea"
    pi_id = await _pi(stripe_raw)
    started = await readers.process_payment_intent_async(demo.READER_ID, {"payment_intent": pi_id})
    assert started.action.type == "process_payment_intent"
    assert started.action.status == "in_progress"
    assert started.action.process_payment_intent.payment_intent == pi_id
    # a cart display cannot replace a waiting payment
    with pytest.raises(stripe.InvalidRequestError) as info:
        await readers.set_reader_display_async(
            demo.READER_ID,
            {"type": "cart", "cart": {"currency": "eur", "line_items": [], "total": 1}},
        )
    assert info.value.code == "terminal_reader_busy"
    cleared = await readers.cancel_action_async(demo.READER_ID)
    assert cleared.action is None
    with pytest.raises(stripe.InvalidRequestError):
        await stripe_raw.v1.test_helpers.terminal.readers.present_payment_method_async(
            demo.READER_ID, {"type": "card_present"}
        )
    await readers.process_payment_intent_async(demo.READER_ID, {"payment_intent": pi_id})
    done = await stripe_raw.v1.test_helpers.terminal.readers.present_payment_method_async(
        demo.READER_ID, {"type": "card_present"}
    )
    assert done.action.status == "succeeded"
    pi = await stripe_raw.v1.payment_intents.retrieve_async(pi_id)
    assert pi.status == "requires_capture" and pi.amount_capturable == 1000
    assert pi.latest_charge and pi.latest_charge.startswith("ch_")
    with pytest.raises(stripe.InvalidRequestError) as info:
        await readers.process_payment_intent_async(demo.READER_ID, {"payment_intent": pi_id})
    assert info.value.code == "intent_invalid_state"
    captured = await stripe_raw.v1.payment_intents.capture_async(pi_id)
    assert captured.status == "succeeded" and captured.amount_received == 1000
    charge = stripe_sandbox.state.charges(demo.STRIPE_ACCOUNT)[-1]
    assert charge["captured"] and charge["amount_captured"] == 1000


async def test_decline_sets_reader_failure_and_last_payment_error(
    stripe_raw: stripe.StripeClient,
):
    pi_id = await _pi(stripe_raw)
    await stripe_raw.v1.terminal.readers.process_payment_intent_async(
        demo.READER_ID, {"payment_intent": pi_id}
    )
    reader = await stripe_raw.v1.test_helpers.terminal.readers.present_payment_method_async(
        demo.READER_ID, {"type": "card_present", "card_present": {"number": "4000000000009995"}}
    )
    assert reader.action.status == "failed"
    assert reader.action.failure_code == "card_declined"
    assert reader.action.failure_message == "Your card has insufficient funds."
    pi = await stripe_raw.v1.payment_intents.retrieve_async(pi_id)
    assert pi.status == "requires_payment_method"
    assert pi.last_payment_error.type == "card_error"
    assert pi.last_payment_error.code == "card_declined"
    assert pi.last_payment_error.decline_code == "insufficient_funds"


async def test_replacing_a_waiting_payment_but_not_one_being_processed(
    make_stripe_sandbox: Callable[..., StripeSandboxHandle],
):
    sandbox = make_stripe_sandbox(processing_s=2.0)
    client, http = sandbox.raw_client()
    readers = client.v1.terminal.readers
    try:
        first, second = await _pi(client), await _pi(client)
        await readers.process_payment_intent_async(demo.READER_ID, {"payment_intent": first})
        replaced = await readers.process_payment_intent_async(
            demo.READER_ID, {"payment_intent": second}
        )
        assert replaced.action.process_payment_intent.payment_intent == second
        presented = await client.v1.test_helpers.terminal.readers.present_payment_method_async(
            demo.READER_ID, {"type": "card_present"}
        )
        assert presented.action.status == "in_progress"  # authorising
        assert sandbox.state.reader_processing(demo.READER_ID)
        for attempt in (
            readers.process_payment_intent_async(demo.READER_ID, {"payment_intent": first}),
            readers.cancel_action_async(demo.READER_ID),
        ):
            with pytest.raises(stripe.InvalidRequestError) as info:
                await attempt
            assert info.value.code == "terminal_reader_busy"
        with pytest.raises(stripe.InvalidRequestError) as info:
            await client.v1.payment_intents.cancel_async(second)
        assert info.value.code == "payment_intent_unexpected_state"
        sandbox.clock.advance(2.0)
        reader = await readers.retrieve_async(demo.READER_ID)
        assert reader.action.status == "succeeded"
        states = {p["id"]: p["status"] for p in sandbox.state.payment_intents(sandbox.account)}
        assert states == {first: "requires_payment_method", second: "requires_capture"}
    finally:
        await http.close_async()


@pytest.mark.parametrize(
    ("mode", "code", "delivered"),
    [
        ({"offline": True}, "terminal_reader_offline", False),
        ({"busy": True}, "terminal_reader_busy", False),
        ({"timeout": True}, "terminal_reader_timeout", False),
        ({"timeout_delivered": True}, "terminal_reader_timeout", True),
    ],
)
async def test_reader_switches(
    stripe_sandbox: StripeSandboxHandle,
    stripe_raw: stripe.StripeClient,
    mode: dict[str, bool],
    code: str,
    delivered: bool,
):
    pi_id = await _pi(stripe_raw)
    async with httpx.AsyncClient(base_url=stripe_sandbox.url) as http:
        answer = await http.post(f"/_sandbox/stripe/readers/{demo.READER_ID}/mode", json=mode)
    assert answer.status_code == 200 and answer.json() | mode == answer.json()
    with pytest.raises(stripe.InvalidRequestError) as info:
        await stripe_raw.v1.terminal.readers.process_payment_intent_async(
            demo.READER_ID, {"payment_intent": pi_id}
        )
    assert info.value.code == code and info.value.http_status == 400
    reader = stripe_sandbox.state.reader(demo.STRIPE_ACCOUNT, demo.READER_ID)
    assert (reader["action"] is not None) is delivered
    assert reader["status"] == ("offline" if mode.get("offline") else "online")


async def test_mode_switch_rejects_unknown_fields(stripe_sandbox: StripeSandboxHandle):
    async with httpx.AsyncClient(base_url=stripe_sandbox.url) as http:
        bad = await http.post(
            f"/_sandbox/stripe/readers/{demo.READER_ID}/mode", json={"on_fire": True}
        )
        unknown = await http.get("/_sandbox/stripe/readers/tmr_nope/mode")
    assert bad.status_code == 400 and "on_fire" in bad.json()["error"]["message"]
    assert unknown.status_code == 404


async def test_customer_cancel_over_http(
    stripe_sandbox: StripeSandboxHandle, stripe_raw: stripe.StripeClient
):
    pi_id = await _pi(stripe_raw)
    await stripe_raw.v1.terminal.readers.process_payment_intent_async(
        demo.READER_ID,
        {"payment_intent": pi_id, "process_config": {"enable_customer_cancellation": True}},
    )
    async with httpx.AsyncClient(base_url=stripe_sandbox.url) as http:
        answer = await http.post(f"/_sandbox/stripe/readers/{demo.READER_ID}/customer_cancel")
    assert answer.status_code == 200
    reader = await stripe_raw.v1.terminal.readers.retrieve_async(demo.READER_ID)
    assert reader.action.status == "failed" and reader.action.failure_code == "customer_canceled"


async def test_auto_present_after_n_seconds(
    make_stripe_sandbox: Callable[..., StripeSandboxHandle],
):
    sandbox = make_stripe_sandbox(auto_present_after_s=3.0)
    sandbox.set_mode(auto_present_card="4000000000000002")
    client, http = sandbox.raw_client()
    try:
        pi_id = await _pi(client)
        await client.v1.terminal.readers.process_payment_intent_async(
            demo.READER_ID, {"payment_intent": pi_id}
        )
        sandbox.clock.advance(2.9)
        assert (await client.v1.terminal.readers.retrieve_async(demo.READER_ID)).action.status == (
            "in_progress"
        )
        sandbox.clock.advance(0.2)
        reader = await client.v1.terminal.readers.retrieve_async(demo.READER_ID)
        assert reader.action.status == "failed" and reader.action.failure_code == "card_declined"
    finally:
        await http.close_async()


async def test_state_survives_a_restart_with_sqlite(
    make_stripe_sandbox: Callable[..., StripeSandboxHandle], tmp_path: Path
):
    db = tmp_path / "stripe.sqlite"
    first = make_stripe_sandbox(db_path=db)
    client, http = first.raw_client()
    try:
        pi_id = await _pi(client, metadata={"order_id": "o9"})
        await client.v1.payment_intents.create_async(
            {"amount": 1, "currency": "eur"}, {"idempotency_key": "persisted"}
        )
    finally:
        await http.close_async()
    first.server.stop()
    first.state.close()
    second = make_stripe_sandbox(db_path=db)
    client, http = second.raw_client()
    try:
        got = await client.v1.payment_intents.retrieve_async(pi_id)
        with pytest.raises(stripe.IdempotencyError):
            await client.v1.payment_intents.create_async(
                {"amount": 2, "currency": "eur"}, {"idempotency_key": "persisted"}
            )
    finally:
        await http.close_async()
    assert got.metadata.order_id == "o9"
    assert len(second.state.readers(demo.STRIPE_ACCOUNT)) == 1
