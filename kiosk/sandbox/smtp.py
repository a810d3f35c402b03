"""An SMTP server stand-in on loopback (aiosmtpd) that keeps every message for inspection.

Demo mode and staff training send emailed receipts here instead of to a real mail server;
tests read `messages` to check what a customer would get. `refuse_next` makes the next N
deliveries fail with ``451`` (a temporary failure), for the kiosk's retries. AUTH PLAIN/LOGIN
is accepted for the demo user without TLS (loopback only), so a kiosk configured with a
username exercises the same login path as against a real server.
"""

from __future__ import annotations

import email
import email.policy
import logging
import socket
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from kiosk.sandbox.arrivals import Arrivals

DEMO_USERNAME = "kiosk"
DEMO_PASSWORD = "demo-smtp-password"  # noqa: S105 - valid only against this loopback stand-in
DEMO_FROM = "receipts@demo-cafe.example"


class _QuietLegacyLogin(logging.Filter):
    """aiosmtpd 1.4 warns about its own use of ``Session.login_data`` on every AUTH."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_QuietLegacyLogin())


@dataclass(frozen=True)
class ReceivedMail:
    sender: str
    recipients: tuple[str, ...]
    message: EmailMessage
    received_at: float

    def part(self, subtype: str) -> str:
        """The text of the ``text/<subtype>`` part ("plain" or "html")."""
        body = self.message.get_body(preferencelist=(subtype,))
        if body is None or body.get_content_subtype() != subtype:
            raise KeyError(f"no text/{subtype} part")
        content = body.get_content()
        return str(content)


class _Handler:
    def __init__(self, owner: SmtpStandIn) -> None:
        self._owner = owner

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        return self._owner._deliver(envelope)


def _authenticate(
    server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == DEMO_USERNAME.encode()
        and auth_data.password == DEMO_PASSWORD.encode()
    )
    return AuthResult(success=ok)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class SmtpStandIn:
    """``with SmtpStandIn() as smtp: smtp.port, smtp.messages``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self.refuse_next = 0
        self._messages: Arrivals[ReceivedMail] = Arrivals("messages")
        self._controller = Controller(
            _Handler(self),
            hostname=host,
            port=self.port,
            authenticator=_authenticate,
            auth_require_tls=False,
        )

    def start(self) -> SmtpStandIn:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def messages(self) -> list[ReceivedMail]:
        return self._messages.copy()

    def wait_for_messages(self, count: int, timeout_s: float = 10.0) -> list[ReceivedMail]:
        return self._messages.wait_for(count, timeout_s)

    def _deliver(self, envelope: Envelope) -> str:
        with self._messages.adding() as messages:
            if self.refuse_next > 0:
                self.refuse_next -= 1
                return "451 4.3.0 Try again later (stand-in refusing on purpose)"
            raw = envelope.original_content or envelope.content or b""
            data = raw if isinstance(raw, bytes) else raw.encode()
            message = email.message_from_bytes(data, policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            messages.append(
                ReceivedMail(
                    sender=str(envelope.mail_from),
                    recipients=tuple(envelope.rcpt_tos),
                    message=message,
                    received_at=time.time(),
                )
            )
        return "250 Message accepted for delivery"
