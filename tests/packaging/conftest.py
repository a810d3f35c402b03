"""Packaging test plumbing: a fake notify socket, unit verification, the built wheel."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.fixtures.screenshots import ScreenshotRun, kiosk_env

REPO = Path(__file__).resolve().parents[2]


@dataclass
class NotifySocket:
    """A unix datagram socket standing in for systemd's ``NOTIFY_SOCKET``."""

    path: Path
    sock: socket.socket
    received: list[tuple[float, str]] = field(default_factory=list)

    def drain(self, *, until: float, stop_on: str | None = None) -> None:
        """Collect datagrams until `until` (monotonic clock) or the line `stop_on` arrives."""
        while (remaining := until - time.monotonic()) > 0:
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                return
            for line in data.decode().splitlines():
                self.received.append((time.monotonic(), line))
                if line == stop_on:
                    return

    def states(self) -> list[str]:
        return [line for _, line in self.received]


@pytest.fixture
def notify_socket() -> Iterator[NotifySocket]:
    # a short directory: AF_UNIX paths are limited to 107 bytes and tmp_path can be longer
    with tempfile.TemporaryDirectory(prefix="kiosk-notify-") as folder:
        path = Path(folder) / "notify"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(str(path))
        try:
            yield NotifySocket(path, sock)
        finally:
            sock.close()


PACKAGING = REPO / "packaging"
APP = "opt/finalpos-kiosk"
UNIT_NAMES = (
    "finalpos-kiosk.service",
    "finalpos-kiosk-check.service",
    "finalpos-kiosk-check.timer",
)
# keys systemd < 254 does not know yet (Debian 12); the target, Debian 13, has systemd 257
NEWER_KEYS = ("RestartSteps", "RestartMaxDelaySec")


