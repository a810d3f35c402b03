"""`kiosk setup`: first-run pairing in a terminal, the way `gh auth login` feels.

It asks for the Final POS API key and checks it; lists the company's outlets and the chosen
outlet's stations (or creates a kiosk station); asks for the Stripe key and checks that it
reaches the outlet's connected account and Terminal location; lists the readers at that
location and offers the station's reader (or sets the one staff choose on the station in
Final POS, so the back office sees it too); then writes the owner-only TOML atomically and
prints what it wrote with the secrets masked. Keys are read without echo and never printed.

Non-interactive (scripted installs): ``--non-interactive`` with the keys in the environment
(``KIOSK_FINALPOS_API_KEY``, ``KIOSK_STRIPE_API_KEY``) and ``--outlet``, ``--station`` or
``--create-station NAME``, optionally ``--reader``. Training kiosks point ``--finalpos-url``
and ``--stripe-url`` at `kiosk sandbox` (loopback addresses only).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kiosk.config import ConfigError, config_file_path

T = TypeVar("T")

DEFAULT_FINALPOS_URL = "https://api.finalpos.com"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class SetupFailed(Exception):
    """Setup cannot go on; the message says what is wrong and what to do."""


@dataclass
class Terminal:
    """Where questions go and answers come from (a pseudo-terminal in tests)."""

    interactive: bool
    ask: Callable[[str], str] = input
    ask_secret: Callable[[str], str] = getpass.getpass
    say: Callable[[str], None] = print

    def choose(self, title: str, options: list[tuple[str, T]], default: int | None = 0) -> T:
        if not options:
            raise SetupFailed(f"nothing to choose from for {title}")
        if not self.interactive:
            if default is None:
                raise SetupFailed(f"{title}: pass it on the command line")
            return options[default][1]
        self.say(f"{title}:")
        for number, (label, _value) in enumerate(options, start=1):
            self.say(f"  {number}) {label}")
        hint = f" [{default + 1}]" if default is not None else ""
        for _ in range(5):
            answer = self.ask(f"choose 1-{len(options)}{hint}: ").strip()
            if not answer and default is not None:
                return options[default][1]
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return options[int(answer) - 1][1]
            self.say(f"please type a number from 1 to {len(options)}")
        raise SetupFailed(f"no valid choice for {title}")

    def confirm(self, question: str, *, default: bool = True) -> bool:
        if not self.interactive:
            return default
        hint = "Y/n" if default else "y/N"
        answer = self.ask(f"{question} [{hint}] ").strip().lower()
        return default if not answer else answer.startswith("y")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk setup",
        description="Pair this kiosk with a Final POS outlet and station and its Stripe reader.",
    )
    parser.add_argument("--non-interactive", action="store_true", help="ask nothing")
    parser.add_argument("--config", type=Path, help="the file to write (default: as kiosk reads)")
    parser.add_argument("--finalpos-url", default=None, help=f"default {DEFAULT_FINALPOS_URL}")
    parser.add_argument("--stripe-url", default=None, help="loopback sandbox only (training)")
    parser.add_argument("--outlet", help="Final POS outlet id")
    station = parser.add_mutually_exclusive_group()
    station.add_argument("--station", help="Final POS station id of this kiosk")
    station.add_argument("--create-station", metavar="NAME", help="create a kiosk station")
    parser.add_argument("--reader", help="Stripe reader id (default: the station's reader)")
    parser.add_argument("--data-dir", type=Path, help="where the kiosk keeps its state")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str], terminal: Terminal | None = None) -> int:
    args = parse_args(argv)
    interactive = not args.non_interactive
    if interactive and terminal is None and not sys.stdin.isatty():
        print(
            "kiosk setup: no terminal to ask in; use --non-interactive with the keys in "
            "KIOSK_FINALPOS_API_KEY and KIOSK_STRIPE_API_KEY",
            file=sys.stderr,
        )
        return EXIT_USAGE
    term = terminal or Terminal(interactive=interactive)
    try:
        written = asyncio.run(_setup(args, term))
    except SetupFailed as exc:
        term.say(f"kiosk setup: {exc}")
        return EXIT_FAILED
    except ConfigError as exc:
        term.say(f"kiosk setup: {exc}")
        return EXIT_USAGE
    except (KeyboardInterrupt, EOFError):
        term.say("\nkiosk setup: stopped; nothing was written")
        return EXIT_FAILED
    term.say(f"\nnext: kiosk check, then kiosk (the configuration is in {written})")
    return EXIT_OK


def _secret(term: Terminal, variable: str, question: str) -> str:
    value = os.environ.get(variable, "").strip()
    if value:
        term.say(f"{question}: taken from {variable}")
        return value
    if not term.interactive:
        raise SetupFailed(f"{variable} is not set (the key is read from it without a prompt)")
    for _ in range(3):
        value = term.ask_secret(f"{question}: ").strip()
        if value:
            return value
    raise SetupFailed(f"no {question.lower()} was given")


async def _setup(args: argparse.Namespace, term: Terminal) -> Path:
    from pydantic import SecretStr

    from kiosk.config import is_loopback, masked, write_config_file

    finalpos_url = (args.finalpos_url or DEFAULT_FINALPOS_URL).rstrip("/")
    _check_endpoint("finalpos_url", finalpos_url, is_loopback)
    if args.stripe_url:
        _check_endpoint("stripe_url", args.stripe_url, is_loopback, loopback_only=True)
    fp_key = _secret(term, "KIOSK_FINALPOS_API_KEY", "Final POS API key")
    finalpos = await _final_pos(term, finalpos_url, fp_key)
    try:
        outlet = await _choose_outlet(term, finalpos, args.outlet)
        station = await _choose_station(term, finalpos, outlet, args.station, args.create_station)
        stripe_key = _secret(
            term, "KIOSK_STRIPE_API_KEY", "Stripe secret or restricted key (rk_… recommended)"
        )
        if stripe_key.startswith("pk_"):
            raise SetupFailed("that is a publishable key (pk_…); a restricted key rk_… is needed")
        reader_override = await _choose_reader(
            term, finalpos, outlet, station, stripe_key, args.stripe_url, args.reader
        )
    finally:
        await finalpos.aclose()
    values: dict[str, Any] = {
        "finalpos_api_key": SecretStr(fp_key),
        "outlet_id": outlet.id,
        "station_id": station.id,
        "stripe_api_key": SecretStr(stripe_key),
    }
    if finalpos_url != DEFAULT_FINALPOS_URL:
        values["finalpos_url"] = finalpos_url
    if args.stripe_url:
        values["stripe_url"] = args.stripe_url.rstrip("/")
    if reader_override:
        values["reader_id"] = reader_override
    if args.data_dir:
        values["data_dir"] = str(args.data_dir)
    path = args.config or config_file_path()
    write_config_file(path, values)
    term.say(f"\nwrote {path} (mode 600):")
    for key, value in masked(values).items():
        term.say(f"  {key} = {value}")
    return path


def _check_endpoint(
    name: str, url: str, is_loopback: Callable[[str | None], bool], *, loopback_only: bool = False
) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"--{name.replace('_', '-')} {url!r} is not an http(s) URL")
    local = is_loopback(parts.hostname)
    if loopback_only and not local:
        raise ConfigError(f"--{name.replace('_', '-')} is for a loopback sandbox only")
    if parts.scheme == "http" and not local:
        raise ConfigError(f"--{name.replace('_', '-')} must use https:// (http only on loopback)")


async def _final_pos(term: Terminal, url: str, key: str) -> Any:
    from kiosk.finalpos.client import FinalPosClient
    from kiosk.finalpos.errors import AuthError, FinalPosError

    client = FinalPosClient.create(base_url=url, api_key=key, timeout_s=10.0)
    try:
        await client.list_outlets()
    except AuthError:
        await client.aclose()
        raise SetupFailed(
            "Final POS refused the API key; create one under Manage → Settings → API Keys"
        ) from None
    except FinalPosError as exc:
        await client.aclose()
        raise SetupFailed(f"Final POS at {url} cannot be reached: {exc}") from None
    term.say("✓ Final POS key accepted")
    return client


async def _choose_outlet(term: Terminal, finalpos: Any, outlet_id: str | None) -> Any:
    outlets = await finalpos.list_outlets()
    if outlet_id:
        found = [o for o in outlets if o.id == outlet_id]
        if not found:
            raise SetupFailed(f"outlet {outlet_id} is not in this company")
        return found[0]
    if not outlets:
        raise SetupFailed("this Final POS company has no outlet; create one in the back office")
    options = [(f"{o.name or o.id}  ({o.id})", o) for o in outlets]
    return term.choose("Outlet", options, default=0 if len(outlets) == 1 else None)


async def _choose_station(
    term: Terminal, finalpos: Any, outlet: Any, station_id: str | None, create: str | None
) -> Any:
    from kiosk.finalpos import models as m

    stations = [s for s in await finalpos.list_stations() if s.outlet_id == outlet.id]
    if station_id:
        found = [s for s in stations if s.id == station_id]
        if not found:
            raise SetupFailed(f"station {station_id} is not a station of outlet {outlet.id}")
        return found[0]
    if create is None:
        options: list[tuple[str, Any]] = [(f"{s.name or s.id}  ({s.id})", s) for s in stations]
        options.append(("create a new kiosk station", None))
        choice = term.choose(f"Station in {outlet.name or outlet.id}", options, default=None)
        if choice is not None:
            return choice
        create = term.ask("name of the new station: ").strip() or "Self-service kiosk"
    created = await finalpos.create_station(
        m.StationCreate(name=create, outlet_id=outlet.id, status="AVAILABLE")
    )
    term.say(f"✓ created station {created.name} ({created.id})")
    return created


async def _choose_reader(
    term: Terminal,
    finalpos: Any,
    outlet: Any,
    station: Any,
    stripe_key: str,
    stripe_url: str | None,
    reader_id: str | None,
) -> str | None:
    """The reader for this station; returns a `reader_id` override only when one is needed."""
    from kiosk.finalpos import models as m
    from kiosk.payments.gateway import PaymentError
    from kiosk.payments.stripe_terminal import StripeTerminalGateway

    account = outlet.stripe_account_id or None
    location_id = outlet.stripe_location_id
    if not location_id:
        raise SetupFailed(
            f"outlet {outlet.name or outlet.id} has no Stripe Terminal location in Final POS"
        )
    gateway = StripeTerminalGateway(stripe_key, stripe_account=account, base_url=stripe_url)
    try:
        location = await gateway.retrieve_location_async(location_id)
        readers = await gateway.list_readers_async(location_id=location_id)
    except PaymentError as exc:
        raise SetupFailed(_stripe_problem(exc, account or "the key's own account")) from None
    finally:
        await gateway.aclose()
    term.say(
        f"✓ Stripe key reaches account {account or '(own)'} and location "
        f"{location.display_name or location.id}"
    )
    current = station.stripe_terminal_id
    if reader_id is None:
        if not readers:
            raise SetupFailed(f"no reader is registered at location {location_id}")
        default = next((i for i, r in enumerate(readers) if r.id == current), None)
        if default is None and len(readers) == 1:
            default = 0
        options = [(f"{r.label or r.id}  ({r.id}, {r.status or 'unknown'})", r.id) for r in readers]
        reader_id = term.choose("Card reader for this kiosk", options, default=default)
    elif reader_id not in {r.id for r in readers}:
        raise SetupFailed(f"reader {reader_id} is not registered at location {location_id}")
    if reader_id == current:
        term.say(f"✓ the station's reader {reader_id}")
        return None
    if current is None or term.confirm(
        f"Set {reader_id} as the station's reader in Final POS (was {current})?"
    ):
        await finalpos.update_station(station.id, m.StationUpdate(stripe_terminal_id=reader_id))
        term.say(f"✓ station {station.name or station.id} now uses reader {reader_id}")
        return None
    return reader_id  # kept only in this kiosk's config, as an explicit override


def _stripe_problem(exc: Exception, account: str) -> str:
    code = getattr(exc, "code", None)
    if code == "authentication_error":
        return "Stripe refused the key; create a restricted key (see the README's permissions)"
    if code == "permission_error":
        return f"the Stripe key lacks a permission: {exc}"
    if code == "resource_missing":
        return f"the outlet's Stripe location does not exist on account {account}"
    return f"Stripe refused access to account {account}: {exc}"
