"""An ESC/POS receipt printer stand-in on loopback: keeps each job as bytes, text and a PNG.

It listens like a network printer (raw TCP, "port 9100" printing; here a free port on
127.0.0.1), interprets the ESC/POS the kiosk sends (text, code page, bold, alignment, character
size, raster images, cuts) and keeps every job: the raw bytes, a text rendering (for tests)
and a PNG that looks like the paper (for the README and for staff training).

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from kiosk.sandbox.arrivals import Arrivals

log = logging.getLogger(__name__)

ESC, GS, DLE, FS = 0x1B, 0x1D, 0x10, 0x1C
COLUMNS = 42
DOTS = 512  # 80 mm paper at 180 dpi (Epson TM-T88V)
CODEPAGES = {0: "cp437", 2: "cp850", 3: "cp860", 16: "cp1252", 17: "cp866", 19: "cp858"}
_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
_MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
PAPER = (251, 249, 243)
INK = (40, 38, 36)

# Fixed-length ESC and GS commands: command byte -> total length including ESC/GS.
_ESC_LEN = {
    ord("@"): 2, ord("!"): 3, ord("E"): 3, ord("-"): 3, ord("a"): 3, ord("t"): 3,
    ord("d"): 3, ord("M"): 3, ord("{"): 3, ord("G"): 3, ord("2"): 2, ord("3"): 3,
    ord("J"): 3, ord("p"): 5, ord("B"): 4, ord("c"): 4, ord("r"): 3, ord("="): 3,
    ord("V"): 3, ord("D"): 2, ord("?"): 2, ord("R"): 3, ord("$"): 4, ord("\\"): 4,
}  # fmt: skip
_GS_LEN = {
    ord("!"): 3, ord("B"): 3, ord("b"): 3, ord("|"): 3, ord("L"): 4, ord("W"): 4,
    ord("H"): 3, ord("h"): 3, ord("w"): 3, ord("f"): 3, ord("P"): 4, ord("a"): 3,
}  # fmt: skip


@dataclass
class PaperLine:
    text: str
    align: int = 0  # 0 left, 1 centre, 2 right
    bold: bool = False
    width: int = 1
    height: int = 1


@dataclass
class PaperImage:
    image: Image.Image  # mode "1", black = 0
    align: int = 0


@dataclass
class PrintJob:
    """One job as the printer received and printed it."""

    number: int
    received_at: float
    raw: bytes
    items: list[PaperLine | PaperImage] = field(default_factory=list)
    cuts: int = 0

    @property
    def text(self) -> str:
        """The job as text: alignment applied, large characters as ordinary ones."""
        out = []
        for item in self.items:
            if isinstance(item, PaperImage):
                out.append(f"[image {item.image.width}x{item.image.height}]")
                continue
            text = item.text.strip() if item.align else item.text.rstrip()
            free = max(0, COLUMNS - len(text) * item.width)  # in normal-size columns
            if item.align == 1:
                text = " " * (free // 2) + text
            elif item.align == 2:
                text = " " * free + text
            out.append(text.rstrip())
        while out and not out[-1]:
            out.pop()  # the feed before the cut
        return "\n".join(out) + "\n"

    def png(self) -> Image.Image:
        return render_paper(self.items)


def _font(size: int, bold: bool) -> Any:
    path = _MONO_BOLD if bold else _MONO
    if Path(path).exists():
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def render_paper(items: list[PaperLine | PaperImage]) -> Image.Image:
    """A picture of the printed paper: off-white roll, monospaced print, torn bottom edge."""
    line_h, margin = 26, 28
    blocks: list[Image.Image] = []
    items = list(items)
    while items and isinstance(items[-1], PaperLine) and not items[-1].text.strip():
        items.pop()  # the feed before the cut
    for item in items:
        if isinstance(item, PaperImage):
            block = Image.new("RGB", (DOTS, item.image.height), PAPER)
            ink = Image.new("RGB", item.image.size, INK)
            mask = item.image.convert("L").point(lambda v: 255 - v)
            x = {1: (DOTS - item.image.width) // 2, 2: DOTS - item.image.width}.get(item.align, 0)
            block.paste(ink, (max(0, x), 0), mask)
            blocks.append(block)
            continue
        text = item.text.rstrip("\n")
        if item.align in (1, 2):
            text = text.strip()
        font = _font(20, item.bold)
        text_w = max(1, int(font.getlength(text)) + 1) if text else 1
        base = Image.new("RGB", (text_w, line_h), PAPER)
        ImageDraw.Draw(base).text((0, 3), text, font=font, fill=INK)
        scaled = base.resize((text_w * item.width, line_h * item.height))
        block = Image.new("RGB", (DOTS, scaled.height), PAPER)
        free = max(0, DOTS - scaled.width)
        block.paste(scaled, ({1: free // 2, 2: free}.get(item.align, 0), 0))
        blocks.append(block)
    height = sum(b.height for b in blocks) + 2 * margin + 24
    paper = Image.new("RGB", (DOTS + 2 * margin, height), PAPER)
    y = margin
    for block in blocks:
        paper.paste(block, (margin, y))
        y += block.height
    draw = ImageDraw.Draw(paper)
    teeth = [(x, height - (10 if (x // 12) % 2 else 0)) for x in range(0, paper.width + 12, 12)]
    draw.polygon([(0, height), *teeth, (paper.width, height)], fill=(236, 233, 226))
    framed = Image.new("RGB", (paper.width + 48, paper.height + 48), (236, 233, 226))
    framed.paste(paper, (24, 24))
    return framed


class EscPosInterpreter:
    """Streaming ESC/POS: feed bytes, get status answers back; items collect on `job`."""

    def __init__(self, job: PrintJob, status: Any) -> None:
        self.job = job
        self._status = status  # callable (n) -> int: the DLE EOT n answer
        self._buffer = b""
        self._line = bytearray()
        self.printable = False
        self._reset()

    def _reset(self) -> None:
        self.align = 0
        self.bold = False
        self.width = 1
        self.height = 1
        self.codepage = "cp437"

    def _flush(self, force: bool = False) -> None:
        if self._line or force:
            text = self._line.decode(self.codepage, errors="replace")
            self.job.items.append(PaperLine(text, self.align, self.bold, self.width, self.height))
            self._line.clear()
            self.printable = True

    def feed(self, data: bytes) -> bytes:
        """Interpret what is complete; returns the bytes to answer (status queries)."""
        self._buffer += data
        answers = bytearray()
        buf = self._buffer
        i = 0
        while i < len(buf):
            b = buf[i]
            if b == DLE:
                if i + 3 > len(buf):
                    break
                if buf[i + 1] == 0x04:
                    answers.append(self._status(buf[i + 2]))
                i += 3
            elif b == ESC:
                if i + 2 > len(buf):
                    break
                size = _ESC_LEN.get(buf[i + 1], 2)
                if i + size > len(buf):
                    break
                self._esc(buf[i + 1], buf[i + 2 : i + size])
                i += size
            elif b == GS:
                used = self._gs(buf, i)
                if used == 0:
                    break
                i += used
            elif b == FS:
                i += 2 if i + 2 <= len(buf) else 0
                if i == 0:
                    break
            elif b == 0x0A:
                self._flush(force=True)
                i += 1
            elif b < 0x20:
                i += 1
            else:
                self._line.append(b)
                i += 1
        self._buffer = buf[i:]
        return bytes(answers)

    def _esc(self, command: int, args: bytes) -> None:
        n = args[0] if args else 0
        if command == ord("@"):
            self._flush()
            self._reset()
        elif command == ord("!"):
            self._flush()
            self.bold = bool(n & 0x08)
            self.height = 2 if n & 0x10 else 1
            self.width = 2 if n & 0x20 else 1
        elif command == ord("E"):
            self.bold = bool(n & 1)
        elif command == ord("a"):
            self.align = n if n in (0, 1, 2) else n - 48
        elif command == ord("t"):
            self.codepage = CODEPAGES.get(n, "cp437")
        elif command == ord("d"):
            self._flush()
            for _ in range(n):
                self.job.items.append(PaperLine(""))
        elif command == ord("V"):
            self.job.cuts += 1

    def _gs(self, buf: bytes, i: int) -> int:
        if i + 2 > len(buf):
            return 0
        command = buf[i + 1]
        if command == ord("V"):
            if i + 3 > len(buf):
                return 0
            self._flush()
            self.job.cuts += 1
            self.printable = True
            return 4 if buf[i + 2] in (65, 66) else 3
        if command == ord("v"):  # GS v 0 m xL xH yL yH d1…dk: raster bit image
            if i + 8 > len(buf):
                return 0
            x_bytes = buf[i + 4] + 256 * buf[i + 5]
            y_dots = buf[i + 6] + 256 * buf[i + 7]
            end = i + 8 + x_bytes * y_dots
            if end > len(buf):
                return 0
            self._flush()
            data = bytes(buf[i + 8 : end])
            image = Image.frombytes("1", (x_bytes * 8, y_dots), bytes(255 - v for v in data))
            self.job.items.append(PaperImage(image, self.align))
            self.printable = True
            return end - i
        if command in (ord("("), ord("8")):  # GS ( L / GS ( k / GS 8 L: skip the block
            if i + 5 > len(buf):
                return 0
            length = buf[i + 3] + 256 * buf[i + 4]
            end = i + 5 + length
            return end - i if end <= len(buf) else 0
        size = _GS_LEN.get(command, 2)
        if i + size > len(buf):
            return 0
        if command == ord("!"):
            n = buf[i + 2]
            self._flush()
            self.width = (n >> 4) + 1
            self.height = (n & 0x0F) + 1
        return size

    def close(self) -> None:
        self._flush()


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
