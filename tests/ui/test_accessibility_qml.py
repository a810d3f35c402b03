"""Accessibility mode on the real QML, offscreen (issue 13): every control in the reach zone in
both orientations, and a whole order paid with the keyboard alone, spoken as it goes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.factory import AccessibilityOptions, ViewModels, build_view_models
from kiosk.ui.screenshots import _stager
from kiosk.ui.speech import RecordingSpeechEngine
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, Outcome, make_catalog, price
from tests.ui.still import frame_async, hold_still

# the top of the reach zone, as a share of the window's height (Main.qml's zoneTop)
ZONE_TOP = {"portrait": 0.5, "landscape": 0.25}
SIZES = {"portrait": PORTRAIT, "landscape": LANDSCAPE}
SCREEN_STATES = (
    "a11y-menu",
    "a11y-allergens",
    "a11y-product",
    "a11y-cart",
    "a11y-payment",
    "a11y-order-type",
    "a11y-table-number",
    "a11y-confirmation",
    "a11y-idle",
)


@pytest.fixture
def voice() -> RecordingSpeechEngine:
    return RecordingSpeechEngine()


@pytest.fixture
def a11y_vms(
    checkout: FakeCheckoutService, image_dir: Path, voice: RecordingSpeechEngine
) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        demo=True,
        table_service=True,
        accessibility=AccessibilityOptions(speech_engine=voice),
    )

    async def present(card: str) -> None:
        checkout.present(Outcome.PAID)

    built.demo_reader.configure(present, None)
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()


class NoPointer(QObject):
    """Counts mouse and touch events: the keyboard journey must have none."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.MouseMove)
        if event.type() in kinds:
            self.seen += 1
        return False


@pytest.fixture
def a11y_view(a11y_vms: ViewModels) -> Iterator[KioskView]:
    view = KioskView(a11y_vms.app, size=PORTRAIT)
    view.window.show()
    hold_still(view)
    yield view
    assert view.warnings == []
    view.close()


def interactive(item: QQuickItem) -> bool:
    if item.inherits("QQuickMouseArea"):
        return bool(item.property("enabled"))
    return bool(item.activeFocusOnTab())


def on_screen(item: QQuickItem) -> QRectF:
    """The item's scene rectangle, cut by every clipping ancestor (a list's hidden rows)."""
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(
                parent.mapRectToScene(QRectF(0, 0, parent.width(), parent.height()))
            )
        parent = parent.parentItem()
    return rect


def controls_outside_zone(view: KioskView, zone_top: float) -> list[str]:
    window = view.window
    bounds = QRectF(0, 0, window.width(), window.height())
    outside: list[str] = []
    checked = 0
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if not item.isVisible() or item.opacity() < 0.01:
            continue
        stack.extend(item.childItems())
        if not interactive(item) or not item.isEnabled():
            continue
        rect = on_screen(item).intersected(bounds)
        if rect.isEmpty():
            continue  # scrolled away: not on the screen at all
        checked += 1
        if rect.top() < zone_top - 1:
            name = item.objectName() or item.parentItem().objectName() or type(item).__name__
            outside.append(f"{name} at y={rect.top():.0f}")
    assert checked >= 3, "no controls found: the walk saw nothing"
    return outside


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
async def test_every_control_lies_in_the_reach_zone(
    a11y_vms: ViewModels, a11y_view: KioskView, orientation: str
) -> None:
    size: QSize = SIZES[orientation]
    a11y_view.window.resize(size)
    stagers = _stager(a11y_vms, make_catalog())
    zone_top = size.height() * ZONE_TOP[orientation]
    problems: dict[str, list[str]] = {}
    for state in SCREEN_STATES:
        stagers[state]()
        assert a11y_vms.app.accessibility.property("enabled") is True
        await frame_async(a11y_view)
        if found := controls_outside_zone(a11y_view, zone_top):
            problems[state] = found
    assert problems == {}
    # and the same walk finds the top controls of the normal screens (the test can fail)
    stagers["menu"]()
    await frame_async(a11y_view)
    assert controls_outside_zone(a11y_view, zone_top) != []


