"""The prices an earlier start formatted, so the next first frame needs no Babel.

The first menu frame shows the first category's prices and the empty cart's total. Formatting
them is Babel's first use in the process: importing it and loading the locale's data (root,
language and region pickles, which import `babel.dates` and `zoneinfo` on the way) cost about
30 ms of CPU, a tenth of the kiosk's time to its first frame beyond a bare QML window. So once
a start has drawn its first frame, the strings its `PriceFormatter` made are kept in
``<data dir>/prices.json``, and the next start gives them to its formatter: Babel's own
answers for those amounts, as long as the locale, the currency and the installed Babel (its
files, by size and mtime, `babel_stamp`) are the same. Any other price is formatted by Babel
as before, so a miss only costs the time saved.

A missing, unreadable, corrupt or foreign file is a miss; deleting it is always safe.
Stdlib only: importing this module must not import Babel.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 1
FILE_NAME = "prices.json"
MAX_PRICES = 2000  # a first frame shows a few dozen; a bound keeps a bad file cheap to read


def memo_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def babel_stamp() -> str:
    """The installed Babel without importing it: where it is, and the size and mtime of its
    version file and its CLDR data (any upgrade or reinstall rewrites them)."""
    spec = importlib.util.find_spec("babel")
    if spec is None or spec.origin is None:
        return ""
    package = Path(spec.origin).parent
    parts = [str(package)]
    for name in ("__init__.py", "global.dat"):
        try:
            info = (package / name).stat()
        except OSError:
            return ""
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def read_prices(path: Path, locale: str, currency: str) -> dict[int, str]:
    """The strings kept for `locale` and `currency` with this Babel, or {} (a miss)."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("price memo %s unusable (%s); ignored", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("key") != _key(locale, currency):
        return {}  # another locale, currency or Babel: a plain miss
    prices = data.get("prices")
    if not isinstance(prices, dict) or len(prices) > MAX_PRICES:
        return {}
    try:
        return {int(amount): text for amount, text in prices.items() if isinstance(text, str)}
    except ValueError:
        return {}


def write_prices(path: Path, locale: str, currency: str, prices: Mapping[int, str]) -> bool:
    """Keep `prices` (Babel's strings for `locale`, `currency`), atomically; False if not.

    A cache only: a failure is logged and the kiosk goes on.
    """
    kept = dict(sorted(prices.items())[:MAX_PRICES])
    text = json.dumps(
        {"key": _key(locale, currency), "prices": {str(a): s for a, s in kept.items()}},
        ensure_ascii=False,
        sort_keys=True,
    )
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        log.warning("price memo %s not written (%s)", path, exc.strerror or exc)
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


def _key(locale: str, currency: str) -> list[object]:
    return [FORMAT, locale, currency.upper(), babel_stamp()]
