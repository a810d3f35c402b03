"""Prices for the screen: Babel formatting for the configured locale and currency, cached.

QML never does money arithmetic; it only shows strings made here. Formatting is cached per
amount because a 5,000-product menu shows the same few hundred prices over and over.
"""

from __future__ import annotations

from functools import lru_cache

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

    def __call__(self, amount_minor: int) -> str:
        return self._cached(amount_minor)
