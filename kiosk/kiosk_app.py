"""The running kiosk: the menu window first, then the `Backend` and its loops behind it.

`Kiosk.start_async` builds the cache, view-models and QML window with nothing that needs the
network and shows the first frame; then it builds the `Backend` (HTTP clients, Final POS,
Stripe, journal, checkout, recovery), wires it into the view-models (payments, staff mode)
and starts the background loops (`kiosk.app_loops`). `stop_async` tears it down in order.

The first frame reads `MenuSettings` only: derived from the validated `Settings`, or, on a
start from the settings snapshot (`kiosk.config.snapshot`), given with a `settings_loader`
that loads and checks the full settings right after that frame.

Errors: an unexpected exception anywhere (Python hook or asyncio loop handler) is logged and
turns the screen to "out of order".
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import linecache
import logging
import signal
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk.app_loops import BackgroundLoops
from kiosk.config.snapshot import MenuSettings
from kiosk.ui.pauses import PauseCode, PauseReasons

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.config import Settings
    from kiosk.domain.catalog import Catalog
    from kiosk.sandbox.embedded import Sandboxes
    from kiosk.services.catalog import CatalogService
    from kiosk.services.recovery import RecoveryService
    from kiosk.ui.factory import ViewModels
    from kiosk.ui.view import KioskView

log = logging.getLogger("kiosk.app")

EXIT_OK = 0
EXIT_ERROR = 1

RECOVERY_INTERVAL_S = 60.0
SCREENSHOT_CATALOG_WAIT_S = 60.0


@dataclass
class Kiosk(BackgroundLoops):
    """The running kiosk: the `Backend`, view-models and window, built and torn down in order.

    Give it the validated `settings`, or `menu` and a `settings_loader` (a snapshot hit): then
    `settings` is None until the loader has run, after the first frame.
    """

    settings: Settings | None = None
    demo: bool = False
    size: Any = None  # a QSize to force (tests, benchmarks)
    sandboxes: Sandboxes | None = None
    vms: ViewModels | None = None
    view: KioskView | None = None
    handle_signals: bool = True
    initial_screen: str = "attract"  # benchmarks start on the menu
    first_frame_s: float | None = None  # perf_counter() at the first frame showing the menu
    first_frame_wall_s: float | None = None  # the same moment on the wall clock (benchmarks)
    first_frame_cpu_s: float | None = None  # and the process's CPU time then (benchmarks)
    backend: Backend | None = None
    catalog_service: CatalogService | None = None
    _tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    _recovery_task: asyncio.Task[Any] | None = None
    _refunds_task: asyncio.Task[Any] | None = None
    _staff_desk: Any = None
    _sync_closers: list[Callable[[], Any]] = field(default_factory=list)
    _closed: asyncio.Event = field(default_factory=asyncio.Event)
    first_frame: asyncio.Event = field(default_factory=asyncio.Event)
    first_menu_frame: asyncio.Event = field(default_factory=asyncio.Event)
    _cached: Catalog | None = None
    _fatal: bool = False
    _loops: bool = False  # background loops run (not in screenshot mode)
    _pauses: PauseReasons = field(default_factory=lambda: PauseReasons())
    menu: MenuSettings | None = None  # what the first frame reads
    _known_prices: dict[int, str] = field(default_factory=dict)  # from the price memo
    settings_loader: Callable[[], Settings] | None = None  # raises ConfigError

    def __post_init__(self) -> None:
        if self.settings is not None:
            self.menu = MenuSettings.from_settings(self.settings)
        elif self.menu is None or self.settings_loader is None:
            raise TypeError("Kiosk needs its settings, or a MenuSettings and a settings_loader")

    @property
    def recovery(self) -> RecoveryService | None:
        return self.backend.recovery if self.backend is not None else None

    # -- lifecycle ---------------------------------------------------------------------------
    async def run_async(self, screenshots: Path | None = None) -> int:
        try:
            await self.start_async(screenshots=screenshots is not None)
            if screenshots is not None:
                return await self.screenshots_async(screenshots)
            await self._closed.wait()
            return EXIT_OK
        finally:
            await self.stop_async()

    async def start_async(self, *, screenshots: bool = False) -> None:
        if self.demo:
            assert self.settings is not None, "the demo store starts from loaded settings"
            self.settings = self._start_sandboxes(self.settings)
            self.menu = MenuSettings.from_settings(self.settings)
        self._install_hooks()
        assert self.menu is not None
        self._build(self.menu, screenshots=screenshots)
        if not screenshots:
            await self._show_async()
            with contextlib.suppress(TimeoutError):  # a hidden window swaps no frame
                await asyncio.wait_for(self.first_frame.wait(), 5.0)
            assert self.view is not None
            self.view.load_screens()
            self._keep_prices()
        if self.settings is None:
            assert self.settings_loader is not None
            self.settings = self.settings_loader()  # a ConfigError ends the start (kiosk.app)
        self._build_services(screenshots=screenshots)
        # Sources read for warnings or by a PySide6 that kept its own import-hook test
        # (`kiosk.ui.pyside_hook`; it read 7 MB into `linecache`), held for nothing:
        # tracebacks read a file again when they need it. Freed before the background sync.
        linecache.clearcache()

    async def _show_async(self) -> None:
        """Show the window from a plain loop callback, not from inside this task.

        Showing renders the first frame, and Qt may dispatch events meanwhile; a task step
        qasync ran re-entrantly inside this task's step would be dropped by asyncio.
        """
        view = self.view
        assert view is not None
        shown = asyncio.get_running_loop().create_future()

        def show() -> None:
            view.show()
            shown.set_result(None)

        asyncio.get_running_loop().call_soon(show)
        await shown

    def _start_sandboxes(self, settings: Settings) -> Settings:
        from kiosk.backend import demo_settings
        from kiosk.sandbox.embedded import Sandboxes

        sandboxes = Sandboxes(data_dir=settings.data_dir / "sandbox")
        self.sandboxes = sandboxes
        self._sync_closers.append(sandboxes.stop)
        info = sandboxes.start()
        log.info("demo mode: sandboxes at %s and %s", info.finalpos_url, info.stripe_url)
        from kiosk.config.receipts import ReceiptSettings
        from kiosk.sandbox.printer import start_receipt_standins

        standins = start_receipt_standins(settings.data_dir / "sandbox")
        self._sync_closers.append(standins.stop)
        log.info("demo mode: %s", "; ".join(standins.describe()))
        receipts = ReceiptSettings.model_validate(standins.settings())
        return demo_settings(settings, sandboxes).model_copy(update={"receipts": receipts})

    def _build(self, settings: MenuSettings, *, screenshots: bool) -> None:
        """The menu first: cache, view-models and window, with nothing that needs the network.

        The `Backend` (HTTP clients, Final POS, Stripe, journal, checkout, recovery) is built
        by `_build_services` once the window is up.
        """
        from decimal import Decimal

        from PySide6.QtGui import QGuiApplication

        from kiosk.domain.cart import Cart
        from kiosk.domain.pricing import TaxRate, Totals, price_cart
        from kiosk.services.catalog import CatalogService
        from kiosk.ui.factory import AccessibilityOptions, build_view_models
        from kiosk.ui.price_memo import memo_path, read_prices
        from kiosk.ui.view import KioskView

        assert settings.outlet_id and settings.station_id and settings.stripe_api_key_set
        data_dir = settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        # the same rule as CheckoutService.price, which replaces it once the services are up
        rates = {t.name: TaxRate(t.name, Decimal(t.rate), t.inclusive) for t in settings.tax_tables}
        default_table = settings.default_tax_table

        def pricer(cart: Cart) -> Totals:
            return price_cart(cart, rates, default_table)

        # The client is attached by the Backend: load_cached never touches it.
        catalog = CatalogService(None, data_dir / "catalog", settings.outlet_id, settings.currency)  # type: ignore[arg-type]
        vms = build_view_models(
            currency=settings.currency,
            locale=settings.locale,
            pricer=pricer,
            checkout=None,
            image_store=None,
            store_name=settings.store_name or settings.kiosk_name,
            order_types=settings.order_types,
            idle_timeout_s=settings.idle_timeout_s,
            idle_countdown_s=settings.idle_countdown_s,
            confirmation_s=settings.confirmation_s,
            table_service=settings.table_service,
            item_notes=settings.item_notes,
            upsell_pairs=dict(settings.upsell_pairs),
            accessibility=AccessibilityOptions.from_settings(settings),
            demo=self.demo,
        )
        self.vms = vms
        # the prices an earlier first frame showed: this one then needs no Babel
        self._known_prices = read_prices(
            memo_path(data_dir), vms.formatter.locale, settings.currency
        )
        vms.formatter.remember(self._known_prices)
        self.catalog_service = catalog
        self._cached = catalog.load_cached()
        if self._cached is not None:
            vms.app.set_catalog(self._cached)
        if self.initial_screen != "attract":
            vms.app.stage_screen(self.initial_screen)

        self.view = KioskView(
            vms.app,
            size=self.size,
            orientation=settings.orientation,
            fullscreen=settings.fullscreen and not screenshots,
            all_screens=screenshots,  # else the rest once the first frame is up
        )
        qt_app = QGuiApplication.instance()
        if isinstance(qt_app, QGuiApplication):
            # the loop, not Qt, decides when to stop, so shutdown can still await
            qt_app.setQuitOnLastWindowClosed(False)
            qt_app.lastWindowClosed.connect(self._closed.set)
        self.view.window.frameSwapped.connect(self._on_frame)

    def _keep_prices(self) -> None:
        """Keep the prices formatted up to the first frame for the next start's."""
        from kiosk.ui.price_memo import memo_path, write_prices

        assert self.vms is not None and self.menu is not None
        formatter = self.vms.formatter
        strings = formatter.strings()
        if strings != self._known_prices:
            write_prices(
                memo_path(self.menu.data_dir), formatter.locale, formatter.currency, strings
            )
            self._known_prices = strings

    def _build_services(self, *, screenshots: bool) -> None:
        """The `Backend` behind the menu, then the loops that keep it current."""
        from kiosk.backend import Backend

        vms, catalog = self.vms, self.catalog_service
        assert vms is not None and catalog is not None and self.settings is not None
        backend = Backend.from_settings(
            self.settings, catalog=catalog, sandboxes=self.sandboxes, recover_journal=True
        )
        self.backend = backend
        vms.images.set_store(backend.images)
        vms.cart.set_catalog_refresher(catalog.sync_async)  # the sold-out check before Pay
        if self._cached is not None:
            vms.menu.refresh_images()  # cached pictures show from the image cache
        self._loops = not screenshots
        backend.on_payments_changed = self._wire_payments
        if backend.checkout is not None:
            self._wire_payments(backend)
        else:
            self._pauses.set(PauseCode.INSTALLATION_UNKNOWN)
        self._show_pauses()

        self._spawn(self._catalog_loop_async(has_cache=self._cached is not None), "catalog")
        if not screenshots:
            self._spawn(self._installation_loop_async(), "installation")
            self._spawn(self._session_loop_async(), "till-session")
            self._spawn(self._reader_loop_async(), "reader")
        if not screenshots and self.handle_signals:
            with contextlib.suppress(ValueError, RuntimeError):  # not the main thread
                signal.signal(signal.SIGINT, lambda *_: self._closed.set())
                signal.signal(signal.SIGTERM, lambda *_: self._closed.set())

    def _wire_payments(self, backend: Backend) -> None:
        """Point the view-models at the backend's (new) checkout; restart recovery on it."""
        from kiosk.services.checkout import CheckoutError, CheckoutUnavailable

        vms = self.vms
        assert vms is not None and backend.checkout is not None
        checkout = backend.checkout
        vms.cart.set_pricer(checkout.price)
        # a refused cart (say, a total out of range) is a problem for staff, not "out of order"
        refusals = (CheckoutUnavailable, CheckoutError)
        vms.payment.set_service(checkout, unavailable_errors=refusals)
        counter = checkout.place_at_counter_async if backend.settings.pay_at_counter else None
        vms.cart.set_counter(counter, errors=refusals)
        if backend.receipts is not None:
            vms.receipt.set_service(backend.receipts)
            if self._loops:
                backend.receipts.start()  # the background retry queue
        self._pauses.clear(PauseCode.INSTALLATION_UNKNOWN)
        self._show_pauses()
        if self.demo and backend.gateway is not None and self.sandboxes is not None:
            from kiosk.sandbox.reader_controls import demo_reader_controls

            installation = backend.installation
            assert installation is not None and installation.reader_id
            present, cancel_on_reader = demo_reader_controls(
                backend.gateway, backend.http, backend.settings.stripe_url, installation.reader_id
            )
            vms.demo_reader.configure(present, cancel_on_reader)
        self._wire_staff(backend)
        if self._recovery_task is not None:
            self._recovery_task.cancel()
        if self._loops:  # not in screenshot mode
            self._recovery_task = asyncio.get_running_loop().create_task(
                backend.recover_periodically_async(RECOVERY_INTERVAL_S), name="recovery"
            )

    def _wire_staff(self, backend: Backend) -> None:
        """Staff mode over the backend's own services (a session closed by staff is closed
        for customers too); its refunds are recovered like checkouts."""
        from kiosk.ui.factory import attach_staff_mode
        from kiosk.ui.staff.wiring import build_authenticator, build_staff_desk, close_staff_desk

        vms, settings = self.vms, self.settings
        assert vms is not None and settings is not None
        desk = build_staff_desk(backend, sync_menu=self._sync_menu_now_async)
        if desk is None:
            return
        if vms.staff is None:
            auth = build_authenticator(settings.staff)
            attach_staff_mode(
                vms,
                desk=desk,
                auth=auth,
                exit_app=self._closed.set,
                idle_s=settings.staff_idle_s,
            )
            if self._loops:
                self._spawn(auth.load_roles_async(backend.finalpos), "staff-roles")
        else:
            vms.staff.set_desk(desk)
        assert vms.staff is not None
        vms.staff.set_receipts(backend.receipts)
        if self._staff_desk is not None:  # closed at shutdown: a refund may still be on it
            old = self._staff_desk
            self._sync_closers.insert(0, functools.partial(close_staff_desk, old))
        self._staff_desk = desk
        if self._refunds_task is not None:
            self._refunds_task.cancel()
        if self._loops:
            self._refunds_task = asyncio.get_running_loop().create_task(
                desk.refunds.run_periodically_async(RECOVERY_INTERVAL_S), name="refunds"
            )

    async def _sync_menu_now_async(self) -> object:
        """Staff's "sync the menu now": the same sync as the background loop, shown at once."""
        assert self.catalog_service is not None and self.vms is not None
        catalog = await self.catalog_service.sync_async()
        self.vms.app.set_catalog(catalog)
        await self._fetch_images_async()
        return catalog

    def _on_frame(self) -> None:
        self.first_frame.set()
        if self.first_frame_s is None and self.vms is not None and self.vms.menu.catalog:
            self.first_frame_s = time.perf_counter()
            self.first_frame_wall_s = time.time()
            self.first_frame_cpu_s = time.process_time()
            self.first_menu_frame.set()

    async def stop_async(self) -> None:
        tasks = [*self._tasks, *(t for t in (self._recovery_task, self._refunds_task) if t)]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        self._recovery_task = self._refunds_task = None
        if self.vms is not None:
            self.vms.payment.reset()
        if self.view is not None:
            self.view.close()
            self.view = None
        if self.vms is not None:
            self.vms.dispose()
        if self._staff_desk is not None:
            from kiosk.ui.staff.wiring import close_staff_desk

            close_staff_desk(self._staff_desk)
            self._staff_desk = None
        if self.backend is not None:
            await self.backend.aclose()
            self.backend = None
        for close_sync in self._sync_closers:
            try:
                close_sync()
            except Exception:
                log.warning("closing %s failed", close_sync, exc_info=True)
        self._sync_closers.clear()
        self._restore_hooks()

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.append(asyncio.get_running_loop().create_task(coro, name=name))

    # -- screenshot mode ---------------------------------------------------------------------
    async def screenshots_async(self, out_dir: Path) -> int:
        from kiosk.ui.screenshots import render_screenshots_async

        assert self.vms is not None and self.view is not None
        deadline = time.monotonic() + SCREENSHOT_CATALOG_WAIT_S
        while self.vms.menu.catalog is None or self.vms.app.current_screen == "outOfOrder":
            if time.monotonic() > deadline:
                log.error("no menu to photograph (no cache and Final POS unreachable)")
                return EXIT_ERROR
            await asyncio.sleep(0.05)
        await self._fetch_images_async()
        catalog = self.vms.menu.catalog
        assert catalog is not None
        written = await render_screenshots_async(self.vms, self.view, catalog, out_dir)
        if self.demo:  # staff screens close and open till sessions: the demo store only
            written += await self._staff_screenshots_async(out_dir)
        print(f"wrote {len(written)} screenshots to {out_dir}")  # noqa: T201
        return EXIT_OK

    async def _staff_screenshots_async(self, out_dir: Path) -> list[Path]:
        from kiosk.installation import InstallationError
        from kiosk.ui.staff.screenshots import render_staff_screenshots_async

        assert self.vms is not None and self.view is not None and self.backend is not None
        if self.backend.checkout is None:
            try:
                await self.backend.resolve_async()  # staff mode needs the payment services
            except InstallationError as exc:
                log.error("no staff screenshots: %s", exc)
                return []
        return await render_staff_screenshots_async(self.vms, self.view, out_dir)

    # -- errors ------------------------------------------------------------------------------
    def _install_hooks(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        asyncio.get_running_loop().set_exception_handler(self._on_loop_exception)

    def _restore_hooks(self) -> None:
        previous = getattr(self, "_previous_hook", None)
        if previous is not None:
            sys.excepthook = previous
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().set_exception_handler(None)

    def _on_exception(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.critical("unhandled error", exc_info=(kind, exc, tb))
        self._out_of_order(exc)

    def _on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            log.error("asyncio: %s", context.get("message"))
            return
        log.critical(
            "unhandled error in %s",
            context.get("message"),
            exc_info=(type(exc), exc, exc.__traceback__),
        )
        self._out_of_order(exc)

    def _out_of_order(self, exc: BaseException) -> None:
        self._fatal = True
        if self.vms is not None:
            self.vms.app.show_out_of_order(f"{type(exc).__name__}: {exc}"[:200])
