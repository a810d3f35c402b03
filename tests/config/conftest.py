"""Every config test starts from a clean slate: no KIOSK_* variable, no config file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

WriteConfig = Callable[[str], Path]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("KIOSK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)


@pytest.fixture
def config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> WriteConfig:
    """Write an owner-only kiosk.toml with the given text and point KIOSK_CONFIG_FILE at it."""

    def write(text: str) -> Path:
        path = tmp_path / "kiosk.toml"
        path.write_text(text)
        path.chmod(0o600)
        monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
        return path

    return write
