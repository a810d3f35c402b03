"""Request-body shapes and their validation, as the Final POS API checks a body.

The validation mimics a NestJS ``ValidationPipe`` with ``whitelist``: unknown top-level fields of
a closed DTO are dropped, wrong types and missing required fields answer 400 with one message per
problem (``"summary.total must be a decimal string"``).

Kinds: ``string``, ``number`` (JSON number, not bool), ``boolean``, ``decimal`` (a string such
as ``"12.50"``: money in orders, transactions, refunds and sessions), ``any``; `ArrayOf`; `Shape`
(an object with known fields; ``open`` shapes keep fields they do not know, like the customer DTO
that custom tables extend).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

ScalarKind = Literal["string", "number", "boolean", "decimal", "any"]

DECIMAL_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # used with fullmatch: ASCII digits only

# Fields the server owns: never taken from a request body.
SERVER_FIELDS = frozenset({"id", "_id", "companyId", "createdAt", "updatedAt", "fromFinal"})


@dataclass(frozen=True)
class ArrayOf:
    item: Kind


@dataclass(frozen=True)
class Shape:
    fields: Mapping[str, Kind]
    required: tuple[str, ...] = ()
    open: bool = False  # additionalProperties: true


Kind = ScalarKind | ArrayOf | Shape

_TYPE_WORDS: dict[str, str] = {
    "string": "must be a string",
    "number": "must be a number conforming to the specified constraints",
    "boolean": "must be a boolean value",
    "decimal": 'must be a decimal string such as "12.50"',
}


def validate(shape: Shape, body: Any, *, partial: bool = False) -> tuple[dict[str, Any], list[str]]:
    """Check a request body against a shape; return (cleaned body, error messages).

    `partial` (updates) skips the top-level required fields; nested objects sent in full (an
    order's ``summary``) still need theirs. Server-owned fields are dropped silently.
    """
    if not isinstance(body, dict):
        return {}, ["request body must be a JSON object"]
    errors: list[str] = []
    body = {k: v for k, v in body.items() if k not in SERVER_FIELDS}
    cleaned = _check_shape(shape, body, "", errors, partial=partial)
    return (cleaned if isinstance(cleaned, dict) else {}), errors


def _check_shape(
    shape: Shape, value: Any, path: str, errors: list[str], *, partial: bool = False
) -> Any:
    if not isinstance(value, dict):
        errors.append(f"{path} must be an object")
        return value
    if not partial:
        for name in shape.required:
            if value.get(name) is None:
                errors.append(f"{_join(path, name)} should not be empty")
    result: dict[str, Any] = {}
    for name, item in value.items():
        kind = shape.fields.get(name)
        if kind is None:
            if shape.open:
                result[name] = item
            continue
        if item is None:
            if partial or name not in shape.required:
                errors.append(f"{_join(path, name)} {_null_words(kind)}")
            continue  # a null required field was reported as empty above
        result[name] = _check(kind, item, _join(path, name), errors)
    return result


def _check(kind: Kind, value: Any, path: str, errors: list[str]) -> Any:
    if isinstance(kind, Shape):
        return _check_shape(kind, value, path, errors)
    if isinstance(kind, ArrayOf):
        if not isinstance(value, list):
            errors.append(f"{path} must be an array")
            return value
        return [_check(kind.item, item, f"{path}.{i}", errors) for i, item in enumerate(value)]
    ok = True
    if kind == "string":
        ok = isinstance(value, str)
    elif kind == "decimal":
        ok = isinstance(value, str) and DECIMAL_RE.fullmatch(value) is not None
    elif kind == "number":
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and math.isfinite(value)
        )
    elif kind == "boolean":
        ok = isinstance(value, bool)
    if not ok:
        errors.append(f"{path} {_TYPE_WORDS[kind]}")
    return value


def _null_words(kind: Kind) -> str:
    if isinstance(kind, Shape):
        return "must be an object"
    if isinstance(kind, ArrayOf):
        return "must be an array"
    return _TYPE_WORDS.get(kind, "must not be null")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
