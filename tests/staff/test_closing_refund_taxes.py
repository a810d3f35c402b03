"""The closing report's refund taxes read back (`refundTaxesByRate`, `refundTaxes`), the net
per rate, and both on paper; a report written before them reads and prints as it did, and one
closed while Final POS could not list the refunds prints that their taxes are missing."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kiosk.finalpos import models as m
from kiosk.services.receipts.layout import columns, render_lines
from kiosk.services.receipts.report import report_rows
from kiosk.services.report_taxes import REFUND_TAXES_UNLISTED
from kiosk.services.staff.closing import ClosingReport, RateTaxes, report_from_session

PRINTED = datetime(2026, 12, 1, 18, 31, tzinfo=UTC)
SALES = {
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
}
REFUNDS = {
    "refundTaxes": "0.91",
    "refundTaxesByRate": [
        {"name": "VAT", "rate": "5.5", "amount": "0.11"},  # only refunded (an older sale)
        {"name": "VAT", "rate": "19", "amount": "0.57"},
        {"name": None, "rate": None, "amount": "0.23"},
    ],
}


def read(data: dict[str, Any]) -> ClosingReport:
    return report_from_session(
        m.Session.model_validate(
            {
                "id": "s1",
                "sessionNumber": "Till 2-20261201-070000-4",
                "closedBy": "Maria",
                "closeTime": "2026-12-01T18:30:00Z",
                "closingReportData": json.dumps(data),
                "closingAmounts": {"card": "29.30"},
            }
        ),
        closed_by="Maria",
        currency="EUR",
    )


def printed(report: ClosingReport, width: int = 42) -> list[str]:
    return render_lines(report_rows(report, store_name="Café", printed_at=PRINTED), width)


def pairs(lines: list[str]) -> list[tuple[str, str]]:
    """(label, value) of each line with both, indented or not."""
    found = []
    for line in lines:
        label, _gap, value = line.strip().rpartition("  ")
        if label:
            found.append((label.strip(), value.strip()))
    return found


def test_refund_taxes_read_back_and_net_per_rate() -> None:
    report = read(SALES | REFUNDS)
    assert report.refund_taxes_minor == 91 and report.has_refund_taxes
    assert report.refund_taxes_by_rate == (
        RateTaxes("VAT", Decimal("5.5"), 11),
        RateTaxes("VAT", Decimal(19), 57),
        RateTaxes("", None, 23),
    )
    net = report.net_taxes_by_rate()
    assert net == (
        RateTaxes("VAT", Decimal("5.5"), -11),
        RateTaxes("VAT", Decimal(7), 140),
        RateTaxes("VAT", Decimal(19), 323),
        RateTaxes("", None, 17),
    )
    assert sum(t.amount_minor for t in net) == report.net_taxes_minor == 560 - 91


def test_the_paper_shows_sales_refunded_and_net_per_rate_within_the_columns() -> None:
    report = read(SALES | REFUNDS)
    for width in (42, 48):
        lines = printed(report, width)
        assert all(columns(line) <= width for line in lines), lines
    got = pairs(printed(report))
    start = got.index(("Of which taxes", "€5.60"))
    assert got[start : start + 14] == [
        ("Of which taxes", "€5.60"),
        ("VAT 7%", "€1.40"),
        ("VAT 19%", "€3.80"),
        ("Taxes at an unknown rate", "€0.40"),
        ("Taxes refunded", "€0.91"),
        ("VAT 5.5%", "€0.11"),
        ("VAT 19%", "€0.57"),
        ("Taxes at an unknown rate", "€0.23"),
        ("Taxes net of refunds", "€4.69"),
        ("VAT 5.5%", "-€0.11"),
        ("VAT 7%", "€1.40"),
        ("VAT 19%", "€3.23"),
        ("Taxes at an unknown rate", "€0.17"),
        ("Refunds", "€3.50"),
    ]
    # The rate lines sit indented under their block's title.
    text = printed(report)
    assert next(ln for ln in text if "VAT 5.5%" in ln).startswith("  ")
    assert next(ln for ln in text if "Taxes refunded" in ln).startswith("T")


def test_a_report_written_before_refund_taxes_reads_and_prints_as_it_did() -> None:
    report = read(SALES)
    assert report.refund_taxes_minor == 0 and report.refund_taxes_by_rate == ()
    assert not report.has_refund_taxes
    assert report.net_taxes_by_rate() == report.taxes_by_rate
    got = [label for label, _v in pairs(printed(report))]
    start = got.index("Of which taxes")
    assert got[start : start + 5] == [
        "Of which taxes",
        "VAT 7%",
        "VAT 19%",
        "Taxes at an unknown rate",
        "Refunds",
    ]
    assert "Taxes refunded" not in got and "Taxes net of refunds" not in got


def test_odd_refund_rows_are_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    rows = [
        {"name": "VAT", "rate": "19", "amount": "0.57"},
        {"name": "VAT", "rate": "Infinity", "amount": "1.00"},
        "VAT 7 %",
    ]
    data = SALES | {"refundTaxes": "lots", "refundTaxesByRate": rows}
    with caplog.at_level(logging.WARNING, logger="kiosk.services.staff.closing"):
        report = read(data)
    assert report.refund_taxes_by_rate == (RateTaxes("VAT", Decimal(19), 57),)
    assert report.refund_taxes_minor == 0  # read as 0, logged
    assert caplog.text.count("skipped") == 2 and "read as 0" in caplog.text


def test_a_nameless_refund_tax_nets_against_the_one_sales_tax_at_its_rate() -> None:
    refunds = {
        "refundTaxes": "0.87",
        "refundTaxesByRate": [
            {"name": "", "rate": "7", "amount": "0.30"},  # only VAT has 7 %: netted there
            {"name": "", "rate": "19", "amount": "0.57"},
        ],
    }
    sales = SALES | {
        "taxesByRate": [
            {"name": "VAT", "rate": "7", "amount": "1.40"},
            {"name": "VAT", "rate": "19", "amount": "3.00"},
            {"name": "Levy", "rate": "19", "amount": "1.20"},  # two names at 19 %: kept apart
        ]
    }
    assert read(sales | refunds).net_taxes_by_rate() == (
        RateTaxes("VAT", Decimal(7), 110),
        RateTaxes("", Decimal(19), -57),
        RateTaxes("Levy", Decimal(19), 120),
        RateTaxes("VAT", Decimal(19), 300),
    )


NOTICE = "Refunded taxes are missing from this report: Final POS could not list the refunds."


@pytest.mark.parametrize("width", [42, 48])
def test_the_paper_says_the_refunded_taxes_are_missing_when_refunds_were_not_listed(
    width: int,
) -> None:
    """Closed while Final POS could not list the refunds: the paper says under the sales'
    taxes that the refunds' are missing (no refunded nor net block), within the columns."""
    report = read(SALES | {REFUND_TAXES_UNLISTED: True})
    assert report.refund_taxes_unlisted and not report.has_refund_taxes
    lines = printed(report, width)
    assert all(columns(line) <= width for line in lines), lines
    text = [line.strip() for line in lines]
    taxes_at = next(i for i, ln in enumerate(text) if ln.startswith("Of which taxes"))
    refunds_at = next(i for i, ln in enumerate(text) if ln.startswith("Refunds"))
    unknown_at = next(i for i, ln in enumerate(text) if ln.startswith("Taxes at an unknown"))
    assert taxes_at < unknown_at < refunds_at
    # The notice is the lines between the last rate and "Refunds", wrapped at the width.
    assert " ".join(text[unknown_at + 1 : refunds_at]) == NOTICE
    assert len(text[unknown_at + 1 : refunds_at]) > 1  # wrapped, not cut
    assert not any("Taxes refunded" in ln or "Taxes net of refunds" in ln for ln in text)


@pytest.mark.parametrize("flag", [None, False, "true"])
def test_only_the_flag_itself_makes_the_notice(flag: object) -> None:
    """A report without the flag (or with an odd value) prints no notice: it is written as
    ``true`` by the service only."""
    data = SALES | REFUNDS | ({} if flag is None else {REFUND_TAXES_UNLISTED: flag})
    report = read(data)
    assert not report.refund_taxes_unlisted
    assert NOTICE.split(":")[0] not in " ".join(printed(report))
