"""`kiosk --station` starts the checkout station's window on the demo store (the same Backend
as a kiosk) and stops cleanly on SIGTERM, as systemd stops it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(90)


def test_station_mode_starts_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_CONFIG_FILE=os.devnull,
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    log = tmp_path / "station.log"
    with log.open("w") as out:
        station = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--demo", "--station"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            # the station's own services are up once its cash journal exists
            while not list((tmp_path / "data" / "demo").glob("station-cash/*.sqlite3")):
                assert station.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.2)
            time.sleep(1.0)
            assert station.poll() is None, log.read_text()[-3000:]
            station.send_signal(signal.SIGTERM)
            assert station.wait(30) == 0, log.read_text()[-3000:]
        finally:
            if station.poll() is None:
                station.kill()
                station.wait(10)
    text = log.read_text()
    assert "Traceback" not in text, text[-3000:]
    assert "QML" not in text or "warning" not in text.lower(), text[-3000:]
