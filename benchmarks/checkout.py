"""Checkout benchmark: how long the customer waits for the kiosk, card aside.

Setup (untimed): both embedded sandboxes in this process, a kiosk `Backend` built through the
real composition root configured as a store (`Backend.from_settings`, production defaults for
retries, timeouts and reader polling), two warm-up checkouts per network setting. The
simulated reader approves at once (card presented at 0 s, authorised in 0 s), so the reader's
own simulated time is zero and everything measured is the kiosk and the network.

Timed, `--count` checkouts one after the other through `CheckoutService.begin_async` and
`pay_async`, on loopback and then with `--latency-ms` (default 50) added to every request on
both sandboxes (their fault injectors: 0.5x..1.5x that latency, uniformly):

- approval -> paid: from the `Boundary.APPROVED` step hook (the reader's collect came back
  approved: the PaymentIntent is `requires_capture`) to `pay_async` returning PAID;
- kiosk: from `begin_async` to `pay_async` returning PAID, minus the reader's simulated time;
- books: from `begin_async` until the journal says the checkout is completed (the sale and
  the order completion landed in Final POS), minus the reader's simulated time. The next
  checkout starts only once the books of the previous one have landed;
- one round trip: a PaymentIntent retrieve (Stripe) and an order read (Final POS), timed
  alone, for the target "approval -> paid <= one round trip + 50 ms".

The last line printed is one JSON object with medians and p95 per setting and the count.

    .venv/bin/python benchmarks/checkout.py [--count 30] [--latency-ms 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

READER_S = 0.0  # the simulated reader's own time: card at 0 s, authorised in 0 s
TARGET_OVERHEAD_MS = 150.0
TARGET_SLACK_MS = 50.0


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "p95": round(pct(values, 0.95), 1),
        "max": round(max(values), 1),
    }


async def _timed(call: Callable[[], Awaitable[object]], rounds: int = 15) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        await call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def run_setting(sandboxes: Any, data_dir: Path, count: int, latency_ms: float) -> dict:
    from kiosk.backend import Backend, BackendOptions
    from kiosk.config import load_settings
    from kiosk.domain.cart import Cart, CartLine
    from kiosk.domain.checkout import Boundary
    from kiosk.services.checkout import CheckoutOutcome

    info = sandboxes.info
    settings = load_settings(
        finalpos_url=info.finalpos_url,
        finalpos_api_key=info.finalpos_api_key,
        outlet_id=info.outlet_id,
        station_id=info.station_id,
        stripe_url=info.stripe_url,
        stripe_api_key=info.stripe_api_key,
        currency=info.currency,
        kiosk_name="Bench kiosk",
        data_dir=data_dir,
    )
    marks: dict[Boundary, float] = {}

    def hook(point: Boundary) -> None:
        marks[point] = time.perf_counter()

    backend = Backend.from_settings(settings, options=BackendOptions(step_hook=hook))
    await backend.resolve_async()
    assert backend.checkout is not None and backend.gateway is not None
    checkout, journal = backend.checkout, backend.journal
    cart = Cart(
        info.currency,
        (
            CartLine("p1:v1", "p1", "v1", "Flat white", 350, 2, (("Size", "Large"),), "standard"),
            CartLine("p2:v2", "p2", "v2", "Croissant", 300, 1, (), "standard"),
        ),
    )
    faults = (sandboxes.finalpos_faults, sandboxes.stripe_faults)
    for injector in faults:
        injector.configure(latency_s=latency_ms / 1000)

    async def books(checkout_id: str) -> None:
        for _ in range(60_000):  # a journal read every millisecond, for a minute at most
            if journal.get(checkout_id).step.terminal:
                return
            await asyncio.sleep(0.001)
        raise TimeoutError(f"checkout {checkout_id} not settled within a minute")

    approval, kiosk, books_ms = [], [], []
    last_intent = last_order = ""
    try:
        for index in range(count + 2):
            marks.clear()
            started = time.perf_counter()
            pending = await checkout.begin_async(cart)
            result = await checkout.pay_async(pending.checkout_id)
            paid_at = time.perf_counter()
            if result.outcome is not CheckoutOutcome.PAID:
                raise SystemExit(f"checkout {index} ended {result.outcome} ({result.code})")
            await books(pending.checkout_id)
            landed_at = time.perf_counter()
            entry = journal.get(pending.checkout_id)
            last_intent, last_order = entry.intent_id or "", entry.order_id or ""
            if index < 2:
                continue  # warm-up: reader choice, till session, connections
            approval.append((paid_at - marks[Boundary.APPROVED]) * 1000)
            kiosk.append((paid_at - started - READER_S) * 1000)
            books_ms.append((landed_at - started - READER_S) * 1000)
        gateway, finalpos = backend.gateway, backend.finalpos
        rtt_stripe = await _timed(lambda: gateway.retrieve_async(last_intent))
        rtt_finalpos = await _timed(lambda: finalpos.get_order(last_order))
    finally:
        for injector in faults:
            injector.configure(latency_s=0.0)
        await backend.aclose()
    return {
        "latency_ms": latency_ms,
        "approval_to_paid_ms": summary(approval),
        "kiosk_ms": summary(kiosk),
        "books_landed_ms": summary(books_ms),
        "round_trip_ms": {"stripe": round(rtt_stripe, 1), "finalpos": round(rtt_finalpos, 1)},
        "target_approval_to_paid_ms": round(rtt_stripe + TARGET_SLACK_MS, 1),
    }


async def main_async(count: int, latency_ms: float) -> dict:
    from kiosk.sandbox.embedded import Sandboxes

    with Sandboxes(stripe_processing_s=0.0) as sandboxes:
        sandboxes.stripe_state.set_reader_mode(sandboxes.info.reader_id, auto_present_after_s=0.0)
        with tempfile.TemporaryDirectory(prefix="bench-checkout-") as tmp:
            loopback = await run_setting(sandboxes, Path(tmp) / "loopback", count, 0.0)
            print("loopback:", json.dumps(loopback), flush=True)
            slow = await run_setting(sandboxes, Path(tmp) / "latency", count, latency_ms)
            print(f"latency {latency_ms:g} ms:", json.dumps(slow), flush=True)
    return {
        "count": count,
        "loopback": loopback,
        f"latency_{latency_ms:g}ms": slow,
        "targets": {
            "approval_to_paid_ms": "<= one Stripe round trip + 50 ms",
            "kiosk_ms_loopback": TARGET_OVERHEAD_MS,
        },
        "load": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    args = parser.parse_args()
    os.environ.setdefault("KIOSK_CONFIG_FILE", os.devnull)  # no store's config file
    logging.basicConfig(level=logging.ERROR)
    figures = asyncio.run(main_async(args.count, args.latency_ms))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
