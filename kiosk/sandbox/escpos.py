"""Streaming ESC/POS as an Epson TM printer reads it, into lines and images on a `PrintJob`.

Text, code page, bold, alignment, character size, raster images and cuts are interpreted;
real-time status queries (``DLE EOT n``) are answered by the printer owning the interpreter.
"""

from __future__ import annotations

from typing import Any

from PIL import Image

from kiosk.sandbox.paper import PaperImage, PaperLine, PrintJob

ESC, GS, DLE, FS = 0x1B, 0x1D, 0x10, 0x1C
CODEPAGES = {0: "cp437", 2: "cp850", 3: "cp860", 16: "cp1252", 17: "cp866", 19: "cp858"}

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
