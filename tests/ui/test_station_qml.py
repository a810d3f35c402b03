"""The station's QML: no warning at 1920x1080 and 1366x768, every screen to PNG."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser
from kiosk.ui.station.screenshots import expected_station_files, render_station_screenshots_async
from kiosk.ui.station.view import FULL_HD, SMALL, StationView
from tests.ui.station_fixtures import STAFF_PIN, StationRig, station_rig, station_stack

__all__ = ["station_rig", "station_stack"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def view(station_rig: StationRig) -> Iterator[StationView]:
    station_view = StationView(station_rig.station, size=FULL_HD)
    station_view.window.show()
    yield station_view
    assert station_view.warnings == []
    station_view.close()


@pytest.mark.parametrize("signed", ["pin", "staged"])
async def test_every_station_screen_renders_at_both_sizes(
    station_rig: StationRig, view: StationView, signed: str, tmp_path: Path
) -> None:
    word = station_rig.catalog.products[0].name.split()[0].lower()
    out = ROOT / "build" / "screenshots" if signed == "pin" else tmp_path
    manager = StaffUser("Maria", Role("manager", FALLBACK_ROLES["manager"], "fallback"))
    written = await render_station_screenshots_async(
        station_rig.station,
        view,
        out,
        query=word,
        pin=STAFF_PIN if signed == "pin" else None,
        user=manager if signed == "staged" else None,
    )
    assert written == expected_station_files(out)
    for path in written:
        image = QImage(str(path))
        want = FULL_HD if "1920x1080" in path.stem else SMALL
        assert path.stat().st_size > 10_000
        assert (image.width(), image.height()) == (want.width(), want.height())
