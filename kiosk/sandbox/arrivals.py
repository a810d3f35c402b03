"""What a stand-in server has received, kept for tests and demos to read and wait for.

The printer's jobs and the mail server's messages arrive on server threads while a test
thread reads them; both keep them the same way: one list behind one condition, copied out to
readers, and a wait with a deadline for "the next N have arrived".
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")


class Arrivals(Generic[T]):
    """A list filled by server threads; `wait_for` blocks a reader until enough are in."""

    def __init__(self, noun: str) -> None:
        self._noun = noun  # for the timeout's message: "2 of 3 print jobs arrived"
        self._items: list[T] = []
        self._changed = threading.Condition()

    def copy(self) -> list[T]:
        with self._changed:
            return list(self._items)

    def clear(self) -> None:
        with self._changed:
            self._items.clear()

    def wait_for(self, count: int, timeout_s: float) -> list[T]:
        """All received once there are `count`; TimeoutError when `timeout_s` passes first."""
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while len(self._items) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self._items)} of {count} {self._noun} arrived")
                self._changed.wait(left)
            return list(self._items)

    @contextmanager
    def adding(self) -> Iterator[list[T]]:
        """The list under the lock, to decide and append in one step; waiters wake after."""
        with self._changed:
            yield self._items
            self._changed.notify_all()
