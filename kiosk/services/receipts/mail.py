"""The emailed receipt: a plain-text and an HTML part, sent through SMTP with aiosmtplib.

The customer's address is used for this one message and kept nowhere else: not in the journal,
not in logs (they show the domain only), not in the retry queue beyond the send.
"""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib

from kiosk.domain.receipt import Receipt
from kiosk.services.receipts.layout import Row, RowKind, Translate, render_text
from kiosk.services.receipts.outcomes import redacted, valid_email

__all__ = ["SmtpSender", "receipt_email", "redacted", "valid_email"]
from kiosk.services.receipts.settings import SmtpSettings, SmtpTls


def _html(rows: list[Row]) -> str:
    out = []
    for row in rows:
        left = html.escape(row.left)
        right = html.escape(row.right)
        weight = "font-weight:700;" if row.bold else ""
        pad = f"padding-left:{row.indent * 6}px;" if row.indent else ""
        if row.kind is RowKind.RULE:
            out.append(
                '<tr><td colspan="2"><hr style="border:0;border-top:1px dashed #999"></td></tr>'
            )
        elif row.kind is RowKind.BLANK:
            out.append('<tr><td colspan="2">&nbsp;</td></tr>')
        elif row.kind is RowKind.TITLE:
            out.append(
                f'<tr><td colspan="2" dir="auto" style="text-align:center;font-size:20px;'
                f'font-weight:700">{left}</td></tr>'
            )
        elif row.kind is RowKind.BIG:
            out.append(
                f'<tr><td colspan="2" style="text-align:center;font-size:40px;'
                f'font-weight:800">{left}</td></tr>'
            )
        elif row.kind is RowKind.CENTER:
            style = f"text-align:center;{weight}"
            out.append(f'<tr><td colspan="2" dir="auto" style="{style}">{left}</td></tr>')
        elif row.kind is RowKind.PAIR:
            out.append(
                f'<tr><td dir="auto" style="{weight}{pad}">{left}</td>'
                f'<td style="text-align:right;white-space:nowrap;{weight}">{right}</td></tr>'
            )
        else:
            out.append(f'<tr><td colspan="2" dir="auto" style="{weight}{pad}">{left}</td></tr>')
    body = "\n".join(out)
    return (
        '<!DOCTYPE html><html><body style="background:#f4f1ec;margin:0;padding:24px">'
        '<table role="presentation" style="max-width:420px;margin:0 auto;background:#fff;'
        "padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;"
        f'border-collapse:collapse;width:100%">{body}</table></body></html>'
    )


def receipt_email(
    receipt: Receipt,
    rows: list[Row],
    *,
    to: str,
    sender: str,
    translate: Translate,
) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = translate("Your receipt from {store}, order {number}").format(
        store=receipt.store.name, number=receipt.order_number
    )
    message["From"] = sender
    message["To"] = to.strip()
    message["Date"] = formatdate(receipt.created_at.timestamp(), localtime=True)
    message["Message-ID"] = make_msgid("receipt")
    message.set_content(render_text(rows, width=48))
    message.add_alternative(_html(rows), subtype="html")
    return message


class SmtpSender:
    """Sends one message per call (a kiosk sends a few an hour: no pooled connection)."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    async def send_async(self, message: EmailMessage) -> None:
        s = self.settings
        await aiosmtplib.send(
            message,
            hostname=s.host,
            port=s.port,
            username=s.username,
            password=s.password.get_secret_value() if s.password else None,
            use_tls=s.tls is SmtpTls.IMPLICIT,
            start_tls=s.tls is SmtpTls.STARTTLS,
            timeout=s.timeout_s,
        )
