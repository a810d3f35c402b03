"""Pause the cyclic garbage collector around bursts of allocation (catalog sync, cache load).

Turning pages of JSON into tens of thousands of small objects, or loading a cached menu,
makes CPython 3.11 run repeated generation-1/2 collections that traverse every survivor again;
measured on a 20,000-variant catalog that was a fifth of the sync's time. The objects built
hold no reference cycles, so collecting once afterwards loses nothing.

Pauses nest and may span `await`s (a sync runs as several tasks): the collector comes back
when the last open pause ends, and only if it was enabled when the first began. A pause that
spans awaits should pass `limit_s`: if its task is abandoned (never finished nor cancelled),
the event loop re-enables the collector after that long instead of leaving it off for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Iterator

log = logging.getLogger(__name__)

_depth = 0
_restore = False
_epoch = 0  # bumped when a limit forces the collector back on; older pauses then end silently


@contextlib.contextmanager
def gc_paused(*, limit_s: float | None = None) -> Iterator[None]:
    global _depth, _restore
    if _depth == 0:
        _restore = gc.isenabled()
        gc.disable()
    _depth += 1
    epoch = _epoch
    watchdog = (
        asyncio.get_running_loop().call_later(limit_s, _force_release)
        if limit_s is not None
        else None
    )
    try:
        yield
    finally:
        if watchdog is not None:
            watchdog.cancel()
        if epoch == _epoch:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()


def active() -> bool:
    """Whether a pause is open: `kiosk.ui.collector` (which collects on the GUI thread with
    the automatic collector off) waits for it to end, as CPython's own collector would."""
    return _depth > 0


def _force_release() -> None:
    global _depth, _epoch
    _epoch += 1
    _depth = 0
    if _restore:
        gc.enable()
    log.warning("a garbage-collector pause outlived its limit; the collector is back on")
