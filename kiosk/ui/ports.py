"""What the view-models need from the services, as structural types.

The view-models are written against these protocols so tests can hand them small fakes
(`tests/ui/fakes.py`) and the composition root hands them the real services from
`kiosk.services`. The shapes mirror `kiosk.services.checkout` exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from kiosk.domain.cart import Cart
from kiosk.domain.pricing import Totals


class PendingCheckoutLike(Protocol):
    @property
    def checkout_id(self) -> str: ...
    @property
    def order_number(self) -> str: ...
    @property
    def totals(self) -> Totals: ...


class CheckoutResultLike(Protocol):
    @property
    def outcome(self) -> Any: ...  # CheckoutOutcome (a StrEnum); compared by name
    @property
    def checkout_id(self) -> str: ...
    @property
    def order_number(self) -> str | None: ...
    @property
    def code(self) -> Any: ...  # ResultCode (a StrEnum): the UI owns the wording
    @property
    def can_retry(self) -> bool: ...
    @property
    def decline(self) -> Any: ...  # DeclineReason or None


class CheckoutPort(Protocol):
    def price(self, cart: Cart) -> Totals: ...

    async def begin_async(self, cart: Cart) -> PendingCheckoutLike: ...

    async def pay_async(
        self,
        checkout_id: str,
        *,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
        card_wait_factor: float = 1.0,
    ) -> CheckoutResultLike: ...

    async def abandon_async(self, checkout_id: str) -> None: ...


class ImageStore(Protocol):
    def local_path(self, url: str) -> Path | None: ...

    async def fetch_async(self, urls: Iterable[str]) -> Any: ...


def outcome_name(outcome: Any) -> str:
    """ "PAID", "DECLINED", ... whether the outcome is the enum or its string value."""
    name = getattr(outcome, "name", None)
    return str(name if isinstance(name, str) else outcome).upper()
