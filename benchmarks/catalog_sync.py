"""Catalog sync benchmark: our sync against a naive sequential download of the same pages.

Starts the Final POS sandbox in a subprocess with a large synthetic catalog (5,000 products x
4 variants, 50 categories by default), then times, in one run:

- ours: `CatalogService.sync_async()` - concurrent listings and pages, pydantic validation,
  mapping to the domain Catalog, and the atomic cache write;
- naive: sequential raw httpx GETs of the same pages (same page size), `json.loads` only,
  no validation, no mapping, no cache.

Each is run `--rounds` times, alternating, after one untimed warm-up pass; the medians are
reported, with the client's CPU time for each (`ours_cpu_s`, `naive_cpu_s`: on a loaded
machine the wall-clock ratio follows the CPU each side needs more than its design) and the
sandbox's (`server_cpu_s`, the same pages for both, read from /proc where there is one; also
per side, `server_ours_cpu_s` and `server_naive_cpu_s`: serving pages concurrently should
cost the server no more than serving them in turn).
`replayed_cpu_s` is the client's CPU per sync with the pages replayed in-process once the
sandbox has stopped (min of `--replay-rounds`): no server competes for the cores, so it
moves with our code alone, the figure to compare before and after a change.
`--latency-ms` adds server-side latency to every GET through the sandbox's fault
injector, to see both on a WAN-like link rather than loopback (the kiosk talks to
api.finalpos.com over the internet). It also times `load_cached()` and reading the first
category in a fresh interpreter (the kiosk's start-up path). The last line printed is one JSON
object with the figures.

    .venv/bin/python benchmarks/catalog_sync.py [--products 5000] [--page-size 500]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

import kiosk
from kiosk.finalpos.client import FinalPosClient
from kiosk.services.catalog import CACHE_FILE, CatalogService

LISTINGS = ("/v1/api/categories", "/v1/api/products", "/v1/api/variants")
# `python -m` and `-c` children put their working directory first on sys.path: run them from
# the tree this script imported kiosk from, or they may measure another checkout's code.
SOURCE_TREE = Path(kiosk.__file__).resolve().parents[1]


def start_sandbox(data_dir: Path, args: argparse.Namespace) -> tuple[subprocess.Popen[str], Any]:
    cmd = [
        sys.executable,
        "-m",
        "kiosk",
        "sandbox",
        "--json",
        "--port",
        "0",
        "--data-dir",
        str(data_dir),
        "--products",
        str(args.products),
        "--variants-per-product",
        str(args.variants_per_product),
        "--categories",
        str(args.categories),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=SOURCE_TREE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait(10)
        raise SystemExit(f"sandbox did not start (exit code {proc.returncode})")
    return proc, json.loads(line)


def stop_sandbox(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU of another process (Linux /proc), or None where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


async def ours(info: dict[str, Any], cache_dir: Path, args: argparse.Namespace) -> float:
    async with FinalPosClient.create(
        base_url=info["finalpos_url"],
        api_key=info["finalpos_api_key"],
        timeout_s=30,
        page_size=args.page_size,
        page_concurrency=args.concurrency,
    ) as client:
        service = CatalogService(client, cache_dir, info["outlet_id"], info["currency"])
        cpu = time.process_time()
        started = time.perf_counter()
        catalog = await service.sync_async()
        elapsed = time.perf_counter() - started
        CPU["ours"].append(time.process_time() - cpu)
    variants = sum(len(p.variants) for p in catalog.products)
    print(
        f"  ours:  {elapsed:.3f} s  ({len(catalog.products)} products, {variants} variants, "
        f"{catalog.skipped} skipped; client CPU {CPU['ours'][-1]:.3f} s)"
    )
    return elapsed


CPU: dict[str, list[float]] = {"ours": [], "naive": [], "server_ours": [], "server_naive": []}


def naive(info: dict[str, Any], args: argparse.Namespace) -> float:
    headers = {"x-api-key": info["finalpos_api_key"]}
    with httpx.Client(base_url=info["finalpos_url"], headers=headers, timeout=30) as http:
        cpu = time.process_time()
        started = time.perf_counter()
        records = 0
        for path in LISTINGS:
            skip = 0
            while True:
                response = http.get(path, params={"skip": skip, "limit": args.page_size})
                response.raise_for_status()
                page = json.loads(response.content)
                records += len(page)
                if len(page) < args.page_size:
                    break
                skip += args.page_size
        elapsed = time.perf_counter() - started
        CPU["naive"].append(time.process_time() - cpu)
    print(f"  naive: {elapsed:.3f} s  ({records} records; client CPU {CPU['naive'][-1]:.3f} s)")
    return elapsed


def record_pages(info: dict[str, Any], args: argparse.Namespace) -> dict[tuple[str, int], bytes]:
    """Every listing page as the server sends it, by (path, skip), for `replayed_cpu`."""
    pages: dict[tuple[str, int], bytes] = {}
    headers = {"x-api-key": info["finalpos_api_key"]}
    with httpx.Client(base_url=info["finalpos_url"], headers=headers, timeout=30) as http:
        for path in LISTINGS:
            skip = 0
            while True:
                response = http.get(path, params={"skip": skip, "limit": args.page_size})
                response.raise_for_status()
                pages[path, skip] = response.content
                if len(json.loads(response.content)) < args.page_size:
                    break
                skip += args.page_size
    return pages


def replayed_cpu(
    pages: dict[tuple[str, int], bytes],
    info: dict[str, Any],
    cache_dir: Path,
    args: argparse.Namespace,
) -> list[float]:
    """The client's CPU per sync with the recorded pages served in-process (MockTransport).

    No server and no sockets compete with the client for the two cores, so this figure moves
    only with our own code (transport, paging, validation, mapping, the cache): the one to
    compare before and after a change on a loaded machine. A request past the recorded pages
    (the end check, pages in flight past the end) gets an empty page.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        return httpx.Response(200, content=pages.get((request.url.path, skip), b"[]"))

    async def one() -> float:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = FinalPosClient(
            http,
            base_url=info["finalpos_url"],
            api_key=info["finalpos_api_key"],
            timeout=30,
            page_size=args.page_size,
            page_concurrency=args.concurrency,
        )
        service = CatalogService(client, cache_dir, info["outlet_id"], info["currency"])
        cpu = time.process_time()
        await service.sync_async()
        cpu = time.process_time() - cpu
        await http.aclose()
        return cpu

    if not args.replay_rounds:
        return []
    asyncio.run(one())  # warm-up
    return [asyncio.run(one()) for _ in range(args.replay_rounds)]


