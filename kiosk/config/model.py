"""The Settings model: every setting, its default, its checks and its documentation.

Sources, highest first: keyword arguments, ``KIOSK_*`` environment variables, the TOML file
(`kiosk.config.files`). Unknown names in the file or the environment are refused here, before
validation, with the nearest valid name suggested (`unknown_names`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from contextvars import ContextVar
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    StringConstraints,
    field_validator,
)
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from kiosk.config.errors import ENV_PREFIX, ConfigError, nearest
from kiosk.config.files import (
    CONFIG_FILE_VARIABLE,
    LoadedFile,
    default_data_dir,
    load_config_file,
)
from kiosk.config.receipts import ReceiptSettings

# KIOSK_* variables that are not settings and are allowed to be set. Anything else starting
# with KIOSK_ is a typo and refused, except under KIOSK_TEST_ (free for test harnesses), so a
# test-only knob is either listed here, documented, or named KIOSK_TEST_<SOMETHING>.
NON_SETTING_VARIABLES: dict[str, str] = {
    CONFIG_FILE_VARIABLE: "path of the TOML config file (default: the user config dir's "
    "kiosk.toml); it must exist; /dev/null loads none",
    "KIOSK_FAULT_CHECKOUTS": "tests only: checkouts in the fault-injection run (default 200)",
}
TEST_VARIABLE_PREFIX = "KIOSK_TEST_"

_PIN_HASH = re.compile(
    r"^scrypt\$[1-9]\d*\$[1-9]\d*\$[1-9]\d*\$[A-Za-z0-9+/_-]{8,}={0,2}\$[A-Za-z0-9+/_-]{16,}={0,2}$"
)
_STRIPE_KEY = re.compile(r"^(sk|rk)_(test|live)_[A-Za-z0-9_]+$")


def _blank_is_unset(value: Any) -> Any:
    """An empty value (``KIOSK_STRIPE_URL=``, ``reader_id = ""``) means "not set"."""
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, SecretStr) and not value.get_secret_value().strip():
        return None
    return value


BlankIsUnset = BeforeValidator(_blank_is_unset)


class TaxTable(BaseModel):
    """A tax table matched to a product's ``taxTable`` name.

    ``rate`` is a percentage as a decimal string ("20", "7.5"); ``inclusive`` means catalog
    prices already contain the tax (VAT style) rather than tax being added on top.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="the product's taxTable name it applies to")
    rate: Decimal = Field(ge=0, le=100, description='percentage as a decimal string ("7.5")')
    inclusive: bool = Field(default=True, description="prices already include this tax (VAT)")


class StaffMember(BaseModel):
    """A person who may enter staff mode with a PIN; only the PIN's scrypt hash is stored.

    ``pin_hash`` is ``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``; only its shape is
    checked here. It is left out of ``repr`` and never printed (see `masked`).
    """

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] = (
        Field(description="shown on screen and in the journal, 1-40 characters")
    )
    role: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] = (
        Field(default="staff", description="what the person may do in staff mode")
    )
    pin_hash: str = Field(
        repr=False,
        description="scrypt$<n>$<r>$<p>$<salt>$<hash> of the PIN, written by `kiosk staff add`",
    )

    @field_validator("pin_hash")
    @classmethod
    def _pin_hash_shape(cls, value: str) -> str:
        if not _PIN_HASH.match(value):
            raise ValueError(
                "is not a PIN hash of the form scrypt$<n>$<r>$<p>$<salt>$<hash>; "
                "set the PIN again with `kiosk staff add`"
            )
        return value


def _no_pairs() -> dict[str, str]:
    return {}  # not default_factory=dict, as for _no_staff


def _no_staff() -> list[StaffMember]:
    # Not default_factory=list: pydantic inspects a factory's signature, and for a builtin
    # that means tokenizing its text signature, 15 ms at every start.
    return []


def _check_url(value: str | None, example: str) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"'{value}' is not a web address; use one such as {example}")
    if parts.username or parts.password:
        raise ValueError("must not hold a user name or password; keys have their own settings")
    return value.strip().rstrip("/")


