"""Embedded stand-in for the Final POS API 1.2.4 (demo mode, staff training, tests).

`create_app` builds the ASGI app over a `FinalPosStore` (SQLite documents scoped by company);
`seed_demo` fills an empty store with the demo café, `seed_large_catalog` with a synthetic
catalog for benchmarks. `kiosk.sandbox.embedded.Sandboxes` serves it on a loopback port.
"""
