"""`kiosk --screenshots DIR --language de`: the flag reaches the settings the app runs with."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kiosk import app


@pytest.mark.parametrize(("flag", "locale"), [(["--language", "de"], "de"), ([], "en_GB")])
def test_language_flag_sets_the_store_language_for_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flag: list[str], locale: str
) -> None:
    for key in [k for k in os.environ if k.startswith("KIOSK_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", "/dev/null")  # no file
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_LOCALE", "en_GB")
    monkeypatch.setattr("kiosk.logs.configure_logging", lambda *_a, **_k: None)
    ran: dict[str, Any] = {}

    def run(settings: Any, *, demo: bool, screenshots: Path | None = None) -> int:
        ran.update(locale=settings.locale, demo=demo, screenshots=screenshots)
        return 0

    monkeypatch.setattr(app, "run", run)
    assert app.main(["--demo", "--screenshots", str(tmp_path / "shots"), *flag]) == 0
    assert ran == {"locale": locale, "demo": True, "screenshots": tmp_path / "shots"}


def test_only_shipped_languages_are_accepted() -> None:
    with pytest.raises(SystemExit):
        app.parse_args(["--language", "xx"])
    assert app.parse_args(["--language", "es"]).language == "es"
