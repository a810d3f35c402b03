"""The hidden product screen keeps its controls' look, and takes no input all the same.

benchmarks/menu.py (issue 16): disabled while hidden, every chip and button of the product
screen put on its disabled look when the customer went back to the menu and took it off at the
next open; the software renderer repainted each rounded one in the open's first frame. The
screen now stays enabled while hidden: nothing reaches it, as the taps and keys below show.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.test_accessibility_qml import key
from tests.ui.test_qml import click, item, tap, view

__all__ = ["view"]

CONTROLS = ("addToOrderButton", "productQuantityPlus", "productBackButton", "option_Size_Medium")


def looks(view: KioskView) -> dict[str, str]:
    return {name: item(view, name).property("color").name() for name in CONTROLS}


async def test_the_hidden_product_screen_keeps_its_look_and_takes_no_input(
    vms: ViewModels, view: KioskView
) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    vms.app.openProduct("latte")
    await until(lambda: item(view, "addToOrderButton").isVisible())
    shown = looks(view)
    add = item(view, "addToOrderButton")
    add_at = add.mapToScene(QPointF(add.width() / 2, add.height() / 2)).toPoint()

    vms.app.backToMenu()
    assert not item(view, "productScreen").isVisible()
    # not restyled while hidden, so not restyled (and repainted) at the next open
    assert looks(view) == shown

    # a tap where "Add to order" was lands on the menu, never on the hidden screen
    await click(view, add_at)
    assert vms.cart.count == 0
    vms.app.backToMenu()  # in case the tap opened a product from the menu
    # and the keys never take the focus into it
    for _ in range(30):
        await key(view, Qt.Key.Key_Tab)
        focused = view.window.activeFocusItem()
        assert focused is not None
        assert not item(view, "productScreen").isAncestorOf(focused)
