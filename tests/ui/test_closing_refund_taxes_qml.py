"""The closing report's taxes refunded and net per rate on the two screens that show it: the
station's close-till screen after a real session (a cash sale in two rates, its cash refund,
refunds made in the back office) at 1920x1080 and 1366x768, and staff mode's report in both
orientations; no text clipped, screenshots for a look. An old report shows its old rows."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPointF, QSize

from kiosk.finalpos import models as m
from kiosk.sandbox.printer import ReceiptStandIns
from kiosk.services.refunds import RefundOutcome
from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser
from kiosk.services.staff.desk import ClosingReport, RateTaxes
from kiosk.services.station.cash import CashOutcome
from kiosk.ui.closing import taxes_rows
from kiosk.ui.staff.shell import StaffScreen
from kiosk.ui.staff.viewmodel import StaffViewModel
from kiosk.ui.station.view import FULL_HD, SMALL, StationView
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.conftest import until
from tests.ui.staff_fixtures import StaffRig, rig, settled, staff_stack
from tests.ui.station_fixtures import MANAGER_PIN, StationRig, signed_in, station_rig, station_stack
from tests.ui.station_fixtures import settled as station_settled
from tests.ui.still import hold_still
from tests.ui.test_language import clipped
from tests.ui.test_qml import item
from tests.ui.test_station_close_report import printer_for, standins, two_rates
from tests.ui.test_station_orders import scan

__all__ = ["rig", "staff_stack", "standins", "station_rig", "station_stack"]
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"

SOLD = (RateTaxes("VAT", Decimal(7), 1_540), RateTaxes("VAT", Decimal(19), 4_180))
REFUNDED = (
    RateTaxes("VAT", Decimal(7), 210),
    RateTaxes("VAT", Decimal(19), 570),
    RateTaxes("", None, 35),
)
REPORT = ClosingReport(
    session_id="s1",
    closed_by="Maria",
    closed_at=None,
    currency="EUR",
    order_count=42,
    gross_minor=48_250,
    taxes_minor=5_720,
    sales_minor=48_250,
    refunds_minor=4_900,
    card_minor=31_000,
    payment_methods=(("cash", 12_350), ("credit_card", 31_000)),
    note="",
    taxes_by_rate=SOLD,
    refund_taxes_minor=815,
    refund_taxes_by_rate=REFUNDED,
)


def labels(rows: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    return [(str(a), str(b), bool(c)) for a, b, c in rows]


def test_rows_per_rate_sold_refunded_and_net_and_an_old_report_as_before() -> None:
    def money(minor: int) -> str:
        return f"{minor / 100:.2f}"

    assert taxes_rows(REPORT, money, "en_GB") == [
        ("Of which taxes", "57.20", False),
        ("VAT 7%", "15.40", True),
        ("VAT 19%", "41.80", True),
        ("Taxes refunded", "8.15", False),
        ("VAT 7%", "2.10", True),
        ("VAT 19%", "5.70", True),
        ("Taxes at an unknown rate", "0.35", True),
        ("Taxes net of refunds", "49.05", False),
        ("VAT 7%", "13.30", True),
        ("VAT 19%", "36.10", True),
        ("Taxes at an unknown rate", "-0.35", True),
    ]
    old = ClosingReport(**{**_fields(REPORT), "refund_taxes_minor": 0, "refund_taxes_by_rate": ()})
    assert taxes_rows(old, money, "en_GB") == [
        ("Of which taxes", "57.20", False),
        ("VAT 7%", "15.40", True),
        ("VAT 19%", "41.80", True),
    ]


def _fields(report: ClosingReport) -> dict[str, object]:
    return {name: getattr(report, name) for name in ClosingReport.__slots__}  # type: ignore[attr-defined]


async def test_the_close_till_screen_shows_refunded_and_net_taxes_unclipped(
    station_rig: StationRig, standins: ReceiptStandIns
) -> None:
    rig, st = station_rig, station_rig.station
    printer_for(rig, standins)  # "Print report" shows: the rows have the less room
    await signed_in(rig, MANAGER_PIN, float_minor=10_000)
    for i, code in enumerate(two_rates(rig)):
        scan(st, code, 1.0 + i)
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    [sale] = rig.desk.cash.journal.all()[-1:]
    refunded = await rig.built.refunds.refund_async(sale.checkout_id, refunded_by="Maria")
    assert refunded.outcome is RefundOutcome.REFUNDED
    # Made in the back office: only the summary's breakdown, and one with none at all.
    session_id = rig.built.services.session.session_id
    assert session_id is not None and sale.order_id is not None
    for taxes, total in (
        ((("standard", 20, "0.50"), ("reduced", 10, "0.20")), "0.70"),
        ((), "0.15"),
    ):
        await rig.built.services.finalpos.create_refund(
            m.RefundCreate(
                order_id=sale.order_id,
                session_id=session_id,
                currency="EUR",
                line_items=[m.LineItem(name="Goodwill", quantity=1, total=Decimal("3.00"))],
                summary=m.RefundSummary(
                    total=Decimal("3.00"),
                    total_taxes=Decimal(total),
                    taxes=[
                        m.TaxLine(name=n, percentage=Decimal(p), amount=Decimal(a))
                        for n, p, a in taxes
                    ],
                ),
            )
        )
    st.till_vm.openCloseTill()
    for d in "10000":
        st.digit(d)
    await st.till_vm.close_till_async()
    report = st.till_vm.report
    assert report is not None and report.has_refund_taxes, st.message
    got = labels(st.till_vm.report_lines.rows)
    names = [label for label, _v, _d in got]
    refunded_at = names.index("Taxes refunded")
    net_at = names.index("Taxes net of refunds")
    assert names[refunded_at + 1 : net_at] == [
        "reduced 10%",
        "standard 20%",
        "Taxes at an unknown rate",
    ]
    assert names[net_at + 1 : net_at + 4] == [
        "reduced 10%",
        "standard 20%",
        "Taxes at an unknown rate",
    ]
    assert got[net_at][1] == st.money(report.taxes_minor - report.refund_taxes_minor)

    station_view = StationView(st, size=SMALL)
    station_view.window.show()
    try:
        for name, size in (("1366x768", SMALL), ("1920x1080", FULL_HD)):
            station_view.window.resize(size)
            await station_settled(st)
            await asyncio.sleep(0.5)  # the window lays out at its new size (a frame or two)
            station_view.grab()
            lines = item(station_view, "closingReportLines")  # type: ignore[arg-type]
            scroll = item(station_view, "closingReportScroll")  # type: ignore[arg-type]
            SHOTS.mkdir(parents=True, exist_ok=True)
            station_view.grab().save(str(SHOTS / f"station-close-till-refund-taxes-{name}.png"))
            assert scroll.height() >= lines.height(), name  # every row in view, none cut off
            assert clipped(station_view) == [], name  # type: ignore[arg-type]
            assert item(station_view, "btnPrintReport").isVisible()  # type: ignore[arg-type]
            SHOTS.mkdir(parents=True, exist_ok=True)
            station_view.grab().save(str(SHOTS / f"station-close-till-refund-taxes-{name}.png"))
        assert station_view.warnings == []
    finally:
        station_view.close()


async def show_staff_report(rig: StaffRig, view: KioskView, report: ClosingReport) -> None:
    """Staff mode's closing report screen showing `report`, signed in as a manager."""
    staff = rig.staff
    rig.vms.app.requestStaff()
    await until(lambda: view.find("pinKey_1") is not None)
    staff.stage_user(StaffUser("Maria", Role("manager", FALLBACK_ROLES["manager"], "fallback")))
    await until(lambda: staff.screen == "home")
    staff.report_vm.show(report)
    staff.show(StaffScreen.CLOSE_REPORT)


