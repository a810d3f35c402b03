"""`kiosk.cli.load_app`: the app is imported with the cyclic collector paused, its objects
frozen, then the collector restored. gc.freeze itself is replaced here: freezing the test
process would keep every earlier test's garbage for good."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from types import ModuleType

import pytest

from kiosk import cli


@pytest.fixture
def collector_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    enabled = gc.isenabled()
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))
    yield frozen
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
def test_the_app_is_imported_with_the_collector_paused_and_then_restored(
    monkeypatch: pytest.MonkeyPatch, collector_state: list[bool], enabled: bool
) -> None:
    seen: list[tuple[str, bool]] = []
    fake = ModuleType("kiosk.app")

    def import_module(name: str) -> ModuleType:
        seen.append((name, gc.isenabled()))
        return fake

    monkeypatch.setattr(importlib, "import_module", import_module)
    gc.enable() if enabled else gc.disable()
    assert cli.load_app() is fake
    assert seen == [("kiosk.app", False)]
    assert collector_state == [False]  # frozen before the collector runs again
    assert gc.isenabled() is enabled


def test_a_failing_import_still_restores_the_collector(
    monkeypatch: pytest.MonkeyPatch, collector_state: list[bool]
) -> None:
    def import_module(name: str) -> ModuleType:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", import_module)
    gc.enable()
    with pytest.raises(ImportError):
        cli.load_app()
    assert gc.isenabled()
