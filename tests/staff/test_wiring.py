"""build_staff_desk over a Backend-shaped object: the same services, the refund journal beside."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.services.refunds import REFUND_FILE
from kiosk.services.staff import SignInOutcome, hash_pin
from kiosk.ui.staff.wiring import build_authenticator, build_staff_desk, close_staff_desk
from tests.services.harness import build_services, running_stack


@dataclass(frozen=True)
class FakeSettings:
    data_dir: Path
    outlet_id: str | None
    currency: str


@dataclass(frozen=True)
class Installation:
    outlet_id: str
    reader_id: str


@dataclass(frozen=True)
class BackendShape:
    settings: FakeSettings
    finalpos: Any
    journal: Any
    session: Any
    gateway: Any
    checkout: Any
    recovery: Any
    installation: Any


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    pin_hash: str


async def test_desk_uses_the_backends_own_services(tmp_path: Path) -> None:
    with running_stack() as stack:
        async with build_services(stack.config, tmp_path) as s:
            backend = BackendShape(
                FakeSettings(tmp_path, None, "EUR"),
                s.finalpos,
                s.journal,
                s.session,
                None,
                s.checkout,
                s.recovery,
                Installation(stack.config.outlet_id, stack.config.reader_id),
            )
            assert build_staff_desk(backend) is None  # payments not ready yet
            desk = build_staff_desk(replace(backend, gateway=s.gateway))
            assert desk is not None
            try:
                assert desk._session is s.session and desk._journal is s.journal
                assert desk.refunds.journal.path == tmp_path / REFUND_FILE
                assert desk._outlet_id == stack.config.outlet_id
                outcome, reader = await desk.reader_async()
                assert outcome == "ok"
                assert reader is not None and reader.reader_id == stack.config.reader_id
            finally:
                close_staff_desk(desk)
    auth = build_authenticator([Member("Maria", "manager", hash_pin("1234", n=16, r=1, p=1))])
    assert (await auth.sign_in_async("1234")).outcome is SignInOutcome.SIGNED_IN
