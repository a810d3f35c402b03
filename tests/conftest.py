"""Suite-wide guards: no test may leave a non-daemon thread running."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = [
    "tests.fixtures.finalpos",
    "tests.fixtures.screenshots",
    "tests.fixtures.stripe",
]


_last_file: list[Path] = []  # the file of the last test that ended with Qt up


def _collect_cycles(path: Path) -> None:
    """A full collection, as after every test, but without walking the suite's whole heap.

    Once Qt is up a full collection walked everything the suite had imported and built
    (~0.1 s CPU after each test). So the first test of each file ends with a truly full one,
    after which what survives (modules, the file's module fixtures) is frozen (`gc.freeze`);
    the file's other tests then collect everything made since. The previous file's module
    fixtures were torn down before its first test, so they are collected there.
    """
    if _last_file != [path]:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _last_file[:] = [path]
    else:
        gc.collect()


@pytest.fixture(autouse=True)
def _no_leaked_threads(request: pytest.FixtureRequest) -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    if not gc.isenabled():  # Qt is up: collect cycles here, on the main thread (kiosk.ui.collector)
        _collect_cycles(request.node.path)
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
