"""Where the sandbox's objects live: per account and kind in memory, optionally in SQLite, with
Stripe's list paging; the base of `StripeState`."""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.sandbox.stripe.state.errors import invalid, missing
from kiosk.sandbox.stripe.state.params import _created_filter, p_limit, p_str
from kiosk.sandbox.stripe.state.records import ApiKey, Obj, _IdemRecord, _ReaderSim

KINDS = ("payment_intent", "charge", "refund", "location", "reader")


class _Store:
    """The state's lock, clocks, objects, keys and readers' simulations, and their storage."""

    def __init__(
        self,
        *,
        processing_s: float = 0.2,
        auto_present_after_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        db_path: Path | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        """`clock` (monotonic) paces readers; `wall_clock` (epoch seconds) stamps ``created``
        and ages idempotency keys, so a test can move a day on without waiting."""
        self.lock = threading.RLock()
        self.processing_s = processing_s
        self.auto_present_after_s = auto_present_after_s
        self.clock = clock
        self.wall_clock = wall_clock
        self._keys: dict[str, ApiKey] = {}
        self._connected: set[str] = set()
        self._objects: dict[str, dict[str, dict[str, Obj]]] = {}
        self._sims: dict[str, _ReaderSim] = {}
        self._idem: dict[tuple[str, str], _IdemRecord] = {}
        self._dirty: set[tuple[str, str, str]] = set()
        self._db: sqlite3.Connection | None = None
        if db_path is not None:
            self._open_db(db_path)

    # -- persistence ----------------------------------------------------------------------

    def _open_db(self, path: Path) -> None:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        db.execute(
            "CREATE TABLE IF NOT EXISTS objects (account TEXT, kind TEXT, id TEXT, body TEXT,"
            " PRIMARY KEY (account, kind, id))"
        )
        db.execute(
            "CREATE TABLE IF NOT EXISTS idempotency (account TEXT, key TEXT, fingerprint TEXT,"
            " status INTEGER, body TEXT, PRIMARY KEY (account, key))"
        )
        db.execute("CREATE TABLE IF NOT EXISTS api_keys (key TEXT PRIMARY KEY)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS issued_keys (key TEXT PRIMARY KEY, account TEXT,"
            " restricted TEXT)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS connected_accounts (id TEXT PRIMARY KEY)")
        columns = {row[1] for row in db.execute("PRAGMA table_info(idempotency)")}
        if "stored_at" not in columns:
            db.execute("ALTER TABLE idempotency ADD COLUMN stored_at REAL DEFAULT 0")
        for account, kind, object_id, body in db.execute(
            "SELECT account, kind, id, body FROM objects ORDER BY rowid"
        ):
            self._bucket(account, kind)[object_id] = json.loads(body)
            if kind == "reader":
                self._sims[object_id] = _ReaderSim(account)
        for account, key, fingerprint, status, body, stored_at in db.execute(
            "SELECT account, key, fingerprint, status, body, stored_at FROM idempotency"
        ):
            self._idem[(account, key)] = _IdemRecord(fingerprint, status, body, stored_at or 0.0)
        # keys of an older sandbox version: platform secret keys
        for (key,) in db.execute("SELECT key FROM api_keys"):
            self._keys[key] = ApiKey(key)
        for key, account, restricted in db.execute(
            "SELECT key, account, restricted FROM issued_keys"
        ):
            self._keys[key] = ApiKey(key, account or "", json.loads(restricted or "null"))
        self._connected.update(row[0] for row in db.execute("SELECT id FROM connected_accounts"))
        self._db = db

    def flush(self) -> None:
        """Write changed objects to SQLite (a no-op for in-memory state)."""
        with self.lock:
            if self._db is None:
                self._dirty.clear()
                return
            rows = []
            for account, kind, object_id in self._dirty:
                obj = self._bucket(account, kind).get(object_id)
                if obj is not None:
                    rows.append((account, kind, object_id, json.dumps(obj)))
            self._dirty.clear()
            with self._db:
                self._db.executemany(
                    "INSERT INTO objects (account, kind, id, body) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (account, kind, id) DO UPDATE SET body = excluded.body",
                    rows,
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO issued_keys (key, account, restricted)"
                    " VALUES (?, ?, ?)",
                    [
                        (
                            k.key,
                            k.account,
                            None if k.restricted is None else json.dumps(k.restricted),
                        )
                        for k in self._keys.values()
                    ],
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO connected_accounts (id) VALUES (?)",
                    [(account,) for account in self._connected],
                )

    def close(self) -> None:
        with self.lock:
            self.flush()
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- storage helpers --------------------------------------------------------------------

    def _bucket(self, account: str, kind: str) -> dict[str, Obj]:
        return self._objects.setdefault(account, {}).setdefault(kind, {})

    def _put(self, account: str, kind: str, obj: Obj) -> Obj:
        self._bucket(account, kind)[obj["id"]] = obj
        self._dirty.add((account, kind, obj["id"]))
        return obj

    def _touch(self, account: str, kind: str, obj: Obj) -> None:
        self._dirty.add((account, kind, obj["id"]))

    def _get(self, account: str, kind: str, object_id: str, label: str, param: str = "id") -> Obj:
        obj = self._bucket(account, kind).get(object_id)
        if obj is None:
            raise missing(label, object_id, param)
        return obj

    def _list(self, account: str, kind: str, params: Obj, url: str, items: list[Obj]) -> Obj:
        """One page, newest first, as Stripe pages: ``limit`` (1-100, default 10),
        ``starting_after`` / ``ending_before`` an object id, ``created`` an epoch second or a
        hash of gt/gte/lt/lte."""
        limit = p_limit(params)
        newest_first = sorted(
            reversed(items), key=lambda o: int(o.get("created") or 0), reverse=True
        )
        newest_first = _created_filter(params, newest_first)
        after = p_str(params, "starting_after")
        before = p_str(params, "ending_before")
        if after and before:
            raise invalid(
                "You may only specify one of these parameters: ending_before, starting_after.",
                "ending_before",
            )
        ids = [o["id"] for o in newest_first]
        if after:
            if after not in ids:
                raise missing(kind, after, "starting_after")
            rest = newest_first[ids.index(after) + 1 :]
            page, has_more = rest[:limit], len(rest) > limit
        elif before:
            if before not in ids:
                raise missing(kind, before, "ending_before")
            rest = newest_first[: ids.index(before)]
            page, has_more = rest[-limit:], len(rest) > limit
        else:
            page, has_more = newest_first[:limit], len(newest_first) > limit
        return {
            "object": "list",
            "data": copy.deepcopy(page),
            "has_more": has_more,
            "url": url,
        }