async def laid_out(view: KioskView, staff: StaffViewModel, size: QSize) -> None:
    """The window at `size`, settled and drawn."""
    view.window.resize(size)
    await settled(staff)
    await asyncio.sleep(0.5)  # the window lays out at its new size (a frame or two)
    view.grab()


async def test_the_staff_report_shows_refunded_and_net_taxes_unclipped(rig: StaffRig) -> None:
    view = KioskView(rig.vms.app, size=PORTRAIT)
    view.window.show()
    hold_still(view)
    try:
        staff = rig.staff
        await show_staff_report(rig, view, REPORT)
        for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)):
            await laid_out(view, staff, size)
            shown = [str(c.property("label")) for c in item(view, "reportLines").childItems()]
            assert "Taxes refunded" in shown and "Taxes net of refunds" in shown
            assert clipped(view) == [], name
            scroll = item(view, "reportScroll")
            button = item(view, "reportOpenNew")
            assert button.mapToScene(QPointF(0, button.height())).y() <= view.window.height()
            # Every row in view: portrait has the room, landscape takes two columns.
            assert scroll.height() >= item(view, "reportColumns").height(), name
            second = item(view, "reportLinesSecond")
            assert second.isVisible() == (name == "landscape")
            SHOTS.mkdir(parents=True, exist_ok=True)
            view.grab().save(str(SHOTS / f"staff-close-report-refund-taxes-{name}.png"))
        assert view.warnings == []
    finally:
        view.close()