async def key(view: KioskView, which: Qt.Key) -> None:
    """A key press from a plain loop callback, as Qt would deliver it (see test_qml.click)."""
    done = asyncio.get_running_loop().create_future()

    def press() -> None:
        QTest.keyClick(view.window, which)
        done.set_result(None)

    asyncio.get_running_loop().call_soon(press)
    await done
    await asyncio.sleep(0.02)


def focused(view: KioskView) -> str:
    item = view.window.activeFocusItem()
    return item.objectName() if item is not None else ""


async def tab_to(view: KioskView, name: str, presses: int = 80) -> None:
    """Tab until `name` has the focus (a keypad user's way through the screen)."""
    for _ in range(presses):
        if focused(view) == name:
            return
        await key(view, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (last: {focused(view)!r})")


async def test_a_whole_order_by_keyboard_alone_with_speech(
    a11y_vms: ViewModels,
    a11y_view: KioskView,
    voice: RecordingSpeechEngine,
    checkout: FakeCheckoutService,
) -> None:
    app = a11y_vms.app
    pointer = NoPointer()
    a11y_view.window.installEventFilter(pointer)
    await key(a11y_view, Qt.Key.Key_F1)  # the accessibility key, on the attract screen
    assert app.accessibility.property("enabled") is True
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.screen == "orderType"
    await tab_to(a11y_view, "takeAwayButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.screen == "menu"
    await tab_to(a11y_view, "productCell_espresso")
    await key(a11y_view, Qt.Key.Key_Enter)
    assert app.screen == "product" and a11y_vms.product.property("productId") == "espresso"
    await key(a11y_view, Qt.Key.Key_Escape)  # back, then in again
    assert app.screen == "menu"
    await tab_to(a11y_view, "productCell_espresso")
    await key(a11y_view, Qt.Key.Key_Space)
    await tab_to(a11y_view, "addToOrderButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.screen == "menu" and a11y_vms.cart.count == 1
    await tab_to(a11y_view, "reviewOrderButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.screen == "cart"
    await tab_to(a11y_view, "payButton")
    await key(a11y_view, Qt.Key.Key_Return)
    await until(lambda: a11y_vms.payment.waitingForCard)
    await tab_to(a11y_view, "demoApproveButton")
    await key(a11y_view, Qt.Key.Key_Return)  # the card, on the (simulated) reader
    await until(lambda: app.screen == "confirmation")
    assert pointer.seen == 0
    thanks = "Thank you. Your order number is A001."
    await until(lambda: app.accessibility.property("lastSpoken") == thanks)
    assert thanks in voice.spoken
    said = " | ".join(voice.spoken)
    for phrase in (
        "Accessibility mode on. Welcome.",
        "Eat in or take away?",
        "Take away. Packed to go",  # the focused card, by its accessible name
        "Menu.",
        "Espresso, €2.50",  # a product card in focus
        "Espresso, €2.50. Choose, then Add to order.",
        "Menu. Your order: 1 item, total €2.50.",
        "Review order",
        "Pay",
        "Amount to pay €2.50.",
        "Checking with your bank",
    ):
        assert phrase in said, phrase


async def test_the_button_and_the_voice_controls_work_by_keyboard_too(
    a11y_vms: ViewModels, a11y_view: KioskView, voice: RecordingSpeechEngine
) -> None:
    app = a11y_vms.app
    await key(a11y_view, Qt.Key.Key_Return)  # the first key, mode off: how to turn it on
    await until(lambda: voice.spoken == ["For speech and more time, press the star key or F1."])
    await tab_to(a11y_view, "accessibilityButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.accessibility.property("enabled") is True
    await tab_to(a11y_view, "speechLouderButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert app.accessibility.property("volume") == 90
    await key(a11y_view, Qt.Key.Key_Minus)
    assert app.accessibility.property("volume") == 80
    await key(a11y_view, Qt.Key.Key_Slash)  # repeat
    await until(lambda: voice.spoken[-2:] == ["Volume 80 percent."] * 2)
    await key(a11y_view, Qt.Key.Key_Escape)  # order type: back to the start
    assert app.screen == "attract"
    assert app.accessibility.property("enabled") is False


def taps(area: QQuickItem) -> bool:
    """The MouseArea does something on a tap (not one that only keeps taps from below)."""
    meta = area.metaObject()
    for signature in ("clicked(QQuickMouseEvent*)", "pressed(QQuickMouseEvent*)"):
        index = meta.indexOfSignal(signature)
        if index >= 0 and area.isSignalConnected(meta.method(index)):
            return True
    return False


def unnamed_or_unreachable(view: KioskView) -> list[str]:
    """Focusable items without an accessible name and role, and tap targets no key reaches."""
    window = view.window
    problems: list[str] = []
    tap_targets = 0
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if not item.isVisible() or item.opacity() < 0.01:
            continue
        stack.extend(item.childItems())
        tap_targets += item.inherits("QQuickMouseArea") and taps(item)
        if item.activeFocusOnTab() and item.isEnabled():
            iface = QAccessible.queryAccessibleInterface(item)
            role = iface.role() if iface is not None else None
            name = iface.text(QAccessible.Text.Name) if iface is not None else ""
            if role not in (QAccessible.Role.Button, QAccessible.Role.CheckBox) or not name:
                problems.append(f"no name or role: {item.objectName() or item}")
        elif item.inherits("QQuickMouseArea") and item.isEnabled() and taps(item):
            control = item.parentItem()
            backdrop = item.width() >= window.width() * 0.9  # an overlay's backdrop
            owners = [control, control.parentItem() if control is not None else None]
            if backdrop or any(o is not None and o.activeFocusOnTab() for o in owners):
                continue
            problems.append(f"no key reaches: {control.objectName() if control else item}")
    assert tap_targets >= 2, "no tap targets seen: the walk is blind"
    return problems


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
async def test_every_control_has_a_name_a_role_and_a_key(
    a11y_vms: ViewModels, a11y_view: KioskView, orientation: str
) -> None:
    a11y_view.window.resize(SIZES[orientation])
    stagers = _stager(a11y_vms, make_catalog())
    problems: dict[str, list[str]] = {}
    for state in (*SCREEN_STATES, "attract", "cart-undo", "upsell", "payment-declined"):
        stagers[state]()
        await frame_async(a11y_view)
        if found := unnamed_or_unreachable(a11y_view):
            problems[state] = found
    assert problems == {}


async def test_keys_answer_the_overlays_the_idle_warning_and_the_table_keypad(
    a11y_vms: ViewModels, a11y_view: KioskView
) -> None:
    app, cart, menu = a11y_vms.app, a11y_vms.cart, a11y_vms.menu
    await key(a11y_view, Qt.Key.Key_Asterisk)  # the keypad's accessibility key
    assert app.accessibility.property("enabled") is True
    await key(a11y_view, Qt.Key.Key_Return)
    await tab_to(a11y_view, "eatInButton")
    await key(a11y_view, Qt.Key.Key_Return)
    assert cart.property("entry") == "table"  # this store brings orders to the table
    for digit in (Qt.Key.Key_1, Qt.Key.Key_A, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_Backspace):
        await key(a11y_view, digit)
    assert cart.property("draft") == "12"  # a letter is no table number; Backspace erased 3
    await key(a11y_view, Qt.Key.Key_Enter)
    assert cart.property("entry") == "" and app.screen == "menu"
    menu.openFilter()
    await key(a11y_view, Qt.Key.Key_Escape)
    assert not menu.property("filterOpen")
    app.stage_idle(40)
    await until(lambda: focused(a11y_view) == "stillHereButton")  # the warning takes the focus
    await key(a11y_view, Qt.Key.Key_Return)  # "more time"
    assert not app.idleVisible and app.screen == "menu"
