"""Catalog sync with an offline cache, and a local cache of menu images.

`CatalogService` keeps the menu for one outlet:

- `load_cached()` reads the last synced menu from disk: synchronous, no network, meant for
  startup so the kiosk shows a menu even while the backend is unreachable. A missing,
  corrupt, other-format or other-outlet cache file is logged and ignored (returns None);
  it is never fatal.
- `sync_async()` downloads categories, products and variants concurrently, maps them with
  `kiosk.finalpos.mapping.build_catalog`, replaces the cache file atomically (temp file in
  the same directory, fsync, `os.replace`) and returns the new Catalog. If the download
  fails the old cache stays as it was and the error (`kiosk.finalpos.errors.FinalPosError`)
  reaches the caller.

Cache format (version 1): one JSON document with positional arrays instead of objects, so
loading is one `json.loads` plus plain tuple construction; a 5,000-product x 4-variant menu
loads in well under 200 ms (see benchmarks/catalog_sync.py). Bump `CACHE_VERSION` whenever
the arrays change; an old file is then ignored and replaced by the next sync.

`ImageCache` keeps downloaded images under a directory, one file per URL named by a hash of
the URL plus its extension; downloads run with bounded concurrency and land atomically. Image
URLs point anywhere (a CDN), so requests carry no Final POS credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import AsyncGenerator, Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from kiosk.domain.catalog import Attribute, Catalog, Category, Product, Variant
from kiosk.finalpos.gcpause import gc_paused

if TYPE_CHECKING:
    # httpx and the Final POS client and wire models cost ~150 ms to import; the startup path
    # (`load_cached`) needs none of them, so the code that does imports them where it runs.
    import httpx

    from kiosk.finalpos.client import FinalPosClient

log = logging.getLogger(__name__)

CACHE_FORMAT = "kiosk-catalog"
CACHE_VERSION = 1
CACHE_FILE = "catalog.json"

T = TypeVar("T")
# A sync normally takes about a second; past this the collector is re-enabled regardless.
GC_PAUSE_LIMIT_S = 60.0


class CatalogService:
    """The outlet's menu: cached on disk, refreshed from Final POS on demand."""

    def __init__(
        self, client: FinalPosClient, cache_dir: Path, outlet_id: str, currency: str
    ) -> None:
        self.client = client
        self.cache_dir = Path(cache_dir)
        self.outlet_id = outlet_id
        self.currency = currency.upper()
        self.catalog: Catalog | None = None
        self.last_sync_s: float | None = None  # wall time of the last successful sync

    @property
    def cache_path(self) -> Path:
        return self.cache_dir / CACHE_FILE

    def load_cached(self) -> Catalog | None:
        """The cached menu for this outlet and currency, or None (never raises for bad files)."""
        path = self.cache_path
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("catalog cache %s unreadable, ignoring it: %s", path, exc)
            return None
        try:
            with gc_paused():
                catalog = decode_catalog(raw)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
            log.warning(
                "catalog cache %s is corrupt or of another format, ignoring it: %s", path, exc
            )
            return None
        if catalog.outlet_id != self.outlet_id or catalog.currency != self.currency:
            log.info("catalog cache %s is for another outlet or currency, ignoring it", path)
            return None
        self.catalog = catalog
        return catalog

    async def sync_async(self) -> Catalog:
        """Download, map and cache the menu; returns it. Raises FinalPosError on failure.

        The three listings stream concurrently into one `CatalogBuilder`, so variants are
        mapped while later pages are still on the wire. The cyclic GC is paused for the
        duration (see `kiosk.finalpos.gcpause`).
        """
        from kiosk.finalpos.client import ListStats
        from kiosk.finalpos.mapping import CatalogBuilder

        started = time.perf_counter()
        builder = CatalogBuilder(self.outlet_id, self.currency)
        stats = ListStats()  # shared: only the totals matter here
        client = self.client
        with gc_paused(limit_s=GC_PAUSE_LIMIT_S):
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(
                        _drain(client.iter_category_pages(stats=stats), builder.add_category)
                    )
                    group.create_task(
                        _drain(client.iter_product_pages(stats=stats), builder.add_product)
                    )
                    group.create_task(
                        _drain(client.iter_variant_pages(stats=stats), builder.add_variant)
                    )
            except ExceptionGroup as group_error:
                # One listing failed and the others were cancelled: surface the first failure
                # itself, so callers handle a FinalPosError rather than a group.
                raise group_error.exceptions[0] from None
            catalog = builder.build(synced_at=datetime.now(UTC), skipped=stats.skipped)
            self._write_cache(catalog)
        self.catalog = catalog
        self.last_sync_s = time.perf_counter() - started
        log.info(
            "catalog synced: %d categories, %d products, %d skipped in %.2f s",
            len(catalog.categories),
            len(catalog.products),
            catalog.skipped,
            self.last_sync_s,
        )
        return catalog

    def _write_cache(self, catalog: Catalog) -> None:
        try:
            atomic_write(self.cache_path, encode_catalog(catalog))
        except OSError as exc:
            # A full or read-only disk costs us the offline start, not the sync.
            log.error("could not write catalog cache %s: %s", self.cache_path, exc)


