"""Every Stripe request has a total deadline and a size cap, and no answer can crash the
gateway: a small misbehaving loopback server (slow headers, a dribbled body, huge bodies,
JSON nested past the parser's limit, an HTML page) against the real SDK and transport."""

from __future__ import annotations

import contextlib
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from kiosk.payments.gateway import PaymentError
from kiosk.payments.stripe_terminal import StripeTerminalGateway
from tests.ui.conftest import until

pytestmark = pytest.mark.timeout(60)

DEADLINE_S = 1.5
MAX_BYTES = 256 * 1024


class _Handler(socketserver.StreamRequestHandler):
    sent: dict[str, int]

    def handle(self) -> None:
        request_line = self.rfile.readline().decode("latin-1")
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass  # the request's headers (GETs only: no body to read)
        mode = request_line.split(" ")[1].strip("/").split("/")[0]
        self.path_mode = mode
        with contextlib.suppress(OSError):  # the client gave up, as it should
            getattr(self, f"_{mode.replace('-', '_')}")()

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        sent: dict[str, int] = self.server.sent  # type: ignore[attr-defined]
        sent[self.path_mode] = sent.get(self.path_mode, 0) + len(data)

    path_mode = ""

    def _send_whole(self, content_type: bytes, body: bytes) -> None:
        self._send(
            b"HTTP/1.1 200 OK\r\nContent-Type: "
            + content_type
            + b"\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )

    def _slow_headers(self) -> None:
        self._send(b"HTTP/1.1 200 OK\r\n")
        for _ in range(300):  # one header byte every 0.1 s: no read ever waits a full second
            self._send(b"X")
            time.sleep(0.1)

    def _dribble(self) -> None:
        self._send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        self._send(b"Content-Length: 100000\r\n\r\n{")
        for _ in range(300):
            self._send(b" ")
            time.sleep(0.1)

    def _huge(self) -> None:
        self._send(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
        )
        self._send(b'{"id": "pi_1", "padding": "')
        chunk = b"x" * 65536
        for _ in range(50 * 16):  # 50 MB unless the client stops reading
            self._send(chunk)

    def _huge_declared(self) -> None:
        self._send(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: 52428800\r\n\r\n{"
        )

    def _nested(self) -> None:
        body = b"[" * 100_000 + b"]" * 100_000  # far past json's recursion limit, under the cap
        self._send_whole(b"application/json", body)

    def _shapeless(self) -> None:
        body = b'{"object": "payment_intent", "amount": "lots"}'
        self._send_whole(b"application/json", body)

    def _html(self) -> None:
        body = b"<html><body>Service Unavailable</body></html>"
        self._send_whole(b"text/html", body)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.sent: dict[str, int] = {}


@pytest.fixture
def bad_server() -> Iterator[_Server]:
    server = _Server()
    # a short poll: shutdown() waits up to one poll interval (0.5 s by default) per test
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="bad-stripe", daemon=True
    )
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def _gateway(server: _Server, mode: str) -> StripeTerminalGateway:
    host, port = server.server_address[:2]
    return StripeTerminalGateway(
        "sk_test_transportLimits0",
        stripe_account=None,
        base_url=f"http://{host}:{port}/{mode}",
        max_network_retries=0,
        request_timeout_s=1.0,  # per phase: never trips on a byte every 0.1 s
        request_deadline_s=DEADLINE_S,
        max_response_bytes=MAX_BYTES,
    )


async def _fails(server: _Server, mode: str) -> tuple[PaymentError, float]:
    gateway = _gateway(server, mode)
    started = time.monotonic()
    try:
        with pytest.raises(PaymentError) as info:
            await gateway.retrieve_async("pi_whatever")
    finally:
        await gateway.aclose()
    return info.value, time.monotonic() - started


@pytest.mark.parametrize("mode", ["slow-headers", "dribble"])
async def test_a_slow_server_cannot_hold_a_request_past_its_deadline(
    bad_server: _Server, mode: str
) -> None:
    error, elapsed = await _fails(bad_server, mode)
    assert DEADLINE_S - 0.2 < elapsed < DEADLINE_S + 1.0, elapsed
    assert error.retryable and error.code == "connection_error"
    assert f"within {DEADLINE_S:g} s" in str(error)


@pytest.mark.parametrize("mode", ["huge", "huge-declared"])
async def test_a_huge_answer_is_cut_off_unread(bad_server: _Server, mode: str) -> None:
    error, elapsed = await _fails(bad_server, mode)
    assert elapsed < DEADLINE_S, elapsed
    assert error.retryable and "larger than the kiosk accepts" in str(error)
    # the client stopped reading near the cap (socket buffers hold a few MB at most); the
    # server's thread counts what it wrote a moment after the client has hung up
    await until(lambda: mode in bad_server.sent, 5)
    assert 0 < bad_server.sent[mode] < 20 * 1024 * 1024


@pytest.mark.parametrize("mode", ["nested", "html"])
async def test_an_unreadable_answer_is_a_payment_error(bad_server: _Server, mode: str) -> None:
    error, _ = await _fails(bad_server, mode)
    assert error.retryable and "not a JSON object" in str(error)


async def test_json_without_the_objects_shape_is_a_payment_error(bad_server: _Server) -> None:
    error, _ = await _fails(bad_server, "shapeless")
    assert error.retryable and error.code == "malformed_response"
