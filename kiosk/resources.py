"""One place that finds the files shipped inside the ``kiosk`` package.

QML, fonts, translations and the demo café's artwork live in the package (``kiosk/ui/qml``,
``kiosk/assets/...``) and are found through `importlib.resources`, so a wheel installed anywhere
runs exactly like a checkout; nothing computes paths from the source tree.

Qt's QML engine and the sandbox's file server need real files, not a `Traversable`: pip always
installs a wheel unpacked, so `path` insists on a file-system path and says so plainly otherwise
(a zipped install would have to extract whole QML trees first, which nobody needs).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "kiosk"


class ResourceError(RuntimeError):
    """A packaged file is missing or not on the file system (a broken or zipped install)."""


def path(*parts: str) -> Path:
    """The file-system path of ``kiosk/<parts...>`` inside the installed package."""
    found = files(PACKAGE).joinpath(*parts)
    if not isinstance(found, Path):
        raise ResourceError(
            f"{PACKAGE}/{'/'.join(parts)} is not on the file system; install the wheel unpacked"
        )
    return found


def qml_dir() -> Path:
    """The QML tree (``Main.qml``, ``screens/``, ``components/``)."""
    return path("ui", "qml")


def main_qml() -> Path:
    return qml_dir() / "Main.qml"


def fonts_dir() -> Path:
    """The bundled Inter faces (SIL OFL, licence next to them)."""
    return path("assets", "fonts")


def product_art_dir() -> Path:
    """The demo café's product and category pictures (served by the Final POS sandbox)."""
    return path("assets", "products")


def translations_dir() -> Path:
    """Where ``kiosk_<locale>.qm`` files are shipped (absent until a translation exists)."""
    return path("ui", "translations")
