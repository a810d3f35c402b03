"""UI test plumbing: a qasync loop for async tests, QML warnings as failures, helpers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kiosk.ui.collector import install as install_collector
from kiosk.ui.event_loop import KioskEventLoop
from kiosk.ui.factory import ViewModels, build_view_models
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, Unavailable, make_catalog, price

IGNORED = ("propagateSizeHints",)  # offscreen platform chatter, not ours


def qt_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([])
    # As in the app: cycles are collected on this (the GUI) thread only, by the timer and
    # after each test (tests/conftest.py), never by a sandbox thread that happens to allocate.
    install_collector(app)
    return app


def new_qasync_loop() -> asyncio.AbstractEventLoop:
    return KioskEventLoop(qt_app())


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Async UI tests run on the qasync loop, like the app."""
    return {"qasync": new_qasync_loop}


@pytest.fixture(autouse=True)
def qt_messages() -> Iterator[list[str]]:
    """Collect every Qt warning; any one fails the test (QML warnings included)."""
    qt_app()
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not any(part in message for part in IGNORED):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    assert not seen, f"Qt warnings: {seen}"


async def until(predicate: Callable[[], object], timeout_s: float = 5.0) -> None:
    """Poll on the running loop (qtbot.waitUntil would block the qasync loop)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


@pytest.fixture
def checkout() -> FakeCheckoutService:
    return FakeCheckoutService()


@pytest.fixture
def image_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "latte.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        '<circle cx="32" cy="32" r="28" fill="#a83e16"/></svg>'
    )
    return folder


@pytest.fixture
def vms(checkout: FakeCheckoutService, image_dir: Path) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=3,
        confirmation_s=30,
        unavailable_errors=(Unavailable,),
    )
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()
