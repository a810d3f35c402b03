"""The Final POS stand-in as an ASGI app: generic handlers over the resource specs.

Behaviour follows ``NOTES.md`` of the shared contract: ``x-api-key`` on every API call (401
otherwise), records scoped to the key's company, create answers 201 with the stored record,
PUT merges a partial body and answers the whole record, DELETE answers ``{statusCode,
message}``, listings take ``skip``/``limit`` and answer plain arrays in insertion order.
Errors are NestJS-shaped: ``{"statusCode": 400, "message": [...], "error": "Bad Request"}``.

Choices where the contract is silent: a missing ``limit`` (or ``limit=0``, as MongoDB reads
it) means "all the rest"; a fractional ``skip``/``limit`` is rounded down; unknown query
parameters are ignored, since the real API documents no filters. Product art is served
without a key under ``/assets/products/``; stored image paths are relative and made absolute
with the request's base URL, so a database reused on another port still works.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.resources import product_art_dir
from kiosk.sandbox.finalpos.resources import RESOURCES, Resource
from kiosk.sandbox.finalpos.schema import validate
from kiosk.sandbox.finalpos.store import FinalPosStore, iso_now, new_object_id

API_PREFIX = "/v1/api"
ASSETS_PATH = "/assets/products"
DEFAULT_ASSETS_DIR = product_art_dir()
_ASSET_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.svg$")
_MAX_PAGE_NUMBER = 2**62  # beyond SQLite's integer range is "everything" anyway

Handler = Callable[[Request], Awaitable[Response]]


def error_response(status: int, error: str, *messages: str) -> JSONResponse:
    return JSONResponse(
        {"statusCode": status, "message": list(messages), "error": error}, status_code=status
    )


class _Api:
    """Request handlers bound to one store; one instance per app."""

    def __init__(self, store: FinalPosStore, assets_dir: Path) -> None:
        self.store = store
        self.assets_dir = assets_dir
        self._asset_cache: dict[str, bytes] = {}

    # --- plumbing -----------------------------------------------------------------------------

    def _company(self, request: Request) -> str | None:
        key = request.headers.get("x-api-key")
        return self.store.company_for_key(key) if key else None

    def _present(self, resource: Resource, doc: dict[str, Any], base_url: str) -> dict[str, Any]:
        """Make stored relative image paths absolute for this request's host and port."""
        for name in resource.image_fields:
            value = doc.get(name)
            if isinstance(value, str) and value.startswith("/"):
                doc[name] = base_url + value
            elif isinstance(value, list):
                doc[name] = [
                    base_url + v if isinstance(v, str) and v.startswith("/") else v for v in value
                ]
        return doc

    @staticmethod
    def _base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @staticmethod
    async def _json_body(request: Request) -> tuple[Any, str | None]:
        raw = await request.body()
        try:
            return json.loads(raw or b"null", parse_constant=_reject_constant), None
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None, "request body must be valid JSON"

    def _derive(self, resource: Resource, company: str, doc: dict[str, Any], new: bool) -> None:
        if resource.from_final:
            doc["fromFinal"] = bool(doc.get("externalId"))
        if new and resource.sequence_number and "sequenceNumber" not in doc:
            doc["sequenceNumber"] = self.store.next_number(company, resource.name)

    def _not_found(self, resource: Resource, record_id: str) -> JSONResponse:
        return error_response(404, "Not Found", f"{resource.label} with Id {record_id} not found")

    # --- operations ---------------------------------------------------------------------------

    async def create(self, resource: Resource, request: Request) -> Response:
        company = self._company(request)
        if company is None:
            return _unauthorized()
        body, problem = await self._json_body(request)
        if problem:
            return error_response(400, "Bad Request", problem)
        fields, errors = validate(resource.body, body)
        if errors:
            return error_response(400, "Bad Request", *errors)
        now = iso_now()
        doc: dict[str, Any] = {"id": new_object_id(), **fields}
        self._derive(resource, company, doc, new=True)
        doc.update(companyId=company, createdAt=now, updatedAt=now)
        self.store.insert(company, resource.name, doc)
        return JSONResponse(self._present(resource, doc, self._base_url(request)), status_code=201)

    async def get(self, resource: Resource, request: Request) -> Response:
        company = self._company(request)
        if company is None:
            return _unauthorized()
        record_id = request.path_params["id"]
        doc = self.store.get(company, resource.name, record_id)
        if doc is None:
            return self._not_found(resource, record_id)
        return JSONResponse(self._present(resource, doc, self._base_url(request)))

    async def update(self, resource: Resource, request: Request) -> Response:
        company = self._company(request)
        if company is None:
            return _unauthorized()
        record_id = request.path_params["id"]
        body, problem = await self._json_body(request)
        if problem:
            return error_response(400, "Bad Request", problem)
        fields, errors = validate(resource.body, body, partial=True)
        if errors:
            return error_response(400, "Bad Request", *errors)
        with self.store.transaction():
            doc = self.store.get(company, resource.name, record_id)
            if doc is None:
                return self._not_found(resource, record_id)
            doc.update(fields)
            self._derive(resource, company, doc, new=False)
            doc["updatedAt"] = iso_now()
            self.store.replace(company, resource.name, doc)
        return JSONResponse(self._present(resource, doc, self._base_url(request)))

    async def delete(self, resource: Resource, request: Request) -> Response:
        company = self._company(request)
        if company is None:
            return _unauthorized()
        record_id = request.path_params["id"]
        if not self.store.delete(company, resource.name, record_id):
            return self._not_found(resource, record_id)
        return JSONResponse(
            {"statusCode": 200, "message": f"Resource with Id {record_id} deleted successfully"}
        )

    async def list_records(self, resource: Resource, request: Request) -> Response:
        company = self._company(request)
        if company is None:
            return _unauthorized()
        errors: list[str] = []
        skip = _page_number(request, "skip", errors)
        limit = _page_number(request, "limit", errors)
        if errors:
            return error_response(400, "Bad Request", *errors)
        base_url = self._base_url(request)
        docs = self.store.records(company, resource.name, skip=skip or 0, limit=limit or None)
        if resource.image_fields:
            docs = [self._present(resource, doc, base_url) for doc in docs]
        return JSONResponse(docs)

    async def asset(self, request: Request) -> Response:
        name = request.path_params["name"]
        if not _ASSET_NAME.match(name):
            return error_response(404, "Not Found", f"Cannot GET {request.url.path}")
        data = self._asset_cache.get(name)
        if data is None:
            try:
                data = (self.assets_dir / name).read_bytes()
            except OSError:
                return error_response(404, "Not Found", f"Cannot GET {request.url.path}")
            self._asset_cache[name] = data
        return Response(
            data if request.method != "HEAD" else b"",
            media_type="image/svg+xml",
            headers={"cache-control": "public, max-age=86400", "content-length": str(len(data))},
        )


