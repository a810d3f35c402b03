"""Demo only on --demo or with no live credential at all; a partial live config is named."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, load_settings, require_live, resolve_mode

COMPLETE = {
    "finalpos_api_key": "fp_live_0123456789",
    "outlet_id": "64f0c0ffee0000000000aaaa",
    "station_id": "64f0c0ffee0000000000bbbb",
    "stripe_api_key": "rk_live_0123456789",
}


def test_no_credential_at_all_is_the_demo_store() -> None:
    settings = load_settings()
    assert resolve_mode(settings, demo_flag=False) == "demo"
    assert settings.demo


def test_a_complete_installation_is_live_and_reader_id_is_optional() -> None:
    assert resolve_mode(load_settings(**COMPLETE), demo_flag=False) == "live"
    with_reader = load_settings(**COMPLETE, reader_id="tmr_override")
    assert resolve_mode(with_reader, demo_flag=False) == "live"
    assert not with_reader.demo


def test_the_demo_flag_wins_even_over_a_partial_configuration() -> None:
    assert resolve_mode(load_settings(finalpos_api_key="fp_live_x"), demo_flag=True) == "demo"


def test_a_partial_configuration_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", "rk_live_realstorekey")
    monkeypatch.setenv("KIOSK_OUTLET_ID", "64f0c0ffee0000000000aaaa")
    settings = load_settings()
    assert not settings.demo
    with pytest.raises(ConfigError) as info:
        resolve_mode(settings, demo_flag=False)
    assert str(info.value) == (
        "incomplete live configuration: stripe_api_key and outlet_id are set, but a real store "
        "also needs `finalpos_api_key` (KIOSK_FINALPOS_API_KEY) and `station_id` "
        "(KIOSK_STATION_ID); run `kiosk setup`, or start the demo store with `kiosk --demo`"
    )
    assert "realstorekey" not in str(info.value)


def test_a_reader_alone_is_a_live_credential_too() -> None:
    with pytest.raises(ConfigError) as info:
        resolve_mode(load_settings(reader_id="tmr_FrontDoor"), demo_flag=False)
    assert str(info.value) == (
        "incomplete live configuration: reader_id is set, but a real store also needs "
        "`finalpos_api_key` (KIOSK_FINALPOS_API_KEY), `outlet_id` (KIOSK_OUTLET_ID), "
        "`station_id` (KIOSK_STATION_ID) and `stripe_api_key` (KIOSK_STRIPE_API_KEY); run "
        "`kiosk setup`, or start the demo store with `kiosk --demo`"
    )


def test_requiring_live_of_an_empty_configuration() -> None:
    with pytest.raises(ConfigError, match=r"^no live configuration: a real store needs `fin"):
        require_live(load_settings())
