"""Startup benchmark: process start to the first rendered menu frame, against a bare QML window.

Setup (untimed): the Final POS sandbox with a synthetic catalog (5,000 products x 4 variants
by default) runs in this process; one sync writes the kiosk's catalog cache and the images of
the first category are fetched, so the kiosk starts warm.

Timed, alternating, `--rounds` times each, in fresh interpreters (offscreen):

- bare: a Python process that opens a QML window with one rectangle and a text;
- kiosk: the real composition root (`kiosk.app.Kiosk`) starting on the menu from the warm cache
  (catalog sync, till session and recovery then run in the background, as in production).

Each child takes the wall-clock time when its first frame (for the kiosk: the first frame that
shows the menu) is swapped, minus the time the parent recorded just before spawning it. The
kiosk child then waits for its background sync of the whole catalog to finish and reports its
peak RSS (ru_maxrss). The last line printed is one JSON object with the medians, the
ratio and the peak RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--products 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BARE_QML = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 1080; height: 1920; visible: true
    Rectangle { anchors.fill: parent; color: "#FBF5EC" }
    Text { anchors.centerIn: parent; text: "Hello"; font.pixelSize: 48 }
}
"""


def spawned_at() -> float:
    """Wall-clock time the parent spawned this child (set just before Popen)."""
    return float(os.environ["BENCH_SPAWNED_AT"])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- children -----------------------------------------------------------------------------------
def child_bare() -> int:
    from PySide6.QtCore import QByteArray, QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(BARE_QML), QUrl("bare.qml"))
    window = engine.rootObjects()[0]

    def first_frame() -> None:
        frame_ms = (time.time() - spawned_at()) * 1000
        print(json.dumps({"frame_ms": frame_ms, "rss_mb": round(peak_rss_mb(), 1)}), flush=True)
        QTimer.singleShot(0, app.quit)

    window.frameSwapped.connect(first_frame)  # type: ignore[attr-defined]
    return app.exec()


def child_kiosk() -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import Kiosk
    from kiosk.config import load_settings
    from kiosk.ui.view import PORTRAIT

    app = QGuiApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> None:
        kiosk = Kiosk(load_settings(), size=PORTRAIT, handle_signals=False, initial_screen="menu")
        try:
            await kiosk.start_async()
            await kiosk.first_menu_frame.wait()
            assert kiosk.first_frame_wall_s is not None
            frame_ms = (kiosk.first_frame_wall_s - spawned_at()) * 1000
            print(json.dumps({"frame_ms": frame_ms, "rss_mb": round(peak_rss_mb(), 1)}), flush=True)
            service = kiosk.catalog_service
            deadline = time.monotonic() + 60
            while service is not None and service.last_sync_s is None:
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # the swapped-in menu renders
            print(json.dumps({"synced": True, "peak_rss_mb": round(peak_rss_mb(), 1)}), flush=True)
        finally:
            await kiosk.stop_async()

    with loop:
        loop.run_until_complete(run())
    return 0


# -- parent -------------------------------------------------------------------------------------
def timed_child(kind: str, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind],
        env={**env, "BENCH_SPAWNED_AT": repr(time.time())},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    rest, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or not first:
        raise RuntimeError(f"{kind} child failed ({proc.returncode}): {err[-2000:]}")
    result: dict[str, Any] = json.loads(first)
    result["ms"] = result.pop("frame_ms")
    for line in rest.splitlines():
        if line.startswith("{"):
            result.update(json.loads(line))
    return result


async def warm_cache(info: Any, data_dir: Path) -> int:
    import httpx

    from kiosk.finalpos.client import FinalPosClient
    from kiosk.services.catalog import CatalogService, ImageCache

    client = FinalPosClient.create(base_url=info.finalpos_url, api_key=info.finalpos_api_key)
    try:
        service = CatalogService(client, data_dir / "catalog", info.outlet_id, info.currency)
        catalog = await service.sync_async()
        first = next(c for c in catalog.top_categories() if catalog.products_in(c.id))
        urls = [p.image_url for p in catalog.products_in(first.id) if p.image_url]
        async with httpx.AsyncClient() as http:
            await ImageCache(data_dir / "images", http).fetch_async(urls[:200])
        return len(catalog.products)
    finally:
        await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["bare", "kiosk"])
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "kiosk":
        return child_kiosk()

    from kiosk.sandbox.embedded import Sandboxes

    with tempfile.TemporaryDirectory() as tmp, Sandboxes(products=args.products) as sandboxes:
        info = sandboxes.info
        data_dir = Path(tmp) / "kiosk"
        products = asyncio.run(warm_cache(info, data_dir))
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(
            KIOSK_CONFIG_FILE=os.devnull,
            KIOSK_DATA_DIR=str(data_dir),
            KIOSK_FINALPOS_URL=info.finalpos_url,
            KIOSK_FINALPOS_API_KEY=info.finalpos_api_key,
            KIOSK_OUTLET_ID=info.outlet_id,
            KIOSK_STATION_ID=info.station_id,
            KIOSK_CURRENCY=info.currency,
            KIOSK_STRIPE_API_KEY=info.stripe_api_key,
            KIOSK_STRIPE_URL=info.stripe_url or "",
            KIOSK_READER_ID=info.reader_id,
        )
        timed_child("bare", env)  # warm the OS file cache for Qt's libraries
        bare, kiosk = [], []
        for _ in range(args.rounds):
            bare.append(timed_child("bare", env))
            kiosk.append(timed_child("kiosk", env))
    bare_ms = statistics.median(r["ms"] for r in bare)
    kiosk_ms = statistics.median(r["ms"] for r in kiosk)
    figures = {
        "benchmark": "startup",
        "products": products,
        "rounds": args.rounds,
        "bare_window_first_frame_ms": round(bare_ms, 1),
        "kiosk_menu_first_frame_ms": round(kiosk_ms, 1),
        "ratio": round(kiosk_ms / bare_ms, 2),
        "ratio_target": 2.0,
        "bare_rss_mb": max(r["rss_mb"] for r in bare),
        "kiosk_rss_at_first_frame_mb": max(r["rss_mb"] for r in kiosk),
        "kiosk_peak_rss_mb": max(r.get("peak_rss_mb", r["rss_mb"]) for r in kiosk),
        "rss_target_mb": 300,
    }
    print(f"bare QML window: {bare_ms:.0f} ms; kiosk menu: {kiosk_ms:.0f} ms")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
