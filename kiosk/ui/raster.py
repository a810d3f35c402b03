"""Qt's software painting keeps its fills on the thread that paints (the GUI thread).

Qt's raster engine hands every fill of 96 lines or more (a translucent rectangle, a picture,
a frame of a fade) to a private thread pool in strips of 64 lines and waits for them all. On
the kiosk's software renderer that made the product screen's first frame cost 3-4 ms of CPU
on the pool for about 1 ms of work on the GUI thread (benchmarks/menu.py, issue 16), and the
frame waited until the pool's threads were given a core: on a loaded 2-core machine the render
took three times its CPU time. Painted serially the open's first frame takes ~1 ms more of the
GUI thread's CPU and less time in all.

`QT_NO_GUI_THREADPOOL` is read once, when Qt first wants the pool (its first large fill), so
it must be set before anything is painted: importing `kiosk.ui` sets it.
"""

from __future__ import annotations

import os

VARIABLE = "QT_NO_GUI_THREADPOOL"


def serial_fills() -> None:
    """Keep Qt's raster fills and image conversions on the calling thread."""
    os.environ.setdefault(VARIABLE, "1")
