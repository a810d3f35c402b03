"""Creates in Final POS that must happen at most once, without an idempotency key.

Final POS has no idempotency key, and a POST whose answer never came (a timeout, a cut
connection: `UnavailableError.outcome_unknown`) may still be committed later: the server may
have read the request and commit it after the client gave up (a *late commit*). "Look it up by
`externalId`, else post again" is therefore not safe right after such a failure: the first
request may land a moment after the look-up found nothing.

The rule kept here, per checkout and kind of record ("order", "sale", "offset:<id>"):

1. before a POST is sent, a marker is written to the journal (``Journal.set_meta``) saying
   "a create may be in flight; do not send another before `not_before`" (the request's own
   deadline plus the quiet period), so a crash mid-request leaves the same protection;
2. a clean answer clears the marker; a refusal the server certainly did not apply (400, 401,
   503, a refused connection) clears it too, so that a retry may post at once;
3. an unknown outcome is looked up once at once (a lost answer is usually found): found, done;
   else the marker's `not_before` becomes now + the quiet period and `PostPending` is raised.
   A marker found unresolved by the next create (the process died mid-request) is an unknown
   outcome too: the checkout is suspect and watched from then on, as after a timeout.
   Nobody posts again for this record until a look-up *after* `not_before` still finds
   nothing: only that proves the first request absent.

The quiet period must be longer than the request's own deadline (the client's timeout): a
server that read the request commits it, if at all, within that time after the client gave up
in every case the kiosk can be designed for. Anything slower is caught by the duplicate check
on every settle (`kiosk.services.settle`), which undoes extra records rather than counting
them, and, after the checkout is settled, by recovery re-scanning it for a while
(`watched`: `WATCH_QUIET_PERIODS` quiet periods).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from kiosk.finalpos.errors import FinalPosError, UnavailableError

log = logging.getLogger(__name__)

_PREFIX = "post-unknown"
_SUSPECT = "dup-suspect"
_WATCH = "dup-watch"
# A checkout with an unknown create is re-scanned for duplicates after it was settled, for
# this many quiet periods (a commit slower than any quiet period is still undone).
WATCH_QUIET_PERIODS = 20


def request_deadline_s(client: Any, default: float = 10.0) -> float:
    """The longest one Final POS request can take before the client gives up.

    httpx times each phase on its own (connect, write, read), so a request may last up to
    their sum once it has a connection; a client with a total deadline (``deadline_s``) caps
    that. (Waiting for a pooled connection happens before anything is sent.)
    """
    total = getattr(client, "deadline_s", None)
    if isinstance(total, int | float) and total > 0:
        return float(total)
    timeout = getattr(client, "_timeout", None)
    phases = [getattr(timeout, name, None) for name in ("connect", "write", "read")]
    seconds = [float(p) for p in phases if isinstance(p, int | float)]
    return sum(seconds) if seconds else default


def default_quiet_s(deadline_s: float) -> float:
    """A quiet period comfortably longer than the request's deadline."""
    return 2.0 * deadline_s + 1.0


class MarkerJournal(Protocol):
    """What `OnceCreator` writes: its markers, and a note on the record (the checkout journal,
    the refund journal)."""

    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str | None) -> None: ...
    def record(self, key: str, /, *, detail: str | None = None) -> object: ...


class PostPending(Exception):
    """A create's outcome is unknown and its quiet period has not passed: do not post again.

    Not a `FinalPosError`, so no retry loop repeats the POST; callers wait (the checkout is
    settled on a later pass).
    """

    def __init__(self, checkout_id: str, kind: str, not_before: float) -> None:
        super().__init__(
            f"checkout {checkout_id}: the {kind} create's outcome is unknown; "
            "looking again after its quiet period"
        )
        self.checkout_id = checkout_id
        self.kind = kind
        self.not_before = not_before


