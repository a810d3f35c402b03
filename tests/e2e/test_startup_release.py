"""What the kiosk holds only for start-up is released once the services are up."""

from __future__ import annotations

import linecache
import os
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.config import load_settings
from kiosk.ui.view import PORTRAIT

pytestmark = pytest.mark.timeout(120)

SENTINEL = "/nonexistent/kiosk-startup-sentinel.py"


async def test_start_up_drops_the_source_text_pyside_read_into_linecache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PySide6's import hook reads every module's source after Qt loads, and linecache keeps it
    # (7 MB at 5,000 products): the kiosk frees it before the background sync.
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    linecache.cache[SENTINEL] = (1, None, ["x = 1\n"], SENTINEL)
    settings = load_settings(data_dir=tmp_path / "data")
    kiosk = Kiosk(settings, demo=True, size=PORTRAIT, handle_signals=False)
    try:
        await kiosk.start_async()
        assert kiosk.backend is not None
        assert SENTINEL not in linecache.cache
    finally:
        await kiosk.stop_async()
        linecache.cache.pop(SENTINEL, None)
