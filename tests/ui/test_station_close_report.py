"""The station's close-till screen shows the closing report (one row per tax rate) beside the
drawer's count and prints it on the receipt printer by a tap: printed, or queued when the
printer is off, with the receipts' sentence; both window sizes, screenshots for a look."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.sandbox.printer import ReceiptStandIns, start_receipt_standins
from kiosk.services.receipts import JobKind, PrintOutcome, ReceiptSettings
from kiosk.services.receipts.service import ReceiptService
from kiosk.services.station.cash import CashOutcome
from kiosk.ui.station.view import FULL_HD, SMALL, StationView
from tests.receipts.helpers import STORE
from tests.ui.conftest import until
from tests.ui.station_fixtures import (
    MANAGER_PIN,
    StationRig,
    settled,
    signed_in,
    station_rig,
    station_stack,
)
from tests.ui.test_qml import item, tap
from tests.ui.test_station_orders import scan

__all__ = ["station_rig", "station_stack"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins", kitchen=False) as running:
        yield running


def printer_for(rig: StationRig, standins: ReceiptStandIns) -> ReceiptService:
    settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 600})
    service = ReceiptService(settings, journal=rig.built.services.journal, store=STORE)
    rig.receipts[0] = service
    return service


def two_rates(rig: StationRig) -> list[str]:
    """A barcode of a standard-rate product and one of a reduced-rate product."""
    codes: dict[str, str] = {}
    for product in rig.catalog.products:
        for variant in product.variants:
            if variant.barcode and variant.available and product.tax_table:
                codes.setdefault(product.tax_table, variant.barcode)
    assert {"standard", "reduced"} <= codes.keys(), codes
    return [codes["standard"], codes["reduced"]]


async def close_with_two_rates(rig: StationRig) -> int:
    """A cash sale of two products (two tax rates), then the till closed 1.50 short."""
    st = rig.station
    await signed_in(rig, MANAGER_PIN, float_minor=10_000)
    for i, code in enumerate(two_rates(rig)):
        scan(st, code, 1.0 + i)
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    total = rig.desk.cash.journal.all()[-1].amount_minor
    st.till_vm.openCloseTill()
    for d in str(10_000 + total - 150):
        st.digit(d)
    await st.till_vm.close_till_async()
    assert st.till_vm.closing["difference"] == st.money(-150), st.message
    return total


def rows(rig: StationRig) -> list[tuple[str, str, bool]]:
    return [(str(a), str(b), bool(c)) for a, b, c in rig.station.till_vm.report_lines.rows]


async def test_the_report_rows_carry_each_rate_and_add_up(station_rig: StationRig) -> None:
    rig, st = station_rig, station_rig.station
    total = await close_with_two_rates(rig)
    report = st.till_vm.report
    assert report is not None and report.cash is not None
    got = rows(rig)
    labels = [label for label, _v, _d in got]
    start = labels.index("Of which taxes")
    rates = got[start + 1 : start + 3]
    assert sorted(label for label, _v, _d in rates) == ["reduced 10%", "standard 20%"]
    assert all(detail for _l, _v, detail in rates) and not got[start][2]
    assert sum(t.amount_minor for t in report.taxes_by_rate) == report.taxes_minor > 0
    assert dict((a, b) for a, b, _c in got)["Paid by cash"] == st.money(total)
    assert not st.till_vm.canPrint  # no receipt printer here
    # A new count starts clean: no report from the last close.
    st.till_vm.openCloseTill()
    assert st.till_vm.report is None and st.till_vm.report_lines.rows == []


async def test_print_the_report_by_a_tap_printer_on_then_off(
    station_rig: StationRig, standins: ReceiptStandIns
) -> None:
    rig, st = station_rig, station_rig.station
    service = printer_for(rig, standins)
    await close_with_two_rates(rig)
    assert st.till_vm.canPrint
    station_view = StationView(st, size=SMALL)
    station_view.window.show()
    try:
        for name, size in (("1366x768", SMALL), ("1920x1080", FULL_HD)):
            station_view.window.resize(size)
            await settled(st)
            await asyncio.sleep(0.5)  # the window lays out at its new size (a frame or two)
            station_view.grab()
            button = item(station_view, "btnPrintReport")  # type: ignore[arg-type]
            lines = item(station_view, "closingReportLines")  # type: ignore[arg-type]
            scroll = item(station_view, "closingReportScroll")  # type: ignore[arg-type]
            assert scroll.height() >= lines.height()  # every row in view, none clipped
            assert button.height() >= 64 and button.width() >= 300
            shot = ROOT / "build" / "screenshots" / f"station-close-till-{name}.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            station_view.grab().save(str(shot))
        await tap(station_view, "btnPrintReport")  # type: ignore[arg-type]
        await until(lambda: st.message == "The closing report is printed.", 20)
        [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
        text = job.text
        for want in ("standard 20%", "reduced 10%", "Counted", "Difference", "Opening float"):
            assert want in text, (want, text)
        assert "-€1.50" in text and "Maria" in text and MANAGER_PIN not in text

        standins.printer.offline = True
        assert await st.till_vm.print_report_async() is PrintOutcome.QUEUED
        assert st.messageKind == "error"
        assert st.message == "The printer did not print it now; it tries again by itself."
        assert [p.kind for p in service.problems()] == [JobKind.REPORT]
        assert station_view.warnings == []
    finally:
        station_view.close()
