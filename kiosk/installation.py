"""Which outlet, station, Stripe account, location and reader this kiosk is: read from Final POS.

A store configures only its keys, the outlet and the station. Everything else the payment path
needs comes from Final POS itself, as the back office set it up:

- the outlet's Connect account (``outlet.stripeAccountId``), sent as ``Stripe-Account`` on every
  Stripe request, so each PaymentIntent is created on the outlet's own account;
- the outlet's Terminal location (``outlet.stripe.locationId``);
- the station's reader (``station.stripeTerminalId``), unless ``reader_id`` in the config
  overrides it explicitly.

The resolved `Installation` is cached in the data directory (``installation.json``) so that a
kiosk starting without a network still knows where to take payments; it is refreshed from
Final POS at every start and replaced when the back office changed it.

Problems are outcome codes (`InstallationProblem`): the UI and `kiosk check` own the wording.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import AuthError, FinalPosError, NotFoundError, UnavailableError

log = logging.getLogger(__name__)

CACHE_FILE = "installation.json"


class InstallationProblem(StrEnum):
    FINALPOS_AUTH = "finalpos_auth_refused"  # the Final POS key was refused (401/403)
    FINALPOS_UNREACHABLE = "finalpos_unreachable"  # network, 5xx, timeouts
    FINALPOS_ERROR = "finalpos_error"  # any other refusal
    OUTLET_MISSING = "outlet_missing"
    STATION_MISSING = "station_missing"
    STATION_OTHER_OUTLET = "station_other_outlet"
    NO_READER = "no_reader"  # the station names no reader and none is configured


class InstallationError(Exception):
    """The installation could not be resolved; `problem` says why, the message is for logs."""

    def __init__(self, problem: InstallationProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class Installation(BaseModel):
    """The resolved installation (ids only: nothing secret is in here)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    outlet_id: str
    station_id: str
    outlet_name: str | None
    outlet_address: str | None
    station_name: str | None
    stripe_account: str | None  # None: the Stripe key's own account (no Connect)
    location_id: str | None
    reader_id: str | None  # the reader payments use
    reader_source: str | None  # "config" (reader_id override) | "station" | None
    station_sequence: int | None = None  # the station's number in Final POS
    outlet_address_lines: tuple[str, ...] = ()  # for receipts: street, second line, town
    outlet_phone: str | None = None
    outlet_tax_id: str | None = None
    resolved_at: float = 0.0  # wall time of the last successful read from Final POS

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str) -> Installation:
        return cls.model_validate_json(text)

    def same_payments(self, other: Installation | None) -> bool:
        """Whether `other` takes payments exactly where this one does."""
        return other is not None and (
            self.stripe_account,
            self.location_id,
            self.reader_id,
        ) == (other.stripe_account, other.location_id, other.reader_id)


def load_cached(data_dir: Path, *, outlet_id: str, station_id: str) -> Installation | None:
    """The cached installation, if it is for this outlet and station (never raises)."""
    path = data_dir / CACHE_FILE
    try:
        cached = Installation.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValidationError) as exc:
        log.warning("ignoring the installation cache %s: %s", path, exc)
        return None
    if cached.outlet_id != outlet_id or cached.station_id != station_id:
        log.info("the installation cache is for another outlet or station; ignoring it")
        return None
    return cached


def save_cached(data_dir: Path, installation: Installation) -> None:
    """Write the cache atomically (a crash leaves the old file or the new one, never half)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".installation-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(installation.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(data_dir / CACHE_FILE)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def _address_lines(outlet: m.Outlet) -> tuple[str, ...]:
    town = " ".join(part for part in (outlet.city, outlet.post_code) if part)
    return tuple(p.strip() for p in (outlet.address, outlet.address2, town) if p and p.strip())


def _address(outlet: m.Outlet) -> str | None:
    parts = [outlet.address, outlet.address2, outlet.city, outlet.post_code]
    text = ", ".join(p.strip() for p in parts if p and p.strip())
    return text or None


async def resolve(
    finalpos: FinalPosClient,
    *,
    outlet_id: str,
    station_id: str,
    reader_override: str | None = None,
    clock: Any = time.time,
) -> Installation:
    """Read the outlet and the station from Final POS and check that they belong together."""
    try:
        outlet = await finalpos.get_outlet(outlet_id)
    except NotFoundError:
        raise InstallationError(
            InstallationProblem.OUTLET_MISSING, f"outlet {outlet_id} does not exist in Final POS"
        ) from None
    except FinalPosError as exc:
        raise _failure(exc, "reading the outlet") from None
    try:
        station = await finalpos.get_station(station_id)
    except NotFoundError:
        raise InstallationError(
            InstallationProblem.STATION_MISSING,
            f"station {station_id} does not exist in Final POS",
        ) from None
    except FinalPosError as exc:
        raise _failure(exc, "reading the station") from None
    in_outlet = station.outlet_id == outlet.id or station.id in (outlet.stations or [])
    if station.outlet_id not in (None, outlet.id) or not in_outlet:
        raise InstallationError(
            InstallationProblem.STATION_OTHER_OUTLET,
            f"station {station_id} belongs to outlet {station.outlet_id}, not {outlet_id}",
        )
    reader_id = reader_override or station.stripe_terminal_id or None
    source = "config" if reader_override else ("station" if reader_id else None)
    return Installation(
        outlet_id=outlet.id,
        station_id=station.id,
        outlet_name=outlet.name,
        outlet_address=_address(outlet),
        station_name=station.name,
        stripe_account=outlet.stripe_account_id or None,
        location_id=outlet.stripe_location_id,
        reader_id=reader_id,
        reader_source=source,
        station_sequence=station.sequence_number,
        outlet_address_lines=_address_lines(outlet),
        outlet_phone=outlet.phone,
        outlet_tax_id=outlet.tax_id,
        resolved_at=float(clock()),
    )


def _failure(exc: FinalPosError, doing: str) -> InstallationError:
    if isinstance(exc, AuthError):
        return InstallationError(
            InstallationProblem.FINALPOS_AUTH,
            f"Final POS refused the API key while {doing} (HTTP {exc.status_code})",
        )
    if isinstance(exc, UnavailableError):
        return InstallationError(
            InstallationProblem.FINALPOS_UNREACHABLE,
            f"Final POS could not be reached while {doing}: {exc}",
        )
    return InstallationError(
        InstallationProblem.FINALPOS_ERROR, f"Final POS refused {doing}: {exc}"
    )
