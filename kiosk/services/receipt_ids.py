"""Receipt ids, ``<TAG>-<seq>-<ID6>``: written by the kiosk's checkouts and the station's cash
sales, read back by the journal rebuilds to find their own orders in Final POS.

TAG is the till's name in capitals, letters and digits only, at most 8; seq the journal's
sequence number (six digits); ID6 the first six characters of the checkout (or sale) id. The
writers and the readers share these functions so a change to the format reaches both.
"""

from __future__ import annotations


def till_tag(name: str, fallback: str = "KIOSK") -> str:
    """The tag that starts a till's receipt ids; `fallback` when its name has no letters."""
    tag = "".join(ch for ch in name.upper() if ch.isalnum())
    return tag[:8] or fallback


def station_tag(name: str) -> str:
    """The tag of a checkout station's cash sales (written by `CashSales`, read by the cash
    rebuild): `till_tag` with STATION, not KIOSK, for a name without letters or digits."""
    return till_tag(name, fallback="STATION")


def receipt_id(tag: str, seq: int, checkout_id: str) -> str:
    return f"{tag}-{seq:06d}-{checkout_id[:6].upper()}"


def is_ours(receipt_id: str | None, checkout_id: str, tag: str) -> bool:
    """`receipt_id` was written by the till tagged `tag` for `checkout_id`."""
    if not receipt_id:
        return False
    parts = receipt_id.split("-")
    return len(parts) == 3 and parts[0] == tag and parts[2] == checkout_id[:6].upper()


def receipt_seq(receipt_id: str) -> int | None:
    """The journal sequence number a receipt id carries (None when it has none)."""
    parts = receipt_id.split("-")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None
