import time

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
        assert stats == {"errors": 1, "drops": 1, "lost_answers": 1, "late_commits": 0}
        assert client.put(FAULTS_PATH, json={"bogus": 1}).status_code == 400
    assert injector.config.error_rate == 0.0


def test_late_commit_runs_the_handler_after_the_client_gave_up(server) -> None:  # type: ignore[no-untyped-def]
    """The server reads the request, outlives the client's deadline, then commits anyway."""
    srv, _injector = server
    with httpx.Client(base_url=srv.url) as client:
        client.put(FAULTS_PATH, json={"late_commit_rate": 1.0, "late_commit_s": 0.6})
        before = app.calls  # type: ignore[attr-defined]
        with pytest.raises(httpx.ReadTimeout):
            client.post("/x", content=b"order", timeout=0.2)
        assert app.calls == before  # type: ignore[attr-defined]  # not yet committed
        deadline = time.monotonic() + 5
        while app.calls == before and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.02)
        assert app.calls == before + 1  # type: ignore[attr-defined]  # committed late
        # a patient client gets the slow answer
        assert client.post("/x", timeout=5).text == "ok"
        client.put(FAULTS_PATH, json={"late_commit_rate": 0.0})
        assert client.get(FAULTS_PATH).json()["stats"]["late_commits"] == 2


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"error_rate": "0.5"}, "error_rate"),
        ({"latency_s": 1e9}, "latency_s"),
        ({"late_commit_s": -1}, "late_commit_s"),
        ({"drop_rate": 1.5}, "drop_rate"),
        ({"error_rate": True}, "error_rate"),
        ({"methods": ["FETCH"]}, "methods"),
        ({"bogus": 1}, "unknown fault setting 'bogus'"),
    ],
)
def test_bad_fault_settings_are_refused_and_change_nothing(server, body, reason) -> None:  # type: ignore[no-untyped-def]
    srv, injector = server
    with httpx.Client(base_url=srv.url) as client:
        answer = client.put(FAULTS_PATH, json={"latency_s": 0.0, **body})
        assert answer.status_code == 400
        assert reason in answer.json()["message"][0]
        assert client.get("/x").text == "ok"
    assert injector.config.error_rate == 0.0 and injector.config.latency_s == 0.0
