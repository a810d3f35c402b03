"""Staff PINs as salted scrypt hashes: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``.

Why scrypt: it is in the standard library (hashlib, OpenSSL) and memory-hard, so a stolen
config file does not give up a 4–6 digit PIN to a GPU in seconds (a short PIN is still
guessable offline by a determined attacker: the config file stays owner-only). The cost
parameters travel with each hash, so they can be raised later without breaking old PINs.

A PIN itself is never stored, logged or put in an exception message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
# n=2**14, r=8: 16 MiB and ~50 ms per check on a kiosk-class CPU; the lockout does the rest.
DEFAULT_N = 2**14
DEFAULT_R = 8
DEFAULT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
_MAX_N = 2**20  # refuse absurd costs read from a config file (memory exhaustion)


class PinFormatError(ValueError):
    """A PIN that is not 4–12 digits, or a stored hash that is not ours. Never holds the PIN."""


def validate_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit()) or not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise PinFormatError(f"a PIN is {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=length
    )


def hash_pin(pin: str, *, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P) -> str:
    """A new salted hash of `pin` (raises `PinFormatError` for a PIN that is not digits)."""
    validate_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, n, r, p, HASH_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """``(n, r, p, salt, digest)`` of a stored hash; `PinFormatError` if it is not ours."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise PinFormatError("not a scrypt PIN hash")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error) as exc:
        raise PinFormatError("malformed scrypt PIN hash") from exc
    if n < 2 or n & (n - 1) or n > _MAX_N or not 1 <= r <= 64 or not 1 <= p <= 16:
        raise PinFormatError("scrypt PIN hash with unsupported cost parameters")
    if len(salt) < 8 or len(digest) < 16:
        raise PinFormatError("scrypt PIN hash with a short salt or digest")
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches `stored`; the comparison takes the same time either way.

    A PIN that is not digits is simply wrong (False), so a caller cannot tell a malformed
    guess from a wrong one; a malformed *stored* hash raises `PinFormatError` (a config bug).
    """
    n, r, p, salt, digest = parse_hash(stored)
    candidate = pin.encode("ascii", "replace") if pin else b""
    # Derive even for a malformed guess so the time does not say which kind of wrong it was.
    computed = hashlib.scrypt(
        candidate, salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=len(digest)
    )
    well_formed = pin.isascii() and pin.isdigit()
    return hmac.compare_digest(computed, digest) and well_formed
