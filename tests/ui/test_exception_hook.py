"""One exception hook: anything unexpected is logged and the screen says out of order."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.config import load_settings
from kiosk.ui.factory import ViewModels
from kiosk.ui.viewmodels.tasks import TaskSlot
from tests.ui.conftest import until


@pytest.fixture
def kiosk(vms: ViewModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Kiosk:
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    app = Kiosk(load_settings(data_dir=tmp_path), vms=vms)
    return app


def test_python_exception_hook_shows_out_of_order(
    kiosk: Kiosk, vms: ViewModels, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RuntimeError("reader driver exploded")
    except RuntimeError as exc:
        kiosk._on_exception(type(exc), exc, exc.__traceback__)
    assert vms.app.current_screen == "outOfOrder"
    assert "RuntimeError: reader driver exploded" in vms.app.outOfOrderReason
    assert "unhandled error" in caplog.text


async def test_a_failing_view_model_task_reaches_the_loop_handler(
    kiosk: Kiosk, vms: ViewModels, caplog: pytest.LogCaptureFixture
) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(kiosk._on_loop_exception)
    try:

        async def boom() -> None:
            raise ValueError("bad state")

        TaskSlot("test").start(boom())
        await until(lambda: vms.app.current_screen == "outOfOrder")
    finally:
        loop.set_exception_handler(None)
    assert "ValueError: bad state" in vms.app.outOfOrderReason


async def test_cancellation_is_not_an_error(kiosk: Kiosk, vms: ViewModels) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(kiosk._on_loop_exception)
    try:
        slot = TaskSlot("test")
        slot.start(asyncio.sleep(10))
        await asyncio.sleep(0)
        slot.cancel()
        await asyncio.sleep(0.05)
    finally:
        loop.set_exception_handler(None)
    assert vms.app.current_screen == "attract"


class DownCatalog:
    """A catalog service whose backend is unreachable, then comes back."""

    def __init__(self, catalog: object) -> None:
        self.catalog = catalog
        self.up = False

    async def sync_async(self) -> object:
        from kiosk.finalpos.errors import FinalPosError

        await asyncio.sleep(0)
        if not self.up:
            raise FinalPosError("connection refused")
        return self.catalog


@pytest.mark.parametrize("has_cache", [True, False], ids=["cached-menu", "no-menu"])
async def test_backend_down_pauses_ordering_or_shows_out_of_order_then_recovers(
    kiosk: Kiosk, vms: ViewModels, monkeypatch: pytest.MonkeyPatch, has_cache: bool
) -> None:
    import kiosk.app_loops as loops_module

    monkeypatch.setattr(loops_module, "CATALOG_RETRY_S", 0.02)
    catalog = vms.menu.catalog
    down = DownCatalog(catalog)
    kiosk.catalog_service = down  # type: ignore[assignment]
    task = asyncio.ensure_future(kiosk._catalog_loop_async(has_cache=has_cache))
    try:
        if has_cache:
            await until(lambda: vms.app.orderingPaused)
            assert vms.app.current_screen == "attract" and "paused" in vms.app.pausedText
        else:
            await until(lambda: vms.app.current_screen == "outOfOrder")
            assert vms.app.outOfOrderReason.startswith("no menu: Final POS unreachable")
        down.up = True
        await until(lambda: not vms.app.orderingPaused and vms.app.current_screen == "attract")
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
