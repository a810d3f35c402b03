"""Staff people, PINs, roles and permissions (no Qt): what staff mode and the station share."""

from kiosk.services.staff.auth import (
    SignInOutcome,
    SignInResult,
    StaffAuthenticator,
    StaffMemberLike,
    StaffUser,
)
from kiosk.services.staff.lockout import LockState, PinLockout
from kiosk.services.staff.pins import PinFormatError, hash_pin, validate_pin, verify_pin
from kiosk.services.staff.roles import (
    FALLBACK_ROLES,
    REQUIRED,
    Permission,
    Role,
    RoleBook,
    RolesSource,
    StaffAction,
)

__all__ = [
    "FALLBACK_ROLES",
    "REQUIRED",
    "LockState",
    "Permission",
    "PinFormatError",
    "PinLockout",
    "Role",
    "RoleBook",
    "RolesSource",
    "SignInOutcome",
    "SignInResult",
    "StaffAction",
    "StaffAuthenticator",
    "StaffMemberLike",
    "StaffUser",
    "hash_pin",
    "validate_pin",
    "verify_pin",
]
