"""Plumbing shared by the embedded sandboxes: a loopback uvicorn server in a thread, and faults.

`LoopbackServer` serves any ASGI app on 127.0.0.1 (a free port unless one is given) from a
daemon thread with its own event loop, so the kiosk, tests and benchmarks can start a real
HTTP server with one call and stop it cleanly.

`FaultInjector` is ASGI middleware that makes a server misbehave the way real networks do:
added latency, 5xx answers, dropped connections, "created but the answer was lost" (the
handler runs and commits, then the connection is cut before the client reads the answer), and
the late commit (the request is read, the server waits past the client's deadline, then
commits and answers nobody).
Faults are set at construction or at run time through ``PUT /_sandbox/faults`` (JSON body
with the `FaultConfig` fields), so a test can steer a sandbox in another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import random
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass
from typing import Any

import uvicorn
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger(__name__)

FAULTS_PATH = "/_sandbox/faults"
MAX_LATENCY_S = 120.0  # longer than any client deadline; more only hangs a test
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


class InjectedDrop(Exception):
    """Raised inside the server to cut a connection on purpose (never reaches a client)."""


class _QuietInjectedDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, InjectedDrop)


logging.getLogger("uvicorn.error").addFilter(_QuietInjectedDrops())


class FaultConfig(BaseModel):
    """Rates are probabilities in [0, 1]; `methods` limits which requests are affected.

    Validated strictly (a rate sent as the string ``"0.5"`` is refused, not read as a number)
    so that a typo in a test or a training setup is a 400 naming the field, not a server that
    quietly fails every request.
    """

    model_config = ConfigDict(extra="forbid", strict=True, validate_assignment=True)

    latency_s: float = Field(default=0.0, ge=0.0, le=MAX_LATENCY_S)
    error_rate: float = Field(default=0.0, ge=0.0, le=1.0)  # 503 without running the handler
    drop_rate: float = Field(default=0.0, ge=0.0, le=1.0)  # cut without running the handler
    lost_answer_rate: float = Field(default=0.0, ge=0.0, le=1.0)  # run it, then cut
    # Late commit: read the request, wait `late_commit_s` (longer than the client's timeout),
    # then run the handler (the write happens) and answer whoever is still listening. This is
    # Final POS committing a POST after the kiosk gave up on it.
    late_commit_rate: float = Field(default=0.0, ge=0.0, le=1.0)
    late_commit_s: float = Field(default=0.0, ge=0.0, le=MAX_LATENCY_S)
    methods: list[str] = Field(default_factory=lambda: ["GET", "POST", "PUT", "PATCH", "DELETE"])
    path_prefix: str = ""
    seed: int | None = None

    @field_validator("latency_s", "late_commit_s", mode="before")
    @classmethod
    def _finite(cls, value: object) -> object:
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("must be a finite number of seconds")
        return value

    @field_validator("methods")
    @classmethod
    def _http_methods(cls, value: list[str]) -> list[str]:
        unknown = [m for m in value if m.upper() not in _METHODS]
        if unknown:
            raise ValueError(f"unknown HTTP methods {unknown}")
        return [m.upper() for m in value]

    def update(self, values: dict[str, Any]) -> None:
        """Apply `values` all or nothing; raises ValueError naming each bad setting."""
        try:
            merged = FaultConfig.model_validate({**self.model_dump(), **values}, strict=True)
        except ValidationError as exc:
            raise ValueError(_reasons(exc)) from None
        for name in values:
            setattr(self, name, getattr(merged, name))


def _reasons(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        name = ".".join(str(p) for p in err["loc"]) or "faults"
        if err["type"] == "extra_forbidden":
            parts.append(f"unknown fault setting {name!r}")
        else:
            parts.append(f"{name}: {err['msg']}")
    return "; ".join(parts)


@dataclass
class FaultStats:
    errors: int = 0
    drops: int = 0
    lost_answers: int = 0
    late_commits: int = 0


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
        roll -= cfg.lost_answer_rate
        if roll < cfg.late_commit_rate:
            self.stats.late_commits += 1
            await self._late_commit(scope, receive, send, cfg.late_commit_s)
            return
        await self.app(scope, receive, send)

    async def _late_commit(self, scope: Scope, receive: Receive, send: Send, wait_s: float) -> None:
        """Read the whole request, wait, then run the handler and answer if anyone listens."""
        body = await _read_body(receive)
        await asyncio.sleep(wait_s)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:  # the client left long ago; the handler must not wait for it
                return {"type": "http.disconnect"}
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def answer(message: Message) -> None:
            # uvicorn drops what is sent to a closed connection; anything else is the
            # client's loss, never a reason not to commit
            with contextlib.suppress(Exception):
                await send(message)

        await self.app(scope, replay, answer)

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "PUT":
            body = await _read_body(receive)
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
        await _send_json(
            send, 200, {"config": self.config.model_dump(), "stats": asdict(self.stats)}
        )


async def _read_body(receive: Receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += bytes(message.get("body", b""))
        if not message.get("more_body"):
            return body


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
