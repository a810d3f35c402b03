"""The `kiosk` command: settings checked before any window, no-display advice, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.app import main
from kiosk.ui.screenshots import expected_files
from tests.fixtures.screenshots import CheckoutScreenshots


@pytest.fixture
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("KIOSK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_bad_setting_is_named_and_exits_2(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_IDLE_TIMEOUT_S", "1")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "idle_timeout_s" in err


def test_live_mode_names_missing_values(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", "fp_live_secret_value")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "outlet_id" in err and "station_id" in err and "stripe_api_key" in err
    assert "fp_live_secret_value" not in err


def test_without_a_display_it_says_how_to_proceed(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "Xvfb" in err or "xvfb-run" in err
    assert "--screenshots" in err


@pytest.mark.timeout(330)  # the render has its own deadline (RENDER_TIMEOUT_S, 300 s)
def test_screenshots_command_writes_every_state_in_both_orientations(
    checkout_screenshots: CheckoutScreenshots,
) -> None:
    # the session's one run of the command (tests/fixtures/screenshots.py), shared with the
    # wheel test, which compares the installed wheel's pictures with these
    done = checkout_screenshots.wait()
    out = done.out_dir
    assert done.returncode == 0, done.stderr[-2000:]
    files = expected_files(out)
    staff = sorted(p for p in out.iterdir() if p.name.startswith("staff-"))
    assert sorted(p for p in out.iterdir() if p not in staff) == sorted(files)
    assert len(staff) == 24  # the demo store adds staff mode: 12 screens, both orientations
    for path in [*files, *staff]:
        image = QImage(str(path))
        portrait = path.stem.endswith("portrait")
        assert (image.width(), image.height()) == ((1080, 1920) if portrait else (1920, 1080))
        assert path.stat().st_size > 10_000
    assert "QML" not in done.stderr  # no QML warning on any screen
