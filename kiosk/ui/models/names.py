"""Catalog text in the customer's language (kiosk.domain.catalog_text), for the list models.

The shared `PriceFormatter` follows the customer's language (`LanguageViewModel` moves its
locale), so the view-models that format prices already know the language to name things in.
Only what the customer reads changes: cart lines keep the default name for the order.
"""

from __future__ import annotations

from kiosk.ui.formatting import PriceFormatter, language_of


def shown_language(formatter: PriceFormatter) -> str:
    """The language the customer reads now ("de"), from the formatter's locale."""
    return language_of(formatter.locale)
