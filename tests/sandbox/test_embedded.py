"""Sandboxes: start-up cost, faults through the injector, persistence, and the CLI."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from kiosk.sandbox import demo
from kiosk.sandbox.embedded import FINALPOS_DB_NAME, Sandboxes
from kiosk.sandbox.finalpos.seed import DEMO
from kiosk.sandbox.finalpos.store import stable_object_id
from kiosk.sandbox.http import FAULTS_PATH
from tests.fixtures.finalpos import api_client
from tests.fixtures.sandbox_cli import sandbox_cli


def test_fresh_sandbox_starts_fast_and_stops_clean() -> None:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        sandboxes = Sandboxes(stripe=False)
        info = sandboxes.start()
        timings.append(time.perf_counter() - started)
        try:
            assert httpx.get(info.finalpos_url + "/v1/api/outlets").status_code == 401
        finally:
            sandboxes.stop()
        with pytest.raises(httpx.TransportError):
            httpx.get(info.finalpos_url + "/v1/api/outlets", timeout=1.0)
    assert min(timings) < 0.15, timings


def test_info_is_complete_and_hides_keys(finalpos_sandbox: Sandboxes) -> None:
    info = finalpos_sandbox.info
    assert info.finalpos_url.startswith("http://127.0.0.1:")
    assert info.finalpos_api_key == demo.FINALPOS_API_KEY
    assert (info.stripe_api_key, info.reader_id) == (demo.STRIPE_API_KEY, demo.READER_ID)
    assert info.stripe_url is None  # until the Stripe sandbox is wired in
    assert demo.FINALPOS_API_KEY not in repr(info) and demo.STRIPE_API_KEY not in repr(info)
    assert info.outlet_id in repr(info)
    assert (info.pier_stripe_account, info.pier_reader_id) == (
        demo.PIER_STRIPE_ACCOUNT,
        demo.PIER_READER_ID,
    )
    assert info.pier_outlet_id == DEMO.pier_outlet_id
    assert info.pier_station_id == stable_object_id("station:pier-kiosk")
    with pytest.raises(AttributeError):
        info.outlet_id = "x"  # type: ignore[misc]


def test_faults_reach_clients_and_can_be_cleared(
    finalpos_sandbox: Sandboxes, finalpos_client: httpx.Client
) -> None:
    faults = finalpos_sandbox.finalpos_faults
    faults.configure(error_rate=1.0)
    response = finalpos_client.get("/v1/api/products")
    assert response.status_code == 503 and response.json()["statusCode"] == 503
    # steer it over HTTP, the way a test in another process would: lose the answer of a POST
    finalpos_client.put(FAULTS_PATH, json={"error_rate": 0.0, "lost_answer_rate": 1.0})
    before = finalpos_sandbox.finalpos_store.count(finalpos_sandbox.finalpos_company_id, "orders")
    body = {
        "receiptId": "R-lost",
        "status": "pending",
        "source": "final",
        "balance": "1.00",
        "summary": {"discountTotal": "0.00", "total": "1.00", "totalTaxes": "0.09"},
    }
    with pytest.raises(httpx.TransportError):
        finalpos_client.post("/v1/api/order", json=body)
    orders = finalpos_sandbox.finalpos_records("orders")
    assert len(orders) == before + 1 and orders[-1]["receiptId"] == "R-lost"  # it was written
    finalpos_client.put(FAULTS_PATH, json={"lost_answer_rate": 0.0})
    assert finalpos_client.get("/v1/api/orders").json()[-1]["receiptId"] == "R-lost"
    assert faults.stats.errors == 1 and faults.stats.lost_answers == 1


def test_state_survives_a_restart_with_a_data_dir(tmp_path: Path) -> None:
    with Sandboxes(tmp_path, stripe=False) as first:
        info = first.info
        with api_client(info) as client:
            customer = client.post(
                "/v1/api/customer", json={"email": "a@b.c", "firstName": "A", "lastName": "B"}
            ).json()
            client.put(f"/v1/api/station/{info.station_id}", json={"status": "IN_USE"})
            old_image = client.get("/v1/api/products").json()[0]["images"][0]
    assert (tmp_path / FINALPOS_DB_NAME).exists()
    with Sandboxes(tmp_path, stripe=False) as second:
        info2 = second.info
        assert info2.outlet_id == info.outlet_id
        with api_client(info2) as client:
            assert client.get(f"/v1/api/customer/{customer['id']}").json() == customer
            assert client.get(f"/v1/api/station/{info.station_id}").json()["status"] == "IN_USE"
            assert len(client.get("/v1/api/outlets").json()) == 2  # not seeded twice
            image = client.get("/v1/api/products").json()[0]["images"][0]
    assert image.startswith(info2.finalpos_url) and image.endswith(old_image.rsplit("/", 1)[1])


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_one_json_line_and_stops_on_signal(
    tmp_path: Path, stop_signal: signal.Signals
) -> None:
    with sandbox_cli("--json", "--port", "0", "--data-dir", str(tmp_path)) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        ready = json.loads(line)
        for key in ("finalpos_url", "finalpos_api_key", "outlet_id", "station_id"):
            assert ready[key], key
        response = httpx.get(
            f"{ready['finalpos_url']}/v1/api/outlet/{ready['outlet_id']}",
            headers={"x-api-key": ready["finalpos_api_key"]},
        )
        assert response.status_code == 200 and response.json()["id"] == ready["outlet_id"]
        _assert_second_outlet_is_usable(ready)
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert out == ""  # exactly one line, already read
    assert (tmp_path / FINALPOS_DB_NAME).exists()


def _assert_second_outlet_is_usable(ready: dict[str, str]) -> None:
    """The JSON line names the Pier outlet's ids, and the demo key reaches its reader there
    (and only there) through ``Stripe-Account``."""
    assert (ready["pier_stripe_account"], ready["pier_reader_id"]) == (
        demo.PIER_STRIPE_ACCOUNT,
        demo.PIER_READER_ID,
    )
    assert ready["pier_stripe_location_id"] == demo.PIER_STRIPE_LOCATION
    assert ready["pier_outlet_id"] and ready["pier_station_id"]
    assert ready["pier_station_id"] != ready["station_id"]
    auth = {"Authorization": f"Bearer {ready['stripe_api_key']}"}
    url = f"{ready['stripe_url']}/v1/terminal/readers/{ready['pier_reader_id']}"
    pier = httpx.get(url, headers={**auth, "Stripe-Account": ready["pier_stripe_account"]})
    assert pier.status_code == 200 and pier.json()["location"] == demo.PIER_STRIPE_LOCATION
    harbour = httpx.get(url, headers={**auth, "Stripe-Account": ready["stripe_account"]})
    assert harbour.status_code == 404
    stranger = httpx.get(url, headers={**auth, "Stripe-Account": "acct_1NotConnected0"})
    assert stranger.status_code == 403 and stranger.json()["error"]["code"] == "account_invalid"
    wrong_key = httpx.get(url, headers={"Authorization": "Bearer sk_test_notIssued000000"})
    assert wrong_key.status_code == 401


def test_cli_plain_output_names_url_and_key() -> None:
    with sandbox_cli("--in-memory", "--products", "20", "--variants-per-product", "2") as process:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
        assert lines[0].startswith("Final POS sandbox: http://127.0.0.1:")
        assert demo.FINALPOS_API_KEY in lines[1]
        url = lines[0].split(": ", 1)[1].strip()
        products = httpx.get(
            url + "/v1/api/products", headers={"x-api-key": demo.FINALPOS_API_KEY}
        ).json()
        assert len(products) == 20
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
    assert process.returncode == 0


def test_cli_rejects_bad_flags() -> None:
    from kiosk.sandbox.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--products", "-3"])
    assert exc.value.code == 2
