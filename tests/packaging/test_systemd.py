"""sd_notify over a unix datagram socket, and when the watchdog applies (WATCHDOG_PID)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from kiosk import systemd
from tests.packaging.conftest import NotifySocket


def test_states_reach_the_notify_socket_as_one_datagram(notify_socket: NotifySocket) -> None:
    env = {"NOTIFY_SOCKET": str(notify_socket.path)}
    assert systemd.ready("menu shown", env=env)
    assert systemd.watchdog_ping(env=env)
    assert systemd.stopping(env=env)
    notify_socket.drain(until=time.monotonic() + 0.2)
    assert notify_socket.states() == ["READY=1", "STATUS=menu shown", "WATCHDOG=1", "STOPPING=1"]


def test_abstract_socket_names_start_with_at() -> None:
    name = f"kiosk-test-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        assert systemd.notify("WATCHDOG=1", env={"NOTIFY_SOCKET": "@" + name})
        sock.settimeout(1)
        assert sock.recv(100) == b"WATCHDOG=1"


@pytest.mark.parametrize("address", ["", "relative/path", "vsock:2:1234"])
def test_no_usable_socket_is_a_quiet_no_op(address: str) -> None:
    assert systemd.notify("READY=1", env={"NOTIFY_SOCKET": address}) is False


def test_a_vanished_socket_does_not_raise(tmp_path: Path) -> None:
    assert systemd.notify("READY=1", env={"NOTIFY_SOCKET": str(tmp_path / "gone")}) is False


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"WATCHDOG_USEC": "30000000"}, 30.0),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "-5"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({"WATCHDOG_USEC": "2500000", "WATCHDOG_PID": "100"}, 2.5),  # addressed to us
        ({"WATCHDOG_USEC": "2500000", "WATCHDOG_PID": "50"}, 2.5),  # to our parent (cage)
        ({"WATCHDOG_USEC": "2500000", "WATCHDOG_PID": "7"}, None),  # to somebody else
        ({"WATCHDOG_USEC": "2500000", "WATCHDOG_PID": "x"}, None),
    ],
)
def test_watchdog_interval_honours_usec_and_pid(
    env: dict[str, str], expected: float | None
) -> None:
    assert systemd.watchdog_interval_s(env, pid=100, ppid=50) == expected
