from decimal import Decimal

import pytest

from kiosk.finalpos.amounts import (
    MAX_AMOUNT_MINOR,
    MAX_PRICE_MINOR,
    AmountOutOfRange,
    MoneyError,
    from_minor,
    minor,
    price_minor,
)


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("12.50"), "EUR", 1250),
        (Decimal("12.5"), "EUR", 1250),
        (Decimal("0"), "EUR", 0),
        (Decimal("100"), "USD", 10000),
        (Decimal("-3.99"), "EUR", -399),
        (Decimal("1200"), "JPY", 1200),
        (Decimal("1200.0"), "JPY", 1200),
        (Decimal("1.250"), "KWD", 1250),
        (Decimal("0.30000000000000004"), "EUR", None),
        (Decimal("4.555"), "EUR", None),
        (Decimal("1.5"), "JPY", None),
    ],
)
def test_wire_amount_to_minor(amount: Decimal, currency: str, expected: int | None) -> None:
    if expected is None:
        with pytest.raises(MoneyError):
            minor(amount, currency)
    else:
        assert minor(amount, currency) == expected


@pytest.mark.parametrize(
    ("amount_minor", "currency", "wire"),
    [
        (1250, "EUR", "12.50"),
        (5, "EUR", "0.05"),
        (0, "EUR", "0.00"),
        (-399, "EUR", "-3.99"),
        (1200, "JPY", "1200"),
        (1250, "KWD", "1.250"),
    ],
)
def test_minor_to_wire_decimal(amount_minor: int, currency: str, wire: str) -> None:
    value = from_minor(amount_minor, currency)
    assert isinstance(value, Decimal)
    assert str(value) == wire
    assert minor(value, currency) == amount_minor


@pytest.mark.parametrize(
    ("amount", "error"),
    [
        ("1e20", AmountOutOfRange),
        ("12345678901234567890", AmountOutOfRange),
        ("1e30", AmountOutOfRange),  # a bare to_minor raises decimal.InvalidOperation here
        ("1e999999999", AmountOutOfRange),  # ... and decimal.Overflow here
        ("-1e999999999", AmountOutOfRange),
        ("10000000000000.01", AmountOutOfRange),  # just above 10^15 minor units
        ("NaN", MoneyError),
        ("-Infinity", MoneyError),
        ("1E-999999999", MoneyError),  # not rounded to zero
        ("1." + "0" * 28 + "1", MoneyError),  # not rounded to 1
        ("1" * 41, MoneyError),
    ],
)
def test_amounts_out_of_bounds_are_money_errors(amount: str, error: type) -> None:
    with pytest.raises(error):
        minor(Decimal(amount), "EUR")


def test_any_amount_up_to_the_bound_converts() -> None:
    assert minor(Decimal("10000000000000.00"), "EUR") == MAX_AMOUNT_MINOR
    assert minor(Decimal("-10000000000000"), "EUR") == -MAX_AMOUNT_MINOR
    assert minor(Decimal("1e15"), "JPY") == MAX_AMOUNT_MINOR


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0", "EUR", 0),
        ("999999.99", "EUR", MAX_PRICE_MINOR),
        ("1000000", "EUR", None),
        ("99999999", "JPY", MAX_PRICE_MINOR),
        ("100000000", "JPY", None),
        ("99999.999", "KWD", MAX_PRICE_MINOR),
        ("-0.01", "EUR", None),
        (None, "EUR", None),
    ],
)
def test_price_minor_bounds(amount: str | None, currency: str, expected: int | None) -> None:
    value = None if amount is None else Decimal(amount)
    if expected is None:
        with pytest.raises(MoneyError):
            price_minor(value, currency)
    else:
        assert price_minor(value, currency) == expected
