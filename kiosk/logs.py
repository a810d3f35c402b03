"""Logging set-up: one line per event, to the journal under systemd, else to a rotating file.

Under systemd (``JOURNAL_STREAM`` names our stderr) lines go to stderr only, without a time stamp
(the journal adds one) and with a ``<N>`` syslog priority prefix, which journald turns into the
entry's PRIORITY, so ``journalctl -p warning`` works. Anywhere else lines go to stderr and to a
rotating file under the user's log directory (``platformdirs.user_log_dir``), so a kiosk started
by hand still leaves something for staff to send.

A multi-line message (a traceback) is folded onto one line: journald would otherwise make one
entry per line and interleave them with other events. Every handler carries `RedactingFilter`,
which masks anything shaped like a Stripe key, an ``x-api-key`` value, a bearer token or a card
number before the line is written, whatever logger it came from (httpx debug lines included).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import platformdirs

APP_NAME = "finalpos-kiosk"
LOG_FILE_NAME = "kiosk.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 5
# one line per request at INFO (every product image; every Stripe call while a card is followed)
NOISY_LOGGERS = ("httpx", "httpcore", "stripe")
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JOURNAL_FORMAT = "%(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

_STRIPE_KEY = re.compile(r"\b(sk|rk|pk)_(test|live)_[A-Za-z0-9]+")
# x-api-key: value / "x-api-key": "value" / (b'x-api-key', b'value') as httpx/httpcore print it
_API_KEY_VALUE = re.compile(
    r"""(x-api-key['"]?\s*[:=,]\s*(?:b?['"])?+)(?!\[redacted\])[^\s'",;&)}\]]+""", re.IGNORECASE
)
_BEARER = re.compile(r"(\bbearer\s+)(?!\[redacted\])[^\s'\",;&)}\]]+", re.IGNORECASE)
# 13 to 19 digits, optionally grouped by single spaces or dashes; masked when Luhn-valid, so
# order numbers and millisecond time stamps mostly survive while every real PAN is caught.
_CARD_CANDIDATE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")

# syslog priorities (sd-daemon(3)): journald reads a leading <N> on a stream line
_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _mask_card(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return "[card redacted]" if _luhn_ok(digits) else match.group(0)


def redact(text: str) -> str:
    """`text` with Stripe keys, x-api-key values, bearer tokens and card numbers masked.

    Idempotent: every handler's filter may run over an already masked message.
    """
    text = _API_KEY_VALUE.sub(lambda m: m.group(1) + REDACTED, text)
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
    text = _STRIPE_KEY.sub(lambda m: f"{m.group(1)}_{m.group(2)}_{REDACTED}", text)
    return _CARD_CANDIDATE.sub(_mask_card, text)


class RedactingFilter(logging.Filter):
    """Masks secrets in the message, its arguments and any traceback of every record.

    The record is rewritten in place (message formatted, args dropped, traceback pre-rendered),
    so every handler after this one sees only the masked text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class OneLineFormatter(logging.Formatter):
    """Folds tracebacks and multi-line messages onto one line (`` | `` between lines)."""

    def __init__(self, fmt: str, *, priority_prefix: bool = False) -> None:
        super().__init__(fmt)
        self.priority_prefix = priority_prefix

    def format(self, record: logging.LogRecord) -> str:
        line = " | ".join(part for part in super().format(record).splitlines() if part.strip())
        if self.priority_prefix:
            level = max((lv for lv in _PRIORITY if lv <= record.levelno), default=logging.DEBUG)
            line = f"<{_PRIORITY[level]}>{line}"
        return line


def under_journal(env: Mapping[str, str] | None = None, stream: TextIO | None = None) -> bool:
    """True when `stream` (stderr) is the journal stream systemd gave us (``JOURNAL_STREAM``).

    systemd sets ``JOURNAL_STREAM=<dev>:<inode>`` of the stream it connected; a child whose
    stderr was redirected elsewhere inherits the variable, so the device and inode are compared
    as sd_journal_stream_fd(3) advises.
    """
    value = (os.environ if env is None else env).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    try:
        stat = os.fstat((sys.stderr if stream is None else stream).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (stat.st_dev, stat.st_ino) == (int(device), int(inode))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


_installed: list[logging.Handler] = []


def configure_logging(
    level: str | int = "INFO",
    *,
    journal: bool | None = None,
    log_dir: Path | None = None,
    stream: TextIO | None = None,
    force: bool = False,
) -> Path | None:
    """Set up the root logger for the kiosk; returns the log file, or None under the journal.

    `level` is a name ("DEBUG", "info") or a number; an unknown name means INFO. `journal`
    defaults to `under_journal()`. Calling it again replaces what the previous call installed.
    Like `logging.basicConfig`, it leaves a root logger that someone else already configured
    (pytest, an embedding program) alone unless `force` is true.
    """
    if isinstance(level, str):
        resolved = logging.getLevelName(level.strip().upper())
        numeric = resolved if isinstance(resolved, int) else logging.INFO
    else:
        numeric = level
    out = sys.stderr if stream is None else stream
    if journal is None:
        journal = under_journal(stream=out)
    root = logging.getLogger()
    if not force and any(h not in _installed for h in root.handlers):
        return None
    for old in _installed:
        root.removeHandler(old)
        old.close()
    _installed.clear()

    redactor = RedactingFilter()
    console = logging.StreamHandler(out)
    console.addFilter(redactor)
    console.setFormatter(
        OneLineFormatter(JOURNAL_FORMAT if journal else FILE_FORMAT, priority_prefix=journal)
    )
    _installed.append(console)
    log_file: Path | None = None
    if not journal:
        folder = default_log_dir() if log_dir is None else log_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log_file = folder / LOG_FILE_NAME
            to_file = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError as exc:  # a read-only home must not stop the kiosk
            log_file = None
            print(f"kiosk: cannot write logs under {folder}: {exc}", file=out)
        else:
            to_file.addFilter(redactor)
            to_file.setFormatter(OneLineFormatter(FILE_FORMAT))
            _installed.append(to_file)
    for handler in _installed:
        root.addHandler(handler)
    root.setLevel(numeric)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING if numeric > logging.DEBUG else numeric)
    return log_file


def reset_logging() -> None:
    """Remove and close what `configure_logging` installed (tests, and re-running main())."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
