"""Build the widened serif faces the typeset pages use for Word's character scale.

    pip install fonttools && python scripts/make_wide_fonts.py

The official layout sets the body at 103 % character scale and the notes at 104 % (Word's
``w:w``, ODF's ``style:text-scale``); Word and LibreOffice widen every glyph by that much.
typst has no horizontal scale for text, and letter spacing spread over a text's mean advance
only comes close: 115 of 4,035 lines of the corpus drafts broke unlike LibreOffice's
rendering of our DOCX (bench/RESULTS.md). These faces are Liberation Serif with every
outline and advance widened, so typst sets the same widths.

The SIL Open Font License of Liberation Serif allows modified versions under another name
(Liberation is a Reserved Font Name), hence "Delegate Serif 103" and "Delegate Serif 104";
the licence travels with them (``resources/fonts/LICENSE-fonts-liberation2.txt``). Hinting
is dropped: its instructions are for the unwidened outlines, and the pages are PDF and
images at print resolution. The output is the same bytes on every run (no timestamp).

fontTools is needed only here, not by the app; the names come from
``formats/font_metrics.py``, which finds the faces by them (run with the project's
environment, where the package is installed).
"""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import GlyphCoordinates

from delegate_editor.formats.font_metrics import WIDE_FAMILY, WIDE_FILE

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FACES = ("Regular", "Bold", "Italic", "BoldItalic")
# character scales of formats/layout.py set by typst in a widened face: the body and the notes
SCALES = (103, 104)
# tables that hold hinting for the original outlines, or kerning typst is told not to use
_DROPPED = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "kern", "GPOS")


def widen(source: Path, target: Path, scale: int) -> None:
    font = TTFont(str(source), recalcTimestamp=False)
    factor = scale / 100
    glyf, hmtx = font["glyf"], font["hmtx"]
    order = font.getGlyphOrder()
    for name in order:
        glyph = glyf[name]
        if glyph.isComposite():
            for component in glyph.components:
                component.x = round(component.x * factor)
        elif glyph.numberOfContours > 0:
            glyph.coordinates = GlyphCoordinates([(round(x * factor), y) for x, y in glyph.coordinates])
        if hasattr(glyph, "program"):
            glyph.program = ttProgram.Program()
            glyph.program.fromBytecode(b"")
    for name in order:
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        advance, lsb = hmtx[name]
        side = glyph.xMin if glyph.numberOfContours != 0 else round(lsb * factor)
        hmtx[name] = (round(advance * factor), side)
    for table in _DROPPED:
        if table in font:
            del font[table]
    font["hhea"].advanceWidthMax = max(advance for advance, _ in hmtx.metrics.values())
    font["OS/2"].xAvgCharWidth = round(font["OS/2"].xAvgCharWidth * factor)
    new = WIDE_FAMILY.format(scale=scale)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            text = record.toUnicode()
            text = text.replace("Liberation Serif", new).replace("LiberationSerif", new.replace(" ", ""))
            record.string = text
    font.save(str(target))


def main() -> None:
    for scale in SCALES:
        for face in FACES:
            target = FONTS / WIDE_FILE.format(scale=scale, face=face)
            widen(FONTS / f"LiberationSerif-{face}.ttf", target, scale)
            print(target.relative_to(FONTS.parent.parent), target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
