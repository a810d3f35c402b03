"""Each value's own checks, with the exact message a store owner reads."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, StaffMember, load_settings
from tests.config.conftest import WriteConfig

PIN_HASH = "scrypt$16384$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA=="


def error_of(**overrides: object) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(**overrides)
    return str(info.value)


def test_unknown_currency_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CURRENCY", "XYZ")
    assert error_of() == (
        "`currency` (KIOSK_CURRENCY) from the environment: 'XYZ' is not an ISO 4217 currency "
        "code; use the three-letter code of the menu's prices, such as EUR, GBP or USD"
    )


@pytest.mark.parametrize(("given", "stored"), [("usd", "USD"), (" gbp ", "GBP"), ("JPY", "JPY")])
def test_currency_codes_are_upper_case(given: str, stored: str) -> None:
    assert load_settings(currency=given).currency == stored


def test_unknown_locale_is_refused(config_file: WriteConfig) -> None:
    path = config_file('locale = "xx_YY"\n')
    assert error_of() == (
        f"`locale` (KIOSK_LOCALE) in {path}: 'xx_YY' is not a locale Babel knows; use a "
        "language, or a language and country, such as en_GB, de_DE or fr"
    )


@pytest.mark.parametrize(
    ("given", "stored"), [("de-DE", "de_DE"), ("de_DE", "de_DE"), ("fr", "fr"), ("en_GB", "en_GB")]
)
def test_locales_are_normalised(given: str, stored: str) -> None:
    assert load_settings(locale=given).locale == stored


def test_a_publishable_stripe_key_is_refused_without_echoing_it() -> None:
    message = error_of(stripe_api_key="pk_live_51PublishableSecretish")
    assert message == (
        "`stripe_api_key` (KIOSK_STRIPE_API_KEY): is a publishable key (pk_...), which cannot "
        "take payments; use a secret key (sk_...) or, better, a restricted key (rk_...) from "
        "the Stripe dashboard"
    )
    assert "Publishable" not in message


def test_a_key_of_no_stripe_shape_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", "whsec_wrongkindofsecret")
    message = error_of()
    assert message == (
        "`stripe_api_key` (KIOSK_STRIPE_API_KEY) from the environment: is not a Stripe secret "
        "key (sk_test_..., sk_live_...) or restricted key (rk_test_..., rk_live_...); copy it "
        "again from the Stripe dashboard"
    )
    assert "wrongkind" not in message


def test_a_final_pos_key_with_spaces_is_refused_without_echoing_it() -> None:
    message = error_of(finalpos_api_key="fp_live_abc def")
    assert message == (
        "`finalpos_api_key` (KIOSK_FINALPOS_API_KEY): contains spaces or line breaks; paste "
        "the key exactly"
    )


@pytest.mark.parametrize("key", ["sk_test_abc123", "sk_live_abc123", "rk_test_abc", "rk_live_x"])
def test_secret_and_restricted_keys_are_accepted(key: str) -> None:
    settings = load_settings(stripe_api_key=f"  {key}\n")
    assert settings.stripe_api_key is not None
    assert settings.stripe_api_key.get_secret_value() == key
    assert key not in repr(settings)


def test_a_range_error_says_the_bound_and_what_was_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_IDLE_TIMEOUT_S", "1")
    assert error_of() == (
        "`idle_timeout_s` (KIOSK_IDLE_TIMEOUT_S) from the environment: must be at least 5, got '1'"
    )


def test_several_problems_are_one_error_one_line_each(config_file: WriteConfig) -> None:
    path = config_file('orientation = "upside"\n[[tax_tables]]\nname = "vat"\nrate = "120"\n')
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert info.value.problems == (
        f"`tax_tables[0].rate` (KIOSK_TAX_TABLES) in {path}: must be at most 100, got '120'",
        f"`orientation` (KIOSK_ORIENTATION) in {path}: must be 'auto', 'portrait' or "
        "'landscape', got 'upside'",
    )
    assert str(info.value) == "\n".join(info.value.problems)


def test_a_typo_inside_a_table_suggests_the_field(config_file: WriteConfig) -> None:
    path = config_file('[[tax_tables]]\nname = "vat"\nrat = "20"\n')
    assert error_of().splitlines() == [
        f"`tax_tables[0].rate` (KIOSK_TAX_TABLES) in {path}: is required",
        f"unknown setting `tax_tables[0].rat` in {path}: did you mean `rate`?",
    ]


def test_an_empty_variable_means_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_STRIPE_URL", "")
    monkeypatch.setenv("KIOSK_READER_ID", "")
    settings = load_settings(outlet_id="")
    assert (settings.stripe_url, settings.reader_id, settings.outlet_id) == (None, None, None)


def test_a_list_variable_that_is_not_json_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_TAX_TABLES", '[{"name": "vat"')
    assert error_of() == (
        "`tax_tables` (KIOSK_TAX_TABLES) from the environment: not valid JSON; set a JSON "
        'list, e.g. KIOSK_TAX_TABLES=\'[{"name": "standard", "rate": "20"}]\', or set it in '
        "the TOML file instead"
    )


def test_staff_are_read_from_tables_and_pin_hashes_stay_hidden(config_file: WriteConfig) -> None:
    config_file(
        f'staff_idle_s = 90\n[[staff]]\nname = "Ann"\nrole = "manager"\npin_hash = "{PIN_HASH}"\n'
        f'[[staff]]\nname = "Bob"\npin_hash = "{PIN_HASH}"\n'
    )
    settings = load_settings()
    assert [(m.name, m.role) for m in settings.staff] == [("Ann", "manager"), ("Bob", "staff")]
    assert settings.staff_idle_s == 90
    assert settings.mode == "kiosk"
    assert PIN_HASH not in repr(settings) and PIN_HASH not in str(settings.staff[0])


def test_a_pin_hash_of_the_wrong_shape_is_refused_without_echoing_it() -> None:
    message = error_of(staff=[{"name": "Ann", "pin_hash": "1234"}])
    assert message == (
        "`staff[0].pin_hash` (KIOSK_STAFF): is not a PIN hash of the form "
        "scrypt$<n>$<r>$<p>$<salt>$<hash>; set the PIN again with `kiosk staff add`"
    )


def test_staff_names_are_unique_and_short() -> None:
    twice = [StaffMember(name="Ann", pin_hash=PIN_HASH), {"name": "ann", "pin_hash": PIN_HASH}]
    assert error_of(staff=twice) == (
        "`staff` (KIOSK_STAFF): two staff members are named 'ann'; give each a unique name"
    )
    assert error_of(staff=[{"name": "x" * 41, "pin_hash": PIN_HASH}]) == (
        f"`staff[0].name` (KIOSK_STAFF): must be at most 40 characters, got '{'x' * 41}'"
    )


def test_mode_is_kiosk_or_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_MODE", "station")
    assert load_settings().mode == "station"
    monkeypatch.setenv("KIOSK_MODE", "till")
    assert error_of() == (
        "`mode` (KIOSK_MODE) from the environment: must be 'kiosk' or 'station', got 'till'"
    )


def test_pay_at_counter_is_off_by_default_and_read_from_env_and_file(
    monkeypatch: pytest.MonkeyPatch, config_file: WriteConfig
) -> None:
    assert load_settings().pay_at_counter is False
    config_file("pay_at_counter = true\n")
    assert load_settings().pay_at_counter is True
    monkeypatch.setenv("KIOSK_PAY_AT_COUNTER", "false")
    assert load_settings().pay_at_counter is False  # the environment wins over the file
    monkeypatch.setenv("KIOSK_PAY_AT_COUNTER", "maybe")
    message = error_of()
    assert message.startswith("`pay_at_counter` (KIOSK_PAY_AT_COUNTER) from the environment")


def test_pay_at_counter_is_in_the_settings_reference() -> None:
    from kiosk.config import settings_reference

    text = settings_reference()
    assert "  pay_at_counter  (KIOSK_PAY_AT_COUNTER)\n      true or false; default false\n" in text
