"""The bundled fonts and the few metrics the page geometry needs, read from the font file.

Why read the font: Word sets exact line pitches with the baseline one descender above the
line's bottom, and the DGACM styles widen every character to 103 %; typst can place the
baseline but cannot scale glyphs horizontally. A scale that has a widened face bundled
(``scripts/make_wide_fonts.py``: the body's 103 % and the notes' 104 %) is set in that face;
any other becomes the equivalent letter spacing over the text's own mean advance. No other
package is needed: the tables read here have a fixed, documented layout (OpenType spec).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
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
# the widened faces of Liberation Serif, one family per character scale (per cent)
# (scripts/make_wide_fonts.py builds them under these names)
WIDE_FAMILY = "Delegate Serif {scale}"
WIDE_FILE = "DelegateSerif{scale}-{face}.ttf"


def font_dir() -> Path:
    return resource("fonts")


@cache
def _wide_scales(folder: Path) -> frozenset[int]:
    return frozenset(
        int(f.name.removeprefix("DelegateSerif").split("-")[0])
        for f in folder.glob(WIDE_FILE.format(scale="*", face="Regular"))
    )


def wide_family(font: Font) -> str | None:
    """The bundled face that sets ``font``'s character scale with widened glyphs, if any."""
    if font.scale == 100 or METRIC_TWINS.get(font.family, font.family) != "Liberation Serif":
        return None
    return WIDE_FAMILY.format(scale=font.scale) if font.scale in _wide_scales(font_dir()) else None


@dataclass(frozen=True)
class FontMetrics:
    """What the page geometry needs from the regular face: where the baseline sits in an
    exact-pitch line (the descender) and the advance widths, which turn Word's horizontal
    character scale (103 % in the DGACM styles) into the equivalent letter spacing, since
    typst cannot scale glyphs horizontally and still break lines."""

    units_per_em: int
    descender: float  # em, positive
    advances: dict[int, int]  # code point → advance in font units
    # Per-text memos. The live preview asks for these on every render of the whole draft
    # (a 500-paragraph draft has 300,000 characters and 4,600 labels) while typing changes
    # one paragraph at a time, so nearly every text was seen by the render before; the
    # memos turn a 20 ms scan into dictionary lookups. Bounded: cleared when full.
    _totals: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)
    _widths: dict[tuple[str, Font], float] = field(default_factory=dict, compare=False, repr=False)

    def width(self, text: str, font: Font) -> float:
        """The width of ``text`` in ``font`` (pt), from the regular face's advances and the
        font's letter spacing; close enough to decide whether a label fits its column."""
        key = (text, font)
        known = self._widths.get(key)
        if known is None:
            units = sum(self.advances.get(c, self.units_per_em) for c in map(ord, text))
            known = units / self.units_per_em * font.size + font.spacing * len(text)
            _remember(self._widths, key, known)
        return known

    def advance_total(self, text: str) -> tuple[int, int]:
        """The summed advances (font units) of the characters of ``text`` that the face
        has, and how many there are: integers, so totals of parts add up exactly."""
        known = self._totals.get(text)
        if known is None:
            widths = [self.advances[c] for c in map(ord, text) if c in self.advances]
            known = (sum(widths), len(widths))
            _remember(self._totals, text, known)
        return known

    def mean_advance(self, text: str) -> float:
        """The mean advance of the characters of ``text``, in em (0.5 for empty text)."""
        return self.mean_advance_of((text,))

    def mean_advance_of(self, texts: Iterable[str]) -> float:
        """The mean advance of the characters of all ``texts`` taken as one text, in em
        (0.5 when none has a character of the face); each text's total is memoised."""
        units = count = 0
        for text in texts:
            u, n = self.advance_total(text)
            units += u
            count += n
        if not count:
            return 0.5
        return units / count / self.units_per_em


_MEMO_LIMIT = 50_000  # texts: far above the 4x benchmark draft's 4,600 blocks


def _remember(memo: dict, key, value) -> None:
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value


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
    return read_metrics(font_dir() / FONT_FILES[0])


def read_metrics(path: Path) -> FontMetrics:
    """A face's units per em, descender and advances (the regular face serves the layout;
    the tests read the widened faces so)."""
    t = _tables(path.read_bytes())
    units = struct.unpack_from(">H", t[b"head"], 18)[0]
    descender = -struct.unpack_from(">h", t[b"hhea"], 6)[0]
    n_metrics = struct.unpack_from(">H", t[b"hhea"], 34)[0]
    widths = struct.unpack_from(f">{2 * n_metrics}H", t[b"hmtx"])[0::2]
    advances = {code: widths[min(g, n_metrics - 1)] for code, g in _cmap_format4(t[b"cmap"]).items()}
    return FontMetrics(units, descender / units, advances)
