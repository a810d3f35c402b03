"""Screens without motion, for tests that walk them: no fixed sleep for fades to finish.

`hold_still(view)` sets `Theme.still` in the view's engine: every fade and scale that follows the
Theme's durations (`fast`, `calm`) takes 0 ms, so a screen is final in the first frame after a
state change. `frame_async(view)` then waits for that frame deterministically: the events the
change queued are delivered once, and a grab polishes, lays out and renders the window.
"""

from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import QObject, QUrl
from PySide6.QtQml import QQmlComponent

from kiosk import resources
from kiosk.ui.view import QmlWindow

INCUBATE_MS = 20  # one slice of background delegate creation

# A QtObject in the kiosk's QML folder sees the same Theme singleton as every screen.
_SWITCH = b'import QtQuick\nimport "."\nQtObject { readonly property var theme: Theme }\n'


def theme(view: QmlWindow) -> QObject:
    """The Theme singleton the view's screens bind to."""
    component = QQmlComponent(view.engine)
    component.setData(_SWITCH, QUrl.fromLocalFile(str(resources.qml_dir() / "StillSwitch.qml")))
    holder = component.create()
    if holder is None:
        raise RuntimeError("Theme not reachable: " + component.errorString())
    found = holder.property("theme")
    holder.deleteLater()
    if not isinstance(found, QObject):
        raise RuntimeError("Theme is not an object")
    return found


def hold_still(view: QmlWindow, still: bool = True) -> None:
    """Fades and scales take no time from now on (or again their product times)."""
    the_theme = theme(view)
    the_theme.setProperty("still", still)
    assert the_theme.property("calm") == 0 or not still


async def show_still_async(view: QmlWindow, timeout_s: float = 5.0) -> None:
    """Show the window without motion and wait until it is on screen, sized, and drawn."""
    view.window.show()
    hold_still(view)
    deadline = time.monotonic() + timeout_s
    while not view.window.isExposed():
        if time.monotonic() > deadline:
            raise AssertionError("the window was never exposed")
        await asyncio.sleep(0.005)
    await frame_async(view)


async def frame_async(view: QmlWindow, timeout_s: float = 5.0) -> None:
    """The frame after a state change: queued events delivered, delegates the views create
    in the background finished, then the window polished, laid out and drawn."""
    await asyncio.sleep(0)
    controller = view.engine.incubationController()
    deadline = time.monotonic() + timeout_s
    while controller is not None and controller.incubatingObjectCount() > 0:
        if time.monotonic() > deadline:
            raise AssertionError("delegates still incubating")
        controller.incubateFor(INCUBATE_MS)
        await asyncio.sleep(0)
    view.grab()
