"""The settings snapshot: keyed by every input, private, secret-free, a miss when in doubt."""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.config.snapshot import (
    MenuSettings,
    read_snapshot,
    snapshot_dir,
    snapshot_key,
    snapshot_path,
    write_snapshot,
)
from tests.config.conftest import WriteConfig

FINALPOS_KEY = "fp_live_snapshot_secret_4711"
STRIPE_KEY = "sk_test_snapshotsecret0815"
SMTP_PASSWORD = "smtp-snapshot-password-42"
PIN_HASH = "scrypt$16384$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA=="
CONFIG = f"""\
finalpos_url = "http://127.0.0.1:9"
finalpos_api_key = "{FINALPOS_KEY}"
stripe_api_key = "{STRIPE_KEY}"
stripe_url = "http://127.0.0.1:9"
outlet_id = "outlet-1"
station_id = "station-1"
store_name = "Corner Café"
currency = "GBP"
locale = "de_DE"
default_tax_table = "reduced"
item_notes = true
idle_timeout_s = 45
[[tax_tables]]
name = "reduced"
rate = "7.50"
inclusive = false
[upsell_pairs]
Coffee = "Pastries"
[[staff]]
name = "Ann"
pin_hash = "{PIN_HASH}"
[receipts.smtp]
host = "smtp.example.com"
from_address = "r@example.com"
password = "{SMTP_PASSWORD}"
"""


@pytest.fixture(autouse=True)
def _cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def store(config_file: WriteConfig) -> Path:
    return config_file(CONFIG)


def test_a_snapshot_reads_back_as_the_menu_settings_it_was_written_from(store: Path) -> None:
    menu = MenuSettings.from_settings(load_settings())
    key = snapshot_key({})
    path = write_snapshot(key, menu)
    assert path == snapshot_path(key) and path.parent == snapshot_dir()
    assert read_snapshot(key) == menu
    # the values the first frame uses, not their defaults
    assert (menu.currency, menu.locale, menu.store_name) == ("GBP", "de_DE", "Corner Café")
    assert [(t.name, t.rate, t.inclusive) for t in menu.tax_tables] == [("reduced", "7.50", False)]
    assert menu.upsell_pairs == (("Coffee", "Pastries"),) and menu.item_notes
    assert menu.live and menu.stripe_api_key_set and menu.idle_timeout_s == 45.0


def test_the_file_is_private_and_holds_no_secret(store: Path) -> None:
    key = snapshot_key({})
    path = write_snapshot(key, MenuSettings.from_settings(load_settings()))
    assert path is not None
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    for secret in (FINALPOS_KEY, STRIPE_KEY, SMTP_PASSWORD, PIN_HASH, "c2FsdHNhbHRzYWx0"):
        assert secret not in text
    assert "finalpos_api_key" in text  # the names of the credentials that are set, only


