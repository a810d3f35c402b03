"""Start-up: the command line, the settings, the Qt application and the qasync loop.

``kiosk`` (via `kiosk.cli`) calls `main`. With no Final POS key configured (or ``--demo``) it
starts the embedded sandboxes in-process and runs on the demo store, with the simulated
reader panel. Startup never waits on the network: the cached menu shows at once, the catalog
syncs in the background and is swapped in, and the till session and recovery run behind it.

The running kiosk is `kiosk.kiosk_app.Kiosk` (window, view-models, `Backend` wiring, error
hooks) and its background loops are in `kiosk.app_loops` (the backend being unreachable pauses
ordering with a cached menu or shows out of order with a reason for staff without one, and
both clear when the connection returns).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import ConfigError, Settings, load_settings, resolve_mode
from kiosk.kiosk_app import EXIT_ERROR, EXIT_OK, Kiosk

if TYPE_CHECKING:
    import qasync

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "Kiosk",
    "main",
    "parse_args",
    "qt_application",
    "run",
]

EXIT_USAGE = 2

NO_DISPLAY = """\
kiosk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
To run the kiosk on this machine, either:
  - start a virtual display:   xvfb-run -s "-screen 0 1080x1920x24" kiosk
  - or render the screens to PNG without a display:
        QT_QPA_PLATFORM=offscreen kiosk --screenshots docs/screenshots
"""


# -- arguments and settings --------------------------------------------------------------------
def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Self-service ordering kiosk for Final POS and Stripe Terminal.",
        epilog="`kiosk sandbox` starts the embedded Final POS and Stripe sandboxes alone.",
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help="full screen, no window frame, no cursor"
    )
    parser.add_argument(
        "--orientation", choices=["auto", "portrait", "landscape"], help="screen orientation"
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render every screen and state in both orientations to PNG files in DIR, then exit",
    )
    parser.add_argument(
        "--demo", action="store_true", help="run on the embedded demo store even if configured"
    )
    parser.add_argument(
        "--station", action="store_true", help="the staff-assisted checkout station mode"
    )
    parser.add_argument(
        "--language",
        choices=["en", "de", "fr", "es"],
        help="the store's default language for this run (screenshots in German: --language de)",
    )
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING (default INFO)")
    return parser.parse_args(list(argv))


def has_display() -> bool:
    env = os.environ
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from kiosk.logs import configure_logging

    configure_logging(args.log_level)  # the journal under systemd, else a rotating file
    overrides: dict[str, Any] = {}
    if args.fullscreen:
        overrides["fullscreen"] = True
    if args.orientation:
        overrides["orientation"] = args.orientation
    if args.station:
        overrides["mode"] = "station"
    try:
        settings = load_settings(**overrides)
        if args.language:
            from kiosk.ui.formatting import locale_for

            locale = locale_for(args.language, settings.locale)
            settings = settings.model_copy(update={"locale": locale})
        demo = resolve_mode(settings, demo_flag=args.demo) == "demo"
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    if not has_display():
        if args.screenshots is None:
            print(NO_DISPLAY, file=sys.stderr, end="")  # noqa: T201
            return EXIT_USAGE
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # screenshots need no display
    from kiosk.services.instance import EXIT_ALREADY_RUNNING, AlreadyRunning, DataDirLock

    try:
        # One kiosk per data directory (the demo store's folders live inside it too): a
        # second one would fight over the journal and the reader.
        lock = DataDirLock.acquire(
            settings.data_dir,
            command=" ".join(["kiosk", *(sys.argv[1:] if argv is None else argv)]),
        )
    except AlreadyRunning as exc:
        print(f"kiosk: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_ALREADY_RUNNING
    with lock:
        return run(settings, demo=demo, screenshots=args.screenshots)


# -- running -----------------------------------------------------------------------------------
@contextlib.contextmanager
def qt_application(settings: Settings) -> Iterator[qasync.QEventLoop]:
    """The Qt application, its translator, the GUI-thread collector and the qasync loop.

    What `run` (and benchmarks/startup.py, to measure the same start) runs the kiosk in; on
    leaving, the loop is unset and the collector handed back to CPython.
    """
    import qasync
    from PySide6.QtGui import QGuiApplication

    qt_app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert isinstance(qt_app, QGuiApplication)
    qt_app.setApplicationName("Final POS Kiosk")
    from kiosk.ui.collector import install as install_collector

    collector = install_collector(qt_app)  # cycles freed on the GUI thread only
    from kiosk.ui.i18n import install_translator

    install_translator(settings.locale)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        collector.stop()


def run(settings: Settings, *, demo: bool, screenshots: Path | None = None) -> int:
    """Create the Qt application and the qasync loop, then run the kiosk until it closes."""
    with qt_application(settings) as loop:
        from kiosk.ui.watchdog import ServiceNotifier

        service = ServiceNotifier()  # READY/WATCHDOG/STOPPING, only when systemd asks for them
        if settings.mode == "station" and screenshots is None:
            from kiosk.station_app import run_station_async

            with loop:
                return int(loop.run_until_complete(run_station_async(settings, demo=demo)))
        kiosk = Kiosk(settings, demo=demo)
        if screenshots is None:
            service.ready_when(kiosk.first_frame.is_set)
        try:
            with loop:
                return int(loop.run_until_complete(kiosk.run_async(screenshots)))
        finally:
            service.stopping()
