"""Build the widened serif faces the typeset pages use for Word's character scale.

    pip install fonttools && python scripts/make_wide_fonts.py

The official layout sets the body at 103 % character scale and the notes at 104 % (Word's
``w:w``, ODF's ``style:text-scale``); Word and LibreOffice widen every glyph by that much.
typst has no horizontal scale for text, and letter spacing spread over a text's mean advance
only comes close: 115 of 4,035 lines of the corpus drafts broke unlike LibreOffice's
rendering of our DOCX (bench/RESULTS.md). These faces are Liberation Serif with every
outline and advance widened, so typst sets the same widths.

They are widened as LibreOffice widens, at the one size each scale is set at: LibreOffice
(7.4) makes the font's width a whole number of twips, the height's times the scale,
truncated, so the notes' 8.5 pt (170 twips) at 104 % are 176 twips wide: 103.53 %, not 104 %
(the ``Tm`` of its PDFs and its own caret positions say so; the body's 200 twips at 103 %
are 206 exactly). Widened by 104 % the notes ran 0.45 % wider than LibreOffice's. Its
advances, whole pixels of an 8640 dpi reference device, are not copied: within 1/12 twip of
these, and more lines broke unlike its own with them (bench/RESULTS.md, 2026-12-04).

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
from delegate_editor.formats.layout import PRESETS

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FACES = ("Regular", "Bold", "Italic", "BoldItalic")
# character scales of formats/layout.py set by typst in a widened face: the body and the notes
SCALES = (103, 104)


def used_size(scale: int) -> float:
    """The one size (pt) the layouts set ``scale`` at: the body's 10 pt for 103 %, the
    notes' 8.5 pt for 104 %."""
    fonts = [font for layout in PRESETS.values() for font in (layout.base.font, layout.notes.para.font)]
    fonts += [para.font for layout in PRESETS.values() for para in layout.styles.values()]
    sizes = {font.size for font in fonts if font.scale == scale}
    if len(sizes) != 1:
        raise SystemExit(f"{scale} % is set at {sorted(sizes)} pt: one face cannot widen it for each")
    return sizes.pop()


def lo_factor(scale: int, size: float) -> float:
    """The widening LibreOffice gives ``scale`` at ``size``: the font's width in whole twips,
    its height times the scale, truncated (170 twips at 104 % is 176, not 176.8)."""
    height = round(size * 20)
    return (height * scale // 100) / height


# tables that hold hinting for the original outlines, or kerning typst is told not to use
_DROPPED = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "kern", "GPOS")


def widen(source: Path, target: Path, scale: int, factor: float) -> None:
    font = TTFont(str(source), recalcTimestamp=False)
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
        factor = lo_factor(scale, used_size(scale))
        for face in FACES:
            target = FONTS / WIDE_FILE.format(scale=scale, face=face)
            widen(FONTS / f"LiberationSerif-{face}.ttf", target, scale, factor)
            print(target.relative_to(FONTS.parent.parent), target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
