"""`kiosk.app.plan_start`: when the snapshot is used, and what checking the settings after the
first frame does with settings that changed under it (in-process, no window)."""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import app
from kiosk.config import Settings, load_settings
from kiosk.config.snapshot import MenuSettings, read_snapshot, snapshot_key, write_snapshot

LIVE = {
    "KIOSK_FINALPOS_URL": "http://127.0.0.1:9",
    "KIOSK_FINALPOS_API_KEY": "fp_live_plan_secret",
    "KIOSK_STRIPE_URL": "http://127.0.0.1:9",
    "KIOSK_STRIPE_API_KEY": "sk_test_plansecret",
    "KIOSK_OUTLET_ID": "outlet-1",
    "KIOSK_STATION_ID": "station-1",
}


@pytest.fixture(autouse=True)
def _live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    for name, value in LIVE.items():
        monkeypatch.setenv(name, value)
    yield
    gc.unfreeze()  # loading the settings freezes what exists (kiosk.cli.collector_paused)


def test_a_miss_loads_the_settings_and_writes_the_snapshot_the_next_start_uses() -> None:
    first = app.plan_start(app.parse_args([]))
    assert isinstance(first.settings, Settings) and first.settings_loader is None
    second = app.plan_start(app.parse_args([]))
    assert second.settings == MenuSettings.from_settings(first.settings)
    assert second.settings_loader is not None and not second.demo


@pytest.mark.parametrize("flag", [["--demo"], ["--station"], ["--screenshots", "shots"]])
def test_demo_station_and_screenshots_never_start_from_a_snapshot(flag: list[str]) -> None:
    args = app.parse_args(flag)
    menu = MenuSettings.from_settings(load_settings(**app.settings_overrides(args)))
    write_snapshot(snapshot_key(app.settings_overrides(args)), menu)
    plan = app.plan_start(args)
    assert isinstance(plan.settings, Settings) and plan.settings_loader is None


def test_settings_that_changed_under_the_snapshot_are_used_logged_and_written_back(
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = snapshot_key({})
    checked = MenuSettings.from_settings(load_settings())
    write_snapshot(key, dataclasses.replace(checked, store_name="Old name", idle_timeout_s=99.0))
    plan = app.plan_start(app.parse_args([]))
    assert isinstance(plan.settings, MenuSettings) and plan.settings.store_name == "Old name"
    assert plan.settings_loader is not None
    with caplog.at_level(logging.WARNING, logger="kiosk.app"):
        settings = plan.settings_loader()
    assert settings.store_name is None and settings.idle_timeout_s == 60.0
    assert "store_name, idle_timeout_s" in caplog.text
    assert read_snapshot(key) == checked


def test_the_language_flag_applies_to_the_snapshot_and_to_the_checked_settings() -> None:
    app.plan_start(app.parse_args([]))  # writes the snapshot (en_GB)
    plan = app.plan_start(app.parse_args(["--language", "de"]))
    assert isinstance(plan.settings, MenuSettings) and plan.settings_loader is not None
    assert plan.settings.locale == "de"
    assert plan.settings_loader().locale == "de"
    assert read_snapshot(snapshot_key({})) == MenuSettings.from_settings(load_settings())
