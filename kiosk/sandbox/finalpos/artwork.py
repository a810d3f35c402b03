"""Flat-style product illustrations for the demo café, drawn as small SVG files.

Each picture is a few plain shapes on a soft gradient tile: a cup, glass, mug, bottle,
croissant, muffin, bun, sandwich, bowl, cake slice, cookie, toast, wrap or pancake stack,
coloured per product. Only what Qt's SVG Tiny renderer draws well is used (paths, basic
shapes, linear gradients, opacity, group transforms): no text, filters, CSS or external refs.

The files are committed under ``assets/products/``; regenerate them after changing the menu:
``python -m kiosk.sandbox.finalpos.artwork`` (a test checks they are up to date).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.resources import product_art_dir
from kiosk.sandbox.finalpos.menu import CATEGORIES, PRODUCTS
from kiosk.sandbox.finalpos.menu_model import Art

ASSETS_DIR = product_art_dir()

SHADOW = '<ellipse cx="128" cy="212" rx="84" ry="11" fill="#3A2A1E" fill-opacity="0.13"/>'


def _shade(color: str, factor: float) -> str:
    """Darken (factor < 1) or lighten (factor > 1, towards white) a #rrggbb colour."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    if factor <= 1:
        r, g, b = (round(c * factor) for c in (r, g, b))
    else:
        t = min(factor - 1, 1.0)
        r, g, b = (round(c + (255 - c) * t) for c in (r, g, b))
    return f"#{r:02X}{g:02X}{b:02X}"


def _tile(bg: str, body: str) -> str:
    top, bottom = _shade(bg, 1.55), _shade(bg, 1.05)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'width="256" height="256" viewBox="0 0 256 256">'
        '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{top}"/><stop offset="1" stop-color="{bottom}"/>'
        "</linearGradient></defs>"
        '<rect x="0" y="0" width="256" height="256" rx="28" ry="28" fill="url(#bg)"/>'
        f'<circle cx="128" cy="128" r="96" fill="#FFFFFF" fill-opacity="0.35"/>'
        f"{SHADOW}{body}</svg>\n"
    )


def cup(
    drink: str = "#6F4326",
    cup: str = "#FFFFFF",
    foam: str | None = None,
    heart: bool = False,
    scale: float = 1.0,
) -> str:
    rim = _shade(cup, 0.88)
    parts = [
        f'<g transform="translate(128 200) scale({scale}) translate(-128 -200)">',
        f'<ellipse cx="128" cy="200" rx="86" ry="14" fill="{_shade(cup, 0.93)}"/>',
        f'<path d="M186 124 C228 118 230 176 178 172" fill="none" stroke="{rim}" '
        'stroke-width="13" stroke-linecap="round"/>',
        f'<path d="M62 112 L194 112 C192 166 170 198 128 198 C86 198 64 166 62 112 Z" '
        f'fill="{cup}"/>',
        f'<ellipse cx="128" cy="112" rx="66" ry="15" fill="{rim}"/>',
        f'<ellipse cx="128" cy="113" rx="57" ry="11" fill="{drink}"/>',
    ]
    if foam:
        parts.append(f'<ellipse cx="128" cy="113" rx="44" ry="8" fill="{foam}"/>')
    if heart:
        parts.append(
            f'<path d="M128 119 C112 110 116 102 124 104 C126 105 127 106 128 108 '
            f'C129 106 130 105 132 104 C140 102 144 110 128 119 Z" fill="{_shade(drink, 1.1)}"/>'
        )
    parts.append(
        '<path d="M76 126 C80 156 92 178 108 188" fill="none" stroke="#FFFFFF" '
        'stroke-opacity="0.55" stroke-width="6" stroke-linecap="round"/></g>'
    )
    return "".join(parts)


