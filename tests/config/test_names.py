"""Unknown names in the file, the environment or the arguments: refused, nearest name suggested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.config import NON_SETTING_VARIABLES, ConfigError, Settings, load_settings
from tests.config.conftest import WriteConfig

ROOT = Path(__file__).resolve().parents[2]


def error_of(**overrides: object) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(**overrides)
    return str(info.value)


def test_a_typo_in_the_file_suggests_the_setting(config_file: WriteConfig) -> None:
    path = config_file('outlet_idd = "64f0c0ffee"\n')
    assert error_of() == f"unknown setting `outlet_idd` in {path}: did you mean `outlet_id`?"


def test_a_typo_in_a_variable_suggests_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_OUTLETID", "64f0c0ffee")
    assert (
        error_of() == "unknown environment variable KIOSK_OUTLETID: did you mean KIOSK_OUTLET_ID?"
    )


def test_a_typo_in_an_argument_suggests_the_setting() -> None:
    assert error_of(stripe_api_kye="x") == (
        "unknown setting `stripe_api_kye`: did you mean `stripe_api_key`?"
    )


def test_names_far_from_any_setting_say_where_the_list_is(
    config_file: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_file("colour = 3\n")
    monkeypatch.setenv("KIOSK_WIBBLE", "1")
    assert error_of().splitlines() == [
        f"unknown setting `colour` in {path}: no such setting (see `kiosk config`)",
        "unknown environment variable KIOSK_WIBBLE: no such setting; unset it "
        "(`kiosk config` lists the settings)",
    ]


def test_a_nested_variable_points_at_the_list_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_TAX_TABLES__0__RATE", "5")
    assert error_of() == (
        "unknown environment variable KIOSK_TAX_TABLES__0__RATE: did you mean KIOSK_TAX_TABLES?"
    )


def test_a_typo_of_the_config_file_variable_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIGFILE", "/etc/kiosk.toml")
    assert error_of() == (
        "unknown environment variable KIOSK_CONFIGFILE: did you mean KIOSK_CONFIG_FILE?"
    )


def test_an_unknown_variable_never_shows_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_STRIPE_KEY", "sk_live_verysecret")
    message = error_of()
    assert message == (
        "unknown environment variable KIOSK_STRIPE_KEY: did you mean KIOSK_STRIPE_API_KEY?"
    )
    assert "verysecret" not in message


def test_documented_non_settings_and_test_variables_are_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_FAULT_CHECKOUTS", "20")
    monkeypatch.setenv("KIOSK_TEST_SEED", "7")
    assert load_settings().currency == "EUR"


def test_every_kiosk_variable_the_repository_uses_is_known() -> None:
    """A new KIOSK_* variable elsewhere must be a setting, documented, or under KIOSK_TEST_."""
    known = {"KIOSK_" + name.upper() for name in Settings.model_fields} | set(NON_SETTING_VARIABLES)
    used: set[str] = set()
    for folder in ("kiosk", "tests", "benchmarks", "packaging"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".sh", ".toml", ".md", ".service", ".cfg") and path.is_file():
                used |= set(re.findall(r"\bKIOSK_[A-Z0-9_]*[A-Z0-9]\b", path.read_text("utf-8")))
    for path in ROOT.glob("*.md"):
        used |= set(re.findall(r"\bKIOSK_[A-Z0-9_]*[A-Z0-9]\b", path.read_text("utf-8")))
    unknown = {
        name
        for name in used - known
        if not name.startswith("KIOSK_TEST_")
        and not name.startswith("KIOSK_TAX_TABLES__")  # the refused nested form, in a test
        and name not in ("KIOSK_OUTLETID", "KIOSK_CONFIGFILE", "KIOSK_WIBBLE", "KIOSK_STRIPE_KEY")
    }
    assert not unknown, f"unknown KIOSK_* variables in the repository: {sorted(unknown)}"
