from decimal import Decimal

import pytest

from kiosk.finalpos.amounts import MoneyError, from_minor, minor


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
