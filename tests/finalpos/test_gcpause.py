import asyncio
import gc

import pytest

from kiosk.finalpos.gcpause import gc_paused

pytestmark = pytest.mark.usefixtures("gc_enabled")


def test_pauses_nest_and_restore() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_interleaved_pauses_end_enabled() -> None:
    first, second = gc_paused(), gc_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_abandoned_pause_is_released_by_its_limit(caplog) -> None:
    pause = gc_paused(limit_s=0.01)
    pause.__enter__()  # and never exited, as by a task nobody finishes
    assert not gc.isenabled()
    for _ in range(100):
        if gc.isenabled():
            break
        await asyncio.sleep(0.005)
    assert gc.isenabled()
    assert "outlived its limit" in caplog.text
    pause.__exit__(None, None, None)  # a late exit changes nothing
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
