"""The catalog cache on disk: one SQLite file, read lazily, one category at a time.

Start-up draws the first category of the menu from this file before anything else; with the
whole menu in one JSON document that cost grew with the catalog (about 0.2 s at 5,000
products and 2 s at 50,000, most of the kiosk's first frame). Here opening the cache reads
one small row (categories and how many products each holds) and each category's products are
decoded the first time the menu shows it, so the first frame costs the same at 500 products
as at 50,000 (benchmarks/startup.py).

Layout (`CACHE_VERSION`; bump it whenever a row changes shape, an old file is then ignored
and replaced by the next sync):

- `meta`: one row, a JSON object: format, version, outlet, currency, sync time, skipped
  count, the categories as positional arrays, and the direct product count per category;
- `products(position, id, image_url, row)`: a product per row in catalog order, its fields and
  variants as one positional JSON array (`kiosk.domain.catalog_rows.ProductRow`; the image URL
  apart, for the image prefetch);
- `memberships(category_id, position)`: which products each category names.

The file is written whole into a temporary file and renamed over the old one (readers see
the old menu or the new one) and never changed in place afterwards, so readers open it
`immutable` (no locking). A reader keeps its connection for the life of its Catalog; on POSIX
a replaced file stays readable through it. A product row that cannot be decoded is logged and
left out of the menu, like a malformed record in a sync.
"""

from __future__ import annotations

import contextlib
import json
import json.encoder
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.catalog import Catalog, Category, Product
from kiosk.domain.catalog_rows import (
    CatalogRows,
    ProductRow,
    as_int,
    as_str,
    decode_product,
    decode_texts,
)
from kiosk.finalpos.gcpause import gc_paused

log = logging.getLogger(__name__)

CACHE_FORMAT = "kiosk-catalog"
CACHE_VERSION = 2

_SCHEMA = """
CREATE TABLE meta (doc TEXT NOT NULL);
CREATE TABLE products (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL, image_url TEXT, row TEXT NOT NULL
);
CREATE TABLE memberships (
    category_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (category_id, position)
) WITHOUT ROWID;
"""
# Errors that mean "this file is not a cache we can read" (never fatal: the sync replaces it).
CACHE_ERRORS = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, AttributeError)


# One encoder for every row: json.dumps with options builds a new one per call, which was a
# quarter of writing 49,000 rows.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _no_default(value: object) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _row_dumps() -> Callable[[Any], str]:
    """`_dumps` for rows, without the per-call set-up JSONEncoder.encode repeats.

    The C encoder (`json.encoder.c_make_encoder`) is built once and called per row: the same
    text, a quarter less CPU per row (measured on the benchmark's rows). No circular-reference
    check: a row is lists of a product's plain fields, built afresh. Pure-Python json: `_dumps`.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _dumps
    encode = make(
        None, _no_default, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )

    def dumps(row: Any) -> str:
        return "".join(encode(row, 0))

    return dumps


_dumps_row = _row_dumps()


def encode_row(row: ProductRow) -> str:
    """A product row's text, as `write_cache` stores it."""
    return _dumps_row(row)


def write_cache(
    path: Path,
    catalog: Catalog | CatalogRows,
    *,
    rows: Mapping[str, tuple[ProductRow, str]] | None = None,
) -> None:
    """Write `catalog` to `path` atomically (temporary file, fsync, rename).

    A sync passes its `CatalogRows` (`kiosk.domain.catalog_rows`), written as they are; a
    `Catalog` is turned into rows first. `rows` may hold row texts encoded ahead (product id
    -> the row and its `encode_row` text), e.g. during a sync; a text is used only for that
    very row object.
    """
    menu = catalog if isinstance(catalog, CatalogRows) else CatalogRows.of(catalog)
    ahead = rows or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        products = menu.products
        counts: dict[str, int] = {}
        for p in products:
            for cid in dict.fromkeys(p.category_ids):
                counts[cid] = counts.get(cid, 0) + 1
        meta = {
            "format": CACHE_FORMAT,
            "version": CACHE_VERSION,
            "outlet_id": menu.outlet_id,
            "currency": menu.currency,
            "synced_at": menu.synced_at.isoformat() if menu.synced_at else None,
            "skipped": menu.skipped,
            "products": len(products),
            "categories": [
                [c.id, c.name, c.parent_id, c.menu_order, c.image_url, c.description, c.texts]
                for c in menu.categories
            ],
            "counts": counts,
        }
        con = sqlite3.connect(tmp)
        try:
            # No journal: a crash leaves a torn temporary file, never a torn cache.
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.executescript(_SCHEMA)
            with con:
                con.execute("INSERT INTO meta (doc) VALUES (?)", (_dumps(meta),))
                con.executemany(
                    "INSERT INTO products (position, id, image_url, row) VALUES (?, ?, ?, ?)",
                    ((i, p.id, p.image_url, _row_text(p, ahead)) for i, p in enumerate(products)),
                )
                # In key order, and the id index built last: appends instead of random inserts.
                con.executemany(
                    "INSERT OR IGNORE INTO memberships (category_id, position) VALUES (?, ?)",
                    sorted((cid, i) for i, p in enumerate(products) for cid in p.category_ids),
                )
                con.execute("CREATE INDEX products_by_id ON products (id)")
        finally:
            con.close()
        with tmp.open("rb+") as file:
            os.fsync(file.fileno())
        tmp.replace(path)  # os.replace: atomic on POSIX
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _row_text(p: ProductRow, ahead: Mapping[str, tuple[ProductRow, str]]) -> str:
    found = ahead.get(p.id)
    return found[1] if found is not None and found[0] is p else _dumps_row(p)


