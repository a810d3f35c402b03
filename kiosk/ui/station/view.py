"""The station's window: loads `qml/StationMain.qml` with the view-model as `station`.

Like `kiosk.ui.view.KioskView` (fonts, warnings kept and logged, `find`, `grab`), plus the
window-wide scanner filter (`kiosk.ui.station.keys.ScannerFilter`). Landscape only: 15-24"
screens, 1366x768 up to 1920x1080.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize

from kiosk.ui.station.keys import ScannerFilter
from kiosk.ui.station.viewmodel import StationViewModel
from kiosk.ui.view import QmlWindow

STATION_QML = Path(__file__).resolve().parent / "qml" / "StationMain.qml"
FULL_HD = QSize(1920, 1080)
SMALL = QSize(1366, 768)


class StationView(QmlWindow):
    def __init__(
        self,
        station: StationViewModel,
        *,
        size: QSize = FULL_HD,
        fullscreen: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(STATION_QML, name="station", view_model=station, parent=parent)
        self.station = station
        self._keys = ScannerFilter(station, self)
        self.window.installEventFilter(self._keys)
        self.window.resize(size)
        self.fullscreen = fullscreen
