"""Stripe's objects read into the gateway's types: PaymentIntents, charges, readers.

A field Stripe sends malformed fails as `PaymentError` ``malformed_response`` (retryable),
never as a KeyError deep inside a payment.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from kiosk.payments.gateway import (
    CardDetails,
    IntentState,
    PaymentError,
    ReaderInfo,
)


def _as_dict(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, dict):
        return obj
    result: dict[str, Any] = obj.to_dict()
    return result


def _malformed(what: str) -> PaymentError:
    return PaymentError(
        f"Stripe sent a malformed {what}", retryable=True, code="malformed_response"
    )


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _card_details(charge: Mapping[str, Any]) -> CardDetails | None:
    """The card-present details Stripe puts on the charge (None when it has none)."""
    details = (charge.get("payment_method_details") or {}).get("card_present")
    if not isinstance(details, dict):
        return None
    receipt = details.get("receipt") or {}
    if not isinstance(receipt, dict):
        receipt = {}
    return CardDetails(
        brand=_opt_str(details.get("brand")),
        last4=_opt_str(details.get("last4")),
        entry_mode=_opt_str(details.get("read_method")),
        application_name=_opt_str(receipt.get("application_preferred_name")),
        aid=_opt_str(receipt.get("dedicated_file_name")),
        authorization_code=_opt_str(receipt.get("authorization_code")),
        authorization_response_code=_opt_str(receipt.get("authorization_response_code")),
        account_type=_opt_str(receipt.get("account_type")),
    )


def _intent_state(pi: dict[str, Any]) -> IntentState:
    """`IntentState` from a PaymentIntent; refunds and card come from ``latest_charge`` when
    it is expanded (`StripeTerminalGateway` always asks for that)."""
    try:
        error = pi.get("last_payment_error") or {}
        charge = pi.get("latest_charge")
        charge = charge if isinstance(charge, dict) else {}
        created = pi.get("created")
        return IntentState(
            id=str(pi["id"]),
            status=str(pi["status"]),
            amount_minor=int(pi["amount"]),
            amount_received_minor=int(pi.get("amount_received") or 0),
            currency=str(pi["currency"]),
            metadata=MappingProxyType(
                {str(k): str(v) for k, v in (pi.get("metadata") or {}).items()}
            ),
            last_error_code=error.get("code"),
            last_error_message=error.get("message"),
            amount_capturable_minor=int(pi.get("amount_capturable") or 0),
            amount_refunded_minor=int(charge.get("amount_refunded") or 0),
            created=created if isinstance(created, int) and not isinstance(created, bool) else None,
            card=_card_details(charge),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _malformed("PaymentIntent") from None


def _reader_info(reader: dict[str, Any]) -> ReaderInfo:
    try:
        location = reader.get("location")
        if isinstance(location, dict):
            location = location.get("id")
        seen = reader.get("last_seen_at")
        action = reader.get("action") or {}
        return ReaderInfo(
            id=str(reader["id"]),
            label=_opt_str(reader.get("label")),
            status=_opt_str(reader.get("status")),
            location_id=_opt_str(location),
            device_type=_opt_str(reader.get("device_type")),
            last_seen_at=int(seen) // 1000 if isinstance(seen, int) else None,
            action_status=_opt_str(action.get("status")),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _malformed("Terminal reader") from None


def _our_action(reader: dict[str, Any], intent_id: str) -> dict[str, Any] | None:
    """The reader's action when it is a payment of `intent_id` (else None: not ours)."""
    action = reader.get("action")
    if not action or action.get("type") != "process_payment_intent":
        return None
    target = (action.get("process_payment_intent") or {}).get("payment_intent")
    if isinstance(target, dict):  # expanded
        target = target.get("id")
    return action if target == intent_id else None
