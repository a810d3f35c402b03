"""A station process for the cash refund crash test: refund a cash sale (and die on cue), or
recover.

refund --sale-id ID [--crash-at BOUNDARY]
recover
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from kiosk.services.refunds import RefundBoundary, RefundJournal, RefundService
from kiosk.services.station.cash import CashSales
from tests.services.harness import Services, StackConfig, build_services


def _killer(target: str | None) -> Callable[[RefundBoundary], None]:
    def hook(point: RefundBoundary) -> None:
        if point.value == target:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    return hook


@asynccontextmanager
async def station(
    config: StackConfig, data_dir: Path, crash_at: str | None = None
) -> AsyncIterator[tuple[Services, CashSales, RefundService]]:
    """The station's services as `kiosk.ui.station.wiring` joins them (one refund pipeline
    reading the cash journal)."""
    async with build_services(config, data_dir) as s:
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(data_dir),
            currency=config.currency,
            station_name="Till 2",
            outlet_id=config.outlet_id,
        )
        journal = RefundJournal.in_dir(data_dir)
        refunds = RefundService(
            finalpos=s.finalpos,
            gateway=s.gateway,
            checkouts=s.journal,
            journal=journal,
            session=s.session,
            outlet_id=config.outlet_id,
            retry_attempts=3,
            retry_base_s=0.02,
            retry_max_s=0.3,
            step_hook=_killer(crash_at),
            cash_checkouts=cash.journal,
        )
        try:
            yield s, cash, refunds
        finally:
            journal.close()
            cash.journal.close()


async def _refund(config: StackConfig, data_dir: Path, sale_id: str, crash_at: str | None) -> int:
    async with station(config, data_dir, crash_at) as (_, _, refunds):
        result = await refunds.refund_async(sale_id, refunded_by="Maria")
        print(json.dumps({"outcome": result.outcome, "refund_id": result.refund_id}), flush=True)
    return 0


async def _recover(config: StackConfig, data_dir: Path) -> int:
    async with station(config, data_dir) as (_, _, refunds):
        report = await refunds.recover_async()
        print(json.dumps({"completed": report.completed, "waiting": report.waiting}), flush=True)
        return 0 if report.clean else 4


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["refund", "recover"])
    parser.add_argument("--config", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--sale-id")
    parser.add_argument("--crash-at", default=None)
    args = parser.parse_args()
    config = StackConfig.from_json(args.config)
    if args.mode == "refund":
        return asyncio.run(_refund(config, args.data_dir, args.sale_id, args.crash_at))
    return asyncio.run(_recover(config, args.data_dir))


if __name__ == "__main__":
    sys.exit(main())
