"""`kiosk staff add/list/remove`: PIN asked twice, config edited atomically and owner-only."""

from __future__ import annotations

import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import staffcli
from kiosk.services.staff import verify_pin

CONFIG = """# my kiosk
finalpos_api_key = "fp-secret"   # keep me
outlet_id = "o1"

[[tax_tables]]
name = "standard"
rate = "20"
inclusive = true
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "conf" / "kiosk.toml"
    path.parent.mkdir()
    path.write_text(CONFIG)
    path.chmod(0o600)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    return path


def answers(*values: str) -> staffcli.Callable[[str], str]:
    it: Iterator[str] = iter(values)
    return lambda _prompt: next(it)


def test_add_writes_a_hash_keeps_the_file_and_stays_private(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert staffcli.main(["add", "Maria", "--role", "manager"], ask=answers("4826", "4826")) == 0
    text = config.read_text()
    assert text.startswith(CONFIG.rstrip("\n")) and "# keep me" in text
    data = tomllib.loads(text)
    [member] = data["staff"]
    assert member["name"] == "Maria" and member["role"] == "manager"
    assert verify_pin("4826", member["pin_hash"]) and "4826" not in text
    assert data["tax_tables"][0]["name"] == "standard"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert list(config.parent.iterdir()) == [config]  # no temporary file left behind
    out = capsys.readouterr()
    assert "4826" not in out.out + out.err

    assert staffcli.main(["add", 'Sam "the" \\ Barista'], ask=answers("1357", "1357")) == 0
    capsys.readouterr()
    assert staffcli.main(["list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed == ["Maria\tmanager", 'Sam "the" \\ Barista\tstaff']


def test_refusals_change_nothing(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert staffcli.main(["add", "Maria"], ask=answers("4826", "4827")) == 3
    assert staffcli.main(["add", "Maria"], ask=answers("12", "12")) == 3
    assert config.read_text() == CONFIG
    assert staffcli.main(["add", "Maria"], ask=answers("4826", "4826")) == 0
    assert staffcli.main(["add", "Maria"], ask=answers("1111", "1111")) == 3  # exists
    assert staffcli.main(["add", "Sam"], ask=answers("4826", "4826")) == 3  # PIN taken
    assert "PIN is taken" in capsys.readouterr().err
    assert [m["name"] for m in tomllib.loads(config.read_text())["staff"]] == ["Maria"]


def test_replace_and_remove(config: Path) -> None:
    staffcli.main(["add", "Maria", "--role", "manager"], ask=answers("4826", "4826"))
    staffcli.main(["add", "Sam"], ask=answers("1357", "1357"))
    assert staffcli.main(["add", "Maria", "--replace"], ask=answers("9999", "9999")) == 0
    staff = tomllib.loads(config.read_text())["staff"]
    assert [m["name"] for m in staff] == ["Sam", "Maria"]
    assert verify_pin("9999", staff[1]["pin_hash"])
    assert staffcli.main(["remove", "Sam"]) == 0
    assert staffcli.main(["remove", "Sam"]) == 3
    data = tomllib.loads(config.read_text())
    assert [m["name"] for m in data["staff"]] == ["Maria"] and data["outlet_id"] == "o1"


def test_a_new_config_file_is_created_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new" / "kiosk.toml"
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    assert staffcli.main(["add", "Maria"], ask=answers("4826", "4826")) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tomllib.loads(path.read_text())["staff"][0]["role"] == "staff"
