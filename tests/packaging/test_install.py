"""packaging/install.sh into a throwaway root: clean twice in a row, an update, a rollback."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import APP, FirstInstall, install, verify_units


def _snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every path under root with its mode, mtime and link target: what a rerun must not touch."""
    found: dict[str, tuple[int, int, str]] = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        target = str(path.readlink()) if path.is_symlink() else ""
        found[str(path.relative_to(root))] = (st.st_mode, st.st_mtime_ns, target)
    return found


def _repacked(wheel: Path, folder: Path) -> Path:
    """The same wheel with a zip comment: a different file (hash), so a different release."""
    folder.mkdir()
    copy = folder / wheel.name
    shutil.copy(wheel, copy)
    with zipfile.ZipFile(copy, "a") as archive:
        archive.comment = b"rebuilt"
    return copy


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_install_twice_update_and_rollback(
    built_wheel: Path, first_install: FirstInstall, tmp_path: Path
) -> None:
    # the first install into a fresh root is the session's (the wheel test runs that release)
    root, flags, make_user = first_install.root, first_install.flags, first_install.make_user
    assert "installed" in first_install.stdout
    before = _snapshot(root)
    second = install(root, built_wheel, *flags)
    assert "nothing to do" in second and "wrote" not in second and "creating" not in second
    assert _snapshot(root) == before  # not one file rewritten, re-linked or re-created

    release = str((root / APP / "current").readlink())
    assert release.startswith("releases/") and not (root / APP / "previous").exists()
    kiosk = root / APP / "current/bin/kiosk"
    assert subprocess.run([kiosk, "--help"], capture_output=True, check=False).returncode == 0
    for unit in ("finalpos-kiosk.service", "finalpos-kiosk-check.service"):
        assert (root / "etc/systemd/system" / unit).is_file()
    assert os.access(root / APP / "bin/kiosk-session", os.X_OK)
    assert (root / "etc/pam.d/finalpos-kiosk").is_file()
    if "--no-systemctl" not in flags:
        wants = root / "etc/systemd/system/graphical.target.wants/finalpos-kiosk.service"
        assert wants.is_symlink()
        assert (
            root / "etc/systemd/system/timers.target.wants/finalpos-kiosk-check.timer"
        ).is_symlink()
        assert str((root / "etc/systemd/system/sleep.target").readlink()) == "/dev/null"
    if make_user:
        entry = next(
            line
            for line in (root / "etc/passwd").read_text().splitlines()
            if line.startswith("kiosk:")
        )
        _, _, uid, _, _, home, shell = entry.split(":")
        assert (home, shell) == ("/var/lib/finalpos-kiosk", "/usr/sbin/nologin") and uid != "0"
        assert (root / "var/lib/finalpos-kiosk").stat().st_uid == int(uid)
        groups = (root / "etc/group").read_text()
        assert "video:x:44:kiosk" in groups and "input:x:105:kiosk" in groups
    verify_units(root)  # the units as installed, with the real kiosk executables

    # the owner's edits to kiosk.env survive a rerun
    env_file = root / "etc/finalpos-kiosk/kiosk.env"
    env_file.write_text(
        env_file.read_text().replace("SCREEN_TRANSFORM=normal", "SCREEN_TRANSFORM=90")
    )
    install(root, built_wheel, *flags)
    assert "SCREEN_TRANSFORM=90" in env_file.read_text()

    # an update keeps the previous release; a rollback swaps them back
    update = install(root, _repacked(built_wheel, tmp_path / "dist2"), *flags)
    assert "previous: " + release in update
    new_release = str((root / APP / "current").readlink())
    assert new_release != release and str((root / APP / "previous").readlink()) == release
    install(root, built_wheel, "--rollback", *flags)
    assert str((root / APP / "current").readlink()) == release
    assert str((root / APP / "previous").readlink()) == new_release
    assert sorted(p.name for p in (root / APP / "releases").iterdir()) == sorted(
        Path(r).name for r in (release, new_release)
    )
