"""The price memo: an earlier start's Babel strings, used only where Babel would answer the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel.numbers import format_currency

from kiosk.domain.money import to_decimal
from kiosk.ui import price_memo
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.price_memo import memo_path, read_prices, write_prices

AMOUNTS = (0, 5, 99, 450, 1999, 100000, 123456789)
# the kiosk's four languages with and without a country, a store abroad (de_CH's apostrophe,
# fr_CH's narrow spaces), zero-decimal and three-decimal currencies
CASES = [
    ("en_GB", "EUR"),
    ("en_US", "USD"),
    ("en", "GBP"),
    ("de_DE", "EUR"),
    ("de_CH", "CHF"),
    ("de", "EUR"),
    ("fr_FR", "EUR"),
    ("fr_CH", "CHF"),
    ("fr_BE", "EUR"),
    ("es_ES", "EUR"),
    ("es_MX", "MXN"),
    ("en_GB", "JPY"),
    ("de_DE", "KWD"),
]


def babel(amount_minor: int, locale: str, currency: str) -> str:
    return str(format_currency(to_decimal(amount_minor, currency), currency, locale=locale))


def made_and_kept(tmp_path: Path, locale: str, currency: str) -> PriceFormatter:
    """A formatter given what a first start's formatter made, through the file."""
    first = PriceFormatter(locale, currency)
    for amount in AMOUNTS:
        first(amount)
    assert write_prices(memo_path(tmp_path), locale, currency, first.strings())
    second = PriceFormatter(locale, currency)
    second.remember(read_prices(memo_path(tmp_path), locale, currency))
    return second


@pytest.mark.parametrize(("locale", "currency"), CASES)
def test_the_kept_strings_are_babels_own(tmp_path: Path, locale: str, currency: str) -> None:
    second = made_and_kept(tmp_path, locale, currency)

    def no_babel(amount_minor: int) -> str:
        raise AssertionError(f"{amount_minor} was formatted again")

    second._format = no_babel  # type: ignore[method-assign]
    assert [second(a) for a in AMOUNTS] == [babel(a, locale, currency) for a in AMOUNTS]


def test_another_locale_currency_or_babel_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_and_kept(tmp_path, "de_DE", "EUR")
    path = memo_path(tmp_path)
    assert read_prices(path, "de_DE", "EUR")[450] == babel(450, "de_DE", "EUR")
    assert read_prices(path, "de_AT", "EUR") == {}
    assert read_prices(path, "de_DE", "CHF") == {}
    stamp = price_memo.babel_stamp()
    assert stamp  # the installed Babel is found without importing it
    monkeypatch.setattr(price_memo, "babel_stamp", lambda: stamp + "|upgraded")
    assert read_prices(path, "de_DE", "EUR") == {}


def test_a_language_switch_drops_the_kept_strings(tmp_path: Path) -> None:
    formatter = made_and_kept(tmp_path, "en_GB", "EUR")
    formatter.set_locale("de")
    assert formatter(450) == "4,50\xa0€"
    assert formatter.strings() == {450: "4,50\xa0€"}


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"key": 1}', "\u00e9".encode("latin-1")],
)
def test_a_corrupt_file_is_a_miss(tmp_path: Path, content: bytes) -> None:
    memo_path(tmp_path).write_bytes(content)
    assert read_prices(memo_path(tmp_path), "en_GB", "EUR") == {}


def test_a_file_with_wrong_prices_is_a_miss(tmp_path: Path) -> None:
    made_and_kept(tmp_path, "en_GB", "EUR")
    path = memo_path(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["prices"] = {"four fifty": "€4.50"}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_prices(path, "en_GB", "EUR") == {}


def test_no_folder_to_write_in_is_no_memo(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / price_memo.FILE_NAME
    assert write_prices(missing, "en_GB", "EUR", {450: "€4.50"}) is False
    assert read_prices(missing, "en_GB", "EUR") == {}
