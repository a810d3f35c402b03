"""The refunds' taxes per rate for the closing report (`refund_taxes_by_rate`): from the
summary's breakdown, else the lines', else at an unknown rate; always adding up."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import pytest

from kiosk.finalpos import models as m
from kiosk.services.report_taxes import refund_taxes_by_rate

LOGGER = "kiosk.services.report_taxes"


def tax(name: str | None, percentage: Any, amount: Any) -> dict[str, Any]:
    return {"name": name, "percentage": percentage, "amount": amount}


def refund(
    rid: str,
    total_taxes: str | None,
    *,
    summary_taxes: list[dict[str, Any]] | None = None,
    line_taxes: list[list[dict[str, Any]]] = (),  # type: ignore[assignment]
    currency: str | None = "EUR",
) -> m.Refund:
    summary: dict[str, Any] = {"total": "10.00"}
    if total_taxes is not None:
        summary["totalTaxes"] = total_taxes
    if summary_taxes is not None:
        summary["taxes"] = summary_taxes
    lines = [{"name": f"line {i}", "quantity": 1, "taxes": t} for i, t in enumerate(line_taxes)]
    return m.Refund.model_validate(
        {"id": rid, "orderId": "o1", "currency": currency, "lineItems": lines, "summary": summary}
    )


def total(rows: list[dict[str, str | None]]) -> Decimal:
    return sum((Decimal(str(r["amount"])) for r in rows), Decimal(0))


def test_summary_lines_or_neither_two_rates_and_an_unknown_row_adding_up() -> None:
    refunds = [
        # Ours: both the summary's breakdown and the lines'; counted once.
        refund(
            "kiosk",
            "0.90",
            summary_taxes=[tax("VAT", 20, "0.60"), tax("VAT", 10, "0.30")],
            line_taxes=[[tax("VAT", 20, "0.60")], [tax("VAT", 10, "0.30")]],
        ),
        # Made elsewhere with only summary.taxes.
        refund("backoffice", "0.40", summary_taxes=[tax("VAT", "20.0", "0.40")]),
        # Made elsewhere with only the lines' taxes (two lines at one rate).
        refund("lines", "0.50", line_taxes=[[tax("VAT", 10, "0.20")], [tax("VAT", 10, "0.30")]]),
        # Neither: its taxes at an unknown rate.
        refund("bare", "0.25"),
    ]
    taxes, rows = refund_taxes_by_rate(refunds, "EUR")
    assert taxes == 205
    assert rows == [
        {"name": "VAT", "rate": "10", "amount": "0.80"},
        {"name": "VAT", "rate": "20", "amount": "1.00"},
        {"name": None, "rate": None, "amount": "0.25"},
    ]
    assert total(rows) * 100 == taxes


def test_a_summary_breakdown_that_does_not_add_up_gives_way_to_the_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    odd = refund(
        "r",
        "1.00",
        summary_taxes=[tax("VAT", 20, "0.10")],  # a partial list
        line_taxes=[[tax("VAT", 20, "0.70")], [tax("VAT", 10, "0.30")]],
    )
    with caplog.at_level(logging.INFO, logger=LOGGER):
        taxes, rows = refund_taxes_by_rate([odd], "EUR")
    assert taxes == 100
    assert rows == [
        {"name": "VAT", "rate": "10", "amount": "0.30"},
        {"name": "VAT", "rate": "20", "amount": "0.70"},
    ]
    assert "refund r" in caplog.text


def test_when_neither_adds_up_the_refund_counts_whole_at_an_unknown_rate(
    caplog: pytest.LogCaptureFixture,
) -> None:
    odd = refund(
        "r",
        "1.00",
        summary_taxes=[tax("VAT", 20, "0.10")],
        line_taxes=[[tax("VAT", 20, "0.20")]],
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        taxes, rows = refund_taxes_by_rate([odd], "EUR")
    assert taxes == 100 and rows == [{"name": None, "rate": None, "amount": "1.00"}]
    assert "does not add up" in caplog.text


def test_without_a_total_a_usable_breakdown_is_the_total() -> None:
    taxes, rows = refund_taxes_by_rate(
        [refund("r", None, line_taxes=[[tax("IVA", 21, "2.10")]])], "EUR"
    )
    assert taxes == 210 and rows == [{"name": "IVA", "rate": "21", "amount": "2.10"}]


def test_an_unreadable_refund_is_skipped_and_logged_and_the_rest_still_counts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    refunds = [
        refund("finer-than-a-cent", "0.001"),  # not an amount of EUR, and nothing else to go by
        refund("good", "0.19", summary_taxes=[tax("VAT", 19, "0.19")]),
        refund("dollars", "5.00", summary_taxes=[tax("Tax", 5, "5.00")], currency="USD"),
    ]
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        taxes, rows = refund_taxes_by_rate(refunds, "EUR")
    assert taxes == 19 and rows == [{"name": "VAT", "rate": "19", "amount": "0.19"}]
    assert "finer-than-a-cent" in caplog.text and "dollars" in caplog.text


def test_no_refunds_no_rows() -> None:
    assert refund_taxes_by_rate([], "EUR") == (0, [])
