"""Logging: journald lines under systemd, else a rotating file; one line per event, no secrets."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs
from tests.packaging.conftest import REPO

# test values shaped like the real thing (a Luhn-valid test PAN, Stripe-shaped keys)
CARD = "4242 4242 4242 4242"
SECRETS = [
    "sk_live_51AbCdEfGhIjKlMnOp",
    "rk_test_9zYxWvUtSrQpOn",
    "pk_live_AbC123",
    "fp-key-0123456789abcdef",
    "4000056655665556",
    "4242-4242-4242-4242",
    "4242424242424242",
]


@pytest.fixture
def isolated_root() -> Iterator[logging.Logger]:
    """Our handlers alone on the root logger, everything restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_noisy = {name: logging.getLogger(name).level for name in logs.NOISY_LOGGERS}
    root.handlers = []
    try:
        yield root
    finally:
        logs.reset_logging()
        root.handlers = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved_noisy.items():
            logging.getLogger(name).setLevel(level)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("key sk_live_51AbCdEf used", "key sk_live_[redacted] used"),
        ("Bearer rk_test_abc", "Bearer [redacted]"),
        ("headers {'x-api-key': 'fp-secret-1'}", "headers {'x-api-key': '[redacted]'}"),
        ("(b'X-API-Key', b'fp-secret-1')", "(b'X-API-Key', b'[redacted]')"),
        ("x-api-key=fp-secret-1&a=1", "x-api-key=[redacted]&a=1"),
        (f"card {CARD} declined", "card [card redacted] declined"),
        ("pan=5555555555554444.", "pan=[card redacted]."),
        # not shaped like a card: order numbers, Luhn-invalid digit runs, times survive
        ("order K1-000123 at 1733040000123", "order K1-000123 at 1733040000123"),
        ("total 4242424242424241 minor", "total 4242424242424241 minor"),
        ("pk_other and sk_test_ alone", "pk_other and sk_test_ alone"),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert logs.redact(text) == expected
    assert logs.redact(expected) == expected  # idempotent: each handler's filter may run


def test_no_secret_reaches_any_handler_even_in_arguments_and_tracebacks(
    isolated_root: logging.Logger, tmp_path: Path
) -> None:
    stream = io.StringIO()
    log_file = logs.configure_logging(
        "DEBUG", journal=False, log_dir=tmp_path, stream=stream, force=True
    )
    assert log_file == tmp_path / logs.LOG_FILE_NAME
    log = logging.getLogger("kiosk.test")
    log.info("keys %s and %s", SECRETS[0], SECRETS[1])
    log.debug("httpx headers %r", [(b"x-api-key", SECRETS[3].encode())])
    try:
        raise ValueError(f"refused {SECRETS[2]} for card {SECRETS[4]}")
    except ValueError:
        log.exception("payment failed for %s / %s", SECRETS[5], SECRETS[6])
    for handler in isolated_root.handlers:
        handler.flush()
    for text in (stream.getvalue(), log_file.read_text(encoding="utf-8")):
        assert "payment failed" in text and "ValueError" in text
        for secret in SECRETS:
            assert secret not in text
        # one line per event, the traceback folded onto its line
        assert len(text.splitlines()) == 3


def test_under_the_journal_lines_carry_a_priority_and_no_file_is_written(
    isolated_root: logging.Logger, tmp_path: Path
) -> None:
    stream = io.StringIO()
    journal = logs.configure_logging(
        "INFO", journal=True, log_dir=tmp_path, stream=stream, force=True
    )
    assert journal is None
    logging.getLogger("kiosk.app").warning("reader offline")
    logging.getLogger("kiosk.app").info("till session open")
    logging.getLogger("kiosk.app").debug("not shown")
    logging.getLogger("httpx").info("HTTP Request: GET /v1/api/products")  # too chatty at INFO
    assert stream.getvalue().splitlines() == [
        "<4>WARNING kiosk.app: reader offline",
        "<6>INFO kiosk.app: till session open",
    ]
    assert list(tmp_path.iterdir()) == []


def test_the_journal_is_detected_by_the_stream_systemd_connected(tmp_path: Path) -> None:
    target = tmp_path / "stderr"
    with target.open("w") as stream:
        st = os.fstat(stream.fileno())
        assert logs.under_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}, stream)
        # a child whose stderr went elsewhere inherits the variable, not the journal
        assert not logs.under_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino + 1}"}, stream)
        assert not logs.under_journal({}, stream)
        assert not logs.under_journal({"JOURNAL_STREAM": "garbage"}, stream)


def test_someone_elses_logging_setup_is_left_alone(
    isolated_root: logging.Logger, tmp_path: Path
) -> None:
    theirs = logging.StreamHandler(io.StringIO())
    isolated_root.addHandler(theirs)
    before = isolated_root.handlers[:]  # theirs, and pytest's own capture handlers
    assert logs.configure_logging("INFO", journal=False, log_dir=tmp_path) is None
    assert isolated_root.handlers == before
    assert list(tmp_path.iterdir()) == []
    # forced: ours are added, and a second call replaces them instead of doubling
    logs.configure_logging("INFO", journal=False, log_dir=tmp_path, force=True)
    logs.configure_logging("INFO", journal=False, log_dir=tmp_path, force=True)
    assert len(isolated_root.handlers) == len(before) + 2


def test_the_kiosk_command_logs_to_a_file_under_the_user_log_dir(tmp_path: Path) -> None:
    """End to end through kiosk.app.main: a config error is still logged nowhere secret."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "JOURNAL_"))}
    env.update(
        PYTHONPATH=str(REPO),
        XDG_STATE_HOME=str(tmp_path / "state"),
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        KIOSK_FINALPOS_API_KEY=SECRETS[3],
    )
    code = (
        "import logging, sys\n"
        "from kiosk.logs import configure_logging\n"
        "path = configure_logging('INFO')\n"
        f"logging.getLogger('kiosk').warning('started with %s', {SECRETS[0]!r})\n"
        "print(path)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    path = Path(done.stdout.strip())
    assert path.is_relative_to(tmp_path / "state")
    text = path.read_text(encoding="utf-8")
    assert "started with sk_live_[redacted]" in text and SECRETS[0] not in done.stderr
