"""Prices for the screen: Babel formatting for the configured locale and currency, cached.

QML never does money arithmetic; it only shows strings made here. Formatting is cached per
amount because a 5,000-product menu shows the same few hundred prices over and over.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency

from kiosk.domain.money import to_decimal


class PriceFormatter:
    """Format integer minor units as a localised price ("€4.50", "4,50 €")."""

    def __init__(self, locale: str, currency: str) -> None:
        self.locale = locale
        self.currency = currency.upper()
        self._cached = lru_cache(maxsize=8192)(self._format)

    def _format(self, amount_minor: int) -> str:
        return str(
            format_currency(
                to_decimal(amount_minor, self.currency), self.currency, locale=self.locale
            )
        )

    def set_locale(self, locale: str) -> None:
        """Format in `locale` from now on (the customer chose another language)."""
        if locale != self.locale:
            self.locale = locale
            self._cached.cache_clear()

    def __call__(self, amount_minor: int) -> str:
        return self._cached(amount_minor)


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
        candidate = f"{language}_{parts[1].upper()}"
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            pass
        else:
            return candidate
    return language
