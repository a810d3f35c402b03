"""What the money-integrity tests share: services with a short Final POS deadline and a
quiet period past it, recovery until clean, and edits of the sandboxes' records."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import Boundary
from kiosk.services.checkout import (
    StepHook,
)
from tests.services.harness import (
    Services,
    Stack,
    build_services,
)

# A Final POS client that gives up after 0.3 s, a server that commits 0.5 s after reading the
# request (just past the client's deadline), and a quiet period longer than the deadline.
TIMEOUT_S = 0.3
LATE_S = 0.5
QUIET_S = 1.2


def fast(stack: Stack, tmp_path: Path, **kwargs: Any) -> Any:
    return build_services(
        stack.config,
        tmp_path,
        finalpos_timeout_s=TIMEOUT_S,
        post_quiet_s=QUIET_S,
        **kwargs,
    )


async def recover_until_clean(services: Services, *, passes: int = 40) -> None:
    # A checkout just paid has its books in the background first; recovery skips it meanwhile.
    assert await services.checkout.wait_books_async()
    for _ in range(passes):
        report = await services.recovery.recover_async()
        if report.clean:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"recovery not clean: {report}")


def store_doc(stack: Stack, resource: str, record_id: str) -> dict[str, Any]:
    store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
    doc = store.get(company, resource, record_id)
    assert doc is not None
    return doc


def edit_order(stack: Stack, cid: str, change: Callable[[dict[str, Any]], None]) -> None:
    store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    change(order)
    store.replace(company, "orders", order)


def delete_order(stack: Stack, cid: str) -> None:
    store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    assert store.delete(company, "orders", order["id"])


def intent_of(stack: Stack, cid: str) -> dict[str, Any]:
    [pi] = [p for p in stack.intents() if p["metadata"].get("checkout_id") == cid]
    return pi


class Crash(BaseException):
    """The process dies here (not an Exception: nothing in the kiosk catches it)."""


def crash() -> None:
    raise Crash


def at(point: Boundary, action: Callable[[], None]) -> StepHook:
    def hook(reached: Boundary) -> None:
        if reached is point:
            action()

    return hook
