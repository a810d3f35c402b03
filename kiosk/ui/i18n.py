"""The one translation helper for user-visible text in Python.

Python view-models call ``tr("...")``; QML calls ``qsTr("...")``. Both go through Qt's
translator, so a ``.qm`` file installed on the application translates every screen at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "kiosk"


def tr(text: str, **values: object) -> str:
    """Translate `text`, then fill ``{name}`` placeholders (after translation, so translators
    can move them)."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**values) if values else translated
