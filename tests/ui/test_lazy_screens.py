"""The kiosk's first frame builds only the screen it shows; the rest come after, or on demand."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import LANDSCAPE, MAIN_QML, PORTRAIT, KioskView
from tests.ui.test_viewmodels import add

LATER = (
    "attractScreen",
    "productScreen",
    "cartScreen",
    "orderTypeScreen",
    "paymentScreen",
    "confirmationScreen",
    "outOfOrderScreen",
    "entryOverlay",
    "allergenFilter",
    "languagePicker",
    "idleOverlay",
    "accessibilityHeader",
    "demoReaderPanel",
)


@pytest.fixture
def lazy_view(vms: ViewModels) -> Iterator[KioskView]:
    vms.app.stage_screen("menu")
    view = KioskView(vms.app, size=PORTRAIT, all_screens=False)
    yield view
    assert view.warnings == []
    view.close()


def test_only_the_menu_is_built_for_the_first_frame(lazy_view: KioskView) -> None:
    assert lazy_view.find("menuScreen") is not None
    assert [name for name in LATER if lazy_view.find(name) is not None] == []


def test_a_screen_asked_for_before_the_rest_are_built_is_built_at_once(
    vms: ViewModels, lazy_view: KioskView
) -> None:
    vms.app.showCart()
    cart = lazy_view.find("cartScreen")
    assert cart is not None and cart.property("shown") is True
    # built already shown, not shown after it was built: it appears at once, with no fade
    assert cart.property("opacity") == 1.0
    assert lazy_view.find("paymentScreen") is None


LATER_FILES = {
    "AttractScreen",
    "ProductScreen",
    "CartScreen",
    "OrderTypeScreen",
    "PaymentScreen",
    "ConfirmationScreen",
    "OutOfOrderScreen",
    "EntryOverlay",
    "AllergenFilter",
    "LanguagePicker",
    "IdleOverlay",
    "AccessibilityHeader",
    "DemoReaderPanel",
}


def test_main_names_no_type_of_what_it_builds_later() -> None:
    """A type named in Main.qml, even inside an inactive Loader's inline component, has its file
    loaded with Main.qml (and every file that one uses), for the first frame: the screens and
    overlays it builds later are named by their files' URLs only."""
    main = MAIN_QML.read_text("utf-8")
    by_url = set(re.findall(r'Qt\.resolvedUrl\("(?:screens|components)/(\w+)\.qml"\)', main))
    by_url |= set(re.findall(r'source: "\.\./staff/qml/(\w+)\.qml"', main))
    assert LATER_FILES | {"StaffEntry", "StaffMode"} <= by_url
    named = set(re.findall(r"\b([A-Z]\w*)\s*\{", main))
    assert sorted(by_url & named) == []


def test_a_screen_from_its_own_file_follows_the_app_and_the_window(
    vms: ViewModels, lazy_view: KioskView
) -> None:
    lazy_view.load_screens()
    menu, cart = lazy_view.find("menuScreen"), lazy_view.find("cartScreen")
    assert menu is not None and cart is not None
    assert (menu.property("shown"), cart.property("shown")) == (True, False)
    vms.app.showCart()
    assert (menu.property("shown"), cart.property("shown")) == (False, True)
    assert cart.property("portrait") is True
    lazy_view.window.resize(LANDSCAPE)
    assert cart.property("portrait") is False


def test_load_screens_builds_every_other_screen_and_overlay(lazy_view: KioskView) -> None:
    lazy_view.load_screens()
    assert [name for name in LATER if lazy_view.find(name) is None] == []
    assert lazy_view.find("menuScreen") is not None


def test_a_view_built_for_tests_has_every_screen_at_once(vms: ViewModels) -> None:
    view = KioskView(vms.app, size=PORTRAIT)
    try:
        assert [name for name in LATER if view.find(name) is None] == []
    finally:
        view.close()


def test_touches_count_as_activity_once_the_other_screens_are_built(
    vms: ViewModels, lazy_view: KioskView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    touches: list[str] = []
    monkeypatch.setattr(vms.app, "userActivity", lambda: touches.append("touch"))
    lazy_view.show()
    QTest.mouseClick(lazy_view.window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert touches == []  # only the first frame's screen is built: nothing filters every event yet
    lazy_view.load_screens()
    QTest.mouseClick(lazy_view.window, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert touches == ["touch"]


def test_the_start_over_question_is_built_when_first_asked(
    vms: ViewModels, lazy_view: KioskView
) -> None:
    add(vms, "espresso")
    assert lazy_view.find("startOverOverlay") is None  # the menu's first frame does not draw it
    vms.cart.requestStartOver()
    overlay = lazy_view.find("startOverOverlay")
    assert overlay is not None and overlay.property("visible") is True
    vms.cart.keepOrder()
    assert lazy_view.find("startOverOverlay") is overlay and overlay.property("visible") is False
