"""The systemd units: they pass `systemd-analyze verify` and say what the appliance needs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, UNIT_NAMES, exec_paths, unit_settings, verify_units


def _settings(name: str) -> dict[str, list[str]]:
    return unit_settings(PACKAGING / "systemd" / name)


def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    """The unit files as install.sh lays them out; what they start is looked up in the root.

    The kiosk's own executables are stand-ins here (test_install.py verifies a real install);
    cage is the host's when it is installed (.ci/run installs it).
    """
    root = tmp_path / "root"
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    for name in UNIT_NAMES:
        shutil.copy(PACKAGING / "systemd" / name, units / name)
    for program in exec_paths(root):
        inside = root / program.relative_to("/")
        if program.parts[1] == "opt":  # what install.sh puts there
            inside.parent.mkdir(parents=True, exist_ok=True)
            inside.write_text("#!/bin/sh\n")
            inside.chmod(0o755)
    verify_units(root)


def test_kiosk_unit_is_cage_on_tty1_with_readiness_watchdog_and_back_off() -> None:
    unit = _settings("finalpos-kiosk.service")
    assert unit["ExecStart"] == ["/usr/bin/cage -d -- /opt/finalpos-kiosk/bin/kiosk-session"]
    assert unit["User"] == ["kiosk"] and unit["PAMName"] == ["finalpos-kiosk"]
    assert unit["TTYPath"] == ["/dev/tty1"] and "getty@tty1.service" in unit["Conflicts"]
    assert unit["Type"] == ["notify"] and unit["NotifyAccess"] == ["all"]
    assert unit["Restart"] == ["on-failure"] and unit["StartLimitIntervalSec"] == ["0"]
    watchdog_s = int(re.fullmatch(r"(\d+)s", unit["WatchdogSec"][0]).group(1))  # type: ignore[union-attr]
    assert 10 <= watchdog_s <= 120
    assert "RestartSteps" in unit and "RestartMaxDelaySec" in unit
    assert "ProtectHome" not in unit  # it would hide /run/user, cage's Wayland socket


def test_health_probe_runs_kiosk_check_json_from_a_timer() -> None:
    probe = _settings("finalpos-kiosk-check.service")
    assert probe["ExecStart"] == ["/opt/finalpos-kiosk/current/bin/kiosk check --json"]
    assert probe["Type"] == ["oneshot"] and probe["User"] == ["kiosk"]
    timer = _settings("finalpos-kiosk-check.timer")
    assert timer["OnUnitActiveSec"] and timer["WantedBy"] == ["timers.target"]


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_kiosk_session_execs_the_kiosk(tmp_path: Path) -> None:
    """The session script parses, and ends by exec-ing the kiosk (so it stays cage's child)."""
    script = PACKAGING / "files" / "kiosk-session"
    subprocess.run(["sh", "-n", str(script)], check=True)
    last = [line for line in script.read_text().splitlines() if line and not line.startswith("#")]
    assert last[-1].startswith("exec /opt/finalpos-kiosk/current/bin/kiosk --fullscreen")
