"""Start the embedded sandboxes on loopback ports: demo mode, staff training, tests, benchmarks.

``with Sandboxes() as sb: sb.info.finalpos_url`` serves a freshly seeded in-memory Final POS
store on a free port; ``Sandboxes(data_dir)`` keeps the store in ``<data_dir>/finalpos.sqlite3``
so orders survive a restart. The Final POS app sits behind a `FaultInjector` (steer it with
``sb.finalpos_faults.configure(...)`` or ``PUT /_sandbox/faults``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.sandbox import demo
from kiosk.sandbox.finalpos.app import create_app
from kiosk.sandbox.finalpos.seed import DEMO, seed_demo, seed_large_catalog
from kiosk.sandbox.finalpos.store import FinalPosStore, stable_object_id
from kiosk.sandbox.http import FaultInjector, LoopbackServer
from kiosk.sandbox.stripe import StripeSandbox, StripeState, create_stripe_app, serve
from kiosk.sandbox.stripe import seed_demo as seed_stripe_demo

log = logging.getLogger(__name__)

FINALPOS_DB_NAME = "finalpos.sqlite3"
STRIPE_DB_NAME = "stripe.sqlite3"

# The second outlet's kiosk station, as the Final POS seed names it
# (kiosk.sandbox.finalpos.seed.PIER_KIOSK_STATION_ID once that seed has it).
PIER_KIOSK_STATION_ID = stable_object_id("station:pier-kiosk")


@dataclass(frozen=True)
class SandboxInfo:
    """Where the running sandboxes are and the demo ids the kiosk needs to use them.

    The ``pier_*`` fields are the second outlet ("Pier Pop-up"): its Final POS outlet and
    kiosk station, and its own Connect account, Terminal location and reader, so a test can
    configure a kiosk for the second outlet as a real store would be. The demo Stripe key is
    a platform key that acts on both accounts.

    Keys are demo credentials valid only against these loopback servers; they are still kept
    out of the repr so that logging an info object never prints one.
    """

    finalpos_url: str
    finalpos_api_key: str = field(repr=False)
    outlet_id: str
    station_id: str
    currency: str
    store_name: str
    pos_station_id: str
    stripe_url: str | None = None  # None when started with stripe=False
    stripe_api_key: str = field(default=demo.STRIPE_API_KEY, repr=False)
    stripe_account: str = demo.STRIPE_ACCOUNT
    reader_id: str = demo.READER_ID
    data_dir: str | None = None
    stripe_location_id: str = demo.STRIPE_LOCATION
    pier_store_name: str = demo.PIER_STORE_NAME
    pier_outlet_id: str = DEMO.pier_outlet_id
    pier_station_id: str = PIER_KIOSK_STATION_ID
    pier_stripe_account: str = demo.PIER_STRIPE_ACCOUNT
    pier_stripe_location_id: str = demo.PIER_STRIPE_LOCATION
    pier_reader_id: str = demo.PIER_READER_ID

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Sandboxes:
    """The embedded Final POS (and, once wired, Stripe) sandboxes as one context manager.

    `data_dir` None keeps state in memory (tests); a directory keeps it in SQLite files there.
    `products` switches the Final POS seed from the demo café to a synthetic catalog of that
    many products (benchmarks); seeding only happens into an empty store. `stripe=False`
    starts Final POS alone (tests that need no payments start faster).
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        finalpos_port: int = 0,
        stripe_port: int = 0,
        products: int | None = None,
        variants_per_product: int = 4,
        categories: int = 50,
        stripe: bool = True,
        stripe_auto_present_after_s: float | None = None,
        stripe_processing_s: float = 0.2,
    ) -> None:
        self.data_dir = data_dir
        self.with_stripe = stripe
        # unattended demos: a card is "tapped" this long after each payment starts
        self.stripe_auto_present_after_s = stripe_auto_present_after_s
        self.stripe_processing_s = stripe_processing_s
        self._stripe: StripeSandbox | None = None
        self._stripe_server: LoopbackServer | None = None
        self.finalpos_port = finalpos_port
        self.stripe_port = stripe_port
        self.products = products
        self.variants_per_product = variants_per_product
        self.categories = categories
        self._store: FinalPosStore | None = None
        self._faults: FaultInjector | None = None
        self.seed_s = 0.0
        self._finalpos_server: LoopbackServer | None = None
        self._info: SandboxInfo | None = None

    @property
    def info(self) -> SandboxInfo:
        if self._info is None:
            raise RuntimeError("sandboxes are not running; call start() first")
        return self._info

    @property
    def finalpos_store(self) -> FinalPosStore:
        """The Final POS store of the running sandbox (tests assert on what it holds)."""
        if self._store is None:
            raise RuntimeError("sandboxes are not running; call start() first")
        return self._store

    store = finalpos_store

    @property
    def finalpos_faults(self) -> FaultInjector:
        """The fault injector in front of the Final POS app (latency, 5xx, drops, lost answers)."""
        if self._faults is None:
            raise RuntimeError("sandboxes are not running; call start() first")
        return self._faults

    def finalpos_records(self, resource: str) -> list[dict[str, Any]]:
        """Every record of a resource ("orders", "sessions", ...) the demo company holds, as
        stored (image paths relative), in insertion order."""
        return self.finalpos_store.records(self.finalpos_company_id, resource)

    @property
    def finalpos_company_id(self) -> str:
        """The company the demo API key acts for (the scope of every seeded record)."""
        return DEMO.company_id

    def start(self) -> SandboxInfo:
        if self._info is not None:
            return self._info
        try:
            finalpos_url = self._start_finalpos()
            stripe_url = self._start_stripe() if self.with_stripe else None
        except BaseException:
            self.stop()
            raise
        self._info = SandboxInfo(
            finalpos_url=finalpos_url,
            finalpos_api_key=demo.FINALPOS_API_KEY,
            outlet_id=DEMO.outlet_id,
            station_id=DEMO.station_id,
            pos_station_id=DEMO.pos_station_id,
            currency=demo.CURRENCY,
            store_name=demo.STORE_NAME,
            stripe_url=stripe_url,
            data_dir=str(self.data_dir) if self.data_dir is not None else None,
        )
        return self._info

    def stop(self) -> None:
        self._stop_stripe()
        if self._finalpos_server is not None:
            self._finalpos_server.stop()
            self._finalpos_server = None
        if self._store is not None:
            self._store.close()
            self._store = None
        self._faults = None
        self._info = None

    def __enter__(self) -> Sandboxes:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- Final POS ----------------------------------------------------------------------------

    def _start_finalpos(self) -> str:
        if self.data_dir is None:
            store = FinalPosStore(":memory:")
        else:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            store = FinalPosStore(self.data_dir / FINALPOS_DB_NAME)
        self._store = store
        started = time.perf_counter()
        if self.products is None:
            seeded = seed_demo(store)
        else:
            seeded = seed_large_catalog(
                store,
                products=self.products,
                variants_per_product=self.variants_per_product,
                categories=self.categories,
            )
            if not seeded:
                log.warning("Final POS sandbox store already holds data; catalog flags ignored")
        self.seed_s = time.perf_counter() - started
        self._faults = FaultInjector(create_app(store))
        self._finalpos_server = LoopbackServer(
            self._faults, port=self.finalpos_port, name="finalpos-sandbox"
        )
        return self._finalpos_server.start()

    # --- Stripe -------------------------------------------------------------------------------
    # The Stripe Terminal sandbox (kiosk/sandbox/stripe/) on `self.stripe_port`, state in
    # `<data_dir>/stripe.sqlite3` when given, seeded with the demo platform key and both
    # outlets' accounts, locations and readers (demo.STRIPE_* / READER_ID, demo.PIER_*).

    def _start_stripe(self) -> str | None:
        db_path = None
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            db_path = self.data_dir / STRIPE_DB_NAME
        self._stripe = create_stripe_app(
            db_path,
            processing_s=self.stripe_processing_s,
            auto_present_after_s=self.stripe_auto_present_after_s,
        )
        seed_stripe_demo(self._stripe.state)
        self._stripe_server = serve(self._stripe, port=self.stripe_port)
        return self._stripe_server.url

    def _stop_stripe(self) -> None:
        if self._stripe_server is not None:
            self._stripe_server.stop()
            self._stripe_server = None
        if self._stripe is not None:
            self._stripe.state.close()
            self._stripe = None

    @property
    def stripe_state(self) -> StripeState:
        """The Stripe sandbox's state (tests assert on PaymentIntents and readers)."""
        if self._stripe is None:
            raise RuntimeError("the Stripe sandbox is not running")
        return self._stripe.state

    def issue_stripe_key(
        self,
        *,
        restricted: dict[str, str] | None = None,
        account: str | None = None,
    ) -> str:
        """Issue another key the Stripe sandbox accepts (see `StripeState.issue_key`): a
        restricted ``rk_test_`` key with `restricted` permissions, and/or a connected
        account's own key (`account`). ``POST /_sandbox/stripe/keys`` does the same over HTTP
        for a sandbox in another process."""
        return self.stripe_state.issue_key(restricted=restricted, account=account)

    @property
    def stripe_faults(self) -> FaultInjector:
        """The fault injector in front of the Stripe sandbox."""
        if self._stripe is None:
            raise RuntimeError("the Stripe sandbox is not running")
        return self._stripe.faults
