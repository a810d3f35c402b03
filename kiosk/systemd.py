"""sd_notify(3) without a dependency: READY=1, WATCHDOG=1, STOPPING=1 over ``$NOTIFY_SOCKET``.

systemd gives a ``Type=notify`` service a unix datagram socket (a path, or an abstract name
written with a leading ``@``) and, with ``WatchdogSec=``, the interval in ``WATCHDOG_USEC`` and the
process meant to feed it in ``WATCHDOG_PID``. Outside systemd none of these is set and every call
here is a cheap no-op returning False, so the kiosk runs the same by hand and under a unit.

These variables are the service manager's protocol, not settings, which is why they are read
here and not by `kiosk.config`.

On the kiosk box the service's main process is `cage` and the kiosk is its only child, so
``WATCHDOG_PID`` names our parent; the unit sets ``NotifyAccess=all`` so systemd takes our
datagrams, and `watchdog_interval_s` accepts a watchdog addressed to our direct parent.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

READY = "READY=1"
WATCHDOG = "WATCHDOG=1"
STOPPING = "STOPPING=1"


def _address(env: Mapping[str, str]) -> str | None:
    address = env.get("NOTIFY_SOCKET", "")
    if not address:
        return None
    if address.startswith("@"):  # abstract namespace: a leading NUL byte on the wire
        return "\0" + address[1:]
    if address.startswith("/"):
        return address
    return None  # vsock:... and other transports are not used on a kiosk box


def notify(*states: str, env: Mapping[str, str] | None = None) -> bool:
    """Send ``states`` (e.g. "READY=1", "STATUS=...") as one datagram; True when sent.

    Never raises: a service manager that went away must not take the kiosk down with it.
    """
    address = _address(os.environ if env is None else env)
    if address is None or not states:
        return False
    message = "\n".join(states).encode("utf-8")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message)
    except OSError:
        return False
    return True


def ready(status: str | None = None, *, env: Mapping[str, str] | None = None) -> bool:
    """The kiosk is serving customers (its first frame is on the screen)."""
    return notify(READY, *([f"STATUS={status}"] if status else []), env=env)


def watchdog_ping(*, env: Mapping[str, str] | None = None) -> bool:
    return notify(WATCHDOG, env=env)


def stopping(*, env: Mapping[str, str] | None = None) -> bool:
    return notify(STOPPING, env=env)


def watchdog_interval_s(
    env: Mapping[str, str] | None = None, *, pid: int | None = None, ppid: int | None = None
) -> float | None:
    """The watchdog interval systemd expects keep-alives within, or None when there is none.

    As sd_watchdog_enabled(3): ``WATCHDOG_USEC`` must be a positive integer and, when
    ``WATCHDOG_PID`` is set, it must name this process, or (the cage case, see the module
    docstring) our direct parent. Keep-alives should go out at half this interval or faster.
    """
    env = os.environ if env is None else env
    usec = env.get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) <= 0:
        return None
    watchdog_pid = env.get("WATCHDOG_PID", "")
    if watchdog_pid:
        if not watchdog_pid.isdigit():
            return None
        me = os.getpid() if pid is None else pid
        parent = os.getppid() if ppid is None else ppid
        if int(watchdog_pid) not in (me, parent):
            return None
    return int(usec) / 1_000_000
