"""``kiosk sandbox``: run the embedded sandboxes standalone until interrupted.

Prints where they listen and the demo API key, or with ``--json`` exactly one JSON line once
they serve (for scripts and tests that start the sandbox in another process). SIGINT or SIGTERM
stops them cleanly and the command exits 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import platformdirs

from kiosk.sandbox.embedded import FINALPOS_DB_NAME, Sandboxes
from kiosk.sandbox.printer import start_receipt_standins


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("finalpos-kiosk", appauthor=False)) / "sandbox"


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError("must be a number of seconds >= 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk sandbox",
        description="Run the embedded Final POS (and Stripe) sandboxes on 127.0.0.1.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line when ready")
    parser.add_argument(
        "--port", type=_non_negative, default=0, help="Final POS port (default: a free one)"
    )
    parser.add_argument(
        "--stripe-port", type=_non_negative, default=0, help="Stripe port (default: a free one)"
    )
    parser.add_argument(
        "--auto-present-after",
        type=_seconds,
        default=None,
        metavar="S",
        help="unattended demo: the simulated reader takes a test card S seconds after each "
        "payment starts",
    )
    store = parser.add_mutually_exclusive_group()
    store.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"where state is kept (default: {default_data_dir()})",
    )
    store.add_argument(
        "--in-memory", action="store_true", help="keep no state: a fresh store on every start"
    )
    catalog = parser.add_argument_group("large catalog (benchmarks; only into an empty store)")
    catalog.add_argument("--products", type=_non_negative, default=None, metavar="N")
    catalog.add_argument("--variants-per-product", type=_non_negative, default=4, metavar="M")
    catalog.add_argument("--categories", type=_non_negative, default=50, metavar="K")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    data_dir = None if args.in_memory else (args.data_dir or default_data_dir())
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with (
            Sandboxes(
                data_dir,
                finalpos_port=args.port,
                stripe_port=args.stripe_port,
                products=args.products,
                variants_per_product=args.variants_per_product,
                categories=args.categories,
                stripe_auto_present_after_s=args.auto_present_after,
            ) as sandboxes,
            start_receipt_standins(data_dir) as standins,
        ):
            info = sandboxes.info
            if args.json:
                found = {**info.as_dict(), "receipts": standins.settings()}
                sys.stdout.write(json.dumps(found) + "\n")
            else:
                lines = [
                    f"Final POS sandbox: {info.finalpos_url}",
                    f"  demo API key (header x-api-key): {info.finalpos_api_key}",
                    f"  store: {info.store_name} (outlet {info.outlet_id})",
                    f"  kiosk station: {info.station_id}  currency: {info.currency}",
                    f"  state: {data_dir / FINALPOS_DB_NAME if data_dir else 'in memory'}",
                ]
                if info.stripe_url:
                    lines += [
                        f"Stripe sandbox: {info.stripe_url}",
                        f"  API key (platform): {info.stripe_api_key}",
                        f"  {info.store_name}: account {info.stripe_account}, location "
                        f"{info.stripe_location_id}, reader {info.reader_id}",
                        f"  {info.pier_store_name} (outlet {info.pier_outlet_id}, station "
                        f"{info.pier_station_id}): account {info.pier_stripe_account}, "
                        f"location {info.pier_stripe_location_id}, reader {info.pier_reader_id}",
                        "  more keys: POST /_sandbox/stripe/keys (see kiosk.sandbox.stripe.app)",
                    ]
                lines += standins.describe()
                lines.append("Press Ctrl+C to stop.")
                sys.stdout.write("\n".join(lines) + "\n")
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
