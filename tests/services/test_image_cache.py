"""ImageCache: product pictures downloaded once, bounded, pruned."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from kiosk.services.catalog import ImageCache


class ImageServer:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        assert "x-api-key" not in request.headers
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.005)
            if "missing" in request.url.path:
                return httpx.Response(404)
            if "huge" in request.url.path:
                return httpx.Response(200, content=b"x" * 5000)
            return httpx.Response(200, content=b"PNG" + request.url.path.encode())
        finally:
            self.in_flight -= 1


async def test_image_cache_downloads_missing_once(tmp_path: Path) -> None:
    server = ImageServer()
    urls = [f"http://img.test/a{i}.PNG?sig=1" for i in range(10)]
    urls += ["http://img.test/missing.png", "http://img.test/huge.jpg", "data:image/png;base64,AA"]
    async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as http:
        cache = ImageCache(tmp_path / "img", http, concurrency=3, max_bytes=1000)
        assert cache.local_path(urls[0]) is None
        found = await cache.fetch_async(urls)
        assert set(found) == set(urls[:10])
        assert server.max_in_flight == 3
        path = cache.local_path(urls[0])
        assert path is not None and path.suffix == ".png"
        assert path.read_bytes() == b"PNG/a0.PNG"
        assert cache.path_for("http://x/noext").suffix == ".img"
        assert set(cache.failed) == {"http://img.test/missing.png", "http://img.test/huge.jpg"}
        requested = len(server.requests)
        again = await cache.fetch_async(urls)
        assert again == found
        assert len(server.requests) == requested + 2  # only the two failures are retried
    leftovers = [p for p in (tmp_path / "img").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert cache.prune(urls[:2]) == 8
