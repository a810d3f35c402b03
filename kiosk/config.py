"""The kiosk's configuration: one pydantic-settings model; nothing else reads os.environ.

Sources, highest first: keyword arguments, environment variables (prefix ``KIOSK_``, nested
with ``__``), then a TOML file (``KIOSK_CONFIG_FILE`` or ``<user config dir>/kiosk.toml``).
A config file that holds secrets must be readable by its owner only; otherwise loading fails
naming the file, because an API key in a world-readable file is already leaked.

Demo mode: with no Final POS API key configured, ``kiosk`` starts the embedded sandboxes and
fills in their URLs and keys (see ``kiosk.app``).
"""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

APP_NAME = "finalpos-kiosk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


class ConfigError(Exception):
    """A configuration value is missing or wrong; the message names the setting."""


class TaxTable(BaseModel):
    """A tax table matched to a product's ``taxTable`` name.

    ``rate`` is a percentage as a decimal string ("20", "7.5"); ``inclusive`` means catalog
    prices already contain the tax (VAT style) rather than tax being added on top.
    """

    name: str = Field(min_length=1)
    rate: Decimal = Field(ge=0, le=100)
    inclusive: bool = True


class Settings(BaseSettings):
    """Everything a kiosk installation can set. Secrets are SecretStr and never printed."""

    model_config = SettingsConfigDict(
        env_prefix="KIOSK_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    # Final POS
    finalpos_url: str = "https://api.finalpos.com"
    finalpos_api_key: SecretStr | None = None
    outlet_id: str | None = None
    station_id: str | None = None
    http_timeout_s: float = Field(default=10.0, gt=0, le=120)

    # Stripe Terminal
    stripe_api_key: SecretStr | None = None
    stripe_url: str | None = None  # base-URL override (the embedded Stripe sandbox)
    reader_id: str | None = None  # fallback when the station names no reader
    payment_timeout_s: float = Field(default=120.0, gt=5, le=1800)

    # Store and screen
    kiosk_name: str = Field(default="Kiosk 1", min_length=1, max_length=60)
    store_name: str | None = None
    currency: str = Field(default="EUR", pattern=r"^[A-Za-z]{3}$")
    locale: str = "en_GB"
    tax_tables: list[TaxTable] = Field(
        default_factory=lambda: [
            TaxTable(name="standard", rate=Decimal("20"), inclusive=True),
            TaxTable(name="reduced", rate=Decimal("10"), inclusive=True),
        ]
    )
    default_tax_table: str = "standard"
    order_types: bool = True  # ask "eat in or take away" before the menu
    idle_timeout_s: float = Field(default=60.0, ge=5, le=3600)
    idle_countdown_s: float = Field(default=20.0, ge=3, le=300)
    confirmation_s: float = Field(default=12.0, ge=2, le=300)
    fullscreen: bool = False
    orientation: Literal["auto", "portrait", "landscape"] = "auto"

    # Local state
    data_dir: Path = Field(default_factory=default_data_dir)

    @field_validator("currency")
    @classmethod
    def _upper_currency(cls, value: str) -> str:
        return value.upper()

    @field_validator("finalpos_url", "stripe_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @property
    def demo(self) -> bool:
        """No Final POS key configured: run on the embedded demo store."""
        return self.finalpos_api_key is None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = config_file_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if path.exists():
            check_private(path)
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


def config_file_path() -> Path:
    explicit = os.environ.get("KIOSK_CONFIG_FILE")
    return Path(explicit) if explicit else default_config_file()


def check_private(path: Path) -> None:
    """Refuse a config file that group or others may read or write."""
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"config file {path} is readable by other users (mode {stat.filemode(mode)}); "
            f"run: chmod 600 {path}"
        )


def load_settings(**overrides: Any) -> Settings:
    """Load settings, turning validation errors into one ConfigError naming each bad setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = ".".join(str(part) for part in err["loc"]) or "settings"
            problems.append(f"{name}: {err['msg']}")
        raise ConfigError("invalid configuration: " + "; ".join(problems)) from None


def require_live(settings: Settings) -> None:
    """With real credentials every value the checkout needs must be there, named if not."""
    missing = [
        name
        for name in ("finalpos_api_key", "outlet_id", "station_id", "stripe_api_key")
        if getattr(settings, name) in (None, "")
    ]
    if missing:
        raise ConfigError(
            "invalid configuration: "
            + "; ".join(f"{name}: required for a live installation" for name in missing)
        )
