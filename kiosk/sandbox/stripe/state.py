"""The Stripe sandbox's state: Connect-scoped objects, the reader state machine, idempotency.

Everything here is synchronous and guarded by one re-entrant lock, because the server runs in
its own thread while tests (and the demo's auto-presentment) read and steer the same state.

Time-dependent behaviour (the authorisation taking `processing_s`, automatic card
presentment after N seconds) is evaluated lazily: every request and every accessor first calls
`tick()`, which moves readers whose deadline has passed. There are no background tasks to leak
or to race with, and a test that sets `processing_s=0` sees every outcome at once.

Objects are the JSON shapes Stripe answers with (plain dicts), scoped per ``Stripe-Account``
value ("" is the platform). Ids are globally unique, so an object asked for under another
account is simply absent there: a 404 ``resource_missing``, as on Stripe.

Keys and accounts (`StripeState.authorize`, run on every API request):

- only keys the sandbox has issued are accepted (`issue_key`; the demo key is issued by the
  demo seed); anything else is a 401 ``Invalid API Key provided: sk_test_****abcd`` with
  ``type=invalid_request_error``, which is what Stripe answers (the SDK raises
  ``AuthenticationError`` for the status);
- a platform key may act on the connected accounts of the platform (`connect_account`)
  through ``Stripe-Account``; any other value is a 403 ``code=account_invalid`` ("The provided
  key '…' does not have access to account '…' (or that account does not exist). Application
  access may have been revoked."), as on Stripe (the SDK raises ``PermissionError``);
- a key issued *for* a connected account (``issue_key(account=...)``, the account's own key)
  acts on that account with or without the header and on no other;
- a restricted key (``rk_test_…``, ``issue_key(restricted={"payment_intents": "write", ...})``)
  may call only the endpoints its permissions cover (write implies read); otherwise a 403
  without a code, "The provided key '…' does not have the required permissions for this
  endpoint on account '…'. Having the 'rak_payment_intent_write' permission would allow this
  request to continue.", Stripe's wording.

Idempotency keys are kept 24 hours of the wall clock (`wall_clock`), as Stripe keeps them; a
key reused later runs the request again.
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.sandbox.stripe import cards

Obj = dict[str, Any]

PI_OPEN = ("requires_payment_method", "requires_confirmation", "requires_action", "processing")
PI_CANCELABLE = (*PI_OPEN, "requires_capture")

REGISTRATION_CODES = {
    "simulated-wpe": "simulated_wisepos_e",
    "simulated-s700": "simulated_stripe_s700",
    "simulated-s710": "simulated_stripe_s710",
    "simulated-v660p": "simulated_verifone_v660p",
}

# The platform's own account id (the sandbox stores platform objects under ""); it only
# appears in messages, where Stripe names the account a key acted on.
PLATFORM_ACCOUNT = "acct_1KioskSandboxPlatfm"

IDEMPOTENCY_TTL_S = 24 * 3600

# Restricted-key resources: the endpoint groups of the routes, with the singular Stripe uses
# in its permission names (rak_<singular>_<read|write>).
PERMISSION_RESOURCES = {
    "payment_intents": "payment_intent",
    "charges": "charge",
    "refunds": "refund",
    "terminal_locations": "terminal_location",
    "terminal_readers": "terminal_reader",
}
PERMISSION_LEVELS = ("read", "write")

_KEY_SHAPE = re.compile(r"^(sk|rk)_test_[A-Za-z0-9_]{8,}$")
_ACCOUNT_SHAPE = re.compile(r"^acct_[A-Za-z0-9]{6,}$")


def mask_key(key: str) -> str:
    """A key as Stripe shows it in error messages: the prefix and the last four characters."""
    prefix, _, rest = key.partition("_test_")
    if not rest:
        return "*" * 8
    return f"{prefix}_test_{'*' * max(len(rest) - 4, 4)}{rest[-4:]}"


@dataclass(frozen=True)
class ApiKey:
    """A key the sandbox issued: whose it is and, for a restricted key, what it may do."""

    key: str = field(repr=False)
    account: str = ""  # "" a platform key; else the connected account's own key
    restricted: Mapping[str, str] | None = None  # resource -> "read" | "write"; None: secret

    def allows(self, resource: str, level: str) -> bool:
        if self.restricted is None:
            return True
        granted = self.restricted.get(resource)
        return granted == "write" or (granted == "read" and level == "read")


READER_ERRORS = {
    "terminal_reader_busy": (
        "Reader is currently busy processing another request. Wait for the current request to "
        "finish, or cancel it, before retrying your request."
    ),
    "terminal_reader_offline": (
        "Reader is currently offline, please ensure the reader is powered on and connected to "
        "the internet before retrying your request."
    ),
    "terminal_reader_timeout": (
        "There was a timeout when sending this command to the reader. Please retry the request."
    ),
}

CUSTOMER_CANCELED_MESSAGE = "The customer canceled the payment on the reader."


class StripeApiError(Exception):
    """An error answer: the HTTP status and the fields of Stripe's ``error`` object."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        decline_code: str | None = None,
        stored: bool = True,
        payment_intent: Obj | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.decline_code = decline_code
        self.payment_intent = payment_intent  # Stripe adds the object to state errors
        # Stripe keeps no idempotent result when validation fails before execution starts.
        self.stored = stored

    def body(self) -> Obj:
        error: Obj = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
            error["doc_url"] = f"https://docs.stripe.com/error-codes/{self.code.replace('_', '-')}"
        if self.param:
            error["param"] = self.param
        if self.decline_code:
            error["decline_code"] = self.decline_code
        if self.payment_intent is not None:
            error["payment_intent"] = copy.deepcopy(self.payment_intent)
        return {"error": error}


