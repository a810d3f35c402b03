"""Whether every number in a JSON text reads the same through a double as through `Decimal`.

Listing pages are validated by pydantic-core straight from their bytes when they can be
(`kiosk.finalpos.paging`): its parser skips the fields the menu does not read instead of
building them, 42 % fewer instructions than `json.loads(parse_float=Decimal)` and then
`validate_python` on the benchmark's pages (benchmarks/catalog_sync.py). But it
reads a JSON number with a fraction or an exponent as a double and makes the `Decimal` of
that double, while prices must be exactly what Final POS sent (4.5550000000000001 EUR is
refused, not read as 4.555; 1e-400 is refused, not read as a free 0).

A double holds every decimal of up to 15 significant digits exactly (IEEE 754, DBL_DIG), and
Python's shortest repr of it gives that decimal back; only an exponent can push such a number
out of the double's range. So a text in which no number has 16 or more digits and points in a
row, and none has an exponent, reads the same either way: `doubles_exact` says so, without
parsing. It is conservative: a string that merely looks like such a number ("1e5, "), or a
long run of digits followed by a delimiter in a description, makes it answer False, and the
page then takes the exact path, only slower.
"""

from __future__ import annotations

# Every byte by its role in a number: digit or point -> "0", exponent letter -> "e",
# sign -> "+", what may come just before or after a number (delimiter, colon, whitespace)
# -> ",", anything else -> "x".
_ROLES = bytes(
    ord("0")
    if byte in b"0123456789."
    else ord("e")
    if byte in b"eE"
    else ord("+")
    if byte in b"+-"
    else ord(",")
    if byte in b",:[]{} \t\r\n"
    else ord("x")
    for byte in range(256)
)
_LONG = b"0" * 16  # more digits (and points) in a row than a double keeps
_NUMBER_PARTS = b"0123456789.+-"


def doubles_exact(text: bytes) -> bool:
    """False when some number in `text` may read differently through a double (see above)."""
    roles = text.translate(_ROLES)
    start = roles.find(_LONG)
    while start >= 0:
        # Object ids are hex and often hold 16 digits in a row: a run inside a string ends in
        # a letter or a quote ("x"), a number's in a delimiter (or its exponent: see below).
        end = start + len(_LONG)
        while end < len(roles) and roles[end] == 0x30:
            end += 1
        if end == len(roles) or roles[end] == 0x2C:
            return False
        start = roles.find(_LONG, end)
    # With digits, points and signs gone, a number with an exponent is a lone "e" between
    # delimiters; in a string, an "e" has a letter or a quote beside it (but " e, " is one).
    return b",e," not in text.translate(_ROLES, _NUMBER_PARTS)
