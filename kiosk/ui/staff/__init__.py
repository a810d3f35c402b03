"""Staff mode: its own screen stack (`StaffScreen`), view-model and QML screens."""
