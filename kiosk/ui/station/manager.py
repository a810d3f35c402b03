"""The PIN typed when the signed-in person may not do something alone (one rule, two uses).

A discount above the limit and a refund by someone without the refund permission both ask for
another person's PIN on the keypad (`StationState.pin_wanted`). `approver_async` checks it the
same way for both: the PIN must belong to someone who can sign in here (a PIN that would be
refused sign-in for its role still names its person) and who passes `allowed`; otherwise it
says why in the banner and returns no one.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.staff import SignInOutcome, StaffUser
from kiosk.ui.station.signin import SignInPort, sign_in_text
from kiosk.ui.station.state import MessageKind, StationState

_NAMED = (SignInOutcome.SIGNED_IN, SignInOutcome.NOT_ALLOWED)


async def approver_async(
    state: StationState,
    auth: SignInPort,
    *,
    allowed: Callable[[StaffUser], bool],
    refused: Callable[[StaffUser], str],
) -> tuple[StaffUser | None, SignInOutcome]:
    """Who the PIN on the keypad belongs to, if `allowed`; else (None, why) and a word said."""
    pin = state.take_pin()
    state.set_busy(True)
    try:
        result = await auth.sign_in_async(pin)
    finally:
        state.set_busy(False)
    if result.user is None or result.outcome not in _NAMED:
        state.say(sign_in_text(result), MessageKind.ERROR)
        return None, result.outcome
    if not allowed(result.user):
        state.say(refused(result.user), MessageKind.ERROR)
        return None, SignInOutcome.NOT_ALLOWED
    return result.user, result.outcome
