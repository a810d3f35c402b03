"""Test harness for the checkout services: both sandboxes, service wiring, invariant checks.

`running_stack()` serves the Final POS and Stripe sandboxes from the test process on loopback
ports. `StackConfig` is the JSON-able address book a worker subprocess needs to reach them.
`build_services()` builds them through the kiosk's own `Backend`, configured as a real store,
exactly as the app does. `check_invariants()` reads the sandboxes' own
state (not the kiosk's journal) and returns every violation of the money invariants.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from kiosk.backend import Backend, BackendOptions, GatewayOptions
from kiosk.config import load_settings
from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.checkout import Boundary
from kiosk.domain.money import to_minor
from kiosk.domain.pricing import TaxRate
from kiosk.finalpos.client import FinalPosClient
from kiosk.installation import InstallationError
from kiosk.payments.stripe_terminal import StripeTerminalGateway
from kiosk.sandbox.embedded import Sandboxes
from kiosk.sandbox.http import FaultInjector
from kiosk.sandbox.stripe.state import StripeState
from kiosk.services.checkout import CheckoutService, RetryPolicy, StepHook
from kiosk.services.journal import Journal
from kiosk.services.recovery import RecoveryService
from kiosk.services.session import TillSessionService
from tests.services.worker_processes import run_module

RATES = {
    "standard": TaxRate("standard", Decimal("20"), inclusive=True),
    "reduced": TaxRate("reduced", Decimal("10"), inclusive=True),
}


@dataclass(frozen=True)
class StackConfig:
    finalpos_url: str
    finalpos_api_key: str
    stripe_url: str
    stripe_api_key: str
    stripe_account: str
    reader_id: str
    outlet_id: str
    station_id: str
    currency: str = "EUR"

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> StackConfig:
        return cls(**json.loads(text))


@dataclass
class Stack:
    """Both sandboxes (`Sandboxes`) running in this process, with handles on their state."""

    config: StackConfig
    finalpos: Sandboxes  # serves Stripe too; named for what most tests reach through it

    @property
    def stripe_state(self) -> StripeState:
        return self.finalpos.stripe_state

    @property
    def stripe_faults(self) -> FaultInjector:
        return self.finalpos.stripe_faults

    def reader_mode(self, **values: Any) -> None:
        self.stripe_state.set_reader_mode(self.config.reader_id, **values)

    def docs(self, resource: str) -> list[dict[str, Any]]:
        return self.finalpos.finalpos_records(resource)

    def intents(self) -> list[dict[str, Any]]:
        return self.stripe_state.payment_intents(self.config.stripe_account)


@contextmanager
def running_stack(
    *, processing_s: float = 0.05, auto_present_after_s: float = 0.1
) -> Iterator[Stack]:
    with Sandboxes(stripe_processing_s=processing_s) as sandboxes:
        info = sandboxes.info
        assert info.stripe_url is not None
        config = StackConfig(
            finalpos_url=info.finalpos_url,
            finalpos_api_key=info.finalpos_api_key,
            stripe_url=info.stripe_url,
            stripe_api_key=info.stripe_api_key,
            stripe_account=info.stripe_account,
            reader_id=info.reader_id,
            outlet_id=info.outlet_id,
            station_id=info.station_id,
            currency=info.currency,
        )
        stack = Stack(config, sandboxes)
        stack.reader_mode(auto_present_after_s=auto_present_after_s)
        yield stack


@dataclass
class Services:
    finalpos: FinalPosClient
    gateway: StripeTerminalGateway
    journal: Journal
    session: TillSessionService
    checkout: CheckoutService
    recovery: RecoveryService


@asynccontextmanager
async def build_services(
    config: StackConfig,
    data_dir: Path,
    *,
    hook: StepHook | None = None,
    retry: RetryPolicy | None = None,
    payment_timeout_s: float = 10.0,
    lease_s: float = 900.0,
    with_reader: bool = True,
    finalpos_timeout_s: float = 5.0,
    stripe_timeout_s: float = 5.0,
    post_quiet_s: float | None = None,
    session_max_age_s: float = 2.0,
    collect_grace_s: float = 30.0,
    cancel_grace_s: float = 5.0,
    clock: Callable[[], float] = time.time,
    kiosk_name: str = "Kiosk 1",
) -> AsyncIterator[Services]:
    """The services through the kiosk's own composition root (`kiosk.backend.Backend`),
    configured as a real store (keys, outlet, station; the account, location and reader come
    from Final POS), with the test's tunables (fast retries and polls, short timeouts)."""
    settings = load_settings(
        finalpos_url=config.finalpos_url,
        finalpos_api_key=config.finalpos_api_key,
        outlet_id=config.outlet_id,
        station_id=config.station_id,
        stripe_url=config.stripe_url,
        stripe_api_key=config.stripe_api_key,
        currency=config.currency,
        kiosk_name=kiosk_name,
        data_dir=data_dir,
        http_timeout_s=finalpos_timeout_s,
    ).model_copy(update={"payment_timeout_s": payment_timeout_s})  # tests wait less than 5 s
    options = BackendOptions(
        step_hook=hook,
        retry=retry or RetryPolicy(attempts=6, base_s=0.02, max_s=0.3),
        lease_s=lease_s,
        gateway=GatewayOptions(poll_interval_s=0.02, request_timeout_s=stripe_timeout_s),
        finalpos={"backoff_base_s": 0.02, "backoff_max_s": 0.2},
        checkout={
            "post_quiet_s": post_quiet_s,
            "collect_grace_s": collect_grace_s,
            "cancel_grace_s": cancel_grace_s,
            "clock": clock,
        },
        session_max_age_s=session_max_age_s,
    )
    backend = Backend.from_settings(settings, options=options)
    try:
        try:
            installation = await backend.resolve_async()
        except InstallationError:
            if backend.installation is None:
                raise
            installation = backend.installation  # a restart while Final POS is down: the cache
        if not with_reader:  # a station naming no reader, at an outlet with no location
            backend.use_installation(
                installation.model_copy(update={"reader_id": None, "location_id": None})
            )
        assert backend.gateway is not None and backend.checkout is not None
        assert backend.recovery is not None
        yield Services(
            backend.finalpos,
            backend.gateway,
            backend.journal,
            backend.session,
            backend.checkout,
            backend.recovery,
        )
    finally:
        await backend.aclose()


