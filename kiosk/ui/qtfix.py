"""Work around a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns ``None`` from every void C++ method (``QTimer.start``,
``QCoreApplication.processEvents``, ...) without taking a reference to it, so each call drops
None's reference count by one (measured: -1 per call). On Python 3.12+ None is immortal and
nothing happens; on 3.11 the count reaches zero after some 10^5 calls and the interpreter
aborts with "none_dealloc: deallocating None". qasync alone makes a few such calls per loop
iteration, so a kiosk would crash within hours.

None is never legitimately freed, so adding a large number to its count is harmless: with
2^40 extra references the kiosk would need decades at any realistic call rate to exhaust it,
and `guard_none_refcount` is called again periodically anyway. Remove this module when the
PySide6 requirement moves past the fixed release.
"""

from __future__ import annotations

import ctypes
import sys

TOP_UP = 1 << 40
FLOOR = 1 << 39


def guard_none_refcount() -> bool:
    """Keep None's reference count far from zero; returns True when it topped it up."""
    if sys.version_info >= (3, 12):  # immortal None: nothing to guard
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value >= FLOOR:
        return False
    refcount.value += TOP_UP
    return True
