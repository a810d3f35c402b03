"""A QML text marked with an explicit context (`qsTranslate("CartScreen", ...)`) names a context
the translations have: a part split out of a screen keeps that screen's context, and a typo in
it would show the English text to every customer without any warning.
"""

from __future__ import annotations

import re
from pathlib import Path

import kiosk
from kiosk.ui.translations import build

ROOT = Path(kiosk.__file__).resolve().parent
QS_TRANSLATE = re.compile(r"""qsTranslate\(\s*["']([^"']+)["']""")
CONTEXT_NAME = re.compile(r"<context>\s*<name>([^<]+)</name>")


def _explicit_contexts() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "ui" / "qml").rglob("*.qml")):
        for context in QS_TRANSLATE.findall(path.read_text("utf-8")):
            found.setdefault(context, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_every_explicit_qml_context_is_one_the_translations_have() -> None:
    known = set(CONTEXT_NAME.findall((build.HERE / "kiosk_de.ts").read_text("utf-8")))
    found = _explicit_contexts()
    assert "CartScreen" in found  # the cart's parts in screens/cart/ use it
    unknown = {context: files for context, files in found.items() if context not in known}
    assert unknown == {}, f"contexts no .ts has: {unknown}"
