"""The bundled fonts and the few metrics the page geometry needs, read from the font file.

Why read the font: Word sets exact line pitches with the baseline one descender above the
line's bottom, and the DGACM styles widen every character to 103 %; typst can place the
baseline and add letter spacing but cannot scale glyphs horizontally and still break lines,
so the scale becomes the equivalent spacing over the document's own mean advance. No other
package is needed: the tables read here have a fixed, documented layout (OpenType spec).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from delegate_editor.formats.layout import Font
from delegate_editor.resources import resource

# The bundled faces (SIL Open Font License): Liberation Serif has the metrics of Times New
# Roman, the font the UN layout names, so lines break where Word and LibreOffice break them.
FONT_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# layout family → the bundled face with the same metrics
METRIC_TWINS = {"Times New Roman": "Liberation Serif"}


def font_dir() -> Path:
    return resource("fonts")


@dataclass(frozen=True)
class FontMetrics:
    """What the page geometry needs from the regular face: where the baseline sits in an
    exact-pitch line (the descender) and the advance widths, which turn Word's horizontal
    character scale (103 % in the DGACM styles) into the equivalent letter spacing, since
    typst cannot scale glyphs horizontally and still break lines."""

    units_per_em: int
    descender: float  # em, positive
    advances: dict[int, int]  # code point → advance in font units

    def width(self, text: str, font: Font) -> float:
        """The width of ``text`` in ``font`` (pt), from the regular face's advances and the
        font's letter spacing; close enough to decide whether a label fits its column."""
        units = sum(self.advances.get(c, self.units_per_em) for c in map(ord, text))
        return units / self.units_per_em * font.size + font.spacing * len(text)

    def mean_advance(self, text: str) -> float:
        """The mean advance of the characters of ``text``, in em (0.5 for empty text)."""
        widths = [self.advances[c] for c in map(ord, text) if c in self.advances]
        if not widths:
            return 0.5
        return sum(widths) / len(widths) / self.units_per_em


def _tables(data: bytes) -> dict[bytes, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = data[offset : offset + length]
    return tables


def _cmap_format4(cmap: bytes) -> dict[int, int]:
    """Code point → glyph id from the Windows Unicode BMP subtable (format 4)."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        if (platform, encoding) == (3, 1) and struct.unpack_from(">H", cmap, offset)[0] == 4:
            break
    else:
        return {}
    sub = cmap[offset:]
    segs = struct.unpack_from(">H", sub, 6)[0] // 2
    ends = struct.unpack_from(f">{segs}H", sub, 14)
    starts = struct.unpack_from(f">{segs}H", sub, 16 + 2 * segs)
    deltas = struct.unpack_from(f">{segs}h", sub, 16 + 4 * segs)
    range_base = 16 + 6 * segs
    ranges = struct.unpack_from(f">{segs}H", sub, range_base)
    glyphs: dict[int, int] = {}
    for s, (start, end, delta, rng) in enumerate(zip(starts, ends, deltas, ranges, strict=True)):
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if rng == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                at = range_base + 2 * s + rng + 2 * (code - start)
                glyph = struct.unpack_from(">H", sub, at)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                glyphs[code] = glyph
    return glyphs


@cache
def font_metrics() -> FontMetrics:
    data = (font_dir() / FONT_FILES[0]).read_bytes()
    t = _tables(data)
    units = struct.unpack_from(">H", t[b"head"], 18)[0]
    descender = -struct.unpack_from(">h", t[b"hhea"], 6)[0]
    n_metrics = struct.unpack_from(">H", t[b"hhea"], 34)[0]
    widths = struct.unpack_from(f">{2 * n_metrics}H", t[b"hmtx"])[0::2]
    advances = {code: widths[min(g, n_metrics - 1)] for code, g in _cmap_format4(t[b"cmap"]).items()}
    return FontMetrics(units, descender / units, advances)
