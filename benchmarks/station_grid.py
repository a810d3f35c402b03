"""Station grid benchmark: the menu tabs and tiles on a big catalog (no timed tests).

Setup (untimed): `benchmarks/station.py`'s synthetic catalog (`--products` x `--variants`)
spread over `--categories` top categories, a `StationDesk` over it (no Final POS: the grid
needs only the catalog and pricing) and the station's view-models.

Timed:
- first build: `GridViewModel.refresh` (tabs, then the first category's tiles);
- category switch: `selectCategory` on every tab, in turn, `--rounds` times (the tile rows
  are rebuilt each time: at most `MAX_TILES` per category);
- tap to line: `tapProduct` + `chooseVariant` on a product with several variants, as a tap on
  a tile and on the choice, into a sale of up to ten lines (priced after each line).

The last line printed is one JSON object (target: category switch p95 < 30 ms, the same as a
search keystroke).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/station_grid.py [--products 50000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from station import catalog as synthetic_catalog
from station import percentile, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--variants", type=int, default=2)
    parser.add_argument("--categories", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from kiosk.domain.catalog import Catalog, Category
    from kiosk.domain.pricing import TaxRate
    from kiosk.services.station.desk import StationDesk
    from kiosk.ui.station.grid import MAX_TILES
    from kiosk.ui.station.viewmodel import StationViewModel

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    cats = [Category(f"c{i:02d}", f"Category {i}", menu_order=i) for i in range(args.categories)]
    products = [
        replace(p, category_ids=(cats[n % len(cats)].id,))  # type: ignore[type-var]
        for n, p in enumerate(synthetic_catalog(args.products, args.variants))
    ]
    menu = Catalog(currency="EUR", categories=cats, products=products)
    rates = {"standard": TaxRate("standard", Decimal(20), True)}
    desk = StationDesk(
        currency="EUR",
        rates=rates,
        default_tax_table="standard",
        cash=None,  # type: ignore[arg-type]
        customers=None,  # type: ignore[arg-type]
        parked=None,  # type: ignore[arg-type]
        till=None,  # type: ignore[arg-type]
        checkout=None,
    )
    desk.catalog = menu  # the search index is not needed here (benchmarks/station.py)
    desk._products = {p.id: p for p in products}
    station = StationViewModel(desk=desk, auth=None)  # type: ignore[arg-type]
    grid = station.grid_vm

    t0 = time.perf_counter()
    grid.refresh()
    first_ms = (time.perf_counter() - t0) * 1000
    tabs = [str(row[0]) for row in grid.categories.rows]
    switches = []
    for _ in range(args.rounds):
        for cid in tabs:
            t = time.perf_counter()
            grid.selectCategory(cid)
            switches.append((time.perf_counter() - t) * 1000)
    several = [p for p in products[:2000] if len(p.variants) > 1]
    taps = []
    for n, p in enumerate(several[:500]):
        if n % 10 == 0:
            station.sale_vm.clearSale()  # a sale of up to ten lines, as at a counter
        t = time.perf_counter()
        grid.tapProduct(p.id)
        grid.chooseVariant(1)
        taps.append((time.perf_counter() - t) * 1000)
    assert station.sale_vm.cart.count == 10, station.message  # the taps did add lines
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "benchmark": "station_grid",
        "products": len(products),
        "categories": len(tabs),
        "tiles_per_category": grid.tiles.count,
        "max_tiles": MAX_TILES,
        "first_build_ms": round(first_ms, 3),
        "category_switch": summary(switches),
        "tap_to_line": summary(taps) if taps else {},
        "peak_rss_mb": round(peak_mb, 1),
        "targets": {"category_switch_p95_ms": 30},
        "ok": percentile(switches, 0.95) < 30,
    }
    del app
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
