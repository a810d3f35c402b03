"""The kiosk's configuration: one pydantic-settings model; nothing else reads os.environ.

Sources, highest first: keyword arguments, environment variables ``KIOSK_<SETTING>`` (lists
as JSON), then a TOML file (``KIOSK_CONFIG_FILE`` or ``<user config dir>/kiosk.toml``).

- `load_settings` checks every value (ISO 4217 currency, Babel locale, Stripe key shape, URLs,
  ranges) and the endpoint rule (https://, http:// and ``stripe_url`` only for loopback), and
  raises one `ConfigError` whose every line names the setting as TOML key and ``KIOSK_*``
  variable, says where it was set and what to do. Unknown keys and unknown ``KIOSK_*``
  variables are errors suggesting the nearest valid name; the only other ``KIOSK_*`` names
  allowed are `NON_SETTING_VARIABLES` and anything under ``KIOSK_TEST_``.
- The file must be trusted: owned by the user running the kiosk, mode 600, and in no
  directory another user could write to (the exact rule is in `kiosk.config.files`).
- `resolve_mode` decides demo or live apart from loading, so `kiosk setup` can load a partial
  configuration: demo only on ``--demo`` or with no live credential at all.
- `settings_reference` is `kiosk config`; `write_config_file`, `add_staff_member` and `masked`
  serve `kiosk setup` and `kiosk staff add`.
"""

from typing import TYPE_CHECKING, Any

from kiosk.config.errors import ConfigError
from kiosk.config.files import (
    APP_NAME,
    check_private,
    config_file_path,
    default_config_file,
    default_data_dir,
)

if TYPE_CHECKING:
    from kiosk.config.load import endpoint_problems, is_loopback, load_settings
    from kiosk.config.mode import (
        LIVE_CREDENTIALS,
        REQUIRED_FOR_LIVE,
        Mode,
        live_credentials,
        missing_for_live,
        require_live,
        resolve_mode,
    )
    from kiosk.config.model import (
        NON_SETTING_VARIABLES,
        TEST_VARIABLE_PREFIX,
        Settings,
        StaffMember,
        TaxTable,
    )
    from kiosk.config.reference import settings_reference, settings_reference_rows
    from kiosk.config.write import add_staff_member, mask_secret, masked, write_config_file

# Imported on first use: the kiosk itself starts without the reference and the writer, and
# a start from the settings snapshot (`kiosk.config.snapshot`) draws its first frame before
# pydantic and the model are imported at all.
_LAZY = {
    "endpoint_problems": "kiosk.config.load",
    "is_loopback": "kiosk.config.load",
    "load_settings": "kiosk.config.load",
    "LIVE_CREDENTIALS": "kiosk.config.mode",
    "REQUIRED_FOR_LIVE": "kiosk.config.mode",
    "Mode": "kiosk.config.mode",
    "live_credentials": "kiosk.config.mode",
    "missing_for_live": "kiosk.config.mode",
    "require_live": "kiosk.config.mode",
    "resolve_mode": "kiosk.config.mode",
    "NON_SETTING_VARIABLES": "kiosk.config.model",
    "TEST_VARIABLE_PREFIX": "kiosk.config.model",
    "Settings": "kiosk.config.model",
    "StaffMember": "kiosk.config.model",
    "TaxTable": "kiosk.config.model",
    "settings_reference": "kiosk.config.reference",
    "settings_reference_rows": "kiosk.config.reference",
    "add_staff_member": "kiosk.config.write",
    "mask_secret": "kiosk.config.write",
    "masked": "kiosk.config.write",
    "write_config_file": "kiosk.config.write",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.config' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "APP_NAME",
    "LIVE_CREDENTIALS",
    "NON_SETTING_VARIABLES",
    "REQUIRED_FOR_LIVE",
    "TEST_VARIABLE_PREFIX",
    "ConfigError",
    "Mode",
    "Settings",
    "StaffMember",
    "TaxTable",
    "add_staff_member",
    "check_private",
    "config_file_path",
    "default_config_file",
    "default_data_dir",
    "endpoint_problems",
    "is_loopback",
    "live_credentials",
    "load_settings",
    "mask_secret",
    "masked",
    "missing_for_live",
    "require_live",
    "resolve_mode",
    "settings_reference",
    "settings_reference_rows",
    "write_config_file",
]
