"""The installation is read from Final POS (outlet's account and location, station's reader),
checked (the station belongs to the outlet), cached for offline starts, and refused by code."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from kiosk import installation as inst
from kiosk.finalpos.client import FinalPosClient
from kiosk.installation import InstallationError, InstallationProblem
from kiosk.sandbox import demo
from kiosk.sandbox.embedded import Sandboxes


@pytest.fixture
async def client(finalpos_sandbox: Sandboxes) -> AsyncIterator[FinalPosClient]:
    info = finalpos_sandbox.info
    async with FinalPosClient.create(
        base_url=info.finalpos_url, api_key=info.finalpos_api_key, timeout_s=5
    ) as c:
        yield c


async def test_resolves_account_location_and_the_stations_reader(
    client: FinalPosClient, finalpos_sandbox: Sandboxes
) -> None:
    info = finalpos_sandbox.info
    found = await inst.resolve(client, outlet_id=info.outlet_id, station_id=info.station_id)
    assert found.stripe_account == demo.STRIPE_ACCOUNT
    assert found.location_id == demo.STRIPE_LOCATION
    assert found.reader_id == demo.READER_ID and found.reader_source == "station"
    assert found.outlet_name == demo.STORE_NAME and found.outlet_address


async def test_reader_id_in_the_config_is_an_explicit_override(
    client: FinalPosClient, finalpos_sandbox: Sandboxes
) -> None:
    info = finalpos_sandbox.info
    found = await inst.resolve(
        client, outlet_id=info.outlet_id, station_id=info.station_id, reader_override="tmr_X"
    )
    assert found.reader_id == "tmr_X" and found.reader_source == "config"


def _station_elsewhere(sandbox: Sandboxes, outlet_id: str) -> str:
    info = sandbox.info
    with httpx.Client(
        base_url=info.finalpos_url, headers={"x-api-key": info.finalpos_api_key}
    ) as http:
        answer = http.post(
            "/v1/api/station",
            json={"name": "Elsewhere", "outletId": outlet_id, "status": "AVAILABLE"},
        )
        answer.raise_for_status()
        return str(answer.json()["id"])


async def test_refusals_are_named_by_code(
    client: FinalPosClient, finalpos_sandbox: Sandboxes
) -> None:
    info = finalpos_sandbox.info
    other_outlet = next(
        o["id"] for o in finalpos_sandbox.finalpos_records("outlets") if o["id"] != info.outlet_id
    )
    elsewhere = _station_elsewhere(finalpos_sandbox, other_outlet)
    cases = [
        ({"outlet_id": "0" * 24, "station_id": info.station_id}, "outlet_missing"),
        ({"outlet_id": info.outlet_id, "station_id": "0" * 24}, "station_missing"),
        ({"outlet_id": info.outlet_id, "station_id": elsewhere}, "station_other_outlet"),
    ]
    for ids, problem in cases:
        with pytest.raises(InstallationError) as caught:
            await inst.resolve(client, **ids)
        assert caught.value.problem is InstallationProblem(problem)
    async with FinalPosClient.create(
        base_url=info.finalpos_url, api_key="fp_refused_key", timeout_s=5
    ) as refused:
        with pytest.raises(InstallationError) as caught:
            await inst.resolve(refused, outlet_id=info.outlet_id, station_id=info.station_id)
    assert caught.value.problem is InstallationProblem.FINALPOS_AUTH
    assert "fp_refused_key" not in str(caught.value)


async def test_cache_round_trip_and_foreign_or_damaged_cache_ignored(
    client: FinalPosClient, finalpos_sandbox: Sandboxes, tmp_path: Path
) -> None:
    info = finalpos_sandbox.info
    found = await inst.resolve(client, outlet_id=info.outlet_id, station_id=info.station_id)
    inst.save_cached(tmp_path, found)
    assert inst.load_cached(tmp_path, outlet_id=info.outlet_id, station_id=info.station_id) == found
    assert inst.load_cached(tmp_path, outlet_id="other", station_id=info.station_id) is None
    (tmp_path / inst.CACHE_FILE).write_text(json.dumps({"outlet_id": 3}))
    assert inst.load_cached(tmp_path, outlet_id=info.outlet_id, station_id=info.station_id) is None


def test_order_numbers_get_a_letter_per_station() -> None:
    from kiosk.backend import order_prefix

    def at(sequence: int | None) -> inst.Installation:
        return inst.Installation(
            outlet_id="o", station_id="s", outlet_name=None, outlet_address=None,
            station_name=None, stripe_account=None, location_id=None, reader_id=None,
            reader_source=None, station_sequence=sequence,
        )  # fmt: skip

    assert [order_prefix(at(n)) for n in (None, 1, 2, 3, 26, 27)] == ["A", "A", "B", "C", "Z", "A"]