class Settings(BaseSettings):
    """Everything a kiosk installation can set. Secrets are SecretStr and never printed.

    Building one checks each value (`load_settings` turns the errors into one ConfigError and
    adds the endpoint rules); whether the values make a complete live installation is a
    separate question (`kiosk.config.mode`), so `kiosk setup` can load a partial config.
    """

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        env_ignore_empty=True,
        extra="forbid",
        validate_default=True,
    )

    # Final POS
    finalpos_url: str = Field(
        "https://api.finalpos.com",
        description="Final POS API base URL; https:// (plain http:// only for a loopback "
        "host, such as a training `kiosk sandbox`)",
    )
    finalpos_api_key: Annotated[SecretStr | None, BlankIsUnset] = Field(
        None,
        description="Final POS API key (header x-api-key); with no live credential at all "
        "the kiosk starts the demo store",
    )
    outlet_id: Annotated[str | None, BlankIsUnset] = Field(
        None, description="Final POS outlet this kiosk sells for (its Stripe account, location)"
    )
    station_id: Annotated[str | None, BlankIsUnset] = Field(
        None,
        description="Final POS station of this kiosk (names its reader, belongs to the outlet)",
    )
    http_timeout_s: float = Field(
        10.0, gt=0, le=120, description="seconds to wait for a Final POS answer"
    )

    # Stripe Terminal
    stripe_api_key: Annotated[SecretStr | None, BlankIsUnset] = Field(
        None,
        description="Stripe secret (sk_...) or, better, restricted (rk_...) key; test or live",
    )
    stripe_url: Annotated[str | None, BlankIsUnset] = Field(
        None,
        description="Stripe API base-URL override, for a loopback Stripe sandbox only "
        "(a real store talks to api.stripe.com)",
    )
    reader_id: Annotated[str | None, BlankIsUnset] = Field(
        None,
        description="Stripe Terminal reader to use instead of the one the station names",
    )
    payment_timeout_s: float = Field(
        120.0, gt=5, le=1800, description="seconds a customer has to present a card"
    )

    # Store and screen
    mode: Literal["kiosk", "station"] = Field(
        "kiosk",
        description="kiosk: customers order and pay; station: a staffed checkout station",
    )
    order_prefix: str | None = Field(
        None,
        pattern=r"^[A-Z]{1,2}$",
        description="letters before this kiosk's order numbers (A042); not set: a letter from "
        "the station's number in Final POS (station 1 is A, 2 is B, ...), so kiosks of one "
        "outlet never call out the same number",
    )
    kiosk_name: str = Field(
        "Kiosk 1",
        min_length=1,
        max_length=60,
        description="this kiosk's name on orders and receipts",
    )
    store_name: Annotated[str | None, BlankIsUnset] = Field(
        None, description="name on the welcome screen (default: the kiosk name)"
    )
    currency: str = Field(
        "EUR", description="ISO 4217 code of the menu's prices (EUR, GBP, USD, ...)"
    )
    locale: str = Field(
        "en_GB",
        description="language and formats of the screens, a Babel locale (en_GB, de_DE, fr)",
    )
    tax_tables: list[TaxTable] = Field(
        default_factory=lambda: [
            TaxTable(name="standard", rate=Decimal("20"), inclusive=True),
            TaxTable(name="reduced", rate=Decimal("10"), inclusive=True),
        ],
        description="tax rates by the product's taxTable name ([[tax_tables]] in TOML: "
        "name, rate, inclusive)",
    )
    default_tax_table: str = Field(
        "standard", description="tax table for a product that names none"
    )
    order_types: bool = Field(True, description='ask "eat in or take away" before the menu')
    table_service: bool = Field(
        False, description='"eat in" asks for the table or tracker number (sent with the order)'
    )
    item_notes: bool = Field(False, description='customers may add a note to a line ("no onions")')
    pay_at_counter: bool = Field(
        False,
        description='the cart offers "Pay at the counter" beside card payment: the order is '
        "recorded unpaid (pending, payAt=counter) and the checkout station takes the payment",
    )
    upsell_pairs: dict[str, str] = Field(
        default_factory=_no_pairs,
        description="one suggestion before Pay: category in the cart -> category to suggest "
        'from, by id or name (TOML: [upsell_pairs] Coffee = "Pastries"); empty: none',
    )
    receipts: ReceiptSettings = Field(
        default_factory=ReceiptSettings,
        description="receipt channels offered (print, email, qr, none) and the default, the "
        "printer (network host:9100, USB or a device path), a kitchen printer, the QR receipt "
        "URL template, SMTP for email (TOML: [receipts] and [receipts.printer], "
        "[receipts.smtp]; see kiosk/services/receipts/settings.py)",
    )
    idle_timeout_s: float = Field(
        60.0, ge=5, le=3600, description="seconds without a touch before asking to go on"
    )
    idle_countdown_s: float = Field(
        20.0, ge=3, le=300, description="seconds of that question before the order is dropped"
    )
    confirmation_s: float = Field(
        12.0, ge=2, le=300, description="seconds the order number stays on screen"
    )
    accessibility_timeout_multiplier: float = Field(
        3.0,
        ge=1,
        le=10,
        description="in accessibility mode the idle, idle-warning and payment-screen times and "
        "the reader's wait for the card are this many times longer",
    )
    accessibility_speech: bool = Field(
        True, description="accessibility mode speaks the screen, the focused item and changes"
    )
    accessibility_speech_engine: Literal["espeak-ng", "none"] = Field(
        "espeak-ng", description="offline speech engine (espeak-ng, run as a process; none: mute)"
    )
    accessibility_speech_volume_percent: int = Field(
        80, ge=10, le=100, description="speech volume a customer starts at (they can change it)"
    )
    fullscreen: bool = Field(False, description="full screen, no window frame, no cursor")
    orientation: Literal["auto", "portrait", "landscape"] = Field(
        "auto", description="screen layout (auto: from the window's shape)"
    )

    # Staff
    staff: list[StaffMember] = Field(
        default_factory=_no_staff,
        description="people who may enter staff mode ([[staff]] in TOML: name, role, "
        "pin_hash), added by `kiosk staff add`",
    )
    staff_idle_s: float = Field(
        60.0, gt=0, le=3600, description="seconds without a touch before staff mode closes"
    )

    # Checkout station (mode = "station")
    station_discount_limit_percent: Decimal = Field(
        Decimal(10),
        ge=0,
        le=100,
        description="largest discount (percent of the line or order) staff may give without "
        "a manager's PIN",
    )
    station_scan_gap_ms: int = Field(
        35,
        ge=5,
        le=200,
        description="a barcode scanner types its keys at most this far apart (people are slower)",
    )
    station_scan_min_length: int = Field(
        4, ge=1, le=64, description="shortest barcode or SKU a scan may be"
    )

    # Local state
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="journal, catalog cache and images (default: the user data dir)",
    )

    @field_validator("finalpos_url")
    @classmethod
    def _finalpos_url(cls, value: str) -> str:
        url = _check_url(value, "https://api.finalpos.com")
        assert url is not None
        return url

    @field_validator("stripe_url")
    @classmethod
    def _stripe_url(cls, value: str | None) -> str | None:
        return _check_url(value, "http://127.0.0.1:8766")

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        code = value.strip().upper()
        if code not in _known_currencies():
            raise ValueError(
                f"'{value}' is not an ISO 4217 currency code; use the three-letter code of "
                "the menu's prices, such as EUR, GBP or USD"
            )
        return code

    @field_validator("locale")
    @classmethod
    def _babel_locale(cls, value: str) -> str:
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(value.strip().replace("-", "_")))
        except (UnknownLocaleError, ValueError, TypeError):
            raise ValueError(
                f"'{value}' is not a locale Babel knows; use a language, or a language and "
                "country, such as en_GB, de_DE or fr"
            ) from None

    @field_validator("stripe_api_key")
    @classmethod
    def _stripe_key_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        key = value.get_secret_value().strip()
        if key.startswith("pk_"):
            raise ValueError(
                "is a publishable key (pk_...), which cannot take payments; use a secret key "
                "(sk_...) or, better, a restricted key (rk_...) from the Stripe dashboard"
            )
        if not _STRIPE_KEY.match(key):
            raise ValueError(
                "is not a Stripe secret key (sk_test_..., sk_live_...) or restricted key "
                "(rk_test_..., rk_live_...); copy it again from the Stripe dashboard"
            )
        return SecretStr(key)

    @field_validator("finalpos_api_key")
    @classmethod
    def _strip_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        key = value.get_secret_value().strip()
        if any(ch.isspace() for ch in key):
            raise ValueError("contains spaces or line breaks; paste the key exactly")
        return SecretStr(key)

    @field_validator("staff")
    @classmethod
    def _unique_staff(cls, value: list[StaffMember]) -> list[StaffMember]:
        seen: set[str] = set()
        for member in value:
            folded = member.name.casefold()
            if folded in seen:
                raise ValueError(
                    f"two staff members are named '{member.name}'; give each a unique name"
                )
            seen.add(folded)
        return value

    @property
    def demo(self) -> bool:
        """No live credential at all: the demo store (`kiosk.config.mode.resolve_mode`)."""
        from kiosk.config.mode import live_credentials

        return not live_credentials(self)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        preloaded = _PRELOADED.get()
        loaded = load_config_file() if preloaded is None else preloaded[0]
        problems = unknown_names(loaded)
        if problems:
            raise ConfigError(*problems)
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if loaded is not None:
            sources.append(_FileSource(settings_cls, loaded.data))
        return tuple(sources)