def invalid(message: str, param: str | None = None, code: str | None = None) -> StripeApiError:
    """A 400 for a bad parameter (validation: never stored for idempotent replay)."""
    return StripeApiError(
        400,
        message,
        code=code or ("parameter_invalid" if param else None),
        param=param,
        stored=False,
    )


def missing(kind: str, object_id: str, param: str = "id") -> StripeApiError:
    return StripeApiError(
        404,
        f"No such {kind}: '{object_id}'",
        code="resource_missing",
        param=param,
        stored=False,
    )


def unexpected_state(message: str, pi: Obj) -> StripeApiError:
    """Stripe's refusal of an operation the PaymentIntent's status does not allow (capture of
    anything but requires_capture, cancel of a succeeded or canceled one): HTTP 400,
    ``invalid_request_error``, code ``payment_intent_unexpected_state``, the PI in the body."""
    return StripeApiError(400, message, code="payment_intent_unexpected_state", payment_intent=pi)


def reader_error(code: str) -> StripeApiError:
    return StripeApiError(400, READER_ERRORS[code], code=code)


# -- parameter coercion (values arrive as strings from the form decoder) ---------------------


def p_str(params: Obj, name: str, *, required: bool = False) -> str | None:
    value = params.get(name)
    if value is None:
        if required:
            raise invalid(f"Missing required param: {name}.", name, "parameter_missing")
        return None
    if not isinstance(value, str):
        raise invalid(f"Invalid string: {name}", name)
    return value


def p_int(params: Obj, name: str, *, required: bool = False, minimum: int = 0) -> int | None:
    raw = p_str(params, name, required=required)
    if raw is None:
        return None
    if not re.fullmatch(r"-?\d{1,15}", raw):
        raise invalid(f"Invalid integer: {raw}", name, "parameter_invalid_integer")
    value = int(raw)
    if value < minimum:
        raise invalid(f"This value must be greater than or equal to {minimum}.", name)
    return value


def p_bool(params: Obj, name: str) -> bool | None:
    raw = p_str(params, name)
    if raw is None:
        return None
    if raw not in ("true", "false"):
        raise invalid(f"Invalid boolean: {raw}", name)
    return raw == "true"


def p_dict(params: Obj, name: str) -> Obj:
    value = params.get(name)
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise invalid(f"Invalid hash: {name}", name)
    return value


def p_list(params: Obj, name: str) -> list[Any]:
    value = params.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(f"Invalid array: {name}", name)
    return value


def p_limit(params: Obj) -> int:
    limit = p_int(params, "limit", minimum=1)
    if limit is None:
        return 10
    if limit > 100:
        raise invalid("This value must be less than or equal to 100.", "limit")
    return limit


def apply_metadata(target: Obj, params: Obj) -> None:
    """Stripe's metadata rules: "" clears all; a key set to "" is deleted; max 50 keys."""
    if "metadata" not in params:
        return
    raw = params["metadata"]
    if raw == "":
        target["metadata"] = {}
        return
    if not isinstance(raw, dict):
        raise invalid("Invalid hash: metadata", "metadata")
    merged = dict(target.get("metadata") or {})
    for key, value in raw.items():
        if not isinstance(value, str):
            raise invalid(f"Invalid metadata value for {key}", f"metadata[{key}]")
        if len(key) > 40 or len(value) > 500:
            raise invalid("Metadata keys are at most 40 and values 500 characters.", "metadata")
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > 50:
        raise invalid("Metadata can have at most 50 keys.", "metadata")
    target["metadata"] = merged


def _created_filter(params: Obj, items: list[Obj]) -> list[Obj]:
    raw = params.get("created")
    if raw is None:
        return items
    bounds: dict[str, int] = {}
    if isinstance(raw, dict):
        for op in raw:
            if op not in ("gt", "gte", "lt", "lte"):
                raise invalid(f"Received unknown parameter: created[{op}]", f"created[{op}]")
            value = p_int(raw, op)
            assert value is not None
            bounds[op] = value
    else:
        value = p_int(params, "created")
        assert value is not None
        bounds = {"gte": value, "lte": value}

    def keep(obj: Obj) -> bool:
        created = int(obj.get("created") or 0)
        return (
            created > bounds.get("gt", -1)
            and created >= bounds.get("gte", -1)
            and created < bounds.get("lt", 2**62)
            and created <= bounds.get("lte", 2**62)
        )

    return [o for o in items if keep(o)]


# object type -> (the field expand[] may replace, the kind of object it names)
_EXPANDABLE = {
    "payment_intent": ("latest_charge", "charge"),
    "charge": ("payment_intent", "payment_intent"),
    "refund": ("charge", "charge"),
}
# route resource -> (expandable field, the resource a restricted key must read to expand it)
_EXPANDABLE_BY_RESOURCE = {
    "payment_intents": ("latest_charge", "charges"),
    "charges": ("payment_intent", "payment_intents"),
    "refunds": ("charge", "charges"),
}


def expand_needs(resource: str, *, is_list: bool, paths: list[str]) -> list[str]:
    """Check ``expand[]`` before the request runs (as Stripe does: a bad path changes
    nothing) and return the resources a restricted key must be able to read for it."""
    needed = []
    for path in paths:
        target, _, field_name = path.rpartition(".")
        spec = _EXPANDABLE_BY_RESOURCE.get(resource)
        if target != ("data" if is_list else "") or spec is None or spec[0] != field_name:
            raise invalid(f"This property cannot be expanded ({path}).", "expand")
        needed.append(spec[1])
    return needed


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


