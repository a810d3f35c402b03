"""The composition root without Qt: every service the kiosk runs on, built in one place.

`Backend.from_settings(settings)` is the live path: a store's keys, outlet and station. It
builds the HTTP clients, the Final POS client, the journal, the till session, the catalog and
the image cache without touching the network, then takes the installation (outlet's Connect
account, Terminal location, station's reader: `kiosk.installation`) from its cache. Payment
services (Stripe gateway, checkout, recovery) exist once the installation is known: at once
from the cache, or after `resolve_async` has read it from Final POS. `Backend.demo()` is the
same path pointed at the embedded sandboxes (`kiosk.sandbox.embedded`), nothing else.

The Qt app (`kiosk.app`), the `kiosk check` / `kiosk setup` commands, the test harness and the
benchmarks all build this one `Backend` rather than wiring services by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import installation as inst
from kiosk.config import Settings
from kiosk.installation import Installation, InstallationError, InstallationProblem

if TYPE_CHECKING:
    import httpx

    from kiosk.domain.checkout import Boundary
    from kiosk.finalpos.client import FinalPosClient
    from kiosk.payments.gateway import ReaderInfo
    from kiosk.payments.stripe_terminal import StripeTerminalGateway
    from kiosk.sandbox.embedded import Sandboxes
    from kiosk.services.catalog import CatalogService, ImageCache
    from kiosk.services.checkout import CheckoutService, RetryPolicy
    from kiosk.services.journal import Journal
    from kiosk.services.receipts.jobs import JobStore
    from kiosk.services.receipts.service import ReceiptService
    from kiosk.services.recovery import RecoveryService
    from kiosk.services.session import TillSessionService

log = logging.getLogger(__name__)


@dataclass
class GatewayOptions:
    """Tuning knobs tests and benchmarks change; production uses the defaults."""

    poll_interval_s: float = 0.5
    request_timeout_s: float = 30.0
    max_network_retries: int = 2


@dataclass
class BackendOptions:
    step_hook: Callable[[Boundary], None] | None = None
    retry: RetryPolicy | None = None
    lease_s: float | None = None
    gateway: GatewayOptions = field(default_factory=GatewayOptions)
    finalpos: dict[str, Any] = field(default_factory=dict)  # FinalPosClient keyword arguments
    checkout: dict[str, Any] = field(default_factory=dict)  # CheckoutService keyword arguments
    session_max_age_s: float | None = None  # how long a checked-open till session is trusted


class Backend:
    """Owns the kiosk's services and closes them; see the module docstring."""

    def __init__(
        self,
        settings: Settings,
        *,
        finalpos: FinalPosClient,
        http: httpx.AsyncClient,
        journal: Journal,
        session: TillSessionService,
        catalog: CatalogService,
        images: ImageCache,
        options: BackendOptions,
        sandboxes: Sandboxes | None = None,
    ) -> None:
        self.settings = settings
        self.finalpos = finalpos
        self.http = http
        self.journal = journal
        self.session = session
        self.catalog = catalog
        self.images = images
        self.options = options
        self.sandboxes = sandboxes
        self.installation: Installation | None = None
        self.gateway: StripeTerminalGateway | None = None
        self.checkout: CheckoutService | None = None
        self.recovery: RecoveryService | None = None
        self.receipts: ReceiptService | None = None
        self._receipt_jobs: JobStore | None = None  # one per data dir, across installations
        self._retired: list[Callable[[], Awaitable[None]]] = []
        self.on_payments_changed: Callable[[Backend], None] | None = None

    # -- construction --------------------------------------------------------------------

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        options: BackendOptions | None = None,
        catalog: CatalogService | None = None,
        sandboxes: Sandboxes | None = None,
        recover_journal: bool = False,
    ) -> Backend:
        """Build everything that needs no network; payments too when the installation is cached.

        `settings` must be a complete live configuration (keys, outlet, station).
        `catalog` lets the app hand over the catalog service it already used for the first
        frame (its cached menu is not read twice). `recover_journal` (the kiosk itself, holding
        the data-dir lock) moves a damaged journal aside and marks it for a rebuild instead of
        failing; tools open it strictly.
        """
        import httpx

        from kiosk.finalpos.client import FinalPosClient
        from kiosk.finalpos.transport import default_tls_context
        from kiosk.services.catalog import CatalogService, ImageCache
        from kiosk.services.journal import Journal
        from kiosk.services.session import TillSessionService

        options = options or BackendOptions()
        assert settings.outlet_id and settings.station_id, "a live configuration is required"
        data_dir = settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        finalpos = FinalPosClient.from_settings(settings, **options.finalpos)
        http = httpx.AsyncClient(timeout=20.0, verify=default_tls_context())
        if catalog is None:
            catalog = CatalogService(
                finalpos, data_dir / "catalog", settings.outlet_id, settings.currency
            )
        else:
            catalog.client = finalpos
        journal = Journal.open(data_dir) if recover_journal else Journal.in_dir(data_dir)
        session_extra: dict[str, Any] = {}
        if options.session_max_age_s is not None:
            session_extra["max_age_s"] = options.session_max_age_s
        session = TillSessionService(
            finalpos=finalpos,
            journal=journal,
            station_id=settings.station_id,
            kiosk_name=settings.kiosk_name,
            currency=settings.currency,
            **session_extra,
        )
        backend = cls(
            settings,
            finalpos=finalpos,
            http=http,
            journal=journal,
            session=session,
            catalog=catalog,
            images=ImageCache(data_dir / "images", http),
            options=options,
            sandboxes=sandboxes,
        )
        cached = inst.load_cached(
            data_dir, outlet_id=settings.outlet_id, station_id=settings.station_id
        )
        if cached is not None:
            backend._use(cached)
        return backend

    @classmethod
    def demo(
        cls, settings: Settings, sandboxes: Sandboxes, *, options: BackendOptions | None = None
    ) -> Backend:
        """The live path pointed at running embedded sandboxes (`Sandboxes.start()` first)."""
        return cls.from_settings(
            demo_settings(settings, sandboxes), options=options, sandboxes=sandboxes
        )

    # -- the installation ----------------------------------------------------------------

    async def resolve_async(self) -> Installation:
        """Read the installation from Final POS, cache it, and (re)build payments if it moved.

        Raises `InstallationError` with a `problem` code; the cached installation (if any)
        stays in use when Final POS is merely unreachable.
        """
        settings = self.settings
        assert settings.outlet_id and settings.station_id
        resolved = await inst.resolve(
            self.finalpos,
            outlet_id=settings.outlet_id,
            station_id=settings.station_id,
            reader_override=settings.reader_id,
        )
        try:
            inst.save_cached(settings.data_dir, resolved)
        except OSError as exc:
            log.warning("could not cache the installation: %s", exc)
        if not resolved.same_payments(self.installation):
            if self.installation is not None:
                log.warning(
                    "the installation changed in Final POS (account %s, location %s, reader %s)",
                    resolved.stripe_account,
                    resolved.location_id,
                    resolved.reader_id,
                )
            self._use(resolved)
            if self.on_payments_changed is not None:
                self.on_payments_changed(self)
        else:
            self.installation = resolved
        return resolved

    def use_installation(self, installation: Installation) -> None:
        """Take payments for `installation` from now on (tests: one without a reader)."""
        self._use(installation)
        if self.on_payments_changed is not None:
            self.on_payments_changed(self)

    def _use(self, installation: Installation) -> None:
        """Build the payment services for `installation` (replacing earlier ones)."""
        from kiosk.domain.receipt import StoreInfo
        from kiosk.payments.stripe_terminal import StripeTerminalGateway
        from kiosk.services.checkout import CheckoutService, tax_rates
        from kiosk.services.receipts.jobs import JobStore
        from kiosk.services.receipts.service import ReceiptService
        from kiosk.services.recovery import RecoveryService

        settings = self.settings
        assert settings.stripe_api_key is not None and settings.outlet_id
        if self.checkout is not None:  # its background finishes use the old gateway
            self._retired.append(self.checkout.aclose)
        if self.gateway is not None:
            self._retired.append(self.gateway.aclose)
        opts = self.options.gateway
        gateway = StripeTerminalGateway(
            settings.stripe_api_key,
            stripe_account=installation.stripe_account,
            base_url=settings.stripe_url,
            poll_interval_s=opts.poll_interval_s,
            request_timeout_s=opts.request_timeout_s,
            max_network_retries=opts.max_network_retries,
        )
        extra: dict[str, Any] = dict(self.options.checkout)
        if self.options.retry is not None:
            extra["retry"] = self.options.retry
        if self.options.lease_s is not None:
            extra["lease_s"] = self.options.lease_s
        checkout = CheckoutService(
            finalpos=self.finalpos,
            gateway=gateway,
            journal=self.journal,
            session=self.session,
            tax_rates=tax_rates(settings.tax_tables),
            default_tax_table=settings.default_tax_table,
            currency=settings.currency,
            kiosk_name=settings.kiosk_name,
            outlet_id=settings.outlet_id,
            reader_id=installation.reader_id,
            location_id=installation.location_id,
            payment_timeout_s=settings.payment_timeout_s,
            order_prefix=settings.order_prefix or order_prefix(installation),
            step_hook=self.options.step_hook,
            **extra,
        )
        self.installation = installation
        self.gateway = gateway
        self.checkout = checkout
        self.recovery = RecoveryService(checkout=checkout, journal=self.journal)
        if self.receipts is not None:
            self._retired.append(self.receipts.stop_async)
        if self._receipt_jobs is None:
            self._receipt_jobs = JobStore.beside(self.journal.path)
        self.receipts = ReceiptService(
            settings.receipts,
            journal=self.journal,
            store=StoreInfo(
                name=installation.outlet_name or settings.store_name or settings.kiosk_name,
                address_lines=installation.outlet_address_lines,
                phone=installation.outlet_phone,
                tax_id=installation.outlet_tax_id,
            ),
            gateway=gateway,
            locale=settings.locale,
            rates=tax_rates(settings.tax_tables),
            category_of=self._category_of,
            jobs=self._receipt_jobs,
        )

    def _category_of(self, product_id: str) -> str | None:
        """The product's first category name, for grouping kitchen tickets."""
        catalog = self.catalog.catalog
        if catalog is None:
            return None
        product = catalog.product(product_id)
        if product is None or not product.category_ids:
            return None
        first = product.category_ids[0]
        return next((c.name for c in catalog.categories if c.id == first), None)

    # -- recovery ------------------------------------------------------------------------

    async def recover_async(self) -> None:
        """One recovery pass, after rebuilding a journal that was lost or damaged (if so).

        Never raises for the network or a journal problem: the next pass tries again.
        """
        from kiosk.finalpos.errors import FinalPosError
        from kiosk.payments.gateway import PaymentError
        from kiosk.services.journal import JournalError
        from kiosk.services.rebuild import rebuild_if_needed_async

        if self.gateway is None or self.recovery is None:
            return
        try:
            report = await rebuild_if_needed_async(
                self.journal,
                finalpos=self.finalpos,
                gateway=self.gateway,
                kiosk_name=self.settings.kiosk_name,
            )
        except (FinalPosError, PaymentError, JournalError) as exc:
            log.warning("journal rebuild not finished, trying again next pass: %s", exc)
            return
        if report is not None:
            log.warning("journal rebuilt from Stripe and Final POS: %s", report)
        await self.recovery.recover_async()

    async def recover_periodically_async(self, interval_s: float) -> None:
        """`recover_async` now and every `interval_s` until cancelled."""
        from kiosk.services.periodic import repeat_async

        await repeat_async(self.recover_async, interval_s, what="recovery", logger=log)

    # -- the reader ----------------------------------------------------------------------

    async def reader_async(self) -> ReaderInfo:
        """The payment reader as Stripe sees it now.

        Raises `InstallationError(NO_READER)` when none is set up, `PaymentError` when Stripe
        cannot be asked or refuses (its `code` names why).
        """
        installation = self.installation
        if self.gateway is None or installation is None:
            raise InstallationError(
                InstallationProblem.FINALPOS_UNREACHABLE,
                "the installation is not known yet (Final POS not reached)",
            )
        if not installation.reader_id:
            raise InstallationError(
                InstallationProblem.NO_READER,
                f"station {installation.station_id} names no reader (stripeTerminalId) "
                "and no reader_id is configured",
            )
        return await self.gateway.retrieve_reader_async(installation.reader_id)

    # -- shutdown ------------------------------------------------------------------------

    async def aclose(self) -> None:
        closers: list[Callable[[], Awaitable[None]]] = [*self._retired]
        if self.checkout is not None:  # background finishes first: they need the clients
            closers.append(self.checkout.aclose)
        if self.receipts is not None:
            closers.append(self.receipts.stop_async)
        if self.gateway is not None:
            closers.append(self.gateway.aclose)
        closers += [self.finalpos.aclose, self.http.aclose]
        self._retired.clear()
        for close in closers:
            try:
                await close()
            except Exception:
                log.warning("closing %s failed", close, exc_info=True)
        if self._receipt_jobs is not None:
            self._receipt_jobs.close()
        try:
            self.journal.close()
        except Exception:
            log.warning("closing the journal failed", exc_info=True)

    async def __aenter__(self) -> Backend:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def order_prefix(installation: Installation) -> str:
    """A letter per station from its Final POS number (1 -> A, 2 -> B, ... 27 -> A again), so
    two kiosks of a fleet do not hand out the same order number; `order_prefix` overrides."""
    sequence = installation.station_sequence
    if sequence is None or sequence < 1:
        return "A"
    return chr(ord("A") + (sequence - 1) % 26)


def data_dir_for_demo(settings: Settings) -> Path:
    """The demo store's journal and caches live apart from a real installation's."""
    return settings.data_dir / "demo"


def demo_settings(settings: Settings, sandboxes: Sandboxes) -> Settings:
    """`settings` pointed at running sandboxes: their URLs, demo keys, outlet and station.

    Everything else (reader, Connect account, location) is then read from the Final POS
    sandbox exactly as from the real Final POS.
    """
    from pydantic import SecretStr

    info = sandboxes.info
    return settings.model_copy(
        update={
            "finalpos_url": info.finalpos_url,
            "finalpos_api_key": SecretStr(info.finalpos_api_key),
            "outlet_id": info.outlet_id,
            "station_id": info.station_id,
            "currency": info.currency,
            "store_name": settings.store_name or info.store_name,
            "stripe_url": info.stripe_url,
            "stripe_api_key": SecretStr(info.stripe_api_key),
            "reader_id": None,
            "data_dir": data_dir_for_demo(settings),
        }
    )
