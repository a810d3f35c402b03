"""`kiosk setup` against both sandboxes: scripted and answered at its prompts in a
pseudo-terminal, it writes an owner-only config that `kiosk check` passes and the kiosk's
`Backend` resolves; wrong keys stop it before anything is written."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from kiosk.admin import check, setup
from kiosk.config import load_settings, require_live
from kiosk.sandbox import demo
from kiosk.sandbox.embedded import Sandboxes

pytestmark = pytest.mark.timeout(90)


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[Sandboxes]:
    with Sandboxes() as running:
        yield running


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in list(os.environ):
        if name.startswith("KIOSK_"):
            monkeypatch.delenv(name)
    config = tmp_path / "conf" / "kiosk.toml"
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    return config


def _scripted(sandboxes: Sandboxes, config: Path, data: Path, *extra: str) -> list[str]:
    info = sandboxes.info
    assert info.stripe_url is not None
    return [
        "--non-interactive",
        "--config", str(config),
        "--finalpos-url", info.finalpos_url,
        "--stripe-url", info.stripe_url,
        "--data-dir", str(data),
        *extra,
    ]  # fmt: skip


def test_scripted_setup_writes_a_config_that_check_passes(
    sandboxes: Sandboxes, clean_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    info = sandboxes.info
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", info.finalpos_api_key)
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", info.stripe_api_key)
    said: list[str] = []
    term = setup.Terminal(interactive=False, say=said.append)
    args = _scripted(
        sandboxes, clean_env, tmp_path / "data", "--outlet", info.outlet_id,
        "--station", info.station_id,
    )  # fmt: skip
    assert setup.main(args, term) == 0, said
    assert stat.S_IMODE(clean_env.stat().st_mode) == 0o600
    assert stat.S_IMODE(clean_env.parent.stat().st_mode) == 0o700
    printed = "\n".join(said)
    assert info.finalpos_api_key not in printed and info.stripe_api_key not in printed
    assert "reader_id" not in clean_env.read_text()  # the station names its reader

    for name in ("KIOSK_FINALPOS_API_KEY", "KIOSK_STRIPE_API_KEY"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(clean_env))
    settings = load_settings()
    require_live(settings)
    report = asyncio.run(check.run_checks(settings, has_display=lambda: True))
    assert report.ok, [c for c in report.checks if not c.ok]
    assert report.resolved["reader_id"] == demo.READER_ID


def test_wrong_finalpos_key_stops_before_writing(
    sandboxes: Sandboxes, clean_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", "fp_not_a_key")
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", sandboxes.info.stripe_api_key)
    said: list[str] = []
    term = setup.Terminal(interactive=False, say=said.append)
    assert setup.main(_scripted(sandboxes, clean_env, tmp_path / "d"), term) == 1
    assert "refused the API key" in "\n".join(said)
    assert "fp_not_a_key" not in "\n".join(said)
    assert not clean_env.exists()


def test_setup_creates_a_station_when_asked(
    sandboxes: Sandboxes, clean_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    info = sandboxes.info
    monkeypatch.setenv("KIOSK_FINALPOS_API_KEY", info.finalpos_api_key)
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", info.stripe_api_key)
    said: list[str] = []
    term = setup.Terminal(interactive=False, say=said.append)
    args = _scripted(
        sandboxes, clean_env, tmp_path / "data", "--outlet", info.outlet_id,
        "--create-station", "Door kiosk", "--reader", demo.READER_ID,
    )  # fmt: skip
    assert setup.main(args, term) == 0, said
    created = [s for s in sandboxes.finalpos_records("stations") if s["name"] == "Door kiosk"]
    assert len(created) == 1 and created[0]["outletId"] == info.outlet_id
    # the new station got the chosen reader in Final POS, so no override is written
    assert created[0]["stripeTerminalId"] == demo.READER_ID
    assert created[0]["id"] in clean_env.read_text()


def test_interactive_setup_in_a_pseudo_terminal(
    sandboxes: Sandboxes, clean_env: Path, tmp_path: Path
) -> None:
    info = sandboxes.info
    assert info.stripe_url is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_CONFIG_FILE"] = os.devnull
    outlets = sandboxes.finalpos_records("outlets")
    outlet_number = 1 + [o["id"] for o in outlets].index(info.outlet_id)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "kiosk", "setup", "--config", str(clean_env), "--finalpos-url",
         info.finalpos_url, "--stripe-url", info.stripe_url],
        env=env, encoding="utf-8", timeout=30,
    )  # fmt: skip
    try:
        child.expect("Final POS API key: ")
        child.sendline(info.finalpos_api_key)
        child.expect("key accepted")
        child.expect("choose 1-")
        child.sendline(str(outlet_number))
        child.expect(r"Self-service kiosk 1")
        child.expect("choose 1-")
        child.sendline("1")
        child.expect("Stripe secret or restricted key")
        child.sendline(info.stripe_api_key)
        child.expect("Card reader for this kiosk")
        child.expect(r"choose 1-\d+ \[1\]: ")  # the station's reader is the default
        child.sendline("")
        child.expect("next: kiosk check")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    transcript = child.before or ""
    assert child.exitstatus == 0, transcript
    text = clean_env.read_text()
    assert info.outlet_id in text and info.station_id in text
    assert stat.S_IMODE(clean_env.stat().st_mode) == 0o600
