"""Telling a USB/HID keyboard-wedge barcode scanner from a person typing.

A wedge scanner "types" the code as keystrokes a few milliseconds apart and ends with Enter;
people type 80-300 ms apart. `ScanDetector` sees every printable key with its time: a burst
of at least `min_length` characters, each within `max_gap_s` of the one before, ended by Enter
within `max_gap_s` of the last one, is a scan. Anything slower is typing, and the keys are
handed back so the focused field receives them after all (the station buffers only while a
burst may still be a scan). Pure logic with injected times, so it is tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class KeyVerdict(StrEnum):
    BUFFERED = "buffered"  # may be a scan: hold the key for now
    TYPED = "typed"  # typing: `text` goes to the focused field
    SCANNED = "scanned"  # a complete scan: `text` is the code


@dataclass(frozen=True, slots=True)
class KeyResult:
    verdict: KeyVerdict
    text: str = ""


@dataclass
class ScanDetector:
    max_gap_s: float = 0.035
    min_length: int = 4
    _buffer: list[str] = field(default_factory=list)
    _last_at: float | None = None

    def key(self, char: str, at: float) -> KeyResult:
        """A printable key pressed at `at` (seconds, monotonic)."""
        if self._buffer and self._last_at is not None and not self._close(at):
            held = "".join(self._buffer)  # too slow for a scanner: that was typing
            self._buffer = [char]
            self._last_at = at
            return KeyResult(KeyVerdict.TYPED, held)
        self._buffer.append(char)
        self._last_at = at
        return KeyResult(KeyVerdict.BUFFERED)

    def enter(self, at: float) -> KeyResult:
        """Enter pressed: a scan if the burst qualifies, else the held keys (and the Enter)
        belong to the focused field."""
        held = "".join(self._buffer)
        quick = self._last_at is not None and self._close(at)
        self._buffer = []
        self._last_at = None
        if quick and len(held) >= self.min_length:
            return KeyResult(KeyVerdict.SCANNED, held)
        return KeyResult(KeyVerdict.TYPED, held)

    def flush(self, at: float) -> KeyResult:
        """Called by a timer `max_gap_s` after the last key: a pause means typing."""
        if not self._buffer or (self._last_at is not None and at - self._last_at <= self.max_gap_s):
            return KeyResult(KeyVerdict.BUFFERED)
        held = "".join(self._buffer)
        self._buffer = []
        self._last_at = None
        return KeyResult(KeyVerdict.TYPED, held)

    def _close(self, at: float) -> bool:
        """Within `max_gap_s` after the last key. A time before it (the window system's clock
        wrapped, or keys from two clocks) is no burst."""
        assert self._last_at is not None
        return 0 <= at - self._last_at <= self.max_gap_s

    @property
    def pending(self) -> str:
        return "".join(self._buffer)
