"""The closing report's taxes per rate (`taxes_by_rate`): grouped, sorted, always adding up."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import pytest

from kiosk.finalpos import models as m
from kiosk.services.session import taxes_by_rate


def order(oid: str, total_taxes: str | None, *taxes: dict[str, Any]) -> m.Order:
    summary: dict[str, Any] = {"taxes": list(taxes)}
    if total_taxes is not None:
        summary["totalTaxes"] = total_taxes
    return m.Order.model_validate({"id": oid, "status": "completed", "summary": summary})


def tax(name: str | None, percentage: Any, amount: Any, **extra: Any) -> dict[str, Any]:
    return {"name": name, "percentage": percentage, "amount": amount, **extra}


def total(rows: list[dict[str, str | None]]) -> Decimal:
    return sum((Decimal(str(r["amount"])) for r in rows), Decimal(0))


def test_two_rates_and_an_order_without_a_breakdown_add_up_to_the_taxes() -> None:
    orders = [
        order("a", "3.50", tax("VAT", 19, "1.90"), tax("VAT", 7, "1.60")),
        order("b", "0.95", tax("VAT", "19.0", "0.95")),  # 19.0 is 19: one row
        order("c", "0.70"),  # no breakdown: its taxes at an unknown rate
        order("d", "1.20", tax(None, "5.5", "1.20", taxTableName="TVA réduite")),
    ]
    taxes, rows = taxes_by_rate(orders, "EUR")
    assert taxes == 635
    assert rows == [
        {"name": "TVA réduite", "rate": "5.5", "amount": "1.20"},
        {"name": "VAT", "rate": "7", "amount": "1.60"},
        {"name": "VAT", "rate": "19", "amount": "2.85"},
        {"name": None, "rate": None, "amount": "0.70"},
    ]
    assert total(rows) * 100 == taxes


def test_same_rate_different_names_stay_apart_and_rates_sort_numerically() -> None:
    orders = [
        order("a", "3.00", tax("IVA", 21, "2.00"), tax("IVA", 10, "1.00")),
        order("b", "0.40", tax("Recargo", 10, "0.40")),
        order("c", "0.00", tax("IVA", 0, "0.00")),
    ]
    _taxes, rows = taxes_by_rate(orders, "EUR")
    assert [(r["name"], r["rate"]) for r in rows] == [
        ("IVA", "0"),
        ("IVA", "10"),
        ("Recargo", "10"),
        ("IVA", "21"),
    ]  # 10 before 21 (numbers, not text), no unknown row when nothing is unknown


@pytest.mark.parametrize(
    ("odd", "why"),
    [
        (tax("VAT", None, "1.00"), "no rate"),
        (tax("VAT", -5, "1.00"), "a negative rate"),
        (tax("VAT", 19, None), "no amount"),
        (tax("VAT", 19, "0.001"), "an amount finer than a cent"),
    ],
)
def test_an_odd_tax_entry_is_skipped_and_logged_and_the_order_counts_as_unknown(
    odd: dict[str, Any], why: str, caplog: pytest.LogCaptureFixture
) -> None:
    orders = [
        order("good", "1.90", tax("VAT", 19, "1.90")),
        order("odd", "1.70", tax("VAT", 7, "0.70"), odd),
    ]
    with caplog.at_level(logging.WARNING, logger="kiosk.services.session"):
        taxes, rows = taxes_by_rate(orders, "EUR")
    assert taxes == 360, why
    assert rows == [
        {"name": "VAT", "rate": "19", "amount": "1.90"},
        {"name": None, "rate": None, "amount": "1.70"},
    ]
    assert "odd" in caplog.text


def test_a_breakdown_that_does_not_add_up_counts_whole_at_an_unknown_rate(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.services.session"):
        taxes, rows = taxes_by_rate([order("x", "2.00", tax("VAT", 19, "1.50"))], "EUR")
    assert taxes == 200 and rows == [{"name": None, "rate": None, "amount": "2.00"}]
    assert "does not add up" in caplog.text


def test_missing_or_odd_totals_never_raise() -> None:
    orders = [
        order("no-total", None, tax("VAT", 19, "1.90")),  # the breakdown is the total
        order("odd-total", "1.234", tax("VAT", 19, "1.00")),  # unusable total: the breakdown
        order("nothing", None),
        m.Order.model_validate({"id": "no-summary", "status": "completed"}),
    ]
    taxes, rows = taxes_by_rate(orders, "EUR")
    assert taxes == 290 and rows == [{"name": "VAT", "rate": "19", "amount": "2.90"}]


def test_a_zero_decimal_currency() -> None:
    taxes, rows = taxes_by_rate(
        [order("y", "110", tax("消費税", 10, "100"), tax("消費税", 8, "10"))], "JPY"
    )
    assert taxes == 110
    assert rows == [
        {"name": "消費税", "rate": "8", "amount": "10"},
        {"name": "消費税", "rate": "10", "amount": "100"},
    ]
