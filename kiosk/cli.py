"""Entry points: ``kiosk`` (the touchscreen app), ``kiosk sandbox`` (the embedded stand-ins),
``kiosk setup`` (first-run pairing) and ``kiosk check`` (the installation doctor).

Each subcommand's module is imported only when it runs, so ``kiosk sandbox`` never loads Qt and
``kiosk`` starts without loading the sandboxes unless demo mode needs them.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType

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
    app_main: Callable[[list[str]], int] = load_app().main
    return app_main(args)


def load_app() -> ModuleType:
    """Import `kiosk.app` (looked up by name, so `kiosk sandbox` never loads Qt) with the
    cyclic garbage collector paused.

    The import builds tens of thousands of long-lived objects (pydantic schemas, the settings
    model, Qt enums, view-model classes) and frees no cycles, so the collections it would
    trigger only walk those objects again, a tenth of the time to the first frame. They are
    then frozen (`gc.freeze`): they live as long as the process, and no later full collection
    (before the first frame or on the GUI thread afterwards) walks them again. Once the Qt
    application exists, `kiosk.ui.collector` owns the collector for the rest of the run.
    `kiosk.app` loads the settings model and Qt the same way (`collector_paused`), once it
    knows whether it needs them before the first frame.
    """
    with collector_paused():
        return importlib.import_module("kiosk.app")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector, then freeze everything that exists (see `load_app`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
