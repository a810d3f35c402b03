"""Money: integer minor units plus an ISO currency, and the one rounding rule.

Floats never touch money. Final POS speaks decimal strings ("12.50") and catalog numbers
(major units); Stripe speaks integer minor units. Conversion lives here, in one tested place,
and `kiosk.finalpos` calls it at the wire boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 exponents that differ from 2. Everything else has two minor digits.
_EXPONENTS: dict[str, int] = {
    **dict.fromkeys(
        [
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ],
        0,
    ),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}


class MoneyError(ValueError):
    """An amount that cannot be money: not a number, too precise, or mixed currencies."""


def exponent(currency: str) -> int:
    """Number of minor digits of `currency` (2 for EUR, 0 for JPY, 3 for KWD)."""
    return _EXPONENTS.get(currency.upper(), 2)


def round_half_up(value: Decimal) -> int:
    """The project's one rounding rule: half away from zero, to a whole minor unit.

    Used for tax amounts and for converting prices; half-up is what receipts in our markets
    expect and what Final POS's own summaries show.
    """
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_minor(amount: Decimal | str | int, currency: str, *, exact: bool = True) -> int:
    """Convert a major-unit amount (Decimal, decimal string or int) to integer minor units.

    With `exact` (the default) an amount with more digits than the currency has is an error,
    because silently rounding a price would change what the customer pays.
    """
    if isinstance(amount, float):  # pragma: no cover - guarded by typing, kept for safety
        raise MoneyError("float amounts are not accepted")
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount).strip())
    except InvalidOperation as exc:
        raise MoneyError(f"not a decimal amount: {amount!r}") from exc
    if not value.is_finite():
        raise MoneyError(f"not a finite amount: {amount!r}")
    scaled = value.scaleb(exponent(currency))
    if exact and scaled != scaled.to_integral_value():
        raise MoneyError(f"{amount!r} has more decimals than {currency.upper()} allows")
    return round_half_up(scaled)


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    """Integer minor units to a Decimal in major units with the currency's exact exponent."""
    exp = exponent(currency)
    return Decimal(amount_minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def to_wire(amount_minor: int, currency: str) -> str:
    """Minor units to the decimal string Final POS expects ("12.50", "1200", "1.250")."""
    return str(to_decimal(amount_minor, currency))


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in integer minor units of one currency."""

    amount_minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool):
            raise MoneyError(f"amount_minor must be an int, got {self.amount_minor!r}")
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise MoneyError(f"not an ISO 4217 currency code: {self.currency!r}")
        object.__setattr__(self, "currency", self.currency.upper())

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, amount: Decimal | str | int, currency: str) -> Money:
        """From a major-unit decimal (as Final POS sends it) to Money."""
        return cls(to_minor(amount, currency), currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount_minor + other.amount_minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount_minor - other.amount_minor, self.currency)

    def __mul__(self, quantity: int) -> Money:
        if not isinstance(quantity, int) or isinstance(quantity, bool):
            raise MoneyError("money is multiplied by whole quantities only")
        return Money(self.amount_minor * quantity, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount_minor, self.currency)

    @property
    def decimal(self) -> Decimal:
        return to_decimal(self.amount_minor, self.currency)

    def to_wire(self) -> str:
        return to_wire(self.amount_minor, self.currency)

    def __str__(self) -> str:
        return f"{self.decimal} {self.currency}"
