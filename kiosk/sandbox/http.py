"""Plumbing shared by the embedded sandboxes: a loopback uvicorn server in a thread, and faults.

`LoopbackServer` serves any ASGI app on 127.0.0.1 (a free port unless one is given) from a
daemon thread with its own event loop, so the kiosk, tests and benchmarks can start a real
HTTP server with one call and stop it cleanly.

`FaultInjector` is ASGI middleware that makes a server misbehave the way real networks do:
added latency, 5xx answers, dropped connections, and "created but the answer was lost" (the
handler runs and commits, then the connection is cut before the client reads the answer).
Faults are set at construction or at run time through ``PUT /_sandbox/faults`` (JSON body
with the `FaultConfig` fields), so a test can steer a sandbox in another process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import uvicorn

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger(__name__)

FAULTS_PATH = "/_sandbox/faults"


class InjectedDrop(Exception):
    """Raised inside the server to cut a connection on purpose (never reaches a client)."""


class _QuietInjectedDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, InjectedDrop)


logging.getLogger("uvicorn.error").addFilter(_QuietInjectedDrops())


@dataclass
class FaultConfig:
    """Rates are probabilities in [0, 1]; `methods` limits which requests are affected."""

    latency_s: float = 0.0
    error_rate: float = 0.0  # answer 503 without running the handler
    drop_rate: float = 0.0  # cut the connection without running the handler
    lost_answer_rate: float = 0.0  # run the handler (the write happens), then cut the connection
    methods: list[str] = field(default_factory=lambda: ["GET", "POST", "PUT", "PATCH", "DELETE"])
    path_prefix: str = ""
    seed: int | None = None

    def update(self, values: dict[str, Any]) -> None:
        known = {f.name for f in fields(self)}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        for name, value in values.items():
            setattr(self, name, value)
        for name in ("error_rate", "drop_rate", "lost_answer_rate"):
            rate = getattr(self, name)
            if not 0.0 <= float(rate) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.latency_s < 0:
            raise ValueError("latency_s must not be negative")


@dataclass
class FaultStats:
    errors: int = 0
    drops: int = 0
    lost_answers: int = 0


class FaultInjector:
    """ASGI middleware injecting network faults; see the module docstring."""

    def __init__(self, app: ASGIApp, config: FaultConfig | None = None) -> None:
        self.app = app
        self.config = config or FaultConfig()
        self.stats = FaultStats()
        self._rng = random.Random(self.config.seed)

    def configure(self, **values: Any) -> None:
        self.config.update(values)
        if "seed" in values:
            self._rng = random.Random(self.config.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == FAULTS_PATH:
            await self._admin(scope, receive, send)
            return
        cfg = self.config
        affected = scope["method"] in cfg.methods and scope["path"].startswith(cfg.path_prefix)
        if not affected:
            await self.app(scope, receive, send)
            return
        if cfg.latency_s:
            await asyncio.sleep(cfg.latency_s * (0.5 + self._rng.random()))
        roll = self._rng.random()
        if roll < cfg.error_rate:
            self.stats.errors += 1
            await _send_json(
                send,
                503,
                {"statusCode": 503, "message": ["injected fault"], "error": "Service Unavailable"},
            )
            return
        roll -= cfg.error_rate
        if roll < cfg.drop_rate:
            self.stats.drops += 1
            await _cut(send)
            return
        roll -= cfg.drop_rate
        if roll < cfg.lost_answer_rate:
            self.stats.lost_answers += 1

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            await _cut(send)
            return
        await self.app(scope, receive, send)

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "PUT":
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            try:
                values = json.loads(body or b"{}")
                if not isinstance(values, dict):
                    raise ValueError("body must be a JSON object")
                self.configure(**values)
            except (ValueError, TypeError) as exc:
                await _send_json(
                    send, 400, {"statusCode": 400, "message": [str(exc)], "error": "Bad Request"}
                )
                return
        await _send_json(send, 200, {"config": asdict(self.config), "stats": asdict(self.stats)})


async def _send_json(send: Send, status: int, payload: Any) -> None:
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _cut(send: Send) -> None:
    # Promise a body and never send it: the server aborts the connection and the client sees
    # a protocol error, exactly what a dropped connection looks like from the kiosk.
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1048576")]}
    )
    raise InjectedDrop("connection cut on purpose")


class LoopbackServer:
    """Serve an ASGI app on 127.0.0.1 from a background thread; `start()` returns the URL."""

    def __init__(
        self, app: ASGIApp, *, port: int = 0, host: str = "127.0.0.1", name: str = "sandbox"
    ) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.name = name
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout_s: float = 10.0) -> str:
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets whose proto says TCP,
        # and without it every answer waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[sock]), name=f"{self.name}-server", daemon=True
        )
        self._thread.start()
        waited = 0.0
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError(f"{self.name} server failed to start")
            if waited > timeout_s:
                raise TimeoutError(f"{self.name} server did not start in {timeout_s} s")
            threading.Event().wait(0.01)
            waited += 0.01
        log.info("%s serving on %s", self.name, self.url)
        return self.url

    def stop(self, timeout_s: float = 10.0) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout_s)
        if self._thread.is_alive():  # pragma: no cover - a stuck handler
            self._server.force_exit = True
            self._thread.join(timeout_s)
        self._server = None
        self._thread = None

    def __enter__(self) -> LoopbackServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
