"""Why ordering is paused: reason codes from the backend loops, worded for staff here.

Several things can pause ordering at once (Final POS unreachable, the reader offline, an
installation Final POS does not confirm); ordering resumes only when every one has cleared.
The customer sees one calm sentence (`AppViewModel.pausedText`); staff see these reasons.
"""

from __future__ import annotations

from enum import StrEnum

from kiosk.ui.i18n import tr, tr_noop


class PauseCode(StrEnum):
    FINALPOS_UNREACHABLE = "finalpos_unreachable"
    FINALPOS_AUTH = "finalpos_auth_refused"
    INSTALLATION = "installation"  # detail: an InstallationProblem value
    INSTALLATION_UNKNOWN = "installation_unknown"  # not read from Final POS yet
    READER_MISSING = "reader_missing"
    READER_OFFLINE = "reader_offline"  # detail: the reader's label
    READER_REFUSED = "reader_refused"  # Stripe refused (key, permission, account): detail code
    STRIPE_UNREACHABLE = "stripe_unreachable"
    STAFF = "staff"  # paused by a member of staff


_INSTALLATION = {
    "finalpos_auth_refused": tr_noop("Final POS refused the API key (check finalpos_api_key)"),
    "finalpos_unreachable": tr_noop("Final POS cannot be reached"),
    "finalpos_error": tr_noop("Final POS refused to describe this outlet or station"),
    "outlet_missing": tr_noop(
        "the configured outlet does not exist in Final POS (check outlet_id)"
    ),
    "station_missing": tr_noop(
        "the configured station does not exist in Final POS (check station_id)"
    ),
    "station_other_outlet": tr_noop("the station belongs to another outlet (check station_id)"),
    "no_reader": tr_noop("the station has no card reader"),
}


def staff_reason(code: PauseCode, detail: str = "") -> str:
    """One short sentence for staff (never a key, never a stack trace)."""
    if code is PauseCode.FINALPOS_UNREACHABLE:
        return tr("Final POS unreachable ({detail})", detail=detail or "network")
    if code is PauseCode.FINALPOS_AUTH:
        return tr("Final POS refused the API key: run kiosk check")
    if code is PauseCode.INSTALLATION:
        return tr(_INSTALLATION.get(detail, "the installation could not be read from Final POS"))
    if code is PauseCode.INSTALLATION_UNKNOWN:
        return tr("waiting for Final POS to confirm this outlet and station")
    if code is PauseCode.READER_MISSING:
        return tr("no card reader is set for this station: run kiosk setup")
    if code is PauseCode.READER_OFFLINE:
        return tr("the card reader {name} is offline", name=detail)
    if code is PauseCode.READER_REFUSED:
        return tr(
            "Stripe refused access to the card reader ({detail}): run kiosk check",
            detail=detail or "error",
        )
    if code is PauseCode.STRIPE_UNREACHABLE:
        return tr("Stripe cannot be reached")
    return tr("paused by staff")


class PauseReasons:
    """The set of active pause reasons, in the order they arose."""

    def __init__(self) -> None:
        self._active: dict[PauseCode, str] = {}

    def set(self, code: PauseCode, detail: str = "") -> None:
        self._active[code] = detail

    def clear(self, *codes: PauseCode) -> None:
        for code in codes:
            self._active.pop(code, None)

    def __bool__(self) -> bool:
        return bool(self._active)

    def __contains__(self, code: object) -> bool:
        return code in self._active

    def codes(self) -> list[PauseCode]:
        return list(self._active)

    def describe(self) -> str:
        return "; ".join(staff_reason(code, detail) for code, detail in self._active.items())
