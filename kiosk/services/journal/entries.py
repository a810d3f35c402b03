"""What the journal hands out: checkout entries, quarantined rows, leases, and its errors."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from kiosk.domain.checkout import Step


class JournalError(Exception):
    """The journal cannot be read or written (disk full, read-only, corrupt, locked, unknown
    checkout, a value SQLite cannot store). Every failure of the journal is one of these."""


class JournalBusy(JournalError):
    """Another process held the journal's write lock longer than the busy timeout.

    Nothing was written; the same call may succeed a moment later.
    """


@dataclass(frozen=True, slots=True)
class CheckoutColumns:
    """The columns an entry and a summary share: ids learned so far, the last step, the
    counters. Not handed out alone; one definition so the two cannot drift apart."""

    seq: int
    checkout_id: str
    order_number: str
    receipt_id: str
    currency: str
    amount_minor: int
    step: Step
    created_at: float
    updated_at: float
    session_id: str | None
    order_id: str | None
    intent_id: str | None
    reader_id: str | None
    transaction_id: str | None
    cancel_requested: bool
    attention: str | None
    attempts: int
    last_error: str | None


@dataclass(frozen=True, slots=True)
class CheckoutEntry(CheckoutColumns):
    """One checkout as the journal knows it: ids learned so far and the last step."""

    order_body: dict[str, Any]  # the exact POST /order body, so recovery can re-post it
    display: dict[str, Any]  # the reader's cart display, same numbers as the order


@dataclass(frozen=True, slots=True)
class CheckoutSummary(CheckoutColumns):
    """A checkout as a list shows it: every column of `CheckoutEntry` but the order body.

    The body (the largest column, parsed only to re-post or refund an order) is what made a
    list of a busy day slow; open one checkout with `Journal.get` for its body.
    """

    display: dict[str, Any]


@dataclass(frozen=True, slots=True)
class QuarantinedRow:
    """A checkout row the journal could not read, moved aside with the reason (for staff)."""

    checkout_id: str | None
    seq: int | None
    reason: str
    raw: str  # the row as it was, every column as text (JSON object)
    at: float  # when it was quarantined (epoch seconds, for people only)


@dataclass(frozen=True, slots=True)
class LeaseInfo:
    """Who holds a checkout's lease, for `kiosk check` and the staff screen."""

    checkout_id: str
    pid: int
    host: str
    since: float  # epoch seconds when first taken (for people only, never used to decide)
    expires_in_s: float  # on the boot clock; <= 0 means expired
    held: bool  # what `leased` would answer with no age limit (owner alive, same boot, unexpired)
    ours: bool  # held by this Journal object


_FIELDS = tuple(f.name for f in fields(CheckoutEntry))
_JSON = ("order_body", "display")
_SUMMARY = tuple(f.name for f in fields(CheckoutSummary))
SUMMARY_COLUMNS = ", ".join(_SUMMARY)  # every column but the order body

_TEXT = ("checkout_id", "order_number", "receipt_id", "currency")
_OPTIONAL_TEXT = (
    "session_id",
    "order_id",
    "intent_id",
    "reader_id",
    "transaction_id",
    "attention",
    "last_error",
)


def _checked(data: dict[str, Any], json_columns: tuple[str, ...]) -> dict[str, Any]:
    """`data` (a row's columns) typed as written; ValueError with the reason otherwise."""
    for name in _TEXT:
        if not isinstance(data[name], str):
            raise ValueError(f"{name} is {type(data[name]).__name__}, not text")
    for name in _OPTIONAL_TEXT:
        if data[name] is not None and not isinstance(data[name], str):
            raise ValueError(f"{name} is {type(data[name]).__name__}, not text")
    for name in ("seq", "amount_minor", "attempts", "cancel_requested"):
        if isinstance(data[name], bool) or not isinstance(data[name], int):
            raise ValueError(f"{name} is {type(data[name]).__name__}, not an integer")
    for name in ("created_at", "updated_at"):
        if not isinstance(data[name], int | float):
            raise ValueError(f"{name} is {type(data[name]).__name__}, not a number")
    try:
        data["step"] = Step(data["step"])
    except ValueError:
        raise ValueError(f"unknown step {data['step']!r}") from None
    data["cancel_requested"] = bool(data["cancel_requested"])
    for name in json_columns:
        text = data[name]
        if not isinstance(text, str):
            raise ValueError(f"{name} is {type(text).__name__}, not JSON text")
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ValueError(f"{name} is not valid JSON: {exc}") from None
        if not isinstance(value, dict):
            raise ValueError(f"{name} is JSON {type(value).__name__}, not an object")
        data[name] = value
    return data


def entry_from_row(row: sqlite3.Row) -> CheckoutEntry:
    """Parse one row; ValueError (with the reason) when any column is not what was written."""
    return CheckoutEntry(**_checked({name: row[name] for name in _FIELDS}, _JSON))


def summary_from_row(row: sqlite3.Row) -> CheckoutSummary:
    """Parse a row read without its order body (`SUMMARY_COLUMNS`), every column checked as
    `entry_from_row` checks it; the caller has the body checked (see `Journal.summaries_since`)."""
    return CheckoutSummary(**_checked({name: row[name] for name in _SUMMARY}, ("display",)))


def summary_of(entry: CheckoutEntry) -> CheckoutSummary:
    return CheckoutSummary(**{name: getattr(entry, name) for name in _SUMMARY})


def raw_row(row: sqlite3.Row) -> str:
    """Every column of a row as text, so a person can read (and repair) what was stored."""

    def text(value: object) -> object:
        if isinstance(value, bytes):
            return value.hex()
        if isinstance(value, int | float | str) or value is None:
            return value
        return repr(value)

    columns = row.keys()  # a Row iterates over its values, not its column names
    return json.dumps({key: text(row[key]) for key in columns}, sort_keys=True)