def glass(
    layers: tuple[str, ...] = ("#F4A300",),
    ice: bool = True,
    straw: str | None = "#E4572E",
    fill_top: float = 0.25,
) -> str:
    top_y, bottom_y = 58.0, 204.0

    def x_at(y: float) -> tuple[float, float]:
        t = (y - top_y) / (bottom_y - top_y)
        return 80 + 14 * t, 176 - 14 * t

    parts = []
    if straw:
        parts.append(
            f'<path d="M142 30 L156 30 L138 190 L126 190 Z" fill="{straw}"/>'
            f'<path d="M142 30 L156 30 L154 48 L140 48 Z" fill="{_shade(straw, 0.8)}"/>'
        )
    liquid_top = top_y + (bottom_y - top_y) * fill_top
    step = (bottom_y - liquid_top) / len(layers)
    for i, color in enumerate(layers):
        y0, y1 = liquid_top + i * step, liquid_top + (i + 1) * step
        (a0, b0), (a1, b1) = x_at(y0), x_at(y1)
        parts.append(
            f'<path d="M{a0:.1f} {y0:.1f} L{b0:.1f} {y0:.1f} L{b1:.1f} {y1:.1f} '
            f'L{a1:.1f} {y1:.1f} Z" fill="{color}"/>'
        )
    if ice:
        for x, y, angle in (
            (100, liquid_top + 6, -12),
            (130, liquid_top + 2, 10),
            (112, liquid_top + 30, 24),
        ):
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="24" height="24" rx="5" ry="5" '
                f'fill="#FFFFFF" fill-opacity="0.55" transform="rotate({angle} {x + 12} '
                f'{y + 12:.1f})"/>'
            )
    parts.append(
        f'<path d="M80 {top_y} L176 {top_y} L162 {bottom_y} L94 {bottom_y} Z" fill="#FFFFFF" '
        'fill-opacity="0.22" stroke="#FFFFFF" stroke-opacity="0.9" stroke-width="5" '
        'stroke-linejoin="round"/>'
        '<path d="M92 72 L102 188" stroke="#FFFFFF" stroke-opacity="0.6" stroke-width="6" '
        'stroke-linecap="round"/>'
    )
    return "".join(parts)


def mug(
    drink: str = "#5A3522", mug: str = "#3E7CB1", topping: str | None = None, tag: str | None = None
) -> str:
    dark = _shade(mug, 0.82)
    parts = [
        f'<path d="M176 112 C222 108 222 172 172 170" fill="none" stroke="{dark}" '
        'stroke-width="14" stroke-linecap="round"/>',
        f'<rect x="70" y="92" width="112" height="114" rx="18" ry="18" fill="{mug}"/>',
        f'<ellipse cx="126" cy="94" rx="56" ry="13" fill="{dark}"/>',
        f'<ellipse cx="126" cy="95" rx="48" ry="9" fill="{drink}"/>',
        '<rect x="82" y="112" width="10" height="78" rx="5" ry="5" fill="#FFFFFF" '
        'fill-opacity="0.35"/>',
    ]
    if topping == "marshmallow":
        for x, y, c in (
            (104, 84, "#FFFFFF"),
            (122, 80, "#F7C6D0"),
            (140, 85, "#FFFFFF"),
            (116, 90, "#F7C6D0"),
        ):
            parts.append(f'<rect x="{x}" y="{y}" width="16" height="13" rx="4" ry="4" fill="{c}"/>')
    elif topping == "cream":
        parts.append(
            '<ellipse cx="126" cy="88" rx="44" ry="12" fill="#FFF8EE"/>'
            '<ellipse cx="126" cy="76" rx="32" ry="11" fill="#FFFFFF"/>'
            '<ellipse cx="128" cy="65" rx="18" ry="8" fill="#FFF8EE"/>'
        )
    if tag:
        parts.append(
            '<path d="M150 94 C170 80 178 96 184 120" fill="none" stroke="#F2EDE4" '
            f'stroke-width="3"/><rect x="176" y="118" width="18" height="22" rx="3" ry="3" '
            f'fill="{tag}"/>'
        )
    return "".join(parts)


def bottle(liquid: str = "#F39C12", label: str = "#2E86AB", cap: str = "#2D3142") -> str:
    return (
        f'<rect x="110" y="34" width="36" height="20" rx="4" ry="4" fill="{cap}"/>'
        '<path d="M112 54 L144 54 L144 74 C170 86 172 100 172 120 L172 192 C172 202 166 208 156 '
        '208 L100 208 C90 208 84 202 84 192 L84 120 C84 100 86 86 112 74 Z" fill="#FFFFFF" '
        'fill-opacity="0.45"/>'
        f'<path d="M88 112 L168 112 L168 192 C168 200 163 204 155 204 L101 204 C93 204 88 200 '
        f'88 192 Z" fill="{liquid}"/>'
        f'<rect x="88" y="136" width="80" height="40" fill="{label}"/>'
        f'<circle cx="128" cy="156" r="12" fill="{_shade(label, 1.5)}"/>'
        '<rect x="96" y="90" width="8" height="100" rx="4" ry="4" fill="#FFFFFF" '
        'fill-opacity="0.5"/>'
    )


