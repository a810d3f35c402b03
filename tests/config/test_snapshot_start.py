"""`kiosk` starting from the settings snapshot: the same menu, no pydantic before the first frame,
and a bad configuration still refused with the same message and exit code.

Each start is a fresh interpreter running `kiosk.app.main` on a live configuration (Final POS
and Stripe at a loopback port nobody listens on: the menu comes from the catalog cache, and
the background loops only fail to connect) with a few hooks that report what was loaded when.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import load_settings
from kiosk.config.snapshot import MenuSettings, snapshot_dir, snapshot_key, write_snapshot
from kiosk.domain.catalog import Catalog
from kiosk.services.catalog import CACHE_FILE
from kiosk.services.catalog_cache import write_cache
from tests.ui.fakes import make_catalog

REPO = Path(__file__).parents[2]

CHILD = r"""
import json, sys
from kiosk import app
from kiosk.kiosk_app import Kiosk

seen = {}
on_frame = Kiosk._on_frame

def _on_frame(self):  # PySide looks the slot up by its name
    on_frame(self)
    if self.first_menu_frame.is_set() and "first_frame" not in seen:
        checked = self.settings is not None
        seen["first_frame"] = {"pydantic": "pydantic" in sys.modules, "checked": checked}
        seen["babel_at_first_frame"] = "babel" in sys.modules

start = Kiosk.start_async

async def start_and_close(self, **options):
    self.initial_screen = "menu"  # as benchmarks/startup.py starts: a first frame with prices
    try:
        await start(self, **options)
        seen["started"] = {
            "pydantic": "pydantic" in sys.modules,
            "checked": self.settings is not None,
            "menu": self.menu.to_json(),
            "store_name": self.vms.app.property("storeName"),
            "currency": self.vms.formatter.currency,
            "categories": [c.name for c in self.vms.menu.catalog.categories],
            "idle_timeout_s": self.settings.idle_timeout_s,
            "prices": [row[2] for row in self.vms.menu.product_model.rows],
        }
    finally:
        self._closed.set()

Kiosk._on_frame = _on_frame
Kiosk.start_async = start_and_close
code = app.main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


@pytest.fixture
def live_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A live store's environment, also set in this process (the same snapshot key)."""
    for name in ("HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    data = tmp_path / "data"
    settings = {
        "KIOSK_DATA_DIR": str(data),
        "KIOSK_FINALPOS_URL": "http://127.0.0.1:9",
        "KIOSK_FINALPOS_API_KEY": "fp_live_start_secret",
        "KIOSK_STRIPE_URL": "http://127.0.0.1:9",
        "KIOSK_STRIPE_API_KEY": "sk_test_startsecret",
        "KIOSK_OUTLET_ID": "outlet-1",
        "KIOSK_STATION_ID": "station-1",
        "KIOSK_READER_ID": "tmr_1",
        "KIOSK_STORE_NAME": "Snapshot Café",
    }
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    cafe = make_catalog()
    catalog = Catalog("EUR", cafe.categories, cafe.products, outlet_id="outlet-1")
    write_cache(data / "catalog" / CACHE_FILE, catalog)
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
    }


def start(env: dict[str, str], *args: str) -> tuple[dict[str, Any], str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--log-level", "WARNING", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.stdout, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report, done.stderr


def test_a_second_start_draws_the_same_menu_from_the_snapshot_and_a_change_misses(
    live_env: dict[str, str],
) -> None:
    first, err = start(live_env)
    assert first["code"] == 0, err[-3000:]
    assert first["first_frame"] == {"pydantic": True, "checked": True}  # a miss: loaded first
    assert len(list(snapshot_dir().glob("*.json"))) == 1

    second, err = start(live_env)
    assert second["code"] == 0, err[-3000:]
    assert second["first_frame"] == {"pydantic": False, "checked": False}  # a hit
    assert second["started"]["pydantic"] and second["started"]["checked"]  # checked after it
    assert second["started"] == first["started"]
    assert second["started"]["store_name"] == "Snapshot Café"
    assert second["started"]["categories"] == [c.name for c in make_catalog().categories]
    # the first start's prices kept (kiosk.ui.price_memo): the second's first frame drew the
    # same strings without Babel
    assert first["babel_at_first_frame"] and not second["babel_at_first_frame"]
    assert second["started"]["prices"] == ["from €3.20", "€2.50", "€3.80"]

    changed, err = start({**live_env, "KIOSK_IDLE_TIMEOUT_S": "90"})  # an input changed: a miss
    assert changed["code"] == 0, err[-3000:]
    assert changed["first_frame"] == {"pydantic": True, "checked": True}
    assert changed["started"]["idle_timeout_s"] == 90.0


def test_a_bad_config_with_a_good_snapshot_fails_as_without_one(
    live_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = MenuSettings.from_settings(load_settings())
    bad = {**live_env, "KIOSK_IDLE_TIMEOUT_S": "1"}
    without, err_without = start(bad)
    assert without["code"] == 2 and "first_frame" not in without
    # the good settings' snapshot under the bad settings' key: as if a file the settings
    # read had changed since the snapshot was written
    monkeypatch.setenv("KIOSK_IDLE_TIMEOUT_S", "1")
    write_snapshot(snapshot_key({}), good)
    hit, err_hit = start(bad)
    assert hit["first_frame"] == {"pydantic": False, "checked": False}  # it did start from it
    assert hit["code"] == 2 and "started" not in hit
    message = [line for line in err_without.splitlines() if line.startswith("kiosk:")]
    assert message and "idle_timeout_s" in message[0]
    assert [line for line in err_hit.splitlines() if line.startswith("kiosk:")] == message
