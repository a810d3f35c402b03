"""PySide6's import hook answers as before, without reading sources through linecache."""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
import textwrap

import kiosk.ui
import kiosk.ui.view
from kiosk.ui import pyside_hook


def test_the_replaced_check_gives_the_hook_s_own_answers() -> None:
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, pyside_hook.MARK, False)
    original = check.__closure__[0].cell_contents  # the hook's own test, kept for the rest
    for module in (kiosk.ui.view, json, sys, linecache, pyside_hook):
        assert check(module) == original(module), module.__name__
    assert check(kiosk.ui.view) and not check(json)
    assert pyside_hook.install()  # a second install keeps the one replacement
    assert feature._mod_uses_pyside is check


def test_modules_imported_with_qt_leave_no_source_in_linecache() -> None:
    code = textwrap.dedent(
        """
        import linecache
        import kiosk.ui
        import PySide6.QtQuick
        import kiosk.ui.factory, kiosk.ui.view, babel.numbers
        print(len(linecache.cache))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert int(done.stdout.strip().splitlines()[-1]) < 20  # it was 300+ sources
