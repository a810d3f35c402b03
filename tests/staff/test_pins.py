"""PIN hashing, verification, lockout delays, roles and sign-in."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import Any

import pytest

from kiosk.services.staff import (
    FALLBACK_ROLES,
    REQUIRED,
    Permission,
    PinFormatError,
    PinLockout,
    RoleBook,
    SignInOutcome,
    StaffAction,
    StaffAuthenticator,
    hash_pin,
    verify_pin,
)
from kiosk.services.staff.pins import parse_hash

FAST = {"n": 2**4, "r": 1, "p": 1}  # cheap parameters: the format and logic, not the cost


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    pin_hash: str


def test_hash_format_is_salted_scrypt_and_verifies() -> None:
    stored = hash_pin("482913")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert "482913" not in stored
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)
    assert hash_pin("482913") != stored  # a new salt every time
    assert parse_hash(stored)[:3] == (2**14, 8, 1)


@pytest.mark.parametrize("pin", ["123", "12a4", "", "1234567890123", "١٢٣٤"])
def test_pins_must_be_4_to_12_ascii_digits(pin: str) -> None:
    with pytest.raises(PinFormatError) as raised:
        hash_pin(pin, **FAST)
    assert pin not in str(raised.value) or not pin


def test_a_malformed_guess_is_just_wrong() -> None:
    stored = hash_pin("1234", **FAST)
    assert not verify_pin("12a4", stored)
    assert not verify_pin("", stored)
    assert verify_pin("1234", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "plain1234",
        "scrypt$16$1$1$c2FsdHNhbHQ=",
        "scrypt$15$1$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # n not a power of two
        "scrypt$1099511627776$8$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # absurd memory
        "scrypt$16$1$1$!!!$ZGlnZXN0ZGlnZXN0ZGlnZXN0",
    ],
)
def test_malformed_stored_hashes_are_refused(stored: str) -> None:
    with pytest.raises(PinFormatError):
        verify_pin("1234", stored)


def test_lockout_after_five_wrong_pins_grows_and_resets() -> None:
    now = [1000.0]
    lockout = PinLockout(clock=lambda: now[0])
    for _ in range(4):
        assert not lockout.failed().locked
    state = lockout.failed()
    assert state.locked and state.seconds_left == 30
    now[0] += 29
    assert lockout.state().locked
    now[0] += 1
    assert not lockout.state().locked
    assert lockout.failed().seconds_left == 60  # the sixth miss waits longer
    now[0] += 60
    assert lockout.failed().seconds_left == 120
    assert lockout.delay_for(30) == 15 * 60  # capped
    lockout.succeeded()
    assert lockout.state().failures == 0 and not lockout.state().locked


def test_roles_from_finalpos_then_fallback() -> None:
    records: list[Any] = [
        {
            "id": "r1",
            "name": "Shift Lead",
            "permissions": [
                {"name": "kiosk_staff", "value": True},
                {"name": "refund_order", "value": True},
                {"name": "exit_kiosk", "value": False},
                {"name": "create_order", "value": True},
            ],
        },
        {"name": "  "},
    ]
    book = RoleBook(records)
    lead = book.role("shift  lead")
    assert lead.source == "finalpos"
    assert lead.permissions == {Permission.STAFF, Permission.REFUND}
    assert lead.allows(StaffAction.REFUND) and not lead.allows(StaffAction.EXIT_APP)
    staff = book.role("Staff")
    assert staff.source == "fallback" and staff.allows(StaffAction.CLOSE_SESSION)
    assert not staff.allows(StaffAction.REFUND) and not staff.allows(StaffAction.EXIT_APP)
    assert book.role("manager").permissions == set(Permission)
    nobody = book.role("cleaner")
    assert nobody.source == "none" and not nobody.allows(StaffAction.ENTER)
    assert set(REQUIRED) == set(StaffAction)
    assert FALLBACK_ROLES["manager"] >= FALLBACK_ROLES["staff"]


class Roles:
    def __init__(self, fail: bool) -> None:
        self.fail = fail

    async def list_roles(self) -> list[dict[str, Any]]:
        if self.fail:
            raise ConnectionError("down")
        return [
            {"name": "staff", "permissions": [{"name": "kiosk_staff", "value": False}]},
            {"name": "Manager", "permissions": [{"name": "create_order", "value": True}]},
        ]


async def test_role_loading_falls_back_when_finalpos_fails() -> None:
    assert not (await RoleBook.load_async(Roles(fail=True))).from_finalpos
    assert not (await RoleBook.load_async(object())).from_finalpos
    remote = await RoleBook.load_async(Roles(fail=False))
    assert remote.from_finalpos
    # a permission the role lists decides; one it is silent about keeps the local default
    assert remote.role("staff").permissions == FALLBACK_ROLES["staff"] - {Permission.STAFF}
    assert remote.role("manager").permissions == FALLBACK_ROLES["manager"]
    assert remote.role("cashier").permissions == frozenset()


async def test_sign_in_right_wrong_locked_and_logs_no_digits(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    now = [0.0]
    auth = StaffAuthenticator(
        [
            Member("Sam", "staff", hash_pin("2468", **FAST)),
            Member("Maria", "manager", hash_pin("97531", **FAST)),
            Member("Cleo", "cleaner", hash_pin("1111", **FAST)),
        ],
        lockout=PinLockout(clock=lambda: now[0]),
    )
    ok = await auth.sign_in_async("97531")
    assert ok.outcome is SignInOutcome.SIGNED_IN and ok.user is not None
    assert ok.user.name == "Maria" and ok.user.role.allows(StaffAction.REFUND)
    assert (await auth.sign_in_async("1111")).outcome is SignInOutcome.NOT_ALLOWED
    for _ in range(4):
        assert (await auth.sign_in_async("0000")).outcome is SignInOutcome.WRONG_PIN
    locked = await auth.sign_in_async("0000")
    assert locked.outcome is SignInOutcome.LOCKED and locked.seconds_left == 30
    # even the right PIN is refused while locked
    assert (await auth.sign_in_async("2468")).outcome is SignInOutcome.LOCKED
    now[0] += 30
    assert (await auth.sign_in_async("2468")).outcome is SignInOutcome.SIGNED_IN
    text = caplog.text
    assert "wrong staff PIN" in text and "locked for 30 s" in text
    for pin in ("2468", "97531", "0000", "1111"):
        assert pin not in text


async def test_roles_loaded_from_finalpos_decide_the_permissions() -> None:
    auth = StaffAuthenticator([Member("Sam", "staff", hash_pin("2468", **FAST))])
    assert (await auth.sign_in_async("2468")).user.role.source == "fallback"  # type: ignore[union-attr]
    await auth.load_roles_async(Roles(fail=False))  # Final POS's "staff" role withholds entry
    assert (await auth.sign_in_async("2468")).outcome is SignInOutcome.NOT_ALLOWED


async def test_no_staff_configured() -> None:
    result = await StaffAuthenticator([]).sign_in_async("1234")
    assert result.outcome is SignInOutcome.NO_STAFF
