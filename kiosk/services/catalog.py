"""Catalog sync with an offline cache, and a local cache of menu images.

`CatalogService` keeps the menu for one outlet:

- `load_cached()` reads the last synced menu from disk: synchronous, no network, meant for
  startup so the kiosk shows a menu even while the backend is unreachable. A missing,
  corrupt, other-format or other-outlet cache file is logged and ignored (returns None);
  it is never fatal.
- `sync_async()` downloads categories, products and variants concurrently, maps them with
  `kiosk.finalpos.mapping.CatalogBuilder` into product rows, writes those to a new cache file
  and puts it in place atomically (temp file in the same directory, fsync, `os.replace`),
  and returns the new Catalog. If the download
  fails the old cache stays as it was and the error (`kiosk.finalpos.errors.FinalPosError`)
  reaches the caller.

The cache is a SQLite file read lazily, one category at a time (`kiosk.services.catalog_cache`):
start-up reads the categories and decodes only the first category's products, whatever the
size of the catalog. A sync returns the catalog re-opened from the cache it just wrote, so the
menu it swaps in holds only the categories customers have looked at, not the whole download.

`ImageCache` keeps downloaded images under a directory, one file per URL named by a hash of
the URL plus its extension; downloads run with bounded concurrency and land atomically. Image
URLs point anywhere (a CDN), so requests carry no Final POS credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import AsyncGenerator, Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from kiosk.domain.catalog import Catalog
from kiosk.domain.catalog_rows import CatalogRows, ProductRow
from kiosk.finalpos.gcpause import gc_paused
from kiosk.services.catalog_cache import CACHE_ERRORS, encode_row, open_cache, write_cache

if TYPE_CHECKING:
    # httpx and the Final POS client and wire models cost ~150 ms to import; the startup path
    # (`load_cached`) needs none of them, so the code that does imports them where it runs.
    import httpx

    from kiosk.finalpos.client import FinalPosClient
    from kiosk.finalpos.models import VariantRecord

log = logging.getLogger(__name__)

CACHE_FILE = "catalog.sqlite"
OLD_CACHE_FILES = ("catalog.json",)  # earlier formats, removed once a sync has written this one

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
        if not path.is_file():
            return None
        try:
            catalog = open_cache(path)
        except CACHE_ERRORS as exc:
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
        rows: dict[str, tuple[ProductRow, str]] = {}  # cache rows encoded while pages arrive

        def add_variants(page: list[VariantRecord]) -> None:
            for record in page:
                builder.add_variant(record)
            # The work after the last page is all the customer waits for: build and encode
            # the products that look complete now, while later pages are on the wire.
            for row in builder.settle():
                rows[row.id] = (row, encode_row(row))

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
                        _drain_pages(client.iter_variant_pages(stats=stats), add_variants)
                    )
            except ExceptionGroup as group_error:
                # One listing failed and the others were cancelled: surface the first failure
                # itself, so callers handle a FinalPosError rather than a group.
                raise group_error.exceptions[0] from None
            mapped = builder.build(synced_at=datetime.now(UTC), skipped=stats.skipped)
            catalog = self._write_cache(mapped, rows)
            # Let the rows go while the collector is still paused: alive when it comes back,
            # its first pass would walk every one of them (~120,000 tuples at 5,000 products).
            del mapped
            rows.clear()
        self.catalog = catalog
        self.last_sync_s = time.perf_counter() - started
        log.info(
            "catalog synced: %d categories, %d products, %d skipped in %.2f s",
            len(catalog.categories),
            catalog.product_count,
            catalog.skipped,
            self.last_sync_s,
        )
        return catalog

    def _write_cache(
        self, mapped: CatalogRows, rows: dict[str, tuple[ProductRow, str]] | None = None
    ) -> Catalog:
        """Cache the synced menu; returns it re-read lazily from the cache (decoded whole if not).

        Re-reading lets the synced menu go: at 50,000 products it is hundreds of MB in memory,
        and the menu only ever needs the categories customers open.
        """
        try:
            write_cache(self.cache_path, mapped, rows=rows)
        except (OSError, sqlite3.Error) as exc:
            # A full or read-only disk costs us the offline start, not the sync.
            log.error("could not write catalog cache %s: %s", self.cache_path, exc)
            return mapped.catalog()
        for name in OLD_CACHE_FILES:
            with contextlib.suppress(OSError):
                (self.cache_dir / name).unlink(missing_ok=True)
        try:
            return open_cache(self.cache_path)
        except CACHE_ERRORS as exc:
            log.error("could not read back catalog cache %s: %s", self.cache_path, exc)
            return mapped.catalog()


async def _drain(pages: AsyncGenerator[list[T], None], add: Callable[[T], None]) -> None:
    async with contextlib.aclosing(pages):
        async for page in pages:
            for record in page:
                add(record)


async def _drain_pages(
    pages: AsyncGenerator[list[T], None], add_page: Callable[[list[T]], None]
) -> None:
    async with contextlib.aclosing(pages):
        async for page in pages:
            add_page(page)


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
        self._directory = str(self.directory)
        self.http = http
        self.concurrency = concurrency
        self.max_bytes = max_bytes
        self.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0))
        self.failed: dict[str, str] = {}  # url -> reason of the last failed download

    def path_for(self, url: str) -> Path:
        """Where the image for `url` lives (whether or not it was downloaded yet)."""
        return self.directory / self._name_for(url)

    def local_path(self, url: str) -> Path | None:
        # Asked for every product row the menu builds: plain string paths and one stat, as
        # pathlib's parsing was most of a category's first visit (benchmarks/menu.py).
        path = os.path.join(self._directory, self._name_for(url))  # noqa: PTH118
        return Path(path) if os.path.isfile(path) else None  # noqa: PTH113

    @staticmethod
    def _name_for(url: str) -> str:
        digest = hashlib.sha256(url.encode()).hexdigest()[:40]
        suffix = os.path.splitext(urlsplit(url).path)[1].lower()  # noqa: PTH122
        return digest + (suffix if suffix in _IMAGE_SUFFIXES else ".img")

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
