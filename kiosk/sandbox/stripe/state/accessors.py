"""What tests and the demo read and steer directly, beside the API: deep copies after a tick,
and the switches of a reader."""

from __future__ import annotations

import copy
from dataclasses import asdict
from typing import Any

from kiosk.sandbox.stripe import cards
from kiosk.sandbox.stripe.state.records import Obj, ReaderMode
from kiosk.sandbox.stripe.state.simulation import _Simulation


class _Accessors(_Simulation):
    """Reads for tests and the demo, and `set_reader_mode`."""

    # -- accessors for tests and the demo (deep copies, after a tick) -------------------------

    def payment_intents(self, account: str) -> list[Obj]:
        """Every PaymentIntent under `account`, oldest first."""
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "payment_intent").values()))

    def payment_intent(self, account: str, intent_id: str) -> Obj:
        with self.lock:
            self.tick()
            return copy.deepcopy(self._get(account, "payment_intent", intent_id, "PaymentIntent"))

    def charges(self, account: str) -> list[Obj]:
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "charge").values()))

    def refunds(self, account: str) -> list[Obj]:
        with self.lock:
            return copy.deepcopy(list(self._bucket(account, "refund").values()))

    def locations(self, account: str) -> list[Obj]:
        with self.lock:
            return copy.deepcopy(list(self._bucket(account, "location").values()))

    def readers(self, account: str) -> list[Obj]:
        with self.lock:
            self.tick()
            return copy.deepcopy(list(self._bucket(account, "reader").values()))

    def reader(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            self.tick()
            return copy.deepcopy(self._get(account, "reader", reader_id, "terminal.reader"))

    def reader_processing(self, reader_id: str) -> bool:
        """A card is presented and being authorised (the reader refuses other commands)."""
        with self.lock:
            self.tick()
            return self._sim(reader_id).pending is not None

    def reader_mode(self, reader_id: str) -> ReaderMode:
        with self.lock:
            return copy.copy(self._sim(reader_id).mode)

    def set_reader_mode(self, reader_id: str, **values: Any) -> ReaderMode:
        """Switch offline / busy / timeout / timeout_delivered / auto-presentment on a reader."""
        with self.lock:
            sim = self._sim(reader_id)
            known = set(asdict(sim.mode))
            unknown = set(values) - known
            if unknown:
                raise ValueError(f"unknown reader modes: {sorted(unknown)}")
            for name, value in values.items():
                if name in ("auto_present_after_s",):
                    if value is not None and (not isinstance(value, int | float) or value < 0):
                        raise ValueError("auto_present_after_s must be a number >= 0 or null")
                elif name == "auto_present_card":
                    if value is not None and not cards.luhn_ok(str(value)):
                        raise ValueError("auto_present_card is not a valid card number")
                elif not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
                setattr(sim.mode, name, value)
            reader = self._bucket(sim.account, "reader")[reader_id]
            reader["status"] = "offline" if sim.mode.offline else "online"
            self._touch(sim.account, "reader", reader)
            return copy.copy(sim.mode)
