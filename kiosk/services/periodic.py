"""One background pass, run again and again: the recovery passes of checkouts and refunds.

A pass that fails (Final POS down, a bug) is logged and tried again after the interval: the
loop must outlive any one pass, or recovery would stop for the rest of the day. Only
cancelling the task ends it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable


async def repeat_async(
    run_pass: Callable[[], Awaitable[object]],
    interval_s: float,
    *,
    what: str,
    logger: logging.Logger,
) -> None:
    """`run_pass()` now and then every `interval_s` until cancelled; never raises otherwise.

    A failed pass is logged on `logger` as "<what> pass failed" with its traceback.
    """
    while True:
        try:
            await run_pass()
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("%s pass failed; trying again in %.0f s", what, interval_s)
        await asyncio.sleep(interval_s)
