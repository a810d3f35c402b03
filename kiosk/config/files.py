"""Finding, trusting and parsing the TOML config file.

Which file: ``KIOSK_CONFIG_FILE`` if set (it must exist: a typo in the path would otherwise
start the kiosk without its keys), else ``<user config dir>/kiosk.toml`` (missing is fine: a
fresh install). ``KIOSK_CONFIG_FILE=/dev/null`` means "no file", for tests and scripts.

Trust rule (POSIX; skipped where there are no user ids). The file holds API keys, so it is
loaded only if nobody but the user running the kiosk (and root) can read, change or replace it:

1. the file, after following symlinks, is a regular file owned by that user (``st_uid ==
   os.geteuid()``) with no permission bit for group or others (``chmod 600``);
2. every directory above it, up to ``/``, both along the path as given and along the real path
   (so a symlink cannot lead around the rule), is owned by that user or by root, because a
   directory's owner can rename anything in it;
3. none of those directories is writable by group or others, unless it is root's and has the
   sticky bit (``/tmp``): there nobody but the owner of an entry (and root) may rename or
   delete it, so a file of ours directly in ``/tmp`` cannot be replaced and is accepted. A file
   someone else put there fails rule 1, and a directory someone else made there fails rule 2.

Group write is refused even for a private per-user group: the kiosk cannot tell who is in a
group, and a kiosk's config has no reason to be shared.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kiosk.config.errors import ConfigError

if TYPE_CHECKING:
    import tomllib

APP_NAME = "finalpos-kiosk"
CONFIG_FILE_VARIABLE = "KIOSK_CONFIG_FILE"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def config_file_path() -> Path:
    """The file ``KIOSK_CONFIG_FILE`` names, else the default one."""
    explicit = os.environ.get(CONFIG_FILE_VARIABLE)
    return Path(explicit).expanduser() if explicit else default_config_file()


@dataclass(frozen=True)
class LoadedFile:
    """What one config file held: its path and its top-level TOML table."""

    path: Path
    data: dict[str, Any] = field(repr=False)


def load_config_file() -> LoadedFile | None:
    """Read the config file if there is one: trusted (see the module docstring) and parsed."""
    explicit = os.environ.get(CONFIG_FILE_VARIABLE)
    path = config_file_path()
    if explicit and path.absolute() == Path(os.devnull):
        return None
    if not path.exists():
        if explicit:
            raise ConfigError(
                f"config file {path} does not exist ({CONFIG_FILE_VARIABLE} names it); "
                f"create it with `kiosk setup`, or fix or unset {CONFIG_FILE_VARIABLE}"
            )
        return None
    check_private(path)
    return LoadedFile(path, read_toml(path))


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error names the file, line and column, without a traceback."""
    import tomllib  # only when there is a file: most kiosks start from the environment alone

    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"config file {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(syntax_error_message(path, exc, text)) from None


_AT = re.compile(
    r"^(?P<what>.*?) \(at (?:line (?P<line>\d+), column (?P<col>\d+)|end of document)\)$"
)


def syntax_error_message(path: Path, exc: tomllib.TOMLDecodeError, text: str) -> str:
    # Python 3.11 and 3.12 put the position only in the message ("... (at line 3, column 7)",
    # or "(at end of document)"); 3.13 adds lineno/colno but keeps the message, so parse it.
    message = str(exc)
    match = _AT.match(message)
    if match is None:
        return (
            f"{path}: TOML syntax error: {message}; "
            "fix the file, or write a new one with `kiosk setup`"
        )
    if match["line"]:
        line, column = match["line"], match["col"]
    else:  # the end of the document: its last line, just past its last character
        lines = text.split("\n")
        line, column = str(len(lines)), str(len(lines[-1]) + 1)
    return (
        f"{path}:{line}:{column}: TOML syntax error: {match['what']}; fix that line "
        f'(text values need quotes: currency = "EUR"), or write a new file with `kiosk setup`'
    )


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _user(uid: int) -> str:
    return f"{_user_name(uid)} (uid {uid})"


def check_private(path: Path) -> None:
    """Refuse a config file another user could read, change or replace (module docstring)."""
    if not hasattr(os, "geteuid"):
        return
    euid = os.geteuid()
    given = path.absolute()
    real = Path(os.path.realpath(given))
    info = real.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(
            f"config file {path} is not a regular file; "
            f"point {CONFIG_FILE_VARIABLE} at the TOML file"
        )
    if info.st_uid != euid:
        raise ConfigError(
            f"config file {path} belongs to {_user(info.st_uid)}, not to {_user(euid)} who runs "
            f"the kiosk, so its keys are not yours to trust; as root run: "
            f"chown {_user_name(euid)} {path}, or write a new file with `kiosk setup`"
        )
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"config file {path} can be read or changed by other users "
            f"(mode {stat.filemode(info.st_mode)}); run: chmod 600 {path}"
        )
    check_directories(path)


def check_directories(path: Path) -> None:
    """Refuse a file whose directories let another user replace it (rules 2 and 3)."""
    if not hasattr(os, "geteuid"):
        return
    euid = os.geteuid()
    given = path.absolute()
    real = Path(os.path.realpath(given))
    seen: set[Path] = set()
    for directory in [*given.parents, *real.parents]:
        if directory in seen:
            continue
        seen.add(directory)
        info = directory.stat()
        if info.st_uid not in (euid, 0):
            raise ConfigError(
                f"directory {directory} above config file {path} belongs to "
                f"{_user(info.st_uid)}, who could replace the file; keep the file in a directory "
                f"of your own, such as {default_config_file().parent}"
            )
        sticky_root = bool(info.st_mode & stat.S_ISVTX) and info.st_uid == 0
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not sticky_root:
            raise ConfigError(
                f"directory {directory} above config file {path} is writable by other users "
                f"(mode {stat.filemode(info.st_mode)}), who could replace the file; "
                f"run: chmod go-w {directory}"
            )
