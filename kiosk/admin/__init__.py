"""Commands for the people who install and look after a kiosk: `kiosk setup`, `kiosk check`."""
