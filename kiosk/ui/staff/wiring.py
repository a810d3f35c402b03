"""Build staff mode from the composition root's services (what `kiosk.app` calls).

    desk = build_staff_desk(backend, sync_menu=...)      # None until payments are ready
    auth = build_authenticator(settings.staff)            # Settings.staff (name, role, pin_hash)
    staff = attach_staff_mode(vms, desk=desk, auth=auth, exit_app=..., idle_s=settings.staff_idle_s)
    await auth.load_roles_async(backend.finalpos)         # Final POS roles, else staff/manager
    ...
    backend.on_payments_changed -> staff.set_desk(build_staff_desk(backend, ...))
    shutdown: close_staff_desk(desk)

`build_staff_desk` uses the Backend's own TillSessionService, journal, checkout and recovery
(never second instances: a session closed by staff must be closed for the customer flow too)
and opens the refund journal next to the checkout journal.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from kiosk.finalpos.client import FinalPosClient
from kiosk.payments.gateway import PaymentGateway
from kiosk.services.checkout import CheckoutService
from kiosk.services.journal import Journal
from kiosk.services.recovery import RecoveryService
from kiosk.services.refunds import RefundJournal, RefundService
from kiosk.services.session import TillSessionService
from kiosk.services.staff import StaffAuthenticator, StaffMemberLike
from kiosk.services.staff.desk import StaffDesk


class _SettingsLike(Protocol):
    @property
    def data_dir(self) -> Path: ...
    @property
    def outlet_id(self) -> str | None: ...
    @property
    def currency(self) -> str: ...


class BackendLike(Protocol):
    """The parts of `kiosk.backend.Backend` staff mode uses."""

    @property
    def settings(self) -> _SettingsLike: ...
    @property
    def finalpos(self) -> FinalPosClient: ...
    @property
    def journal(self) -> Journal: ...
    @property
    def session(self) -> TillSessionService: ...
    @property
    def gateway(self) -> PaymentGateway | None: ...
    @property
    def checkout(self) -> CheckoutService | None: ...
    @property
    def recovery(self) -> RecoveryService | None: ...
    @property
    def installation(self) -> Any: ...  # .reader_id and .outlet_id once resolved


def build_staff_desk(
    backend: BackendLike,
    *,
    sync_menu: Callable[[], Awaitable[object]] | None = None,
    reader_id: str | None = None,
) -> StaffDesk | None:
    """The staff desk over the Backend's services; None while payments are not set up."""
    gateway, checkout, recovery = backend.gateway, backend.checkout, backend.recovery
    if gateway is None or checkout is None or recovery is None:
        return None
    settings = backend.settings
    installation = backend.installation
    outlet_id = getattr(installation, "outlet_id", None) or settings.outlet_id
    refunds = RefundService(
        finalpos=backend.finalpos,
        gateway=gateway,
        checkouts=backend.journal,
        journal=RefundJournal.in_dir(settings.data_dir),
        session=backend.session,
        outlet_id=outlet_id,
    )
    return StaffDesk(
        finalpos=backend.finalpos,
        gateway=gateway,
        journal=backend.journal,
        session=backend.session,
        checkout=checkout,
        recovery=recovery,
        refunds=refunds,
        currency=settings.currency,
        outlet_id=outlet_id,
        reader_id=reader_id or getattr(installation, "reader_id", None),
        sync_menu=sync_menu,
        # read at each use: the Backend rebuilds its receipts when the installation moves
        receipts=lambda: getattr(backend, "receipts", None),
    )


def close_staff_desk(desk: StaffDesk | None) -> None:
    if desk is not None:
        desk.refunds.journal.close()


def build_authenticator(staff: Sequence[StaffMemberLike]) -> StaffAuthenticator:
    return StaffAuthenticator(staff)