async def _drain(pages: AsyncGenerator[list[T], None], add: Callable[[T], None]) -> None:
    async with contextlib.aclosing(pages):
        async for page in pages:
            for record in page:
                add(record)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old file or the new one, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    ) as tmp:
        try:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        except BaseException:
            tmp.close()
            Path(tmp.name).unlink(missing_ok=True)
            raise
    try:
        Path(tmp.name).replace(path)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        Path(tmp.name).unlink(missing_ok=True)
        raise


# --- cache format ------------------------------------------------------------------------


def encode_catalog(catalog: Catalog) -> bytes:
    doc = {
        "format": CACHE_FORMAT,
        "version": CACHE_VERSION,
        "outlet_id": catalog.outlet_id,
        "currency": catalog.currency,
        "synced_at": catalog.synced_at.isoformat() if catalog.synced_at else None,
        "skipped": catalog.skipped,
        "categories": [
            [c.id, c.name, c.parent_id, c.menu_order, c.image_url, c.description]
            for c in catalog.categories
        ],
        "products": [
            [
                p.id,
                p.name,
                p.category_ids,
                [[a.name, a.values] for a in p.attributes],
                p.description,
                p.short_description,
                p.image_url,
                p.tax_table,
                p.sku,
                [
                    [
                        v.id,
                        v.price_minor,
                        v.regular_price_minor,
                        v.options,
                        v.on_sale,
                        v.stock,
                        v.allow_backorder,
                        v.sku,
                        v.image_url,
                        v.barcode,
                    ]
                    for v in p.variants
                ],
                [p.allergens, p.dietary],
            ]
            for p in catalog.products
        ],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def decode_catalog(raw: bytes) -> Catalog:
    """The Catalog in a cache file; ValueError/TypeError/KeyError/IndexError when it is not one."""
    doc = json.loads(raw)
    if not isinstance(doc, dict) or doc.get("format") != CACHE_FORMAT:
        raise ValueError("not a catalog cache")
    if doc.get("version") != CACHE_VERSION:
        raise ValueError(f"cache version {doc.get('version')!r}, expected {CACHE_VERSION}")
    categories = tuple(
        Category(_str(cid), _str(name), parent, _int(order), image, desc)
        for cid, name, parent, order, image, desc in doc["categories"]
    )
    products = tuple(_product(row) for row in doc["products"])
    synced_at = doc["synced_at"]
    return Catalog(
        currency=_str(doc["currency"]),
        categories=categories,
        products=products,
        outlet_id=doc["outlet_id"],
        synced_at=datetime.fromisoformat(synced_at) if synced_at else None,
        skipped=_int(doc["skipped"]),
    )


def _product(row: list[Any]) -> Product:
    pid, name, category_ids, attributes, desc, short, image, tax, sku, variants, *later = row
    # caches written before allergens were kept have 10 fields
    allergens, dietary = later[0] if later else ((), ())
    pid = _str(pid)
    return Product(
        id=pid,
        name=_str(name),
        variants=tuple(
            Variant(
                vid,
                pid,
                _int(price),
                _int(regular),
                tuple((k, v) for k, v in options),
                on_sale,
                stock,
                backorder,
                vsku,
                vimage,
                *extra[:1],  # the barcode (caches written before it was kept have none)
            )
            for vid, price, regular, options, on_sale, stock, backorder, vsku, vimage, *extra in (
                variants
            )
        ),
        category_ids=tuple(category_ids),
        attributes=tuple(Attribute(a_name, tuple(values)) for a_name, values in attributes),
        description=desc,
        short_description=short,
        image_url=image,
        tax_table=tax,
        sku=sku,
        allergens=tuple(allergens),
        dietary=tuple(dietary),
    )


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def catalog_image_urls(catalog: Catalog) -> list[str]:
    """Every image URL the menu shows, each once, categories first."""
    urls: dict[str, None] = {}
    for c in catalog.categories:
        if c.image_url:
            urls[c.image_url] = None
    for p in catalog.products:
        if p.image_url:
            urls[p.image_url] = None
        for v in p.variants:
            if v.image_url:
                urls[v.image_url] = None
    return list(urls)


# --- images ------------------------------------------------------------------------------

_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})


