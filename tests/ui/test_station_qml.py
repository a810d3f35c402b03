"""The station's QML: no warning at 1920x1080 and 1366x768, every screen to PNG."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser
from kiosk.ui.station.screenshots import expected_station_files, render_station_screenshots_async
from kiosk.ui.station.view import FULL_HD, SMALL, StationView
from tests.ui.conftest import until
from tests.ui.station_fixtures import STAFF_PIN, StationRig, signed_in, station_rig, station_stack
from tests.ui.test_qml import tap

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


async def test_tiles_choice_order_type_and_quantity_by_taps(
    station_rig: StationRig, view: StationView
) -> None:
    st = station_rig.station
    await signed_in(station_rig)
    several = next(
        str(row[0])
        for row in st.grid_vm.tiles.rows
        if len(getattr(station_rig.desk.product(str(row[0])), "variants", ())) > 1
    )
    index = [str(row[0]) for row in st.grid_vm.tiles.rows].index(several)
    await until(lambda: view.find(f"tile_{index}") is not None)
    await tap(view, f"tile_{index}")
    assert st.grid_vm.choosingName != ""
    await tap(view, "choice_1")
    product = station_rig.desk.product(several)
    assert product is not None
    assert st.sale_vm.cart.lines[0].variant_id == product.variants[1].id
    await tap(view, "btnEatIn")
    assert st.sale_vm.orderType == "eat_in"
    await tap(view, "btnQuantity")
    await tap(view, "key_4")
    await tap(view, "btnSetQuantity")
    assert st.sale_vm.cart.lines[0].quantity == 4 and not st.sale_vm.quantityOpen