class OnceCreator:
    """Creates at most once per (checkout, kind); see the module docstring for the rule."""

    def __init__(
        self,
        journal: MarkerJournal,
        *,
        deadline_s: float,
        quiet_s: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if quiet_s <= deadline_s:
            raise ValueError("the quiet period must be longer than the request deadline")
        self._journal = journal
        self.deadline_s = deadline_s
        self.quiet_s = quiet_s
        self._clock = clock

    # -- markers -----------------------------------------------------------------------------

    def pending(self, checkout_id: str, kind: str) -> float | None:
        """`not_before` of an unresolved create (wall-clock epoch seconds), or None."""
        raw = self._journal.get_meta(_key(checkout_id, kind))
        if raw is None:
            return None
        try:
            return float(json.loads(raw)["not_before"])
        except (ValueError, KeyError, TypeError):
            return self._clock() + self.quiet_s  # unreadable: be careful, wait a full period

    def in_quiet(self, checkout_id: str, kind: str) -> bool:
        not_before = self.pending(checkout_id, kind)
        return not_before is not None and self._clock() < not_before

    def resolve(self, checkout_id: str, kind: str) -> None:
        """The record was found or proven absent: forget the marker."""
        if self._journal.get_meta(_key(checkout_id, kind)) is not None:
            self._journal.set_meta(_key(checkout_id, kind), None)

    def suspect(self, checkout_id: str) -> bool:
        """True once any create of this checkout had an unknown outcome (duplicates possible)."""
        return self._journal.get_meta(f"{_SUSPECT}:{checkout_id}") is not None

    def watched(self) -> dict[str, float]:
        """Checkouts to re-scan for late duplicates after settling: id -> watch end (epoch s)."""
        raw = self._journal.get_meta(_WATCH)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def unwatch(self, checkout_id: str) -> None:
        """The watch is over: forget the checkout (and that it was suspect)."""
        watched = self.watched()
        if watched.pop(checkout_id, None) is not None:
            self._journal.set_meta(_WATCH, json.dumps(watched) if watched else None)
        self._journal.set_meta(f"{_SUSPECT}:{checkout_id}", None)

    def _watch(self, checkout_id: str) -> None:
        watched = self.watched()
        watched[checkout_id] = round(self._clock() + WATCH_QUIET_PERIODS * self.quiet_s, 3)
        self._journal.set_meta(_WATCH, json.dumps(watched))

    def _mark(self, checkout_id: str, kind: str, not_before: float) -> None:
        self._journal.set_meta(
            _key(checkout_id, kind), json.dumps({"not_before": round(not_before, 3)})
        )

    # -- the create --------------------------------------------------------------------------

    async def create(
        self,
        checkout_id: str,
        kind: str,
        *,
        find: Callable[[], Awaitable[str | None]],
        post: Callable[[], Awaitable[str]],
        check_first: bool = False,
    ) -> str:
        """The id of the one record: found, or created now. Raises `PostPending` (wait) and
        the `FinalPosError` of a create that was certainly not applied (retry is safe)."""
        not_before = self.pending(checkout_id, kind)
        if not_before is not None and not self.suspect(checkout_id):
            # A marker nobody resolved: the process died (or the task was cancelled) with
            # the create in flight, an outcome as unknown as a timeout's, so as watched.
            self._journal.set_meta(f"{_SUSPECT}:{checkout_id}", "1")
            self._watch(checkout_id)
            self._journal.record(checkout_id, detail=f"{kind} create interrupted: outcome unknown")
        if not_before is not None or check_first:
            found = await find()
            if found is not None:
                self.resolve(checkout_id, kind)
                return found
            if not_before is not None and self._clock() < not_before:
                raise PostPending(checkout_id, kind, not_before)
            if not_before is not None:
                log.info("checkout %s: %s proven absent after its quiet period", checkout_id, kind)
        self._mark(checkout_id, kind, self._clock() + self.deadline_s + self.quiet_s)
        try:
            created = await post()
        except UnavailableError as exc:
            if not exc.outcome_unknown:
                self.resolve(checkout_id, kind)
                raise
            return await self._unknown(checkout_id, kind, find, exc)
        except FinalPosError:
            self.resolve(checkout_id, kind)
            raise
        self.resolve(checkout_id, kind)
        return created

    async def _unknown(
        self,
        checkout_id: str,
        kind: str,
        find: Callable[[], Awaitable[str | None]],
        exc: UnavailableError,
    ) -> str:
        self._journal.set_meta(f"{_SUSPECT}:{checkout_id}", "1")
        self._watch(checkout_id)
        self._journal.record(checkout_id, detail=f"{kind} create outcome unknown: {exc}"[:300])
        not_before = self._clock() + self.quiet_s
        self._mark(checkout_id, kind, not_before)
        try:
            found = await find()  # a lost answer: the record is usually there already
        except FinalPosError:
            found = None
        if found is not None:
            self.resolve(checkout_id, kind)
            return found
        log.warning(
            "checkout %s: %s create outcome unknown; not repeating it before its quiet period",
            checkout_id,
            kind,
        )
        raise PostPending(checkout_id, kind, not_before) from exc


def _key(checkout_id: str, kind: str) -> str:
    return f"{_PREFIX}:{checkout_id}:{kind}"
