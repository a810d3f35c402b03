"""The tests' still switch: Theme durations drop to 0 and a screen is final in its first frame."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import PORTRAIT, KioskView
from tests.ui.still import frame_async, hold_still, show_still_async, theme


@pytest.fixture
def view(vms: ViewModels) -> Iterator[KioskView]:
    kiosk_view = KioskView(vms.app, size=PORTRAIT)
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


def test_the_switch_zeroes_the_theme_durations_and_is_off_by_default(view: KioskView) -> None:
    the_theme = theme(view)
    assert (the_theme.property("still"), the_theme.property("fast")) == (False, 140)
    assert the_theme.property("calm") == 260
    hold_still(view)
    assert (the_theme.property("fast"), the_theme.property("calm")) == (0, 0)
    hold_still(view, still=False)
    assert (the_theme.property("fast"), the_theme.property("calm")) == (140, 260)


async def test_a_screen_is_fully_shown_in_the_first_frame(vms: ViewModels, view: KioskView) -> None:
    await show_still_async(view)
    menu = view.find("menuScreen")
    assert menu is not None and menu.property("opacity") == 0
    vms.app.begin()
    await frame_async(view)
    assert vms.app.screen != "attract"
    shown = view.find(f"{vms.app.screen}Screen")
    assert shown is not None and shown.property("opacity") == 1
