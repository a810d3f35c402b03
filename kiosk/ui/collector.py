"""Run Python's cyclic garbage collector on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a threshold is crossed:
in demo mode that can be a sandbox server thread or an HTTP pool thread. If that collection
frees the last reference to a Qt object, its C++ destructor runs on the wrong thread, and Qt
crashes (seen as a segfault in the next event-loop turn). So once Qt is up, automatic
collection is switched off and a GUI-thread timer collects, by the same generation thresholds
CPython itself uses, and, like CPython's, not while a `kiosk.finalpos.gcpause` pause is open.
Reference counting still frees everything acyclic immediately.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from kiosk.finalpos import gcpause

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Owns the collector while the application runs; `stop()` hands it back to CPython."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> int:
        """Collect the oldest generation whose threshold is exceeded; returns objects found.

        Nothing while a `gc_paused` burst (a catalog sync) runs: it allocates tens of thousands
        of objects without cycles, and collecting every tick walked them again and again (a
        replayed 5,000 x 4 sync in the app spent 12-35 ms in collections); the first tick after
        the pause collects."""
        if gcpause.active():
            return 0
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for gen in range(3):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                generation = gen
        return gc.collect(generation) if generation >= 0 else 0


def install(parent: QObject) -> MainThreadCollector:
    """Start collecting on the GUI thread; call on the GUI thread once the app object exists."""
    collector = MainThreadCollector(parent)
    collector.start()
    return collector