def cart(index: int = 0, currency: str = "EUR") -> Cart:
    """A small cart whose total never ends in one of Stripe's test decline amounts."""
    lines = (
        CartLine(
            "p1:v1",
            "p1",
            "v1",
            "Flat white",
            350 + 50 * (index % 3),
            1 + index % 2,
            (("Size", "Large"),),
            "standard",
        ),
        CartLine("p2:v2", "p2", "v2", "Croissant", 300, 1, (), "reduced"),
    )
    return Cart(currency, lines)


@dataclass
class InvariantReport:
    checkouts: int = 0
    orders: int = 0
    completed: int = 0
    cancelled: int = 0
    void: int = 0
    free: int = 0  # zero totals completed without a card
    intents: int = 0
    captured: int = 0
    sales: int = 0  # net of offsets
    duplicate_orders_cancelled: int = 0
    duplicate_sales_offset: int = 0
    flagged: int = 0  # kept for staff (held or attention): not judged as settled
    violations: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_invariants(
    stack: Stack, checkout_ids: list[str], *, flagged: Iterable[str] = ()
) -> InvariantReport:
    """The money invariants, read from the sandboxes' own state.

    `flagged` are checkouts the kiosk kept for staff (attention or held): their money state is
    not required to be settled, but every amount mismatch must be among them.
    """
    report = InvariantReport(checkouts=len(checkout_ids))
    wanted = set(checkout_ids)
    staff = set(flagged)
    currency = stack.config.currency
    orders_by_cid: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for order in stack.docs("orders"):
        if order.get("externalId") in wanted:
            orders_by_cid[order["externalId"]].append(order)
    sales_by_cid: dict[str, list[dict[str, Any]]] = defaultdict(list)
    offsets_by_cid: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for tx in stack.docs("transactions"):
        ext = str(tx.get("externalId") or "")
        if tx.get("type") != "sale":
            continue
        if ext in wanted:
            sales_by_cid[ext].append(tx)
        elif ":offset:" in ext and ext.split(":offset:")[0] in wanted:
            offsets_by_cid[ext.split(":offset:")[0]].append(tx)
    intents_by_cid: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pi in stack.intents():
        cid = (pi.get("metadata") or {}).get("checkout_id")
        if cid in wanted:
            intents_by_cid[cid].append(pi)
    v = report.violations
    for cid in checkout_ids:
        found = orders_by_cid.get(cid, [])
        pis = intents_by_cid.get(cid, [])
        sales = sales_by_cid.get(cid, [])
        offsets = offsets_by_cid.get(cid, [])
        offset_ids = {str(o["externalId"]).split(":offset:")[1] for o in offsets}
        report.orders += len(found)
        report.intents += len(pis)
        report.duplicate_sales_offset += len(offset_ids)
        if len(offsets) != len(offset_ids):
            v.append(f"{cid}: a duplicate sale offset twice")
        if not offset_ids <= {tx["id"] for tx in sales}:
            v.append(f"{cid}: an offset names no sale of the checkout")
        live_sales = [tx for tx in sales if tx["id"] not in offset_ids]
        live_orders = [o for o in found if o.get("status") != "cancelled"]
        if len(live_orders) > 1:
            v.append(f"{cid}: {len(live_orders)} orders not cancelled")
        if len(found) > 1:
            report.duplicate_orders_cancelled += len(found) - max(1, len(live_orders))
        if len(pis) > 1:
            v.append(f"{cid}: {len(pis)} PaymentIntents")
        order = live_orders[0] if live_orders else (found[0] if found else None)
        pi = pis[0] if pis else None
        captured = pi is not None and pi["status"] == "succeeded"
        if cid in staff:
            report.flagged += 1
            continue
        if pi is not None and pi["status"] not in ("succeeded", "canceled"):
            v.append(f"{cid}: PaymentIntent left {pi['status']}")
        if any(tx.get("orderId") != (order or {}).get("id") for tx in live_sales):
            v.append(f"{cid}: a sale on another order than the checkout's")
        if order is None:
            report.void += 1
            if captured or live_sales:
                v.append(f"{cid}: captured or sold without an order")
            continue
        status = order.get("status")
        completed = status == "completed"
        total = to_minor(order["summary"]["total"], currency)
        if completed:
            report.completed += 1
        elif status == "cancelled":
            report.cancelled += 1
        else:
            v.append(f"{cid}: order left {status}")
        report.sales += len(live_sales)
        if captured:
            report.captured += 1
            received = int(pi["amount_received"]) if pi else 0
            if not completed or len(live_sales) != 1:
                v.append(f"{cid}: captured but order {status} with {len(live_sales)} sales")
            else:
                net = sum(to_minor(tx["amount"], currency) for tx in sales + offsets)
                if net != received:
                    v.append(f"{cid}: sales net {net} != captured {received}")
            if received != total or (pi and int(pi["amount"]) != total):
                v.append(f"{cid}: unflagged amount mismatch: captured {received}, total {total}")
        elif completed and total == 0 and not live_sales and pi is None:
            report.free += 1
        elif completed or live_sales:
            v.append(f"{cid}: order {status} with {len(live_sales)} sales but nothing captured")
    return report


def kept_for_staff(services: Services) -> set[str]:
    """Checkouts the kiosk lists for a person (attention or held)."""
    return {item.checkout_id for item in services.recovery.needs_attention()}


def counts(values: list[str]) -> dict[str, int]:
    return dict(Counter(values))


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


__all__ = ["Boundary"]


def run_worker(
    module: str, stack: Stack, data_dir: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run a crash-matrix worker (`python -m <module>`, in a fresh process without the kiosk's
    import time: tests/services/worker_processes.py) against `stack`, from the repository root.

    It may SIGKILL itself at a boundary: the caller reads the return code and the output."""
    root = Path(__file__).resolve().parents[2]
    return run_module(
        module,
        [*args, "--config", stack.config.to_json(), "--data-dir", str(data_dir)],
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout_s=90,
    )
