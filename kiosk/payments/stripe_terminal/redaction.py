"""Keys and card numbers blanked out of texts and of the ``stripe`` logger's lines.

The filter is installed when this module is first imported (the gateway's base, `client`, imports
it): the SDK's debug lines may carry a key or a card number.
"""

from __future__ import annotations

import logging
import re

# keys in full or as Stripe masks them in messages (sk_test_****abcd), and card numbers
_SECRET = re.compile(r"\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9_*]+|\b\d{12,19}\b")


def redact(text: str) -> str:
    """Blank out anything shaped like a Stripe key or a card number."""
    return _SECRET.sub("[redacted]", text)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_stripe_log = logging.getLogger("stripe")
if not any(isinstance(f, _RedactingFilter) for f in _stripe_log.filters):
    _stripe_log.addFilter(_RedactingFilter())
