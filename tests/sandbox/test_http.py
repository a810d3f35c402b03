import httpx
import pytest

from kiosk.sandbox.http import FAULTS_PATH, FaultInjector, LoopbackServer


async def app(scope, receive, send):  # type: ignore[no-untyped-def]
    app.calls += 1  # type: ignore[attr-defined]
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/plain")],
        }
    )
    await send({"type": "http.response.body", "body": b"ok"})


app.calls = 0  # type: ignore[attr-defined]


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    injector = FaultInjector(app)
    srv = LoopbackServer(injector, name="test")
    srv.start()
    yield srv, injector
    srv.stop()


def test_serves_on_loopback_and_stops(server) -> None:  # type: ignore[no-untyped-def]
    srv, _ = server
    assert srv.url.startswith("http://127.0.0.1:")
    assert httpx.get(srv.url + "/x").text == "ok"


def test_faults_error_drop_and_lost_answer(server) -> None:  # type: ignore[no-untyped-def]
    srv, injector = server
    with httpx.Client(base_url=srv.url) as client:
        assert client.put(FAULTS_PATH, json={"error_rate": 1.0}).status_code == 200
        assert client.get("/x").status_code == 503
        client.put(FAULTS_PATH, json={"error_rate": 0.0, "drop_rate": 1.0})
        before = app.calls  # type: ignore[attr-defined]
        with pytest.raises(httpx.TransportError):
            client.get("/x")
        assert app.calls == before  # type: ignore[attr-defined]
        client.put(FAULTS_PATH, json={"drop_rate": 0.0, "lost_answer_rate": 1.0})
        with pytest.raises(httpx.TransportError):
            client.post("/x")
        assert app.calls == before + 1  # type: ignore[attr-defined]  # the write happened
        client.put(FAULTS_PATH, json={"lost_answer_rate": 0.0})
        assert client.get("/x").text == "ok"
        stats = client.get(FAULTS_PATH).json()["stats"]
        assert stats == {"errors": 1, "drops": 1, "lost_answers": 1}
        assert client.put(FAULTS_PATH, json={"bogus": 1}).status_code == 400
    assert injector.config.error_rate == 0.0
