"""A cheaper answer to the question PySide6's import hook asks of every module.

PySide6 (its ``__feature__`` support, `shibokensupport.feature`) decides for each module
imported once Qt is loaded, and for every module loaded before, whether it uses PySide6: it
takes the module's whole source with `inspect.getsource` and looks for the text "PySide6".
That goes through `linecache`, which keeps every source it read (7.5 MB of text for the
kiosk's 491 modules), and costs about 0.13 ms a module: 20-45 ms of CPU before the kiosk's
first frame and 50-100 ms for the settings and the `Backend` after it (measured on this
project's start-up, benchmarks/startup.py).

`install` asks the same question by reading the module's file as bytes (the hook's own
answer for anything that is not a ``.py`` file, or cannot be read). It must run after
`shiboken6` is imported and before `PySide6.QtCore` is, so the modules loaded before Qt are
checked this way too; `kiosk.ui` runs it on import. If PySide6 changes the hook, nothing is
replaced and PySide6 keeps its own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

MARK = "_kiosk_reads_bytes"


def install() -> bool:
    """Replace the hook's source test; True when it is (or already was) replaced."""
    import shiboken6  # noqa: F401  (loads `shibokensupport.feature`, not Qt itself)

    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, MARK, False):
        return True
    # Safe even when PySide6 is loaded already: a module checked before keeps its answer.
    setattr(feature, "_mod_uses_pyside", _reading_bytes(original))  # noqa: B010
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built in, compiled only, an extension: its own rules
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return original(module)

    setattr(uses_pyside, MARK, True)
    return uses_pyside
