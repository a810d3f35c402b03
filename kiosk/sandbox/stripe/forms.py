"""Decode Stripe's form-encoded bracket bodies into nested dicts and lists.

The stripe SDK sends v1 parameters as ``application/x-www-form-urlencoded`` pairs with
bracketed keys: ``metadata[order]=o1``, ``payment_method_types[0]=card_present``,
``cart[line_items][0][amount]=500``. This module turns a list of such pairs back into the
nested structure. Values stay strings; the routes coerce them (``"true"``, ``"500"``), which is
what Stripe's own parameter parser does, so that a wrong type becomes a 400 naming the param.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_PART = re.compile(r"\[([^\[\]]*)\]")


class FormError(ValueError):
    """A key that is not a valid bracket path, or two keys that contradict each other."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


def split_key(key: str) -> list[str]:
    """``"a[b][0][c]"`` -> ``["a", "b", "0", "c"]``; ``"a[]"`` -> ``["a", ""]``."""
    match = _KEY.match(key)
    if match is None:
        raise FormError(f"Invalid parameter name: {key!r}", key)
    return [match.group(1), *_PART.findall(match.group(2))]


def decode_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Nest bracketed pairs; dicts whose keys are all indices become lists in index order.

    ``a[]=x&a[]=y`` (empty brackets) appends, as Rails-style encoders do.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = split_key(key)
        if "" in parts[:-1]:
            raise FormError(f"Invalid parameter name: {key!r}", key)
        node: dict[str, Any] = root
        for part in parts[:-1]:
            child = node.get(part)
            if child is None:
                child = {}
                node[part] = child
            elif not isinstance(child, dict):
                raise FormError(f"Parameter {key!r} mixes a value and a nested object", key)
            node = child
        last = parts[-1]
        if last == "":
            # "a[]" appends: a synthetic index that sorts in arrival order
            last = "\x00" + str(sum(1 for k in node if k.startswith("\x00")))
        if last in node:
            if isinstance(node[last], dict):
                raise FormError(f"Parameter {key!r} mixes a value and a nested object", key)
            raise FormError(f"Parameter {key!r} is given more than once", key)
        node[last] = value
    return _listify(root, "")  # type: ignore[no-any-return]


def decode_form(body: bytes | str) -> dict[str, Any]:
    """Decode a urlencoded body or query string (blank values kept: they clear metadata)."""
    text = body.decode() if isinstance(body, bytes) else body
    return decode_pairs(parse_qsl(text, keep_blank_values=True, strict_parsing=False))


def _listify(node: Any, path: str) -> Any:
    if not isinstance(node, dict):
        return node
    keys = list(node)
    if keys and all(k.startswith("\x00") for k in keys):
        return [_listify(node[k], path) for k in sorted(keys, key=lambda k: int(k[1:]))]
    if keys and all(k.isdigit() for k in keys):
        indices = sorted(int(k) for k in keys)
        if indices != list(range(len(indices))):
            raise FormError(f"Array parameter {path or 'body'} has gaps in its indices", path)
        return [_listify(node[str(i)], f"{path}[{i}]") for i in indices]
    return {k: _listify(v, f"{path}[{k}]" if path else k) for k, v in node.items()}
