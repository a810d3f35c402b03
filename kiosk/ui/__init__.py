"""The Qt layer: view-models, QML, the window (imports PySide6; nothing outside it needs Qt).

Importing it first makes PySide6's import hook cheaper for every module loaded after
(`kiosk.ui.pyside_hook`).
"""

from kiosk.ui import pyside_hook

pyside_hook.install()