NOTICE = "Refunded taxes are missing from this report: Final POS could not list the refunds."
UNLISTED = ClosingReport(
    **{
        **_fields(REPORT),
        "refund_taxes_minor": 0,
        "refund_taxes_by_rate": (),
        "refund_taxes_unlisted": True,
    }
)


async def test_the_close_till_screen_says_when_refunded_taxes_are_missing(
    station_rig: StationRig, standins: ReceiptStandIns
) -> None:
    """Final POS cannot list the refunds at closing: the till still closes, and the report
    says under its rows that the refunds' taxes are missing, unclipped at both sizes, with
    "Print report" below it."""
    rig, st = station_rig, station_rig.station
    printer_for(rig, standins)
    await signed_in(rig, MANAGER_PIN, float_minor=10_000)
    for i, code in enumerate(two_rates(rig)):
        scan(st, code, 1.0 + i)
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    st.till_vm.openCloseTill()
    for d in "10000":
        st.digit(d)
    faults = rig.stack.finalpos.finalpos_faults
    faults.configure(error_rate=1.0, path_prefix="/v1/api/refunds", methods=["GET"])
    try:
        await st.till_vm.close_till_async()
    finally:
        faults.configure(error_rate=0.0, path_prefix="", methods=["GET", "POST", "PUT"])
    report = st.till_vm.report
    assert report is not None and report.refund_taxes_unlisted, st.message
    assert st.till_vm.refundTaxesNotice == NOTICE
    names = [label for label, _v, _d in labels(st.till_vm.report_lines.rows)]
    assert "Of which taxes" in names and "Taxes refunded" not in names

    station_view = StationView(st, size=SMALL)
    station_view.window.show()
    try:
        for name, size in (("1366x768", SMALL), ("1920x1080", FULL_HD)):
            station_view.window.resize(size)
            await station_settled(st)
            await asyncio.sleep(0.5)  # the window lays out at its new size (a frame or two)
            station_view.grab()
            notice = item(station_view, "closingRefundTaxesNotice")  # type: ignore[arg-type]
            assert notice.isVisible() and notice.property("text") == NOTICE, name
            lines = item(station_view, "closingReportLines")  # type: ignore[arg-type]
            scroll = item(station_view, "closingReportScroll")  # type: ignore[arg-type]
            button = item(station_view, "btnPrintReport")  # type: ignore[arg-type]
            assert scroll.height() >= lines.height(), name  # every row in view, none cut off
            assert notice.y() >= scroll.height() and button.y() >= notice.y() + notice.height()
            bottom = button.mapToScene(QPointF(0, button.height())).y()
            assert button.isVisible() and bottom <= station_view.window.height(), name
            assert clipped(station_view) == [], name  # type: ignore[arg-type]
            SHOTS.mkdir(parents=True, exist_ok=True)
            station_view.grab().save(str(SHOTS / f"station-close-till-refunds-unlisted-{name}.png"))
        assert station_view.warnings == []
    finally:
        station_view.close()


async def test_the_staff_report_says_when_refunded_taxes_are_missing(rig: StaffRig) -> None:
    """A report closed while Final POS could not list the refunds: staff mode's report says
    so above its rows, in both orientations, unclipped; a complete report has no notice."""
    view = KioskView(rig.vms.app, size=LANDSCAPE)
    view.window.show()
    hold_still(view)
    try:
        staff = rig.staff
        await show_staff_report(rig, view, UNLISTED)
        for name, size in (("landscape", LANDSCAPE), ("portrait", PORTRAIT)):
            await laid_out(view, staff, size)
            notice = item(view, "reportRefundTaxesNotice")
            assert notice.isVisible() and notice.property("text") == NOTICE, name
            shown = [str(c.property("label")) for c in item(view, "reportLines").childItems()]
            assert "Of which taxes" in shown and "Taxes refunded" not in shown
            assert clipped(view) == [], name
            button = item(view, "reportOpenNew")
            assert button.mapToScene(QPointF(0, button.height())).y() <= view.window.height()
            assert item(view, "reportScroll").height() >= item(view, "reportColumns").height()
            SHOTS.mkdir(parents=True, exist_ok=True)
            view.grab().save(str(SHOTS / f"staff-close-report-refunds-unlisted-{name}.png"))
        staff.report_vm.show(REPORT)
        await settled(staff)
        assert not item(view, "reportRefundTaxesNotice").isVisible()
        assert view.warnings == []
    finally:
        view.close()
