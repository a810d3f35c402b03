"""Settings load from arguments, KIOSK_* variables and an owner-only TOML file; keys stay secret.

The cases of each check are in tests/config/.
"""

import os
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("KIOSK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)  # no file (a missing one is an error)


def test_defaults_are_demo_mode() -> None:
    settings = load_settings()
    assert settings.demo
    assert settings.currency == "EUR"
    assert {t.name for t in settings.tax_tables} == {"standard", "reduced"}


def test_environment_sets_values_and_keys_stay_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", "fp_live_supersecret")
    monkeypatch.setenv("KIOSK_CURRENCY", "usd")
    settings = load_settings()
    assert not settings.demo
    assert settings.currency == "USD"
    assert "supersecret" not in repr(settings)
    assert "supersecret" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"currency": "euro"},
            "`currency` (KIOSK_CURRENCY): 'euro' is not an ISO 4217 currency code; use the "
            "three-letter code of the menu's prices, such as EUR, GBP or USD",
        ),
        (
            {"finalpos_url": "ftp://x"},
            "`finalpos_url` (KIOSK_FINALPOS_URL): 'ftp://x' is not a web address; use one such "
            "as https://api.finalpos.com",
        ),
        (
            {"idle_timeout_s": 0},
            "`idle_timeout_s` (KIOSK_IDLE_TIMEOUT_S): must be at least 5, got 0",
        ),
        (
            {"tax_tables": [{"name": "vat", "rate": "120"}]},
            "`tax_tables[0].rate` (KIOSK_TAX_TABLES): must be at most 100, got '120'",
        ),
        (
            {"no_such_setting": 1},
            "unknown setting `no_such_setting`: no such setting (see `kiosk config`)",
        ),
        (
            {"fullscreen": "sometimes"},
            "`fullscreen` (KIOSK_FULLSCREEN): must be true or false, got 'sometimes'",
        ),
    ],
)
def test_bad_values_are_named(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(**overrides)
    assert str(info.value) == message


def test_config_file_is_read_and_must_be_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('finalpos_api_key = "fp_file_secret"\nkiosk_name = "Front door"\n')
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600") as info:
        load_settings()
    assert "fp_file_secret" not in str(info.value)
    path.chmod(0o600)
    settings = load_settings()
    assert settings.kiosk_name == "Front door"
    assert settings.finalpos_api_key is not None
    assert settings.finalpos_api_key.get_secret_value() == "fp_file_secret"


def test_environment_beats_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('kiosk_name = "From file"\ncurrency = "GBP"\n')
    path.chmod(0o600)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    monkeypatch.setenv("KIOSK_KIOSK_NAME", "From env")
    settings = load_settings()
    assert (settings.kiosk_name, settings.currency) == ("From env", "GBP")


def test_arguments_beat_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_FULLSCREEN", "false")
    assert load_settings(fullscreen=True).fullscreen
