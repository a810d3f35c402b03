"""`kiosk check`'s remote checks, read-only: Final POS (key, outlet, station) and Stripe (key,
write access, Terminal location, reader). Each problem code becomes one line and its fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.admin.check_report import Report

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.installation import Installation
    from kiosk.payments.stripe_terminal import StripeTerminalGateway


async def check_finalpos(report: Report, backend: Backend) -> Installation | None:
    from kiosk.installation import InstallationError, InstallationProblem

    settings = backend.settings
    try:
        installation = await backend.resolve_async()
    except InstallationError as exc:
        problem = exc.problem
        if problem is InstallationProblem.FINALPOS_AUTH:
            report.add(
                "finalpos",
                False,
                f"Final POS at {settings.finalpos_url} refused the API key",
                "create a new key in Final POS (Manage → Settings → API Keys) and run "
                "kiosk setup, or set finalpos_api_key (KIOSK_FINALPOS_API_KEY)",
            )
        elif problem in (InstallationProblem.FINALPOS_UNREACHABLE,):
            report.add(
                "finalpos",
                False,
                f"Final POS at {settings.finalpos_url} cannot be reached: {exc}",
                "check the network, or finalpos_url (KIOSK_FINALPOS_URL)",
            )
        elif problem is InstallationProblem.OUTLET_MISSING:
            report.add("finalpos", True, "Final POS reachable, key accepted")
            report.add(
                "outlet",
                False,
                f"outlet {settings.outlet_id} does not exist in this company",
                "run kiosk setup to choose the outlet, or fix outlet_id (KIOSK_OUTLET_ID)",
            )
        elif problem in (
            InstallationProblem.STATION_MISSING,
            InstallationProblem.STATION_OTHER_OUTLET,
        ):
            report.add("finalpos", True, "Final POS reachable, key accepted")
            report.add("outlet", True, f"outlet {settings.outlet_id} exists")
            report.add(
                "station",
                False,
                str(exc),
                "run kiosk setup to choose this outlet's station, or fix station_id "
                "(KIOSK_STATION_ID)",
            )
        else:
            report.add("finalpos", False, str(exc), "run kiosk check again; see the kiosk log")
        return None
    report.add("finalpos", True, f"Final POS at {settings.finalpos_url} reachable, key accepted")
    report.add("outlet", True, f"outlet {installation.outlet_name or installation.outlet_id}")
    report.add(
        "station",
        True,
        f"station {installation.station_name or installation.station_id} belongs to the outlet",
    )
    report.resolved.update(
        stripe_account=installation.stripe_account,
        location_id=installation.location_id,
        reader_id=installation.reader_id,
    )
    return installation


_STRIPE_FIX = {
    "authentication_error": "create a restricted key in the Stripe Dashboard (see the README's "
    "permissions) and run kiosk setup, or set stripe_api_key (KIOSK_STRIPE_API_KEY)",
    "permission_error": "give the restricted key the permissions listed in the README "
    "(PaymentIntents write, Terminal readers write, Terminal locations read, Refunds write)",
}


async def check_stripe(report: Report, backend: Backend, installation: Installation) -> None:
    from kiosk.payments.gateway import PaymentError

    gateway = backend.gateway
    assert gateway is not None
    account = installation.stripe_account or "(the key's own account)"
    location_id = installation.location_id
    if not location_id:
        report.add("stripe", True, "Stripe not asked yet")
        report.add(
            "location",
            False,
            f"outlet {installation.outlet_id} has no Stripe Terminal location (stripe.locationId)",
            "set the outlet's Stripe location in Final POS",
        )
        return
    try:
        location = await gateway.retrieve_location_async(location_id)
        await gateway.list_readers_async(location_id=location_id)
    except PaymentError as exc:
        _stripe_failure(report, exc, account, f"location {location_id}")
        return
    report.add("stripe", True, f"Stripe key accepted on account {account}")
    await _check_write_access(report, gateway, installation.reader_id)
    report.add("location", True, f"location {location.display_name or location.id}")
    reader_id = installation.reader_id
    if not reader_id:
        report.add(
            "reader",
            False,
            f"station {installation.station_id} names no reader (stripeTerminalId)",
            "run kiosk setup to choose this station's reader",
        )
        return
    try:
        reader = await gateway.retrieve_reader_async(reader_id)
    except PaymentError as exc:
        if exc.code == "resource_missing":
            report.add(
                "reader",
                False,
                f"reader {reader_id} is not registered on account {account}",
                "register the reader at the outlet's location, or run kiosk setup",
            )
        else:
            _stripe_failure(report, exc, account, f"reader {reader_id}")
        return
    name = reader.label or reader.id
    if reader.location_id and reader.location_id != location_id:
        report.add(
            "reader",
            False,
            f"reader {name} is registered at location {reader.location_id}, not {location_id}",
            "move the reader to the outlet's location in the Stripe Dashboard",
        )
    elif reader.status != "online":
        report.add(
            "reader",
            False,
            f"reader {name} is {reader.status or 'not reporting'}",
            "switch the reader on and connect it to the network (Ethernet or Wi-Fi)",
        )
    else:
        report.add("reader", True, f"reader {name} is online at the location")


async def _check_write_access(
    report: Report, gateway: StripeTerminalGateway, reader_id: str | None
) -> None:
    """The key's write permissions, probed without side effects (see `stripe_terminal.probe`)."""
    from kiosk.payments.stripe_terminal.probe import Access

    probes = await gateway.write_access_async(reader_id)
    refused = [p.resource for p in probes if p.access is Access.REFUSED]
    unknown = [p.resource for p in probes if p.access is Access.UNKNOWN]
    names = ", ".join(p.resource for p in probes)
    if refused:
        report.add(
            "stripe_write",
            False,
            f"the Stripe key may not write {', '.join(refused)}: payments or refunds would fail",
            "give the restricted key Write on " + ", ".join(refused) + " in the Stripe Dashboard "
            "(Developers, API keys), or use a key that has it (stripe_api_key)",
        )
    elif unknown:
        report.add(
            "stripe_write",
            False,
            f"could not ask Stripe about write access to {', '.join(unknown)}",
            "check the network and run kiosk check again",
        )
    else:
        report.add("stripe_write", True, f"the Stripe key may write {names}")


def _stripe_failure(report: Report, exc: Exception, account: str, what: str) -> None:
    code = getattr(exc, "code", None) or ""
    if code == "authentication_error":
        report.add("stripe", False, "Stripe refused the API key", _STRIPE_FIX[code])
    elif code == "permission_error":
        report.add("stripe", False, f"the Stripe key lacks a permission: {exc}", _STRIPE_FIX[code])
    elif code == "resource_missing":
        report.add("stripe", True, f"Stripe key accepted on account {account}")
        report.add(
            "location",
            False,
            f"{what} does not exist on account {account}",
            "set the outlet's Stripe location in Final POS to a location of its account",
        )
    elif getattr(exc, "retryable", False):
        report.add(
            "stripe", False, f"Stripe cannot be reached: {exc}", "check the network and retry"
        )
    else:
        report.add(
            "stripe",
            False,
            f"Stripe refused access to account {account}: {exc}",
            "check that the key belongs to the platform the outlet's account is connected to",
        )
