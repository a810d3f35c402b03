"""A kiosk process for the refund crash matrix: refund (and die on cue), or recover.

refund --checkout-id ID [--line INDEX:QTY] [--crash-at BOUNDARY]
recover
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from pathlib import Path

from kiosk.services.refunds import RefundBoundary
from tests.services.harness import StackConfig
from tests.staff.refund_harness import build_refunds


def _killer(target: str | None):  # type: ignore[no-untyped-def]
    def hook(point: RefundBoundary) -> None:
        if point.value == target:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    return hook


async def _refund(
    config: StackConfig, data_dir: Path, checkout_id: str, lines: list[str], crash_at: str | None
) -> int:
    quantities = {int(i): int(q) for i, q in (item.split(":") for item in lines)} or None
    async with build_refunds(config, data_dir, hook=_killer(crash_at)) as stack:
        result = await stack.refunds.refund_async(
            checkout_id, quantities=quantities, note="crash matrix", refunded_by="Sam"
        )
        print(json.dumps({"outcome": result.outcome, "refund_id": result.refund_id}), flush=True)
    return 0


async def _recover(config: StackConfig, data_dir: Path, passes: int) -> int:
    async with build_refunds(config, data_dir) as stack:
        report = None
        for _ in range(passes):
            report = await stack.refunds.recover_async()
            if report.clean:
                break
            await asyncio.sleep(0.2)
        assert report is not None
        print(json.dumps({"completed": report.completed, "waiting": report.waiting}), flush=True)
        return 0 if report.clean else 4


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["refund", "recover"])
    parser.add_argument("--config", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--checkout-id")
    parser.add_argument("--line", action="append", default=[])
    parser.add_argument("--crash-at", default=None)
    parser.add_argument("--passes", type=int, default=20)
    args = parser.parse_args()
    config = StackConfig.from_json(args.config)
    if args.mode == "refund":
        return asyncio.run(
            _refund(config, args.data_dir, args.checkout_id, args.line, args.crash_at)
        )
    return asyncio.run(_recover(config, args.data_dir, args.passes))


if __name__ == "__main__":
    sys.exit(main())