def croissant(dough: str = "#E3A857", extra: str | None = None) -> str:
    dark = _shade(dough, 0.78)
    parts = []
    for cx, cy, rx, ry, angle in (
        (62, 150, 26, 16, -50),
        (194, 150, 26, 16, 50),
        (88, 128, 32, 26, -25),
        (168, 128, 32, 26, 25),
        (128, 120, 40, 36, 0),
    ):
        parts.append(
            f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="{dough}" stroke="{dark}" '
            f'stroke-width="3" transform="rotate({angle} {cx} {cy})"/>'
        )
    parts.append(
        f'<path d="M112 104 C118 120 118 136 112 150 M144 104 C138 120 138 136 144 150" '
        f'fill="none" stroke="{dark}" stroke-width="3" stroke-linecap="round"/>'
    )
    if extra:
        for x, y in ((112, 112), (126, 104), (142, 114), (98, 126), (156, 126), (128, 124)):
            parts.append(
                f'<rect x="{x}" y="{y}" width="12" height="5" rx="2" ry="2" fill="{extra}" '
                f'transform="rotate(-20 {x + 6} {y + 2})"/>'
            )
    return "".join(parts)


def muffin(case: str = "#C9485B", top: str = "#D9A066", dots: str | None = "#3B4CCA") -> str:
    parts = [
        f'<path d="M76 132 L180 132 L166 204 L90 204 Z" fill="{case}"/>',
    ]
    for x in range(92, 176, 14):
        parts.append(
            f'<path d="M{x} 134 L{x + 2 - (x - 128) * 0.1:.1f} 202" stroke="{_shade(case, 0.8)}" '
            'stroke-width="3"/>'
        )
    parts.append(
        f'<path d="M66 138 C60 96 92 70 128 70 C164 70 196 96 190 138 Z" fill="{top}"/>'
        '<path d="M92 96 C104 82 118 78 130 78" fill="none" stroke="#FFFFFF" '
        'stroke-opacity="0.4" stroke-width="6" stroke-linecap="round"/>'
    )
    if dots:
        for x, y in ((100, 110), (124, 96), (150, 108), (170, 124), (118, 124), (86, 128)):
            parts.append(f'<circle cx="{x}" cy="{y}" r="6" fill="{dots}"/>')
    return "".join(parts)


def bun(dough: str = "#D8954A", swirl: str = "#8A4B1F", icing: str | None = "#FFF6E8") -> str:
    parts = [
        f'<ellipse cx="128" cy="150" rx="82" ry="54" fill="{_shade(dough, 0.85)}"/>',
        f'<ellipse cx="128" cy="140" rx="80" ry="50" fill="{dough}"/>',
        f'<path d="M128 140 C140 136 142 124 128 122 C108 120 104 146 124 154 C150 164 170 136 '
        f'152 116 C132 94 92 110 90 140 C88 170 130 186 166 170" fill="none" stroke="{swirl}" '
        'stroke-width="7" stroke-linecap="round"/>',
    ]
    if icing:
        parts.append(
            f'<path d="M84 128 C100 112 120 134 136 116 C150 102 166 122 176 116" fill="none" '
            f'stroke="{icing}" stroke-width="8" stroke-linecap="round"/>'
        )
    return "".join(parts)


def sandwich(
    bread: str = "#E2B36B",
    fillings: tuple[str, ...] = ("#6BA539", "#D7263D", "#F5C542"),
    toasted: bool = False,
) -> str:
    crust = _shade(bread, 0.72 if toasted else 0.85)
    parts = [
        f'<rect x="56" y="176" width="144" height="28" rx="12" ry="12" fill="{crust}"/>',
        f'<rect x="60" y="176" width="136" height="20" rx="10" ry="10" fill="{bread}"/>',
    ]
    y = 168
    for color in fillings:
        parts.append(
            f'<path d="M50 {y + 12} C66 {y} 82 {y + 16} 98 {y + 6} C114 {y - 2} 130 {y + 14} '
            f'146 {y + 4} C162 {y - 4} 178 {y + 14} 206 {y + 8} L206 {y + 16} L50 {y + 18} Z" '
            f'fill="{color}"/>'
        )
        y -= 14
    parts.append(
        f'<path d="M58 {y + 18} C58 {y - 40} 198 {y - 40} 198 {y + 18} Z" fill="{crust}"/>'
        f'<path d="M66 {y + 14} C68 {y - 30} 188 {y - 30} 190 {y + 14} Z" fill="{bread}"/>'
    )
    if not toasted:
        for x, dy in ((100, -12), (124, -20), (150, -14)):
            parts.append(
                f'<ellipse cx="{x}" cy="{y + dy}" rx="4" ry="2" fill="#FFF8E7" fill-opacity="0.9"/>'
            )
    return "".join(parts)


