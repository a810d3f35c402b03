"""The settings reference (`kiosk config`), generated from the Settings model itself.

Each setting: TOML key, ``KIOSK_*`` variable, type (with its range), default and description.
Secrets show no value, only "(secret)". `settings_reference_rows` is the same as data, for
``--json``.
"""

from __future__ import annotations

import json
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo

from kiosk.config.errors import env_name, number
from kiosk.config.files import CONFIG_FILE_VARIABLE, default_config_file
from kiosk.config.model import (
    NON_SETTING_VARIABLES,
    TEST_VARIABLE_PREFIX,
    Settings,
    StaffMember,
    TaxTable,
)

_NESTED: dict[str, type[BaseModel]] = {"tax_tables": TaxTable, "staff": StaffMember}


def _is_secret(annotation: Any) -> bool:
    return annotation is SecretStr or SecretStr in typing.get_args(annotation)


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return _type_name(args[0]) if len(args) == 1 else " or ".join(map(_type_name, args))
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(annotation))
    if origin is list:
        inner = args[0]
        return (
            "list of tables" if isinstance(inner, type) and issubclass(inner, BaseModel) else "list"
        )
    return {
        str: "text",
        SecretStr: "secret text",
        float: "number",
        int: "whole number",
        bool: "true or false",
        Decimal: "decimal",
        Path: "path",
    }.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _bounds(info: FieldInfo) -> str:
    """ "> 5, <= 1800" from the field's constraints ("max 60 characters" for text)."""
    parts = []
    for item in info.metadata:
        for attr, sign in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<")):
            if getattr(item, attr, None) is not None:
                parts.append(f"{sign} {number(getattr(item, attr))}")
        if getattr(item, "max_length", None) is not None:
            parts.append(f"at most {item.max_length} characters")
    return ", ".join(parts)


def _default(info: FieldInfo) -> Any:
    """The default as plain data (JSON-able), or None for "not set"."""
    if info.is_required():
        return None
    value = info.get_default(call_default_factory=True)
    if value is None or isinstance(value, SecretStr):
        return None
    if isinstance(value, list):
        return [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    if isinstance(value, Path | Decimal):
        return str(value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def _row(key: str, variable: str | None, info: FieldInfo) -> dict[str, Any]:
    secret = _is_secret(info.annotation)
    return {
        "key": key,
        "env": variable,
        "type": _type_name(info.annotation),
        "range": _bounds(info),
        "default": None if secret else _default(info),
        "secret": secret,
        "required": info.is_required(),
        "description": info.description or "",
    }


def settings_reference_rows() -> list[dict[str, Any]]:
    """Every setting as a dict (key, env, type, range, default, secret, description).

    Fields of list entries follow their list with keys such as ``tax_tables[].rate`` and no
    variable of their own (the list's variable takes JSON).
    """
    rows = []
    for name, info in Settings.model_fields.items():
        rows.append(_row(name, env_name(name), info))
        nested = _NESTED.get(name)
        if nested is not None:
            for sub, sub_info in nested.model_fields.items():
                rows.append(_row(f"{name}[].{sub}", None, sub_info))
    return rows


def _shown(row: dict[str, Any]) -> str:
    if row["secret"]:
        return "(secret)"
    if row["required"]:
        return "none (required)"
    value = row["default"]
    if value is None:
        return "not set"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, int | float):
        return number(value)
    return json.dumps(value)


def settings_reference() -> str:
    """The text of `kiosk config`: one paragraph per setting, then the other variables."""
    lines = [
        "Kiosk settings",
        "",
        f"Set each in the TOML file ({default_config_file()}, or the file "
        f"{CONFIG_FILE_VARIABLE} names; owner-only, chmod 600) or by its KIOSK_* variable, "
        "which wins over the file. Lists are [[tables]] in TOML and JSON in a variable.",
        "",
    ]
    for row in settings_reference_rows():
        nested = row["env"] is None
        indent = "      " if nested else "  "
        head = f"{indent}{row['key']}" + ("" if nested else f"  ({row['env']})")
        kind = row["type"] + (f", {row['range']}" if row["range"] else "")
        lines.append(head)
        lines.append(f"{indent}    {kind}; default {_shown(row)}")
        lines.append(f"{indent}    {row['description']}")
    lines += ["", "Other variables (not settings):"]
    for variable, text in NON_SETTING_VARIABLES.items():
        lines.append(f"  {variable}  {text}")
    lines.append(f"  {TEST_VARIABLE_PREFIX}*  free for test harnesses; never read by the kiosk")
    return "\n".join(lines) + "\n"