def systemd_version() -> int | None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return None
    out = subprocess.run([analyze, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.match(r"systemd (\d+)", out)
    return int(match.group(1)) if match else None


def host_unit_dir() -> Path:
    for candidate in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")):
        if (candidate / "sysinit.target").exists():
            return candidate
    raise AssertionError("systemd is installed but its unit directory was not found")


def unit_settings(path: Path) -> dict[str, list[str]]:
    """key -> values of a unit file (keys like After= may repeat)."""
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def exec_paths(root: Path) -> list[Path]:
    """The programs the installed units under `root` start (absolute paths on the box)."""
    programs = []
    for name in UNIT_NAMES:
        unit = root / "etc/systemd/system" / name
        for command in unit_settings(unit).get("ExecStart", []):
            programs.append(Path(command.split()[0].lstrip("-@+!:")))
    return programs


def verify_units(root: Path) -> None:
    """`systemd-analyze verify` the units installed under `root`, failing on any complaint.

    The root gets a copy of the host's own units (sysinit.target and friends) so that
    dependencies resolve; executables are looked up inside the root. (A symlink would not do:
    systemd resolves absolute links inside the root.)
    """
    version = systemd_version()
    if version is None:
        pytest.skip("systemd-analyze is not installed (.ci/run installs the systemd package)")
    lib = root / "usr/lib/systemd/system"
    if not lib.exists():
        shutil.copytree(host_unit_dir(), lib, symlinks=True)
    # Programs from Debian packages (cage) are apt's part, not in a test root: the host's copy
    # when installed (.ci/run installs cage), else a stand-in. The kiosk's own must be there.
    for program in exec_paths(root):
        inside = root / program.relative_to("/")
        if program.parts[1] == "usr" and not inside.exists():
            inside.parent.mkdir(parents=True, exist_ok=True)
            if program.is_file():
                shutil.copy2(program, inside)
            else:
                inside.write_text("#!/bin/sh\n")
                inside.chmod(0o755)
    units = [f"/etc/systemd/system/{name}" for name in UNIT_NAMES]
    done = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", *units],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SYSTEMD_LOG_COLOR": "0"},
    )
    complaints = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip()
        and not (version < 254 and any(f"Unknown key '{key}'" in line for key in NEWER_KEYS))
    ]
    assert done.returncode == 0 and not complaints, "\n".join(complaints)


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: the sdist, then the wheel built from that sdist (not from the tree)."""
    out = tmp_path_factory.mktemp("dist")
    # from a copy: building writes *.egg-info next to the sources, which must not land in the
    # checkout (a PYTHONPATH on it would then look like an installed finalpos-kiosk)
    source = tmp_path_factory.mktemp("source") / "finalpos-kiosk"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "tests"
        ),
    )
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheels = sorted(out.glob("finalpos_kiosk-*-py3-none-any.whl"))
    assert len(wheels) == 1 and sorted(out.glob("finalpos_kiosk-*.tar.gz"))
    print(f"wheel built in {time.monotonic() - started:.1f} s")
    return wheels[0]


def run_kiosk_until_serving(
    command: list[str], env: dict[str, str], cwd: Path, notify: NotifySocket, *, pings: int = 2
) -> tuple[list[str], str]:
    """Start `command` (a kiosk) as systemd would, wait for READY=1 and `pings` keep-alives,
    stop it with SIGTERM as `systemctl stop` does; returns the states it sent, and its stderr."""
    env = {**env, "NOTIFY_SOCKET": str(notify.path), "WATCHDOG_USEC": "1000000"}
    child = subprocess.Popen(command, env=env, cwd=cwd, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and child.poll() is None:
            notify.drain(until=min(deadline, time.monotonic() + 0.5))
            if notify.states().count("WATCHDOG=1") >= pings:
                break
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    notify.drain(until=time.monotonic() + 0.3)
    assert child.returncode == 0, stderr[-3000:]
    return notify.states(), stderr


def seed_root(root: Path) -> bool:
    """A root with its own account files, so the kiosk user is made there (useradd --prefix)."""
    etc = root / "etc"
    etc.mkdir(parents=True)
    (etc / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (etc / "group").write_text("root:x:0:\nvideo:x:44:\ninput:x:105:\nrender:x:106:\n")
    (etc / "shadow").write_text("root:*:19000:0:99999:7:::\n")
    (etc / "gshadow").write_text("root:*::\nvideo:*::\ninput:*::\nrender:*::\n")
    for name in ("shadow", "gshadow"):
        (etc / name).chmod(0o600)
    return os.geteuid() == 0 and shutil.which("useradd") is not None


def install(root: Path, wheel: Path, *extra: str) -> str:
    args = ["bash", str(PACKAGING / "install.sh"), "--root", str(root), "--wheel", str(wheel)]
    args += ["--python", sys.executable, *extra]
    done = subprocess.run(args, capture_output=True, text=True, timeout=400, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


@dataclass(frozen=True)
class FirstInstall:
    """packaging/install.sh run once into a fresh root with the built wheel."""

    root: Path
    flags: list[str]
    make_user: bool
    stdout: str
    release: Path  # the release's virtualenv; later updates and rollbacks leave it as it is


WHEEL_FIXTURE = "wheel_screenshots"


@pytest.fixture(scope="session")
def first_install(
    built_wheel: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[FirstInstall]:
    """One install.sh run, shared: the install test goes on from it (reruns, an update, a
    rollback) and the wheel test runs the release it made (a fresh virtualenv with the wheel,
    away from the source tree), so the suite installs PySide6 into one virtualenv fewer.

    When the wheel test is collected, the release's `kiosk --screenshots` starts here, in the
    background (see `wheel_screenshots`): the wheel test runs last (tests/fixtures/screenshots.py)
    and finds it done."""
    root = tmp_path_factory.mktemp("install") / "root"
    make_user = seed_root(root)
    flags = [] if make_user else ["--no-user"]
    if shutil.which("systemctl") is None:
        flags.append("--no-systemctl")
    stdout = install(root, built_wheel, *flags)
    release = root / APP / (root / APP / "current").readlink()
    found = FirstInstall(root, flags, make_user, stdout, release)
    if any(WHEEL_FIXTURE in getattr(i, "fixturenames", ()) for i in request.session.items):
        _wheel_runs.append(_start_wheel_render(found, tmp_path_factory.mktemp("wheel-shots")))
    try:
        yield found
    finally:
        for run in _wheel_runs:
            run.stop()


_wheel_runs: list[ScreenshotRun] = []


def _start_wheel_render(installed: FirstInstall, folder: Path) -> ScreenshotRun:
    elsewhere = folder / "elsewhere"  # no source tree in the working directory
    elsewhere.mkdir()
    # no .pyc written into the release: the install test snapshots it meanwhile
    env = {**kiosk_env(folder / "home", folder / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    return ScreenshotRun([str(installed.release / "bin/kiosk")], env, elsewhere, folder)


@pytest.fixture(scope="session")
def wheel_screenshots(
    first_install: FirstInstall, tmp_path_factory: pytest.TempPathFactory
) -> ScreenshotRun:
    """`kiosk --screenshots` from the installed release, away from the source tree."""
    if not _wheel_runs:
        _wheel_runs.append(_start_wheel_render(first_install, tmp_path_factory.mktemp("wheel")))
    return _wheel_runs[0]
