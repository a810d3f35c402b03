"""Product images for QML: local files from the image cache, as file URLs.

QML only ever loads local files (never the network), so a slow image server cannot stall a
frame. A URL the cache does not hold yet gives "" and the delegate shows its placeholder;
when a background fetch finishes, the menu refreshes its rows and the picture fades in.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl

from kiosk.ui.ports import ImageStore


class ImageResolver:
    """Map remote image URLs to ``file://`` URLs the QML Image element can load."""

    def __init__(self, store: ImageStore | None = None) -> None:
        self._store = store
        self._known: dict[str, str] = {}

    @property
    def store(self) -> ImageStore | None:
        return self._store

    def set_store(self, store: ImageStore | None) -> None:
        self._store = store
        self._known.clear()

    def source(self, url: str | None) -> str:
        if not url or self._store is None:
            return ""
        hit = self._known.get(url)
        if hit is not None:
            return hit
        path = self._store.local_path(url)
        if path is None:
            return ""  # not cached yet: not remembered, so a later fetch is picked up
        source = QUrl.fromLocalFile(str(path)).toString()
        self._known[url] = source
        return source
