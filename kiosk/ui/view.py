"""The QML side of the composition: fonts, engine, window, touch activity, warnings.

`KioskView` loads `qml/Main.qml` with the AppViewModel as `app`. Every QML warning is
logged and kept in `warnings`, so tests can fail on the first one. With ``all_screens=False``
(the kiosk's start) the window builds only the screen it shows, and `load_screens` the rest
once that first frame is on screen.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSize, QUrl
from PySide6.QtGui import QCursor, QFontDatabase, QGuiApplication, QImage
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk import resources
from kiosk.ui.viewmodels.app import AppViewModel

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

log = logging.getLogger(__name__)

QML_DIR = resources.qml_dir()
MAIN_QML = resources.main_qml()
FONT_DIRS = (resources.fonts_dir(),)
PORTRAIT = QSize(1080, 1920)
LANDSCAPE = QSize(1920, 1080)
STILL_GAP_S = 0.12  # longer than a frame, shorter than the shortest fade (140 ms)
STILL_DEADLINE_S = 1.5

_fonts_loaded = False


def load_fonts() -> bool:
    """Register the bundled Inter faces (OFL) once; the QML asks for family "Inter"."""
    global _fonts_loaded
    if _fonts_loaded:
        return True
    for folder in FONT_DIRS:
        files = sorted(folder.glob("Inter-*.otf")) + sorted(folder.glob("Inter-*.ttf"))
        if files:
            for file in files:
                if QFontDatabase.addApplicationFont(str(file)) < 0:
                    log.warning("could not load font %s", file.name)
            _fonts_loaded = True
            return True
    log.warning("bundled Inter font not found; using the system font")
    return False


class ActivityFilter(QObject):
    """Any touch or click anywhere tells the app the customer is still there."""

    def __init__(self, app_vm: AppViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app_vm

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Imported here: the class makes its enum (14 M instructions), and the filter sees
        # events only from the first frame on (`KioskView.load_screens`).
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._app.userActivity()
        return False


class QmlWindow(QObject):
    """One QML engine and its window: fonts, warnings kept and logged, `find`, `grab`, `close`.

    The kiosk's and the station's views are both this with their own QML file, the name the
    view-model has in QML, and their own event filter.
    """

    def __init__(
        self, qml: Path, *, name: str, view_model: QObject, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        load_fonts()
        self.warnings: list[str] = []
        self.engine = QQmlApplicationEngine()
        self.engine.warnings.connect(self._on_warnings)
        self.engine.rootContext().setContextProperty(name, view_model)
        self.engine.load(QUrl.fromLocalFile(str(qml)))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"{qml.name} did not load: " + "; ".join(self.warnings))
        self.window: QQuickWindow = roots[0]
        self.fullscreen = False

    def show(self) -> None:
        """Show the window (full screen when asked)."""
        if self.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            text = warning.toString()
            self.warnings.append(text)
            log.warning("QML: %s", text)

    def find(self, object_name: str) -> QObject | None:
        """A QML item by objectName (tests and screenshot mode)."""
        found: QObject | None = self.window.findChild(QObject, object_name)
        if found is not None:
            return found
        # View delegates are not QObject children of the window: walk the visual tree.
        stack: list[QQuickItem] = [self.window.contentItem()]
        while stack:
            current = stack.pop()
            if current.objectName() == object_name:
                return current
            stack.extend(current.childItems())
        return None

    def grab(self) -> QImage:
        return self.window.grabWindow()

    async def settled_grab_async(
        self, *, gap_s: float = STILL_GAP_S, deadline_s: float = STILL_DEADLINE_S
    ) -> QImage:
        """A frame once the picture has stopped changing: two grabs `gap_s` apart are equal
        (fades finished, pictures decoded), or the last grab at `deadline_s` for a screen that
        moves for good (a spinner, the attract loop). A fixed sleep alone is not enough on a
        loaded machine, where a fade can still be running when the frame is taken."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + deadline_s
        image = self.grab()
        while loop.time() < deadline:
            # Ask for frames while waiting: animators advance only as frames are rendered,
            # and an offscreen window renders none by itself.
            self.window.update()
            await asyncio.sleep(gap_s / 2)
            self.window.update()
            await asyncio.sleep(gap_s / 2)
            again = self.grab()
            if again == image:
                return again
            image = again
        return image

    def close(self) -> None:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
        self.window.close()
        # Now, not later: the QML must go before the view-models it binds to, or every
        # binding reports a null object while the process exits.
        self.engine.clearComponentCache()
        shiboken6.delete(self.engine)


class KioskView(QmlWindow):
    """Owns the QML engine and the kiosk window."""

    def __init__(
        self,
        app_vm: AppViewModel,
        *,
        size: QSize | None = None,
        orientation: str = "auto",
        fullscreen: bool = False,
        all_screens: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(MAIN_QML, name="app", view_model=app_vm, parent=parent)
        self.app_vm = app_vm
        self._activity = ActivityFilter(app_vm, self)
        # every qsTr binding again when the customer picks another language
        app_vm.language_model.language_changed.connect(self.engine.retranslate)
        if size is None:
            size = self._default_size(orientation)
        self.window.resize(size)
        self.fullscreen = fullscreen
        if fullscreen:
            self.window.setProperty("frameless", True)
        self._cursor_hidden = False
        if all_screens:
            self.load_screens()

    def load_screens(self) -> None:
        """Build every screen and overlay not built yet (a screen asked for earlier is built
        when it is asked for): the first frame needs only its own screen (12% fewer instructions
        to the first menu frame than building all of them first).

        Touches count as the customer's activity from now on: nobody touches a window before
        its first frame, and the filter would only look at every event on the way to it."""
        self.window.setProperty("allScreens", True)
        self.window.installEventFilter(self._activity)  # again: Qt keeps one, moved to the front
        if self.fullscreen:
            self._hide_cursor()

    def _hide_cursor(self) -> None:
        """No pointer over the touch screen. Hidden with the other screens' build, after the
        first frame: the first use of PySide6's `Qt` namespace makes all of its enums (20-38 ms,
        kiosk/ui/event_loop.py)."""
        if self._cursor_hidden:
            return
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        self._cursor_hidden = True

    @staticmethod
    def _default_size(orientation: str) -> QSize:
        if orientation == "landscape":
            return LANDSCAPE
        if orientation == "portrait":
            return PORTRAIT
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen else QSize()
        if available.isValid():
            if available.width() > available.height():
                return QSize(
                    min(LANDSCAPE.width(), available.width()),
                    min(LANDSCAPE.height(), available.height()),
                )
            return QSize(
                min(PORTRAIT.width(), available.width()), min(PORTRAIT.height(), available.height())
            )
        return PORTRAIT
