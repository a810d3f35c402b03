"""`kiosk config`: every setting documented from the model itself."""

from __future__ import annotations

import json

from kiosk.config import (
    NON_SETTING_VARIABLES,
    Settings,
    StaffMember,
    TaxTable,
    settings_reference,
    settings_reference_rows,
)


def test_every_field_has_a_description() -> None:
    for model in (Settings, TaxTable, StaffMember):
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name} has no description"


def test_the_reference_mentions_every_setting_both_ways_with_its_meaning() -> None:
    text = settings_reference()
    for name, info in Settings.model_fields.items():
        assert f"  {name}  (KIOSK_{name.upper()})\n" in text
        assert str(info.description) in text
    for prefix, model in (("tax_tables", TaxTable), ("staff", StaffMember)):
        for name, info in model.model_fields.items():
            assert f"{prefix}[].{name}\n" in text and str(info.description) in text
    for variable in NON_SETTING_VARIABLES:
        assert variable in text


def test_the_reference_shows_types_ranges_and_defaults_but_no_secret() -> None:
    text = settings_reference()
    assert '  currency  (KIOSK_CURRENCY)\n      text; default "EUR"\n' in text
    assert (
        "  payment_timeout_s  (KIOSK_PAYMENT_TIMEOUT_S)\n      number, > 5, <= 1800; default 120\n"
        in text
    )
    assert "  stripe_api_key  (KIOSK_STRIPE_API_KEY)\n      secret text; default (secret)\n" in text
    assert (
        "  orientation  (KIOSK_ORIENTATION)\n"
        '      one of auto, portrait, landscape; default "auto"\n' in text
    )


def test_the_rows_are_json_for_kiosk_config_json() -> None:
    rows = json.loads(json.dumps(settings_reference_rows()))
    by_key = {row["key"]: row for row in rows}
    assert set(Settings.model_fields) <= set(by_key)
    assert by_key["finalpos_api_key"] == {
        "key": "finalpos_api_key",
        "env": "KIOSK_FINALPOS_API_KEY",
        "type": "secret text",
        "range": "",
        "default": None,
        "secret": True,
        "required": False,
        "description": Settings.model_fields["finalpos_api_key"].description,
    }
    assert by_key["tax_tables"]["default"][0] == {
        "name": "standard",
        "rate": "20",
        "inclusive": True,
    }
    assert by_key["staff[].pin_hash"]["env"] is None and by_key["staff[].pin_hash"]["required"]
