"""One owned background task per view-model: newest request wins, errors reach the hook."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskSlot:
    """Holds at most one running task; scheduling a new one cancels the previous.

    An exception other than cancellation is handed to the loop's exception handler, which
    the composition root points at the out-of-order screen.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._task: asyncio.Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel()
        task = asyncio.get_event_loop().create_task(coro, name=self._name)
        task.add_done_callback(self._done)
        self._task = task
        return task

    def cancel(self) -> None:
        task = self._task
        self._task = None
        if task is None or task.done():
            return
        try:
            current = asyncio.current_task()
        except RuntimeError:
            current = None
        if task is not current:  # a task resetting its own view-model finishes normally
            task.cancel()

    def _done(self, task: asyncio.Task[Any]) -> None:
        if self._task is task:
            self._task = None
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            loop = task.get_loop()
            loop.call_exception_handler(
                {"message": f"{self._name} failed", "exception": exc, "task": task}
            )
