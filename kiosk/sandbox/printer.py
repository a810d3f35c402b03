"""An ESC/POS receipt printer stand-in on loopback: keeps each job as bytes, text and a PNG.

It listens like a network printer (raw TCP, "port 9100" printing; here a free port on
127.0.0.1), interprets the ESC/POS the kiosk sends (`escpos.py`: text, code page, bold,
alignment, character size, raster images, cuts) and keeps every job: the raw bytes, a text
rendering (for tests) and a PNG that looks like the paper (`paper.py`, for the README and for
staff training). `ReceiptStandIns` starts the receipt and kitchen printers with the SMTP
stand-in for demo mode, `kiosk sandbox` and tests.

Switches, as on a real printer:

- `paper_out`: the real-time status query ``DLE EOT 4`` answers 0x7E (paper end, bits 5 and
  6, plus near end), ``DLE EOT 1`` reports offline (bit 3), and print data is discarded, as
  an Epson TM printer does with an empty roll;
- `paper_low`: near end only (bits 2 and 3): it still prints;
- `cover_open`: ``DLE EOT 1`` reports offline, data is discarded;
- `offline`: switched off or unplugged: connections are refused;
- `slow_s`: a pause before each chunk is taken, like a busy printer's full buffer.

A connection that only asks for status leaves no job.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.sandbox.arrivals import Arrivals
from kiosk.sandbox.escpos import EscPosInterpreter
from kiosk.sandbox.paper import PaperImage, PaperLine, PrintJob

__all__ = [  # the paper and the interpreter, long found here too
    "EscPosInterpreter",
    "PaperImage",
    "PaperLine",
    "PrintJob",
    "PrinterStandIn",
    "ReceiptStandIns",
    "start_receipt_standins",
]

log = logging.getLogger(__name__)


class PrinterStandIn:
    """The stand-in printer server; ``with PrinterStandIn() as printer: printer.port``."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, jobs_dir: Path | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.jobs_dir = jobs_dir
        self.paper_out = False
        self.paper_low = False
        self.cover_open = False
        self.slow_s = 0.0
        self.discarded = 0  # jobs sent while the printer could not print
        self._offline = False
        self._jobs: Arrivals[PrintJob] = Arrivals("print jobs")
        self._server: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._running = False

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> PrinterStandIn:
        self._running = True
        self._listen()
        return self

    def stop(self) -> None:
        self._running = False
        self._close_listener()

    def __enter__(self) -> PrinterStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def offline(self) -> bool:
        return self._offline

    @offline.setter
    def offline(self, value: bool) -> None:
        """Switched off: refuse connections (the port stays ours to come back on)."""
        if value == self._offline:
            return
        self._offline = value
        if value:
            self._close_listener()
        elif self._running:
            self._listen()

    # -- jobs ---------------------------------------------------------------------------
    @property
    def jobs(self) -> list[PrintJob]:
        return self._jobs.copy()

    def wait_for_jobs(self, count: int, timeout_s: float = 10.0) -> list[PrintJob]:
        return self._jobs.wait_for(count, timeout_s)

    def clear(self) -> None:
        self._jobs.clear()

    # -- internals ----------------------------------------------------------------------
    def _status(self, n: int) -> int:
        if n == 4:  # paper roll sensor
            if self.paper_out:
                return 0x7E
            return 0x1E if self.paper_low else 0x12
        if n == 1:  # printer status: bit 3 offline
            return 0x1E if (self.paper_out or self.cover_open) else 0x16
        if n == 2:  # offline cause: bit 2 cover open, bit 5 paper end stop
            return 0x12 | (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
        return 0x12

    def _listen(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((self.host, self.port))
        server.listen(8)
        self.port = server.getsockname()[1]
        self._server = server
        self._thread = threading.Thread(
            target=self._accept, args=(server,), name="printer-standin", daemon=True
        )
        self._thread.start()

    def _close_listener(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            with contextlib.suppress(OSError):
                server.shutdown(socket.SHUT_RDWR)
            server.close()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(
                target=self._serve, args=(conn,), name="printer-standin-job", daemon=True
            ).start()

    def _serve(self, conn: socket.socket) -> None:
        job = PrintJob(number=0, received_at=time.time(), raw=b"")
        interpreter = EscPosInterpreter(job, self._status)
        raw = bytearray()
        could_print = True
        conn.settimeout(30)
        with conn:
            while True:
                try:
                    data = conn.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                if self.slow_s:
                    time.sleep(self.slow_s)
                could_print = could_print and not (self.paper_out or self.cover_open)
                raw += data
                answer = interpreter.feed(data)
                if answer:
                    with contextlib.suppress(OSError):
                        conn.sendall(answer)
        interpreter.close()
        if not interpreter.printable:
            return
        if not could_print:
            self.discarded += 1
            log.info("printer stand-in: job discarded (paper out or cover open)")
            return
        with self._jobs.adding() as jobs:  # saved before it is published: a waiter finds its files
            job.number = len(jobs) + 1
            job.raw = bytes(raw)
            if self.jobs_dir is not None:
                self._save(job)
            jobs.append(job)

    def _save(self, job: PrintJob) -> None:
        assert self.jobs_dir is not None
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        stem = self.jobs_dir / f"job-{job.number:04d}"
        stem.with_suffix(".bin").write_bytes(job.raw)
        stem.with_suffix(".txt").write_text(job.text, encoding="utf-8")
        job.png().save(stem.with_suffix(".png"))


@dataclass
class ReceiptStandIns:
    """The receipt printer, the kitchen printer and the SMTP server, started together."""

    printer: PrinterStandIn
    kitchen: PrinterStandIn | None
    smtp: Any  # kiosk.sandbox.smtp.SmtpStandIn (imported lazily: aiosmtpd is a sandbox dep)

    def settings(self) -> dict[str, Any]:
        """Receipt settings pointing at these stand-ins (``ReceiptSettings.model_validate``)."""
        from kiosk.sandbox import smtp

        found: dict[str, Any] = {
            "printer": {"kind": "network", "host": self.printer.host, "port": self.printer.port},
            "smtp": {
                "host": self.smtp.host,
                "port": self.smtp.port,
                "tls": "none",
                "username": smtp.DEMO_USERNAME,
                "password": smtp.DEMO_PASSWORD,
                "from_address": smtp.DEMO_FROM,
            },
            "retry_interval_s": 5.0,
        }
        if self.kitchen is not None:
            found["kitchen_printer"] = {
                "kind": "network",
                "host": self.kitchen.host,
                "port": self.kitchen.port,
            }
        return found

    def describe(self) -> list[str]:
        """One line per stand-in, for `kiosk sandbox` to print."""
        lines = [f"receipt printer (ESC/POS): tcp://{self.printer.address}"]
        if self.kitchen is not None:
            lines.append(f"kitchen printer (ESC/POS): tcp://{self.kitchen.address}")
        lines.append(f"mail server (SMTP):        smtp://{self.smtp.address}")
        if self.printer.jobs_dir is not None:
            lines.append(f"printed jobs:              {self.printer.jobs_dir}")
        return lines

    def stop(self) -> None:
        self.smtp.stop()
        if self.kitchen is not None:
            self.kitchen.stop()
        self.printer.stop()

    def __enter__(self) -> ReceiptStandIns:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_receipt_standins(
    data_dir: Path | None = None,
    *,
    kitchen: bool = True,
    printer_port: int = 0,
    kitchen_port: int = 0,
    smtp_port: int = 0,
) -> ReceiptStandIns:
    """Start the printer(s) and the SMTP stand-in on loopback (demo mode, `kiosk sandbox`).

    With `data_dir`, every job is also saved as ``printer-jobs/job-NNNN.{bin,txt,png}``
    (kitchen tickets under ``kitchen-jobs/``).
    """
    from kiosk.sandbox.smtp import SmtpStandIn

    printer = PrinterStandIn(
        port=printer_port, jobs_dir=data_dir / "printer-jobs" if data_dir else None
    ).start()
    kitchen_printer = None
    mail = None
    try:
        if kitchen:
            kitchen_printer = PrinterStandIn(
                port=kitchen_port, jobs_dir=data_dir / "kitchen-jobs" if data_dir else None
            ).start()
        mail = SmtpStandIn(port=smtp_port).start()
    except BaseException:
        if kitchen_printer is not None:
            kitchen_printer.stop()
        printer.stop()
        raise
    return ReceiptStandIns(printer, kitchen_printer, mail)
