"""The product screen is on the first frame after the tap, over nothing but the background.

benchmarks/menu.py (issue 16): a fade from opacity 0 drew the first frame after "open" at 0
whenever the animation had not ticked yet, so the customer saw the product a frame later;
and the menu under the fading product was painted again in every frame of the fade. The
covered menu stays enabled (disabled, its every card and button was restyled at each open and
each return): not drawn, it takes no tap and no key all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
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
    # before any frame: the fade has begun at a visible step, and the menu is not drawn
    assert product.isVisible() and product.opacity() > 0.1
    assert not menu.isVisible()
    await until(lambda: product.opacity() > 0.99)

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
    await until(lambda: item(view, "productScreen").opacity() > 0.99)
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
