"""The one place where Final POS decimal amounts become minor units and back.

Final POS sends major-unit decimals (strings in orders, numbers in the catalog; both arrive
here as `Decimal`). The domain counts integer minor units. Both directions go through
`kiosk.domain.money`, so the rounding rule and the currency exponents live in one module.

An amount with more digits than the currency allows (4.555 EUR, 1.5 JPY) is refused rather
than rounded: a silently rounded price changes what the customer pays, so the mapping skips
such a record and logs it instead.
"""

from __future__ import annotations

from decimal import Decimal

from kiosk.domain.money import MoneyError, to_minor, to_wire

__all__ = ["MoneyError", "from_minor", "minor"]


def minor(amount: Decimal, currency: str) -> int:
    """A wire amount in major units to integer minor units; MoneyError when not exact."""
    return to_minor(amount, currency, exact=True)


def from_minor(amount_minor: int, currency: str) -> Decimal:
    """Minor units to the Decimal a wire model carries, with the currency's exponent.

    The Decimal keeps its exponent, so it serializes as "12.50" (EUR), "1200" (JPY).
    """
    return Decimal(to_wire(amount_minor, currency))
