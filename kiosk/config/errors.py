"""ConfigError and the two names of every setting: its TOML key and its ``KIOSK_*`` variable.

Messages are for a store owner at a terminal: each names the setting both ways, says where the
value came from when it is known, and says what to do. No message ever holds a secret's value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

ENV_PREFIX = "KIOSK_"

# Parts of a location whose values are never quoted back, not even in part.
SENSITIVE = frozenset({"finalpos_api_key", "stripe_api_key", "pin_hash"})


class ConfigError(Exception):
    """A configuration value is missing or wrong; the message names the setting and the fix.

    ``problems`` holds one line per problem (``kiosk check --json`` lists them); ``str()`` is
    those lines joined by newlines.
    """

    def __init__(self, *problems: str) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__("\n".join(problems))


def toml_key(loc: Sequence[int | str]) -> str:
    """``("tax_tables", 0, "rate")`` -> ``tax_tables[0].rate``, as the TOML file spells it."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "settings"


def env_name(loc: Sequence[int | str] | str) -> str:
    """The variable that sets a location: nested values belong to their top-level setting.

    Lists (``tax_tables``, ``staff``) are set whole, as JSON, in one variable.
    """
    top = loc if isinstance(loc, str) else str(loc[0]) if loc else "settings"
    return ENV_PREFIX + top.upper()


def both_names(loc: Sequence[int | str] | str) -> str:
    """``currency`` -> "`currency` (KIOSK_CURRENCY)", the way every message names a setting."""
    key = loc if isinstance(loc, str) else toml_key(loc)
    return f"`{key}` ({env_name(loc)})"


def is_sensitive(loc: Iterable[int | str]) -> bool:
    return any(part in SENSITIVE for part in loc)


def nearest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate a typo most likely meant, or None; difflib is imported only on error."""
    import difflib

    found = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def number(value: Any) -> str:
    """5.0 -> "5", 7.5 -> "7.5": bounds as a person writes them."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def quoted(value: Any) -> str:
    """A short scalar value as it would be written, for "got ..." hints; else empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and len(value) <= 60:
        return f"'{value}'"
    return ""
