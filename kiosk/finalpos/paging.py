"""Listings from Final POS: `skip`/`limit` pages, several in flight, validated per record.

Final POS pages with `skip`/`limit` and answers plain arrays with no total, so a
listing ends at the first page shorter than `limit`. The first page is fetched alone (most
listings fit in one); when it comes back full, the next `page_concurrency` pages are fetched
concurrently and yielded in order, a new page being requested as each one arrives full, and
nothing more once a short page has arrived (at most `page_concurrency - 1` requests past the
end are wasted, and cancelled if still running). Final POS documents no maximum `limit`, so
a non-empty short page is confirmed with one more request just past it (`verify_end`): if
that finds records, the server capped our page size, and paging carries on with the cap as
the page size instead of silently losing the rest. Records must not move between pages
during one listing (skip/limit over a changing table can repeat or miss a record; the
catalog mapping drops repeated ids).

A malformed record (wrong types, no id) is logged with its id and the reason, counted in
`ListStats.skipped` and `Pager.skipped`, and left out; the rest of the list arrives.

A page of listing records (the `models.*Record` TypedDicts the menu sync reads) is validated
by pydantic-core straight from its bytes when every number in it reads the same through a
double (`kiosk.finalpos.doubles`) and every record is valid; otherwise, and for wire models,
it is parsed with `json.loads(parse_float=Decimal)` and validated record by record as above.
Both paths give the same records; the first one skips building the fields nobody reads.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter
from collections.abc import AsyncGenerator, Callable, Coroutine
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pydantic
from typing_extensions import is_typeddict

from kiosk.finalpos.doubles import doubles_exact
from kiosk.finalpos.errors import ProtocolError
from kiosk.finalpos.gcpause import gc_paused
from kiosk.finalpos.transport import Transport, reasons

log = logging.getLogger(__name__)

R = TypeVar("R", bound=pydantic.BaseModel)
T = TypeVar("T")  # a wire model or a listing record (`models.VariantRecord`, ...)

DEFAULT_PAGE_SIZE = 500
DEFAULT_PAGE_CONCURRENCY = 4


@dataclass
class ListStats:
    """What one listing saw: pages and records fetched, and malformed records left out."""

    pages: int = 0
    records: int = 0
    skipped: int = 0
    skipped_ids: list[str] = field(default_factory=list)


class Pager:
    """Pages of one listing after another, through `transport`; see the module docstring."""

    def __init__(
        self, transport: Transport, *, page_size: int, page_concurrency: int, verify_end: bool
    ) -> None:
        self._transport = transport
        self.page_size = page_size
        self.page_concurrency = page_concurrency
        self.verify_end = verify_end
        self.skipped: Counter[str] = Counter()  # malformed records left out, per path

    async def iter(
        self, path: str, model: type[R], *, stats: ListStats | None = None
    ) -> AsyncGenerator[R, None]:
        pages = self.pages(path, model, stats=stats)
        try:
            async for page in pages:
                for item in page:
                    yield item
        finally:
            await pages.aclose()

    async def pages(
        self, path: str, model: type[T], *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[T], None]:
        limit = self.page_size
        stats = stats if stats is not None else ListStats()
        firsts: dict[str, int] = {}  # id of each page's first record -> that page's skip

        async def fetch(skip: int, limit: int) -> tuple[int, list[T]]:
            response = await self._transport.request(
                "GET", path, params={"skip": skip, "limit": limit}
            )
            with gc_paused():
                raw: Any = _valid_page(response.content, model)
                if raw is not None:
                    items = raw  # every record of the page, as validated
                    stats.records += len(items)
                else:
                    raw = self._transport.decode(response, path, "GET")
                    if not isinstance(raw, list):
                        raise ProtocolError(
                            "a listing must answer a JSON array",
                            status_code=response.status_code,
                            method="GET",
                            path=path,
                        )
                    items = self._validate_page(raw, model, path, stats)
            stats.pages += 1
            first = _record_id(raw[0]) if raw else "<no id>"
            # A server that ignores `skip` would otherwise page forever.
            if first != "<no id>" and firsts.setdefault(first, skip) != skip:
                raise ProtocolError(
                    f"page at skip={skip} repeats the page at skip={firsts[first]}",
                    status_code=response.status_code,
                    method="GET",
                    path=path,
                )
            return len(raw), items

        skip = 0
        count, items = await fetch(skip, limit)
        yield items
        while True:
            if count >= limit:
                window = self._window(fetch, skip + limit, limit)
                async with aclosing(window):
                    async for page_skip, page_count, items in window:
                        skip, count = page_skip, page_count
                        yield items
            if count == 0 or not self.verify_end:
                return
            # A non-empty short page ends the listing only if the server honoured `limit`.
            # Final POS documents no maximum; if it caps pages below what we asked, the next
            # records are still there: adopt the cap as the page size and carry on.
            count_after, items = await fetch(skip + count, limit)
            if count_after == 0:
                return
            log.warning(
                "%s answered %d records for limit=%d: paging by %d", path, count, limit, count
            )
            skip, limit, count = skip + count, count, count_after
            yield items

    async def _window(
        self,
        fetch: Callable[[int, int], Coroutine[Any, Any, tuple[int, list[T]]]],
        start: int,
        limit: int,
    ) -> AsyncGenerator[tuple[int, int, list[T]], None]:
        """Pages from `start` on, `page_concurrency` in flight, in order, to the first short one."""
        pending: dict[int, asyncio.Task[tuple[int, list[T]]]] = {}
        try:
            next_skip = start
            for _ in range(self.page_concurrency):
                pending[next_skip] = asyncio.create_task(fetch(next_skip, limit))
                next_skip += limit
            current = start
            while True:
                count, items = await pending.pop(current)
                if count < limit:
                    # The end: pages after this one are empty; don't wait for them.
                    for task in pending.values():
                        task.cancel()
                else:
                    pending[next_skip] = asyncio.create_task(fetch(next_skip, limit))
                    next_skip += limit
                yield current, count, items
                if count < limit:
                    return
                current += limit
        finally:
            for task in pending.values():
                task.cancel()
            if pending:
                await asyncio.gather(*pending.values(), return_exceptions=True)

    def _validate_page(
        self, raw: list[Any], model: type[T], path: str, stats: ListStats
    ) -> list[T]:
        key: Any = model  # a class: hashable, whatever mypy makes of an unbound type[T]
        try:
            items: list[T] = _list_adapter(key).validate_python(raw)
        except pydantic.ValidationError:
            pass  # at least one bad record: validate one by one to keep the others
        else:
            stats.records += len(items)
            return items
        items = []
        validate = _adapter(key).validate_python
        for record in raw:
            try:
                items.append(validate(record))
            except pydantic.ValidationError as exc:
                record_id = _record_id(record)
                stats.skipped += 1
                stats.skipped_ids.append(record_id)
                self.skipped[path] += 1
                log.warning(
                    "skipping malformed record %s from %s: %s", record_id, path, reasons(exc)
                )
        stats.records += len(items)
        return items


def _valid_page(content: bytes, model: Any) -> list[Any] | None:
    """A page of records validated from its bytes, or None to take the exact path (see above).

    None also when anything is wrong with the page (not JSON, not an array, one bad record):
    the exact path then says what, as it always did.
    """
    if not is_typeddict(model) or not doubles_exact(content):
        return None
    try:
        return _list_adapter(model).validate_json(content)
    except pydantic.ValidationError:
        return None


@functools.cache
def _list_adapter(model: type[Any]) -> pydantic.TypeAdapter[list[Any]]:
    return pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]


@functools.cache
def _adapter(model: type[Any]) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(model)


def _record_id(record: Any) -> str:
    if isinstance(record, dict):
        value = record.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)[:64]
    return "<no id>"