def bowl(
    contents: str = "#D9482B",
    bowl: str = "#F4F1EA",
    garnish: tuple[str, ...] = (),
    side: str | None = None,
) -> str:
    parts = []
    if side:
        parts.append(
            f'<path d="M170 70 C196 62 212 80 204 104 L184 168 L150 158 Z" '
            f'fill="{_shade(side, 0.8)}"/><path d="M172 78 C192 72 204 86 198 104 L182 158 '
            f'L156 150 Z" fill="{side}"/>'
        )
    parts.append(
        f'<path d="M46 122 C46 176 84 206 128 206 C172 206 210 176 210 122 Z" fill="{bowl}"/>'
        f'<ellipse cx="128" cy="122" rx="82" ry="20" fill="{_shade(bowl, 0.9)}"/>'
        f'<ellipse cx="128" cy="123" rx="72" ry="14" fill="{contents}"/>'
    )
    spots = ((100, 120), (128, 116), (152, 124), (116, 128), (140, 118), (166, 120), (88, 124))
    for i, color in enumerate(garnish):
        for x, y in spots[i :: len(garnish)] if garnish else ():
            parts.append(f'<ellipse cx="{x}" cy="{y}" rx="6" ry="4" fill="{color}"/>')
    parts.append(
        '<path d="M64 144 C72 170 92 188 112 196" fill="none" stroke="#FFFFFF" '
        'stroke-opacity="0.45" stroke-width="6" stroke-linecap="round"/>'
    )
    return "".join(parts)


def cake(
    sponge: str = "#F1C27D",
    cream: str = "#FFF4E6",
    top: str = "#FFF4E6",
    berry: str | None = "#C0392B",
    square: bool = False,
) -> str:
    if square:
        parts = [
            f'<path d="M70 112 L170 112 L194 96 L94 96 Z" fill="{top}"/>',
            f'<path d="M170 112 L194 96 L194 180 L170 196 Z" fill="{_shade(sponge, 0.8)}"/>',
            f'<rect x="70" y="112" width="100" height="84" fill="{sponge}"/>',
            f'<path d="M84 104 C104 94 118 110 136 100 C150 92 164 104 178 100" fill="none" '
            f'stroke="{cream}" stroke-width="5" stroke-linecap="round"/>',
        ]
    else:
        parts = [
            f'<path d="M60 118 L196 96 L196 176 L60 200 Z" fill="{sponge}"/>',
            f'<path d="M60 146 L196 128 L196 138 L60 158 Z" fill="{cream}"/>',
            f'<path d="M60 118 L196 96 L206 104 L66 128 Z" fill="{top}"/>',
            f'<path d="M196 96 L206 104 L206 180 L196 176 Z" fill="{_shade(sponge, 0.8)}"/>',
        ]
    if berry:
        parts.append(
            f'<circle cx="{132 if square else 128}" cy="{92 if square else 100}" r="10" '
            f'fill="{berry}"/>'
        )
    return "".join(parts)


def cookie(dough: str = "#D9A35B", chips: str = "#4A2C1A") -> str:
    parts = [
        f'<circle cx="128" cy="140" r="72" fill="{_shade(dough, 0.85)}"/>',
        f'<circle cx="126" cy="136" r="68" fill="{dough}"/>',
    ]
    for x, y, r in (
        (98, 110, 8),
        (140, 104, 7),
        (160, 140, 9),
        (110, 154, 8),
        (134, 172, 6),
        (86, 142, 6),
        (150, 120, 5),
    ):
        parts.append(f'<circle cx="{x}" cy="{y}" r="{r}" fill="{chips}"/>')
    return "".join(parts)


