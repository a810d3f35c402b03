"""The readers' simulation: the clock that moves them, and what a presented card does to the
PaymentIntent and its charge."""

from __future__ import annotations

import secrets
import uuid

from kiosk.sandbox.stripe import cards
from kiosk.sandbox.stripe.state.errors import StripeApiError, missing
from kiosk.sandbox.stripe.state.records import Obj, _ReaderSim, new_id
from kiosk.sandbox.stripe.state.store import _Store


class _Simulation(_Store):
    """Readers waiting for a card, authorising one, and the tick that moves them on."""

    def _sim(self, reader_id: str) -> _ReaderSim:
        sim = self._sims.get(reader_id)
        if sim is None:
            raise missing("terminal.reader", reader_id)
        return sim

    def _waiting(self, reader: Obj, sim: _ReaderSim) -> bool:
        action = reader.get("action")
        return (
            action is not None
            and action["type"] == "process_payment_intent"
            and action["status"] == "in_progress"
            and sim.pending is None
        )

    # -- the clock ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance readers whose auto-presentment or authorisation time has come."""
        with self.lock:
            now = self.clock()
            for reader_id, sim in self._sims.items():
                reader = self._bucket(sim.account, "reader").get(reader_id)
                if reader is None:
                    continue
                if sim.auto_present_at is not None and now >= sim.auto_present_at:
                    at = sim.auto_present_at
                    sim.auto_present_at = None
                    if self._waiting(reader, sim) and not sim.mode.offline:
                        number = sim.mode.auto_present_card or None
                        self._present(sim.account, reader, sim, number, "card_present", at)
                if sim.pending is not None and now >= sim.processing_until:
                    self._finish(sim.account, reader, sim)

    def _present(
        self,
        account: str,
        reader: Obj,
        sim: _ReaderSim,
        number: str | None,
        kind: str,
        started: float,
    ) -> None:
        intent_id = _action_intent(reader) or ""
        pi = self._bucket(account, "payment_intent")[intent_id]
        if number is None:
            only_interac = pi["payment_method_types"] == ["interac_present"]
            number = cards.DEFAULT_INTERAC if only_interac or kind == "interac_present" else None
            number = number or cards.DEFAULT_CARD
        sim.pending = (intent_id, number, cards.outcome(number, pi["amount"]))
        sim.processing_until = started + self.processing_s
        sim.auto_present_at = None
        if self.clock() >= sim.processing_until:
            self._finish(account, reader, sim)

    def _finish(self, account: str, reader: Obj, sim: _ReaderSim) -> None:
        assert sim.pending is not None
        intent_id, number, decline = sim.pending
        sim.pending = None
        action = reader["action"]
        pi = self._bucket(account, "payment_intent")[intent_id]
        self._touch(account, "reader", reader)
        self._touch(account, "payment_intent", pi)
        brand = cards.brand(number)
        card: Obj = {
            "brand": brand,
            "cardholder_name": None,
            "country": "US",
            "exp_month": 12,
            "exp_year": 2034,
            "fingerprint": uuid.uuid5(uuid.NAMESPACE_OID, number).hex[:16],
            "funding": "credit",
            "last4": number[-4:],
            "network": brand,
            "read_method": "contactless_emv",
        }
        pm: Obj = {"id": new_id("pm"), "object": "payment_method", "type": "card_present"}
        pm["card_present"] = dict(card)
        # What Stripe returns for EMV receipts (payment_method_details.card_present.receipt)
        approved = decline is None
        details: Obj = {
            **card,
            "amount_authorized": pi["amount"] if approved else None,
            "capture_before": int(self.wall_clock()) + 2 * 86400 if approved else None,
            "emv_auth_data": "8A023030" if approved else None,
            "generated_card": None,
            "incremental_authorization_supported": False,
            "overcapture_supported": False,
            "receipt": {
                "account_type": "credit",
                "application_cryptogram": uuid.uuid5(uuid.NAMESPACE_URL, intent_id)
                .hex[:16]
                .upper(),
                "application_preferred_name": cards.application_name(brand),
                "authorization_code": f"{secrets.randbelow(10**6):06d}" if approved else None,
                "authorization_response_code": "3030" if approved else "3035",
                "cardholder_verification_method": "approval",
                "dedicated_file_name": cards.aid(brand),
                "terminal_verification_results": "0000008000",
                "transaction_status_information": "0000",
            },
        }
        charge: Obj = {
            "id": new_id("ch"),
            "object": "charge",
            "amount": pi["amount"],
            "amount_captured": 0,
            "amount_refunded": 0,
            "captured": False,
            "created": int(self.wall_clock()),
            "currency": pi["currency"],
            "failure_code": None,
            "failure_message": None,
            "livemode": False,
            "metadata": dict(pi["metadata"]),
            "paid": decline is None,
            "payment_intent": intent_id,
            "payment_method": pm["id"],
            "payment_method_details": {"type": "card_present", "card_present": details},
            "refunded": False,
            "status": "succeeded" if decline is None else "failed",
        }
        pi["latest_charge"] = charge["id"]
        pi["payment_method"] = pm["id"]
        if decline is None:
            if pi["capture_method"] == "manual":
                pi.update(status="requires_capture", amount_capturable=pi["amount"])
            else:
                charge.update(captured=True, amount_captured=pi["amount"])
                pi.update(status="succeeded", amount_received=pi["amount"])
            pi["last_payment_error"] = None
            action.update(status="succeeded", failure_code=None, failure_message=None)
        else:
            charge.update(failure_code=decline.code, failure_message=decline.message)
            pi["payment_method"] = None
            error = StripeApiError(
                402,
                decline.message,
                type="card_error",
                code=decline.code,
                decline_code=decline.decline_code,
            ).body()["error"]
            pi["status"] = "requires_payment_method"
            pi["last_payment_error"] = {**error, "charge": charge["id"], "payment_method": pm}
            action.update(
                status="failed",
                failure_code=decline.code,
                failure_message=decline.message,
                api_error=error,
            )
        self._put(account, "charge", charge)


def _action_intent(reader: Obj) -> str | None:
    action = reader.get("action")
    if not action or action.get("type") != "process_payment_intent":
        return None
    intent: str = action["process_payment_intent"]["payment_intent"]
    return intent
