"""The station window's key filter: every key reaches the barcode scanner detector first.

Keys are observed, not held back: typing reaches the focused field at once. When a burst
ends in Enter fast enough to be a scanner (`StationViewModel.enter_event`), that Enter is
swallowed (it must not press a focused button) and the code is added; the view-model takes
the scanned characters back out of the search field.

A key's time is the window system's (`QInputEvent.timestamp`, ms), when it gives one: the gaps
between the scanner's own keystrokes, however late the GUI thread gets to them. Timed on
arrival instead, a burst that reached a busy thread (a sync's work, a slow frame) in two parts
read as typing and the code was lost. Events without a time (synthetic ones) are timed on
arrival.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.ui.station.viewmodel import StationViewModel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScannerFilter(QObject):
    def __init__(self, station: StationViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        stamp = event.timestamp()
        at = stamp / 1000.0 if stamp else None
        if event.key() in _ENTER:
            return self._station.search_vm.enter_event(at)
        text = event.text()
        if len(text) == 1 and text.isprintable():
            self._station.search_vm.key_event(text, at)
        return False
