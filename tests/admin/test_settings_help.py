"""`kiosk config` documents every setting from the model itself."""

from __future__ import annotations

import json

import pytest

from kiosk.admin.settings_help import main
from kiosk.config import Settings


def test_every_setting_is_listed_with_its_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    text = capsys.readouterr().out
    for name in Settings.model_fields:
        assert name in text
        assert f"KIOSK_{name.upper()}" in text


def test_json_lists_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["key"] for row in rows} >= set(Settings.model_fields)
