"""Self-service ordering kiosk for stores on Final POS, paying on Stripe Terminal."""

__version__ = "0.1.0"
