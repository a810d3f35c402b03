"""Staff mode's QML: loads with no warning in both orientations, screenshots, and taps."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.sandbox.printer import start_receipt_standins
from kiosk.services.receipts import ReceiptSettings
from kiosk.services.receipts.service import ReceiptService
from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser
from kiosk.services.staff.desk import ClosingReport, RateTaxes
from kiosk.ui.factory import ViewModels
from kiosk.ui.staff import screenshots as staff_screenshots
from kiosk.ui.staff.screenshots import expected_staff_files, render_staff_screenshots_async
from kiosk.ui.staff.shell import StaffScreen
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.receipts.helpers import STORE
from tests.staff.refund_harness import paid_checkout
from tests.ui.conftest import until
from tests.ui.staff_fixtures import MANAGER_PIN, StaffRig, rig, settled, staff_stack
from tests.ui.still import hold_still
from tests.ui.test_qml import item, tap, text_of

__all__ = ["rig", "staff_stack"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def view(vms: ViewModels, rig: StaffRig) -> Iterator[KioskView]:
    kiosk_view = KioskView(vms.app, size=PORTRAIT)
    kiosk_view.window.show()
    hold_still(kiosk_view)
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


async def test_every_staff_screen_renders_in_both_orientations(
    rig: StaffRig, view: KioskView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staff_screenshots, "SETTLE_S", 0.0)  # still: each shot's grab lays out
    services = rig.built.services
    await paid_checkout(services, 1)
    stuck = await paid_checkout(services, 0)  # then cancelled in the back office: attention
    order_id = services.journal.get(stuck).order_id
    assert order_id is not None
    await services.finalpos.update_order(order_id, m.OrderUpdate(status="cancelled"))
    services.journal.record(stuck, Step.CAPTURED)
    await services.recovery.recover_async()
    assert rig.desk.attention_count == 1
    out = ROOT / "build" / "screenshots"  # where `kiosk --screenshots` writes, for a look
    written = await render_staff_screenshots_async(rig.vms, view, out)
    assert written == expected_staff_files(out)
    assert len(written) == 24
    for path in written:
        image = QImage(str(path))
        want = PORTRAIT if path.stem.endswith("portrait") else LANDSCAPE
        assert path.stat().st_size > 10_000
        assert (image.width(), image.height()) == (want.width(), want.height())
    assert rig.vms.app.mode == "customer"


async def press_keys(view: KioskView, pin: str) -> None:
    for d in pin:
        await tap(view, f"pinKey_{d}")


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_refund_a_line_by_taps(rig: StaffRig, view: KioskView, size: object) -> None:
    view.window.resize(size)  # type: ignore[arg-type]
    cid = await paid_checkout(rig.built.services, 1)
    staff = rig.staff
    rig.vms.app.requestStaff()
    await until(lambda: view.find("pinKey_1") is not None)
    await press_keys(view, "0000")
    await tap(view, "pinOk")
    await until(lambda: "not right" in text_of(view, "pinMessage"))
    await press_keys(view, MANAGER_PIN)
    await tap(view, "pinOk")
    await until(lambda: staff.screen == "home")
    await tap(view, "homeOrders")
    await until(lambda: staff.orders.order_rows.count == 1)
    await tap(view, "orderRow_0")
    await until(lambda: staff.screen == "orderDetail" and staff.orders.detailRefundable)
    assert staff.orders._detail is not None and staff.orders._detail.row.checkout_id == cid
    await tap(view, "refundSome")
    await tap(view, "refundPlus_1")
    assert staff.orders.refundAmount == "€3.00"
    await tap(view, "refundNoteChoice_0")
    await tap(view, "refundGo")
    assert "€3.00" in text_of(view, "staffConfirmText")
    await tap(view, "staffConfirmOk")
    await until(lambda: "on its way back" in staff.message, 10)
    await settled(staff)
    assert "€3.00" in text_of(view, "staffMessageText")
    order_id = rig.built.services.journal.get(cid).order_id
    refunds = [r for r in rig.stack.docs("refunds") if r.get("orderId") == order_id]
    assert [(r["reason"], r["lineItems"][0]["quantity"]) for r in refunds] == [
        ("requested by customer: Wrong item", 1)
    ]
    assert staff.screen == "orderDetail"
    await tap(view, "staffBack")
    assert staff.screen == "orders"
    await tap(view, "staffBack")
    assert staff.screen == "home"
    await tap(view, "staffLeave")
    assert rig.vms.app.mode == "customer"


async def test_hidden_corner_long_press_opens_staff_mode(rig: StaffRig, view: KioskView) -> None:
    app = rig.vms.app
    point = QPoint(40, 40)
    done = asyncio.get_running_loop().create_future()
    modifiers = Qt.KeyboardModifier.NoModifier

    def press() -> None:
        QTest.mousePress(view.window, Qt.MouseButton.LeftButton, modifiers, point)
        done.set_result(None)

    asyncio.get_running_loop().call_soon(press)
    await done
    await asyncio.sleep(1.0)
    assert app.mode == "customer"  # a short press is a customer's tap
    await until(lambda: app.mode == "staff", 4)
    QTest.mouseRelease(view.window, Qt.MouseButton.LeftButton, modifiers, point)
    await until(lambda: view.find("pinOk") is not None)
    rig.staff.leave()
    assert app.mode == "customer"


async def test_keyboard_shortcut_and_the_cart_question(rig: StaffRig, view: KioskView) -> None:
    app, vms = rig.vms.app, rig.vms
    catalog = vms.menu.catalog
    assert catalog is not None
    vms.cart.add(catalog.products[0], catalog.products[0].variants[0], 1)
    app.begin()
    view.window.requestActivate()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    done = asyncio.get_running_loop().create_future()

    def keys() -> None:
        QTest.keyClick(view.window, Qt.Key.Key_S, modifiers)
        done.set_result(None)

    asyncio.get_running_loop().call_soon(keys)
    await done
    await until(lambda: app.staffAskVisible)
    await tap(view, "staffAskCancel")
    assert app.mode == "customer" and vms.cart.count == 1
    app.requestStaff()
    await tap(view, "staffAskConfirm")
    assert app.mode == "staff" and vms.cart.count == 0


async def test_customer_taps_in_the_hidden_corner_still_reach_the_screen(
    rig: StaffRig, view: KioskView
) -> None:
    from tests.ui.test_qml import click

    app = rig.vms.app
    await click(view, QPoint(40, 40))  # a short tap on the corner over the attract screen
    await until(lambda: app.screen == "orderType")
    await tap(view, "takeAwayButton")
    app.showCart()
    await tap(view, "cartBackButton")
    assert app.screen == "menu" and app.mode == "customer"


async def type_key(view: KioskView, key: Qt.Key) -> None:
    """A key press from a plain loop callback (as `click` does for taps)."""
    done = asyncio.get_running_loop().create_future()

    def press() -> None:
        QTest.keyClick(view.window, key)
        done.set_result(None)

    asyncio.get_running_loop().call_soon(press)
    await done


async def test_typing_a_note_keeps_staff_mode_open(rig: StaffRig, view: KioskView) -> None:
    staff = rig.staff
    rig.vms.app.requestStaff()
    await until(lambda: view.find("pinKey_1") is not None)
    for d in MANAGER_PIN:
        await tap(view, f"pinKey_{d}")
    await tap(view, "pinOk")
    await until(lambda: staff.screen == "home")
    staff.go("till")
    staff._idle.setInterval(400)
    staff.activity()
    note = view.find("tillNote")
    assert note is not None
    await tap(view, "tillNote")
    for _ in range(6):
        await asyncio.sleep(0.15)
        await type_key(view, Qt.Key.Key_A)
    assert staff.active and str(note.property("text")).startswith("aaaa")
    await until(lambda: not staff.active, 3)  # and it still leaves once nobody types


async def test_five_quick_taps_on_the_corner_open_staff_mode(
    rig: StaffRig, view: KioskView
) -> None:
    from tests.ui.test_qml import click

    app = rig.vms.app
    app.begin()
    await tap(view, "takeAwayButton")
    assert app.screen == "menu"
    for _ in range(4):
        await click(view, QPoint(50, 50))  # the store name in the menu's header
    assert app.mode == "customer"
    await click(view, QPoint(50, 50))
    await until(lambda: app.mode == "staff")


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_the_closing_report_shows_each_rate_and_prints_by_a_tap(
    rig: StaffRig, view: KioskView, size: object, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    view.window.resize(size)  # type: ignore[arg-type]
    with start_receipt_standins(tmp_path / "standins", kitchen=False) as standins:
        settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 600})
        rig.receipts[0] = ReceiptService(settings, journal=rig.built.services.journal, store=STORE)
        await paid_checkout(rig.built.services, 0)
        await paid_checkout(rig.built.services, 1)
        staff = rig.staff
        rig.vms.app.requestStaff()
        await until(lambda: view.find("pinKey_1") is not None)
        await press_keys(view, MANAGER_PIN)
        await tap(view, "pinOk")
        await until(lambda: staff.screen == "home")
        staff.go("till")
        await staff.till.refresh_till_async()
        staff.till.askCloseSession("")
        await tap(view, "staffConfirmOk")
        await until(lambda: staff.screen == "closeReport", 20)
        await settled(staff)
        view.grab()
        lines = item(view, "reportLines").childItems()
        shown = [str(c.property("label")) for c in lines if c.property("label")]
        assert "reduced 10%" in shown and "standard 20%" in shown
        button = item(view, "reportPrint")
        assert button.height() >= 96 and button.width() >= 300  # a large target
        name = "portrait" if size == PORTRAIT else "landscape"
        view.grab().save(
            str(ROOT / "build" / "screenshots" / f"staff-close-report-print-{name}.png")
        )
        await tap(view, "reportPrint")
        await until(lambda: staff.message == "The closing report is printed.", 20)
        [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
        assert "standard 20%" in job.text and "reduced 10%" in job.text
        await settled(staff)
        await tap(view, "reportOpenNew")
        await until(lambda: staff.screen == "till")


async def test_a_long_report_scrolls_and_its_buttons_stay_on_screen(
    rig: StaffRig, view: KioskView
) -> None:
    view.window.resize(LANDSCAPE)
    staff = rig.staff
    rig.vms.app.requestStaff()
    await until(lambda: view.find("pinKey_1") is not None)
    staff.stage_user(StaffUser("Maria", Role("manager", FALLBACK_ROLES["manager"], "fallback")))
    await until(lambda: staff.screen == "home")
    rates = tuple(RateTaxes("IVA", Decimal(r), 100 * i) for i, r in enumerate(RATES_ES, 1))
    report = ClosingReport(
        session_id="s1",
        closed_by="Maria",
        closed_at=None,
        currency="EUR",
        order_count=30,
        gross_minor=125_000,
        taxes_minor=sum(t.amount_minor for t in rates),
        sales_minor=125_000,
        refunds_minor=0,
        card_minor=100_000,
        payment_methods=(("cash", 25_000), ("credit_card", 100_000), ("voucher", 0)),
        note="",
        taxes_by_rate=(*rates, RateTaxes("", None, 50)),
    )
    staff.report_vm.show(report)
    staff.show(StaffScreen.CLOSE_REPORT)
    await settled(staff)
    view.grab()
    scroll = item(view, "reportScroll")
    assert scroll.property("interactive") is True  # more rows than room: it scrolls
    for name in ("reportOpenNew", "reportPrint"):
        button = item(view, name)
        if not button.isVisible():
            continue
        bottom = button.mapToScene(QPointF(0, button.height())).y()
        assert bottom <= view.window.height(), name  # never pushed off the screen
    view.grab().save(str(ROOT / "build" / "screenshots" / "staff-close-report-long-landscape.png"))
    await tap(view, "reportOpenNew")
    await until(lambda: staff.screen == "till")


RATES_ES = ("0", "4", "5", "7", "10", "13.5", "19", "21", "23")
