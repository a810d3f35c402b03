"""PIN pad lockout: after five wrong PINs in a row, wait; every further miss waits longer.

Delays grow 30 s, 60 s, 120 s, … up to 15 minutes, on a monotonic clock (a clock change
cannot shorten or lengthen them). The state is per pad (per process): a restart clears it,
which is acceptable because a restart of a locked-down kiosk needs the installer anyway.
Attempts are logged with their result and the member's name, never with digits or length.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0


@dataclass(frozen=True, slots=True)
class LockState:
    locked: bool
    seconds_left: float
    failures: int


class PinLockout:
    """Counts consecutive wrong PINs and says when the pad may be used again."""

    def __init__(
        self,
        *,
        free_attempts: int = FREE_ATTEMPTS,
        first_delay_s: float = FIRST_DELAY_S,
        max_delay_s: float = MAX_DELAY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._free = free_attempts
        self._first = first_delay_s
        self._max = max_delay_s
        self._clock = clock
        self._failures = 0
        self._until = 0.0

    def state(self) -> LockState:
        left = max(0.0, self._until - self._clock())
        return LockState(left > 0, left, self._failures)

    def delay_for(self, failures: int) -> float:
        """The wait after the `failures`-th wrong PIN in a row (0 while attempts are free)."""
        if failures < self._free:
            return 0.0
        return float(min(self._max, self._first * 2.0 ** (failures - self._free)))

    def failed(self) -> LockState:
        self._failures += 1
        delay = self.delay_for(self._failures)
        if delay:
            self._until = self._clock() + delay
            log.warning(
                "staff PIN pad locked for %.0f s after %d wrong PINs in a row",
                delay,
                self._failures,
            )
        else:
            log.info("wrong staff PIN (%d in a row)", self._failures)
        return self.state()

    def succeeded(self) -> None:
        self._failures = 0
        self._until = 0.0