def cold_cache_load(cache_dir: Path, info: dict[str, Any]) -> float:
    """Time load_cached() and the first category in a fresh interpreter, as at kiosk start-up."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kiosk.services.catalog import CatalogService\n"
        "s = CatalogService(None, Path(sys.argv[1]), sys.argv[2], sys.argv[3])\n"
        "t = time.perf_counter(); c = s.load_cached()\n"
        "first = next(x for x in c.top_categories() if c.has_products(x.id))\n"
        "assert c.products_in(first.id); t = time.perf_counter() - t\n"
        "print(t)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(cache_dir), info["outlet_id"], info["currency"]],
        check=True,
        cwd=SOURCE_TREE,
        stdout=subprocess.PIPE,  # its stderr (a traceback, the cache warnings) shows as is
        text=True,
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--variants-per-product", type=int, default=4)
    parser.add_argument("--categories", type=int, default=50)
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--replay-rounds", type=int, default=5, help="0: no replayed_cpu_s")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="catalog-bench-") as tmp:
        tmp_dir = Path(tmp)
        started = time.perf_counter()
        proc, info = start_sandbox(tmp_dir / "sandbox", args)
        ready_s = time.perf_counter() - started  # the sandbox process seeds the catalog first
        try:
            print(f"sandbox ready in {ready_s:.1f} s at {info['finalpos_url']}")
            print(f"page size {args.page_size}, {args.concurrency} pages in flight per listing")
            cache_dir = tmp_dir / "cache"
            if args.latency_ms:
                httpx.put(
                    info["finalpos_url"] + "/_sandbox/faults",
                    json={"latency_s": args.latency_ms / 1000, "methods": ["GET"], "seed": 1},
                ).raise_for_status()
                print(f"added latency: {args.latency_ms} ms (0.5x-1.5x) per GET")
            naive(info, args)  # warm-up: the server's SQLite pages and our imports
            ours_s: list[float] = []
            naive_s: list[float] = []
            CPU["ours"].clear()
            CPU["naive"].clear()
            for round_no in range(1, args.rounds + 1):
                print(f"round {round_no}")
                # Each side starts with the other's garbage collected: left in the young
                # generations, the sync's ~120,000 row tuples made the naive side's next
                # collections walk them (it got faster when the sync freed them sooner).
                gc.collect()
                server_cpu = process_cpu_s(proc.pid)
                ours_s.append(asyncio.run(ours(info, cache_dir, args)))
                gc.collect()
                between = process_cpu_s(proc.pid)
                naive_s.append(naive(info, args))
                after = process_cpu_s(proc.pid)
                if server_cpu is not None and between is not None and after is not None:
                    CPU["server_ours"].append(between - server_cpu)
                    CPU["server_naive"].append(after - between)
            load_s = [cold_cache_load(cache_dir, info) for _ in range(3)]
            # The syncs' peak, before the recorded pages (tens of MB at 50,000) are held.
            peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            recorded = record_pages(info, args) if args.replay_rounds else {}
        finally:
            stop_sandbox(proc)
        cache_mb = (cache_dir / CACHE_FILE).stat().st_size / 1e6
        replay_s = replayed_cpu(recorded, info, tmp_dir / "replay", args)
        if replay_s:
            print(f"  replayed: client CPU {min(replay_s):.3f} s (min of {len(replay_s)})")

    ours_med = statistics.median(ours_s)
    naive_med = statistics.median(naive_s)
    result = {
        "ours_s": round(ours_med, 3),
        "naive_s": round(naive_med, 3),
        "ratio": round(ours_med / naive_med, 3),
        "ours_cpu_s": round(statistics.median(CPU["ours"]), 3),
        "replayed_cpu_s": round(min(replay_s), 3) if replay_s else None,
        "naive_cpu_s": round(statistics.median(CPU["naive"]), 3),
        "server_cpu_s": _median_or_none(CPU["server_ours"] + CPU["server_naive"]),
        "server_ours_cpu_s": _median_or_none(CPU["server_ours"]),
        "server_naive_cpu_s": _median_or_none(CPU["server_naive"]),
        "load_1min": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "cache_load_s": round(statistics.median(load_s), 3),
        "cache_mb": round(cache_mb, 2),
        "sandbox_ready_s": round(ready_s, 2),
        "products": args.products,
        "variants_per_product": args.variants_per_product,
        "page_size": args.page_size,
        "concurrency": args.concurrency,
        "latency_ms": args.latency_ms,
        "cpus": os.cpu_count(),
    }
    print(
        f"ours {result['ours_s']} s, naive {result['naive_s']} s, ratio {result['ratio']}, "
        f"peak RSS {result['peak_rss_mb']} MB, cold cache load {result['cache_load_s']} s"
    )
    print(json.dumps(result))


def _median_or_none(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


if __name__ == "__main__":
    main()
