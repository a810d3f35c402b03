"""The station's start makes no Qt enum before its first frame (issue 16), in a fresh process,
nor indexes its menu for search before it (that grows with the catalog).

PySide6 makes the Python enums of a class when the class is first reached: all 93 of the `Qt`
namespace (125 M instructions) at the first `Qt` anywhere, the `QEvent` class's at the first
event a Python event filter sees (14 M). The station's scanner filter (`keys.py`, with
`Qt.Key`) is installed once the first frame is on screen; the probe counts the enums at that
frame, then again once the filter is in (which shows it would see them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.ui.station.view import StationView
from tests.ui.conftest import until
from tests.ui.station_fixtures import station_rig, station_stack, view

__all__ = ["station_rig", "station_stack", "view"]

PROBE = textwrap.dedent(
    """
    import enum, gc, json, os, sys, time
    from PySide6.QtCore import QTimer
    import kiosk.station_app as station_app

    def made():
        enums = [o.__qualname__ for o in gc.get_objects() if isinstance(o, enum.EnumType)]
        return {"Qt": sum(n.startswith("Qt.") for n in enums),
                "QEvent": sum(n.startswith("QEvent.") for n in enums)}

    opened = station_app._open_window
    def open_window(backend, catalog):  # the real start's window, watched
        station, view = opened(backend, catalog)
        counts = {}
        poll, deadline = QTimer(), time.monotonic() + 30
        def watching():
            indexed = len(station.desk.index) > 0 and station.grid_vm.categoryModel.rowCount() > 0
            if (view.watching_keys and indexed) or time.monotonic() > deadline:
                counts["keys"] = view.watching_keys
                counts["later"] = made()
                counts["indexed_later"] = len(station.desk.index)
                counts["tabs_later"] = station.grid_vm.categoryModel.rowCount()
                print(json.dumps(counts), flush=True)
                os._exit(0)
        def first_frame():
            if not counts:
                counts["frame"] = made()
                counts["indexed_at_frame"] = len(station.desk.index)
                poll.timeout.connect(watching)
                poll.start(10)
        view.window.frameSwapped.connect(first_frame)
        return station, view
    station_app._open_window = open_window
    from kiosk.app import main
    sys.exit(main(["--demo", "--station"]))
    """
)


def test_the_station_makes_no_qt_enum_before_its_first_frame(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert counts["frame"] == {"Qt": 0, "QEvent": 0}
    assert counts["keys"] is True  # the scanner filter is in, right after that frame
    assert counts["later"]["Qt"] > 50  # what the probe counts, made by keys.py
    assert counts["later"]["QEvent"] > 0
    # the demo menu: indexed and on the grid's tabs after the sign-in is drawn, not before
    assert counts["indexed_at_frame"] == 0
    assert counts["indexed_later"] > 0
    assert counts["tabs_later"] > 0


async def test_the_scanner_filter_goes_in_once_after_the_first_frame(view: StationView) -> None:
    """Frames swapped on the render thread reach the window's slot queued: a second one may
    be waiting when the first has disconnected it."""
    await until(lambda: view.watching_keys, 10)
    keys = view._keys
    view._on_window_frame_swapped()  # a late frame's queued call
    await until(lambda: view.window.isExposed(), 5)
    assert view._keys is keys
