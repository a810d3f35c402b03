"""Stripe test-mode outcomes: which simulated card or amount approves or declines, and why.

Two rules decide, as in Stripe's test mode for Terminal: a dedicated error card always gives
its error; otherwise the last two digits of the amount (in minor units, also for zero-decimal
currencies) may decline a standard test card. Test-amount declines are modelled as
``code=card_declined`` with the table value as ``decline_code``.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CARD = "4242424242424242"
DEFAULT_INTERAC = "4506445006931933"


@dataclass(frozen=True)
class Decline:
    code: str
    decline_code: str | None
    message: str  # customer-safe, shown on the reader and in last_payment_error


# Messages are short and safe to show a customer (Stripe's user_message role).
_DECLINED = "Your card was declined."
DECLINE_MESSAGES: dict[str, str] = {
    "generic_decline": _DECLINED,
    "insufficient_funds": "Your card has insufficient funds.",
    "lost_card": _DECLINED,
    "stolen_card": _DECLINED,
    "expired_card": "Your card has expired.",
    "processing_error": "An error occurred while processing your card. Please try again.",
    "call_issuer": "Your card was declined. Please contact your card issuer.",
    "offline_pin_required": "Your card needs a PIN. Please insert your card and enter the PIN.",
    "online_or_offline_pin_required": (
        "Your card needs a PIN. Please insert your card and enter the PIN."
    ),
    "incorrect_pin": "The PIN you entered is incorrect.",
    "withdrawal_count_limit_exceeded": "Your card has reached its limit. Please use another card.",
    "pin_try_exceeded": "Too many incorrect PIN attempts. Please use another card.",
}

DECLINE_CARDS: dict[str, Decline] = {
    "4000000000000002": Decline("card_declined", "generic_decline", _DECLINED),
    "4000000000009995": Decline(
        "card_declined", "insufficient_funds", DECLINE_MESSAGES["insufficient_funds"]
    ),
    "4000000000009987": Decline("card_declined", "lost_card", _DECLINED),
    "4000000000009979": Decline("card_declined", "stolen_card", _DECLINED),
    "4000000000000069": Decline("expired_card", "expired_card", DECLINE_MESSAGES["expired_card"]),
    "4000000000000119": Decline(
        "processing_error", "processing_error", DECLINE_MESSAGES["processing_error"]
    ),
}

# Last two digits of the amount -> decline_code (00 and anything else not listed approves).
DECLINE_AMOUNTS: dict[int, str] = {
    1: "call_issuer",
    2: "offline_pin_required",
    3: "online_or_offline_pin_required",
    5: "generic_decline",
    55: "incorrect_pin",
    65: "withdrawal_count_limit_exceeded",
    75: "pin_try_exceeded",
}

# Cards that simulate a PIN entry: they satisfy the "PIN required" amounts.
PIN_CARDS = frozenset(
    {"4001007020000002", "4000008260000075", "4001000360000005", "4000002760000008"}
)
_PIN_REQUIRED = frozenset({"offline_pin_required", "online_or_offline_pin_required"})


def luhn_ok(number: str) -> bool:
    if not number.isdigit() or not 12 <= len(number) <= 19:
        return False
    total = 0
    for i, char in enumerate(reversed(number)):
        digit = int(char)
        if i % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def brand(number: str) -> str:
    if number == DEFAULT_INTERAC:
        return "interac"
    if number.startswith(("34", "37")):
        return "amex"
    if number.startswith("6011"):
        return "discover"
    if number.startswith("35"):
        return "jcb"
    if number.startswith("62"):
        return "unionpay"
    if number.startswith("5"):
        return "mastercard"
    if number.startswith("4"):
        return "visa"
    return "unknown"


# EMV application ids (receipt.dedicated_file_name) and names printed on receipts.
_AIDS = {
    "visa": ("A0000000031010", "Visa Credit"),
    "mastercard": ("A0000000041010", "Mastercard"),
    "amex": ("A00000002501", "American Express"),
    "discover": ("A0000001523010", "Discover"),
    "jcb": ("A0000000651010", "JCB"),
    "unionpay": ("A000000333010101", "UnionPay Credit"),
    "interac": ("A0000002771010", "Interac"),
}


def aid(brand: str) -> str | None:
    entry = _AIDS.get(brand)
    return entry[0] if entry else None


def application_name(brand: str) -> str | None:
    entry = _AIDS.get(brand)
    return entry[1] if entry else None


def outcome(number: str, amount_minor: int) -> Decline | None:
    """None approves; otherwise the decline Stripe's test mode would give."""
    card = DECLINE_CARDS.get(number)
    if card is not None:
        return card
    decline_code = DECLINE_AMOUNTS.get(amount_minor % 100)
    if decline_code is None:
        return None
    if decline_code in _PIN_REQUIRED and number in PIN_CARDS:
        return None
    return Decline("card_declined", decline_code, DECLINE_MESSAGES[decline_code])
