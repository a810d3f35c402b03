"""The one translation helper for user-visible text in Python.

Python view-models call ``tr("...")``; QML calls ``qsTr("...")``. Both go through Qt's
translator, so a ``.qm`` file installed on the application translates every screen at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import resources

CONTEXT = "kiosk"


def tr(text: str, **values: object) -> str:
    """Translate `text`, then fill ``{name}`` placeholders (after translation, so translators
    can move them)."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**values) if values else translated


def tr_n(text: str, count: int, **values: object) -> str:
    """Translate `text` with Qt's plural forms for `count` (``%n`` in `text` is the count).

    English is a language with plural forms too: ``kiosk_en.qm`` holds "1 item" / "%n items"
    for the source "%n item(s)".
    """
    translated = QCoreApplication.translate(CONTEXT, text, None, count)
    return translated.format(**values) if values else translated


def tr_noop(text: str) -> str:
    """Mark `text` for the translation files without translating it yet (a table of texts
    that `tr` receives later as a variable)."""
    return text


TRANSLATIONS_DIR = resources.translations_dir()
_installed: list[QTranslator] = []  # Qt does not own installed translators: keep them alive


def install_translator(locale: str, directory: Path = TRANSLATIONS_DIR) -> bool:
    """Install ``kiosk_<locale>.qm`` (e.g. kiosk_de_DE.qm, else kiosk_de.qm) when shipped.

    English text is the source language, so a missing file is not an error. Replaces the
    translator installed before (one language at a time).
    """
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    translator = QTranslator()
    for name in (f"kiosk_{locale}", f"kiosk_{locale.split('_')[0]}"):
        if translator.load(name, str(directory)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            return True
    return False


def set_language(language: str, directory: Path = TRANSLATIONS_DIR) -> bool:
    """Switch every screen to `language` ("de"; "en" is the source text and its plurals)."""
    return install_translator(language, directory)
