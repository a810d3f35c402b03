"""Offline speech for accessibility mode: the engine port, espeak-ng, and a recording engine.

PySide6-Essentials has no ``QtTextToSpeech`` (the venv cannot import it), and a Debian kiosk
box without network has espeak-ng (``apt-get install espeak-ng``; `.ci/run` installs it). It
runs as an asyncio subprocess with a deadline, so the event loop never waits on it, and the
text goes in on stdin (a phrase starting with "-" is never read as an option).

`Speaker` says one phrase at a time: a newer one cuts the one playing, because the customer
has moved on (newest wins, as a screen reader does). Speech that fails (no engine, no audio
device, a hung process) is logged and dropped: it never takes the kiosk out of order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from pathlib import Path
from typing import Protocol

from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

# espeak-ng voices for the languages the kiosk ships
VOICES = {"en": "en-gb", "de": "de", "fr": "fr-fr", "es": "es"}
WORDS_PER_MINUTE = 165  # a little slower than espeak's 175: strangers' ears, a noisy shop
SPEAK_DEADLINE_S = 30.0  # the longest phrase we say takes about 10 s


class SpeechEngine(Protocol):
    """Says `text` aloud and returns when it has been said (or raises ``OSError``)."""

    async def speak_async(self, text: str, *, language: str, volume_percent: int) -> None: ...


class RecordingSpeechEngine:
    """Tests and screenshots: keeps what would have been spoken, in order."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.volumes: list[int] = []
        self.languages: list[str] = []

    async def speak_async(self, text: str, *, language: str, volume_percent: int) -> None:
        self.spoken.append(text)
        self.volumes.append(volume_percent)
        self.languages.append(language)


class EspeakEngine:
    """espeak-ng as a child process: to the sound card, or to a WAV file (`write_wav_async`)."""

    def __init__(self, executable: str, *, deadline_s: float = SPEAK_DEADLINE_S) -> None:
        self.executable = executable
        self.deadline_s = deadline_s

    @classmethod
    def find(cls) -> EspeakEngine | None:
        """The installed espeak-ng, or None (then the kiosk stays silent)."""
        path = shutil.which("espeak-ng")
        return cls(path) if path else None

    def arguments(
        self, *, language: str, volume_percent: int, wav: Path | None = None
    ) -> list[str]:
        amplitude = max(0, min(200, volume_percent * 2))  # espeak's -a runs 0-200, 100 normal
        args = [self.executable, "-v", VOICES.get(language, "en-gb"), "-a", str(amplitude)]
        args += ["-s", str(WORDS_PER_MINUTE)]
        if wav is not None:
            args += ["-w", str(wav)]
        return [*args, "--stdin"]

    async def speak_async(self, text: str, *, language: str, volume_percent: int) -> None:
        await self._run(self.arguments(language=language, volume_percent=volume_percent), text)

    async def write_wav_async(self, text: str, wav: Path, *, language: str = "en") -> None:
        await self._run(self.arguments(language=language, volume_percent=100, wav=wav), text)

    async def _run(self, args: list[str], text: str) -> None:
        process = await asyncio.create_subprocess_exec(
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            async with asyncio.timeout(self.deadline_s):
                _, errors = await process.communicate(text.encode())
        finally:
            if process.returncode is None:  # cut short (newer phrase) or past the deadline
                process.kill()
                with contextlib.suppress(ProcessLookupError):
                    await asyncio.shield(process.wait())
        if process.returncode != 0:
            raise OSError(f"espeak-ng exited {process.returncode}: {errors[-200:]!r}")


class Speaker:
    """The one voice of the kiosk: one phrase at a time, failures logged.

    A change of state (a new screen, a price, the total, the payment result) cuts whatever is
    being said: the customer has moved on. The focused item's name waits for a change of
    state to finish (the screen's name comes first), and a newer focus replaces one still
    waiting or being said (keys pressed quickly).
    """

    def __init__(self, engine: SpeechEngine | None) -> None:
        self._engine = engine
        self._task = TaskSlot("speech")
        self._state_task: asyncio.Task[None] | None = None
        self._waiting: tuple[str, str, int] | None = None

    @property
    def available(self) -> bool:
        return self._engine is not None

    @property
    def speaking(self) -> bool:
        return self._task.running

    def say(self, text: str, *, language: str, volume_percent: int, focus: bool = False) -> None:
        if self._engine is None or not text:
            return
        if focus and self._state_task is not None and not self._state_task.done():
            self._waiting = (text, language, volume_percent)
            return
        self._waiting = None
        task = self._task.start(self._speak_async(text, language, volume_percent))
        self._state_task = None if focus else task

    async def _speak_async(self, text: str, language: str, volume_percent: int) -> None:
        await self.say_async(text, language=language, volume_percent=volume_percent)
        while self._waiting is not None:
            text, language, volume_percent = self._waiting
            self._waiting = None
            self._state_task = None  # the focus is being said: a newer focus cuts it
            await self.say_async(text, language=language, volume_percent=volume_percent)

    async def say_async(self, text: str, *, language: str, volume_percent: int) -> None:
        if self._engine is None:
            return
        try:
            await self._engine.speak_async(text, language=language, volume_percent=volume_percent)
        except (OSError, TimeoutError) as exc:
            log.warning("speech failed: %s", exc)

    def stop(self) -> None:
        self._waiting = None
        self._task.cancel()
