"""Terminal readers: registration, lookups, and the commands a reader takes (payment, display,
cancel, the test card, the customer's cancel), each through the reader's switches."""

from __future__ import annotations

import copy
import uuid

from kiosk.sandbox.stripe import cards
from kiosk.sandbox.stripe.state.errors import StripeApiError, invalid, reader_error
from kiosk.sandbox.stripe.state.params import apply_metadata, p_bool, p_dict, p_int, p_list, p_str
from kiosk.sandbox.stripe.state.records import Obj, _ReaderSim, new_id
from kiosk.sandbox.stripe.state.simulation import _Simulation

REGISTRATION_CODES = {
    "simulated-wpe": "simulated_wisepos_e",
    "simulated-s700": "simulated_stripe_s700",
    "simulated-s710": "simulated_stripe_s710",
    "simulated-v660p": "simulated_verifone_v660p",
}

CUSTOMER_CANCELED_MESSAGE = "The customer canceled the payment on the reader."


class _Readers(_Simulation):
    """The Terminal reader endpoints and the test helpers."""

    # -- readers ------------------------------------------------------------------------------

    def create_reader(self, account: str, params: Obj, *, reader_id: str | None = None) -> Obj:
        with self.lock:
            code = p_str(params, "registration_code", required=True) or ""
            device_type = REGISTRATION_CODES.get(code)
            if device_type is None:
                raise invalid(
                    "The registration code is invalid. Simulated readers use simulated-wpe, "
                    "simulated-s700, simulated-s710 or simulated-v660p.",
                    "registration_code",
                )
            location_id = p_str(params, "location", required=True) or ""
            self._get(account, "location", location_id, "terminal.location", "location")
            reader: Obj = {
                "id": reader_id or new_id("tmr"),
                "object": "terminal.reader",
                "action": None,
                "device_sw_version": "",
                "device_type": device_type,
                "ip_address": "0.0.0.0",  # noqa: S104 - a field value, not a bind address
                "label": p_str(params, "label") or device_type.replace("_", " "),
                "last_seen_at": int(self.wall_clock() * 1000),
                "livemode": False,
                "location": location_id,
                "metadata": {},
                "serial_number": str(uuid.uuid4()),
                "status": "online",
            }
            apply_metadata(reader, params)
            self._sims[reader["id"]] = _ReaderSim(account)
            return copy.deepcopy(self._put(account, "reader", reader))

    def retrieve_reader(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._reader(account, reader_id))

    def _reader(self, account: str, reader_id: str) -> Obj:
        reader = self._get(account, "reader", reader_id, "terminal.reader")
        if not self._sims[reader_id].mode.offline:
            reader["last_seen_at"] = int(self.wall_clock() * 1000)
        return reader

    def list_readers(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "reader").values())
            for name in ("location", "status", "device_type", "serial_number"):
                wanted = p_str(params, name)
                if wanted is not None:
                    items = [r for r in items if r.get(name) == wanted]
            return self._list(account, "reader", params, "/v1/terminal/readers", items)

    def _command_gate(self, reader: Obj, sim: _ReaderSim) -> None:
        """The switches every reader command passes before it reaches the reader."""
        if sim.mode.offline:
            raise reader_error("terminal_reader_offline")
        if sim.mode.busy:
            raise reader_error("terminal_reader_busy")
        if sim.mode.timeout:
            raise reader_error("terminal_reader_timeout")

    def _delivered(self, account: str, reader: Obj, sim: _ReaderSim) -> Obj:
        self._touch(account, "reader", reader)
        if sim.mode.timeout_delivered:
            # the reader got it, but Stripe answers as if it did not (a false negative)
            raise reader_error("terminal_reader_timeout")
        return copy.deepcopy(reader)

    def process_payment_intent(self, account: str, reader_id: str, params: Obj) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            intent_id = p_str(params, "payment_intent", required=True) or ""
            config = p_dict(params, "process_config")
            pi = self._get(account, "payment_intent", intent_id, "payment_intent", "payment_intent")
            if pi["status"] != "requires_payment_method":
                raise StripeApiError(
                    400,
                    "Payment intent must be in the requires_payment_method state to be processed "
                    "by a reader.",
                    code="intent_invalid_state",
                    param="payment_intent",
                )
            if not {"card_present", "interac_present"} & set(pi["payment_method_types"]):
                raise invalid(
                    "This PaymentIntent does not accept card_present payments.",
                    "payment_intent",
                )
            self._command_gate(reader, sim)
            action = reader.get("action")
            replaceable = (
                action is None
                or action["status"] != "in_progress"
                or action["type"] == "set_reader_display"
                or self._waiting(reader, sim)
            )
            if not replaceable or sim.pending is not None:
                raise reader_error("terminal_reader_busy")
            process_config: Obj = {}
            for name in ("enable_customer_cancellation", "skip_tipping"):
                value = p_bool(config, name)
                if value is not None:
                    process_config[name] = value
            reader["action"] = {
                "type": "process_payment_intent",
                "status": "in_progress",
                "failure_code": None,
                "failure_message": None,
                "api_error": None,
                "process_payment_intent": {
                    "payment_intent": intent_id,
                    "process_config": process_config,
                },
            }
            delay = sim.mode.auto_present_after_s
            if delay is None:
                delay = self.auto_present_after_s
            sim.auto_present_at = None if delay is None else self.clock() + delay
            return self._delivered(account, reader, sim)

    def set_reader_display(self, account: str, reader_id: str, params: Obj) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            if p_str(params, "type", required=True) != "cart":
                raise invalid("Invalid type: only cart is supported.", "type")
            cart = p_dict(params, "cart")
            currency = p_str(cart, "currency", required=True) or ""
            total = p_int(cart, "total", required=True)
            tax = p_int(cart, "tax")
            lines = []
            for i, raw in enumerate(p_list(cart, "line_items")):
                if not isinstance(raw, dict):
                    raise invalid("Invalid line item.", f"cart[line_items][{i}]")
                lines.append(
                    {
                        "amount": p_int(raw, "amount", required=True, minimum=-(10**12)),
                        "description": p_str(raw, "description", required=True),
                        "quantity": p_int(raw, "quantity", required=True, minimum=1),
                    }
                )
            self._command_gate(reader, sim)
            action = reader.get("action")
            if sim.pending is not None or (
                action is not None
                and action["status"] == "in_progress"
                and action["type"] != "set_reader_display"
            ):
                raise reader_error("terminal_reader_busy")
            reader["action"] = {
                "type": "set_reader_display",
                "status": "in_progress",
                "failure_code": None,
                "failure_message": None,
                "api_error": None,
                "set_reader_display": {
                    "type": "cart",
                    "cart": {
                        "currency": currency.lower(),
                        "line_items": lines,
                        "tax": tax,
                        "total": total,
                    },
                },
            }
            sim.auto_present_at = None
            return self._delivered(account, reader, sim)

    def cancel_action(self, account: str, reader_id: str) -> Obj:
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            self._command_gate(reader, sim)
            if sim.pending is not None:
                # Stripe: once a card is presented the authorisation cannot be interrupted
                raise reader_error("terminal_reader_busy")
            reader["action"] = None
            sim.auto_present_at = None
            return self._delivered(account, reader, sim)

    def present_payment_method(self, account: str, reader_id: str, params: Obj) -> Obj:
        """The test helper: a customer taps/inserts a card on a reader waiting for one."""
        with self.lock:
            reader = self._reader(account, reader_id)
            sim = self._sims[reader_id]
            kind = p_str(params, "type") or "card_present"
            if kind not in ("card", "card_present", "interac_present"):
                raise invalid(f"Invalid type: {kind}", "type")
            number = p_str(p_dict(params, kind), "number")
            if number is not None and not cards.luhn_ok(number):
                raise StripeApiError(
                    400,
                    "Your card number is incorrect.",
                    code="incorrect_number",
                    param=f"{kind}[number]",
                    stored=False,
                )
            if sim.mode.offline:
                raise reader_error("terminal_reader_offline")
            if not self._waiting(reader, sim):
                raise StripeApiError(
                    400,
                    "This reader has no process_payment_intent action waiting for a payment "
                    "method.",
                    stored=False,
                )
            self._present(account, reader, sim, number, kind, self.clock())
            self._touch(account, "reader", reader)
            return copy.deepcopy(reader)

    def customer_cancel(self, reader_id: str) -> Obj:
        """The customer presses cancel on the reader (needs enable_customer_cancellation)."""
        with self.lock:
            self.tick()
            sim = self._sim(reader_id)
            reader = self._bucket(sim.account, "reader")[reader_id]
            if not self._waiting(reader, sim):
                raise ValueError("the reader is not waiting for a card")
            config = reader["action"]["process_payment_intent"]["process_config"]
            if not config.get("enable_customer_cancellation"):
                raise ValueError("customer cancellation is not enabled for this payment")
            reader["action"].update(
                status="failed",
                failure_code="customer_canceled",
                failure_message=CUSTOMER_CANCELED_MESSAGE,
            )
            sim.auto_present_at = None
            self._touch(sim.account, "reader", reader)
            self.flush()
            return copy.deepcopy(reader)
