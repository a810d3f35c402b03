from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.money import Money, MoneyError, exponent, round_half_up, to_minor, to_wire


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("12.50", "EUR", 1250),
        ("0.00", "EUR", 0),
        ("1000.50", "usd", 100050),
        (Decimal("3"), "GBP", 300),
        (7, "EUR", 700),
        ("1200", "JPY", 1200),
        ("1.250", "KWD", 1250),
        ("-4.10", "EUR", -410),
        (" 9.99 ", "EUR", 999),
    ],
)
def test_to_minor_table(amount: Decimal | str | int, currency: str, minor: int) -> None:
    assert to_minor(amount, currency) == minor


@pytest.mark.parametrize(
    ("minor", "currency", "wire"),
    [
        (1250, "EUR", "12.50"),
        (0, "EUR", "0.00"),
        (5, "EUR", "0.05"),
        (1200, "JPY", "1200"),
        (1250, "KWD", "1.250"),
        (-410, "EUR", "-4.10"),
    ],
)
def test_to_wire_table(minor: int, currency: str, wire: str) -> None:
    assert to_wire(minor, currency) == wire


@pytest.mark.parametrize("bad", ["", "abc", "NaN", "Infinity", "1,50"])
def test_not_money_is_an_error(bad: str) -> None:
    with pytest.raises(MoneyError):
        to_minor(bad, "EUR")


def test_too_precise_is_an_error_unless_rounding_asked() -> None:
    with pytest.raises(MoneyError, match="more decimals"):
        to_minor("1.005", "EUR")
    with pytest.raises(MoneyError):
        to_minor("1.5", "JPY")
    assert to_minor("1.005", "EUR", exact=False) == 101
    assert to_minor("-1.005", "EUR", exact=False) == -101


def test_round_half_up_is_away_from_zero() -> None:
    assert [round_half_up(Decimal(v)) for v in ("0.5", "1.5", "2.5", "-0.5", "2.49")] == [
        1,
        2,
        3,
        -1,
        2,
    ]


def test_exponents() -> None:
    assert (exponent("EUR"), exponent("jpy"), exponent("KWD")) == (2, 0, 3)


def test_money_arithmetic_and_currency_guard() -> None:
    a = Money(250, "eur")
    assert a.currency == "EUR"
    assert a + Money(100, "EUR") == Money(350, "EUR")
    assert a * 3 == Money(750, "EUR") == 3 * a
    assert -a == Money(-250, "EUR")
    assert a.to_wire() == "2.50"
    assert str(a) == "2.50 EUR"
    with pytest.raises(MoneyError):
        a + Money(1, "USD")
    with pytest.raises(MoneyError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(1, "EURO")


@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["EUR", "JPY", "KWD"]))
def test_wire_round_trip(minor: int, currency: str) -> None:
    assert to_minor(to_wire(minor, currency), currency) == minor
    assert Money.parse(Money(minor, currency).to_wire(), currency) == Money(minor, currency)
