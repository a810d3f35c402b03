"""repeat_async: the recovery loops outlive a failing pass and end only when cancelled."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import pytest

from kiosk.services.periodic import repeat_async


async def test_a_failed_pass_is_logged_and_the_next_one_still_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = 0
    third = asyncio.Event()

    async def run_pass() -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("Final POS said no")
        if calls == 3:
            third.set()

    logger = logging.getLogger("kiosk.test.periodic")
    with caplog.at_level(logging.ERROR, logger="kiosk.test.periodic"):
        task = asyncio.create_task(
            repeat_async(run_pass, 0.0, what="refund recovery", logger=logger)
        )
        try:
            await asyncio.wait_for(third.wait(), timeout=10)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    failed = [r for r in caplog.records if r.name == "kiosk.test.periodic"]
    assert [r.getMessage() for r in failed] == ["refund recovery pass failed; trying again in 0 s"]
    assert failed[0].exc_info is not None and isinstance(failed[0].exc_info[1], RuntimeError)


async def test_cancelling_during_a_pass_ends_the_loop() -> None:
    started = asyncio.Event()

    async def run_pass() -> None:
        started.set()
        await asyncio.sleep(3600)

    task = asyncio.create_task(
        repeat_async(run_pass, 0.0, what="recovery", logger=logging.getLogger("kiosk.test"))
    )
    await asyncio.wait_for(started.wait(), timeout=10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelled()
