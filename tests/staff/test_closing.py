"""The closing report read back from the closed session (`report_from_session`): tolerant."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import pytest

from kiosk.finalpos import models as m
from kiosk.services.staff.closing import CashFigures, RateTaxes, report_from_session


def session(report: Any, **extra: Any) -> m.Session:
    data = report if isinstance(report, str) else json.dumps(report)
    return m.Session.model_validate(
        {
            "id": "s1",
            "sessionNumber": "Till 2-20261201-070000-4",
            "openedBy": "Sam",
            "closedBy": "Maria",
            "openTime": "2026-12-01T07:00:00Z",
            "closeTime": "2026-12-01T18:30:00Z",
            "closingReportData": data,
            "closingAmounts": {"card": "29.30"},
            **extra,
        }
    )


def test_every_field_is_read_back() -> None:
    report = report_from_session(
        session(
            {
                "orderCount": 3,
                "gross": "42.80",
                "taxes": "5.60",
                "taxesByRate": [
                    {"name": "VAT", "rate": "7", "amount": "1.40"},
                    {"name": "VAT", "rate": "19", "amount": "3.80"},
                    {"name": None, "rate": None, "amount": "0.40"},
                ],
                "sales": "42.80",
                "refunds": "3.50",
                "paymentMethods": {"credit_card": "29.30", "cash": "10.00"},
                "cash": {
                    "opening": "100.00",
                    "expected": "110.00",
                    "counted": "108.50",
                    "difference": "-1.50",
                },
            }
        ),
        closed_by="nobody",
        currency="eur",
        station="Till 2",
    )
    assert (report.order_count, report.gross_minor, report.taxes_minor) == (3, 4280, 560)
    assert report.taxes_by_rate == (
        RateTaxes("VAT", Decimal(7), 140),
        RateTaxes("VAT", Decimal(19), 380),
        RateTaxes("", None, 40),
    )
    assert report.payment_methods == (("cash", 1000), ("credit_card", 2930))
    assert report.cash == CashFigures(10_000, 11_000, 10_850, -150)
    assert (report.closed_by, report.opened_by, report.station) == ("Maria", "Sam", "Till 2")
    assert report.session_number == "Till 2-20261201-070000-4" and report.currency == "EUR"
    assert report.card_minor == 2930 and report.opened_at and report.closed_at


@pytest.mark.parametrize(
    "data",
    ["not json", "[1, 2]", "null", json.dumps({"orderCount": "many", "paymentMethods": [1]})],
)
def test_an_unreadable_report_reads_as_empty(data: str) -> None:
    report = report_from_session(session(data), closed_by="Maria", currency="EUR")
    assert (report.order_count, report.taxes_minor, report.taxes_by_rate) == (0, 0, ())
    assert report.payment_methods == () and report.cash is None


def test_odd_rate_rows_are_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    rows = [
        {"name": "VAT", "rate": "19", "amount": "3.80"},
        {"name": "VAT", "rate": "abc", "amount": "1.00"},
        {"name": "VAT", "rate": "NaN", "amount": "1.00"},
        {"name": "VAT", "amount": "1.00"},
        "VAT 7 %",
        {"name": "VAT", "rate": "7", "amount": "1.234"},  # not an amount: read as 0
    ]
    with caplog.at_level(logging.WARNING, logger="kiosk.services.staff.closing"):
        report = report_from_session(
            session({"taxes": "3.80", "taxesByRate": rows}), closed_by="Maria", currency="EUR"
        )
    assert report.taxes_by_rate == (
        RateTaxes("VAT", Decimal(19), 380),
        RateTaxes("VAT", Decimal(7), 0),
    )
    assert caplog.text.count("skipped") == 4 and "read as 0" in caplog.text
