"""The product screen is on the first frame after the tap, over nothing but the background.

benchmarks/menu.py (issue 16): a fade from opacity 0 drew the first frame after "open" at 0
whenever the animation had not ticked yet, so the customer saw the product a frame later;
and the menu under the fading product was painted again in every frame of the fade.
"""

from __future__ import annotations

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.test_qml import item, tap, view

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
    assert not menu.isVisible() and not menu.isEnabled()
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
