"""Final POS customers for the station: found by name, e-mail or phone; created after checks.

Final POS documents no customer filter, so `GET /v1/api/customers` is read whole (paged) and
kept for `max_age_s`; searching is done here, in memory, on folded text (accents and case
ignored) and on phone digits. A new customer is validated before any request (e-mail shape,
first and last name, phone digits, not already known by e-mail). The create has no
idempotency key: when its answer is lost the list is read again and the customer looked for
by e-mail before anyone may try again (a second POST could make a duplicate).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.services.station.search import fold

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
MAX_NAME = 60


class CustomerProblem(StrEnum):
    EMAIL_INVALID = "email_invalid"
    FIRST_NAME_MISSING = "first_name_missing"
    LAST_NAME_MISSING = "last_name_missing"
    NAME_TOO_LONG = "name_too_long"
    PHONE_INVALID = "phone_invalid"
    EMAIL_TAKEN = "email_taken"  # a customer with this e-mail exists: attach that one


class CustomerOutcome(StrEnum):
    OK = "ok"
    INVALID = "invalid"  # see the problems; nothing was sent
    UNREACHABLE = "unreachable"  # Final POS did not answer; nothing was created
    UNKNOWN = "unknown"  # the create's answer was lost and it is not found (yet)


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: str
    first_name: str
    last_name: str
    email: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class CreateResult:
    outcome: CustomerOutcome
    customer: CustomerRow | None = None
    problems: tuple[CustomerProblem, ...] = ()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _row(c: m.Customer) -> CustomerRow:
    return CustomerRow(
        c.id, c.first_name or "", c.last_name or "", (c.email or "").strip(), c.phone or ""
    )


def validate(
    *, email: str, first_name: str, last_name: str, phone: str = ""
) -> tuple[CustomerProblem, ...]:
    problems: list[CustomerProblem] = []
    if not _EMAIL.match(email.strip()):
        problems.append(CustomerProblem.EMAIL_INVALID)
    if not first_name.strip():
        problems.append(CustomerProblem.FIRST_NAME_MISSING)
    if not last_name.strip():
        problems.append(CustomerProblem.LAST_NAME_MISSING)
    if len(first_name.strip()) > MAX_NAME or len(last_name.strip()) > MAX_NAME:
        problems.append(CustomerProblem.NAME_TOO_LONG)
    if phone.strip() and not (6 <= len(digits(phone)) <= 15):
        problems.append(CustomerProblem.PHONE_INVALID)
    return tuple(problems)


class CustomerDirectory:
    """The company's customers, cached; see the module docstring."""

    def __init__(
        self,
        finalpos: FinalPosClient,
        *,
        outlet_id: str | None = None,
        max_age_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._finalpos = finalpos
        self._outlet_id = outlet_id
        self.max_age_s = max_age_s
        self._clock = clock
        self._rows: list[CustomerRow] = []
        self._keys: list[tuple[str, str, str]] = []  # folded name, folded e-mail, phone digits
        self._loaded_at: float | None = None

    @property
    def loaded(self) -> bool:
        return self._loaded_at is not None

    def _set(self, rows: list[CustomerRow]) -> None:
        self._rows = sorted(rows, key=lambda r: (fold(r.name), r.email))
        self._keys = [(fold(r.name), fold(r.email), digits(r.phone)) for r in self._rows]
        self._loaded_at = self._clock()

    async def refresh_async(self, *, force: bool = False) -> CustomerOutcome:
        fresh = self._loaded_at is not None and self._clock() - self._loaded_at < self.max_age_s
        if fresh and not force:
            return CustomerOutcome.OK
        try:
            customers = await self._finalpos.list_customers()
        except FinalPosError as exc:
            log.warning("customers not readable: %s", exc)
            return CustomerOutcome.UNREACHABLE
        self._set([_row(c) for c in customers])
        return CustomerOutcome.OK

    def search(self, query: str, *, limit: int = 30) -> list[CustomerRow]:
        """Every word in the name or e-mail, or the phone's digits; cached rows only."""
        needle = fold(query).split()
        phone = digits(query)
        if not needle:
            return []
        found: list[CustomerRow] = []
        for row, (name, email, tel) in zip(self._rows, self._keys, strict=True):
            text_hit = all(w in name or w in email for w in needle)
            phone_hit = len(phone) >= 3 and len(phone) >= len(query.strip()) // 2 and phone in tel
            if text_hit or phone_hit:
                found.append(row)
                if len(found) >= limit:
                    break
        return found

    def by_id(self, customer_id: str) -> CustomerRow | None:
        return next((r for r in self._rows if r.id == customer_id), None)

    def by_email(self, email: str) -> CustomerRow | None:
        folded = fold(email.strip())
        return next(
            (r for r, k in zip(self._rows, self._keys, strict=True) if k[1] == folded), None
        )

    async def create_async(
        self, *, email: str, first_name: str, last_name: str, phone: str = ""
    ) -> CreateResult:
        problems = list(
            validate(email=email, first_name=first_name, last_name=last_name, phone=phone)
        )
        if not problems and self.by_email(email) is not None:
            problems.append(CustomerProblem.EMAIL_TAKEN)
        if problems:
            return CreateResult(CustomerOutcome.INVALID, self.by_email(email), tuple(problems))
        body = m.CustomerCreate(
            email=email.strip(),
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            phone=phone.strip() or None,
            outlet_id=self._outlet_id,
        )
        try:
            created = await self._finalpos.create_customer(body)
        except UnavailableError as exc:
            if not exc.outcome_unknown:
                return CreateResult(CustomerOutcome.UNREACHABLE)
            await self.refresh_async(force=True)
            found = self.by_email(email)
            return CreateResult(CustomerOutcome.OK if found else CustomerOutcome.UNKNOWN, found)
        except FinalPosError as exc:
            log.warning("customer not created: %s", exc)
            return CreateResult(CustomerOutcome.UNREACHABLE)
        row = _row(created)
        self._set([*self._rows, row])
        return CreateResult(CustomerOutcome.OK, row)
