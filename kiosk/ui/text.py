"""Catalog text for the screen: plain words only.

Final POS descriptions are often HTML from a web shop. QML would render rich text (and fetch
its images from the network), so tags are dropped here and every catalog Text in QML is
declared PlainText.
"""

from __future__ import annotations

import re

_BREAKS = re.compile(r"<\s*(br|/li)\s*/?\s*>", re.IGNORECASE)
_PARAGRAPHS = re.compile(r"<\s*/(p|div|h[1-6]|ul|ol)\s*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def plain_text(value: str) -> str:
    """HTML or plain text in, readable plain text out (paragraphs kept as blank lines)."""
    if "<" not in value and "&" not in value:
        return value.strip()
    import html  # its entity table costs ~3 ms to import: only for text that needs it

    text = _PARAGRAPHS.sub("\n\n", value)
    text = _BREAKS.sub("\n", text)
    text = _TAGS.sub(" ", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _LINES.sub("\n\n", text).strip()
