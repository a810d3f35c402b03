"""Live endpoints are https://; http:// and the Stripe override only for loopback hosts."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, Settings, is_loopback, load_settings
from tests.config.conftest import WriteConfig


def error_of(**overrides: object) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(**overrides)
    return str(info.value)


def test_plain_http_to_a_remote_host_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_FINALPOS_URL", "http://api.finalpos.com")
    assert error_of() == (
        "`finalpos_url` (KIOSK_FINALPOS_URL) from the environment: 'http://api.finalpos.com' "
        "is plain http:// to "
        "api.finalpos.com, which would send the API key unencrypted; use https:// (http:// is "
        "only for a loopback host such as 127.0.0.1)"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://api.finalpos.com",
        "https://finalpos.example:8443/base",
        "http://127.0.0.1:8765",
        "http://127.8.9.10",
        "http://[::1]:8765",
        "http://localhost:8765",
        "http://LOCALHOST",
    ],
)
def test_https_anywhere_and_http_on_loopback_are_accepted(url: str) -> None:
    assert load_settings(finalpos_url=url + "/").finalpos_url == url


def test_a_stripe_override_to_a_remote_host_is_refused(config_file: WriteConfig) -> None:
    path = config_file('stripe_url = "https://api.stripe.com"\n')
    assert error_of() == (
        f"`stripe_url` (KIOSK_STRIPE_URL) in {path}: 'https://api.stripe.com' is not a "
        "loopback address; "
        "the override is only for a Stripe sandbox on this machine (a real store talks to "
        "api.stripe.com), so remove it"
    )


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:12111", "http://[::1]:12111", "http://localhost"]
)
def test_a_stripe_override_to_a_sandbox_on_this_machine_is_accepted(url: str) -> None:
    assert load_settings(stripe_url=url).stripe_url == url


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://files.example", "'ftp://files.example' is not a web address; use one such as "),
        ("api.finalpos.com", "'api.finalpos.com' is not a web address; use one such as "),
        ("https://user:pw@api.finalpos.com", "must not hold a user name or password; "),
    ],
)
def test_urls_must_be_web_addresses(url: str, why: str) -> None:
    assert error_of(finalpos_url=url).startswith(f"`finalpos_url` (KIOSK_FINALPOS_URL): {why}")


def test_a_host_that_only_looks_local_is_not_loopback() -> None:
    assert error_of(finalpos_url="http://127.0.0.1.nip.io").startswith(
        "`finalpos_url` (KIOSK_FINALPOS_URL): 'http://127.0.0.1.nip.io' is plain http:// to "
    )
    assert [is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "localhost.evil", None)] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_settings_object_built_by_hand_may_name_a_fake_host() -> None:
    # The rule is the loader's: tests and tools may still build Settings for http://x.test.
    assert Settings(finalpos_url="http://finalpos.test/").finalpos_url == "http://finalpos.test"
