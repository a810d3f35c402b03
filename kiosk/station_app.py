"""The checkout station's side of start-up (``mode = "station"`` or ``kiosk --station``).

The same `Backend` as the kiosk (Final POS, journal, checkout pipeline, the station's reader),
with the station's own window (`kiosk.ui.station`) instead of the customer screens. The
station needs the payment services before its window can sell, so it reads the installation
from Final POS first (from the cache at once when it has one) and retries calmly until Final
POS answers; closing the window or SIGTERM ends it. Recovery of card checkouts, refunds and
cash sales runs in the background as on a kiosk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import TYPE_CHECKING, Any

from kiosk.config import Settings

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.sandbox.embedded import Sandboxes

log = logging.getLogger(__name__)

RESOLVE_RETRY_S = 10.0
RECOVERY_INTERVAL_S = 60.0
CATALOG_REFRESH_S = 15 * 60.0
IMAGES_FETCHED = 2000  # the grid's pictures (search results show none)
FIRST_FRAME_WAIT_S = 10.0  # the menu waits this long at most for the sign-in to be drawn


async def run_station_async(settings: Settings, *, demo: bool) -> int:
    """Run the station until its window closes; returns the process exit code."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.backend import Backend, demo_settings
    from kiosk.installation import InstallationError

    sandboxes: Sandboxes | None = None
    if demo:
        from kiosk.sandbox.embedded import Sandboxes

        sandboxes = Sandboxes(data_dir=settings.data_dir / "sandbox")
        sandboxes.start()
        settings = demo_settings(settings, sandboxes)
    closed = asyncio.Event()
    with contextlib.suppress(ValueError, RuntimeError):
        signal.signal(signal.SIGINT, lambda *_: closed.set())
        signal.signal(signal.SIGTERM, lambda *_: closed.set())
    backend = Backend.from_settings(settings, sandboxes=sandboxes, recover_journal=True)
    tasks: list[asyncio.Task[Any]] = []
    station = view = None
    try:
        while backend.checkout is None or backend.installation is None:
            try:
                await backend.resolve_async()
            except InstallationError as exc:
                log.warning("station waiting for Final POS: %s", exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(closed.wait(), RESOLVE_RETRY_S)
                if closed.is_set():
                    return 0
        catalog = backend.catalog.load_cached() or await backend.catalog.sync_async()
        station, view = _open_window(backend, catalog)
        qt_app = QGuiApplication.instance()
        if isinstance(qt_app, QGuiApplication):
            qt_app.setQuitOnLastWindowClosed(False)
            qt_app.lastWindowClosed.connect(closed.set)
        loop = asyncio.get_running_loop()
        tasks = [
            loop.create_task(backend.recover_periodically_async(RECOVERY_INTERVAL_S)),
            loop.create_task(station.desk.staff_desk.refunds.run_periodically_async(60.0)),
            loop.create_task(_keep_current_async(backend, station, view, catalog)),
        ]
        await closed.wait()
        return 0
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if station is not None:
            from kiosk.ui.station.wiring import close_station

            close_station(station)
        await backend.aclose()
        if view is not None:
            view.close()  # last: closing the window quits the Qt loop
        if sandboxes is not None:
            sandboxes.stop()


def _open_window(backend: Backend, catalog: Any) -> tuple[Any, Any]:
    from kiosk.ui.station.view import StationView
    from kiosk.ui.station.wiring import build_authenticator, build_station, set_checkout

    auth = build_authenticator(backend.settings.staff)
    # No menu yet: its search index grows with the catalog (2.9 of the 6.4 G instructions
    # to the first frame at 5,000 products) and the sign-in shows neither; `_keep_current_async`
    # hands it over once the sign-in is drawn.
    station = build_station(backend, auth=auth)
    assert station is not None  # the payment services exist
    backend.on_payments_changed = lambda b: set_checkout(station, b.checkout)
    view = StationView(station, fullscreen=backend.settings.fullscreen)
    view.show()
    station.counter_vm.start_polling()  # kiosk orders to be paid at the counter
    asyncio.get_running_loop().create_task(auth.load_roles_async(backend.finalpos))
    return station, view


async def _keep_current_async(backend: Backend, station: Any, view: Any, catalog: Any) -> None:
    """The start's menu once the sign-in is drawn; then cash sales left half-done are
    finished, and the menu refreshed now and then."""
    from kiosk.finalpos.errors import FinalPosError

    # asyncio.timeout, not wait_for: on 3.11 wait_for loses a cancel (the window closed at
    # its first frame) that comes as the frame's event is set, and this task lives on.
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(FIRST_FRAME_WAIT_S):
            await view.drawn.wait()
    await station.desk.set_catalog_async(catalog)  # the index in a worker thread
    station.grid_vm.refresh()
    while True:
        try:
            await station.desk.recover_async()
            catalog = await backend.catalog.sync_async()
            await station.desk.set_catalog_async(catalog)
            station.grid_vm.refresh()
            await backend.images.fetch_async(catalog.image_urls()[:IMAGES_FETCHED])
            station.grid_vm.reload_images()  # the tiles' pictures, from the local cache
        except FinalPosError as exc:
            log.warning("station refresh failed, trying again later: %s", exc)
        await asyncio.sleep(CATALOG_REFRESH_S)
