"""``kiosk staff``: add, list and remove the people who may open staff mode.

    kiosk staff add NAME --role manager   # asks for the PIN twice (never echoed)
    kiosk staff list                      # names and roles, never hashes
    kiosk staff remove NAME

Members live in the config file (``KIOSK_CONFIG_FILE`` or the user config dir) as
``[[staff]]`` tables with ``name``, ``role`` and ``pin_hash`` (see `kiosk.services.staff.pins`).
The file is edited as text, so comments and the rest of the file stay as they are; the new
text is checked with tomllib, then written owner-only (0600) to a temporary file in the same
directory, fsynced and renamed over the old one: a crash leaves the old file or the new one.

`write_config_text` is the one function that writes the file; it stands in for the config
module's write helper until that lands.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.services.staff import FALLBACK_ROLES, PinFormatError, hash_pin, validate_pin, verify_pin
from kiosk.services.staff.pins import MAX_PIN_DIGITS, MIN_PIN_DIGITS

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_REFUSED = 3


def config_path() -> Path:
    explicit = os.environ.get("KIOSK_CONFIG_FILE")
    if explicit:
        return Path(explicit)
    from kiosk.config import default_config_file

    return default_config_file()


def write_config_text(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically, owner-only (0600), fsynced."""
    tomllib.loads(text)  # never write a file the kiosk could not read back
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch >= " " else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'


def staff_members(text: str) -> list[dict[str, Any]]:
    staff = tomllib.loads(text).get("staff", [])
    return [m for m in staff if isinstance(m, dict)] if isinstance(staff, list) else []


def add_member(text: str, *, name: str, role: str, pin_hash: str) -> str:
    block = (
        "\n[[staff]]\n"
        f"name = {_toml_string(name)}\n"
        f"role = {_toml_string(role)}\n"
        f"pin_hash = {_toml_string(pin_hash)}\n"
    )
    return text.rstrip("\n") + ("\n" if text.strip() else "") + block


def remove_member(text: str, name: str) -> str:
    """`text` without the ``[[staff]]`` table(s) named `name` (other text unchanged)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip() == "[[staff]]":
            end = index + 1
            while end < len(lines) and not lines[end].lstrip().startswith("["):
                end += 1
            block = "".join(lines[index:end])
            members = staff_members(block)
            if members and members[0].get("name") == name:
                index = end
                continue
            out.extend(lines[index:end])
            index = end
            continue
        out.append(line)
        index += 1
    return "".join(out)


def _say(text: str, *, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _ask_pin(ask: Callable[[str], str]) -> str | None:
    first = ask(f"PIN ({MIN_PIN_DIGITS}-{MAX_PIN_DIGITS} digits): ")
    try:
        validate_pin(first)
    except PinFormatError as exc:
        _say(f"kiosk staff: {exc}", err=True)
        return None
    if ask("PIN again: ") != first:
        _say("kiosk staff: the two PINs differ; nothing was changed", err=True)
        return None
    return first


def main(argv: Sequence[str] | None = None, *, ask: Callable[[str], str] = getpass.getpass) -> int:
    parser = argparse.ArgumentParser(prog="kiosk staff", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a person (asks for the PIN twice)")
    add.add_argument("name")
    add.add_argument("--role", default="staff", help="staff, manager or a Final POS role name")
    add.add_argument("--replace", action="store_true", help="replace a person of that name")
    remove = sub.add_parser("remove", help="remove a person")
    remove.add_argument("name")
    sub.add_parser("list", help="list names and roles")
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)

    path = config_path()
    try:
        text = _read(path)
        members = staff_members(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        _say(f"kiosk staff: cannot read {path}: {exc}", err=True)
        return EXIT_USAGE

    if args.command == "list":
        for member in members:
            _say(f"{member.get('name')}\t{member.get('role')}")
        return EXIT_OK

    if args.command == "remove":
        if not any(m.get("name") == args.name for m in members):
            _say(f"kiosk staff: nobody called {args.name!r} in {path}", err=True)
            return EXIT_REFUSED
        write_config_text(path, remove_member(text, args.name))
        _say(f"removed {args.name} from {path}")
        return EXIT_OK

    name = args.name.strip()
    if not name:
        _say("kiosk staff: the name is empty", err=True)
        return EXIT_USAGE
    exists = any(m.get("name") == name for m in members)
    if exists and not args.replace:
        _say(f"kiosk staff: {name!r} exists; use --replace to change the PIN", err=True)
        return EXIT_REFUSED
    if args.role.lower() not in FALLBACK_ROLES:
        _say(
            f"note: {args.role!r} is not a local role (staff, manager): it needs a Final POS "
            "role of that name to grant anything",
            err=True,
        )
    pin = _ask_pin(ask)
    if pin is None:
        return EXIT_REFUSED
    for member in members:
        stored = member.get("pin_hash")
        if member.get("name") != name and isinstance(stored, str):
            with contextlib.suppress(PinFormatError):
                if verify_pin(pin, stored):
                    # Sign-in finds the person by PIN alone, so PINs must differ.
                    _say("kiosk staff: that PIN is taken; choose another", err=True)
                    return EXIT_REFUSED
    if exists:
        text = remove_member(text, name)
    text = add_member(text, name=name, role=args.role, pin_hash=hash_pin(pin))
    write_config_text(path, text)
    _say(f"{'updated' if exists else 'added'} {name} ({args.role}) in {path}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
