"""The PySide6 6.12 None-refcount workaround keeps long-running kiosks alive."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from kiosk.ui.qtfix import FLOOR, guard_none_refcount


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")
def test_none_refcount_stays_far_from_zero_across_void_calls() -> None:
    guard_none_refcount()
    timer = QTimer()
    for _ in range(10_000):
        timer.stop()  # a void method: PySide6 6.12 drops a reference to None here
    assert sys.getrefcount(None) > FLOOR
