"""load_settings: the settings, checked, or one ConfigError whose every line names a setting.

Besides each value's own checks (`kiosk.config.model`) loading applies the endpoint rule: the
Final POS URL is ``https://``, plain ``http://`` only for a loopback host (127.0.0.0/8, ::1,
localhost), and ``stripe_url`` is for a loopback Stripe sandbox only. It lives here, not in the
model, so code and tests may still build a `Settings` by hand for a fake host.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from pydantic_settings import SettingsError

from kiosk.config.errors import (
    ConfigError,
    both_names,
    env_name,
    is_sensitive,
    nearest,
    number,
    quoted,
    toml_key,
)
from kiosk.config.files import LoadedFile, load_config_file
from kiosk.config.model import _PRELOADED, Settings, StaffMember, TaxTable

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


def load_settings(**overrides: Any) -> Settings:
    """Load and check the settings (arguments > ``KIOSK_*`` > TOML file).

    Raises ConfigError naming each bad setting as TOML key and variable, with the fix. A
    partial live configuration loads: `kiosk.config.mode.resolve_mode` decides if it may run.
    """
    loaded = load_config_file()
    token = _PRELOADED.set((loaded,))
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(*validation_problems(exc, loaded, overrides)) from None
    except SettingsError as exc:
        raise ConfigError(_parse_problem(exc)) from None
    finally:
        _PRELOADED.reset(token)
    problems = endpoint_problems(settings, loaded=loaded, overrides=overrides)
    if problems:
        raise ConfigError(*problems)
    return settings


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    import ipaddress  # only for a plain http:// URL or a Stripe override

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def endpoint_problems(
    settings: Settings,
    *,
    loaded: LoadedFile | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> list[str]:
    """The endpoint rule (module docstring), one line per endpoint that breaks it."""
    problems = []
    given = overrides or {}
    final = urlsplit(settings.finalpos_url)
    if final.scheme != "https" and not is_loopback(final.hostname):
        where = _origin(("finalpos_url",), loaded, given)
        problems.append(
            f"{both_names('finalpos_url')}{where}: '{settings.finalpos_url}' is plain http:// to "
            f"{final.hostname}, which would send the API key unencrypted; use https:// "
            "(http:// is only for a loopback host such as 127.0.0.1)"
        )
    if settings.stripe_url is not None:
        stripe = urlsplit(settings.stripe_url)
        if not is_loopback(stripe.hostname):
            where = _origin(("stripe_url",), loaded, given)
            problems.append(
                f"{both_names('stripe_url')}{where}: '{settings.stripe_url}' is not a loopback "
                "address; the override is only for a Stripe sandbox on this machine (a real "
                "store talks to api.stripe.com), so remove it"
            )
    return problems


def _origin(
    loc: Sequence[int | str], loaded: LoadedFile | None, overrides: Mapping[str, Any]
) -> str:
    """Where a top-level value came from, in the precedence order of the sources."""
    top = str(loc[0]) if loc else ""
    if not top or top in overrides:
        return ""
    variable = env_name(top)
    if any(name.upper() == variable and value != "" for name, value in os.environ.items()):
        return " from the environment"
    if loaded is not None and top in loaded.data:
        return f" in {loaded.path}"
    return ""


_MODELS: dict[str, type[Any]] = {"tax_tables": TaxTable, "staff": StaffMember}


def _unknown(loc: Sequence[int | str], where: str) -> str:
    """An extra_forbidden error, in the same words as an unknown top-level name."""
    key = str(loc[-1])
    parent = loc[0] if len(loc) > 1 else None
    model = _MODELS.get(str(parent)) if parent is not None else Settings
    guess = nearest(key, list(model.model_fields)) if model is not None else None
    hint = f"did you mean `{guess}`?" if guess else "no such setting (see `kiosk config`)"
    return f"unknown setting `{toml_key(loc)}`{where}: {hint}"


def _explain(err: ErrorDetails) -> str:
    kind, ctx = err["type"], err.get("ctx", {})
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        word = {
            "greater_than_equal": ("at least", "ge"),
            "greater_than": ("more than", "gt"),
            "less_than_equal": ("at most", "le"),
            "less_than": ("less than", "lt"),
        }[kind]
        return f"must be {word[0]} {number(ctx.get(word[1]))}"
    if kind == "string_too_short":
        return (
            "must not be empty"
            if ctx.get("min_length") == 1
            else (f"must be at least {ctx.get('min_length')} characters")
        )
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "decimal_parsing"):
        return "must be a number"
    if kind in ("bool_parsing", "bool_type"):
        return "must be true or false"
    if kind == "literal_error":
        return f"must be {ctx.get('expected')}"
    if kind == "missing":
        return "is required"
    if kind == "list_type":
        return "must be a list (a [[table]] per entry in TOML, a JSON list in the variable)"
    if kind == "string_type":
        return 'must be text, in quotes in TOML ("...")'
    return err["msg"]


def validation_problems(
    exc: ValidationError, loaded: LoadedFile | None, overrides: Mapping[str, Any]
) -> list[str]:
    """One line per pydantic error: both names, where it was set, what is wrong, the fix."""
    problems = []
    for err in exc.errors():
        loc = err["loc"]
        where = _origin(loc, loaded, overrides)
        if err["type"] == "extra_forbidden":
            problems.append(_unknown(loc, where))
            continue
        text = f"{both_names(loc)}{where}: {_explain(err)}"
        got = "" if is_sensitive(loc) or err["type"] == "value_error" else quoted(err["input"])
        problems.append(f"{text}, got {got}" if got and err["type"] != "missing" else text)
    return problems


def _parse_problem(exc: SettingsError) -> str:
    """pydantic-settings fails on a variable that is not JSON where JSON is needed."""
    found = re.search(r'field "(\w+)"', str(exc))
    name = found[1] if found else "settings"
    return (
        f"{both_names(name)} from the environment: not valid JSON; set a JSON list, "
        f'e.g. {env_name(name)}=\'[{{"name": "standard", "rate": "20"}}]\', '
        "or set it in the TOML file instead"
    )