# Set by load_settings so the file is read once and its errors can say where a value came from.
_PRELOADED: ContextVar[tuple[LoadedFile | None] | None] = ContextVar(
    "kiosk_config_file", default=None
)


class _FileSource(PydanticBaseSettingsSource):
    """The already parsed and trusted TOML table."""

    def __init__(self, settings_cls: type[BaseSettings], data: Mapping[str, Any]) -> None:
        super().__init__(settings_cls)
        self._data = dict(data)

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self._data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self._data)


def _known_currencies() -> Mapping[str, Any]:
    # babel.core.get_global reads one pickle that Babel loads anyway to format the first price;
    # babel.numbers would import more for the same table.
    from babel.core import get_global

    currencies: Mapping[str, Any] = get_global("all_currencies")
    return currencies


def setting_names() -> list[str]:
    return list(Settings.model_fields)


def setting_variables() -> dict[str, str]:
    """``KIOSK_OUTLET_ID`` -> ``outlet_id`` for every setting."""
    return {ENV_PREFIX + name.upper(): name for name in Settings.model_fields}


def unknown_names(loaded: LoadedFile | None, environ: Mapping[str, str] | None = None) -> list[str]:
    """Names in the file or the environment that are no setting, each with a suggestion."""
    env = os.environ if environ is None else environ
    names = setting_names()
    problems: list[str] = []
    if loaded is not None:
        for key in loaded.data:
            if key not in Settings.model_fields:
                guess = nearest(key, names)
                hint = (
                    f"did you mean `{guess}`?" if guess else "no such setting (see `kiosk config`)"
                )
                problems.append(f"unknown setting `{key}` in {loaded.path}: {hint}")
    variables = setting_variables()
    allowed = set(variables) | set(NON_SETTING_VARIABLES)
    for raw in env:
        variable = raw.upper()
        if not variable.startswith(ENV_PREFIX) or variable in allowed:
            continue
        if variable.startswith(TEST_VARIABLE_PREFIX):
            continue
        suffixes = {v[len(ENV_PREFIX) :].lower(): v for v in [*variables, CONFIG_FILE_VARIABLE]}
        guess = nearest(variable[len(ENV_PREFIX) :].lower(), suffixes)
        hint = (
            f"did you mean {suffixes[guess]}?"
            if guess
            else "no such setting; unset it (`kiosk config` lists the settings)"
        )
        problems.append(f"unknown environment variable {raw}: {hint}")
    return problems
