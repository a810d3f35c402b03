"""At-most-once creates without an idempotency key (`kiosk.services.posting`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.finalpos.errors import UnavailableError, ValidationError
from kiosk.services.journal import Journal
from kiosk.services.posting import OnceCreator, PostPending, default_quiet_s, request_deadline_s


class Remote:
    """A record store whose create can be told to fail (before or after applying it)."""

    def __init__(self) -> None:
        self.records: list[str] = []
        self.posts = 0
        self.fail: Exception | None = None
        self.apply_then_fail = False
        self.pending_late: list[str] = []  # read but not committed yet (a late commit)

    async def find(self) -> str | None:
        return self.records[0] if self.records else None

    async def post(self) -> str:
        self.posts += 1
        record = f"rec{self.posts}"
        if self.fail is not None:
            if self.apply_then_fail:
                self.pending_late.append(record)
            raise self.fail
        self.records.append(record)
        return record

    def commit_late(self) -> None:
        self.records.extend(self.pending_late)
        self.pending_late.clear()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    with Journal.in_dir(tmp_path) as opened:
        opened.create(
            checkout_id="c1",
            currency="EUR",
            amount_minor=100,
            session_id=None,
            order_body=lambda seq: ("A001", "R1", {}),
            display={},
        )
        yield opened  # type: ignore[misc]


async def test_an_unknown_outcome_is_not_repeated_inside_its_quiet_period(
    journal: Journal,
) -> None:
    now = [1000.0]
    once = OnceCreator(journal, deadline_s=1.0, quiet_s=3.0, clock=lambda: now[0])
    remote = Remote()
    remote.fail, remote.apply_then_fail = UnavailableError("timed out", outcome_unknown=True), True
    with pytest.raises(PostPending):
        await once.create("c1", "sale", find=remote.find, post=remote.post)
    remote.fail = None
    now[0] += 2.0  # still quiet: look, do not post
    with pytest.raises(PostPending):
        await once.create("c1", "sale", find=remote.find, post=remote.post)
    assert remote.posts == 1
    remote.commit_late()  # the first request lands late
    assert await once.create("c1", "sale", find=remote.find, post=remote.post) == "rec1"
    assert remote.posts == 1 and once.pending("c1", "sale") is None
    assert once.suspect("c1") and once.watched().keys() == {"c1"}


async def test_after_the_quiet_period_an_absent_record_is_posted_again(journal: Journal) -> None:
    now = [1000.0]
    once = OnceCreator(journal, deadline_s=1.0, quiet_s=3.0, clock=lambda: now[0])
    remote = Remote()
    remote.fail = UnavailableError("cut", outcome_unknown=True)  # never applied
    with pytest.raises(PostPending):
        await once.create("c1", "order", find=remote.find, post=remote.post)
    remote.fail = None
    now[0] += 3.5
    assert await once.create("c1", "order", find=remote.find, post=remote.post) == "rec2"
    assert remote.records == ["rec2"]


@pytest.mark.parametrize(
    "refusal",
    [UnavailableError("503", status_code=503), ValidationError("bad body")],
)
async def test_a_refusal_that_was_not_applied_may_be_retried_at_once(
    journal: Journal, refusal: Exception
) -> None:
    once = OnceCreator(journal, deadline_s=1.0, quiet_s=3.0)
    remote = Remote()
    remote.fail = refusal
    with pytest.raises(type(refusal)):
        await once.create("c1", "order", find=remote.find, post=remote.post)
    assert once.pending("c1", "order") is None and not once.suspect("c1")
    remote.fail = None
    assert await once.create("c1", "order", find=remote.find, post=remote.post) == "rec2"


async def test_a_marker_is_written_before_the_request(journal: Journal) -> None:
    once = OnceCreator(journal, deadline_s=1.0, quiet_s=3.0, clock=lambda: 1000.0)
    seen: list[float | None] = []

    async def post() -> str:
        seen.append(once.pending("c1", "order"))  # a crash here leaves the protection
        return "rec1"

    async def find() -> str | None:
        return None

    assert await once.create("c1", "order", find=find, post=post) == "rec1"
    assert seen == [1004.0] and once.pending("c1", "order") is None


def test_the_quiet_period_is_longer_than_the_request_deadline(journal: Journal) -> None:
    with pytest.raises(ValueError, match="longer"):
        OnceCreator(journal, deadline_s=5.0, quiet_s=5.0)
    assert default_quiet_s(10.0) > 10.0

    class Client:
        deadline_s = 7.5

    assert request_deadline_s(Client()) == 7.5