@dataclass
class ReaderMode:
    """Switches steering one reader (tests and demos); see `StripeState.set_reader_mode`."""

    offline: bool = False
    busy: bool = False  # every command answers terminal_reader_busy
    timeout: bool = False  # commands are not delivered and answer terminal_reader_timeout
    timeout_delivered: bool = False  # delivered, but the answer is terminal_reader_timeout
    auto_present_after_s: float | None = None  # None: the sandbox-wide default
    auto_present_card: str | None = None


@dataclass
class _ReaderSim:
    account: str
    mode: ReaderMode = field(default_factory=ReaderMode)
    auto_present_at: float | None = None
    # card presented, authorisation under way: (intent id, card number, outcome)
    pending: tuple[str, str, cards.Decline | None] | None = None
    processing_until: float = 0.0


@dataclass
class _IdemRecord:
    fingerprint: str
    status: int
    body: str
    stored_at: float = 0.0  # wall clock


KINDS = ("payment_intent", "charge", "refund", "location", "reader")


class StripeState:
    """All sandbox objects and readers; every public method is thread-safe."""

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

    # -- keys and idempotency ---------------------------------------------------------------

    def issue_key(
        self,
        key: str | None = None,
        *,
        restricted: Mapping[str, str] | None = None,
        account: str | None = None,
    ) -> str:
        """Issue an API key the sandbox will accept, and return it.

        `restricted` makes it a restricted key (``rk_test_…``) with those permissions, e.g.
        ``{"payment_intents": "write", "terminal_readers": "write", "terminal_locations":
        "read", "refunds": "write"}`` (resources: `PERMISSION_RESOURCES`; write implies
        read). `account` issues the connected account's own key (it acts on that account
        only, and connects the account if needed); None is a platform key that may use
        ``Stripe-Account`` for every connected account. `key` picks the text (tests, demo);
        it must look like a test key of the right kind. Issuing a key again replaces it.
        """
        if restricted is not None:
            restricted = dict(restricted)
            for resource, level in restricted.items():
                if resource not in PERMISSION_RESOURCES:
                    raise ValueError(
                        f"unknown permission resource {resource!r}; "
                        f"known: {sorted(PERMISSION_RESOURCES)}"
                    )
                if level not in PERMISSION_LEVELS:
                    raise ValueError(f"permission level must be read or write, not {level!r}")
        prefix = "rk" if restricted is not None else "sk"
        if key is None:
            key = f"{prefix}_test_{secrets.token_urlsafe(24).replace('-', 'x')}"
        elif not _KEY_SHAPE.fullmatch(key) or not key.startswith(prefix + "_"):
            raise ValueError(
                f"a {'restricted' if restricted is not None else 'secret'} test "
                f"key looks like {prefix}_test_ and at least 8 letters or digits"
            )
        with self.lock:
            if account:
                self.connect_account(account)
            self._keys[key] = ApiKey(key, account or "", restricted)
            self.flush()
        return key

    def revoke_key(self, key: str) -> None:
        """The key is refused from now on (as a key rolled in the Dashboard)."""
        with self.lock:
            self._keys.pop(key, None)
            if self._db is not None:
                self._db.execute("DELETE FROM issued_keys WHERE key = ?", (key,))
                self._db.execute("DELETE FROM api_keys WHERE key = ?", (key,))

    def connect_account(self, account: str) -> None:
        """Make `account` a connected account of the platform (idempotent)."""
        if not _ACCOUNT_SHAPE.fullmatch(account):
            raise ValueError(f"not an account id: {account!r}")
        with self.lock:
            self._connected.add(account)
            self.flush()

    def connected_accounts(self) -> list[str]:
        with self.lock:
            return sorted(self._connected)

    def authorize(self, key: str, account_header: str, resource: str | None, level: str) -> str:
        """The account a request acts on, or the error Stripe answers for this key.

        Order as on Stripe: the key itself (401), then the ``Stripe-Account`` it asks for
        (403 account_invalid), then the restricted key's permissions (403).
        """
        with self.lock:
            record = self._keys.get(key)
        if record is None:
            # Stripe shows a masked key; type invalid_request_error with HTTP 401
            raise StripeApiError(401, f"Invalid API Key provided: {mask_key(key)}", stored=False)
        if record.account:
            if account_header and account_header != record.account:
                raise self._no_access(key, account_header)
            account = record.account
        else:
            if account_header and account_header not in self._connected:
                raise self._no_access(key, account_header)
            account = account_header
        if resource is not None and not record.allows(resource, level):
            permission = f"rak_{PERMISSION_RESOURCES[resource]}_{level}"
            raise StripeApiError(
                403,
                f"The provided key '{mask_key(key)}' does not have the required permissions "
                f"for this endpoint on account '{account or PLATFORM_ACCOUNT}'. Having the "
                f"'{permission}' permission would allow this request to continue.",
                stored=False,
            )
        return account

    @staticmethod
    def _no_access(key: str, account: str) -> StripeApiError:
        return StripeApiError(
            403,
            f"The provided key '{mask_key(key)}' does not have access to account "
            f"'{account}' (or that account does not exist). Application access may have "
            "been revoked.",
            code="account_invalid",
            stored=False,
        )

    def idempotent_replay(self, account: str, key: str, fingerprint: str) -> tuple[int, str] | None:
        with self.lock:
            record = self._idem.get((account, key))
            if record is None or self.wall_clock() - record.stored_at > IDEMPOTENCY_TTL_S:
                return None  # never seen, or older than Stripe keeps keys
            if record.fingerprint != fingerprint:
                raise StripeApiError(
                    400,
                    "Keys for idempotent requests can only be used with the same parameters they "
                    f"were first used with. Try using a key other than '{key}' if you meant to "
                    "execute a different request.",
                    type="idempotency_error",
                    stored=False,
                )
            return record.status, record.body

    def idempotent_store(
        self, account: str, key: str, fingerprint: str, status: int, body: str
    ) -> None:
        with self.lock:
            now = self.wall_clock()
            self._idem[(account, key)] = _IdemRecord(fingerprint, status, body, now)
            if self._db is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO idempotency"
                    " (account, key, fingerprint, status, body, stored_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (account, key, fingerprint, status, body, now),
                )

    # -- accessors for tests and the demo (deep copies, after a tick) -------------------------

    def payment_intents(self, account: str) -> list[Obj]:
        """Every PaymentIntent under `account`, oldest first."""
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "payment_intent").values()))

    def payment_intent(self, account: str, intent_id: str) -> Obj:
        with self.lock:
            self.tick()
            return copy.deepcopy(self._get(account, "payment_intent", intent_id, "PaymentIntent"))

    def charges(self, account: str) -> list[Obj]:
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "charge").values()))

    def refunds(self, account: str) -> list[Obj]:
        with self.lock:
            return copy.deepcopy(list(self._bucket(account, "refund").values()))

    def locations(self, account: str) -> list[Obj]:
        with self.lock:
            return copy.deepcopy(list(self._bucket(account, "location").values()))

    def readers(self, account: str) -> list[Obj]:
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "reader").values()))

    def reader(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            self.tick()
            return copy.deepcopy(self._get(account, "reader", reader_id, "terminal.reader"))

    def reader_processing(self, reader_id: str) -> bool:
        """A card is presented and being authorised (the reader refuses other commands)."""
        with self.lock:
            self.tick()
            return self._sim(reader_id).pending is not None

    def _sim(self, reader_id: str) -> _ReaderSim:
        sim = self._sims.get(reader_id)
        if sim is None:
            raise missing("terminal.reader", reader_id)
        return sim

    def reader_mode(self, reader_id: str) -> ReaderMode:
        with self.lock:
            return copy.copy(self._sim(reader_id).mode)

    def set_reader_mode(self, reader_id: str, **values: Any) -> ReaderMode:
        """Switch offline / busy / timeout / timeout_delivered / auto-presentment on a reader."""
        with self.lock:
            sim = self._sim(reader_id)
            known = set(asdict(sim.mode))
            unknown = set(values) - known
            if unknown:
                raise ValueError(f"unknown reader modes: {sorted(unknown)}")
            for name, value in values.items():
                if name in ("auto_present_after_s",):
                    if value is not None and (not isinstance(value, int | float) or value < 0):
                        raise ValueError("auto_present_after_s must be a number >= 0 or null")
                elif name == "auto_present_card":
                    if value is not None and not cards.luhn_ok(str(value)):
                        raise ValueError("auto_present_card is not a valid card number")
                elif not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
                setattr(sim.mode, name, value)
            reader = self._bucket(sim.account, "reader")[reader_id]
            reader["status"] = "offline" if sim.mode.offline else "online"
            self._touch(sim.account, "reader", reader)
            return copy.copy(sim.mode)

    # -- the clock ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance readers whose auto-presentment or authorisation time has come."""
        with self.lock:
            now = self.clock()
            for reader_id, sim in self._sims.items():
                reader = self._bucket(sim.account, "reader").get(reader_id)
                if reader is None:
                    continue
                if sim.auto_present_at is not None and now >= sim.auto_present_at:
                    at = sim.auto_present_at
                    sim.auto_present_at = None
                    if self._waiting(reader, sim) and not sim.mode.offline:
                        number = sim.mode.auto_present_card or None
                        self._present(sim.account, reader, sim, number, "card_present", at)
                if sim.pending is not None and now >= sim.processing_until:
                    self._finish(sim.account, reader, sim)

    # -- payment intents ----------------------------------------------------------------------

    def create_payment_intent(self, account: str, params: Obj) -> Obj:
        amount = p_int(params, "amount", required=True, minimum=1)
        currency = (p_str(params, "currency", required=True) or "").lower()
        if not re.fullmatch(r"[a-z]{3}", currency):
            raise invalid(f"Invalid currency: {currency}.", "currency")
        # API 2026-10 (SDK 16) sends allowed_payment_method_types; older clients the other
        methods = (
            p_list(params, "allowed_payment_method_types")
            or p_list(params, "payment_method_types")
            or ["card"]
        )
        for method in methods:
            if method not in ("card", "card_present", "interac_present"):
                raise invalid(
                    f"Invalid allowed_payment_method_types: {method}",
                    "allowed_payment_method_types",
                )
        capture_method = p_str(params, "capture_method") or "automatic"
        if capture_method not in ("automatic", "automatic_async", "manual"):
            raise invalid(f"Invalid capture_method: {capture_method}", "capture_method")
        if p_bool(params, "confirm"):
            raise invalid("The sandbox does not confirm on create; use a reader.", "confirm")
        pi_id = new_id("pi")
        pi: Obj = {
            "id": pi_id,
            "object": "payment_intent",
            "amount": amount,
            "amount_capturable": 0,
            "amount_received": 0,
            "allowed_payment_method_types": list(methods),
            "application_fee_amount": p_int(params, "application_fee_amount"),
            "canceled_at": None,
            "cancellation_reason": None,
            "capture_method": capture_method,
            "client_secret": f"{pi_id}_secret_{uuid.uuid4().hex[:16]}",
            "confirmation_method": "automatic",
            "created": int(self.wall_clock()),
            "currency": currency,
            "customer": None,
            "description": p_str(params, "description"),
            "last_payment_error": None,
            "latest_charge": None,
            "livemode": False,
            "metadata": {},
            "on_behalf_of": p_str(params, "on_behalf_of"),
            "payment_method": None,
            "payment_method_options": p_dict(params, "payment_method_options"),
            "payment_method_types": list(methods),
            "receipt_email": p_str(params, "receipt_email"),
            "statement_descriptor": p_str(params, "statement_descriptor"),
            "status": "requires_payment_method",
            "transfer_data": p_dict(params, "transfer_data") or None,
        }
        apply_metadata(pi, params)
        with self.lock:
            return copy.deepcopy(self._put(account, "payment_intent", pi))

    def retrieve_payment_intent(self, account: str, intent_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "payment_intent", intent_id, "PaymentIntent"))

    def list_payment_intents(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "payment_intent").values())
            return self._list(account, "payment_intent", params, "/v1/payment_intents", items)

    def update_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            amount = p_int(params, "amount", minimum=1)
            currency = p_str(params, "currency")
            if (amount is not None or currency is not None) and pi["status"] not in PI_OPEN[:3]:
                raise StripeApiError(
                    400,
                    f"This PaymentIntent's amount could not be updated because it has a status of "
                    f"{pi['status']}.",
                    code="payment_intent_unexpected_state",
                )
            updated = copy.deepcopy(pi)
            if amount is not None:
                updated["amount"] = amount
            if currency is not None:
                updated["currency"] = currency.lower()
            if "description" in params:
                updated["description"] = p_str(params, "description") or None
            apply_metadata(updated, params)
            return copy.deepcopy(self._put(account, "payment_intent", updated))

    def capture_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            if pi["status"] != "requires_capture":
                raise unexpected_state(
                    f"This PaymentIntent could not be captured because it has a status of "
                    f"{pi['status']}. Only a PaymentIntent with one of the following statuses may "
                    "be captured: requires_capture.",
                    pi,
                )
            amount = p_int(params, "amount_to_capture", minimum=1)
            if amount is None:
                amount = pi["amount_capturable"]
            if amount > pi["amount_capturable"]:
                raise invalid(
                    "The amount to capture is larger than the amount that can be captured.",
                    "amount_to_capture",
                    "amount_too_large",
                )
            apply_metadata(pi, params)
            fee = p_int(params, "application_fee_amount")
            if fee is not None:
                pi["application_fee_amount"] = fee
            charge = self._get(account, "charge", pi["latest_charge"], "charge")
            charge.update(captured=True, amount_captured=amount)
            pi.update(status="succeeded", amount_received=amount, amount_capturable=0)
            self._touch(account, "charge", charge)
            self._touch(account, "payment_intent", pi)
            return copy.deepcopy(pi)

    def cancel_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            reason = p_str(params, "cancellation_reason")
            if reason is not None and reason not in (
                "abandoned",
                "duplicate",
                "fraudulent",
                "requested_by_customer",
            ):
                raise invalid(f"Invalid cancellation_reason: {reason}", "cancellation_reason")
            if pi["status"] not in PI_CANCELABLE:
                raise unexpected_state(
                    f"You cannot cancel this PaymentIntent because it has a status of "
                    f"{pi['status']}. Only a PaymentIntent with one of the following statuses may "
                    "be canceled: " + ", ".join(PI_CANCELABLE) + ".",
                    pi,
                )
            for reader_id, sim in self._sims.items():
                if sim.account != account:
                    continue
                reader = self._bucket(account, "reader")[reader_id]
                if sim.pending is not None and sim.pending[0] == intent_id:
                    # the card is being authorised: Stripe sees the PI as processing
                    raise unexpected_state(
                        "You cannot cancel this PaymentIntent because it has a status of "
                        "processing. Only a PaymentIntent with one of the following statuses "
                        "may be canceled: " + ", ".join(PI_CANCELABLE) + ".",
                        {**pi, "status": "processing"},
                    )
                if self._waiting(reader, sim) and _action_intent(reader) == intent_id:
                    # the reader can no longer take a card for a canceled intent
                    reader["action"].update(
                        status="failed",
                        failure_code="intent_invalid_state",
                        failure_message="The payment was canceled.",
                    )
                    sim.auto_present_at = None
                    self._touch(account, "reader", reader)
            if pi["status"] == "requires_capture" and pi["latest_charge"]:
                charge = self._get(account, "charge", pi["latest_charge"], "charge")
                charge.update(refunded=True, amount_refunded=charge["amount"])
                self._touch(account, "charge", charge)
            pi.update(
                status="canceled",
                canceled_at=int(self.wall_clock()),
                cancellation_reason=reason,
                amount_capturable=0,
            )
            self._touch(account, "payment_intent", pi)
            return copy.deepcopy(pi)

    # -- refunds and charges ------------------------------------------------------------------

    def expand(self, account: str, payload: Obj, paths: list[str]) -> Obj:
        """Replace ids by objects as Stripe's ``expand[]`` does (``latest_charge`` on a
        PaymentIntent, ``data.latest_charge`` on a list of them, ``payment_intent`` on a
        charge, ``charge`` on a refund); another path is a 400, as on Stripe."""
        with self.lock:
            for path in paths:
                target, _, field_name = path.rpartition(".")
                objects = payload.get("data", []) if target == "data" else [payload]
                if target not in ("", "data") or (target == "data") != (
                    payload.get("object") == "list"
                ):
                    raise invalid(f"This property cannot be expanded ({path}).", "expand")
                for obj in objects:
                    spec = _EXPANDABLE.get(str(obj.get("object")))
                    if spec is None or spec[0] != field_name:
                        raise invalid(f"This property cannot be expanded ({path}).", "expand")
                    value = obj.get(field_name)
                    if isinstance(value, str):
                        found = self._bucket(account, spec[1]).get(value)
                        if found is not None:
                            obj[field_name] = copy.deepcopy(found)
            return payload

    def retrieve_charge(self, account: str, charge_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "charge", charge_id, "charge"))

    def create_refund(self, account: str, params: Obj) -> Obj:
        with self.lock:
            intent_id = p_str(params, "payment_intent")
            charge_id = p_str(params, "charge")
            if not intent_id and not charge_id:
                raise invalid(
                    "One of the following params should be provided for this request: "
                    "payment_intent or charge.",
                    "payment_intent",
                    "parameter_missing",
                )
            if intent_id:
                pi = self._get(
                    account, "payment_intent", intent_id, "payment_intent", "payment_intent"
                )
                if pi["status"] != "succeeded" or not pi["latest_charge"]:
                    raise StripeApiError(
                        400,
                        f"This PaymentIntent has a status of {pi['status']} and has no captured "
                        "charge to refund. Cancel an uncaptured PaymentIntent instead.",
                        code="payment_intent_unexpected_state",
                        param="payment_intent",
                    )
                charge_id = pi["latest_charge"]
            assert charge_id is not None
            charge = self._get(account, "charge", charge_id, "charge", "charge")
            if not charge["captured"]:
                raise StripeApiError(
                    400,
                    "This charge has not been captured; cancel its PaymentIntent instead.",
                    code="charge_not_captured",
                    param="charge",
                )
            remaining = charge["amount_captured"] - charge["amount_refunded"]
            amount = p_int(params, "amount", minimum=1)
            if amount is None:
                amount = remaining
            if remaining <= 0:
                raise StripeApiError(
                    400,
                    f"Charge {charge_id} has already been refunded.",
                    code="charge_already_refunded",
                )
            if amount > remaining:
                raise StripeApiError(
                    400,
                    f"Refund amount ({amount}) is greater than the unrefunded amount on the "
                    f"charge ({remaining}).",
                    code="amount_too_large",
                    param="amount",
                )
            reason = p_str(params, "reason")
            if reason is not None and reason not in (
                "duplicate",
                "fraudulent",
                "requested_by_customer",
            ):
                raise invalid(f"Invalid reason: {reason}", "reason")
            refund: Obj = {
                "id": new_id("re"),
                "object": "refund",
                "amount": amount,
                "charge": charge_id,
                "created": int(self.wall_clock()),
                "currency": charge["currency"],
                "metadata": {},
                "payment_intent": charge["payment_intent"],
                "reason": reason,
                "status": "succeeded",
            }
            apply_metadata(refund, params)
            charge["amount_refunded"] += amount
            charge["refunded"] = charge["amount_refunded"] >= charge["amount_captured"]
            self._touch(account, "charge", charge)
            return copy.deepcopy(self._put(account, "refund", refund))

    def retrieve_refund(self, account: str, refund_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "refund", refund_id, "refund"))

    # -- locations ----------------------------------------------------------------------------

    def create_location(self, account: str, params: Obj, *, location_id: str | None = None) -> Obj:
        display_name = p_str(params, "display_name", required=True)
        address = p_dict(params, "address")
        if not address.get("country"):
            raise invalid("Missing required param: address[country].", "address[country]")
        location: Obj = {
            "id": location_id or new_id("tml"),
            "object": "terminal.location",
            "address": {
                "city": address.get("city"),
                "country": address["country"],
                "line1": address.get("line1"),
                "line2": address.get("line2"),
                "postal_code": address.get("postal_code"),
                "state": address.get("state"),
            },
            "configuration_overrides": p_str(params, "configuration_overrides"),
            "display_name": display_name,
            "livemode": False,
            "metadata": {},
            "phone": p_str(params, "phone"),
        }
        apply_metadata(location, params)
        with self.lock:
            return copy.deepcopy(self._put(account, "location", location))

    def retrieve_location(self, account: str, location_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "location", location_id, "terminal.location"))

    def list_locations(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "location").values())
            return self._list(account, "location", params, "/v1/terminal/locations", items)

    # -- readers ------------------------------------------------------------------------------

    def create_reader(self, account: str, params: Obj, *, reader_id: str | None = None) -> Obj:
        with self.lock:
            code = p_str(params, "registration_code", required=True) or ""
            device_type = REGISTRATION_CODES.get(code)
            if device_type is None:
                raise invalid(
                    "The registration code is invalid. Simulated readers use simulated-wpe, "
                    "simulated-s700, simulated-s710 or simulated-v660p.",
                    "registration_code",
                )
            location_id = p_str(params, "location", required=True) or ""
            self._get(account, "location", location_id, "terminal.location", "location")
            reader: Obj = {
                "id": reader_id or new_id("tmr"),
                "object": "terminal.reader",
                "action": None,
                "device_sw_version": "",
                "device_type": device_type,
                "ip_address": "0.0.0.0",  # noqa: S104 - a field value, not a bind address
                "label": p_str(params, "label") or device_type.replace("_", " "),
                "last_seen_at": int(self.wall_clock() * 1000),
                "livemode": False,
                "location": location_id,
                "metadata": {},
                "serial_number": str(uuid.uuid4()),
                "status": "online",
            }
            apply_metadata(reader, params)
            self._sims[reader["id"]] = _ReaderSim(account)
            return copy.deepcopy(self._put(account, "reader", reader))

    def retrieve_reader(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._reader(account, reader_id))

    def _reader(self, account: str, reader_id: str) -> Obj:
        reader = self._get(account, "reader", reader_id, "terminal.reader")
        if not self._sims[reader_id].mode.offline:
            reader["last_seen_at"] = int(self.wall_clock() * 1000)
        return reader

    def list_readers(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "reader").values())
            for name in ("location", "status", "device_type", "serial_number"):
                wanted = p_str(params, name)
                if wanted is not None:
                    items = [r for r in items if r.get(name) == wanted]
            return self._list(account, "reader", params, "/v1/terminal/readers", items)

    def _waiting(self, reader: Obj, sim: _ReaderSim) -> bool:
        action = reader.get("action")
        return (
            action is not None
            and action["type"] == "process_payment_intent"
            and action["status"] == "in_progress"
            and sim.pending is None
        )

    def _command_gate(self, reader: Obj, sim: _ReaderSim) -> None:
        """The switches every reader command passes before it reaches the reader."""
        if sim.mode.offline:
            raise reader_error("terminal_reader_offline")
        if sim.mode.busy:
            raise reader_error("terminal_reader_busy")
        if sim.mode.timeout:
            raise reader_error("terminal_reader_timeout")

    def _delivered(self, account: str, reader: Obj, sim: _ReaderSim) -> Obj:
        self._touch(account, "reader", reader)
        if sim.mode.timeout_delivered:
            # the reader got it, but Stripe answers as if it did not (a false negative)
            raise reader_error("terminal_reader_timeout")
        return copy.deepcopy(reader)

    def process_payment_intent(self, account: str, reader_id: str, params: Obj) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            intent_id = p_str(params, "payment_intent", required=True) or ""
            config = p_dict(params, "process_config")
            pi = self._get(account, "payment_intent", intent_id, "payment_intent", "payment_intent")
            if pi["status"] != "requires_payment_method":
                raise StripeApiError(
                    400,
                    "Payment intent must be in the requires_payment_method state to be processed "
                    "by a reader.",
                    code="intent_invalid_state",
                    param="payment_intent",
                )
            if not {"card_present", "interac_present"} & set(pi["payment_method_types"]):
                raise invalid(
                    "This PaymentIntent does not accept card_present payments.",
                    "payment_intent",
                )
            self._command_gate(reader, sim)
            action = reader.get("action")
            replaceable = (
                action is None
                or action["status"] != "in_progress"
                or action["type"] == "set_reader_display"
                or self._waiting(reader, sim)
            )
            if not replaceable or sim.pending is not None:
                raise reader_error("terminal_reader_busy")
            process_config: Obj = {}
            for name in ("enable_customer_cancellation", "skip_tipping"):
                value = p_bool(config, name)
                if value is not None:
                    process_config[name] = value
            reader["action"] = {
                "type": "process_payment_intent",
                "status": "in_progress",
                "failure_code": None,
                "failure_message": None,
                "api_error": None,
                "process_payment_intent": {
                    "payment_intent": intent_id,
                    "process_config": process_config,
                },
            }
            delay = sim.mode.auto_present_after_s
            if delay is None:
                delay = self.auto_present_after_s
            sim.auto_present_at = None if delay is None else self.clock() + delay
            return self._delivered(account, reader, sim)

    def set_reader_display(self, account: str, reader_id: str, params: Obj) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            if p_str(params, "type", required=True) != "cart":
                raise invalid("Invalid type: only cart is supported.", "type")
            cart = p_dict(params, "cart")
            currency = p_str(cart, "currency", required=True) or ""
            total = p_int(cart, "total", required=True)
            tax = p_int(cart, "tax")
            lines = []
            for i, raw in enumerate(p_list(cart, "line_items")):
                if not isinstance(raw, dict):
                    raise invalid("Invalid line item.", f"cart[line_items][{i}]")
                lines.append(
                    {
                        "amount": p_int(raw, "amount", required=True, minimum=-(10**12)),
                        "description": p_str(raw, "description", required=True),
                        "quantity": p_int(raw, "quantity", required=True, minimum=1),
                    }
                )
            self._command_gate(reader, sim)
            action = reader.get("action")
            if sim.pending is not None or (
                action is not None
                and action["status"] == "in_progress"
                and action["type"] != "set_reader_display"
            ):
                raise reader_error("terminal_reader_busy")
            reader["action"] = {
                "type": "set_reader_display",
                "status": "in_progress",
                "failure_code": None,
                "failure_message": None,
                "api_error": None,
                "set_reader_display": {
                    "type": "cart",
                    "cart": {
                        "currency": currency.lower(),
                        "line_items": lines,
                        "tax": tax,
                        "total": total,
                    },
                },
            }
            sim.auto_present_at = None
            return self._delivered(account, reader, sim)

    def cancel_action(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            self._command_gate(reader, sim)
            if sim.pending is not None:
                # Stripe: once a card is presented the authorisation cannot be interrupted
                raise reader_error("terminal_reader_busy")
            reader["action"] = None
            sim.auto_present_at = None
            return self._delivered(account, reader, sim)

    def present_payment_method(self, account: str, reader_id: str, params: Obj) -> Obj:
        """The test helper: a customer taps/inserts a card on a reader waiting for one."""
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            kind = p_str(params, "type") or "card_present"
            if kind not in ("card", "card_present", "interac_present"):
                raise invalid(f"Invalid type: {kind}", "type")
            number = p_str(p_dict(params, kind), "number")
            if number is not None and not cards.luhn_ok(number):
                raise StripeApiError(
                    400,
                    "Your card number is incorrect.",
                    code="incorrect_number",
                    param=f"{kind}[number]",
                    stored=False,
                )
            if sim.mode.offline:
                raise reader_error("terminal_reader_offline")
            if not self._waiting(reader, sim):
                raise StripeApiError(
                    400,
                    "This reader has no process_payment_intent action waiting for a payment "
                    "method.",
                    stored=False,
                )
            self._present(account, reader, sim, number, kind, self.clock())
            self._touch(account, "reader", reader)
            return copy.deepcopy(reader)

    def customer_cancel(self, reader_id: str) -> Obj:
        """The customer presses cancel on the reader (needs enable_customer_cancellation)."""
        with self.lock:
            self.tick()
            sim = self._sim(reader_id)
            reader = self._bucket(sim.account, "reader")[reader_id]
            if not self._waiting(reader, sim):
                raise ValueError("the reader is not waiting for a card")
            config = reader["action"]["process_payment_intent"]["process_config"]
            if not config.get("enable_customer_cancellation"):
                raise ValueError("customer cancellation is not enabled for this payment")
            reader["action"].update(
                status="failed",
                failure_code="customer_canceled",
                failure_message=CUSTOMER_CANCELED_MESSAGE,
            )
            sim.auto_present_at = None
            self._touch(sim.account, "reader", reader)
            self.flush()
            return copy.deepcopy(reader)

    def _present(
        self,
        account: str,
        reader: Obj,
        sim: _ReaderSim,
        number: str | None,
        kind: str,
        started: float,
    ) -> None:
        intent_id = _action_intent(reader) or ""
        pi = self._bucket(account, "payment_intent")[intent_id]
        if number is None:
            only_interac = pi["payment_method_types"] == ["interac_present"]
            number = cards.DEFAULT_INTERAC if only_interac or kind == "interac_present" else None
            number = number or cards.DEFAULT_CARD
        sim.pending = (intent_id, number, cards.outcome(number, pi["amount"]))
        sim.processing_until = started + self.processing_s
        sim.auto_present_at = None
        if self.clock() >= sim.processing_until:
            self._finish(account, reader, sim)

    def _finish(self, account: str, reader: Obj, sim: _ReaderSim) -> None:
        assert sim.pending is not None
        intent_id, number, decline = sim.pending
        sim.pending = None
        action = reader["action"]
        pi = self._bucket(account, "payment_intent")[intent_id]
        self._touch(account, "reader", reader)
        self._touch(account, "payment_intent", pi)
        brand = cards.brand(number)
        card: Obj = {
            "brand": brand,
            "cardholder_name": None,
            "country": "US",
            "exp_month": 12,
            "exp_year": 2034,
            "fingerprint": uuid.uuid5(uuid.NAMESPACE_OID, number).hex[:16],
            "funding": "credit",
            "last4": number[-4:],
            "network": brand,
            "read_method": "contactless_emv",
        }
        pm: Obj = {"id": new_id("pm"), "object": "payment_method", "type": "card_present"}
        pm["card_present"] = dict(card)
        # What Stripe returns for EMV receipts (payment_method_details.card_present.receipt)
        approved = decline is None
        details: Obj = {
            **card,
            "amount_authorized": pi["amount"] if approved else None,
            "capture_before": int(self.wall_clock()) + 2 * 86400 if approved else None,
            "emv_auth_data": "8A023030" if approved else None,
            "generated_card": None,
            "incremental_authorization_supported": False,
            "overcapture_supported": False,
            "receipt": {
                "account_type": "credit",
                "application_cryptogram": uuid.uuid5(uuid.NAMESPACE_URL, intent_id)
                .hex[:16]
                .upper(),
                "application_preferred_name": cards.application_name(brand),
                "authorization_code": f"{secrets.randbelow(10**6):06d}" if approved else None,
                "authorization_response_code": "3030" if approved else "3035",
                "cardholder_verification_method": "approval",
                "dedicated_file_name": cards.aid(brand),
                "terminal_verification_results": "0000008000",
                "transaction_status_information": "0000",
            },
        }
        charge: Obj = {
            "id": new_id("ch"),
            "object": "charge",
            "amount": pi["amount"],
            "amount_captured": 0,
            "amount_refunded": 0,
            "captured": False,
            "created": int(self.wall_clock()),
            "currency": pi["currency"],
            "failure_code": None,
            "failure_message": None,
            "livemode": False,
            "metadata": dict(pi["metadata"]),
            "paid": decline is None,
            "payment_intent": intent_id,
            "payment_method": pm["id"],
            "payment_method_details": {"type": "card_present", "card_present": details},
            "refunded": False,
            "status": "succeeded" if decline is None else "failed",
        }
        pi["latest_charge"] = charge["id"]
        pi["payment_method"] = pm["id"]
        if decline is None:
            if pi["capture_method"] == "manual":
                pi.update(status="requires_capture", amount_capturable=pi["amount"])
            else:
                charge.update(captured=True, amount_captured=pi["amount"])
                pi.update(status="succeeded", amount_received=pi["amount"])
            pi["last_payment_error"] = None
            action.update(status="succeeded", failure_code=None, failure_message=None)
        else:
            charge.update(failure_code=decline.code, failure_message=decline.message)
            pi["payment_method"] = None
            error = StripeApiError(
                402,
                decline.message,
                type="card_error",
                code=decline.code,
                decline_code=decline.decline_code,
            ).body()["error"]
            pi["status"] = "requires_payment_method"
            pi["last_payment_error"] = {**error, "charge": charge["id"], "payment_method": pm}
            action.update(
                status="failed",
                failure_code=decline.code,
                failure_message=decline.message,
                api_error=error,
            )
        self._put(account, "charge", charge)


def _action_intent(reader: Obj) -> str | None:
    action = reader.get("action")
    if not action or action.get("type") != "process_payment_intent":
        return None
    intent: str = action["process_payment_intent"]["payment_intent"]
    return intent
