"""The kiosk's Qt Linguist sources (``.ts``), the ``.qm`` built from them, and `build`."""
