"""Accessibility mode in the view-models: the switch, more time, and what is spoken (issue 13)."""

from __future__ import annotations

import asyncio
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk.config import Settings
from kiosk.ui.factory import AccessibilityOptions, ViewModels, build_view_models
from kiosk.ui.speech import EspeakEngine, RecordingSpeechEngine, Speaker
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, make_catalog, price
from tests.ui.test_viewmodels import add


@pytest.fixture
def voice() -> RecordingSpeechEngine:
    return RecordingSpeechEngine()


@pytest.fixture
def a11y_vms(
    checkout: FakeCheckoutService, image_dir: Path, voice: RecordingSpeechEngine
) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=20,
        attention_timeout_s=45,
        accessibility=AccessibilityOptions(speech_engine=voice),
    )
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()


def intervals(vms: ViewModels) -> set[int]:
    timers = [*vms.app.findChildren(QTimer), *vms.payment.findChildren(QTimer)]
    return {t.interval() for t in timers}


def test_the_settings_default_to_three_times_the_time_and_speech(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    options = AccessibilityOptions.from_settings(settings)
    assert options.timeout_multiplier == 3.0 and options.speech is True
    assert options.speech_engine == "espeak-ng" and options.volume_percent == 80
    assert AccessibilityOptions(speech_engine="none").engine() is None


async def test_on_the_idle_and_payment_times_are_three_times_longer_then_back(
    a11y_vms: ViewModels,
) -> None:
    a11y = a11y_vms.app.accessibility
    assert {60_000, 45_000} <= intervals(a11y_vms)
    a11y.toggle()
    assert a11y.property("enabled") is True
    assert {180_000, 135_000} <= intervals(a11y_vms)
    assert not {60_000, 45_000} & intervals(a11y_vms)
    a11y.toggle()
    assert {60_000, 45_000} <= intervals(a11y_vms)


async def test_the_idle_warning_counts_down_longer_and_is_spoken_once(
    a11y_vms: ViewModels, voice: RecordingSpeechEngine
) -> None:
    app = a11y_vms.app
    app.begin()
    app.chooseOrderType("take_away")
    app.accessibility.toggle()
    idle = next(t for t in app.findChildren(QTimer) if t.interval() == 180_000)
    idle.timeout.emit()  # the idle time is up: the warning shows
    assert app.idleVisible and app.idleSecondsLeft == 60  # 20 s x 3
    await until(lambda: any("Are you still there?" in s for s in voice.spoken))
    assert "Press Enter for more time" in app.accessibility.property("lastSpoken")
    said = len(voice.spoken)
    app.idle_changed.emit()  # a tick: not said again
    await asyncio.sleep(0.05)
    assert len(voice.spoken) == said
    app.stillHere()  # "more time"
    assert not app.idleVisible


async def test_the_mode_is_off_for_the_next_customer_after_an_order_and_on_idle(
    a11y_vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, a11y = a11y_vms.app, a11y_vms.app.accessibility
    app.begin()
    a11y.toggle()
    a11y.louder()
    assert a11y.property("volume") == 90
    app.restart()  # the idle countdown's end, or "Start over"
    assert a11y.property("enabled") is False and a11y.property("volume") == 80
    app.begin()
    app.chooseOrderType("take_away")
    a11y.toggle()
    add(a11y_vms, "espresso")
    app.showCart()
    app.pay()
    await until(lambda: a11y_vms.payment.waitingForCard)
    assert checkout.card_wait_factors == [3.0]  # the reader waits three times longer too
    from tests.ui.fakes import Outcome

    checkout.present(Outcome.PAID)
    await until(lambda: app.screen == "confirmation")
    assert a11y.property("enabled") is True  # the customer still reads their number
    app.restart()  # the confirmation's end
    assert a11y.property("enabled") is False


async def test_what_is_spoken_follows_the_journey_and_stops_when_off(
    a11y_vms: ViewModels, voice: RecordingSpeechEngine
) -> None:
    app, a11y = a11y_vms.app, a11y_vms.app.accessibility
    app.begin()
    app.chooseOrderType("take_away")
    a11y.focused("Espresso")
    await asyncio.sleep(0.02)
    assert voice.spoken == []  # mode off: silent
    a11y.toggle()
    await until(lambda: len(voice.spoken) == 1)
    assert voice.spoken[0].startswith("Accessibility mode on. Menu.")
    a11y.focused("Latte, €3.20")
    await until(lambda: voice.spoken[-1] == "Latte, €3.20")
    assert a11y.property("lastSpoken").startswith("Accessibility mode on.")  # focus: no caption
    app.openProduct("latte")
    await until(lambda: voice.spoken[-1] == "Caffè latte, €3.20. Choose, then Add to order.")
    a11y_vms.product.choose("Size", "Large")
    await until(lambda: voice.spoken[-1] == "Price €4.20.")
    add(a11y_vms, "espresso")
    await until(lambda: "total" in voice.spoken[-1])
    assert voice.spoken[-1].startswith("Your order: 1 item, total")
    a11y.quieter()
    await until(lambda: voice.spoken[-1] == "Volume 70 percent.")
    assert voice.volumes[-1] == 70
    a11y.repeat()
    await until(lambda: len(voice.spoken) >= 2 and voice.spoken[-2] == voice.spoken[-1])
    a11y.toggle()
    said = len(voice.spoken)
    a11y.focused("Espresso")
    app.showCart()
    await asyncio.sleep(0.05)
    assert len(voice.spoken) == said
    assert a11y.property("lastSpoken") == ""


class SlowEngine:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished: list[str] = []

    async def speak_async(self, text: str, *, language: str, volume_percent: int) -> None:
        self.started.append(text)
        await asyncio.sleep(0.2)
        self.finished.append(text)


async def test_a_newer_phrase_cuts_the_one_being_said() -> None:
    engine = SlowEngine()
    speaker = Speaker(engine)
    speaker.say("Menu", language="en", volume_percent=80)
    await until(lambda: engine.started == ["Menu"])
    speaker.say("Latte", language="en", volume_percent=80)
    await until(lambda: engine.finished == ["Latte"])
    assert engine.started == ["Menu", "Latte"]


def test_espeak_gets_the_text_on_stdin_never_as_an_argument() -> None:
    args = EspeakEngine("espeak-ng").arguments(language="de", volume_percent=80)
    assert args == ["espeak-ng", "-v", "de", "-a", "160", "-s", "165", "--stdin"]


async def test_speech_that_fails_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = Speaker(EspeakEngine(str(tmp_path / "no-such-espeak")))
    await missing.say_async("Hello", language="en", volume_percent=80)
    hung = tmp_path / "hung-espeak"
    hung.write_text("#!/bin/sh\nexec sleep 30\n")
    hung.chmod(0o755)
    stuck = Speaker(EspeakEngine(str(hung), deadline_s=0.3))
    await stuck.say_async("Hello", language="en", volume_percent=80)  # returns at the deadline
    assert [r.message.startswith("speech failed") for r in caplog.records] == [True, True]


ESPEAK = EspeakEngine.find()


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (.ci/run installs it)")
async def test_the_real_engine_writes_one_phrase_as_audio(tmp_path: Path) -> None:
    assert ESPEAK is not None
    wav = tmp_path / "phrase.wav"
    await ESPEAK.write_wav_async("Your order: 2 items, total 11 euros 30.", wav)
    with wave.open(str(wav)) as audio:
        seconds = audio.getnframes() / audio.getframerate()
    assert wav.stat().st_size > 10_000
    assert 1.0 < seconds < 10.0  # about two seconds of speech


async def test_the_focused_item_waits_for_the_screen_name_and_a_newer_focus_replaces_it() -> None:
    engine = SlowEngine()
    speaker = Speaker(engine)
    speaker.say("Your order", language="en", volume_percent=80)
    speaker.say("Back", language="en", volume_percent=80, focus=True)
    speaker.say("Espresso", language="en", volume_percent=80, focus=True)
    await until(lambda: engine.finished == ["Your order", "Espresso"])
    speaker.say("Latte", language="en", volume_percent=80, focus=True)
    await until(lambda: engine.started[-1] == "Latte")
    speaker.say("Mocha", language="en", volume_percent=80, focus=True)  # cuts Latte
    await until(lambda: engine.finished[-1] == "Mocha")
    assert engine.started == ["Your order", "Espresso", "Latte", "Mocha"]
    assert "Latte" not in engine.finished


async def test_a_declined_card_is_spoken_with_the_screen_s_words(
    a11y_vms: ViewModels, voice: RecordingSpeechEngine, checkout: FakeCheckoutService
) -> None:
    from tests.ui.fakes import Outcome

    app = a11y_vms.app
    app.begin()
    app.chooseOrderType("take_away")
    add(a11y_vms, "espresso")
    app.showCart()
    app.accessibility.toggle()
    app.pay()
    await until(lambda: a11y_vms.payment.waitingForCard)
    await until(lambda: voice.spoken[-1].startswith("Amount to pay €2.50."))
    checkout.present(Outcome.DECLINED)
    await until(lambda: voice.spoken[-1].startswith("Payment declined."))
    assert voice.spoken[-1] != "Payment declined."  # the reason follows, in the UI's words
