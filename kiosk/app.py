"""Start-up: the command line, the settings, the Qt application and the qasync loop.

``kiosk`` (via `kiosk.cli`) calls `main`. With no Final POS key configured (or ``--demo``) it
starts the embedded sandboxes in-process and runs on the demo store, with the simulated
reader panel. Startup never waits on the network: the cached menu shows at once, the catalog
syncs in the background and is swapped in, and the till session and recovery run behind it.

The running kiosk is `kiosk.kiosk_app.Kiosk` (window, view-models, `Backend` wiring, error
hooks) and its background loops are in `kiosk.app_loops` (the backend being unreachable pauses
ordering with a cached menu or shows out of order with a reason for staff without one, and
both clear when the connection returns).

Settings: `plan_start` loads and checks them (`kiosk.config.load_settings`), except on a
start the settings snapshot covers (`kiosk.config.snapshot`: the same inputs as a start that
checked them): then the first frame is drawn from the snapshot, without importing pydantic,
and the settings are loaded and checked right after it. A bad configuration then ends the
start as it would have before the window (the message, exit code 2).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from kiosk.cli import collector_paused
from kiosk.config.errors import ConfigError
from kiosk.config.snapshot import MenuSettings

if TYPE_CHECKING:
    import qasync

    from kiosk.config import Settings
    from kiosk.kiosk_app import EXIT_ERROR, EXIT_OK, Kiosk

log = logging.getLogger("kiosk.app")

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "Kiosk",
    "StartPlan",
    "main",
    "parse_args",
    "plan_start",
    "qt_application",
    "run",
]

EXIT_USAGE = 2


def __getattr__(name: str) -> Any:
    """`Kiosk` and its exit codes, imported on first use (`load_kiosk`)."""
    if name in ("EXIT_ERROR", "EXIT_OK", "Kiosk"):
        return getattr(load_kiosk(), name)
    raise AttributeError(f"module 'kiosk.app' has no attribute {name!r}")


def load_kiosk() -> ModuleType:
    """`kiosk.kiosk_app`, and with it Qt, loaded once the settings are decided.

    PySide6's import hook (its `__feature__` support) makes every module imported after Qt
    dearer to load: importing pydantic and building the settings model took about 60% more
    CPU after Qt than before it (measured before `kiosk.ui.pyside_hook` made the hook
    cheaper). So the settings come first where they are loaded before the first frame
    (`plan_start`), and Qt's modules are loaded as `kiosk.cli.load_app` loads the app's:
    with the collector paused, then frozen.
    """
    loaded = sys.modules.get("kiosk.kiosk_app")
    if loaded is not None:
        return loaded
    with collector_paused():
        import kiosk.kiosk_app

    return kiosk.kiosk_app


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


@dataclass(frozen=True)
class StartPlan:
    """What the kiosk starts from: the checked settings, or on a snapshot hit the snapshot's
    `MenuSettings` and the `settings_loader` that checks the settings after the first frame."""

    settings: Settings | MenuSettings
    demo: bool
    settings_loader: Callable[[], Settings] | None = None

    def kiosk(self, **options: Any) -> Kiosk:
        kiosk_class: type[Kiosk] = load_kiosk().Kiosk
        if isinstance(self.settings, MenuSettings):
            return kiosk_class(menu=self.settings, settings_loader=self.settings_loader, **options)
        return kiosk_class(self.settings, demo=self.demo, **options)


def settings_overrides(args: argparse.Namespace) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if args.fullscreen:
        overrides["fullscreen"] = True
    if args.orientation:
        overrides["orientation"] = args.orientation
    if args.station:
        overrides["mode"] = "station"
    return overrides


def plan_start(args: argparse.Namespace) -> StartPlan:
    """The settings to start from (module docstring); raises ConfigError for a bad config.

    Only the customer kiosk in live mode starts from the snapshot; demo, the station and
    screenshots load the settings first, as before it existed.
    """
    from kiosk.config.snapshot import read_snapshot, snapshot_key, write_snapshot

    overrides = settings_overrides(args)
    key = None
    if not (args.demo or args.station or args.screenshots is not None):
        key = snapshot_key(overrides)
        menu = read_snapshot(key)
        if menu is not None and menu.mode == "kiosk" and menu.live:
            if args.language:
                menu = replace(menu, locale=_language(args.language, menu.locale))
            return StartPlan(menu, demo=False, settings_loader=_loader(key, menu, overrides, args))
    from kiosk.config import resolve_mode

    settings = load_settings_frozen(overrides)
    demo = resolve_mode(settings, demo_flag=args.demo) == "demo"
    if key is not None and not demo and settings.mode == "kiosk":
        write_snapshot(key, MenuSettings.from_settings(settings))
    if args.language:
        settings = settings.model_copy(update={"locale": _language(args.language, settings.locale)})
    return StartPlan(settings, demo=demo)


def load_settings_frozen(overrides: Mapping[str, Any]) -> Settings:
    """`load_settings` with the cyclic collector paused, then what exists frozen.

    Importing pydantic and building the model makes tens of thousands of objects that live as
    long as the process; `kiosk.cli.load_app` froze them with the app's modules while
    `kiosk.app` still imported them, and collections during the import would only walk them
    again (see there). On a snapshot hit this runs after the first frame, with the window's
    objects alive: garbage is collected first, so only live objects are frozen.
    """
    from kiosk.config import load_settings

    with collector_paused():
        return load_settings(**overrides)


def _language(language: str, locale: str) -> str:
    from kiosk.ui.formatting import locale_for

    return locale_for(language, locale)


def _loader(
    key: str, snapshot: MenuSettings, overrides: Mapping[str, Any], args: argparse.Namespace
) -> Callable[[], Settings]:
    """Load and check the settings of a start drawn from `snapshot` (after its first frame)."""

    def load() -> Settings:
        import gc

        from kiosk.config import resolve_mode
        from kiosk.config.snapshot import remove_snapshot, write_snapshot

        gc.collect()  # the start's garbage, not to be frozen with the settings (just below)
        settings = load_settings_frozen(overrides)
        if resolve_mode(settings, demo_flag=False) == "demo":  # no credential left at all
            remove_snapshot(key)
            raise ConfigError(
                "no live credential is set any more, but this start began as a real store; "
                "start the kiosk again"
            )
        checked = MenuSettings.from_settings(settings)
        if checked != snapshot:
            changed = [
                name for name in vars(checked) if getattr(checked, name) != getattr(snapshot, name)
            ]
            log.warning(
                "settings changed since the snapshot this start began from (%s); "
                "going on with them, the next start draws them",
                ", ".join(changed),
            )
            write_snapshot(key, checked)
        if args.language:
            locale = _language(args.language, settings.locale)
            settings = settings.model_copy(update={"locale": locale})
        return settings

    return load


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from kiosk.logs import configure_logging

    configure_logging(args.log_level)  # the journal under systemd, else a rotating file
    try:
        plan = plan_start(args)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    settings = plan.settings
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
        if plan.settings_loader is None:
            return run(settings, demo=plan.demo, screenshots=args.screenshots)
        try:
            return run(settings, demo=False, settings_loader=plan.settings_loader)
        except ConfigError as exc:  # a snapshot hit, checked after its first frame
            print(f"kiosk: {exc}", file=sys.stderr)  # noqa: T201
            return EXIT_USAGE


# -- running -----------------------------------------------------------------------------------
@contextlib.contextmanager
def qt_application(settings: Settings | MenuSettings) -> Iterator[qasync.QEventLoop]:
    """The Qt application, its translator, the GUI-thread collector and the qasync loop.

    What `run` (and benchmarks/startup.py, to measure the same start) runs the kiosk in; on
    leaving, the loop is unset and the collector handed back to CPython.
    """
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.event_loop import KioskEventLoop

    qt_app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert isinstance(qt_app, QGuiApplication)
    qt_app.setApplicationName("Final POS Kiosk")
    from kiosk.ui.collector import install as install_collector

    collector = install_collector(qt_app)  # cycles freed on the GUI thread only
    from kiosk.ui.i18n import install_translator

    install_translator(settings.locale)
    loop = KioskEventLoop(qt_app)  # qasync's, without Qt's enums at the first timer
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        collector.stop()


def run(
    settings: Settings | MenuSettings,
    *,
    demo: bool,
    screenshots: Path | None = None,
    settings_loader: Callable[[], Settings] | None = None,
) -> int:
    """Create the Qt application and the qasync loop, then run the kiosk until it closes.

    `settings` is a snapshot's `MenuSettings` with its `settings_loader` on a snapshot hit
    (`plan_start`); the ConfigError the loader may raise comes out of here.
    """
    load_kiosk()  # before Qt's other modules, with the collector paused
    with qt_application(settings) as loop:
        from kiosk.ui.watchdog import ServiceNotifier

        service = ServiceNotifier()  # READY/WATCHDOG/STOPPING, only when systemd asks for them
        station = not isinstance(settings, MenuSettings) and settings.mode == "station"
        if station and screenshots is None:
            from kiosk.station_app import run_station_async

            assert not isinstance(settings, MenuSettings)
            with loop:
                return int(loop.run_until_complete(run_station_async(settings, demo=demo)))
        kiosk = StartPlan(settings, demo, settings_loader).kiosk()
        if screenshots is None:
            service.ready_when(kiosk.first_frame.is_set)
        try:
            with loop:
                return int(loop.run_until_complete(kiosk.run_async(screenshots)))
        finally:
            service.stopping()
