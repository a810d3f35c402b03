"""Every QML screen loads offscreen in both orientations with no warning, and taps work."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui import screenshots
from kiosk.ui.factory import ViewModels
from kiosk.ui.screenshots import STATES, expected_files, render_screenshots_async
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, Outcome, make_catalog
from tests.ui.still import frame_async, hold_still


@pytest.fixture
def view(vms: ViewModels) -> Iterator[KioskView]:
    kiosk_view = KioskView(vms.app, size=PORTRAIT)
    kiosk_view.window.show()
    hold_still(kiosk_view)  # taps wait for a shown screen: no fade to sit through
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


def item(view: KioskView, name: str) -> QQuickItem:
    found = view.find(name)
    assert isinstance(found, QQuickItem), f"no item {name!r}"
    return found


async def tap(view: KioskView, name: str) -> None:
    """Tap the centre of a visible, enabled item, like a finger would: on the drawn frame.

    Positioners (Column, Row, Flow) place their children only when the window prepares a
    frame, so right after a screen or a model changes an item may still stand where it was
    (the staff e2e's closing report: its button 478 px above where it is drawn, a lost tap
    one CI run in three). Drawing a frame first aims where a person would see it.
    """
    target = item(view, name)
    await until(lambda: target.isVisible() and target.isEnabled() and target.opacity() > 0.99)
    view.grab()  # polish and draw now: the geometry below is the one on screen
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    await click(view, centre)


async def click(view: KioskView, point: QPoint) -> None:
    """Click from a plain loop callback, as Qt would deliver it.

    QTest.mouseClick processes events; called inside this test's task step, a view-model's
    freshly scheduled task could be stepped re-entrantly and asyncio would drop it.
    """
    done = asyncio.get_running_loop().create_future()

    def press() -> None:
        QTest.mouseClick(
            view.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        done.set_result(None)

    asyncio.get_running_loop().call_soon(press)
    await done
    await asyncio.sleep(0.02)


def text_of(view: KioskView, name: str) -> str:
    found = view.find(name)
    assert isinstance(found, QObject)
    return str(found.property("text"))


async def test_every_screen_renders_in_both_orientations(
    vms: ViewModels, view: KioskView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Still screens need no fixed settle before the settled grab (the command keeps its own).
    monkeypatch.setattr(screenshots, "SETTLE_S", 0.0)
    written = await render_screenshots_async(vms, view, make_catalog(), tmp_path)
    assert written == expected_files(tmp_path)
    assert len(written) == 2 * len(STATES)
    for path in written:
        image = QImage(str(path))
        want = PORTRAIT if path.stem.endswith("portrait") else LANDSCAPE
        assert path.stat().st_size > 10_000
        assert (image.width(), image.height()) == (want.width(), want.height())


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_journey_by_taps(
    vms: ViewModels, view: KioskView, checkout: FakeCheckoutService, size: object
) -> None:
    view.window.resize(size)  # type: ignore[arg-type]
    await tap(view, "attractTapArea")
    assert vms.app.screen == "orderType"
    await tap(view, "takeAwayButton")
    assert vms.app.screen == "menu" and vms.cart.cart.order_type == "take_away"
    await tap(view, "category_hot")
    assert vms.menu.current_category_id == "hot"
    await frame_async(view)  # the grid lays out its delegates
    await tap(view, "product_latte")
    assert vms.app.screen == "product"
    assert item(view, "addToOrderButton").isEnabled()  # first choices preselected
    assert vms.product.price == "€3.20"
    await tap(view, "option_Size_Large")
    await tap(view, "option_Milk_Whole")
    await tap(view, "productQuantityPlus")
    assert vms.product.price == "€8.40"
    await tap(view, "addToOrderButton")
    assert vms.app.screen == "menu" and vms.cart.count == 2
    assert text_of(view, "cartBarTotal") == "€8.40"
    await tap(view, "reviewOrderButton")
    assert vms.app.screen == "cart"
    await tap(view, "cartMinus_0")
    assert vms.cart.count == 1 and text_of(view, "cartTotal") == "€4.20"
    await tap(view, "payButton")
    assert vms.app.screen == "payment"
    await until(lambda: vms.payment.waitingForCard)
    assert text_of(view, "paymentAmount") == "€4.20"
    checkout.present(Outcome.DECLINED)
    await tap(view, "paymentRetryButton")
    await until(lambda: vms.payment.waitingForCard)
    checkout.present(Outcome.PAID)
    await until(lambda: vms.app.screen == "confirmation")
    assert text_of(view, "confirmationNumber") == "A001"
    await tap(view, "confirmationDoneButton")
    assert vms.app.screen == "attract"


async def test_idle_overlay_button_by_tap(vms: ViewModels, view: KioskView) -> None:
    vms.app.idle_clock.timer.setInterval(30)
    await tap(view, "attractTapArea")
    await until(lambda: vms.app.idleVisible)
    vms.app.idle_clock.timer.setInterval(60_000)  # so the overlay cannot come straight back
    await tap(view, "stillHereButton")
    assert not vms.app.idleVisible and vms.app.screen == "orderType"


async def test_touch_anywhere_restarts_the_idle_clock(vms: ViewModels, view: KioskView) -> None:
    vms.app.idle_clock.timer.setInterval(300)
    await tap(view, "attractTapArea")
    for _ in range(4):
        await asyncio.sleep(0.1)
        await click(view, QPoint(5, 5))
    assert not vms.app.idleVisible
    await until(lambda: vms.app.idleVisible)


def test_fullscreen_kiosk_mode_hides_frame_and_cursor(vms: ViewModels) -> None:
    from PySide6.QtGui import QGuiApplication, QWindow

    kiosk_view = KioskView(vms.app, size=PORTRAIT, fullscreen=True)
    try:
        assert not kiosk_view.window.isVisible()  # nothing shows before the view says so
        kiosk_view.show()
        assert kiosk_view.window.visibility() == QWindow.Visibility.FullScreen
        assert kiosk_view.window.flags() & Qt.WindowType.FramelessWindowHint
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        kiosk_view.close()
    assert QGuiApplication.overrideCursor() is None
    assert kiosk_view.warnings == []


def test_fullscreen_start_hides_the_cursor_with_the_other_screens(vms: ViewModels) -> None:
    """The kiosk's start: frameless from the first frame, the cursor hidden once the rest of
    the screens are built after it (no enum of Qt's namespace before the first frame)."""
    from PySide6.QtGui import QGuiApplication

    kiosk_view = KioskView(vms.app, size=PORTRAIT, fullscreen=True, all_screens=False)
    try:
        kiosk_view.show()
        assert kiosk_view.window.flags() & Qt.WindowType.FramelessWindowHint
        assert QGuiApplication.overrideCursor() is None
        kiosk_view.load_screens()
        kiosk_view.load_screens()  # once: Qt stacks override cursors
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        kiosk_view.close()
    assert QGuiApplication.overrideCursor() is None
    assert kiosk_view.warnings == []
