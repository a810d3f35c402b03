"""Speech benchmark: how long after a change of state the customer hears espeak-ng.

Runs the kiosk's `EspeakEngine` (an asyncio child process, text on stdin) on the phrases the
accessibility mode says most: a focused control (short), a screen's name with the order total
(long). For each it times, over `--rounds` runs after one warm-up, the wall time from the call
to the process's end while writing the whole phrase to a WAV file (no sound card needed), and
reads the audio's length: the delay before the customer hears anything is at most that
synthesis time (espeak-ng plays as it synthesises). It also measures the longest stall of the
event loop during the calls (the work is in another process, so there should be none). The
last line printed is one JSON object with the figures.

    .venv/bin/python benchmarks/speech.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

from kiosk.ui.speech import EspeakEngine

PHRASES = {
    "focus": "Espresso, €2.50",
    "screen": "Menu. Your order: 2 items, total €11.30. Tab moves between categories and "
    "products, Enter opens one.",
}


async def loop_stall_s(stop: asyncio.Event) -> float:
    """The longest gap between 10 ms ticks of the loop while the speech runs."""
    worst = 0.0
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        now = time.perf_counter()
        worst = max(worst, now - last - 0.01)
        last = now
    return worst


async def main_async(rounds: int) -> dict[str, object]:
    engine = EspeakEngine.find()
    if engine is None:
        return {"error": "espeak-ng is not installed"}
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "phrase.wav"
        for name, text in PHRASES.items():
            await engine.write_wav_async(text, wav)  # warm-up (voice data into the page cache)
            times = []
            stop = asyncio.Event()
            stall = asyncio.ensure_future(loop_stall_s(stop))
            for _ in range(rounds):
                start = time.perf_counter()
                await engine.write_wav_async(text, wav)
                times.append(time.perf_counter() - start)
            stop.set()
            with wave.open(str(wav)) as audio:
                audio_s = audio.getnframes() / audio.getframerate()
            results[name] = {
                "synth_s_median": round(statistics.median(times), 3),
                "synth_s_max": round(max(times), 3),
                "audio_s": round(audio_s, 2),
                "loop_stall_s_max": round(await stall, 4),
            }
    return {"benchmark": "speech", "engine": engine.executable, "rounds": rounds, **results}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    figures = asyncio.run(main_async(args.rounds))
    print(json.dumps(figures))
    return 0 if "error" not in figures else 1


if __name__ == "__main__":
    sys.exit(main())
