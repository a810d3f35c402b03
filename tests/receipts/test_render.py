"""Receipts rendered to text from a table of orders: every number adds up and matches Stripe.

Each order is priced by the domain (`price_cart`, the one tax rule), journaled as the checkout
journals it, and its receipt is built both from the `Totals` and from the journaled order body;
the two must agree, and the rendered text must show every line, every tax and the total that
the PaymentIntent charges.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.pricing import TaxRate, Totals
from kiosk.domain.receipt import CardPayment, Receipt, receipt_from_totals
from kiosk.payments.gateway import IntentState
from kiosk.services.receipts.build import card_payment, receipt_from_entry
from kiosk.services.receipts.layout import (
    MoneyFormat,
    columns,
    kitchen_rows,
    qr_text,
    receipt_rows,
    render_lines,
    render_text,
)
from tests.receipts.helpers import (
    STORE,
    VISA,
    WHEN,
    journaled,
    line,
    open_journal,
    payment,
    priced,
    rate,
)

LONG = (
    "Extra-large seasonal pumpkin spice oat-milk latte with cinnamon dusting and a "
    "second shot of single-origin espresso"
)
ORDERS: dict[str, tuple[str, str, Totals]] = {
    "eur-inclusive-two-tables": (
        "EUR",
        "en_GB",
        priced(
            "EUR",
            [rate("std", "20"), rate("reduced", "10")],
            [
                line(1, "Flat white", 350, 2, "std", ("Large", "Oat")),
                line(2, "Croissant", 300, 1, "reduced"),
                line(3, "Orange juice", 275, 3, "std"),
            ],
        ),
    ),
    "usd-exclusive-sales-tax": (
        "USD",
        "en_US",
        priced(
            "USD",
            [rate("NY sales tax", "8.875", inclusive=False)],
            [line(1, "Bagel", 425, 2), line(2, "Cold brew", 550, 1)],
        ),
    ),
    "jpy-zero-decimal": (
        "JPY",
        "ja_JP",
        priced(
            "JPY",
            [rate("消費税", "10"), rate("軽減税率", "8")],
            [
                line(1, "抹茶ラテ", 580, 2, "消費税", ("ホット",)),
                line(2, "どら焼き（北海道産小豆使用）とても長い商品名です", 320, 1, "軽減税率"),
            ],
        ),
    ),
    "long-names": (
        "GBP",
        "en_GB",
        priced("GBP", [rate("VAT", "20")], [line(1, LONG, 595, 1), line(2, "Tea", 250, 12)]),
    ),
    "rtl-names": (
        "ILS",
        "he_IL",
        priced(
            "ILS",
            [rate("מע״מ", "17")],
            [line(1, "קפה הפוך גדול", 1600, 1), line(2, "كعكة بالتمر", 1250, 2)],
        ),
    ),
    "kwd-three-decimals-exclusive": (
        "KWD",
        "en_GB",
        priced("KWD", [rate("VAT", "5", inclusive=False)], [line(1, "Karak tea", 1250, 3)]),
    ),
}


def _discounted(totals: Totals, discount_minor: int) -> Totals:
    return replace(
        totals, discount_minor=discount_minor, total_minor=totals.total_minor - discount_minor
    )


ORDERS["eur-discount"] = (
    "EUR",
    "de_DE",
    _discounted(ORDERS["eur-inclusive-two-tables"][2], 150),
)


def _receipt(totals: Totals, **extra: object) -> Receipt:
    return receipt_from_totals(
        totals,
        store=STORE,
        order_number="A042",
        receipt_id="KIOSK1-000042-C0FFEE",
        created_at=WHEN,
        order_type="take_away",
        station="Kiosk 1",
        session="ses_1",
        payment=payment(totals),
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_every_total_matches_the_order_and_the_stripe_amount(name: str) -> None:
    currency, locale, totals = ORDERS[name]
    receipt = _receipt(totals)
    assert receipt.problems() == []
    # What the PaymentIntent is created for (CheckoutService: amount_minor=totals.total_minor)
    # is what the receipt totals and what the card block says was paid.
    assert receipt.total_minor == totals.total_minor == receipt.payment.amount_minor  # type: ignore[union-attr]
    text = render_text(receipt_rows(receipt, locale=locale))
    fmt = MoneyFormat(locale, currency)
    total_line = next(ln for ln in text.splitlines() if ln.startswith("TOTAL"))
    assert total_line.endswith(fmt(totals.total_minor))
    for priced_line in totals.lines:
        assert fmt(priced_line.gross_minor) in text
    for tax in totals.taxes:
        assert any(
            ln.endswith(fmt(tax.amount_minor)) and tax.name in ln for ln in text.splitlines()
        ), tax.name
    if totals.discount_minor:
        assert fmt(-totals.discount_minor) in text
    assert "**** 4242" in text and "123456" in text and "A0000000031010" in text


# The kiosk's pricing makes no discounts, so no journaled order body carries one.
@pytest.mark.parametrize("name", sorted(n for n in ORDERS if not ORDERS[n][2].discount_minor))
def test_the_receipt_from_the_journaled_order_equals_the_one_from_totals(
    name: str, tmp_path: Path
) -> None:
    _currency, _locale, totals = ORDERS[name]
    with open_journal(tmp_path) as journal:
        entry = journaled(journal, totals)
        from_entry = receipt_from_entry(
            entry,
            store=STORE,
            payment=payment(totals),
            rates={t.name: TaxRate(t.name, t.rate, t.inclusive) for t in totals.taxes},
        )
    from_totals = _receipt(totals)
    assert from_entry.problems() == []
    for attribute in ("subtotal_minor", "tax_minor", "total_minor", "discount_minor", "currency"):
        assert getattr(from_entry, attribute) == getattr(from_totals, attribute), attribute
    assert [(t.name, t.amount_minor, t.inclusive) for t in from_entry.taxes] == [
        (t.name, t.amount_minor, t.inclusive) for t in from_totals.taxes
    ]
    assert [(ln.quantity, ln.total_minor, ln.unit_price_minor) for ln in from_entry.lines] == [
        (ln.quantity, ln.total_minor, ln.unit_price_minor) for ln in from_totals.lines
    ]
    assert from_entry.order_type == "take_away" and from_entry.station == "Kiosk 1"
    assert from_entry.order_number == entry.order_number


@pytest.mark.parametrize("name", sorted(ORDERS))
@pytest.mark.parametrize("width", [32, 42, 48])
def test_text_fits_the_paper_and_loses_no_words(name: str, width: int) -> None:
    _currency, locale, totals = ORDERS[name]
    receipt = _receipt(totals)
    lines = render_lines(receipt_rows(receipt, locale=locale), width)
    assert all(columns(ln) <= width for ln in lines), [ln for ln in lines if columns(ln) > width]
    # Wrapped, a name's characters still follow one another (the amount ends its last line).
    squeezed = "".join("".join(lines).split())
    for item in receipt.lines:
        assert "".join(item.name.split()) in squeezed, item.name


def test_rtl_names_stay_in_reading_order_and_amounts_stay_in_their_column() -> None:
    _currency, locale, totals = ORDERS["rtl-names"]
    text = render_text(receipt_rows(_receipt(totals), locale=locale))
    row = next(ln for ln in text.splitlines() if "קפה הפוך גדול" in ln)
    assert row.startswith("1 x קפה הפוך גדול")  # logical order, as stored
    assert row.endswith(MoneyFormat(locale, "ILS")(1600))


def test_zero_decimal_currency_shows_no_minor_digits() -> None:
    _currency, locale, totals = ORDERS["jpy-zero-decimal"]
    text = render_text(receipt_rows(_receipt(totals), locale=locale))
    total = MoneyFormat(locale, "JPY")(totals.total_minor)
    assert total.endswith(f"{totals.total_minor:,}") and "." not in total
    assert total in text


def test_a_card_without_receipt_fields_prints_what_there_is() -> None:
    totals = ORDERS["eur-inclusive-two-tables"][2]
    bare = CardPayment(amount_minor=totals.total_minor, brand="mastercard", last4="4444")
    text = render_text(receipt_rows(replace(_receipt(totals), payment=bare)))
    assert "Mastercard **** 4444" in text
    assert "AID" not in text and "Auth code" not in text and "Application" not in text
    none = render_text(receipt_rows(replace(_receipt(totals), payment=None)))
    assert "Paid by card" not in none and "TOTAL" in none


def test_card_details_come_from_the_intent_and_never_more_than_last4() -> None:
    intent = IntentState(
        id="pi_1", status="succeeded", amount_minor=1234, amount_received_minor=1234,
        currency="eur", card=VISA,
    )  # fmt: skip
    paid = card_payment(intent, amount_minor=1234)
    assert paid is not None
    assert (paid.last4, paid.aid, paid.authorization_code, paid.reference) == (
        "4242", "A0000000031010", "123456", "pi_1",
    )  # fmt: skip
    with pytest.raises(ValueError, match="last 4"):
        CardPayment(amount_minor=1, last4="4242424242424242")


def test_inconsistent_arithmetic_is_reported() -> None:
    totals = ORDERS["usd-exclusive-sales-tax"][2]
    wrong = replace(_receipt(totals), total_minor=totals.total_minor + 1)
    assert any("total" in problem for problem in wrong.problems())
    overpaid = replace(_receipt(totals), payment=CardPayment(amount_minor=1))
    assert any("card paid" in problem for problem in overpaid.problems())


def test_kitchen_ticket_groups_by_category_with_notes_in_bold() -> None:
    totals = ORDERS["eur-inclusive-two-tables"][2]
    receipt = _receipt(totals, categories={"p1": "Coffee", "p2": "Bakery", "p3": "Coffee"})
    receipt = replace(
        receipt, lines=(replace(receipt.lines[0], note="extra hot"), *receipt.lines[1:])
    )
    rows = kitchen_rows(receipt)
    text = render_text(rows)
    assert text.index("COFFEE") < text.index("Flat white") < text.index("Orange juice")
    assert text.index("Orange juice") < text.index("BAKERY") < text.index("Croissant")
    assert any(r.left == "extra hot" and r.bold for r in rows)
    assert "€" not in text  # the kitchen needs no prices


def test_qr_text_is_proof_of_payment() -> None:
    totals = ORDERS["eur-inclusive-two-tables"][2]
    payload = qr_text(_receipt(totals))
    assert "Order A042" in payload and MoneyFormat("en_GB", "EUR")(totals.total_minor) in payload
    assert "**** 4242" in payload and "4242424242" not in payload