def _page_number(request: Request, name: str, errors: list[str]) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        errors.append(f"{name} must be a number not less than 0")
        return None
    return min(int(value), _MAX_PAGE_NUMBER)


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON (and every other client) does not.
    raise ValueError(f"{name} is not JSON")


def _unauthorized() -> JSONResponse:
    return error_response(401, "Unauthorized", "Invalid or missing API key (header x-api-key)")


async def _not_found(request: Request, exc: Exception) -> Response:
    # NestJS answers an unknown route, or a known path with a verb it does not serve, this way.
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status in (404, 405):
        return error_response(404, "Not Found", f"Cannot {request.method} {request.url.path}")
    return error_response(status, "Error", "request failed")


def create_app(store: FinalPosStore, *, assets_dir: Path | None = None) -> Starlette:
    """The Final POS API over `store` (wrap it in FaultInjector to serve it unreliably)."""
    api = _Api(store, assets_dir or DEFAULT_ASSETS_DIR)
    by_path: dict[str, dict[str, Handler]] = {}
    for resource in RESOURCES:
        single = f"{API_PREFIX}/{resource.single}"
        one = f"{single}/{{id}}"
        ops: list[tuple[str, str, Handler]] = []
        if "create" in resource.operations:
            ops.append((single, "POST", partial(api.create, resource)))
        if "list" in resource.operations:
            ops.append(
                (f"{API_PREFIX}/{resource.plural}", "GET", partial(api.list_records, resource))
            )
        if "get" in resource.operations:
            ops.append((one, "GET", partial(api.get, resource)))
        if "update" in resource.operations:
            ops.append((one, "PUT", partial(api.update, resource)))
        if "delete" in resource.operations:
            ops.append((one, "DELETE", partial(api.delete, resource)))
        for path, method, handler in ops:
            by_path.setdefault(path, {})[method] = handler
    routes = [_route(path, handlers) for path, handlers in by_path.items()]
    routes.append(Route(ASSETS_PATH + "/{name}", api.asset, methods=["GET", "HEAD"]))
    return Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})


def _route(path: str, handlers: dict[str, Handler]) -> Route:
    async def endpoint(request: Request) -> Response:
        handler = handlers.get(request.method) or handlers["GET"]  # HEAD is served as GET
        return await handler(request)

    return Route(path, endpoint, methods=list(handlers))
