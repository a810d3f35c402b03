"""ESC/POS bytes for a receipt or kitchen ticket, built with python-escpos.

The rows of `kiosk.services.receipts.layout` become printer commands: the store name bold,
the order number at four times the size, amounts right-aligned, the logo and a QR code as
raster images (``GS v 0``), then a cut. The bytes are made in memory (python-escpos' `Dummy`
printer) and sent by `kiosk.services.receipts.printers`, so rendering never waits on a printer.

Text: python-escpos' automatic code-page switching picks CJK encodings for plain Latin text on
some profiles, so the code page is set here once (``ESC t 19``, CP858: Latin with €) and text
is encoded explicitly. A line with characters CP858 lacks (Hebrew, Arabic, Japanese names) is
drawn with Pillow and printed as a raster line instead, with right-to-left text laid out by
Pillow's bidi support where it has it, so no name prints as question marks.
"""

from __future__ import annotations

import functools
from pathlib import Path

from escpos.printer import Dummy
from PIL import Image, ImageDraw, ImageFont

from kiosk.services.receipts.layout import PAPER_COLUMNS, Row, RowKind, center, pair, wrap

ESC = b"\x1b"
INIT = ESC + b"@"
CODEPAGE = ESC + b"t\x13"  # 19 = CP858 on Epson-compatible printers
ENCODING = "cp858"
# Fonts for raster rows (first found wins): Latin, Hebrew and Arabic in DejaVu Sans; CJK
# needs a Noto CJK font installed on the kiosk (fonts-noto-cjk), else it prints as boxes.
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def encodable(text: str) -> bool:
    try:
        text.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=8)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in FONT_CANDIDATES:
        path = Path(candidate.replace(".ttf", "-Bold.ttf") if bold else candidate)
        if path.exists():
            return ImageFont.truetype(str(path), size)
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def raster_row(
    left: str, right: str = "", width_px: int = 512, *, align: str = "left", bold: bool = False
) -> Image.Image:
    """One row as a 1-bit image (for text CP858 lacks): `left` at the start (or centred),
    `right` at the end. Each part is laid out on its own, so a right-to-left name keeps its
    reading order and the amount stays in the amount column."""
    size = 22
    font = _font(size, bold)
    image = Image.new("1", (width_px, size + 10), 1)
    draw = ImageDraw.Draw(image)
    if align == "center":
        draw.text((width_px // 2, 3), left, font=font, fill=0, anchor="ma")
    else:
        draw.text((0, 3), left, font=font, fill=0, anchor="la")
    if right:
        draw.text((width_px, 3), right, font=font, fill=0, anchor="ra")
    return image


class PaperWriter:
    """Rows to ESC/POS bytes for one printer profile (paper width, columns)."""

    def __init__(self, profile: str = "TM-T88V") -> None:
        self.profile = profile
        self._printer = Dummy(profile=profile)
        media = self._printer.profile.profile_data.get("media", {}).get("width", {})
        pixels = media.get("pixels")
        self.width_px = int(pixels) if isinstance(pixels, int) else 512
        columns = self._printer.profile.get_columns("a")
        self.columns = int(columns) if isinstance(columns, int) else PAPER_COLUMNS

    def _text(self, line: str, *, bold: bool = False) -> None:
        self._printer._raw(line.encode(ENCODING, errors="replace") + b"\n")

    def _raster(self, row: Row, *, align: str = "left") -> bool:
        """Print `row` as an image if its text needs characters CP858 lacks."""
        if encodable(row.left) and encodable(row.right):
            return False
        indent = " " * row.indent
        image = raster_row(indent + row.left, row.right, self.width_px, align=align, bold=row.bold)
        self._printer.image(image, center=False)
        return True

    def document(
        self,
        rows: list[Row],
        *,
        logo: Path | None = None,
        qr: str | None = None,
        cut: bool = True,
    ) -> bytes:
        p = self._printer
        p.clear()
        p._raw(INIT + CODEPAGE)
        if logo is not None and logo.exists():
            with Image.open(logo) as img:
                picture = img.convert("L")
                if picture.width > self.width_px:
                    height = picture.height * self.width_px // picture.width
                    picture = picture.resize((self.width_px, height))
                p.image(picture, center=True)
        width = self.columns
        for row in rows:
            centred = row.kind in (RowKind.TITLE, RowKind.CENTER, RowKind.BIG)
            if row.kind is not RowKind.RULE and self._raster(
                row, align="center" if centred else "left"
            ):
                continue
            if row.kind is RowKind.BIG:
                p.set(align="center", bold=True, custom_size=True, width=4, height=4)
                for line in wrap(row.left, max(1, width // 4)):
                    self._text(line)
                p.set(align="left", bold=False, normal_textsize=True)
            elif row.kind is RowKind.TITLE:
                p.set(align="center", bold=True, double_height=True)
                for line in wrap(row.left, width):
                    self._text(line)
                p.set(align="left", bold=False, normal_textsize=True)
            elif row.kind is RowKind.CENTER:
                if row.bold:
                    p.set(bold=True)
                for line in wrap(row.left, width):
                    self._text(center(line, width), bold=row.bold)
                p.set(bold=False)
            elif row.kind is RowKind.RULE:
                self._text("-" * width)
            elif row.kind is RowKind.BLANK:
                p._raw(b"\n")
            elif row.kind is RowKind.PAIR:
                if row.bold:
                    p.set(bold=True)
                for line in pair(row.left, row.right, width, row.indent):
                    self._text(line, bold=row.bold)
                p.set(bold=False)
            else:
                if row.bold:
                    p.set(bold=True)
                for line in wrap(row.left, width - row.indent):
                    self._text(" " * row.indent + line, bold=row.bold)
                p.set(bold=False)
        if qr:
            p._raw(b"\n")
            p.qr(qr, size=6, native=False, center=True)
        if cut:
            p.cut()
        return bytes(p.output)
