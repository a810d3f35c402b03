"""Keys, connected accounts and restricted-key permissions: the sandbox answers as Stripe does,
and the gateway names each failure with a reliable `PaymentError.code`."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import stripe

from kiosk.payments.gateway import PaymentError
from kiosk.sandbox import demo
from kiosk.sandbox.stripe import StripeApiError, StripeState
from tests.fixtures.stripe import StripeSandboxHandle

pytestmark = pytest.mark.timeout(60)

MINIMAL_PERMISSIONS = {
    "payment_intents": "write",
    "charges": "read",
    "terminal_readers": "write",
    "terminal_locations": "read",
    "refunds": "write",
}


async def _raw_error(
    sandbox: StripeSandboxHandle, api_key: str, account: str | None
) -> stripe.StripeError:
    client, http = sandbox.raw_client(api_key=api_key, account=account)
    try:
        with pytest.raises(stripe.StripeError) as info:
            await client.v1.terminal.readers.retrieve_async(demo.READER_ID)
    finally:
        await http.close_async()
    return info.value


async def test_a_key_the_sandbox_never_issued_is_a_401_in_stripes_shape(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    error = await _raw_error(stripe_sandbox, "sk_test_neverIssued0000abcd", demo.STRIPE_ACCOUNT)
    assert isinstance(error, stripe.AuthenticationError)
    assert error.http_status == 401
    body = error.json_body or {}
    assert body["error"]["type"] == "invalid_request_error"  # Stripe's type for a bad key
    # masked as Stripe masks: prefix and the last four characters only
    assert body["error"]["message"] == "Invalid API Key provided: sk_test_" + "*" * 15 + "abcd"


async def test_issued_and_revoked_keys(stripe_sandbox: StripeSandboxHandle) -> None:
    key = stripe_sandbox.issue_key()
    assert key.startswith("sk_test_")
    client, http = stripe_sandbox.raw_client(api_key=key)
    try:
        reader = await client.v1.terminal.readers.retrieve_async(demo.READER_ID)
        assert reader.id == demo.READER_ID
        stripe_sandbox.state.revoke_key(key)
        with pytest.raises(stripe.AuthenticationError):
            await client.v1.terminal.readers.retrieve_async(demo.READER_ID)
    finally:
        await http.close_async()


async def test_keys_are_issued_over_http_next_to_the_other_controls(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    async with httpx.AsyncClient(base_url=stripe_sandbox.url) as admin:
        answer = await admin.post(
            "/_sandbox/stripe/keys", json={"restricted": {"payment_intents": "read"}}
        )
        assert answer.status_code == 200, answer.text
        key = answer.json()["key"]
        assert key.startswith("rk_test_")
        bad = await admin.post("/_sandbox/stripe/keys", json={"restricted": {"charges": "all"}})
        assert bad.status_code == 400 and "read or write" in bad.json()["error"]["message"]
        connected = await admin.post("/_sandbox/stripe/accounts", json={"id": "acct_1Another0"})
        assert "acct_1Another0" in connected.json()["accounts"]
        assert (await admin.delete(f"/_sandbox/stripe/keys/{key}")).status_code == 200
    error = await _raw_error(stripe_sandbox, key, demo.STRIPE_ACCOUNT)
    assert isinstance(error, stripe.AuthenticationError)


async def test_a_stripe_account_the_key_may_not_use_is_account_invalid(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    for account in ("acct_1NotConnected0", "garbage"):
        error = await _raw_error(stripe_sandbox, demo.STRIPE_API_KEY, account)
        assert isinstance(error, stripe.PermissionError), account
        assert error.http_status == 403
        assert (error.json_body or {})["error"]["code"] == "account_invalid"
        message = (error.json_body or {})["error"]["message"]
        assert message.startswith("The provided key 'sk_test_")
        assert f"does not have access to account '{account}'" in message
        assert "(or that account does not exist). Application access may have been revoked." in (
            message
        )
        assert demo.STRIPE_API_KEY not in message


async def test_a_connected_accounts_own_key_acts_on_that_account_only(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    key = stripe_sandbox.issue_key(account=demo.PIER_STRIPE_ACCOUNT)
    client, http = stripe_sandbox.raw_client(api_key=key, account=None)
    try:
        reader = await client.v1.terminal.readers.retrieve_async(demo.PIER_READER_ID)
        assert reader.location == demo.PIER_STRIPE_LOCATION
    finally:
        await http.close_async()
    error = await _raw_error(stripe_sandbox, key, demo.STRIPE_ACCOUNT)
    assert isinstance(error, stripe.PermissionError)
    assert (error.json_body or {})["error"]["code"] == "account_invalid"


async def test_the_demo_platform_key_reaches_both_outlets_and_keeps_them_apart(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    pier = stripe_sandbox.gateway(stripe_account=demo.PIER_STRIPE_ACCOUNT)
    harbour = stripe_sandbox.gateway()
    try:
        [reader] = await pier.list_readers_async(location_id=demo.PIER_STRIPE_LOCATION)
        assert reader.id == demo.PIER_READER_ID and reader.status == "online"
        location = await pier.retrieve_location_async(demo.PIER_STRIPE_LOCATION)
        assert location.display_name == demo.PIER_STORE_NAME
        with pytest.raises(PaymentError) as info:
            await harbour.retrieve_reader_async(demo.PIER_READER_ID)
        assert info.value.code == "resource_missing"
        with pytest.raises(PaymentError) as info:
            await harbour.retrieve_location_async(demo.PIER_STRIPE_LOCATION)
        assert info.value.code == "resource_missing"
    finally:
        await pier.aclose()
        await harbour.aclose()


async def test_restricted_key_with_the_kiosk_permissions_pays_and_lacks_the_rest(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    key = stripe_sandbox.issue_key(restricted=MINIMAL_PERMISSIONS)
    assert key.startswith("rk_test_")
    gateway = stripe_sandbox.gateway(api_key=key)
    try:
        state = await gateway.prepare_async(
            checkout_id="chk-rk",
            order_id="o",
            receipt_id="r",
            amount_minor=500,
            currency="EUR",
        )
        reader = await gateway.retrieve_reader_async(demo.READER_ID)
        assert reader.location_id == demo.STRIPE_LOCATION
        assert (await gateway.retrieve_location_async(demo.STRIPE_LOCATION)).id == (
            demo.STRIPE_LOCATION
        )
        assert (await gateway.retrieve_async(state.id)).status == "requires_payment_method"
    finally:
        await gateway.aclose()
    # terminal_locations is read-only: creating one is refused as Stripe refuses it
    client, http = stripe_sandbox.raw_client(api_key=key)
    try:
        with pytest.raises(stripe.PermissionError) as info:
            await client.v1.terminal.locations.create_async(
                {"display_name": "x", "address": {"country": "IE"}}
            )
    finally:
        await http.close_async()
    assert info.value.http_status == 403 and info.value.code is None
    assert (info.value.json_body or {})["error"]["type"] == "invalid_request_error"
    message = str((info.value.json_body or {})["error"]["message"])
    assert "does not have the required permissions for this endpoint on account " in message
    assert f"'{demo.STRIPE_ACCOUNT}'" in message
    assert "Having the 'rak_terminal_location_write' permission would allow this request" in (
        message
    )


@pytest.mark.parametrize(
    ("permissions", "missing"),
    [
        ({**MINIMAL_PERMISSIONS, "payment_intents": "read"}, "rak_payment_intent_write"),
        ({k: v for k, v in MINIMAL_PERMISSIONS.items() if k != "terminal_readers"}, "reader"),
        ({k: v for k, v in MINIMAL_PERMISSIONS.items() if k != "charges"}, "rak_charge_read"),
    ],
)
async def test_gateway_names_a_missing_permission(
    stripe_sandbox: StripeSandboxHandle, permissions: dict[str, str], missing: str
) -> None:
    gateway = stripe_sandbox.gateway(api_key=stripe_sandbox.issue_key(restricted=permissions))
    try:
        with pytest.raises(PaymentError) as info:
            if missing == "reader":
                await gateway.retrieve_reader_async(demo.READER_ID)
            elif missing == "rak_charge_read":  # the expansion of latest_charge needs it
                await gateway.retrieve_async("pi_any")
            else:
                await gateway.prepare_async(
                    checkout_id="c", order_id="o", receipt_id="r", amount_minor=5, currency="EUR"
                )
    finally:
        await gateway.aclose()
    assert info.value.code == "permission_error"
    expected = "rak_terminal_reader_read" if missing == "reader" else missing
    assert expected in str(info.value)
    assert "rk_test_" not in str(info.value)  # not even masked
    assert not info.value.retryable


async def test_gateway_codes_for_a_refused_key_and_an_unusable_account(
    stripe_sandbox: StripeSandboxHandle,
) -> None:
    refused = stripe_sandbox.gateway(api_key="sk_test_wrongKey00000000")
    foreign = stripe_sandbox.gateway(stripe_account="acct_1NotConnected0")
    try:
        with pytest.raises(PaymentError) as info:
            await refused.list_readers_async(location_id=None)
        assert info.value.code == "authentication_error"
        assert "sk_test_wrongKey" not in str(info.value)
        assert info.value.__cause__ is None  # the SDK error (it quotes the key) is dropped
        with pytest.raises(PaymentError) as info:
            await foreign.retrieve_location_async(demo.STRIPE_LOCATION)
        assert info.value.code == "account_invalid"
        assert "acct_1NotConnected0" in str(info.value)
        assert demo.STRIPE_API_KEY not in str(info.value)
    finally:
        await refused.aclose()
        await foreign.aclose()


def test_issued_keys_and_connected_accounts_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "stripe.sqlite3"
    first = StripeState(db_path=db)
    key = first.issue_key(restricted={"terminal_readers": "read"}, account="acct_1Persisted0")
    first.close()
    second = StripeState(db_path=db)
    try:
        assert second.authorize(key, "", "terminal_readers", "read") == "acct_1Persisted0"
        assert "acct_1Persisted0" in second.connected_accounts()
        with pytest.raises(StripeApiError, match="rak_terminal_reader_write"):
            second.authorize(key, "", "terminal_readers", "write")
    finally:
        second.close()
