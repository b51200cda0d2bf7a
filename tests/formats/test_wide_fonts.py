"""The widened faces that set Word's character scale in the typeset pages.

They are built by ``scripts/make_wide_fonts.py`` (fontTools, not a dependency of the app)
and committed; these tests read them with the app's own font reader, so a face rebuilt
wrong, or renamed, fails here without fontTools.
"""

from __future__ import annotations

import struct

import pytest

from delegate_editor.formats.font_metrics import FONT_FILES, _tables, font_dir, read_metrics, wide_family
from delegate_editor.formats.layout import GENEVA, NEW_YORK, VIENNA
from delegate_editor.formats.layout_types import Font

FACES = ("Regular", "Bold", "Italic", "BoldItalic")


# LibreOffice's widening at the size each face is set at: its font width is whole twips,
# the height's times the scale truncated (body 10 pt: 200 -> 206; notes 8.5 pt: 170 -> 176)
LO_FACTOR = {103: 206 / 200, 104: 176 / 170}


def test_the_factors_are_the_layouts_sizes_in_whole_twips():
    for font in (NEW_YORK.base.font, NEW_YORK.notes.para.font):
        height = round(font.size * 20)
        assert LO_FACTOR[font.scale] == (height * font.scale // 100) / height


@pytest.mark.parametrize("scale", [103, 104])
@pytest.mark.parametrize("face", FACES)
def test_every_advance_is_the_liberation_advance_widened(scale, face):
    base = read_metrics(font_dir() / f"LiberationSerif-{face}.ttf")
    wide = read_metrics(font_dir() / f"DelegateSerif{scale}-{face}.ttf")
    assert wide.units_per_em == base.units_per_em and wide.descender == base.descender
    assert wide.advances.keys() == base.advances.keys()
    assert all(wide.advances[c] == round(a * LO_FACTOR[scale]) for c, a in base.advances.items())
    assert len(base.advances) > 600  # the whole Latin and Cyrillic repertoire, not a sample


@pytest.mark.parametrize("scale", [103, 104])
def test_the_faces_do_not_carry_the_reserved_name(scale):
    """The SIL Open Font License reserves "Liberation" for the unmodified fonts: no name a
    program shows or looks a font up by (family, unique, full, PostScript, typographic
    family) holds it. The trademark notice (name 7) stays, as the licence asks."""
    for face in FACES:
        names = _names((font_dir() / f"DelegateSerif{scale}-{face}.ttf").read_bytes())
        shown = [text for (name_id, text) in names if name_id in (1, 3, 4, 6, 16)]
        assert shown and not any("Liberation" in text for text in shown)
        assert f"Delegate Serif {scale}" in [text for (name_id, text) in names if name_id == 1]
        assert any("Liberation" in text for (name_id, text) in names if name_id == 7)


def _names(font: bytes) -> list[tuple[int, str]]:
    table = _tables(font)[b"name"]
    count, offset = struct.unpack_from(">HH", table, 2)
    out = []
    for i in range(count):
        platform, _, _, name_id, length, at = struct.unpack_from(">6H", table, 6 + 12 * i)
        raw = table[offset + at : offset + at + length]
        out.append((name_id, raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")))
    return out


@pytest.mark.parametrize("layout", [NEW_YORK, GENEVA, VIENNA], ids=["new-york", "geneva", "vienna"])
def test_the_layouts_scales_have_their_faces(layout):
    fonts = [layout.base.font, layout.notes.para.font, *(p.font for p in layout.styles.values())]
    for font in fonts:
        expected = f"Delegate Serif {font.scale}" if font.scale in (103, 104) else None
        assert wide_family(font) == expected, font


def test_new_york_sets_body_and_notes_in_the_widened_faces():
    assert wide_family(NEW_YORK.base.font) == "Delegate Serif 103"
    assert wide_family(NEW_YORK.notes.para.font) == "Delegate Serif 104"
    # a scale without a face keeps letter spacing; so does a family that is not Liberation's
    assert wide_family(Font(size=14, scale=96)) is None
    assert wide_family(Font(size=10, scale=103, family="Arial")) is None
    assert wide_family(Font(size=10)) is None
    assert all((font_dir() / name).is_file() for name in FONT_FILES)
