"""Every QML `Text` shows plain text: a product name or a server message that looks like HTML
is shown as typed, never rendered (no remote `<img>` fetched, no markup injected).

The one exception is the price tag's "was" price, struck through with `<s>` around a price
the kiosk formatted itself (Babel), never catalog text.
"""

from __future__ import annotations

import re
from pathlib import Path

import kiosk

ROOT = Path(kiosk.__file__).resolve().parent
TEXT_BLOCK = re.compile(r"(?<![A-Za-z.])Text\s*\{")
OWN_MARKUP = {("ui/qml/components/PriceTag.qml", "Text.StyledText")}


def _blocks(source: str) -> list[str]:
    found = []
    for match in TEXT_BLOCK.finditer(source):
        i, depth = match.end(), 1
        while depth and i < len(source):
            depth += {"{": 1, "}": -1}.get(source[i], 0)
            i += 1
        found.append(source[match.start() : i])
    return found


def test_every_qml_text_is_plain_text() -> None:
    offenders = []
    checked = 0
    for path in sorted(ROOT.rglob("*.qml")):
        name = path.relative_to(ROOT).as_posix()
        for block in _blocks(path.read_text("utf-8")):
            checked += 1
            formats = re.findall(r"textFormat:\s*(Text\.\w+)", block)
            if formats == ["Text.PlainText"]:
                continue
            if len(formats) == 1 and (name, formats[0]) in OWN_MARKUP:
                continue
            offenders.append(f"{name}: {block.splitlines()[0].strip()} ({formats or 'AutoText'})")
    assert checked > 100  # the scan really looked at the screens
    assert offenders == []
