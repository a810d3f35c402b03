"""Suite-wide guards: no test may leave a non-daemon thread running."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

pytest_plugins = [
    "tests.fixtures.finalpos",
    "tests.fixtures.screenshots",
    "tests.fixtures.stripe",
]


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    if not gc.isenabled():  # Qt is up: collect cycles here, on the main thread (kiosk.ui.collector)
        gc.collect()
    leaked = [
        t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon
    ]
    assert not leaked, f"test left threads running: {[t.name for t in leaked]}"


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    """Automatic garbage collection on for one test, as CPython starts.

    Once Qt is up in the test process, cycles are collected on the GUI thread
    (kiosk.ui.collector) and automatic collection is off; tests of code that pauses and
    restores the collector need it on.
    """
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()