def open_cache(path: Path) -> Catalog:
    """The Catalog in the cache file at `path`, its products read on demand.

    Raises one of `CACHE_ERRORS` when the file is not a readable cache of this version.
    """
    con = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
    try:
        row = con.execute("SELECT doc FROM meta").fetchone()
        if row is None:
            raise ValueError("no meta row")
        meta = json.loads(row[0])
        if not isinstance(meta, dict) or meta.get("format") != CACHE_FORMAT:
            raise ValueError("not a catalog cache")
        if meta.get("version") != CACHE_VERSION:
            raise ValueError(f"cache version {meta.get('version')!r}, expected {CACHE_VERSION}")
        categories = [
            Category(
                as_str(cid),
                as_str(name),
                parent,
                as_int(order),
                image,
                desc,
                decode_texts([*more, ()][0]),
            )
            for cid, name, parent, order, image, desc, *more in meta["categories"]
        ]
        counts = {as_str(k): as_int(v) for k, v in dict(meta["counts"]).items()}
        synced_at = meta["synced_at"]
        return Catalog(
            currency=as_str(meta["currency"]),
            categories=categories,
            outlet_id=meta["outlet_id"],
            synced_at=datetime.fromisoformat(synced_at) if synced_at else None,
            skipped=as_int(meta["skipped"]),
            source=CachedProducts(con, as_int(meta["products"]), counts),
        )
    except BaseException:
        con.close()
        raise


class CachedProducts:
    """A `ProductSource` over an open cache file; each product is decoded once, when asked for."""

    def __init__(self, con: sqlite3.Connection, count: int, counts: Mapping[str, int]) -> None:
        self._con = con
        self._count = count
        self._counts = counts
        self._decoded: dict[int, Product | None] = {}  # position -> product (None: unreadable)
        self._all: tuple[Product, ...] | None = None

    def count(self) -> int:
        return self._count

    def category_counts(self) -> Mapping[str, int]:
        return self._counts

    def products_of(self, category_id: str) -> list[Product]:
        rows = self._query(
            "SELECT p.position, p.row FROM memberships m JOIN products p USING (position)"
            " WHERE m.category_id = ? ORDER BY m.position",
            (category_id,),
        )
        return self._decode_rows(rows)

    def product(self, product_id: str) -> Product | None:
        rows = self._query(
            "SELECT position, row FROM products WHERE id = ? ORDER BY position LIMIT 1",
            (product_id,),
        )
        found = self._decode_rows(rows)
        return found[0] if found else None

    def all(self) -> tuple[Product, ...]:
        if self._all is None:
            with gc_paused():
                rows = self._query("SELECT position, row FROM products ORDER BY position", ())
                self._all = tuple(self._decode_rows(rows))
        return self._all

    def image_urls(self) -> list[str]:
        rows = self._query(
            "SELECT position, image_url FROM products WHERE image_url IS NOT NULL"
            " ORDER BY position",
            (),
        )
        return [url for _, url in rows if url]

    def _query(self, sql: str, params: tuple[str, ...]) -> list[tuple[int, str]]:
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            log.error("catalog cache unreadable, showing no products from it: %s", exc)
            return []

    def _decode_rows(self, rows: list[tuple[int, str]]) -> list[Product]:
        decoded = self._decoded
        result: list[Product] = []
        for position, raw in rows:
            if position in decoded:
                product = decoded[position]
            else:
                try:
                    product = decode_product(json.loads(raw))
                except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
                    log.warning(
                        "catalog cache: skipping unreadable product row %d: %s", position, exc
                    )
                    product = None
                decoded[position] = product
            if product is not None:
                result.append(product)
        return result

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._con.close()
