"""PaymentIntents: create, read, list, update, capture and cancel, with Stripe's state rules."""

from __future__ import annotations

import copy
import re
import uuid

from kiosk.sandbox.stripe.state.errors import StripeApiError, invalid, unexpected_state
from kiosk.sandbox.stripe.state.params import apply_metadata, p_bool, p_dict, p_int, p_list, p_str
from kiosk.sandbox.stripe.state.records import Obj, new_id
from kiosk.sandbox.stripe.state.simulation import _action_intent, _Simulation

PI_OPEN = ("requires_payment_method", "requires_confirmation", "requires_action", "processing")
PI_CANCELABLE = (*PI_OPEN, "requires_capture")


class _Intents(_Simulation):
    """The PaymentIntent endpoints."""

    # -- payment intents ----------------------------------------------------------------------

    def create_payment_intent(self, account: str, params: Obj) -> Obj:
        amount = p_int(params, "amount", required=True, minimum=1)
        currency = (p_str(params, "currency", required=True) or "").lower()
        if not re.fullmatch(r"[a-z]{3}", currency):
            raise invalid(f"Invalid currency: {currency}.", "currency")
        # API 2026-10 (SDK 16) sends allowed_payment_method_types; older clients the other
        methods = (
            p_list(params, "allowed_payment_method_types")
            or p_list(params, "payment_method_types")
            or ["card"]
        )
        for method in methods:
            if method not in ("card", "card_present", "interac_present"):
                raise invalid(
                    f"Invalid allowed_payment_method_types: {method}",
                    "allowed_payment_method_types",
                )
        capture_method = p_str(params, "capture_method") or "automatic"
        if capture_method not in ("automatic", "automatic_async", "manual"):
            raise invalid(f"Invalid capture_method: {capture_method}", "capture_method")
        if p_bool(params, "confirm"):
            raise invalid("The sandbox does not confirm on create; use a reader.", "confirm")
        pi_id = new_id("pi")
        pi: Obj = {
            "id": pi_id,
            "object": "payment_intent",
            "amount": amount,
            "amount_capturable": 0,
            "amount_received": 0,
            "allowed_payment_method_types": list(methods),
            "application_fee_amount": p_int(params, "application_fee_amount"),
            "canceled_at": None,
            "cancellation_reason": None,
            "capture_method": capture_method,
            "client_secret": f"{pi_id}_secret_{uuid.uuid4().hex[:16]}",
            "confirmation_method": "automatic",
            "created": int(self.wall_clock()),
            "currency": currency,
            "customer": None,
            "description": p_str(params, "description"),
            "last_payment_error": None,
            "latest_charge": None,
            "livemode": False,
            "metadata": {},
            "on_behalf_of": p_str(params, "on_behalf_of"),
            "payment_method": None,
            "payment_method_options": p_dict(params, "payment_method_options"),
            "payment_method_types": list(methods),
            "receipt_email": p_str(params, "receipt_email"),
            "statement_descriptor": p_str(params, "statement_descriptor"),
            "status": "requires_payment_method",
            "transfer_data": p_dict(params, "transfer_data") or None,
        }
        apply_metadata(pi, params)
        with self.lock:
            return copy.deepcopy(self._put(account, "payment_intent", pi))

    def retrieve_payment_intent(self, account: str, intent_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "payment_intent", intent_id, "PaymentIntent"))

    def list_payment_intents(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "payment_intent").values())
            return self._list(account, "payment_intent", params, "/v1/payment_intents", items)

    def update_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            amount = p_int(params, "amount", minimum=1)
            currency = p_str(params, "currency")
            if (amount is not None or currency is not None) and pi["status"] not in PI_OPEN[:3]:
                raise StripeApiError(
                    400,
                    f"This PaymentIntent's amount could not be updated because it has a status of "
                    f"{pi['status']}.",
                    code="payment_intent_unexpected_state",
                )
            updated = copy.deepcopy(pi)
            if amount is not None:
                updated["amount"] = amount
            if currency is not None:
                updated["currency"] = currency.lower()
            if "description" in params:
                updated["description"] = p_str(params, "description") or None
            apply_metadata(updated, params)
            return copy.deepcopy(self._put(account, "payment_intent", updated))

    def capture_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            if pi["status"] != "requires_capture":
                raise unexpected_state(
                    f"This PaymentIntent could not be captured because it has a status of "
                    f"{pi['status']}. Only a PaymentIntent with one of the following statuses may "
                    "be captured: requires_capture.",
                    pi,
                )
            amount = p_int(params, "amount_to_capture", minimum=1)
            if amount is None:
                amount = pi["amount_capturable"]
            if amount > pi["amount_capturable"]:
                raise invalid(
                    "The amount to capture is larger than the amount that can be captured.",
                    "amount_to_capture",
                    "amount_too_large",
                )
            apply_metadata(pi, params)
            fee = p_int(params, "application_fee_amount")
            if fee is not None:
                pi["application_fee_amount"] = fee
            charge = self._get(account, "charge", pi["latest_charge"], "charge")
            charge.update(captured=True, amount_captured=amount)
            pi.update(status="succeeded", amount_received=amount, amount_capturable=0)
            self._touch(account, "charge", charge)
            self._touch(account, "payment_intent", pi)
            return copy.deepcopy(pi)

    def cancel_payment_intent(self, account: str, intent_id: str, params: Obj) -> Obj:
        with self.lock:
            pi = self._get(account, "payment_intent", intent_id, "PaymentIntent", "intent")
            reason = p_str(params, "cancellation_reason")
            if reason is not None and reason not in (
                "abandoned",
                "duplicate",
                "fraudulent",
                "requested_by_customer",
            ):
                raise invalid(f"Invalid cancellation_reason: {reason}", "cancellation_reason")
            if pi["status"] not in PI_CANCELABLE:
                raise unexpected_state(
                    f"You cannot cancel this PaymentIntent because it has a status of "
                    f"{pi['status']}. Only a PaymentIntent with one of the following statuses may "
                    "be canceled: " + ", ".join(PI_CANCELABLE) + ".",
                    pi,
                )
            for reader_id, sim in self._sims.items():
                if sim.account != account:
                    continue
                reader = self._bucket(account, "reader")[reader_id]
                if sim.pending is not None and sim.pending[0] == intent_id:
                    # the card is being authorised: Stripe sees the PI as processing
                    raise unexpected_state(
                        "You cannot cancel this PaymentIntent because it has a status of "
                        "processing. Only a PaymentIntent with one of the following statuses "
                        "may be canceled: " + ", ".join(PI_CANCELABLE) + ".",
                        {**pi, "status": "processing"},
                    )
                if self._waiting(reader, sim) and _action_intent(reader) == intent_id:
                    # the reader can no longer take a card for a canceled intent
                    reader["action"].update(
                        status="failed",
                        failure_code="intent_invalid_state",
                        failure_message="The payment was canceled.",
                    )
                    sim.auto_present_at = None
                    self._touch(account, "reader", reader)
            if pi["status"] == "requires_capture" and pi["latest_charge"]:
                charge = self._get(account, "charge", pi["latest_charge"], "charge")
                charge.update(refunded=True, amount_refunded=charge["amount"])
                self._touch(account, "charge", charge)
            pi.update(
                status="canceled",
                canceled_at=int(self.wall_clock()),
                cancellation_reason=reason,
                amount_capturable=0,
            )
            self._touch(account, "payment_intent", pi)
            return copy.deepcopy(pi)
