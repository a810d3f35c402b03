"""write_config_file: atomic, owner-only, merging; masked: what setup may print."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from pydantic import SecretStr

from kiosk.config import (
    ConfigError,
    StaffMember,
    add_staff_member,
    load_settings,
    mask_secret,
    masked,
    write_config_file,
)
from kiosk.config import write as config_write
from tests.config.test_values import PIN_HASH


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_owner_only_in_new_owner_only_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config" / "finalpos-kiosk" / "kiosk.toml"
    old_umask = os.umask(0o022)
    try:
        write_config_file(
            path,
            {
                "finalpos_api_key": SecretStr("fp_live_0123456789"),
                "outlet_id": "64f0c0ffee0000000000aaaa",
                "data_dir": tmp_path / "data",
            },
        )
    finally:
        os.umask(old_umask)
    assert mode_of(path) == 0o600
    assert mode_of(path.parent) == 0o700 and mode_of(path.parent.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["kiosk.toml"]  # no temp file left
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    settings = load_settings()
    assert settings.finalpos_api_key is not None
    assert settings.finalpos_api_key.get_secret_value() == "fp_live_0123456789"
    assert settings.data_dir == tmp_path / "data"


def test_writing_merges_into_the_file_and_none_removes_a_key(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        'kiosk_name = "Front door"\nreader_id = "tmr_old"\n'
        '[[tax_tables]]\nname = "vat"\nrate = "7.5"\n'
    )
    path.chmod(0o644)
    write_config_file(path, {"outlet_id": "o1", "reader_id": None, "kiosk_name": "Back door"})
    assert mode_of(path) == 0o600
    assert tomllib.loads(path.read_text()) == {
        "kiosk_name": "Back door",
        "tax_tables": [{"name": "vat", "rate": "7.5"}],
        "outlet_id": "o1",
    }


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('kiosk_name = "Front door"\n')
    path.chmod(0o600)

    def no_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_write.os, "fsync", no_disk)
    with pytest.raises(OSError, match="No space left"):
        write_config_file(path, {"kiosk_name": "Back door"})
    assert path.read_text() == 'kiosk_name = "Front door"\n'
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_staff_are_written_as_tables_and_load_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kiosk.toml"
    ann = StaffMember(name="Ann", role="manager", pin_hash=PIN_HASH)
    write_config_file(
        path, {"staff": [ann, {"name": "Bob", "pin_hash": PIN_HASH}], "mode": "station"}
    )
    assert "[[staff]]" in path.read_text()
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    settings = load_settings()
    assert settings.staff == [ann, StaffMember(name="Bob", pin_hash=PIN_HASH)]
    assert settings.mode == "station"


def test_adding_staff_keeps_the_others_and_replaces_a_namesake(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    write_config_file(path, {"kiosk_name": "Front door"})
    add_staff_member(path, StaffMember(name="Ann", pin_hash=PIN_HASH))
    add_staff_member(path, StaffMember(name="Bob", pin_hash=PIN_HASH))
    new_hash = PIN_HASH.replace("$1$", "$2$")
    add_staff_member(path, StaffMember(name="ann", role="manager", pin_hash=new_hash))
    data = tomllib.loads(path.read_text())
    assert data["kiosk_name"] == "Front door"
    assert data["staff"] == [
        {"name": "Bob", "role": "staff", "pin_hash": PIN_HASH},
        {"name": "ann", "role": "manager", "pin_hash": new_hash},
    ]
    assert mode_of(path) == 0o600


def test_an_unknown_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    with pytest.raises(ConfigError) as info:
        write_config_file(path, {"outlet_idd": "o1"})
    assert str(info.value) == f"unknown setting `outlet_idd` for {path}: did you mean `outlet_id`?"
    assert not path.exists()


def test_a_value_the_kiosk_would_refuse_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    with pytest.raises(ConfigError) as info:
        write_config_file(path, {"currency": "XYZ", "stripe_url": "https://api.stripe.com"})
    assert info.value.problems == (
        "`currency` (KIOSK_CURRENCY): 'XYZ' is not an ISO 4217 currency code; use the "
        "three-letter code of the menu's prices, such as EUR, GBP or USD "
        f"(not written to {path})",
    )
    with pytest.raises(ConfigError, match=r"^`stripe_url` \(KIOSK_STRIPE_URL\): 'https://api"):
        write_config_file(path, {"stripe_url": "https://api.stripe.com"})
    assert not path.exists()


def test_a_broken_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("kiosk_name = \n")
    with pytest.raises(ConfigError, match=rf"^{path}:1:14: TOML syntax error: "):
        write_config_file(path, {"outlet_id": "o1"})
    assert path.read_text() == "kiosk_name = \n"


def test_a_directory_others_may_write_gets_no_secrets(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(ConfigError, match=rf"^directory {shared} above config file "):
        write_config_file(shared / "kiosk.toml", {"stripe_api_key": "rk_live_0123456789abc"})
    assert list(shared.iterdir()) == []


@pytest.mark.parametrize(
    ("secret", "shown"),
    [
        ("sk_test_51AbCdEfGh0123456789", "sk_test_…6789"),
        ("rk_live_51AbCdEfGh0123454321", "rk_live_…4321"),
        ("fp_live_supersecretvalue", "fp_live_…alue"),
        ("sk_test_short", "sk_test_…"),
        ("0123456789abcdef0123", "…0123"),
    ],
)
def test_secrets_are_masked_to_their_kind_and_last_four(secret: str, shown: str) -> None:
    assert mask_secret(secret) == shown


def test_masked_values_hide_keys_and_pin_hashes() -> None:
    values = {
        "finalpos_api_key": "fp_live_supersecretvalue",
        "stripe_api_key": SecretStr("rk_live_51AbCdEfGh0123454321"),
        "outlet_id": "o1",
        "data_dir": Path("/var/lib/kiosk"),
        "staff": [StaffMember(name="Ann", pin_hash=PIN_HASH)],
    }
    assert masked(values) == {
        "finalpos_api_key": "fp_live_…alue",
        "stripe_api_key": "rk_live_…4321",
        "outlet_id": "o1",
        "data_dir": "/var/lib/kiosk",
        "staff": [{"name": "Ann", "role": "staff", "pin_hash": "scrypt$…"}],
    }
