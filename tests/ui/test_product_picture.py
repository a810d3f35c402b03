"""Product pictures are decoded at the size they are drawn, and the product screen is kept.

benchmarks/menu.py (issue 16): every picture was decoded at 512x512 whatever its box, so the
product screen enlarged it to 634-979 px (blurred) and the menu grid shrank it in every frame.
The product screen is built once and reused for every product, never remade per open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.conftest import until
from tests.ui.still import hold_still
from tests.ui.test_qml import item, tap


@pytest.fixture(params=[PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def shaped_view(request: pytest.FixtureRequest, vms: ViewModels) -> Iterator[KioskView]:
    size: QSize = request.param
    kiosk_view = KioskView(vms.app, size=size)
    kiosk_view.window.show()
    hold_still(kiosk_view)
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


def picture_in(parent: QQuickItem) -> QQuickItem:
    """The ProductImage's picture under `parent` (by child items: a wrapper from findChild()
    is invalidated with its parent's wrapper, at the end of a lookup like the card's below)."""
    for child in parent.childItems():
        if child.objectName() == "productPicture":
            return child
        with contextlib.suppress(LookupError):
            return picture_in(child)
    raise LookupError(f"no picture under {parent.objectName()!r}")


def assert_decoded_as_drawn(picture: QQuickItem, ratio: float) -> float:
    """The test picture is square: decoded exactly as drawn (in device pixels), neither
    enlarged (blurred) nor shrunk in every frame, as a 512 px decode was on the product screen
    and on the menu's cards. Returns the decoded width."""
    decoded = (picture.implicitWidth() * ratio, picture.implicitHeight() * ratio)
    drawn = (
        float(picture.property("paintedWidth")) * ratio,
        float(picture.property("paintedHeight")) * ratio,
    )
    assert abs(decoded[0] - drawn[0]) <= 1 and abs(decoded[1] - drawn[1]) <= 1, (decoded, drawn)
    return decoded[0]


def live_card_picture(view: KioskView, name: str = "productCell_latte") -> QQuickItem:
    """The picture of the live card `name` in the menu grid (pooled cards are hidden)."""
    cells = [
        cell
        for content in item(view, "productGrid").childItems()
        for cell in content.childItems()
        if cell.objectName() == name and cell.isVisible()
    ]
    assert len(cells) == 1
    return picture_in(cells[0])


async def test_pictures_are_decoded_at_the_size_they_are_drawn(
    vms: ViewModels, shaped_view: KioskView
) -> None:
    view = shaped_view
    ratio = view.window.devicePixelRatio()
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")

    await until(lambda: live_card_picture(view).implicitWidth() > 0)
    card_width = assert_decoded_as_drawn(live_card_picture(view), ratio)

    vms.app.openProduct("latte")
    picture = picture_in(item(view, "productImage"))
    await until(lambda: picture.implicitWidth() > 0 and float(picture.property("paintedWidth")) > 0)
    # the product screen's picture is the big one: a card's decode would be blurred there
    assert assert_decoded_as_drawn(picture, ratio) > 2 * card_width


async def test_the_product_screen_is_kept_from_one_product_to_the_next(
    vms: ViewModels, shaped_view: KioskView
) -> None:
    view = shaped_view
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")

    def pointers() -> list[int]:
        screen = item(view, "productScreen")
        return [
            shiboken6.getCppPointer(found)[0]
            for found in (
                screen,
                picture_in(item(view, "productImage")),
                item(view, "addToOrderButton"),
            )
        ]

    vms.app.openProduct("latte")
    await until(lambda: item(view, "productScreen").isVisible())
    first = pointers()
    for product_id in ("soup", "latte"):
        vms.app.backToMenu()
        assert not item(view, "productScreen").isVisible()
        vms.app.openProduct(product_id)
        await until(lambda pid=product_id: vms.product.productId == pid)
        assert item(view, "productScreen").isVisible()
        assert pointers() == first
