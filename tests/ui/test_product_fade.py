"""The product screen is on the first frame after the tap, over nothing but the background.

benchmarks/menu.py (issue 16): a fade from opacity 0 drew the first frame after "open" at 0
whenever the animation had not ticked yet, so the customer saw the product a frame later;
and the menu under the fading product was painted again in every frame of the fade. The
covered menu stays enabled (disabled, its every card and button was restyled at each open and
each return): not drawn, it takes no tap and no key all the same.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.still import hold_still
from tests.ui.test_accessibility_qml import key
from tests.ui.test_qml import click, item, tap, view

__all__ = ["view"]


async def test_the_product_is_drawn_at_once_and_the_menu_not_under_it(
    vms: ViewModels, view: KioskView
) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    menu = item(view, "menuScreen")
    await until(lambda: menu.opacity() > 0.99)

    vms.app.openProduct("latte")
    product = item(view, "productScreen")
    details = item(view, "productDetails")
    # before any frame: the fade has begun at a visible step, and the menu is not drawn
    assert product.isVisible() and details.opacity() > 0.1
    assert not menu.isVisible()
    await until(lambda: details.opacity() > 0.99)

    # back: the menu is there at once, as it was (no fade), the product gone
    vms.app.backToMenu()
    assert menu.isVisible() and menu.opacity() > 0.99 and menu.isEnabled()
    assert not product.isVisible()


async def test_every_arriving_screen_is_drawn_in_its_first_frame(
    vms: ViewModels, view: KioskView
) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    await until(lambda: item(view, "menuScreen").opacity() > 0.99)
    vms.app.showCart()
    cart = item(view, "cartScreen")
    assert cart.isVisible() and cart.opacity() > 0.1
    assert not item(view, "menuScreen").isVisible()


def centre(target: QQuickItem) -> QPoint:
    return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()


def named(root: QQuickItem, prefix: str) -> list[QQuickItem]:
    """Items under `root` in the visual tree (view delegates are not its QObject children)."""
    found, stack = [], [root]
    while stack:
        current = stack.pop()
        if current.objectName().startswith(prefix):
            found.append(current)
        stack.extend(current.childItems())
    return sorted(found, key=lambda i: (i.mapToScene(QPointF()).y(), i.mapToScene(QPointF()).x()))


async def test_the_covered_menu_takes_no_tap_and_no_key(vms: ViewModels, view: KioskView) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    menu = item(view, "menuScreen")
    await until(lambda: menu.opacity() > 0.99)
    category = vms.menu.currentCategoryId
    other_category = next(
        c for c in named(menu, "category_") if c.objectName() != f"category_{category}"
    )
    first, second = named(menu, "productCell_")[:2]
    # where the menu's controls are while the product screen is over it
    targets = [centre(other_category), centre(second)]
    vms.app.openProduct(first.objectName().removeprefix("productCell_"))
    opened = vms.product.productId
    await until(lambda: item(view, "productDetails").opacity() > 0.99)
    assert menu.isEnabled() and not menu.isVisible()

    for point in targets:
        await click(view, point)
    assert vms.app.screen == "product" and vms.product.productId == opened
    assert vms.menu.currentCategoryId == category

    # keys never take the focus into the covered menu
    for _ in range(30):
        await key(view, Qt.Key.Key_Tab)
        focused = view.window.activeFocusItem()
        assert focused is not None
        assert not menu.isAncestorOf(focused)


@pytest.mark.parametrize("name", ["productImagePane", "productFooterPane"])
async def test_a_pane_is_a_plain_fill_that_looks_faded_over_the_cream(
    vms: ViewModels, view: KioskView, name: str
) -> None:
    """While the screen fades in, its two panes are opaque, in their colour over the window's
    cream at the fade's opacity (issue 16): a plain fill the software renderer need not blend,
    that hides the window under it, and the same pixels as the pane itself faded."""
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    await until(lambda: item(view, "menuScreen").opacity() > 0.99)
    hold_still(view, still=False)  # this one looks at a frame of the fade
    vms.app.openProduct("latte")
    pane, details = item(view, name), item(view, "productDetails")
    fade = details.opacity()
    assert 0.1 < fade < 0.99 and pane.opacity() == 1.0
    corner = pane.mapToScene(QPointF(8, pane.height() - 8)).toPoint()
    first = view.window.grabWindow().pixelColor(corner)  # the frame the tap gets at once
    await until(lambda: details.opacity() > 0.99)
    settled = view.window.grabWindow().pixelColor(corner)
    cream = view.window.color()
    expected = [
        round(c * (1 - fade) + p * fade)
        for c, p in zip(cream.getRgb()[:3], settled.getRgb()[:3], strict=True)
    ]
    assert settled != cream and first.alpha() == 255
    assert all(abs(a - b) <= 2 for a, b in zip(first.getRgb()[:3], expected, strict=True))
