"""`kiosk config`: every setting, its ``KIOSK_*`` variable, default and meaning, from the model."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    from kiosk.config import config_file_path, settings_reference, settings_reference_rows

    parser = argparse.ArgumentParser(
        prog="kiosk config", description="Print every setting the kiosk reads."
    )
    parser.add_argument("--json", action="store_true", help="one JSON list of settings")
    args = parser.parse_args(list(argv))
    if args.json:
        print(json.dumps(settings_reference_rows(), default=str))
        return 0
    print(f"Settings are read from KIOSK_* variables, then from {config_file_path()}\n")
    print(settings_reference())
    return 0
