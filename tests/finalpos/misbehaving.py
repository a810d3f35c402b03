"""A loopback HTTP/1.1 server that misbehaves on purpose: slow headers, dribbled or endless
bodies, huge declared lengths. Raw asyncio streams, so nothing (no framework buffering, no
Content-Length fix-ups) stands between the test and the bytes on the wire.

Each behaviour is a coroutine ``behaviour(writer)`` run after the request has been read; the
server counts the bytes it managed to send, so a test can tell "refused after the headers"
from "read the whole thing".
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Behaviour = Callable[["Conn"], Awaitable[None]]


@dataclass
class Conn:
    writer: asyncio.StreamWriter
    server: MisbehavingServer

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()  # keeps the server's own buffer small
        self.server.bytes_sent += len(data)


@dataclass
class MisbehavingServer:
    behaviour: Behaviour
    host: str = "127.0.0.1"
    port: int = 0
    requests: int = 0
    bytes_sent: int = 0
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _stopping: bool = False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> MisbehavingServer:
        self._server = await asyncio.start_server(self._serve, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self._stopping = True
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            self.requests += 1
            await self.behaviour(Conn(writer, self))
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client gave up: that is the point
        except asyncio.CancelledError:
            # Our own stop(): end quietly. asyncio's stream callback would otherwise log the
            # cancelled handler as an error (Python 3.11). Anyone else's cancel propagates.
            if not self._stopping:
                raise
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            self._tasks.discard(task)


def head(status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def slow_headers(every_s: float, for_s: float) -> Behaviour:
    """A status line, then one header byte every `every_s` for `for_s` seconds."""

    async def behave(conn: Conn) -> None:
        await conn.send(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        loop = asyncio.get_running_loop()
        end = loop.time() + for_s
        while loop.time() < end:
            await asyncio.sleep(every_s)
            await conn.send(b"a")
        await conn.send(b"\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n[]")

    return behave


def dribbled_body(every_s: float, for_s: float, status: int = 200) -> Behaviour:
    """Headers at once, then a JSON body one byte every `every_s` for `for_s` seconds."""

    async def behave(conn: Conn) -> None:
        steps = int(for_s / every_s)
        body = b"[" + b" " * steps + b"]"
        await conn.send(
            head(status, content_type="application/json", content_length=str(len(body)))
        )
        await conn.send(body[:1])
        for i in range(steps):
            await asyncio.sleep(every_s)
            await conn.send(body[1 + i : 2 + i])
        await conn.send(body[-1:])

    return behave


def endless_body(chunk: bytes = b" " * 65536, declared: int | None = None) -> Behaviour:
    """A 200 whose body never ends (or claims `declared` bytes and starts sending them)."""

    async def behave(conn: Conn) -> None:
        headers = {"content_type": "application/json"}
        if declared is not None:
            headers["content_length"] = str(declared)
        else:
            headers["connection"] = "close"  # body delimited by the close that never comes
        await conn.send(head(200, **headers) + b"[")
        while True:
            await conn.send(chunk)

    return behave


def fixed(status: int, body: bytes, **headers: str) -> Behaviour:
    async def behave(conn: Conn) -> None:
        headers.setdefault("content_type", "application/json")
        await conn.send(head(status, content_length=str(len(body)), **headers) + body)

    return behave
