"""Demo or live: decided from the settings, apart from loading them.

Demo starts only on ``--demo`` or when no live credential is set at all. Any live credential
without the rest is an error naming what is missing, so a store with one key set never finds
itself selling on the demo store. `kiosk setup` loads partial settings and never calls this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from kiosk.config.errors import ConfigError, both_names

if TYPE_CHECKING:  # the names below serve the snapshot too, which starts without pydantic
    from kiosk.config.model import Settings

Mode = Literal["demo", "live"]

# Any of these set means "this is meant to be a real store".
LIVE_CREDENTIALS = ("finalpos_api_key", "stripe_api_key", "outlet_id", "station_id", "reader_id")
# What live mode cannot run without; reader_id is an optional override of the station's reader.
REQUIRED_FOR_LIVE = ("finalpos_api_key", "outlet_id", "station_id", "stripe_api_key")


def live_credentials(settings: Settings) -> list[str]:
    """The live credentials that are set, by setting name."""
    return [name for name in LIVE_CREDENTIALS if getattr(settings, name) is not None]


def missing_for_live(settings: Settings) -> list[str]:
    return [name for name in REQUIRED_FOR_LIVE if getattr(settings, name) is None]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def require_live(settings: Settings) -> None:
    """Raise ConfigError naming, as TOML keys and ``KIOSK_*`` variables, what live mode lacks."""
    missing = missing_for_live(settings)
    if not missing:
        return
    present = live_credentials(settings)
    needs = _and([both_names(name) for name in missing])
    if present:
        verb = "is" if len(present) == 1 else "are"
        what = f"incomplete live configuration: {_and(present)} {verb} set, but a real store "
        what += f"also needs {needs}"
    else:
        what = f"no live configuration: a real store needs {needs}"
    raise ConfigError(f"{what}; run `kiosk setup`, or start the demo store with `kiosk --demo`")


def resolve_mode(settings: Settings, *, demo_flag: bool) -> Mode:
    """``demo`` on ``--demo`` or with no live credential at all, else ``live`` if complete.

    Raises ConfigError (see `require_live`) for a partial live configuration.
    """
    if demo_flag or not live_credentials(settings):
        return "demo"
    require_live(settings)
    return "live"
