"""The records the sandbox keeps: Stripe's objects as dicts, issued keys, stored idempotent
answers, and the simulation of each reader."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.sandbox.stripe import cards

Obj = dict[str, Any]


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


@dataclass(frozen=True)
class ApiKey:
    """A key the sandbox issued: whose it is and, for a restricted key, what it may do."""

    key: str = field(repr=False)
    account: str = ""  # "" a platform key; else the connected account's own key
    restricted: Mapping[str, str] | None = None  # resource -> "read" | "write"; None: secret

    def allows(self, resource: str, level: str) -> bool:
        if self.restricted is None:
            return True
        granted = self.restricted.get(resource)
        return granted == "write" or (granted == "read" and level == "read")


@dataclass
class ReaderMode:
    """Switches steering one reader (tests and demos); see `StripeState.set_reader_mode`."""

    offline: bool = False
    busy: bool = False  # every command answers terminal_reader_busy
    timeout: bool = False  # commands are not delivered and answer terminal_reader_timeout
    timeout_delivered: bool = False  # delivered, but the answer is terminal_reader_timeout
    auto_present_after_s: float | None = None  # None: the sandbox-wide default
    auto_present_card: str | None = None


@dataclass
class _ReaderSim:
    account: str
    mode: ReaderMode = field(default_factory=ReaderMode)
    auto_present_at: float | None = None
    # card presented, authorisation under way: (intent id, card number, outcome)
    pending: tuple[str, str, cards.Decline | None] | None = None
    processing_until: float = 0.0


@dataclass
class _IdemRecord:
    fingerprint: str
    status: int
    body: str
    stored_at: float = 0.0  # wall clock
