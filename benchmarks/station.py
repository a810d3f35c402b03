"""Station benchmark: search as you type, barcode to cart line, and peak RSS on a big catalog.

Setup (untimed): a synthetic catalog of `--products` products (default 50,000) x
`--variants` variants (default 2), names drawn from word lists with accents, each variant
with a SKU and a 13-digit barcode; `SearchIndex.build` (timed once, reported as
``build_s``).

Timed:
- keystroke -> results: each query of a list (exact words, typos, accents, SKU prefixes) is
  typed one character at a time and every prefix is searched, as the station does on each
  key (`SearchIndex.search`, 50 results);
- barcode -> line: `SearchIndex.lookup_code` on a random barcode, then the line added to a
  cart (`Cart.add`) and the cart priced (`price_cart`);
- for comparison, the same keystrokes on SQLite FTS5 (unicode61 with remove_diacritics, a
  prefix query per word, unranked: ranking by bm25 made it 10x slower); FTS5 has no typo
  tolerance, so it is reported with its hit count on the typo queries.

The last line printed is one JSON object (targets: keystroke p95 < 30 ms, barcode p95 < 10 ms,
peak RSS < 500 MB).

    .venv/bin/python benchmarks/station.py [--products 50000] [--variants 2]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import sys
import time
from decimal import Decimal

NOUNS = [
    "Cappuccino",
    "Latte",
    "Espresso",
    "Mocha",
    "Croissant",
    "Baguette",
    "Brioche",
    "Éclair",
    "Crème brûlée",
    "Macaron",
    "Tarte",
    "Quiche",
    "Panini",
    "Bagel",
    "Muffin",
    "Scone",
    "Smoothie",
    "Limonade",
    "Thé",
    "Chocolat",
    "Gâteau",
    "Soupe",
    "Salade",
    "Wrap",
    "Pizza",
    "Burger",
    "Sandwich",
    "Cookie",
    "Brownie",
    "Cheesecake",
    "Pâté",
    "Jambon",
    "Fromage",
    "Yaourt",
    "Granola",
    "Porridge",
    "Crêpe",
    "Gaufre",
    "Beignet",
    "Focaccia",
]
ADJECTIVES = [
    "Classic",
    "Iced",
    "Organic",
    "Spicy",
    "Sweet",
    "Smoked",
    "Roasted",
    "Fresh",
    "Vegan",
    "Double",
    "Grand",
    "Petit",
    "Royal",
    "Rustic",
    "Golden",
    "Honey",
    "Maple",
    "Salted",
    "Toasted",
    "Wild",
    "Garden",
    "Nordic",
    "Alpine",
    "Crispy",
    "Creamy",
    "Dark",
    "Light",
]
FLAVOURS = [
    "vanilla",
    "caramel",
    "hazelnut",
    "pistachio",
    "framboise",
    "citron",
    "noisette",
    "café",
    "matcha",
    "chai",
    "cinnamon",
    "ginger",
    "mango",
    "passion",
    "cherry",
    "blueberry",
    "almond",
    "coconut",
    "lavender",
    "rose",
    "orange",
    "lemon",
    "apricot",
    "fig",
    "pear",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ter",
    "vel",
    "dor",
    "san",
    "bri",
    "qui",
    "nor",
    "pel",
    "zu",
    "ran",
    "tos",
    "li",
    "mer",
    "gal",
    "fen",
    "ro",
    "sha",
]
SIZES = ["Small", "Large", "Regular", "Family", "Mini"]
QUERIES = [
    "cappuccino caramel",
    "creme brulee",  # accents typed without them
    "iced latte vanilla",
    "capucino",  # typo
    "pistacio",  # typo
    "gateau noisette",
    "crispy crepe",
    "chocolat",
    "vegan brownie large",
    "ST-01234",  # SKU prefix
    "matcha",
    "kalomi",  # a brand
    "kalomy rustik",  # typos in two words
    "salted caramel muffin",
]


def catalog(products: int, variants: int, seed: int = 7) -> list[object]:
    from kiosk.domain.catalog import Product, Variant

    rng = random.Random(seed)
    out = []
    for n in range(products):
        brand = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()  # ~8,000 words
        name = f"{brand} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(FLAVOURS)}"
        pid = f"p{n:06d}"
        out.append(
            Product(
                id=pid,
                name=name,
                tax_table="standard",
                sku=f"ST-{n:06d}",
                variants=tuple(
                    Variant(
                        f"{pid}-{k}",
                        pid,
                        price := rng.randrange(100, 2000, 10),
                        price,
                        (("Size", SIZES[(n + k) % len(SIZES)]),),
                        sku=f"ST-{n:06d}-{k}",
                        barcode=f"20{n:09d}{k:02d}",
                    )
                    for k in range(variants)
                ),
            )
        )
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 0.5), 3),
        "p95_ms": round(percentile(values, 0.95), 3),
        "max_ms": round(max(values), 3),
        "n": len(values),
    }


def keystrokes(queries: list[str]) -> list[str]:
    return [q[: i + 1] for q in queries for i in range(len(q))]


def fts5(products: list[object]) -> tuple[sqlite3.Connection, float]:
    started = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE rows USING fts5(name, codes, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )
    db.executemany(
        "INSERT INTO rows (name, codes) VALUES (?, ?)",
        (
            (
                " ".join([p.name, *(v for _, v in var.options)]),  # type: ignore[attr-defined]
                f"{var.sku} {var.barcode}",
            )
            for p in products
            for var in p.variants  # type: ignore[attr-defined]
        ),
    )
    db.commit()
    return db, time.perf_counter() - started


def fts5_search(db: sqlite3.Connection, query: str) -> list[object]:
    from kiosk.services.station.search import words

    terms = words(query)
    if not terms:
        return []
    match = " AND ".join(f'"{t}"*' for t in terms)
    return db.execute("SELECT rowid FROM rows WHERE rows MATCH ? LIMIT 50", (match,)).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--variants", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from kiosk.domain.cart import Cart
    from kiosk.domain.pricing import TaxRate, price_cart
    from kiosk.services.station.search import SearchIndex

    products = catalog(args.products, args.variants)
    started = time.perf_counter()
    index = SearchIndex.build(products)  # type: ignore[arg-type]
    build_s = time.perf_counter() - started
    by_id = {p.id: p for p in products}  # type: ignore[attr-defined]

    keys = keystrokes(QUERIES)
    search_ms: list[float] = []
    results = 0
    for _ in range(args.rounds):
        for text in keys:
            t0 = time.perf_counter()
            hits = index.search(text)
            search_ms.append((time.perf_counter() - t0) * 1000)
            results += len(hits)
    typo_hits = {q: len(index.search(q)) for q in ("capucino", "pistacio")}

    rng = random.Random(3)
    rates = {"standard": TaxRate("standard", Decimal(20), True)}
    barcode_ms: list[float] = []
    cart = Cart("EUR")
    for _ in range(2000):
        n = rng.randrange(args.products)
        k = rng.randrange(args.variants)
        code = f"20{n:09d}{k:02d}"
        t0 = time.perf_counter()
        hit = index.lookup_code(code)
        assert hit is not None
        product = by_id[hit.product_id]
        variant = product.variant(hit.variant_id)
        cart = (
            cart.add(product, variant)
            if len(cart.lines) < 30
            else Cart("EUR").add(product, variant)
        )
        price_cart(cart, rates, "standard")
        barcode_ms.append((time.perf_counter() - t0) * 1000)

    db, fts_build_s = fts5(products)
    fts_ms: list[float] = []
    for text in keys:
        t0 = time.perf_counter()
        fts5_search(db, text)
        fts_ms.append((time.perf_counter() - t0) * 1000)
    fts_typo_hits = {q: len(fts5_search(db, q)) for q in ("capucino", "pistacio")}
    db.close()

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "benchmark": "station",
        "products": args.products,
        "variants": args.products * args.variants,
        "vocabulary": index.vocabulary_size,
        "engine": "rapidfuzz over a prepared word table",
        "build_s": round(build_s, 2),
        "keystroke": summary(search_ms),
        "barcode_to_line": summary(barcode_ms),
        "typo_results": typo_hits,
        "fts5": {
            "build_s": round(fts_build_s, 2),
            "keystroke": summary(fts_ms),
            "typo_results": fts_typo_hits,
        },
        "peak_rss_mb": round(rss_mb, 1),
        "targets": {"keystroke_p95_ms": 30, "barcode_p95_ms": 10, "rss_mb": 500},
        "ok": percentile(search_ms, 0.95) < 30
        and percentile(barcode_ms, 0.95) < 10
        and rss_mb < 500,
    }
    print(
        f"keystroke p95 {figures['keystroke']['p95_ms']} ms (FTS5 "
        f"{figures['fts5']['keystroke']['p95_ms']} ms, no typos), barcode p95 "
        f"{figures['barcode_to_line']['p95_ms']} ms, peak RSS {figures['peak_rss_mb']} MB"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