class ImageCache:
    """Menu images on local disk, keyed by URL; see the module docstring."""

    def __init__(
        self,
        directory: Path,
        http: httpx.AsyncClient,
        *,
        concurrency: int = 4,
        max_bytes: int = 8 * 1024 * 1024,
        timeout_s: float = 20.0,
    ) -> None:
        import httpx

        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.directory = Path(directory)
        self.http = http
        self.concurrency = concurrency
        self.max_bytes = max_bytes
        self.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0))
        self.failed: dict[str, str] = {}  # url -> reason of the last failed download

    def path_for(self, url: str) -> Path:
        """Where the image for `url` lives (whether or not it was downloaded yet)."""
        digest = hashlib.sha256(url.encode()).hexdigest()[:40]
        suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
        return self.directory / (digest + (suffix if suffix in _IMAGE_SUFFIXES else ".img"))

    def local_path(self, url: str) -> Path | None:
        path = self.path_for(url)
        return path if path.is_file() else None

    async def fetch_async(self, urls: Iterable[str]) -> dict[str, Path]:
        """Download the images not cached yet; returns url -> path for every image on disk.

        Failures are logged and recorded in `failed`; they never raise (a missing image shows
        the placeholder, it does not stop the kiosk).
        """
        wanted = list(dict.fromkeys(u for u in urls if u))
        missing = [u for u in wanted if _downloadable(u) and self.local_path(u) is None]
        if missing:
            self.directory.mkdir(parents=True, exist_ok=True)
            gate = asyncio.Semaphore(self.concurrency)

            async def one(url: str) -> None:
                async with gate:
                    await self._download(url)

            async with asyncio.TaskGroup() as group:
                for url in missing:
                    group.create_task(one(url))
        found: dict[str, Path] = {}
        for url in wanted:
            path = self.local_path(url)
            if path is not None:
                found[url] = path
        return found

    async def _download(self, url: str) -> None:
        import httpx

        try:
            async with self.http.stream("GET", url, timeout=self.timeout) as response:
                if response.status_code != 200:
                    raise _ImageError(f"HTTP {response.status_code}")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _ImageError(f"larger than {self.max_bytes} bytes")
                    chunks.append(chunk)
            atomic_write(self.path_for(url), b"".join(chunks))
            self.failed.pop(url, None)
        except (httpx.HTTPError, _ImageError, OSError) as exc:
            reason = str(exc) or type(exc).__name__
            self.failed[url] = reason
            log.warning("image %s not cached: %s", _short(url), reason)

    def prune(self, keep: Iterable[str]) -> int:
        """Delete cached images no URL in `keep` maps to; returns how many were removed."""
        wanted = {self.path_for(u).name for u in keep}
        removed = 0
        if not self.directory.is_dir():
            return 0
        for path in self.directory.iterdir():
            if path.is_file() and path.name not in wanted:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


class _ImageError(Exception):
    pass


def _downloadable(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def _short(url: str) -> str:
    # Image URLs can carry signed query strings; log the address without them.
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"[:200]
