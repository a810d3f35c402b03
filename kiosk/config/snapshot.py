"""The settings snapshot: what the first frame reads, kept from the last validated start.

`load_settings` checks every setting at every start, but importing pydantic and building the
model costs about 150 ms of CPU, a third of the kiosk's time to its first menu frame, and the
menu needs a few plain values only (`MenuSettings`). After a successful validation they are
written to a snapshot file named by a hash over every input the settings depend on
(`snapshot_key`); a start whose inputs hash the same draws its first frame from the snapshot
and loads and checks the settings in full right after it (`kiosk.app.plan_start`).

The file is ``<user cache dir>/settings/<key>.json``, JSON, mode 600, written atomically; a
new one removes the others. It holds no secret: for the keys it holds only the names of the
live credentials that are set, and the secrets enter only the hash. A missing, unreadable,
corrupt or foreign file is a miss (the settings load as before the snapshot existed), so
deleting it is always safe.

Stdlib only (and platformdirs): importing this module must not import pydantic or Babel.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kiosk import __version__
from kiosk.config.files import APP_NAME, config_file_path
from kiosk.config.mode import REQUIRED_FOR_LIVE, live_credentials

if TYPE_CHECKING:
    from kiosk.config.model import Settings

log = logging.getLogger(__name__)

FORMAT = 1  # of the file; a file of another format is a miss
CONFIG_SOURCES = Path(__file__).parent  # the model's code: a changed default changes the key
_SNAPSHOT_NAME = re.compile(r"[0-9a-f]{64}\.json")


@dataclass(frozen=True)
class MenuTaxTable:
    """A tax table as the first frame prices with it; ``rate`` a percentage as text ("7.5")."""

    name: str
    rate: str
    inclusive: bool


@dataclass(frozen=True)
class MenuSettings:
    """The settings the kiosk reads before its first frame (the lock, the window, the menu).

    ``live_credentials`` names the credentials that are set (`kiosk.config.mode`), never
    their values.
    """

    data_dir: Path
    mode: str
    live_credentials: tuple[str, ...]
    outlet_id: str | None
    station_id: str | None
    currency: str
    locale: str
    kiosk_name: str
    store_name: str | None
    tax_tables: tuple[MenuTaxTable, ...]
    default_tax_table: str
    order_types: bool
    table_service: bool
    item_notes: bool
    upsell_pairs: tuple[tuple[str, str], ...]
    idle_timeout_s: float
    idle_countdown_s: float
    confirmation_s: float
    accessibility_timeout_multiplier: float
    accessibility_speech: bool
    accessibility_speech_engine: str
    accessibility_speech_volume_percent: int
    fullscreen: bool
    orientation: str

    @property
    def live(self) -> bool:
        """Every credential live mode needs is set (`kiosk.config.mode.REQUIRED_FOR_LIVE`)."""
        return set(REQUIRED_FOR_LIVE) <= set(self.live_credentials)

    @property
    def stripe_api_key_set(self) -> bool:
        return "stripe_api_key" in self.live_credentials

    @classmethod
    def from_settings(cls, settings: Settings) -> MenuSettings:
        return cls(
            data_dir=settings.data_dir,
            mode=settings.mode,
            live_credentials=tuple(live_credentials(settings)),
            outlet_id=settings.outlet_id,
            station_id=settings.station_id,
            currency=settings.currency,
            locale=settings.locale,
            kiosk_name=settings.kiosk_name,
            store_name=settings.store_name,
            tax_tables=tuple(
                MenuTaxTable(t.name, str(t.rate), t.inclusive) for t in settings.tax_tables
            ),
            default_tax_table=settings.default_tax_table,
            order_types=settings.order_types,
            table_service=settings.table_service,
            item_notes=settings.item_notes,
            upsell_pairs=tuple(settings.upsell_pairs.items()),
            idle_timeout_s=settings.idle_timeout_s,
            idle_countdown_s=settings.idle_countdown_s,
            confirmation_s=settings.confirmation_s,
            accessibility_timeout_multiplier=settings.accessibility_timeout_multiplier,
            accessibility_speech=settings.accessibility_speech,
            accessibility_speech_engine=settings.accessibility_speech_engine,
            accessibility_speech_volume_percent=settings.accessibility_speech_volume_percent,
            fullscreen=settings.fullscreen,
            orientation=settings.orientation,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Path):
                value = str(value)
            elif f.name == "tax_tables":
                value = [[t.name, t.rate, t.inclusive] for t in value]
            elif isinstance(value, tuple):
                value = [list(v) if isinstance(v, tuple) else v for v in value]
            data[f.name] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MenuSettings:
        """The inverse of `to_json`; ValueError for anything else (a corrupt or foreign file)."""
        names = [f.name for f in fields(cls)]
        if not isinstance(data, Mapping) or sorted(data) != sorted(names):
            raise ValueError("not the fields of MenuSettings")
        values = {f.name: _CONVERTERS[str(f.type)](data[f.name]) for f in fields(cls)}
        return cls(**values)


def _typed(kind: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is not kind:  # not isinstance: True is no int here
            raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return convert


def _optional_text(value: Any) -> str | None:
    return None if value is None else _typed(str)(value)


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise ValueError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(_typed(str)(v) for v in _typed(list)(value))


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    pairs = [_texts(v) for v in _typed(list)(value)]
    if any(len(p) != 2 for p in pairs):
        raise ValueError("expected pairs")
    return tuple((a, b) for a, b in pairs)


def _tax_tables(value: Any) -> tuple[MenuTaxTable, ...]:
    tables = []
    for row in _typed(list)(value):
        name, rate, inclusive = _typed(list)(row)
        tables.append(MenuTaxTable(_typed(str)(name), _typed(str)(rate), _typed(bool)(inclusive)))
    return tuple(tables)


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "str": _typed(str),
    "str | None": _optional_text,
    "bool": _typed(bool),
    "int": _typed(int),
    "float": _number,
    "Path": lambda value: Path(_typed(str)(value)),
    "tuple[str, ...]": _texts,
    "tuple[tuple[str, str], ...]": _pairs,
    "tuple[MenuTaxTable, ...]": _tax_tables,
}


# -- the key -------------------------------------------------------------------------------------
def snapshot_key(overrides: Mapping[str, Any]) -> str:
    """sha256 over every input of `load_settings(**overrides)`: this code's version and the
    model's source files, the config file (where, its bytes, owner and mode), every
    ``KIOSK_*`` variable, the variables platformdirs reads (HOME, XDG_*) and the overrides."""
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        for part in parts:
            data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogateescape")
            digest.update(len(data).to_bytes(8, "big") + data)

    add("format", FORMAT, "kiosk", __version__, "python", sys.version, sys.executable)
    for source in sorted(CONFIG_SOURCES.glob("*.py")):
        info = source.stat()
        add("source", source, info.st_size, info.st_mtime_ns)
    path = config_file_path()
    real = Path(os.path.realpath(path))
    try:
        info = real.stat()
        content = real.read_bytes() if stat.S_ISREG(info.st_mode) else b""
        add("config", path, real, info.st_mode, info.st_uid, content)
    except OSError as exc:
        add("config", path, real, "unreadable", exc.errno)
    if hasattr(os, "geteuid"):
        add("user", os.geteuid())
    for name in sorted(os.environ):
        if name.upper().startswith("KIOSK_") or name == "HOME" or name.startswith("XDG_"):
            add("env", name, os.environ[name])
    add("overrides", json.dumps(dict(overrides), sort_keys=True, default=str))
    return digest.hexdigest()


# -- the file ------------------------------------------------------------------------------------
def snapshot_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "settings"


def snapshot_path(key: str) -> Path:
    return snapshot_dir() / f"{key}.json"


def read_snapshot(key: str) -> MenuSettings | None:
    """The snapshot stored under `key`, or None (a miss) if there is none usable."""
    path = snapshot_path(key)
    try:
        with path.open("rb") as file:
            info = os.fstat(file.fileno())
            if hasattr(os, "geteuid") and (
                info.st_uid != os.geteuid() or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
            ):
                log.warning("settings snapshot %s is not private to this user; ignored", path)
                return None
            raw = file.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("settings snapshot %s cannot be read (%s); ignored", path, exc.strerror)
        return None
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT or data.get("key") != key:
            return None  # written by another version: a plain miss
        return MenuSettings.from_json(data["settings"])
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("settings snapshot %s is corrupt (%s); ignored", path, exc)
        return None


def write_snapshot(key: str, menu: MenuSettings) -> Path | None:
    """Store `menu` under `key` (mode 600, atomically) and remove every other snapshot.

    A cache only: a failure is logged and the kiosk goes on.
    """
    folder = snapshot_dir()
    path = folder / f"{key}.json"
    partial = folder / f".{key}.{os.getpid()}.tmp"
    text = json.dumps({"format": FORMAT, "key": key, "settings": menu.to_json()}, sort_keys=True)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(partial, flags, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            os.fchmod(file.fileno(), 0o600)  # a file left by a crash may have had other bits
            file.write(text)
        partial.replace(path)
    except OSError as exc:
        log.warning("settings snapshot %s not written (%s)", path, exc.strerror or exc)
        with contextlib.suppress(OSError):
            partial.unlink()
        return None
    for other in folder.iterdir():
        if other != path and _SNAPSHOT_NAME.fullmatch(other.name):
            with contextlib.suppress(OSError):
                other.unlink()
    return path


def remove_snapshot(key: str) -> None:
    with contextlib.suppress(OSError):
        snapshot_path(key).unlink()
