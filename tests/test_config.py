from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("KIOSK_FINALPOS_API_KEY", "KIOSK_STRIPE_API_KEY", "KIOSK_CURRENCY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(tmp_path / "absent.toml"))


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
    ("overrides", "named"),
    [
        ({"currency": "euro"}, "currency"),
        ({"finalpos_url": "ftp://x"}, "finalpos_url"),
        ({"idle_timeout_s": 0}, "idle_timeout_s"),
        ({"tax_tables": [{"name": "vat", "rate": "120"}]}, "tax_tables.0.rate"),
        ({"no_such_setting": 1}, "no_such_setting"),
    ],
)
def test_bad_values_are_named(overrides: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(**overrides)
    assert named in str(info.value)


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
    path.write_text('kiosk_name = "From file"\n')
    path.chmod(0o600)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    monkeypatch.setenv("KIOSK_KIOSK_NAME", "From env")
    assert load_settings().kiosk_name == "From env"
