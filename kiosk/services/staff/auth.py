"""Staff sign-in by PIN: who it is, their role, and the lockout after wrong PINs.

Every configured member's hash is checked for every attempt (not just until a match), so the
time taken says nothing about which member, if any, matched. The scrypt work runs in a
worker thread so the UI keeps animating. Outcomes are codes; the UI owns the sentences.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from kiosk.services.staff.lockout import PinLockout
from kiosk.services.staff.pins import PinFormatError, verify_pin
from kiosk.services.staff.roles import Role, RoleBook, StaffAction

log = logging.getLogger(__name__)


class StaffMemberLike(Protocol):
    """`Settings.staff` entries (name, role, pin_hash)."""

    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def pin_hash(self) -> str: ...


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"  # too many wrong PINs: wait `seconds_left`
    NOT_ALLOWED = "not_allowed"  # right PIN, but the role may not open staff mode
    NO_STAFF = "no_staff"  # nobody is configured: `kiosk staff add` first


@dataclass(frozen=True, slots=True)
class StaffUser:
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class SignInResult:
    outcome: SignInOutcome
    user: StaffUser | None = None
    seconds_left: float = 0.0
    failures: int = 0


class StaffAuthenticator:
    """Checks PINs against the configured staff; see the module docstring."""

    def __init__(
        self,
        staff: Sequence[StaffMemberLike],
        *,
        roles: RoleBook | None = None,
        lockout: PinLockout | None = None,
        verify: Callable[[str, str], bool] = verify_pin,
    ) -> None:
        self._staff = tuple(staff)
        self.roles = roles or RoleBook()
        self.lockout = lockout or PinLockout()
        self._verify = verify
        self._lock = asyncio.Lock()

    @property
    def has_staff(self) -> bool:
        return bool(self._staff)

    def set_roles(self, roles: RoleBook) -> None:
        self.roles = roles

    async def load_roles_async(self, source: object | None) -> RoleBook:
        """Read the company's roles (`FinalPosClient.list_roles`) and use them from now on;
        the local staff/manager fallback if Final POS has none or cannot be reached."""
        self.roles = await RoleBook.load_async(source)
        return self.roles

    def _match(self, pin: str) -> StaffMemberLike | None:
        found: StaffMemberLike | None = None
        for member in self._staff:
            try:
                ok = self._verify(pin, member.pin_hash)
            except PinFormatError:
                log.error("staff member %s has a malformed PIN hash in the config", member.name)
                ok = False
            if ok and found is None:
                found = member
        return found

    async def sign_in_async(self, pin: str) -> SignInResult:
        async with self._lock:  # one attempt at a time, so the lockout counts every one
            state = self.lockout.state()
            if state.locked:
                return SignInResult(SignInOutcome.LOCKED, None, state.seconds_left, state.failures)
            if not self._staff:
                return SignInResult(SignInOutcome.NO_STAFF)
            member = await asyncio.to_thread(self._match, pin)
            if member is None:
                after = self.lockout.failed()
                outcome = SignInOutcome.LOCKED if after.locked else SignInOutcome.WRONG_PIN
                return SignInResult(outcome, None, after.seconds_left, after.failures)
            self.lockout.succeeded()
            user = StaffUser(member.name, self.roles.role(member.role))
            if not user.role.allows(StaffAction.ENTER):
                log.warning(
                    "staff member %s (role %s) may not open staff mode", member.name, member.role
                )
                return SignInResult(SignInOutcome.NOT_ALLOWED, user)
            log.info(
                "staff member %s signed in (role %s, %s)",
                member.name,
                user.role.name,
                user.role.source,
            )
            return SignInResult(SignInOutcome.SIGNED_IN, user)
