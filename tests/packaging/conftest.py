"""Packaging test plumbing: a fake systemd notify socket."""

from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

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
