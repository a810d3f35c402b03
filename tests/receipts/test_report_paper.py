"""The closing report on paper: its layout, the ESC/POS bytes read back by the printer
stand-in's interpreter, and printing through the receipt path with the printer on and off."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.sandbox.printer import PaperLine, ReceiptStandIns, start_receipt_standins
from kiosk.services.journal import Journal
from kiosk.services.receipts import JobKind, PrintOutcome, ReceiptSettings
from kiosk.services.receipts.jobs import JobStore
from kiosk.services.receipts.layout import render_text
from kiosk.services.receipts.paper import PaperWriter
from kiosk.services.receipts.report import rate_label, report_rows
from kiosk.services.receipts.service import ReceiptService
from kiosk.services.staff.closing import CashFigures, ClosingReport, RateTaxes
from tests.receipts.helpers import STORE
from tests.receipts.test_paper import read_back

OPENED = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
CLOSED = datetime(2026, 12, 1, 18, 30, tzinfo=UTC)
PRINTED = datetime(2026, 12, 1, 18, 31, tzinfo=UTC)

REPORT = ClosingReport(
    session_id="sess-1",
    closed_by="Maria",
    closed_at=CLOSED,
    currency="EUR",
    order_count=3,
    gross_minor=4_280,
    taxes_minor=560,
    sales_minor=4_280,
    refunds_minor=350,
    card_minor=2_930,
    payment_methods=(("cash", 1_000), ("credit_card", 2_930)),
    note="End of day",
    taxes_by_rate=(
        RateTaxes("VAT", Decimal("7"), 140),
        RateTaxes("VAT", Decimal("19"), 380),
        RateTaxes("", None, 40),
    ),
    session_number="Till 2-20261201-070000-4",
    station="Till 2",
    opened_by="Sam",
    opened_at=OPENED,
    cash=CashFigures(10_000, 11_000, 10_850, -150),
)


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


def test_the_layout_lists_every_figure_and_one_line_per_rate() -> None:
    text = render_text(report_rows(REPORT, store_name=STORE.name, printed_at=PRINTED))
    got = lines(text)
    for label, value in (
        ("Station", "Till 2"),
        ("Till session", "Till 2-20261201-070000-4"),
        ("Opened by", "Sam"),
        ("Closed by", "Maria"),
        ("Orders", "3"),
        ("Sales", "€42.80"),
        ("Of which taxes", "€5.60"),
        ("VAT 7%", "€1.40"),
        ("VAT 19%", "€3.80"),
        ("Taxes at an unknown rate", "€0.40"),
        ("Refunds", "€3.50"),
        ("Paid by cash", "€10.00"),
        ("Paid by card", "€29.30"),
        ("Card total", "€29.30"),
        ("Opening float", "€100.00"),
        ("Expected", "€110.00"),
        ("Counted", "€108.50"),
        ("Difference", "-€1.50"),
    ):
        assert any(ln.startswith(label) and ln.endswith(value) for ln in got), (label, text)
    assert STORE.name in text and "Closing report" in text and "End of day" in text
    # The rate lines sit under "Of which taxes", in the report's order.
    start = next(i for i, ln in enumerate(got) if ln.startswith("Of which taxes"))
    assert [ln.split("  ")[0] for ln in got[start + 1 : start + 4]] == [
        "VAT 7%",
        "VAT 19%",
        "Taxes at an unknown rate",
    ]


def test_a_kiosk_report_has_no_cash_block() -> None:
    kiosk = ClosingReport(**{**_fields(REPORT), "cash": None, "station": ""})
    text = render_text(report_rows(kiosk, store_name=STORE.name, printed_at=PRINTED))
    assert "Cash in the drawer" not in text and "Counted" not in text and "Station" not in text


def _fields(report: ClosingReport) -> dict[str, object]:
    return {name: getattr(report, name) for name in ClosingReport.__slots__}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("locale", "rate", "want"),
    [
        ("en_GB", "19", "VAT 19%"),
        ("de_DE", "19", "VAT 19\xa0%"),
        ("fr_FR", "5.5", "VAT 5,5\xa0%"),
        ("es_ES", "10", "VAT 10\xa0%"),
        ("en_GB", "8.875", "VAT 8.875%"),
    ],
)
def test_rate_labels_follow_the_locale_and_keep_every_digit(
    locale: str, rate: str, want: str
) -> None:
    assert rate_label("VAT", Decimal(rate), locale, str) == want


def test_the_labels_go_through_translate() -> None:
    german = {"Of which taxes": "Davon Steuern", "{name} {rate}": "{name} {rate}", "Tax": "Steuer"}
    rows = report_rows(
        REPORT,
        store_name=STORE.name,
        printed_at=PRINTED,
        locale="de_DE",
        translate=lambda s: german.get(s, s),
    )
    text = render_text(rows)
    assert "Davon Steuern" in text and "VAT 19\xa0%" in text and "3,80\xa0€" in text


def test_the_paper_bytes_carry_the_rate_lines() -> None:
    data = PaperWriter().document(
        report_rows(REPORT, store_name=STORE.name, printed_at=PRINTED, locale="de_DE")
    )
    job = read_back(data)
    text = job.text
    got = lines(text)
    assert any(ln.startswith("VAT 19\xa0%") and ln.endswith("3,80\xa0€") for ln in got), text
    assert any(ln.startswith("VAT 7\xa0%") and ln.endswith("1,40\xa0€") for ln in got), text
    assert job.cuts == 1
    title = next(i for i in job.items if isinstance(i, PaperLine) and STORE.name in i.text)
    assert title.bold
    assert "PIN" not in text


# -- printing through the receipt path ---------------------------------------------------


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins", kitchen=False) as running:
        yield running


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.in_dir(tmp_path / "journal") as opened:
        yield opened


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def service_for(
    standins: ReceiptStandIns, journal: Journal, clock: Clock, jobs: JobStore | None = None
) -> ReceiptService:
    settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 60})
    return ReceiptService(settings, journal=journal, store=STORE, clock=clock, jobs=jobs)


async def test_printed_on_the_receipt_printer(standins: ReceiptStandIns, journal: Journal) -> None:
    service = service_for(standins, journal, Clock())
    assert await service.print_report_async(REPORT) is PrintOutcome.PRINTED
    [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
    assert "VAT 19%" in job.text and "Till 2-20261201-070000-4" in job.text
    assert service.problems() == []


async def test_a_printer_that_is_off_queues_it_like_a_receipt_and_it_prints_later(
    standins: ReceiptStandIns, journal: Journal, tmp_path: Path
) -> None:
    clock = Clock()
    jobs = JobStore(tmp_path / "receipts.sqlite")
    service = service_for(standins, journal, clock, jobs)
    standins.printer.offline = True
    assert await service.print_report_async(REPORT) is PrintOutcome.QUEUED
    [problem] = service.problems()
    assert (problem.kind, problem.state, problem.checkout_id) == (
        JobKind.REPORT, "unreachable", "sess-1",
    )  # fmt: skip
    assert problem.order_number == REPORT.session_number and problem.pending
    # Printing it again while it waits replaces the waiting copy (one report comes out).
    assert await service.print_report_async(REPORT) is PrintOutcome.QUEUED
    assert len(service.problems()) == 1
    # A restart keeps it; the queue prints it once the printer is back.
    again = JobStore(tmp_path / "receipts.sqlite")
    restarted = service_for(standins, journal, clock, again)
    assert [p.kind for p in restarted.problems()] == [JobKind.REPORT]
    standins.printer.offline = False
    clock.now += 60
    assert await restarted.run_pending_async() == 1
    [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
    assert "VAT 7%" in job.text and restarted.problems() == []
    again.close()
    jobs.close()


async def test_no_printer_is_not_configured(journal: Journal) -> None:
    service = ReceiptService(ReceiptSettings(), journal=journal, store=STORE)
    assert await service.print_report_async(REPORT) is PrintOutcome.NOT_CONFIGURED
    assert service.problems() == []
