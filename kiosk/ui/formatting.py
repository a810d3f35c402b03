"""Prices for the screen: Babel formatting for the configured locale and currency, cached.

QML never does money arithmetic; it only shows strings made here. Formatting is cached per
amount because a 5,000-product menu shows the same few hundred prices over and over.

Babel is imported on the first price this process formats itself: a start given the strings
an earlier start made (`kiosk.ui.price_memo`) draws its first frame without loading Babel
and its locale data (about 30 ms of CPU).
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.domain.money import to_decimal

CACHE_SIZE = 8192  # amounts kept per locale; then the cache starts afresh


class PriceFormatter:
    """Format integer minor units as a localised price ("€4.50", "4,50 €")."""

    def __init__(self, locale: str, currency: str) -> None:
        self.locale = locale
        self.currency = currency.upper()
        self._strings: dict[int, str] = {}

    def _format(self, amount_minor: int) -> str:
        from babel.numbers import format_currency

        return str(
            format_currency(
                to_decimal(amount_minor, self.currency), self.currency, locale=self.locale
            )
        )

    def set_locale(self, locale: str) -> None:
        """Format in `locale` from now on (the customer chose another language)."""
        if locale != self.locale:
            self.locale = locale
            self._strings = {}

    def remember(self, strings: Mapping[int, str]) -> None:
        """Take `strings` as formatted: Babel's own for this locale and currency, made by an
        earlier start (`kiosk.ui.price_memo`)."""
        self._strings.update(strings)

    def strings(self) -> dict[int, str]:
        """The prices formatted so far in the current locale, by amount (`price_memo`)."""
        return dict(self._strings)

    def __call__(self, amount_minor: int) -> str:
        text = self._strings.get(amount_minor)
        if text is None:
            if len(self._strings) >= CACHE_SIZE:
                self._strings = {}
            text = self._strings[amount_minor] = self._format(amount_minor)
        return text


def language_of(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def locale_for(language: str, store_locale: str) -> str:
    """The locale prices and numbers use in `language`: the store's own when it is the store's
    language, else the language in the store's country if Babel knows it (de_CH, fr_BE), else
    the language alone (de: "4,50 €")."""
    if language == language_of(store_locale):
        return store_locale
    parts = store_locale.replace("-", "_").split("_")
    if len(parts) > 1:
        from babel import Locale, UnknownLocaleError

        candidate = f"{language}_{parts[1].upper()}"
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            pass
        else:
            return candidate
    return language
