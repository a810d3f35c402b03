"""Writing the config file (`kiosk setup`, `kiosk staff add`) and printing it with secrets masked.

The file is replaced atomically: a temporary file in the same directory, fsync, ``os.replace``,
then fsync of the directory, so a power cut leaves the old file or the new one, never half of
one. The file is 0600 and a directory created for it 0700. Keys already in the file and not
given are kept; a given key replaces the old value whole (a list too: pass every staff member);
``None`` removes a key. Comments are not kept (the TOML is re-written from its data).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, SecretStr, ValidationError

from kiosk.config.errors import ConfigError, nearest
from kiosk.config.files import check_directories, read_toml
from kiosk.config.load import endpoint_problems, validation_problems
from kiosk.config.model import Settings, StaffMember

HEADER = "# Kiosk settings, written by the kiosk; `kiosk config` lists every setting.\n"
SECRET_KEYS = frozenset({"finalpos_api_key", "stripe_api_key"})


def _plain(value: Any) -> Any:
    """A value as TOML data: secrets revealed (only for the file), models as tables."""
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, BaseModel):
        return _plain(value.model_dump(mode="python"))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Path | Decimal):
        return str(value)
    return value


def _make_private_dirs(directory: Path) -> None:
    missing = []
    for parent in [directory, *directory.parents]:
        if parent.exists():
            break
        missing.append(parent)
    for parent in reversed(missing):
        parent.mkdir(mode=0o700)
        parent.chmod(0o700)  # whatever the umask


def write_config_file(path: Path, values: Mapping[str, Any]) -> None:
    """Merge ``values`` into the TOML file at ``path`` and replace it atomically (0600).

    Raises ConfigError, writing nothing, for an unknown key, a value the kiosk would refuse to
    load, an existing file that is not valid TOML, or a directory others could write to.
    """
    import tempfile

    import tomli_w

    unknown = [key for key in values if key not in Settings.model_fields]
    if unknown:
        problems = []
        for key in unknown:
            guess = nearest(key, list(Settings.model_fields))
            hint = f"did you mean `{guess}`?" if guess else "no such setting (see `kiosk config`)"
            problems.append(f"unknown setting `{key}` for {path}: {hint}")
        raise ConfigError(*problems)
    path = Path(path)
    merged: dict[str, Any] = read_toml(path) if path.exists() else {}
    for key, value in values.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = _plain(value)
    _check_values(merged, path)
    _make_private_dirs(path.parent)
    check_directories(path)
    text = HEADER + tomli_w.dumps(merged)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            os.fchmod(file.fileno(), 0o600)
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def add_staff_member(path: Path, member: StaffMember) -> None:
    """Add a person to the file's ``staff`` (or replace the one of the same name), atomically.

    Only the file's own list counts: a ``KIOSK_STAFF`` variable is not copied into the file.
    """
    path = Path(path)
    current = read_toml(path).get("staff", []) if path.exists() else []
    folded = member.name.casefold()
    kept = [m for m in current if str(m.get("name", "")).strip().casefold() != folded]
    write_config_file(path, {"staff": [*kept, member]})


def _check_values(merged: Mapping[str, Any], path: Path) -> None:
    """The values alone (no environment, no other file), as the kiosk will load them."""
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(*(f"{p} (not written to {path})" for p in _problems(exc))) from None
    problems = endpoint_problems(settings)
    if problems:
        raise ConfigError(*(f"{p} (not written to {path})" for p in problems))


def _problems(exc: ValidationError) -> list[str]:
    return validation_problems(exc, None, {})


def mask_secret(secret: str) -> str:
    """``sk_test_51Abc...6789`` -> ``sk_test_…6789``: the kind of key and its last 4 only."""
    parts = secret.split("_")
    prefix = ""
    if len(parts) > 1 and parts[0].isalpha() and len(parts[0]) <= 4:
        prefix = parts[0] + "_"
        if len(parts) > 2 and parts[1] in ("test", "live"):
            prefix += parts[1] + "_"
    rest = len(secret) - len(prefix)
    return f"{prefix}…{secret[-4:]}" if rest >= 12 else f"{prefix}…"


def _mask_pin_hash(value: str) -> str:
    return value.split("$", 1)[0] + "$…"


def masked(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` for printing: API keys as `mask_secret`, PIN hashes as ``scrypt$…``."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, SecretStr):
            out[key] = mask_secret(value.get_secret_value())
        elif key in SECRET_KEYS and isinstance(value, str):
            out[key] = mask_secret(value)
        elif key == "pin_hash" and isinstance(value, str):
            out[key] = _mask_pin_hash(value)
        elif isinstance(value, StaffMember | Mapping):
            data = value.model_dump() if isinstance(value, StaffMember) else value
            out[key] = masked(data)
        elif isinstance(value, list | tuple):
            out[key] = [
                masked(v.model_dump() if isinstance(v, BaseModel) else v)
                if isinstance(v, BaseModel | Mapping)
                else v
                for v in value
            ]
        elif isinstance(value, BaseModel):
            out[key] = masked(value.model_dump())
        elif isinstance(value, Path):
            out[key] = str(value)
        else:
            out[key] = value
    return out
