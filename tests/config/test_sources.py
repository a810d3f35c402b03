"""Arguments over KIOSK_* variables over the TOML file, by pydantic-settings' rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, SecretStr

from kiosk.config import load_settings
from kiosk.config.model import Settings
from kiosk.config.receipts import ReceiptChannel
from kiosk.config.sources import EnvJSONError, env_values, is_complex, merge
from tests.config.conftest import WriteConfig


class _Model(BaseModel):
    x: int = 0


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str, False),
        (bytes, False),
        (int, False),
        (float, False),
        (bool, False),
        (Path, False),
        (SecretStr | None, False),
        (Literal["a", "b"], False),
        (str | None, False),
        (list[str], True),
        (dict[str, str], True),
        (tuple[int, ...], True),
        (_Model, True),
        (_Model | None, True),
        (Annotated[list[int], "meta"], True),
    ],
)
def test_which_settings_take_json(annotation: Any, expected: bool) -> None:
    assert is_complex(annotation) is expected


def test_variables_match_in_any_case_and_empty_ones_are_not_set() -> None:
    environ = {
        "kiosk_currency": "chf",
        "KIOSK_KIOSK_NAME": "",
        "Kiosk_Upsell_Pairs": '{"Tea": "Cake"}',
        "KIOSK_TAX_TABLES": "null",
        "OTHER_CURRENCY": "usd",
    }
    assert env_values(Settings.model_fields, environ) == {
        "currency": "chf",
        "upsell_pairs": {"Tea": "Cake"},
    }


def test_a_list_setting_that_is_not_json_names_its_setting() -> None:
    with pytest.raises(EnvJSONError) as caught:
        env_values(Settings.model_fields, {"KIOSK_STAFF": "[{"})
    assert caught.value.field == "staff"


def test_later_sources_win_and_tables_merge_key_by_key() -> None:
    low = {"a": 1, "t": {"x": 1, "y": {"deep": 1, "keep": 2}}, "l": [1, 2]}
    high = {"a": 2, "t": {"y": {"deep": 3}}, "l": [3]}
    assert merge(low, high) == {"a": 2, "t": {"x": 1, "y": {"deep": 3, "keep": 2}}, "l": [3]}
    assert low["t"] == {"x": 1, "y": {"deep": 1, "keep": 2}}  # the sources are left alone


def test_a_receipts_variable_changes_the_channels_and_keeps_the_files_printer(
    monkeypatch: pytest.MonkeyPatch, config_file: WriteConfig
) -> None:
    config_file(
        'kiosk_name = "From file"\n'
        "[receipts]\n"
        'channels = ["print", "none"]\n'
        'printer = { kind = "network", host = "192.168.1.50" }\n'
    )
    monkeypatch.setenv("KIOSK_RECEIPTS", '{"channels": ["print", "qr"]}')
    monkeypatch.setenv("KIOSK_KIOSK_NAME", "From env")
    settings = load_settings(fullscreen=True)
    assert settings.kiosk_name == "From env"
    assert settings.fullscreen is True
    assert settings.receipts.channels == (ReceiptChannel.PRINT, ReceiptChannel.QR)
    assert settings.receipts.printer is not None
    assert settings.receipts.printer.host == "192.168.1.50"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_KIOSK_NAME", "From env")
    assert Settings(kiosk_name="From args").kiosk_name == "From args"
    assert Settings().kiosk_name == "From env"
    # model_validate builds through the same sources (as it did with pydantic-settings)
    assert Settings.model_validate({}).kiosk_name == "From env"
    assert Settings.model_validate({"kiosk_name": "Given"}).kiosk_name == "Given"
    # and a copy reads none of them again
    monkeypatch.setenv("KIOSK_KIOSK_NAME", "Changed")
    copied = Settings(kiosk_name="Kept").model_copy(update={"fullscreen": True})
    assert (copied.kiosk_name, copied.fullscreen) == ("Kept", True)
