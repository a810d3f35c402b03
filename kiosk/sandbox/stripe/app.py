"""The Stripe sandbox's HTTP face: an ASGI app the real stripe SDK talks to.

It speaks the v1 wire format the SDK uses: form-encoded bracket bodies (query strings for GET),
``Authorization: Bearer sk_test_...``, ``Stripe-Account`` scoping, ``Idempotency-Key`` replay,
JSON answers with a ``Request-Id`` header, and error bodies ``{"error": {...}}`` with the HTTP
statuses the SDK maps to its exception classes (400/404 InvalidRequestError, 401
AuthenticationError, 402 CardError, 403 PermissionError).

Only keys the sandbox issued are accepted, a ``Stripe-Account`` must be a connected account
the key may use, and restricted keys are held to their permissions; see
`kiosk.sandbox.stripe.state` for the exact answers (they are Stripe's). ``expand[]`` works for
``latest_charge`` (and ``data.latest_charge`` on lists), ``payment_intent`` on charges and
``charge`` on refunds.

Sandbox-only controls live under ``/_sandbox/stripe/`` (no key needed; loopback only):

- ``GET|POST /_sandbox/stripe/readers/{id}/mode`` with a JSON body of `ReaderMode` fields
  (offline, busy, timeout, timeout_delivered, auto_present_after_s, auto_present_card);
- ``POST /_sandbox/stripe/readers/{id}/customer_cancel``: the customer presses cancel;
- ``POST /_sandbox/stripe/keys`` with ``{"restricted": {"payment_intents": "write", ...} |
  null, "account": "acct_..." | null, "key": "sk_test_..." | null}`` issues a key (answer
  ``{"key": ...}``); ``DELETE /_sandbox/stripe/keys/{key}`` revokes it;
- ``POST /_sandbox/stripe/accounts`` with ``{"id": "acct_..."}`` connects an account to the
  platform; ``GET`` lists them.

The app is wrapped in `FaultInjector`, so ``PUT /_sandbox/faults`` adds latency, 503s, drops
and lost answers.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kiosk.sandbox import demo
from kiosk.sandbox.http import FaultInjector, LoopbackServer
from kiosk.sandbox.stripe.forms import FormError, decode_form
from kiosk.sandbox.stripe.state import Obj, StripeApiError, StripeState, expand_needs

log = logging.getLogger(__name__)

Handler = Callable[[StripeState, str, Obj, str], Obj]

_ID = r"([A-Za-z0-9_]+)"


def _on_collection(method: Callable[[StripeState, str, Obj], Obj]) -> Handler:
    """A create or list: the state method takes (account, params)."""
    return lambda state, account, params, _: method(state, account, params)


def _on_object(method: Callable[[StripeState, str, str], Obj]) -> Handler:
    """A retrieve, or an action without parameters: (account, object id)."""
    return lambda state, account, _, object_id: method(state, account, object_id)


def _on_object_with(method: Callable[[StripeState, str, str, Obj], Obj]) -> Handler:
    """An update or action with parameters: (account, object id, params)."""
    return lambda state, account, params, object_id: method(state, account, object_id, params)


def _routes() -> list[tuple[str, re.Pattern[str], str, Handler]]:
    """(method, path, restricted-key resource, handler); GET needs read, POST write."""
    s = StripeState
    pi, ch, re_, loc, rdr = (
        "payment_intents",
        "charges",
        "refunds",
        "terminal_locations",
        "terminal_readers",
    )
    pis, locs, rdrs = "/v1/payment_intents", "/v1/terminal/locations", "/v1/terminal/readers"
    table: list[tuple[str, str, str, Handler]] = [
        ("POST", pis, pi, _on_collection(s.create_payment_intent)),
        ("GET", pis, pi, _on_collection(s.list_payment_intents)),
        ("GET", f"{pis}/{_ID}", pi, _on_object(s.retrieve_payment_intent)),
        ("POST", f"{pis}/{_ID}", pi, _on_object_with(s.update_payment_intent)),
        ("POST", f"{pis}/{_ID}/capture", pi, _on_object_with(s.capture_payment_intent)),
        ("POST", f"{pis}/{_ID}/cancel", pi, _on_object_with(s.cancel_payment_intent)),
        ("POST", "/v1/refunds", re_, _on_collection(s.create_refund)),
        ("GET", f"/v1/refunds/{_ID}", re_, _on_object(s.retrieve_refund)),
        ("GET", f"/v1/charges/{_ID}", ch, _on_object(s.retrieve_charge)),
        ("POST", locs, loc, _on_collection(s.create_location)),
        ("GET", locs, loc, _on_collection(s.list_locations)),
        ("GET", f"{locs}/{_ID}", loc, _on_object(s.retrieve_location)),
        ("POST", rdrs, rdr, _on_collection(s.create_reader)),
        ("GET", rdrs, rdr, _on_collection(s.list_readers)),
        ("GET", f"{rdrs}/{_ID}", rdr, _on_object(s.retrieve_reader)),
        (
            "POST",
            f"{rdrs}/{_ID}/process_payment_intent",
            rdr,
            _on_object_with(s.process_payment_intent),
        ),
        ("POST", f"{rdrs}/{_ID}/set_reader_display", rdr, _on_object_with(s.set_reader_display)),
        ("POST", f"{rdrs}/{_ID}/cancel_action", rdr, _on_object(s.cancel_action)),
        (
            "POST",
            f"/v1/test_helpers/terminal/readers/{_ID}/present_payment_method",
            rdr,
            _on_object_with(s.present_payment_method),
        ),
    ]
    return [
        (method, re.compile(pattern + r"/?"), resource, handler)
        for method, pattern, resource, handler in table
    ]


_ROUTES = _routes()
_ADMIN = re.compile(r"/_sandbox/stripe/readers/([A-Za-z0-9_]+)/(mode|customer_cancel)/?")
_ADMIN_KEYS = re.compile(r"/_sandbox/stripe/keys(?:/([A-Za-z0-9_]+))?/?")
_ADMIN_ACCOUNTS = re.compile(r"/_sandbox/stripe/accounts/?")


def _request_id() -> str:
    return f"req_{uuid.uuid4().hex[:14]}"


def _json(status: int, payload: Any, request_id: str) -> Response:
    return _json_text(status, json.dumps(payload), request_id)


def _json_text(status: int, text: str, request_id: str, *, replayed: bool = False) -> Response:
    headers = {"Request-Id": request_id}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return Response(text, status_code=status, media_type="application/json", headers=headers)


def _error(err: StripeApiError, request_id: str) -> Response:
    return _json(err.status, err.body(), request_id)


def _api_key(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value).decode().split(":", 1)[0] or None
        except (binascii.Error, UnicodeDecodeError):
            return None
    return None


class _Api:
    def __init__(self, state: StripeState) -> None:
        self.state = state

    async def handle(self, request: Request) -> Response:
        request_id = _request_id()
        path = request.url.path
        if path.startswith("/_sandbox/stripe/"):
            return await self._admin(request, request_id)
        body = await request.body() if request.method == "POST" else b""
        try:
            return self._api(request, request_id, body)
        except StripeApiError as err:
            return _error(err, request_id)

    def _api(self, request: Request, request_id: str, body: bytes) -> Response:
        key = _api_key(request)
        if key is None:
            raise StripeApiError(
                401,
                "You did not provide an API key. Provide it in the Authorization header, using "
                "Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
                stored=False,
            )
        try:
            source = body if request.method == "POST" else request.url.query
            params = decode_form(source)
        except FormError as exc:
            raise StripeApiError(400, str(exc), param=exc.param, stored=False) from None
        method, path = request.method, request.url.path
        header_account = request.headers.get("stripe-account", "")
        for route_method, pattern, resource, handler in _ROUTES:
            match = pattern.fullmatch(path)
            if match is None or route_method != method:
                continue
            level = "read" if method == "GET" else "write"
            account = self.state.authorize(key, header_account, resource, level)
            object_id = match.group(1) if match.groups() else ""
            expand = params.pop("expand", None) or []
            if not isinstance(expand, list) or not all(isinstance(e, str) for e in expand):
                raise StripeApiError(400, "Invalid array: expand", param="expand", stored=False)
            is_list = method == "GET" and not object_id
            for needed in expand_needs(resource, is_list=is_list, paths=expand):
                # expanding shows another object: the key must be allowed to read it
                self.state.authorize(key, header_account, needed, "read")
            idem_key = request.headers.get("idempotency-key") if method == "POST" else None
            return self._run(
                handler, account, params, object_id, idem_key, path, request_id, expand
            )
        # an unknown URL still needs a valid key first, as on Stripe
        self.state.authorize(key, header_account, None, "read")
        if any(pattern.fullmatch(path) for _, pattern, _, _ in _ROUTES):
            raise StripeApiError(405, f"Unrecognized request URL ({method}: {path}).", stored=False)
        raise StripeApiError(404, f"Unrecognized request URL ({method}: {path}).", stored=False)

    def _run(
        self,
        handler: Handler,
        account: str,
        params: Obj,
        object_id: str,
        idem_key: str | None,
        path: str,
        request_id: str,
        expand: list[str],
    ) -> Response:
        state = self.state
        with state.lock:
            fingerprint = json.dumps([path, params, expand], sort_keys=True)
            if idem_key:
                if len(idem_key) > 255:
                    raise StripeApiError(
                        400, "Idempotency keys are at most 255 characters.", stored=False
                    )
                replay = state.idempotent_replay(account, idem_key, fingerprint)
                if replay is not None:
                    status, text = replay
                    return _json_text(status, text, request_id, replayed=True)
            state.tick()
            try:
                status, payload = 200, handler(state, account, params, object_id)
                if expand:
                    payload = state.expand(account, payload, expand)
                stored = True
            except StripeApiError as err:
                status, payload, stored = err.status, err.body(), err.stored
            text = json.dumps(payload)
            if idem_key and stored:
                state.idempotent_store(account, idem_key, fingerprint, status, text)
            state.flush()
        return _json_text(status, text, request_id)

    async def _admin(self, request: Request, request_id: str) -> Response:
        path = request.url.path
        if _ADMIN_KEYS.fullmatch(path) or _ADMIN_ACCOUNTS.fullmatch(path):
            try:
                return await self._admin_access(request, request_id)
            except (ValueError, TypeError) as exc:
                return _json(400, {"error": {"message": str(exc)}}, request_id)
        match = _ADMIN.fullmatch(path)
        if match is None:
            return _json(404, {"error": {"message": "no such sandbox control"}}, request_id)
        reader_id, control = match.groups()
        try:
            if control == "mode":
                values: Any = {}
                if request.method == "POST":
                    values = json.loads(await request.body() or b"{}")
                    if not isinstance(values, dict):
                        raise ValueError("body must be a JSON object")
                elif request.method != "GET":
                    return _json(405, {"error": {"message": "use GET or POST"}}, request_id)
                mode = self.state.set_reader_mode(reader_id, **values)
                self.state.flush()
                return _json(200, asdict(mode), request_id)
            if request.method != "POST":
                return _json(405, {"error": {"message": "use POST"}}, request_id)
            return _json(200, self.state.customer_cancel(reader_id), request_id)
        except StripeApiError as err:
            return _error(err, request_id)
        except ValueError as exc:
            return _json(400, {"error": {"message": str(exc)}}, request_id)

    async def _admin_access(self, request: Request, request_id: str) -> Response:
        """Issue or revoke keys, connect accounts (see the module docstring)."""
        path, method = request.url.path, request.method
        keys = _ADMIN_KEYS.fullmatch(path)
        if keys is not None:
            if method == "DELETE" and keys.group(1):
                self.state.revoke_key(keys.group(1))
                return _json(200, {"revoked": True}, request_id)
            if method != "POST" or keys.group(1):
                return _json(
                    405, {"error": {"message": "use POST (or DELETE .../{key})"}}, request_id
                )
            values = json.loads(await request.body() or b"{}")
            if not isinstance(values, dict) or set(values) - {"key", "restricted", "account"}:
                raise ValueError("body must be a JSON object with key, restricted, account")
            restricted = values.get("restricted")
            if restricted is not None and not isinstance(restricted, dict):
                raise ValueError("restricted must be an object of resource: read|write")
            key = self.state.issue_key(
                values.get("key"), restricted=restricted, account=values.get("account")
            )
            return _json(
                200,
                {"key": key, "restricted": restricted, "account": values.get("account")},
                request_id,
            )
        if method == "GET":
            return _json(200, {"accounts": self.state.connected_accounts()}, request_id)
        if method != "POST":
            return _json(405, {"error": {"message": "use GET or POST"}}, request_id)
        values = json.loads(await request.body() or b"{}")
        if not isinstance(values, dict) or not isinstance(values.get("id"), str):
            raise ValueError('body must be {"id": "acct_..."}')
        self.state.connect_account(values["id"])
        return _json(200, {"accounts": self.state.connected_accounts()}, request_id)


@dataclass
class StripeSandbox:
    """The served ASGI app (with faults), its fault switch and its state."""

    app: FaultInjector
    faults: FaultInjector
    state: StripeState


def create_stripe_app(
    db_path: Path | None = None,
    *,
    processing_s: float = 0.2,
    auto_present_after_s: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
) -> StripeSandbox:
    """Build the sandbox: in-memory state, or SQLite at `db_path` (kept across restarts).

    It accepts no key until one is issued (`seed_demo` issues the demo key;
    `StripeState.issue_key` or ``POST /_sandbox/stripe/keys`` others)."""
    state = StripeState(
        processing_s=processing_s,
        auto_present_after_s=auto_present_after_s,
        clock=clock,
        db_path=db_path,
        wall_clock=wall_clock,
    )
    api = _Api(state)
    starlette = Starlette(
        routes=[Route("/{path:path}", api.handle, methods=["GET", "POST", "DELETE", "PUT"])]
    )
    faults = FaultInjector(starlette)
    return StripeSandbox(app=faults, faults=faults, state=state)


@dataclass(frozen=True)
class _Outlet:
    account: str
    location: str
    reader: str
    name: str
    address: dict[str, str]
    label: str


_OUTLETS = (
    _Outlet(
        demo.STRIPE_ACCOUNT,
        demo.STRIPE_LOCATION,
        demo.READER_ID,
        demo.STORE_NAME,
        {"line1": "1 Harbour Street", "city": "Dublin", "postal_code": "D02 X285", "country": "IE"},
        "Kiosk 1 reader",
    ),
    _Outlet(
        demo.PIER_STRIPE_ACCOUNT,
        demo.PIER_STRIPE_LOCATION,
        demo.PIER_READER_ID,
        demo.PIER_STORE_NAME,
        {"line1": "East Pier", "city": "Dún Laoghaire", "postal_code": "A96 N6T7", "country": "IE"},
        "Pier kiosk reader",
    ),
)


def seed_demo(state: StripeState) -> None:
    """The demo platform key and both outlets' connected accounts, each with its Terminal
    location and simulated reader (idempotent).

    They match the Final POS sandbox's outlets (``stripeAccountId``, ``stripe.locationId``)
    and stations (``stripeTerminalId``) through the ids in `kiosk.sandbox.demo`: the Harbour
    Street café (``STRIPE_*``, ``READER_ID``) and the Pier Pop-up (``PIER_*``). The demo key is
    a platform key that acts on both accounts through ``Stripe-Account``.
    """
    with state.lock:
        state.issue_key(demo.STRIPE_API_KEY)
        for outlet in _OUTLETS:
            state.connect_account(outlet.account)
            try:
                state.retrieve_location(outlet.account, outlet.location)
            except StripeApiError:
                state.create_location(
                    outlet.account,
                    {"display_name": outlet.name, "address": outlet.address},
                    location_id=outlet.location,
                )
            try:
                state.retrieve_reader(outlet.account, outlet.reader)
            except StripeApiError:
                state.create_reader(
                    outlet.account,
                    {
                        "registration_code": "simulated-wpe",
                        "location": outlet.location,
                        "label": outlet.label,
                    },
                    reader_id=outlet.reader,
                )
        state.flush()


def serve(sandbox: StripeSandbox, *, port: int = 0) -> LoopbackServer:
    """Start `sandbox` on 127.0.0.1 (a free port by default); the caller stops the server."""
    server = LoopbackServer(sandbox.app, port=port, name="stripe-sandbox")
    server.start()
    return server


__all__ = ["StripeSandbox", "create_stripe_app", "seed_demo", "serve"]
