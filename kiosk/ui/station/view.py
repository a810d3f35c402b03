"""The station's window: loads `qml/StationMain.qml` with the view-model as `station`.

Like `kiosk.ui.view.KioskView` (fonts, warnings kept and logged, `find`, `grab`), plus the
window-wide scanner filter (`kiosk.ui.station.keys.ScannerFilter`). Landscape only: 15-24"
screens, 1366x768 up to 1920x1080.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.station.keys import ScannerFilter
from kiosk.ui.station.viewmodel import StationViewModel
from kiosk.ui.view import load_fonts

log = logging.getLogger(__name__)

STATION_QML = Path(__file__).resolve().parent / "qml" / "StationMain.qml"
FULL_HD = QSize(1920, 1080)
SMALL = QSize(1366, 768)


class StationView(QObject):
    def __init__(
        self,
        station: StationViewModel,
        *,
        size: QSize = FULL_HD,
        fullscreen: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        load_fonts()
        self.station = station
        self.warnings: list[str] = []
        self.engine = QQmlApplicationEngine()
        self.engine.warnings.connect(self._on_warnings)
        self.engine.rootContext().setContextProperty("station", station)
        self.engine.load(QUrl.fromLocalFile(str(STATION_QML)))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the station QML did not load: " + "; ".join(self.warnings))
        self.window: QQuickWindow = roots[0]
        self._keys = ScannerFilter(station, self)
        self.window.installEventFilter(self._keys)
        self.window.resize(size)
        self.fullscreen = fullscreen

    def show(self) -> None:
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
        found: QObject | None = self.window.findChild(QObject, object_name)
        if found is not None:
            return found
        stack: list[QQuickItem] = [self.window.contentItem()]
        while stack:
            current = stack.pop()
            if current.objectName() == object_name and current.isVisible():
                return current
            stack.extend(current.childItems())
        return None

    def grab(self) -> QImage:
        return self.window.grabWindow()

    def close(self) -> None:
        self.window.close()
        self.engine.clearComponentCache()
        shiboken6.delete(self.engine)
