"""The kiosk's background loops: catalog, installation, reader and till session.

Each loop keeps one part of the kiosk current and turns what goes wrong into a pause reason
(`kiosk.ui.pauses`): ordering pauses while Final POS or the reader cannot be reached, with a
cached menu, and clears when they answer again. Without a menu the screen says out of order,
with the reason for staff. Mixed into `kiosk.kiosk_app.Kiosk`, which starts them once the
window is up (not in screenshot mode).
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import TYPE_CHECKING

from kiosk.ui.pauses import PauseCode, PauseReasons, staff_reason

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.services.catalog import CatalogService, ImageCache
    from kiosk.services.session import TillSessionService
    from kiosk.ui.factory import ViewModels

log = logging.getLogger("kiosk.app")

CATALOG_RETRY_S = 15.0
CATALOG_REFRESH_S = 15 * 60.0
SESSION_RETRY_S = 20.0
INSTALLATION_RETRY_S = 15.0
INSTALLATION_REFRESH_S = 30 * 60.0
READER_POLL_S = 30.0


class BackgroundLoops:
    """The loops, over the attributes `Kiosk` owns."""

    vms: ViewModels | None
    backend: Backend | None
    catalog_service: CatalogService | None
    _pauses: PauseReasons

    @property
    def images(self) -> ImageCache | None:
        return self.backend.images if self.backend is not None else None

    @property
    def session(self) -> TillSessionService | None:
        return self.backend.session if self.backend is not None else None

    def _show_pauses(self) -> None:
        if self.vms is not None:
            self.vms.app.set_ordering_paused(bool(self._pauses), self._pauses.describe())

    async def _catalog_loop_async(self, *, has_cache: bool) -> None:
        """Sync the menu now and then; pause ordering while Final POS cannot be reached."""
        from kiosk.finalpos.errors import AuthError, FinalPosError

        assert self.vms is not None
        app = self.vms.app
        while True:
            assert self.catalog_service is not None
            try:
                catalog = await self.catalog_service.sync_async()
            except FinalPosError as exc:
                code = (
                    PauseCode.FINALPOS_AUTH
                    if isinstance(exc, AuthError)
                    else PauseCode.FINALPOS_UNREACHABLE
                )
                self._pauses.set(code, type(exc).__name__)
                self._show_pauses()
                if not has_cache:
                    app.show_out_of_order("no menu: " + staff_reason(code, type(exc).__name__))
                await asyncio.sleep(CATALOG_RETRY_S)
                continue
            has_cache = True
            app.set_catalog(catalog)
            self._pauses.clear(PauseCode.FINALPOS_AUTH, PauseCode.FINALPOS_UNREACHABLE)
            self._show_pauses()
            app.clear_out_of_order()
            await self._fetch_images_async()
            # jittered, so a fleet of kiosks restarted together does not sync in lockstep
            await asyncio.sleep(CATALOG_REFRESH_S * random.uniform(0.8, 1.2))

    async def _fetch_images_async(self) -> None:
        assert self.vms is not None
        urls = self.vms.menu.image_urls()
        if urls and self.images is not None:
            await self.images.fetch_async(urls)
            self.vms.menu.refresh_images()

    async def _installation_loop_async(self) -> None:
        """Read outlet and station from Final POS until it answers; then now and then."""
        from kiosk.installation import InstallationError, InstallationProblem

        backend = self.backend
        assert backend is not None
        while True:
            try:
                installation = await backend.resolve_async()
            except InstallationError as exc:
                log.warning("installation not resolved: %s", exc)
                unreachable = exc.problem is InstallationProblem.FINALPOS_UNREACHABLE
                if not (unreachable and backend.installation is not None):
                    # a cached installation keeps selling through an outage; a wrong one not
                    self._pauses.set(PauseCode.INSTALLATION, exc.problem.value)
                    self._show_pauses()
                await asyncio.sleep(INSTALLATION_RETRY_S)
                continue
            self._pauses.clear(PauseCode.INSTALLATION, PauseCode.INSTALLATION_UNKNOWN)
            self._show_pauses()
            log.info(
                "installation: outlet %s, station %s, Stripe account %s, location %s, reader %s",
                installation.outlet_id,
                installation.station_id,
                installation.stripe_account or "(the key's own)",
                installation.location_id,
                installation.reader_id,
            )
            await asyncio.sleep(INSTALLATION_REFRESH_S)

    async def _reader_loop_async(self) -> None:
        """Keep the reader's state fresh: customers meet "paused" before a cart, not at Pay."""
        from kiosk.installation import InstallationError, InstallationProblem
        from kiosk.payments.gateway import PaymentError

        backend = self.backend
        assert backend is not None
        while True:
            if backend.installation is not None:
                try:
                    reader = await backend.reader_async()
                except InstallationError as exc:
                    if exc.problem is InstallationProblem.NO_READER:
                        self._pauses.set(PauseCode.READER_MISSING)
                except PaymentError as exc:
                    if exc.retryable:
                        self._pauses.set(PauseCode.STRIPE_UNREACHABLE, exc.code or "")
                    else:
                        self._pauses.set(PauseCode.READER_REFUSED, exc.code or "")
                else:
                    self._pauses.clear(
                        PauseCode.READER_MISSING,
                        PauseCode.READER_REFUSED,
                        PauseCode.STRIPE_UNREACHABLE,
                    )
                    if reader.status == "offline":
                        self._pauses.set(PauseCode.READER_OFFLINE, reader.label or reader.id)
                    else:
                        self._pauses.clear(PauseCode.READER_OFFLINE)
                self._show_pauses()
            await asyncio.sleep(READER_POLL_S)

    async def _session_loop_async(self) -> None:
        """Open (or resume) the till session in the background, retrying calmly."""
        from kiosk.finalpos.errors import FinalPosError
        from kiosk.services.session import SessionUnavailable

        assert self.session is not None
        while True:
            try:
                session_id = await self.session.ensure_open_async()
            except (SessionUnavailable, FinalPosError) as exc:
                log.warning("till session not open yet: %s", exc)
                await asyncio.sleep(SESSION_RETRY_S)
                continue
            log.info("till session %s open", session_id)
            return
