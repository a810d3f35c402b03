"""Runtime files are found inside the package, and every one of them is in the wheel's data."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from kiosk import resources
from tests.packaging.conftest import REPO

KIOSK = REPO / "kiosk"


def test_resources_are_found_inside_the_package() -> None:
    assert resources.main_qml().is_file()
    assert resources.qml_dir() == resources.main_qml().parent
    assert {p.name for p in resources.fonts_dir().glob("Inter-*.otf")} >= {"Inter-Regular.otf"}
    assert (resources.fonts_dir() / "LICENSE-Inter-OFL.txt").is_file()  # the OFL travels along
    assert len(list(resources.product_art_dir().glob("*.svg"))) >= 20
    for found in (resources.qml_dir(), resources.fonts_dir(), resources.product_art_dir()):
        assert found.is_relative_to(Path(resources.__file__).parent)


def test_no_path_arithmetic_from_the_source_tree() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in KIOSK.rglob("*.py")
        if "parents[" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_every_runtime_file_is_package_data() -> None:
    """A new kind of asset (say *.webp) must be added to package-data, or the wheel lacks it."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    missing = [
        str(path.relative_to(REPO))
        for path in KIOSK.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in (".py", ".pyc")
        and not any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns)
    ]
    assert missing == []
