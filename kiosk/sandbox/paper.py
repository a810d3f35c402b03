"""The paper a receipt printer puts out: lines and images as printed, as text and as a picture.

The printer stand-in fills a `PrintJob` with what its ESC/POS interpreter (`escpos.py`) read;
tests compare `PrintJob.text`, the README and staff training show `render_paper`'s PNG.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

COLUMNS = 42
DOTS = 512  # 80 mm paper at 180 dpi (Epson TM-T88V)
_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
_MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
PAPER = (251, 249, 243)
INK = (40, 38, 36)


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
