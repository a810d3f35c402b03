"""The Stripe sandbox as `Sandboxes` and ``kiosk sandbox`` serve it (demo, unattended demos)."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from kiosk.payments.gateway import PaymentOutcome
from kiosk.payments.stripe_terminal import StripeTerminalGateway
from kiosk.sandbox import demo
from kiosk.sandbox.embedded import STRIPE_DB_NAME, Sandboxes
from tests.fixtures.sandbox_cli import sandbox_cli

pytestmark = pytest.mark.timeout(60)


async def test_sandboxes_serve_a_seeded_stripe_that_pays_unattended(tmp_path: Path) -> None:
    with Sandboxes(tmp_path, stripe_auto_present_after_s=0.0, stripe_processing_s=0.0) as sandboxes:
        info = sandboxes.info
        assert info.stripe_url and info.stripe_url.startswith("http://127.0.0.1:")
        assert (info.stripe_api_key, info.stripe_account, info.reader_id) == (
            demo.STRIPE_API_KEY,
            demo.STRIPE_ACCOUNT,
            demo.READER_ID,
        )
        assert demo.STRIPE_API_KEY not in repr(info)
        gateway = StripeTerminalGateway(
            info.stripe_api_key,
            stripe_account=info.stripe_account,
            base_url=info.stripe_url,
            poll_interval_s=0.01,
        )
        try:
            reader = await gateway.choose_reader_async(
                station_reader_id=None, location_id=demo.STRIPE_LOCATION
            )
            state = await gateway.prepare_async(
                checkout_id="demo-1",
                order_id="o1",
                receipt_id="r1",
                amount_minor=450,
                currency=info.currency,
            )
            result = await gateway.collect_async(
                state.id, reader_id=reader, cart=None, timeout_s=10
            )
        finally:
            await gateway.aclose()
        assert result.outcome is PaymentOutcome.APPROVED
        [stored] = sandboxes.stripe_state.payment_intents(demo.STRIPE_ACCOUNT)
        assert stored["status"] == "requires_capture"
        extra_key = sandboxes.issue_stripe_key(restricted={"terminal_readers": "read"})
        assert extra_key.startswith("rk_test_")
    assert (tmp_path / STRIPE_DB_NAME).exists()
    # a restart keeps the state and the issued keys, and seeds nothing twice
    with Sandboxes(tmp_path) as again:
        state = again.stripe_state
        assert len(state.payment_intents(demo.STRIPE_ACCOUNT)) == 1
        for account, reader_id in (
            (demo.STRIPE_ACCOUNT, demo.READER_ID),
            (demo.PIER_STRIPE_ACCOUNT, demo.PIER_READER_ID),
        ):
            assert [r["id"] for r in state.readers(account)] == [reader_id]
            assert len(state.locations(account)) == 1
        assert state.authorize(extra_key, demo.PIER_STRIPE_ACCOUNT, "terminal_readers", "read")


def test_sandboxes_without_stripe() -> None:
    with Sandboxes(stripe=False) as sandboxes:
        assert sandboxes.info.stripe_url is None
        with pytest.raises(RuntimeError):
            _ = sandboxes.stripe_state


def test_cli_json_names_the_stripe_sandbox_and_auto_presents() -> None:
    with sandbox_cli("--json", "--in-memory", "--auto-present-after", "0") as process:
        assert process.stdout is not None
        ready = json.loads(process.stdout.readline())
        assert ready["stripe_url"].startswith("http://127.0.0.1:")
        assert ready["stripe_api_key"] == demo.STRIPE_API_KEY
        assert ready["stripe_account"] == demo.STRIPE_ACCOUNT
        assert ready["reader_id"] == demo.READER_ID
        headers = {
            "Authorization": f"Bearer {ready['stripe_api_key']}",
            "Stripe-Account": ready["stripe_account"],
        }
        with httpx.Client(base_url=ready["stripe_url"], headers=headers) as client:
            pi = client.post(
                "/v1/payment_intents",
                data={
                    "amount": "800",
                    "currency": "eur",
                    "allowed_payment_method_types[0]": "card_present",
                    "capture_method": "manual",
                },
            ).json()
            started = client.post(
                f"/v1/terminal/readers/{ready['reader_id']}/process_payment_intent",
                data={"payment_intent": pi["id"]},
            )
            assert started.status_code == 200, started.text
            deadline = time.monotonic() + 10
            while True:
                status = client.get(f"/v1/payment_intents/{pi['id']}").json()["status"]
                if status == "requires_capture" or time.monotonic() > deadline:
                    break
                time.sleep(0.02)  # the real 0.2 s authorisation of the served sandbox
        assert status == "requires_capture"
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=15)
    assert process.returncode == 0, err


def test_cli_rejects_a_negative_auto_present_delay() -> None:
    from kiosk.sandbox.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--auto-present-after", "-1"])
    assert exc.value.code == 2
