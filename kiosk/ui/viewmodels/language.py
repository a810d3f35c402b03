"""The customer's language: chosen on any customer screen, back to the store's after each order.

Switching installs the language's ``.qm`` (`kiosk.ui.i18n.set_language`), moves the shared
`PriceFormatter` to that language's locale (the store's currency stays), and emits
`language_changed`: the view re-evaluates every ``qsTr`` (``engine.retranslate()``) and the
view-models rebuild the text they made in Python.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.formatting import PriceFormatter, language_of, locale_for
from kiosk.ui.i18n import set_language

# Each language is offered in its own name (a flag is a country, not a language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}


class LanguageViewModel(QObject):
    """The languages offered, the one in use, and the store's default (`app.language` in QML)."""

    language_changed = Signal()
    picker_changed = Signal()

    def __init__(
        self, store_locale: str, formatter: PriceFormatter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store_locale = store_locale
        self._formatter = formatter
        default = language_of(store_locale)
        self._default = default if default in LANGUAGES else "en"
        self._current = self._default
        self._picker_open = False
        set_language(self._default)  # English too: its plural forms are a translation
        formatter.set_locale(self.locale)

    @Property(bool, notify=picker_changed)
    def pickerOpen(self) -> bool:
        return self._picker_open

    @Slot()
    def openPicker(self) -> None:
        self._set_picker(True)

    @Slot()
    def closePicker(self) -> None:
        self._set_picker(False)

    def _set_picker(self, open_: bool) -> None:
        if open_ != self._picker_open:
            self._picker_open = open_
            self.picker_changed.emit()

    @Property(str, notify=language_changed)
    def current(self) -> str:
        return self._current

    @Property(str, constant=True)
    def default(self) -> str:
        return self._default

    @Property(str, notify=language_changed)
    def currentName(self) -> str:
        return LANGUAGES[self._current]

    @Property(list, constant=True)
    def languages(self) -> list[dict[str, str]]:
        """Every language offered, the store's first, each in its own name."""
        codes = [self._default, *(c for c in LANGUAGES if c != self._default)]
        return [{"code": code, "name": LANGUAGES[code]} for code in codes]

    @property
    def locale(self) -> str:
        return locale_for(self._current, self._store_locale)

    @Slot(str)
    def choose(self, language: str) -> None:
        self._set_picker(False)
        if language not in LANGUAGES or language == self._current:
            return
        self._current = language
        set_language(language)
        self._formatter.set_locale(self.locale)
        self.language_changed.emit()

    @Slot()
    def reset(self) -> None:
        """The next customer starts in the store's language."""
        self.choose(self._default)
