"""The station's window: loads `qml/StationMain.qml` with the view-model as `station`.

Like `kiosk.ui.view.KioskView` (fonts, warnings kept and logged, `find`, `grab`), plus the
window-wide scanner filter (`kiosk.ui.station.keys.ScannerFilter`), installed at the first
frame: nobody types into a window before it is drawn, and a Python event filter makes
PySide6 create the `QEvent` class and its enum for the first event it looks at (14 M
instructions), as importing `keys` (`Qt.Key`) makes the enums of the whole `Qt` namespace
(125 M, kiosk/ui/event_loop.py). Landscape only: 15-24" screens, 1366x768 up to 1920x1080.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer

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
        self._keys: QObject | None = None
        self._frame_seen = False
        self.drawn = asyncio.Event()  # set once the first frame is on screen
        self.window.frameSwapped.connect(self._on_window_frame_swapped)
        self.window.resize(size)
        self.fullscreen = fullscreen

    @property
    def watching_keys(self) -> bool:
        """Whether the scanner filter sees the window's keys yet (from its first frame on)."""
        return self._keys is not None

    def _on_window_frame_swapped(self) -> None:
        # Queued from the render thread (threaded render loop): a second frame's call may
        # already be waiting when the first one disconnects.
        if self._frame_seen:
            return
        self._frame_seen = True
        self.window.frameSwapped.disconnect(self._on_window_frame_swapped)
        # once everyone has seen the frame; not at all if the window is gone by then
        QTimer.singleShot(0, self.window, self._watch_keys)

    def _watch_keys(self) -> None:
        from kiosk.ui.station.keys import ScannerFilter  # with Qt's enums: after the frame

        self._keys = ScannerFilter(self.station, self)
        self.window.installEventFilter(self._keys)
        self.drawn.set()
