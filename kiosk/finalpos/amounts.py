"""The one place where Final POS decimal amounts become minor units and back.

Final POS sends major-unit decimals (strings in orders, numbers in the catalog; both arrive
here as `Decimal`). The domain counts integer minor units. Both directions go through
`kiosk.domain.money`, so the rounding rule and the currency exponents live in one module.

An amount with more digits than the currency allows (4.555 EUR, 1.5 JPY) is refused rather
than rounded: a silently rounded price changes what the customer pays, so the mapping skips
such a record and logs it instead.

Bounds, checked before any arithmetic (a JSON number such as ``1e999999999`` is a valid
Decimal whose conversion would raise `decimal.Overflow`, or build a billion-digit integer):

- any amount: at most `MAX_DIGITS` digits and at most `MAX_AMOUNT_MINOR` minor units either
  way (10^15: exact as a JSON number and far inside SQLite's 64-bit integers, so sums of many
  amounts cannot overflow the journal either);
- a catalog price (`price_minor`): not negative, and at most `MAX_PRICE_MINOR` = 99,999,999
  minor units (999,999.99 EUR, 99,999,999 JPY), because Stripe takes no larger amount ("the
  amount value supports up to eight digits"): a dearer product could never be paid for.
  Zero is a valid price (a free extra); what a zero *total* does is the checkout's decision.

Every refusal is a `MoneyError` (`AmountOutOfRange` for the bounds), never a bare
`decimal.InvalidOperation` or `OverflowError`.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from kiosk.domain.money import MoneyError, exponent, to_minor, to_wire

__all__ = [
    "MAX_AMOUNT_MINOR",
    "MAX_DIGITS",
    "MAX_PRICE_MINOR",
    "AmountOutOfRange",
    "MoneyError",
    "from_minor",
    "minor",
    "price_minor",
]

MAX_PRICE_MINOR = 99_999_999
MAX_AMOUNT_MINOR = 10**15
MAX_DIGITS = 40  # digits of the Decimal as sent, trailing zeros included ("1.50" has 3)


class AmountOutOfRange(MoneyError):
    """An amount that is a number but outside what the kiosk can charge or record."""


def minor(amount: Decimal, currency: str) -> int:
    """A wire amount in major units to integer minor units; MoneyError when not exact."""
    if not isinstance(amount, Decimal):
        raise MoneyError(f"not a Decimal amount: {type(amount).__name__}")
    if not amount.is_finite():
        raise MoneyError("not a finite amount")
    digits = amount.as_tuple().digits
    if len(digits) > MAX_DIGITS:
        raise MoneyError(f"an amount of {len(digits)} digits")
    # adjusted() is the power of ten of the leading digit: cheap, no arithmetic on the value.
    if amount and amount.adjusted() + exponent(currency) > 15:
        raise AmountOutOfRange(f"more than {MAX_AMOUNT_MINOR} minor units")
    # Enough precision that scaling and the exactness test never round (a 28-digit default
    # context would round a 30-digit price to an exact-looking one), and no trap can fire.
    with decimal.localcontext() as ctx:
        ctx.prec = MAX_DIGITS + 20
        ctx.Emax = decimal.MAX_EMAX
        ctx.Emin = decimal.MIN_EMIN
        try:
            value = to_minor(amount, currency, exact=True)
        except decimal.DecimalException as exc:  # pragma: no cover - bounded above
            raise MoneyError(f"not a usable amount ({type(exc).__name__})") from None
    if abs(value) > MAX_AMOUNT_MINOR:
        raise AmountOutOfRange(f"more than {MAX_AMOUNT_MINOR} minor units")
    return value


def price_minor(amount: Decimal | None, currency: str) -> int:
    """A catalog price to minor units, refused unless 0 <= price <= `MAX_PRICE_MINOR`."""
    if amount is None:
        raise MoneyError("missing")
    value = minor(amount, currency)
    if value < 0:
        raise MoneyError("negative")
    if value > MAX_PRICE_MINOR:
        raise AmountOutOfRange(f"above the maximum of {MAX_PRICE_MINOR} minor units")
    return value


def from_minor(amount_minor: int, currency: str) -> Decimal:
    """Minor units to the Decimal a wire model carries, with the currency's exponent.

    The Decimal keeps its exponent, so it serializes as "12.50" (EUR), "1200" (JPY).
    """
    return Decimal(to_wire(amount_minor, currency))
