"""Cycles are collected by the GUI-thread timer, not by whichever thread allocates."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from kiosk.ui.collector import MainThreadCollector
from tests.ui.conftest import qt_app


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_takes_over_and_hands_back() -> None:
    parent = QObject()
    qt_app()
    gc.enable()
    collector = MainThreadCollector(parent)
    collector.start()
    try:
        assert not gc.isenabled()
        threshold = gc.get_threshold()[0]
        for _ in range(threshold + 10):
            _Cycle()
        assert gc.get_count()[0] > threshold  # nothing collected them automatically
        assert collector.collect() >= threshold  # the GUI-thread tick does
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # the suite's QApplication keeps collection on the GUI thread


def test_collector_waits_for_a_pause_to_end() -> None:
    """A catalog sync pauses collection (`gc_paused`); the GUI-thread tick honours that as
    CPython's own collector would, and collects at the first tick after."""
    from kiosk.finalpos.gcpause import gc_paused

    parent = QObject()
    qt_app()
    collector = MainThreadCollector(parent)
    collector.start()
    try:
        threshold = gc.get_threshold()[0]
        with gc_paused():
            for _ in range(threshold + 10):
                _Cycle()
            assert collector.collect() == 0 and gc.get_count()[0] > threshold
        assert collector.collect() >= threshold
    finally:
        collector.stop()
    gc.disable()  # the suite's QApplication keeps collection on the GUI thread
