"""The wheel, installed into a fresh virtualenv away from the source tree, runs like a checkout."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.fixtures.screenshots import CheckoutScreenshots, ScreenshotRun, kiosk_env
from tests.packaging.conftest import REPO, FirstInstall, NotifySocket, run_kiosk_until_serving

# Screens without animation and without product pictures (those arrive from the sandbox in the
# background, so a menu grabbed a moment earlier or later differs by its pictures, not by the
# package): the same image from the checkout and from the wheel proves the same QML and fonts
# were found; every other screen is checked to exist in both.
STATIC_SCREENS = ("order-type", "out-of-order")
VISIBLE_STEP = 16  # grey levels; smaller steps are antialiasing, not a missing font or file


def _env(tmp_path: Path, name: str) -> dict[str, str]:
    return kiosk_env(tmp_path / f"home-{name}", tmp_path / f"data-{name}")


def _differing_share(a: Path, b: Path) -> float:
    """The share of pixels that differ visibly (more than a rounding or antialiasing step)."""
    from PIL import Image, ImageChops

    with Image.open(a) as first, Image.open(b) as second:
        if first.size != second.size:
            return 1.0
        diff = ImageChops.difference(first.convert("RGB"), second.convert("RGB")).convert("L")
        histogram = diff.histogram()
        return sum(histogram[VISIBLE_STEP:]) / (first.size[0] * first.size[1])


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_installed_wheel_renders_the_same_screens_as_the_checkout(
    checkout_screenshots: CheckoutScreenshots,  # first: if it starts here, it renders meanwhile
    first_install: FirstInstall,
    wheel_screenshots: ScreenshotRun,
    tmp_path: Path,
    notify_socket: NotifySocket,
) -> None:
    # the checkout's render is the session's one (tests/fixtures/screenshots.py, also checked
    # by the screenshot-command test); the virtualenv is the release packaging/install.sh made
    # (a fresh virtualenv, the wheel pip-installed into it: the session's first install)
    venv = first_install.release
    elsewhere = tmp_path / "elsewhere"  # no source tree in the working directory
    elsewhere.mkdir()
    env = _env(tmp_path, "wheel")
    where = subprocess.run(
        [venv / "bin/python", "-c", "import kiosk; print(kiosk.__file__)"],
        env=env,
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv) and not Path(where).is_relative_to(REPO)
    # the release's render started right after the first install, in the background
    from_wheel = wheel_screenshots.wait()
    wheel_dir = from_wheel.out_dir
    checkout = checkout_screenshots.wait()
    checkout_dir = checkout.out_dir
    assert checkout.returncode == 0, (checkout.stdout + checkout.stderr)[-2000:]
    assert from_wheel.returncode == 0, from_wheel.stderr[-3000:]
    log = from_wheel.stderr
    assert "QML" not in log and "font" not in log, log[-3000:]  # every QML file and font found

    names = sorted(p.name for p in wheel_dir.iterdir())
    assert names == sorted(p.name for p in checkout_dir.iterdir()) and len(names) >= 20
    for screen in STATIC_SCREENS:
        for orientation in ("portrait", "landscape"):
            name = f"{screen}-{orientation}.png"
            share = _differing_share(wheel_dir / name, checkout_dir / name)
            # the same fonts, QML and art: the same picture, give or take a picture still
            # decoding in the background when the frame was grabbed
            assert share < 0.02, f"{name}: {share:.1%} of the pixels differ"
    # and the installed `kiosk --demo` comes up as the kiosk box's unit expects
    states, stderr = run_kiosk_until_serving(
        [str(venv / "bin/kiosk"), "--demo"], _env(tmp_path, "demo"), elsewhere, notify_socket
    )
    assert states[0] == "READY=1" and states[-1] == "STOPPING=1", stderr[-3000:]