def test_the_same_inputs_give_the_same_key_and_other_variables_do_not_count(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = snapshot_key({"fullscreen": True})
    monkeypatch.setenv("SOMETHING_ELSE", "1")
    assert snapshot_key({"fullscreen": True}) == key


def _touch_source(sources: Path) -> None:
    source = sources / "model.py"
    info = source.stat()
    os.utime(source, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


CHANGES: dict[str, Callable[[pytest.MonkeyPatch, Path, Path], object]] = {
    "config file bytes": lambda mp, store, _s: store.write_text(CONFIG + "kiosk_name = 'K2'\n"),
    "config file mode": lambda mp, store, _s: store.chmod(0o400),
    "config file path": lambda mp, store, _s: mp.setenv(
        "KIOSK_CONFIG_FILE", str(shutil.copy2(store, store.with_name("other.toml")))
    ),
    "a KIOSK_* value": lambda mp, _store, _s: mp.setenv("KIOSK_DATA_DIR", "/elsewhere"),
    "a new KIOSK_* variable": lambda mp, _store, _s: mp.setenv("KIOSK_ORDER_TYPES", "false"),
    "HOME": lambda mp, _store, _s: mp.setenv("HOME", "/home/someone-else"),
    "an XDG_* variable": lambda mp, _store, _s: mp.setenv("XDG_CONFIG_HOME", "/etc/xdg-else"),
    "a config source file's mtime": lambda mp, _store, sources: _touch_source(sources),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_input_changes_the_key(
    change: str, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(Path(__file__).parents[2] / "kiosk" / "config", sources)
    monkeypatch.setattr("kiosk.config.snapshot.CONFIG_SOURCES", sources)
    key = snapshot_key({})
    write_snapshot(key, MenuSettings.from_settings(load_settings()))
    CHANGES[change](monkeypatch, store, sources)
    changed = snapshot_key({})
    assert changed != key
    assert read_snapshot(changed) is None  # a miss


@pytest.mark.parametrize("overrides", [{"fullscreen": True}, {"orientation": "portrait"}])
def test_an_override_changes_the_key(store: Path, overrides: dict[str, object]) -> None:
    assert snapshot_key(overrides) != snapshot_key({})


def test_a_new_snapshot_removes_the_others(store: Path) -> None:
    menu = MenuSettings.from_settings(load_settings())
    first = write_snapshot(snapshot_key({}), menu)
    second = write_snapshot(snapshot_key({"fullscreen": True}), menu)
    assert first is not None and second is not None
    assert sorted(snapshot_dir().iterdir()) == [second]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"format": 1, "key": "KEY", "settings": {"currency": "EUR"}}'],
    ids=["not-json", "not-an-object", "missing-fields"],
)
def test_a_corrupt_snapshot_is_a_logged_miss(
    store: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    key = snapshot_key({})
    path = snapshot_path(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(content.replace(b"KEY", key.encode()))
    path.chmod(0o600)
    with caplog.at_level(logging.WARNING, logger="kiosk.config.snapshot"):
        assert read_snapshot(key) is None
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "corrupt" in caplog.text


def test_a_wrongly_typed_value_is_corrupt(store: Path, caplog: pytest.LogCaptureFixture) -> None:
    key = snapshot_key({})
    menu = MenuSettings.from_settings(load_settings())
    path = write_snapshot(key, dataclasses.replace(menu, order_types=1))  # type: ignore[arg-type]
    assert path is not None
    with caplog.at_level(logging.WARNING, logger="kiosk.config.snapshot"):
        assert read_snapshot(key) is None
    assert "corrupt" in caplog.text


def test_a_snapshot_of_another_format_or_key_is_a_quiet_miss(
    store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key = snapshot_key({})
    path = write_snapshot(key, MenuSettings.from_settings(load_settings()))
    assert path is not None
    path.write_text(path.read_text().replace('"format": 1', '"format": 99'))
    with caplog.at_level(logging.WARNING, logger="kiosk.config.snapshot"):
        assert read_snapshot(key) is None
    assert caplog.records == []


def test_a_snapshot_others_can_read_is_not_used(
    store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key = snapshot_key({})
    path = write_snapshot(key, MenuSettings.from_settings(load_settings()))
    assert path is not None
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="kiosk.config.snapshot"):
        assert read_snapshot(key) is None
    assert "not private" in caplog.text


def test_an_unwritable_cache_is_logged_and_the_kiosk_goes_on(
    store: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    menu = MenuSettings.from_settings(load_settings())
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING, logger="kiosk.config.snapshot"):
        assert write_snapshot(snapshot_key({}), menu) is None
    assert "not written" in caplog.text


def test_the_snapshot_module_and_kiosk_app_start_without_pydantic_babel_or_qt() -> None:
    """Nor Qt: PySide6's import hook makes pydantic dearer to import after it (kiosk.app)."""
    import subprocess
    import sys

    code = (
        "import sys, kiosk.config.snapshot, kiosk.app\n"
        "heavy = ('pydantic', 'pydantic_settings', 'babel', 'PySide6')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
