"""Startup benchmark: process start to the first rendered menu frame, against a bare QML window.

Setup (untimed): the Final POS sandbox with a synthetic catalog (5,000 products x 4 variants
by default) runs in this process; one sync writes the kiosk's catalog cache and the images of
the first category are fetched, so the kiosk starts warm.

Timed, alternating, `--rounds` times each, in fresh interpreters (offscreen):

- bare: a Python process that opens a QML window with one rectangle and a text;
- kiosk: the real composition root (`kiosk.app.Kiosk`) starting on the menu from the warm cache
  the way `kiosk` starts (`kiosk.cli.load_app`, `kiosk.app.plan_start`: from the settings
  snapshot the previous start wrote, checking the settings after the first frame;
  `kiosk.app.qt_application`); catalog sync, till session and recovery then run in the
  background, as in production.

Children compile Python to a bytecode cache in the temporary directory (PYTHONPYCACHEPREFIX),
warmed by an untimed kiosk start: an installed kiosk has its .pyc files (pip compiles them),
while a shell with PYTHONDONTWRITEBYTECODE=1 would otherwise recompile every kiosk module at
every start. `--no-bytecode-cache` measures that worst case. The same untimed start writes the
settings snapshot (in a cache folder of the temporary directory, one per catalog size) and the
prices its first frame showed (`kiosk.ui.price_memo`, in the data directory), as an installed
kiosk's previous start would; `snapshot_hits` says how many timed starts used the snapshot.

Each child takes the wall-clock time when its first frame (for the kiosk: the first frame that
shows the menu) is swapped, minus the time the parent recorded just before spawning it. The
kiosk child then waits for its background sync of the whole catalog to finish and reports its
peak RSS (VmHWM). The last line printed is one JSON object with the medians, the
ratio (paired per round), the CPU time to the first frame and its ratio (steadier than the
wall clock on a loaded machine), the kiosk's CPU time per start-up phase (the interpreter
with this module's imports, asyncio among them; `import kiosk.app`; the settings; the Qt
application and loop; the UI's imports and the loop's first steps; `Kiosk._build`: view-models,
cache and QML window; rendering the first frame) and the peak RSS.
With ``BENCH_FIRST_FRAME_ONLY=1`` a child exits at its first frame, so that
``valgrind --tool=callgrind`` on ``startup.py --child kiosk`` (or ``bare``) counts the
instructions to it.
`--station` starts the checkout station (``KIOSK_MODE=station``, `kiosk.app.main`) in place
of the kiosk, to the first frame of its window (the sign-in screen); its `kiosk_*` figures are
the station's, without phases or the background sync.
`--modules-out FILE` writes the modules the kiosk has loaded at its first frame that the bare
window has not (what start-up could still defer). `--compare-products 500` also starts a kiosk
on a 500-product catalog in every round and reports the size ratio (first frame at N over at M).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--products 5000]
        [--compare-products 500] [--modules-out /tmp/first-frame-modules.txt]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
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
    """This process's peak RSS (Linux: VmHWM, which starts afresh at exec).

    ru_maxrss would not do: on Linux it carries over the forked parent's peak into the child,
    and the parent here holds the sandbox with the whole catalog (773 MB at 50,000 products).
    """
    try:
        with Path("/proc/self/status").open() as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_durations_ms(ends: dict[str, float]) -> dict[str, float]:
    """CPU ms of each phase from the CPU time at its end (in order, from process start)."""
    durations, previous = {}, 0.0
    for name, end in ends.items():
        durations[name] = round((end - previous) * 1000, 1)
        previous = end
    return durations


def loaded_modules() -> dict[str, Any]:
    """How many modules are loaded now (at the first frame), and their names if asked for."""
    names = sorted(sys.modules)
    listed = {"modules": names} if os.environ.get("BENCH_LIST_MODULES") else {}
    return {"module_count": len(names), **listed}


def qt_enums_made() -> bool:
    """Whether PySide6's enums of the `Qt` namespace exist yet. PySide6 makes all of them at
    the first use of any (20-38 ms); reaching one takes microseconds once they exist, so a
    reach under a millisecond says they were made before. Asked after the figures are taken
    (it makes them), and never under callgrind (BENCH_FIRST_FRAME_ONLY counts to the frame)."""
    from PySide6 import QtCore

    started = time.perf_counter()
    QtCore.Qt.TimerId  # noqa: B018 - the reach is what is timed
    return time.perf_counter() - started < 0.001


def write_module_diff(path: Path, bare: list[str], kiosk: list[str]) -> int:
    """Write the modules the kiosk has loaded at its first frame and the bare window has not,
    one a line, grouped under their top-level package with its count; returns how many."""
    extra = sorted(set(kiosk) - set(bare))
    groups: dict[str, list[str]] = {}
    for name in extra:
        groups.setdefault(name.split(".")[0], []).append(name)
    lines = []
    for top, names in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"{top} ({len(names)})")
        lines.extend(f"  {name}" for name in names)
    path.write_text("\n".join(lines) + "\n")
    return len(extra)


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
        cpu_ms = time.process_time() * 1000
        first = {"frame_ms": frame_ms, "cpu_ms": cpu_ms, "rss_mb": round(peak_rss_mb(), 1)}
        first.update(loaded_modules())
        if os.environ.get("BENCH_FIRST_FRAME_ONLY"):
            print(json.dumps(first), flush=True)
            os._exit(0)
        print(json.dumps({**first, "qt_enums": qt_enums_made()}), flush=True)
        QTimer.singleShot(0, app.quit)

    window.frameSwapped.connect(first_frame)  # type: ignore[attr-defined]
    return app.exec()


@contextlib.contextmanager
def bare_qt_application(settings: Any) -> Iterator[Any]:
    """A checkout older than `kiosk.app.qt_application`: the application and loop alone."""
    import qasync
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    yield loop


def child_kiosk() -> int:
    # The start `kiosk` makes: the app imported as kiosk.cli does it, the settings (from the
    # snapshot when it covers them), then the Qt application, translator, GUI-thread collector
    # and loop of `kiosk.app.run`. A checkout without those (PYTHONPATH=<main>, for a
    # side-by-side figure) starts as its own benchmark did: a plain import, `load_settings`,
    # a bare application and loop.
    phases: dict[str, float] = {"interpreter, this module": time.process_time()}  # CPU s at ends
    import functools
    import importlib

    import kiosk.cli

    load_app = getattr(kiosk.cli, "load_app", lambda: importlib.import_module("kiosk.app"))
    app_module = load_app()
    phases["import kiosk.app"] = time.process_time()
    qt_application = getattr(app_module, "qt_application", bare_qt_application)
    plan_start = getattr(app_module, "plan_start", None)
    if plan_start is not None:
        plan = plan_start(app_module.parse_args([]))
        settings, make_kiosk = plan.settings, plan.kiosk
        snapshot_hit = plan.settings_loader is not None
    else:
        from kiosk.config import load_settings

        settings = load_settings()
        make_kiosk, snapshot_hit = functools.partial(app_module.Kiosk, settings), False
    phases["settings"] = time.process_time()
    getattr(app_module, "load_kiosk", lambda: None)()  # as `kiosk.app.run` does, first

    async def run() -> None:
        phases["Qt application and loop"] = time.process_time()
        from kiosk.ui.view import PORTRAIT  # where Kiosk imports it: with the Qt app up

        kiosk = make_kiosk(size=PORTRAIT, handle_signals=False, initial_screen="menu")
        build = kiosk._build

        def timed_build(*args: Any, **kwargs: Any) -> None:
            phases["UI imports, loop start"] = time.process_time()
            build(*args, **kwargs)
            phases["view-models, cache, QML"] = time.process_time()

        kiosk._build = timed_build  # type: ignore[method-assign]
        at_first_frame: dict[str, Any] = {}
        on_frame = kiosk._on_frame

        def modules_on_frame() -> None:  # what the first frame itself needed, not start_async
            on_frame()
            if kiosk.first_menu_frame.is_set() and not at_first_frame:
                at_first_frame.update(loaded_modules())
                if os.environ.get("BENCH_FIRST_FRAME_ONLY"):  # under callgrind: count to here
                    cpu_s = getattr(kiosk, "first_frame_cpu_s", None)
                    first = {
                        "frame_ms": (kiosk.first_frame_wall_s - spawned_at()) * 1000,
                        "cpu_ms": cpu_s * 1000 if cpu_s is not None else None,
                        "snapshot_hit": snapshot_hit,
                        "rss_mb": round(peak_rss_mb(), 1),
                    }
                    print(json.dumps(first), flush=True)
                    os._exit(0)

        kiosk._on_frame = modules_on_frame  # type: ignore[method-assign]
        try:
            await kiosk.start_async()
            await kiosk.first_menu_frame.wait()
            assert kiosk.first_frame_wall_s is not None
            frame_ms = (kiosk.first_frame_wall_s - spawned_at()) * 1000
            cpu_s = getattr(kiosk, "first_frame_cpu_s", None)  # None: a checkout without it
            cpu_ms = cpu_s * 1000 if cpu_s is not None else None
            if cpu_s is not None:
                phases["first frame"] = cpu_s
            first = {
                "frame_ms": frame_ms,
                "cpu_ms": cpu_ms,
                "rss_mb": round(peak_rss_mb(), 1),
                "phases_cpu_ms": phase_durations_ms(phases),
                "snapshot_hit": snapshot_hit,
                **at_first_frame,
            }
            first["qt_enums"] = qt_enums_made()  # after the figures: it makes them
            print(json.dumps(first), flush=True)
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

    with qt_application(settings) as loop, loop:
        loop.run_until_complete(run())
    return 0


def child_station() -> int:
    """The checkout station's start (`kiosk.app.main` with ``KIOSK_MODE=station``) to the first
    frame of the window `kiosk.station_app` opens (its sign-in screen), which then closes."""
    import kiosk.station_app as station_app
    from kiosk.app import main

    opened = station_app._open_window

    def open_window(backend: Any, catalog: Any) -> tuple[Any, Any]:
        station, view = opened(backend, catalog)

        def first_frame() -> None:
            view.window.frameSwapped.disconnect(first_frame)
            first = {
                "frame_ms": (time.time() - spawned_at()) * 1000,
                "cpu_ms": time.process_time() * 1000,
                "rss_mb": round(peak_rss_mb(), 1),
                **loaded_modules(),
            }
            if os.environ.get("BENCH_FIRST_FRAME_ONLY"):
                print(json.dumps(first), flush=True)
                os._exit(0)
            print(json.dumps({**first, "qt_enums": qt_enums_made()}), flush=True)
            view.window.close()  # the last window: the station ends

        view.window.frameSwapped.connect(first_frame)
        return station, view

    station_app._open_window = open_window  # type: ignore[assignment]
    return main([])


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


def kiosk_env(info: Any, data_dir: Path) -> dict[str, str]:
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
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["bare", "kiosk", "station"])
    parser.add_argument(
        "--station",
        action="store_true",
        help="start the checkout station instead of the kiosk (its first frame: the sign-in)",
    )
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--variants-per-product", type=int, default=4)
    parser.add_argument(
        "--compare-products",
        type=int,
        default=None,
        metavar="M",
        help="also start a kiosk on M products in every round, for the size ratio N/M",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--modules-out",
        type=Path,
        metavar="FILE",
        help="write the modules loaded at the kiosk's first frame that the bare window lacks",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="children recompile every module at every start (as under PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "kiosk":
        return child_kiosk()
    if args.child == "station":
        return child_station()
    kind = "station" if args.station else "kiosk"

    from kiosk.sandbox.embedded import Sandboxes

    sizes = [args.products] + ([args.compare_products] if args.compare_products else [])
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        envs: list[dict[str, str]] = []
        products: list[int] = []
        for n in sizes:
            sandboxes = stack.enter_context(
                Sandboxes(products=n, variants_per_product=args.variants_per_product)
            )
            data_dir = Path(tmp) / f"kiosk-{n}"
            products.append(asyncio.run(warm_cache(sandboxes.info, data_dir)))
            env = kiosk_env(sandboxes.info, data_dir)
            if args.station:
                env["KIOSK_MODE"] = "station"
            env["XDG_CACHE_HOME"] = str(Path(tmp) / f"cache-{n}")  # its own settings snapshot
            if not args.no_bytecode_cache:
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            if args.modules_out is not None:
                env["BENCH_LIST_MODULES"] = "1"
            envs.append(env)
        timed_child("bare", envs[0])  # warm the OS file cache for Qt's libraries
        for env in envs:
            timed_child(kind, env)  # the bytecode cache and the settings snapshot (untimed)
        bare: list[dict[str, Any]] = []
        kiosk: list[list[dict[str, Any]]] = [[] for _ in sizes]
        for _ in range(args.rounds):
            bare.append(timed_child("bare", envs[0]))
            for runs, env in zip(kiosk, envs, strict=True):
                runs.append(timed_child(kind, env))
    bare_ms = [r["ms"] for r in bare]
    kiosk_ms = [r["ms"] for r in kiosk[0]]
    ratios = [k / b for k, b in zip(kiosk_ms, bare_ms, strict=True)]
    figures: dict[str, Any] = {
        "benchmark": "startup",
        "mode": kind,  # with --station, the kiosk_* figures are the station's
        "products": products[0],
        "variants_per_product": args.variants_per_product,
        "rounds": args.rounds,
        "bytecode_cache": not args.no_bytecode_cache,
        "bare_window_first_frame_ms": round(statistics.median(bare_ms), 1),
        "kiosk_menu_first_frame_ms": round(statistics.median(kiosk_ms), 1),
        "kiosk_first_frame_ms_all": [round(v) for v in kiosk_ms],
        "bare_first_frame_ms_all": [round(v) for v in bare_ms],
        "ratio": round(statistics.median(ratios), 2),  # paired per round
        "ratio_min_max": [round(min(ratios), 2), round(max(ratios), 2)],
        "ratio_target": 2.0,
        # CPU time of each child to its first frame: what the load of a shared machine
        # (other processes on the cores) changes least. None for a checkout that does not
        # record it at the first frame.
        "bare_cpu_ms": round(statistics.median(r["cpu_ms"] for r in bare), 1),
        "kiosk_cpu_ms": None,
        "cpu_ratio": None,
        "bare_rss_mb": max(r["rss_mb"] for r in bare),
        "kiosk_rss_at_first_frame_mb": max(r["rss_mb"] for r in kiosk[0]),
        "kiosk_peak_rss_mb": max(r.get("peak_rss_mb", r["rss_mb"]) for r in kiosk[0]),
        "rss_target_mb": 250,
        "bare_modules_at_first_frame": bare[0]["module_count"],
        "kiosk_modules_at_first_frame": kiosk[0][0].get("module_count"),
        "bare_qt_enums_at_first_frame": bare[0].get("qt_enums"),
        "kiosk_qt_enums_at_first_frame": kiosk[0][0].get("qt_enums"),
        "snapshot_hits": sum(bool(r.get("snapshot_hit")) for runs in kiosk for r in runs),
    }
    if args.modules_out is not None and "modules" in kiosk[0][0]:
        figures["kiosk_extra_modules"] = write_module_diff(
            args.modules_out, bare[0]["modules"], kiosk[0][0]["modules"]
        )
    if all("phases_cpu_ms" in r for r in kiosk[0]):
        names = list(kiosk[0][0]["phases_cpu_ms"])
        figures["kiosk_phases_cpu_ms"] = {  # medians: where the CPU goes to the first frame
            name: round(statistics.median(r["phases_cpu_ms"].get(name, 0.0) for r in kiosk[0]), 1)
            for name in names
        }
    if all(r["cpu_ms"] is not None for r in kiosk[0]):
        figures["kiosk_cpu_ms"] = round(statistics.median(r["cpu_ms"] for r in kiosk[0]), 1)
        figures["cpu_ratio"] = round(
            statistics.median(
                k["cpu_ms"] / b["cpu_ms"] for k, b in zip(kiosk[0], bare, strict=True)
            ),
            2,
        )
    if args.compare_products:
        small_ms = [r["ms"] for r in kiosk[1]]
        size_ratios = [k / s for k, s in zip(kiosk_ms, small_ms, strict=True)]
        figures.update(
            {
                "compare_products": products[1],
                "compare_first_frame_ms": round(statistics.median(small_ms), 1),
                "compare_first_frame_ms_all": [round(v) for v in small_ms],
                "compare_peak_rss_mb": max(r.get("peak_rss_mb", r["rss_mb"]) for r in kiosk[1]),
                "size_ratio": round(statistics.median(size_ratios), 2),  # N over M, paired
                "size_ratio_min_max": [round(min(size_ratios), 2), round(max(size_ratios), 2)],
                "size_ratio_target": 1.2,
            }
        )
    print(
        f"bare QML window: {figures['bare_window_first_frame_ms']:.0f} ms; "
        f"kiosk menu: {figures['kiosk_menu_first_frame_ms']:.0f} ms"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
