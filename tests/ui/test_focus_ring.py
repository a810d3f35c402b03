"""The focus ring's rectangles exist only while its control has the keyboard focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import PORTRAIT, KioskView


@pytest.fixture
def view(vms: ViewModels) -> Iterator[KioskView]:
    vms.app.stage_screen("menu")
    view = KioskView(vms.app, size=PORTRAIT)
    view.show()
    yield view
    assert view.warnings == []
    view.close()


def ring_of(control: QQuickItem) -> QQuickItem:
    rings = [c for c in control.childItems() if c.metaObject().className().startswith("FocusRing")]
    assert len(rings) == 1
    return rings[0]


def test_the_ring_is_built_while_its_control_has_the_focus(view: KioskView) -> None:
    button = view.find("startOverButton")
    assert isinstance(button, QQuickItem)
    ring = ring_of(button)
    assert ring.property("item") is None  # nothing focused yet: no rectangles
    button.forceActiveFocus()
    drawn = ring.property("item")
    assert isinstance(drawn, QQuickItem) and drawn.isVisible()
    assert (drawn.width(), drawn.height()) == (ring.width(), ring.height())
    assert ring.width() > button.width()  # around the button, not within it
    view.find("reviewOrderButton").forceActiveFocus()  # type: ignore[union-attr]
    assert ring.property("item") is None
