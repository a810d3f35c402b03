"""`kiosk check` against both sandboxes, configured as a real store: every failure is named by
the check that finds it, and the command's exit code and JSON line say the same."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.admin.check import Report, main, run_checks
from kiosk.config import load_settings
from kiosk.sandbox import demo
from kiosk.sandbox.embedded import Sandboxes

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[Sandboxes]:
    with Sandboxes() as running:
        yield running


@pytest.fixture
def store_settings(
    sandboxes: Sandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Any]:
    """Settings as `kiosk setup` writes them for the demo outlet: keys, outlet, station, URLs."""
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    info = sandboxes.info

    def settings(**changes: Any) -> Any:
        values: dict[str, Any] = {
            "finalpos_url": info.finalpos_url,
            "finalpos_api_key": info.finalpos_api_key,
            "outlet_id": info.outlet_id,
            "station_id": info.station_id,
            "stripe_url": info.stripe_url,
            "stripe_api_key": info.stripe_api_key,
            "data_dir": tmp_path / "data",
        }
        values.update(changes)
        return load_settings(**values)

    return settings


def failed(report: Report) -> dict[str, str]:
    return {c.name: c.detail for c in report.checks if not c.ok}


async def test_a_healthy_installation_passes_every_check(
    store_settings: Callable[..., Any],
) -> None:
    report = await run_checks(store_settings(), has_display=lambda: True)
    assert report.ok, failed(report)
    names = [c.name for c in report.checks]
    for name in (
        "config",
        "data_dir",
        "finalpos",
        "outlet",
        "station",
        "stripe",
        "stripe_write",
        "location",
        "reader",
        "journal",
        "catalog",
        "display",
    ):
        assert name in names
    assert report.resolved == {
        "outlet_id": store_settings().outlet_id,
        "station_id": store_settings().station_id,
        "stripe_account": demo.STRIPE_ACCOUNT,
        "location_id": demo.STRIPE_LOCATION,
        "reader_id": demo.READER_ID,
    }


async def test_wrong_finalpos_key_is_named_as_refused_not_unreachable(
    store_settings: Callable[..., Any],
) -> None:
    report = await run_checks(store_settings(finalpos_api_key="fp_wrong"), has_display=lambda: True)
    assert "refused the API key" in failed(report)["finalpos"]
    assert "fp_wrong" not in json.dumps(report.as_dict())


async def test_unknown_outlet_and_station_of_another_outlet(
    store_settings: Callable[..., Any], sandboxes: Sandboxes
) -> None:
    report = await run_checks(store_settings(outlet_id="0" * 24), has_display=lambda: True)
    assert set(failed(report)) == {"outlet"}
    info = sandboxes.info
    other = next(
        o["id"] for o in sandboxes.finalpos_records("outlets") if o["id"] != info.outlet_id
    )
    async with httpx.AsyncClient(
        base_url=info.finalpos_url, headers={"x-api-key": info.finalpos_api_key}
    ) as http:
        answer = await http.post(
            "/v1/api/station", json={"name": "Elsewhere", "outletId": other, "status": "AVAILABLE"}
        )
        station = answer.json()["id"]
    report = await run_checks(store_settings(station_id=station), has_display=lambda: True)
    assert "belongs to outlet" in failed(report)["station"]


async def test_reader_offline_and_location_missing(
    store_settings: Callable[..., Any], sandboxes: Sandboxes
) -> None:
    sandboxes.stripe_state.set_reader_mode(demo.READER_ID, offline=True)
    try:
        report = await run_checks(store_settings(), has_display=lambda: True)
    finally:
        sandboxes.stripe_state.set_reader_mode(demo.READER_ID, offline=False)
    assert "offline" in failed(report)["reader"]

    store, company = sandboxes.finalpos_store, sandboxes.finalpos_company_id
    outlet = store.get(company, "outlets", sandboxes.info.outlet_id)
    assert outlet is not None
    saved = dict(outlet)
    outlet["stripe"] = {"locationId": "tml_DoesNotExist"}
    store.replace(company, "outlets", outlet)
    try:
        report = await run_checks(store_settings(), has_display=lambda: True)
    finally:
        store.replace(company, "outlets", saved)
    assert "tml_DoesNotExist" in failed(report)["location"]


async def test_unwritable_data_dir(store_settings: Callable[..., Any], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    report = await run_checks(store_settings(data_dir=blocker / "data"), has_display=lambda: True)
    assert "data_dir" in failed(report)


def test_command_prints_a_line_per_check_and_json_last(
    store_settings: Callable[..., Any],
    sandboxes: Sandboxes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = store_settings()
    monkeypatch.setenv("KIOSK_FINALPOS_URL", settings.finalpos_url)
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", "fp_wrong")
    monkeypatch.setenv("KIOSK_OUTLET_ID", settings.outlet_id)
    monkeypatch.setenv("KIOSK_STATION_ID", settings.station_id)
    monkeypatch.setenv("KIOSK_STRIPE_URL", settings.stripe_url)
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", sandboxes.info.stripe_api_key)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("DISPLAY", ":99")
    assert main(["--json"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    last = json.loads(out[-1])
    assert last["ok"] is False
    assert {c["name"]: c["ok"] for c in last["checks"]}["finalpos"] is False
    assert any(line.startswith("✗ finalpos") for line in out)
    assert any("fix:" in line for line in out)
    assert "fp_wrong" not in "\n".join(out)


async def test_receipts_waiting_after_a_failure_are_named(
    store_settings: Callable[..., Any], tmp_path: Path
) -> None:
    from kiosk.services.receipts import JobKind
    from kiosk.services.receipts.jobs import JOBS_FILE, Job, JobStore

    data = tmp_path / "data"
    report = await run_checks(store_settings(), has_display=lambda: True)
    assert "receipts" not in failed(report)  # nothing queued, nothing to fix
    store = JobStore(data / JOBS_FILE)
    store.save(Job(1, JobKind.KITCHEN, "c1", "A007", b"ticket", 1.0, 2.0, 3, 3, 2.0, "paper_out"))
    store.save(Job(2, JobKind.RECEIPT, "c2", "A008", b"receipt", 1.0, 2.0))  # first try: fine
    store.close()
    report = await run_checks(store_settings(), has_display=lambda: True)
    detail = failed(report)["receipts"]
    assert "1 receipt job" in detail and "kitchen A007 (paper_out, 3 tries)" in detail
    assert "A008" not in detail


async def test_write_permissions_are_probed_without_changing_anything(
    store_settings: Callable[..., Any], sandboxes: Sandboxes
) -> None:
    state = sandboxes.stripe_state
    before = len(state.payment_intents(demo.STRIPE_ACCOUNT))
    report = await run_checks(store_settings(), has_display=lambda: True)
    [write] = [c for c in report.checks if c.name == "stripe_write"]
    assert write.ok and "PaymentIntents, Refunds, Terminal readers" in write.detail

    # A restricted key with read access everywhere, and write only on readers: the kiosk
    # could show a cart on the reader but never charge or refund.
    key = sandboxes.issue_stripe_key(
        restricted={
            "payment_intents": "read",
            "charges": "read",
            "refunds": "read",
            "terminal_locations": "read",
            "terminal_readers": "write",
        }
    )
    report = await run_checks(store_settings(stripe_api_key=key), has_display=lambda: True)
    detail = failed(report)["stripe_write"]
    assert "may not write PaymentIntents, Refunds:" in detail
    assert "stripe" not in failed(report) and "reader" not in failed(report)
    assert len(state.payment_intents(demo.STRIPE_ACCOUNT)) == before  # nothing was created
    assert key not in " ".join(c.detail + c.fix for c in report.checks)
