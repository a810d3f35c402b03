"""Fixtures: both sandboxes in this process and the services wired on them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.services.harness import Services, Stack, build_services, running_stack


@pytest.fixture
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def services(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    async with build_services(stack.config, tmp_path / "kiosk") as built:
        yield built
