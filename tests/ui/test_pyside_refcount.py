"""PySide6 must not leak references to None: a kiosk runs for days on the qasync loop.

PySide6 6.12.0 returns None from void methods without taking a reference, so on Python 3.11
every call lowers None's count until the interpreter aborts ("deallocating None"); that is why
pyproject.toml excludes it. This test fails on any release with the same defect.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from tests.ui.conftest import qt_app


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")
def test_void_qt_calls_keep_none_refcount() -> None:
    qt_app()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        timer.start(1000)
        timer.stop()
    assert abs(sys.getrefcount(None) - before) < 100
