"""Product pictures land on whole device pixels at their decoded size (issue 16).

A picture drawn at a fractional size (634 px decoded, 633.6 px drawn) or position (x = 128.4)
goes through the software renderer's resampling path in every frame it is drawn, a third of
a product open's instructions when the picture is cached; on whole pixels it is a copy.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.test_product_picture import live_card_picture, picture_in, shaped_view
from tests.ui.test_qml import item, tap

__all__ = ["shaped_view"]  # the fixture, shared with test_product_picture.py


def assert_copied(picture: QQuickItem, ratio: float) -> None:
    """The picture's scene rect is whole device pixels and is its decoded size."""
    corner = picture.mapToScene(QPointF(0, 0))
    scene = (
        corner.x() * ratio,
        corner.y() * ratio,
        picture.width() * ratio,
        picture.height() * ratio,
    )
    assert all(value == round(value) for value in scene), scene
    painted = (
        float(picture.property("paintedWidth")) * ratio,
        float(picture.property("paintedHeight")) * ratio,
    )
    decoded = (picture.implicitWidth() * ratio, picture.implicitHeight() * ratio)
    assert scene[2:] == decoded == painted, (scene, decoded, painted)


async def test_pictures_are_drawn_on_whole_pixels_at_their_decoded_size(
    vms: ViewModels, shaped_view: KioskView
) -> None:
    view = shaped_view
    ratio = view.window.devicePixelRatio()
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")

    await until(lambda: live_card_picture(view).implicitWidth() > 0)
    assert_copied(live_card_picture(view), ratio)

    vms.app.openProduct("latte")
    picture = picture_in(item(view, "productImage"))
    await until(lambda: picture.implicitWidth() > 0 and float(picture.property("paintedWidth")) > 0)
    assert_copied(picture, ratio)
