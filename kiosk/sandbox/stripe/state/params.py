"""Request parameters as Stripe reads them: typed values, metadata, ``created`` filters and
``expand[]`` paths; a bad one is a 400 before anything changes."""

from __future__ import annotations

import re
from typing import Any

from kiosk.sandbox.stripe.state.errors import invalid
from kiosk.sandbox.stripe.state.records import Obj

# -- parameter coercion (values arrive as strings from the form decoder) ---------------------


def p_str(params: Obj, name: str, *, required: bool = False) -> str | None:
    value = params.get(name)
    if value is None:
        if required:
            raise invalid(f"Missing required param: {name}.", name, "parameter_missing")
        return None
    if not isinstance(value, str):
        raise invalid(f"Invalid string: {name}", name)
    return value


def p_int(params: Obj, name: str, *, required: bool = False, minimum: int = 0) -> int | None:
    raw = p_str(params, name, required=required)
    if raw is None:
        return None
    if not re.fullmatch(r"-?\d{1,15}", raw):
        raise invalid(f"Invalid integer: {raw}", name, "parameter_invalid_integer")
    value = int(raw)
    if value < minimum:
        raise invalid(f"This value must be greater than or equal to {minimum}.", name)
    return value


def p_bool(params: Obj, name: str) -> bool | None:
    raw = p_str(params, name)
    if raw is None:
        return None
    if raw not in ("true", "false"):
        raise invalid(f"Invalid boolean: {raw}", name)
    return raw == "true"


def p_dict(params: Obj, name: str) -> Obj:
    value = params.get(name)
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise invalid(f"Invalid hash: {name}", name)
    return value


def p_list(params: Obj, name: str) -> list[Any]:
    value = params.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(f"Invalid array: {name}", name)
    return value


def p_limit(params: Obj) -> int:
    limit = p_int(params, "limit", minimum=1)
    if limit is None:
        return 10
    if limit > 100:
        raise invalid("This value must be less than or equal to 100.", "limit")
    return limit


def apply_metadata(target: Obj, params: Obj) -> None:
    """Stripe's metadata rules: "" clears all; a key set to "" is deleted; max 50 keys."""
    if "metadata" not in params:
        return
    raw = params["metadata"]
    if raw == "":
        target["metadata"] = {}
        return
    if not isinstance(raw, dict):
        raise invalid("Invalid hash: metadata", "metadata")
    merged = dict(target.get("metadata") or {})
    for key, value in raw.items():
        if not isinstance(value, str):
            raise invalid(f"Invalid metadata value for {key}", f"metadata[{key}]")
        if len(key) > 40 or len(value) > 500:
            raise invalid("Metadata keys are at most 40 and values 500 characters.", "metadata")
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > 50:
        raise invalid("Metadata can have at most 50 keys.", "metadata")
    target["metadata"] = merged


def _created_filter(params: Obj, items: list[Obj]) -> list[Obj]:
    raw = params.get("created")
    if raw is None:
        return items
    bounds: dict[str, int] = {}
    if isinstance(raw, dict):
        for op in raw:
            if op not in ("gt", "gte", "lt", "lte"):
                raise invalid(f"Received unknown parameter: created[{op}]", f"created[{op}]")
            value = p_int(raw, op)
            assert value is not None
            bounds[op] = value
    else:
        value = p_int(params, "created")
        assert value is not None
        bounds = {"gte": value, "lte": value}

    def keep(obj: Obj) -> bool:
        created = int(obj.get("created") or 0)
        return (
            created > bounds.get("gt", -1)
            and created >= bounds.get("gte", -1)
            and created < bounds.get("lt", 2**62)
            and created <= bounds.get("lte", 2**62)
        )

    return [o for o in items if keep(o)]


# object type -> (the field expand[] may replace, the kind of object it names)
_EXPANDABLE = {
    "payment_intent": ("latest_charge", "charge"),
    "charge": ("payment_intent", "payment_intent"),
    "refund": ("charge", "charge"),
}
# route resource -> (expandable field, the resource a restricted key must read to expand it)
_EXPANDABLE_BY_RESOURCE = {
    "payment_intents": ("latest_charge", "charges"),
    "charges": ("payment_intent", "payment_intents"),
    "refunds": ("charge", "charges"),
}


def expand_needs(resource: str, *, is_list: bool, paths: list[str]) -> list[str]:
    """Check ``expand[]`` before the request runs (as Stripe does: a bad path changes
    nothing) and return the resources a restricted key must be able to read for it."""
    needed = []
    for path in paths:
        target, _, field_name = path.rpartition(".")
        spec = _EXPANDABLE_BY_RESOURCE.get(resource)
        if target != ("data" if is_list else "") or spec is None or spec[0] != field_name:
            raise invalid(f"This property cannot be expanded ({path}).", "expand")
        needed.append(spec[1])
    return needed
