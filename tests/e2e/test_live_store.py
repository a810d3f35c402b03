"""A kiosk configured exactly as `kiosk setup` writes it for a real store pays through its own
outlet's Stripe account and its own station's reader, with `kiosk sandbox` standing in for
Final POS and Stripe only.

`kiosk sandbox` runs as its own process with two outlets, each with its own connected account,
location and reader. The kiosk is set up for the second outlet (no `reader_id`, nothing
demo-only), takes a paid order by taps, and the test finds the PaymentIntent on the second
account, processed on the second reader, and nothing on the first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.app import Kiosk
from kiosk.config import load_settings, resolve_mode
from kiosk.domain.money import to_wire
from kiosk.ui.view import PORTRAIT
from tests.ui.conftest import until
from tests.ui.test_qml import tap

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def kiosk_sandbox(tmp_path: Path) -> Iterator[dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sandbox", "--json", "--data-dir", str(tmp_path / "sb")],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, "kiosk sandbox printed nothing"
        yield json.loads(line)
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def _stripe(info: dict[str, Any], account: str) -> httpx.Client:
    return httpx.Client(
        base_url=info["stripe_url"],
        headers={
            "Authorization": f"Bearer {info['stripe_api_key']}",
            "Stripe-Account": account,
        },
        timeout=10,
    )


@pytest.fixture
def store_config(kiosk_sandbox: dict[str, Any], tmp_path: Path) -> Path:
    """`kiosk setup`, scripted, for the second outlet and its kiosk station."""
    info = kiosk_sandbox
    config = tmp_path / "etc" / "kiosk.toml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_FINALPOS_API_KEY"] = info["finalpos_api_key"]
    env["KIOSK_STRIPE_API_KEY"] = info["stripe_api_key"]
    done = subprocess.run(
        [
            sys.executable, "-m", "kiosk", "setup", "--non-interactive", "--config", str(config),
            "--finalpos-url", info["finalpos_url"], "--stripe-url", info["stripe_url"],
            "--outlet", info["pier_outlet_id"], "--station", info["pier_station_id"],
            "--data-dir", str(tmp_path / "data"),
        ],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert info["stripe_api_key"] not in done.stdout
    with httpx.Client(base_url=info["stripe_url"]) as admin:  # the customer taps a test card
        answer = admin.post(
            f"/_sandbox/stripe/readers/{info['pier_reader_id']}/mode",
            json={"auto_present_after_s": 0.2},
        )
        assert answer.status_code == 200, answer.text
    return config


def books(info: dict[str, Any], number: str) -> tuple[dict[str, Any], list[Any], Any, list[Any]]:
    """The order, its intents on the pier account, the pier reader, the first account's."""
    with httpx.Client(
        base_url=info["finalpos_url"], headers={"x-api-key": info["finalpos_api_key"]}
    ) as finalpos:
        orders = finalpos.get("/v1/api/orders", params={"limit": 500}).json()
    [order] = [o for o in orders if (o.get("posData") or {}).get("orderNumber") == number]
    with _stripe(info, info["pier_stripe_account"]) as pier:
        intents = pier.get("/v1/payment_intents", params={"limit": 100}).json()["data"]
        reader = pier.get(f"/v1/terminal/readers/{info['pier_reader_id']}").json()
    ours = [pi for pi in intents if pi["metadata"].get("checkout_id") == order["externalId"]]
    with _stripe(info, info["stripe_account"]) as first:
        elsewhere = first.get("/v1/payment_intents", params={"limit": 100}).json()["data"]
    return order, ours, reader, elsewhere


async def test_a_store_set_up_for_the_second_outlet_pays_there_and_only_there(
    kiosk_sandbox: dict[str, Any], store_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = kiosk_sandbox
    for name in list(os.environ):
        if name.startswith("KIOSK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(store_config))
    settings = load_settings(order_types=True)
    assert resolve_mode(settings, demo_flag=False) == "live"
    assert settings.reader_id is None  # the station names its reader

    kiosk = Kiosk(settings, demo=False, size=PORTRAIT, handle_signals=False)
    try:
        await kiosk.start_async()
        vms, view, backend = kiosk.vms, kiosk.view, kiosk.backend
        assert vms is not None and view is not None and backend is not None
        await until(lambda: vms.menu.catalog is not None, 30)
        await until(lambda: backend.checkout is not None and not vms.app.orderingPaused, 30)
        installation = backend.installation
        assert installation is not None
        assert installation.stripe_account == info["pier_stripe_account"]
        assert installation.reader_id == info["pier_reader_id"]
        catalog = vms.menu.catalog
        assert catalog is not None
        product = next(p for p in catalog.products if not p.attributes and p.available)
        variant = next(v for v in product.variants if v.available)
        await tap(view, "attractTapArea")
        await tap(view, "takeAwayButton")
        assert vms.cart.add(product, variant, 2)
        await tap(view, "reviewOrderButton")
        await until(lambda: vms.app.canPay, 30)
        total_minor = vms.cart.totals.total_minor
        await tap(view, "payButton")
        await until(lambda: vms.app.current_screen == "confirmation", 60)
        number = vms.app.confirmationNumber
    finally:
        await kiosk.stop_async()

    order, ours, reader, elsewhere = books(info, number)
    assert order["status"] == "completed"
    assert order["summary"]["total"] == to_wire(total_minor, settings.currency)
    assert [(pi["status"], pi["amount_received"]) for pi in ours] == [("succeeded", total_minor)]
    action = reader["action"]["process_payment_intent"]["payment_intent"]
    assert (action if isinstance(action, str) else action["id"]) == ours[0]["id"]
    assert elsewhere == []
