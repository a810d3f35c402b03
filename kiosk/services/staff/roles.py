"""Staff roles and what each staff-mode action needs.

Permissions come from the company's Final POS roles (``GET /v1/api/roles``) where it has
them: a staff member's configured ``role`` is matched to a Final POS role by name (case and
spacing ignored), and a permission that role lists by one of the names below decides
(``value: true`` grants, ``false`` withholds). Final POS documents only the shape of a
permission (name, permissionId, category, subCategory, value), not the names in use; the
names below are the kiosk's own, so a company opts in by adding them to its roles, and a
role that does not mention one leaves it to the local fallback of the same name.

Local fallback (documented in the README): the roles ``staff`` and ``manager`` below, for
every permission Final POS does not decide (no roles, unreachable, no role of that name, or
a role silent about it); any other role name then grants only what Final POS lists for it.

| action                                  | permission        | staff | manager |
| --------------------------------------- | ----------------- | ----- | ------- |
| open staff mode, see till/orders/reader | ``kiosk_staff``   | yes   | yes     |
| pause/resume ordering, sync the menu    | ``kiosk_ordering``| yes   | yes     |
| mark a product sold out here            | ``manage_stock``  | yes   | yes     |
| retry an item that needs attention      | ``kiosk_staff``   | yes   | yes     |
| show a test message on the reader       | ``kiosk_staff``   | yes   | yes     |
| open / close the till session           | ``manage_session``| yes   | yes     |
| refund (full or by line)                | ``refund_order``  | no    | yes     |
| mark an attention item handled          | ``resolve_issues``| no    | yes     |
| exit the kiosk app                      | ``exit_kiosk``    | no    | yes     |
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

log = logging.getLogger(__name__)


class Permission(StrEnum):
    STAFF = "kiosk_staff"
    ORDERING = "kiosk_ordering"
    MANAGE_STOCK = "manage_stock"
    MANAGE_SESSION = "manage_session"
    REFUND = "refund_order"
    RESOLVE = "resolve_issues"
    EXIT = "exit_kiosk"


class StaffAction(StrEnum):
    """Everything staff mode lets a person do; `REQUIRED` says which permission it needs."""

    ENTER = "enter"
    VIEW = "view"
    PAUSE_ORDERING = "pause_ordering"
    RESUME_ORDERING = "resume_ordering"
    SYNC_MENU = "sync_menu"
    SOLD_OUT = "sold_out"
    RETRY_ATTENTION = "retry_attention"
    READER_TEST = "reader_test"
    OPEN_SESSION = "open_session"
    CLOSE_SESSION = "close_session"
    REFUND = "refund"
    MARK_HANDLED = "mark_handled"
    EXIT_APP = "exit_app"


REQUIRED: Mapping[StaffAction, Permission] = {
    StaffAction.ENTER: Permission.STAFF,
    StaffAction.VIEW: Permission.STAFF,
    StaffAction.PAUSE_ORDERING: Permission.ORDERING,
    StaffAction.RESUME_ORDERING: Permission.ORDERING,
    StaffAction.SYNC_MENU: Permission.ORDERING,
    StaffAction.SOLD_OUT: Permission.MANAGE_STOCK,
    StaffAction.RETRY_ATTENTION: Permission.STAFF,
    StaffAction.READER_TEST: Permission.STAFF,
    StaffAction.OPEN_SESSION: Permission.MANAGE_SESSION,
    StaffAction.CLOSE_SESSION: Permission.MANAGE_SESSION,
    StaffAction.REFUND: Permission.REFUND,
    StaffAction.MARK_HANDLED: Permission.RESOLVE,
    StaffAction.EXIT_APP: Permission.EXIT,
}

_STAFF = frozenset(
    {Permission.STAFF, Permission.ORDERING, Permission.MANAGE_STOCK, Permission.MANAGE_SESSION}
)
FALLBACK_ROLES: Mapping[str, frozenset[Permission]] = {
    "staff": _STAFF,
    "manager": frozenset(Permission),
}


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    permissions: frozenset[Permission]
    source: str  # "finalpos" | "fallback" | "none"

    def allows(self, action: StaffAction) -> bool:
        return REQUIRED[action] in self.permissions


class RolesSource(Protocol):
    """What `FinalPosClient.list_roles()` offers (records with a name and permissions)."""

    async def list_roles(self) -> Sequence[Any]: ...


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def _decided(permissions: Iterable[Any] | None) -> dict[Permission, bool]:
    """The kiosk permissions a Final POS role lists, granted (True) or withheld (False)."""
    known = {p.value: p for p in Permission}
    found: dict[Permission, bool] = {}
    for item in permissions or ():
        name, value = _field(item, "name"), _field(item, "value")
        if isinstance(name, str) and name in known and isinstance(value, bool):
            found[known[name]] = value
    return found


def _granted(name: str, permissions: Iterable[Any] | None) -> frozenset[Permission]:
    decided = _decided(permissions)
    base = FALLBACK_ROLES.get(_key(name), frozenset())
    return frozenset(p for p in Permission if decided.get(p, p in base))


class RoleBook:
    """Role names to permissions: Final POS roles first, the local fallback after."""

    def __init__(self, finalpos_roles: Iterable[Any] = ()) -> None:
        self._remote: dict[str, Role] = {}
        for record in finalpos_roles:
            name = _field(record, "name")
            if isinstance(name, str) and name.strip():
                self._remote[_key(name)] = Role(
                    name, _granted(name, _field(record, "permissions")), "finalpos"
                )

    @property
    def from_finalpos(self) -> bool:
        return bool(self._remote)

    def role(self, name: str) -> Role:
        key = _key(name)
        if key in self._remote:
            return self._remote[key]
        if key in FALLBACK_ROLES:
            return Role(key, FALLBACK_ROLES[key], "fallback")
        return Role(name, frozenset(), "none")

    @classmethod
    async def load_async(cls, source: RolesSource | object | None) -> RoleBook:
        """Roles from Final POS if the client can list them, else the fallback alone.

        Never raises for network trouble: staff must be able to get in when Final POS is down.
        """
        lister = getattr(source, "list_roles", None)
        if lister is None:
            return cls()
        try:
            records = await lister()
        except Exception as exc:  # any failure: fall back, staff mode must open offline
            log.warning(
                "Final POS roles unavailable (%s); using the local staff/manager roles",
                type(exc).__name__,
            )
            return cls()
        return cls(records)