def toast(bread: str = "#E9C38A", topping: str = "#8DB255", egg: bool = False) -> str:
    crust = _shade(bread, 0.7)
    parts = [
        f'<path d="M70 200 L70 104 C50 100 52 58 92 60 C104 44 152 44 164 60 C204 58 206 100 186 '
        f'104 L186 200 Z" fill="{crust}"/>',
        f'<path d="M80 194 L80 110 C64 104 68 72 96 72 C108 58 148 58 160 72 C188 72 192 104 176 '
        f'110 L176 194 Z" fill="{bread}"/>',
        f'<path d="M88 150 C84 118 108 104 128 110 C150 100 176 120 168 150 C164 176 96 180 88 '
        f'150 Z" fill="{topping}"/>',
    ]
    if egg:
        parts.append(
            '<path d="M104 132 C98 112 126 104 140 114 C160 112 162 138 146 146 C132 156 108 152 '
            '104 132 Z" fill="#FFFFFF"/><circle cx="128" cy="130" r="11" fill="#F6B21B"/>'
        )
    return "".join(parts)


def wrap(tortilla: str = "#EED9A8", fillings: tuple[str, ...] = ("#6BA539", "#F2E3C6")) -> str:
    parts = []
    for dx, angle in ((-36, -18), (40, 14)):
        cx = 128 + dx
        parts.append(
            f'<g transform="rotate({angle} {cx} 150)">'
            f'<rect x="{cx - 34}" y="96" width="68" height="104" rx="30" ry="30" '
            f'fill="{tortilla}"/><ellipse cx="{cx}" cy="104" rx="34" ry="18" '
            f'fill="{_shade(tortilla, 0.88)}"/><ellipse cx="{cx}" cy="104" rx="27" ry="13" '
            f'fill="{fillings[0]}"/>'
        )
        for i, color in enumerate(fillings[1:]):
            parts.append(
                f'<ellipse cx="{cx - 8 + 14 * i}" cy="{103 + 3 * i}" rx="9" ry="5" fill="{color}"/>'
            )
        parts.append("</g>")
    return "".join(parts)


def pancakes(
    cake_color: str = "#E8B15D", syrup: str = "#A0521C", extra: str | None = "#3B4CCA"
) -> str:
    parts = ['<ellipse cx="128" cy="190" rx="96" ry="20" fill="#FFFFFF"/>']
    for y in (176, 158, 140, 122):
        parts.append(
            f'<ellipse cx="128" cy="{y + 6}" rx="72" ry="16" fill="{_shade(cake_color, 0.8)}"/>'
            f'<ellipse cx="128" cy="{y}" rx="72" ry="16" fill="{cake_color}"/>'
        )
    parts.append(
        f'<path d="M76 122 C80 112 176 112 180 122 C178 134 172 150 168 156 C164 146 162 136 156 '
        f'132 C132 138 110 140 92 132 C88 142 86 150 82 156 C80 144 78 132 76 122 Z" '
        f'fill="{syrup}"/><rect x="116" y="104" width="24" height="16" rx="3" ry="3" '
        'fill="#FBE7A1"/>'
    )
    if extra:
        for x, y in ((96, 112), (160, 114), (150, 104)):
            parts.append(f'<circle cx="{x}" cy="{y}" r="6" fill="{extra}"/>')
    return "".join(parts)


KINDS: Mapping[str, Callable[..., str]] = {
    "cup": cup,
    "glass": glass,
    "mug": mug,
    "bottle": bottle,
    "croissant": croissant,
    "muffin": muffin,
    "bun": bun,
    "sandwich": sandwich,
    "bowl": bowl,
    "cake": cake,
    "cookie": cookie,
    "toast": toast,
    "wrap": wrap,
    "pancakes": pancakes,
}


def render(art: Art, background: str) -> str:
    """The SVG document for one illustration on a tile tinted with `background`."""
    params: dict[str, Any] = dict(art.params)
    return _tile(background, KINDS[art.kind](**params))


def all_artwork() -> dict[str, str]:
    """File name -> SVG text for every category and product of the demo menu."""
    colors = {c.key: c.color for c in CATEGORIES}
    files = {f"category-{c.key}.svg": render(c.art, c.color) for c in CATEGORIES}
    for p in PRODUCTS:
        files[f"{p.key}.svg"] = render(p.art, colors[p.category])
    return files


def write_artwork(directory: Path = ASSETS_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in sorted(all_artwork().items()):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ASSETS_DIR
    for path in write_artwork(target):
        sys.stdout.write(f"{path}\n")
