"""Fixtures for the sandbox tests (the per-test and per-session sandboxes are in tests/fixtures)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kiosk.sandbox.embedded import Sandboxes
from tests.fixtures.finalpos import api_client


@pytest.fixture(scope="module")
def refusing_client() -> Iterator[httpx.Client]:
    """A client on one Final POS sandbox per module, for requests the sandbox must refuse.

    Refused requests write nothing, so the tests sending them need no fresh sandbox each
    (20 bad bodies spent ~5 s starting and stopping one sandbox apiece). A refusal that
    regressed into a write fails its own test, and what it wrote stays inside this module's
    sandbox instead of reaching the session-wide one.
    """
    with Sandboxes(stripe=False) as sandboxes, api_client(sandboxes.info) as client:
        yield client
