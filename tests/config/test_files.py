"""The config file: found, trusted (owner, mode, directories) and parsed, or refused by name."""

from __future__ import annotations

import os
import pwd
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import ConfigError, check_private, load_settings
from kiosk.config import files as config_files
from tests.config.conftest import WriteConfig

NOBODY = 65534


def error_of() -> str:
    with pytest.raises(ConfigError) as info:
        load_settings()
    return str(info.value)


def name_of(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def test_a_syntax_error_names_file_line_and_column(config_file: WriteConfig) -> None:
    path = config_file('kiosk_name = "Front door"\ncurrency = EUR\n')
    assert error_of() == (
        f"{path}:2:12: TOML syntax error: Invalid value; fix that line (text values need "
        'quotes: currency = "EUR"), or write a new file with `kiosk setup`'
    )


def test_a_syntax_error_at_the_end_of_the_file(config_file: WriteConfig) -> None:
    path = config_file('kiosk_name = "Front door')
    assert error_of().startswith(f"{path}:1:25: TOML syntax error: Unterminated string; ")


def test_a_missing_file_named_by_the_variable_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "kiosk.toml"
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    monkeypatch.setenv("KIOSK_STRIPE_API_KEY", "rk_live_keyofarealstore")
    assert error_of() == (
        f"config file {path} does not exist (KIOSK_CONFIG_FILE names it); create it with "
        "`kiosk setup`, or fix or unset KIOSK_CONFIG_FILE"
    )


def test_a_missing_default_file_is_a_fresh_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KIOSK_CONFIG_FILE")
    monkeypatch.setattr(config_files, "default_config_file", lambda: tmp_path / "kiosk.toml")
    assert load_settings().demo


def test_dev_null_means_no_file() -> None:
    assert os.environ["KIOSK_CONFIG_FILE"] == os.devnull
    assert load_settings().kiosk_name == "Kiosk 1"


def test_a_file_of_another_user_is_refused(
    config_file: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_file('kiosk_name = "Front door"\n')
    me = os.geteuid()
    try:
        os.chown(path, NOBODY, -1)
        owner = NOBODY
    except PermissionError:  # not root: the kiosk runs as someone else than the owner
        owner = me
        me = me + 1
        monkeypatch.setattr(os, "geteuid", lambda: me)
    assert error_of() == (
        f"config file {path} belongs to {name_of(owner)} (uid {owner}), not to {name_of(me)} "
        f"(uid {me}) who runs the kiosk, so its keys are not yours to trust; as root run: "
        f"chown {name_of(me)} {path}, or write a new file with `kiosk setup`"
    )


@pytest.mark.parametrize("mode", [0o640, 0o620, 0o604, 0o644, 0o660, 0o601])
def test_a_file_others_may_read_or_change_is_refused(config_file: WriteConfig, mode: int) -> None:
    path = config_file('finalpos_api_key = "fp_file_secret"\n')
    path.chmod(mode)
    message = error_of()
    assert message == (
        f"config file {path} can be read or changed by other users (mode "
        f"{stat.filemode(stat.S_IFREG | mode)}); run: chmod 600 {path}"
    )
    assert "fp_file_secret" not in message


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757])
def test_a_directory_others_may_write_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "inner").mkdir()
    path = shared / "inner" / "kiosk.toml"
    path.write_text('kiosk_name = "x"\n')
    path.chmod(0o600)
    shared.chmod(mode)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    assert error_of() == (
        f"directory {shared} above config file {path} is writable by other users "
        f"(mode {stat.filemode(stat.S_IFDIR | mode)}), who could replace the file; "
        f"run: chmod go-w {shared}"
    )


def test_a_sticky_directory_must_be_roots(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sticky = tmp_path / "sticky"
    sticky.mkdir()
    path = sticky / "kiosk.toml"
    path.write_text('kiosk_name = "x"\n')
    path.chmod(0o600)
    sticky.chmod(0o1777)
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(path))
    if os.geteuid() == 0:  # root owns what it makes: give the directory to somebody else
        os.chown(sticky, NOBODY, -1)
        assert error_of() == (
            f"directory {sticky} above config file {path} belongs to {name_of(NOBODY)} "
            f"(uid {NOBODY}), who could replace the file; keep the file in a directory of "
            f"your own, such as {config_files.default_config_file().parent}"
        )
    else:
        assert error_of() == (
            f"directory {sticky} above config file {path} is writable by other users "
            "(mode drwxrwxrwt), who could replace the file; "
            f"run: chmod go-w {sticky}"
        )


@pytest.fixture
def file_in_tmp() -> Iterator[Path]:
    root_tmp = Path(tempfile.gettempdir())
    info = root_tmp.stat()
    if not (info.st_mode & stat.S_ISVTX and info.st_uid == 0):
        pytest.skip(f"{root_tmp} is not root's sticky directory here")
    fd, name = tempfile.mkstemp(suffix=".toml", dir=root_tmp)
    os.write(fd, b'kiosk_name = "In tmp"\n')
    os.close(fd)
    yield Path(name)
    Path(name).unlink()


def test_our_own_file_in_roots_sticky_tmp_is_accepted(
    monkeypatch: pytest.MonkeyPatch, file_in_tmp: Path
) -> None:
    # Nobody but its owner and root may rename or delete an entry of a sticky directory.
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(file_in_tmp))
    assert load_settings().kiosk_name == "In tmp"


def test_a_symlink_cannot_lead_around_the_rule(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "kiosk.toml"
    real.write_text('kiosk_name = "x"\n')
    real.chmod(0o600)
    shared.chmod(0o777)
    safe = tmp_path / "safe"
    safe.mkdir(mode=0o700)
    link = safe / "kiosk.toml"
    link.symlink_to(real)
    with pytest.raises(ConfigError, match=f"^directory {shared} above config file {link} "):
        check_private(link)


def test_a_private_file_is_read(config_file: WriteConfig) -> None:
    config_file('finalpos_api_key = "fp_file_secret"\nkiosk_name = "Front door"\n')
    settings = load_settings()
    assert settings.kiosk_name == "Front door"
    assert settings.finalpos_api_key is not None
    assert settings.finalpos_api_key.get_secret_value() == "fp_file_secret"
