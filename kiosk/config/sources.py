"""Where the values of a `Settings` come from: arguments, ``KIOSK_*`` variables, the TOML file.

The rules are pydantic-settings' (which the kiosk used until its import, 45 ms with the
providers for clouds, dotenv, YAML and a command line that come with it, was most of the
settings' cost at every start):

- a variable is ``KIOSK_<SETTING>`` in any case; an empty one counts as not set;
- a list, table or model setting (`is_complex`) takes JSON (``null`` is not set), any other
  the plain text, which the model then validates (``"false"``, ``"12.5"``);
- the sources merge table by table (`merge`): ``KIOSK_RECEIPTS='{"channels": ["qr"]}'`` changes
  the channels and keeps the file's printer.

Names that are no setting are refused before (`kiosk.config.model.unknown_names`), so the
nested form (``KIOSK_RECEIPTS__…``) never reaches here.
"""

from __future__ import annotations

import json
import types
import typing
from collections import deque
from collections.abc import Mapping, Sequence, Set
from dataclasses import is_dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kiosk.config.errors import ENV_PREFIX


class EnvJSONError(ValueError):
    """A list or table setting's variable is not valid JSON."""

    def __init__(self, field: str) -> None:
        self.field = field
        super().__init__(f'error parsing value for field "{field}" from the environment')


def is_complex(annotation: Any) -> bool:
    """A setting whose variable holds JSON: a model, list, table (or a union with one)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return any(is_complex(arg) for arg in typing.get_args(annotation))
    if origin is typing.Annotated:
        return is_complex(typing.get_args(annotation)[0])
    target = origin if origin is not None else annotation
    if not isinstance(target, type) or issubclass(target, str | bytes):
        return False
    complex_types = (BaseModel, Mapping, Sequence, Set, tuple, deque)
    return issubclass(target, complex_types) or is_dataclass(target)


def env_values(fields: Mapping[str, FieldInfo], environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings the environment sets, JSON decoded where the setting is complex."""
    variables = {name.lower(): value for name, value in environ.items() if value != ""}
    found: dict[str, Any] = {}
    for name, field in fields.items():
        value = variables.get((ENV_PREFIX + name).lower())
        if value is None:
            continue
        if not is_complex(field.annotation):
            found[name] = value
            continue
        try:
            decoded = json.loads(value)
        except ValueError:
            raise EnvJSONError(name) from None
        if decoded is not None:  # JSON null: not set
            found[name] = decoded
    return found


def merge(*sources: Mapping[str, Any]) -> dict[str, Any]:
    """The sources merged, lowest first: a later value wins, tables merge key by key."""
    merged: dict[str, Any] = {}
    for source in sources:
        for key, value in source.items():
            current = merged.get(key)
            if isinstance(current, dict) and isinstance(value, dict):
                merged[key] = merge(current, value)
            else:
                merged[key] = value
    return merged
