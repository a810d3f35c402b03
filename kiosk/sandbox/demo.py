"""Identifiers shared by the demo seeds of both sandboxes, so that the Final POS outlet and
station point at the Stripe location, Connect account and reader that the Stripe sandbox holds.

These are demo credentials for loopback servers only; they grant nothing anywhere else.
"""

FINALPOS_API_KEY = "fp_demo_0123456789abcdef"
STRIPE_API_KEY = "sk_test_kiosk_demo_0123456789"
STRIPE_ACCOUNT = "acct_1KioskDemoStore0"
STRIPE_LOCATION = "tml_KioskDemoLocation0"
READER_ID = "tmr_KioskDemoReader01"
CURRENCY = "EUR"
STORE_NAME = "Harbour Street Café"

# The second outlet ("Pier Pop-up"): its own Connect account, Terminal location, reader and
# kiosk station, so a live-configured kiosk can be proven to pay through the outlet it is set
# up for and no other.
PIER_STORE_NAME = "Pier Pop-up"
PIER_STRIPE_ACCOUNT = "acct_1KioskDemoPier00"
PIER_STRIPE_LOCATION = "tml_KioskDemoPierLoc0"
PIER_READER_ID = "tmr_KioskDemoPierRdr1"
