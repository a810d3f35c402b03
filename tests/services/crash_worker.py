"""A kiosk process for the crash matrix: run checkouts (and die on cue), or recover.

Started by tests/services/test_crash_matrix.py with ``sys.executable -m
tests.services.crash_worker``; the sandboxes it talks to are served by the test process.

    checkout --crash-at <boundary>: run one checkout; SIGKILL ourselves at that boundary
        (or ``after_paid``: the moment PAID is returned, before its background books start);
        with ``--existing`` it pays another kiosk's pay-at-counter order by card instead
    recover: run recovery passes until nothing is left (or give up), print the report as JSON
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from pathlib import Path

from kiosk.domain.checkout import Boundary
from kiosk.services.checkout import CheckoutUnavailable, StepHook
from kiosk.services.station.counter import CounterOrder, counter_order
from tests.services.harness import StackConfig, build_services, cart

AFTER_PAID = "after_paid"


def _killer(target: str | None) -> StepHook:
    def hook(point: Boundary) -> None:
        if point.value == target:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    return hook


async def _counter_order(config: StackConfig, data_dir: Path) -> CounterOrder:
    """A kiosk's pay-at-counter order, placed by another kiosk (its own journal)."""
    async with build_services(config, data_dir.parent / "placing-kiosk") as kiosk:
        placed = await kiosk.checkout.place_at_counter_async(cart())
        order_id = kiosk.journal.get(placed.checkout_id).order_id
        assert order_id is not None
        order = counter_order(await kiosk.finalpos.get_order(order_id), config.currency)
    print(json.dumps({"order_id": order.order_id}), flush=True)
    return order


async def _checkout(
    config: StackConfig, data_dir: Path, crash_at: str | None, *, existing: bool = False
) -> int:
    order = await _counter_order(config, data_dir) if existing else None
    async with build_services(config, data_dir, hook=_killer(crash_at)) as services:
        try:
            if order is not None:  # the station pays the kiosk's order by card
                pending = await services.checkout.begin_existing_async(order, employee="Sam")
            else:
                pending = await services.checkout.begin_async(cart())
        except CheckoutUnavailable as exc:
            print(json.dumps({"unavailable": str(exc)}), flush=True)
            return 3
        result = await services.checkout.pay_async(pending.checkout_id)
        print(
            json.dumps({"checkout_id": result.checkout_id, "outcome": result.outcome}), flush=True
        )
        if crash_at == AFTER_PAID:  # no await since pay_async returned: the books never ran
            os.kill(os.getpid(), signal.SIGKILL)
    return 0


async def _recover(config: StackConfig, data_dir: Path, passes: int) -> int:
    async with build_services(config, data_dir, lease_s=0.0) as services:
        report = None
        for _ in range(passes):
            report = await services.recovery.recover_async()
            if report.clean:
                break
            await asyncio.sleep(0.2)
        assert report is not None
        print(
            json.dumps(
                {
                    "completed": report.completed,
                    "canceled": report.canceled,
                    "voided": report.voided,
                    "waiting": report.waiting,
                    "attention": [item.reason for item in report.attention],
                }
            ),
            flush=True,
        )
        return 0 if report.clean else 4


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["checkout", "recover"])
    parser.add_argument("--config", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--crash-at", default=None)
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--existing", action="store_true", help="pay a kiosk's counter order")
    args = parser.parse_args()
    config = StackConfig.from_json(args.config)
    if args.mode == "checkout":
        return asyncio.run(_checkout(config, args.data_dir, args.crash_at, existing=args.existing))
    return asyncio.run(_recover(config, args.data_dir, args.passes))


if __name__ == "__main__":
    sys.exit(main())
