"""The Qt layer: view-models, QML, the window (imports PySide6; nothing outside it needs Qt).

Importing it first makes PySide6's import hook cheaper for every module loaded after
(`kiosk.ui.pyside_hook`), and keeps Qt's painting off its thread pool (`kiosk.ui.raster`).
"""

from kiosk.ui import pyside_hook, raster

pyside_hook.install()
raster.serial_fills()
