"""Entry points: ``kiosk`` (the touchscreen app), ``kiosk sandbox`` (the embedded stand-ins),
``kiosk setup`` (first-run pairing) and ``kiosk check`` (the installation doctor).

Each subcommand's module is imported only when it runs, so ``kiosk sandbox`` never loads Qt and
``kiosk`` starts without loading the sandboxes unless demo mode needs them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

_ADMIN = {
    "check": "kiosk.admin.check",
    "setup": "kiosk.admin.setup",
    "config": "kiosk.admin.settings_help",
    "staff": "kiosk.staffcli",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "sandbox":
        from kiosk.sandbox.cli import main as sandbox_main

        return sandbox_main(args[1:])
    if args and args[0] in _ADMIN:
        command: Callable[[list[str]], int] = importlib.import_module(_ADMIN[args[0]]).main
        return command(args[1:])
    # Looked up by name: kiosk.app (the Qt composition root) is written by another part of
    # the project, and importing it here statically would load Qt for `kiosk sandbox` too.
    app_main: Callable[[list[str]], int] = importlib.import_module("kiosk.app").main
    return app_main(args)
