"""Charges and refunds, and ``expand[]`` of the ids that link them to PaymentIntents."""

from __future__ import annotations

import copy

from kiosk.sandbox.stripe.state.errors import StripeApiError, invalid
from kiosk.sandbox.stripe.state.params import _EXPANDABLE, apply_metadata, p_int, p_str
from kiosk.sandbox.stripe.state.records import Obj, new_id
from kiosk.sandbox.stripe.state.store import _Store


class _Refunds(_Store):
    """The charge and refund endpoints, and expansion."""

    # -- refunds and charges ------------------------------------------------------------------

    def expand(self, account: str, payload: Obj, paths: list[str]) -> Obj:
        """Replace ids by objects as Stripe's ``expand[]`` does (``latest_charge`` on a
        PaymentIntent, ``data.latest_charge`` on a list of them, ``payment_intent`` on a
        charge, ``charge`` on a refund); another path is a 400, as on Stripe."""
        with self.lock:
            for path in paths:
                target, _, field_name = path.rpartition(".")
                objects = payload.get("data", []) if target == "data" else [payload]
                if target not in ("", "data") or (target == "data") != (
                    payload.get("object") == "list"
                ):
                    raise invalid(f"This property cannot be expanded ({path}).", "expand")
                for obj in objects:
                    spec = _EXPANDABLE.get(str(obj.get("object")))
                    if spec is None or spec[0] != field_name:
                        raise invalid(f"This property cannot be expanded ({path}).", "expand")
                    value = obj.get(field_name)
                    if isinstance(value, str):
                        found = self._bucket(account, spec[1]).get(value)
                        if found is not None:
                            obj[field_name] = copy.deepcopy(found)
            return payload

    def retrieve_charge(self, account: str, charge_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "charge", charge_id, "charge"))

    def create_refund(self, account: str, params: Obj) -> Obj:
        with self.lock:
            intent_id = p_str(params, "payment_intent")
            charge_id = p_str(params, "charge")
            if not intent_id and not charge_id:
                raise invalid(
                    "One of the following params should be provided for this request: "
                    "payment_intent or charge.",
                    "payment_intent",
                    "parameter_missing",
                )
            if intent_id:
                pi = self._get(
                    account, "payment_intent", intent_id, "payment_intent", "payment_intent"
                )
                if pi["status"] != "succeeded" or not pi["latest_charge"]:
                    raise StripeApiError(
                        400,
                        f"This PaymentIntent has a status of {pi['status']} and has no captured "
                        "charge to refund. Cancel an uncaptured PaymentIntent instead.",
                        code="payment_intent_unexpected_state",
                        param="payment_intent",
                    )
                charge_id = pi["latest_charge"]
            assert charge_id is not None
            charge = self._get(account, "charge", charge_id, "charge", "charge")
            if not charge["captured"]:
                raise StripeApiError(
                    400,
                    "This charge has not been captured; cancel its PaymentIntent instead.",
                    code="charge_not_captured",
                    param="charge",
                )
            remaining = charge["amount_captured"] - charge["amount_refunded"]
            amount = p_int(params, "amount", minimum=1)
            if amount is None:
                amount = remaining
            if remaining <= 0:
                raise StripeApiError(
                    400,
                    f"Charge {charge_id} has already been refunded.",
                    code="charge_already_refunded",
                )
            if amount > remaining:
                raise StripeApiError(
                    400,
                    f"Refund amount ({amount}) is greater than the unrefunded amount on the "
                    f"charge ({remaining}).",
                    code="amount_too_large",
                    param="amount",
                )
            reason = p_str(params, "reason")
            if reason is not None and reason not in (
                "duplicate",
                "fraudulent",
                "requested_by_customer",
            ):
                raise invalid(f"Invalid reason: {reason}", "reason")
            refund: Obj = {
                "id": new_id("re"),
                "object": "refund",
                "amount": amount,
                "charge": charge_id,
                "created": int(self.wall_clock()),
                "currency": charge["currency"],
                "metadata": {},
                "payment_intent": charge["payment_intent"],
                "reason": reason,
                "status": "succeeded",
            }
            apply_metadata(refund, params)
            charge["amount_refunded"] += amount
            charge["refunded"] = charge["amount_refunded"] >= charge["amount_captured"]
            self._touch(account, "charge", charge)
            return copy.deepcopy(self._put(account, "refund", refund))

    def retrieve_refund(self, account: str, refund_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "refund", refund_id, "refund"))
