"""The checkout station mode: view-model, keyboard/scanner filter, QML screens, wiring."""
