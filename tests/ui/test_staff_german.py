"""Every staff screen in German, in both orientations, with real data on them (an order, a
refund, an attention item): no text that Qt elided or that is wider than its box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.i18n import set_language
from kiosk.ui.staff import screenshots as staff_screenshots
from kiosk.ui.staff.screenshots import SCREENS, render_staff_screenshots_async
from kiosk.ui.view import PORTRAIT, KioskView
from tests.staff.refund_harness import paid_checkout
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, price
from tests.ui.staff_fixtures import StaffRig, rig, staff_stack
from tests.ui.still import hold_still
from tests.ui.test_language import clipped, shown_text

__all__ = ["rig", "staff_stack"]


@pytest.fixture
def vms(checkout: FakeCheckoutService, image_dir: Path) -> Iterator[ViewModels]:
    """A store whose language is German (the rig's staff mode is attached to it)."""
    built = build_view_models(
        currency="EUR",
        locale="de_DE",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=3,
        confirmation_s=30,
    )
    yield built
    built.dispose()
    set_language("en")  # the translator is application-wide


async def test_no_german_text_is_clipped_on_the_staff_screens(
    rig: StaffRig, vms: ViewModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Still screens are laid out by the grab each shot takes: no fixed settle for this walk.
    monkeypatch.setattr(staff_screenshots, "SETTLE_S", 0.0)
    services = rig.built.services
    await paid_checkout(services, 1)
    stuck = await paid_checkout(services, 0)  # then cancelled in the back office: attention
    order_id = services.journal.get(stuck).order_id
    assert order_id is not None
    await services.finalpos.update_order(order_id, m.OrderUpdate(status="cancelled"))
    services.journal.record(stuck, Step.CAPTURED)
    await services.recovery.recover_async()
    view = KioskView(vms.app, size=PORTRAIT)
    view.window.show()
    hold_still(view)
    problems: dict[str, list[str]] = {}
    shown: set[str] = set()

    def look(screen: str, orientation: str) -> None:
        shown.update(shown_text(view))
        if found := clipped(view):
            problems[f"{screen}-{orientation}"] = found

    try:
        written = await render_staff_screenshots_async(vms, view, tmp_path, on_shot=look)
        assert len(written) == 2 * len(SCREENS)
        assert view.warnings == []
    finally:
        view.close()
    assert vms.app.language.current == "de"
    # German on every kind of screen, with the data the screens are for
    for german in ("Geben Sie Ihre Personal-PIN ein", "Kassensitzung", "Bestellung", "Erstatten"):
        assert any(german in text for text in shown), german
    assert any(t.startswith("Bestellung ") and t.endswith(" erstatten") for t in shown)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
