"""The geometry both office writers take from one place (layout.py and page_paras.py): label
text and its tabs, the agenda spacer, where a footnote's first line starts, and the page
parts' styles. The DOCX and ODT tests check the pages themselves; these check the rules."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from delegate_editor.formats import page_paras as pp
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_styles import style_id
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import PRESETS, SESSION_GROUP, BlockStyle, Font, Tab, pt
from delegate_editor.formats.odt_writer import write_odt

LAYOUTS = list(PRESETS.values())
IDS = [layout.name for layout in LAYOUTS]


@pytest.mark.parametrize("layout", LAYOUTS, ids=IDS)
def test_label_text_uses_the_tabs_of_its_style(layout):
    for style, para in layout.styles.items():
        text = para.label_text("12.")
        tabs = para.label_tabs(layout.tab_grid)
        if not para.text:
            # no label column: the text follows the label after a space, and there is no stop
            assert (text, tabs) == ("12. ", ()), style
        elif para.label_align == "right":
            # the line starts at the edge, tabs to the label's end, then to the text
            assert text == "\t12.\t", style
            assert tabs[:2] == (Tab(para.first_line, "right"), Tab(para.text)), style
            assert para.line_start(labelled=True) == 0 != para.line_start(labelled=False)
        else:
            assert text == "12.\t", style
            assert tabs[0] == Tab(para.text), style
            assert para.line_start(labelled=True) == para.line_start(labelled=False)


@pytest.mark.parametrize("layout", LAYOUTS, ids=IDS)
def test_only_the_agenda_line_after_the_session_group_is_set_off(layout):
    assert layout.single_line_spacer > 0
    for prev in [None, *BlockStyle]:
        for style in BlockStyle:
            expected = (
                layout.single_line_spacer if style is BlockStyle.AGENDA and prev in SESSION_GROUP else 0
            )
            assert layout.spacer_before(style, prev) == expected, (prev, style)
    assert layout.spacer_before(BlockStyle.AGENDA, None) == 0  # the first block


@pytest.mark.parametrize("layout", LAYOUTS, ids=IDS)
def test_a_note_mark_ends_at_mark_right(layout):
    notes = layout.notes
    para = notes.para
    seen: list[tuple[str, Font]] = []

    def width(text: str, font: Font) -> float:
        seen.append((text, font))
        return 9.0  # pt

    start = notes.mark_start("10", width)
    mark_twips = round(9.0 * para.font.scale / 100 * 20)
    assert start == min(para.left, notes.mark_right - mark_twips)
    # measured in the superscript size of the note's own font
    assert seen == [("10", Font(size=para.font.size * notes.superscript_ratio, spacing=para.font.spacing))]
    # an empty mark never starts the line right of the continuation indent
    assert notes.mark_start("", lambda _t, _f: 0.0) == min(para.left, notes.mark_right)
    # with the real metrics a wider mark starts further left
    real = font_metrics().width
    assert notes.mark_start("100", real) < notes.mark_start("1", real) <= para.left


@pytest.mark.parametrize("layout", LAYOUTS, ids=IDS)
def test_page_paras_follow_the_layout(layout):
    pages = pp.page_paras(layout, "H", "F")
    run, base, mast = layout.running, layout.base, layout.masthead
    # the running head's text and rule fill the layout's header height exactly, below the
    # drop from the masthead's top to the running heads' header distance
    filled = pages.header.before + pages.header.line + run.header_after + run.header_rule
    natural = base.line + run.header_after + run.header_rule
    assert filled == pytest.approx(pt(layout.page.header_drop) + max(pt(run.header_height), natural))
    # and they end above the body
    assert layout.page.header_distance + run.header_height <= layout.page.top
    assert (pages.header.name, pages.footer.name) == ("H", "F")
    assert pages.footer_tabs == (Tab(layout.page.text_width, "right"),)
    assert pages.organ.before == mast.organ_before and pages.organ.line == mast.organ_line
    assert pages.symbol.align == "right"
    assert pages.job_line.before == 0  # each format pushes page 1's footer down its own way
    note = layout.notes.para
    assert pages.note_tabs == (Tab(note.text or note.left),)


def _docx_style_names(data: bytes) -> dict[str, str]:
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml"))
    out = {}
    for style in root.iterfind("w:style", ns):
        name = style.find("w:name", ns).get(f"{{{ns['w']}}}val")
        out[name] = style.get(f"{{{ns['w']}}}styleId")
    return out


def _odt_style_names(data: bytes) -> set[str]:
    style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("styles.xml"))
    return {
        s.get(f"{{{style_ns}}}display-name") or s.get(f"{{{style_ns}}}name")
        for s in root.iter(f"{{{style_ns}}}style")
    }


def test_both_exports_name_the_page_parts_alike(example_draft):
    names = [
        pp.MASTHEAD_ORGANIZATION,
        pp.MASTHEAD_SYMBOL,
        pp.MASTHEAD_SYMBOL_FIRST,
        pp.MASTHEAD_ORGAN,
        pp.DISTRIBUTION,
        pp.DISTRIBUTION_LINE,
        pp.MASTHEAD_SPACE,
        pp.JOB_LINE,
        pp.JOB_NUMBER,
    ]
    docx = _docx_style_names(write_docx(example_draft))
    odt = _odt_style_names(write_odt(example_draft))
    for name in names:
        assert docx.get(name) == style_id(name), name
        assert name in odt, name


@pytest.mark.parametrize("layout", LAYOUTS, ids=IDS)
def test_masthead_rows_cover_every_column_once(example_draft, layout):
    rendered = render(example_draft, layout)
    mast = layout.masthead
    row1, row2 = pp.masthead_rows(rendered)
    for row in (row1, row2):
        covered = [c for cell in row.cells for c in range(cell.first, cell.last + 1)]
        assert covered == list(range(len(mast.columns)))
    # the thin rule under row 1 is the one over row 2; the thick rule closes the masthead
    assert (row1.rule_top, row1.rule_bottom, row2.rule_top, row2.rule_bottom) == (
        None,
        mast.thin_rule,
        mast.thin_rule,
        mast.thick_rule,
    )
    assert (row1.height, row2.height) == (mast.row1_height, mast.row2_height)
    lines = {style: text for row in (row1, row2) for cell in row.cells for style, text in cell.lines}
    m = rendered.masthead
    assert lines[pp.MASTHEAD_SYMBOL] == m.symbol == "E/CN.15/2013/L.14"
    assert lines[pp.MASTHEAD_ORGAN] == m.organ
    distribution = next(cell.lines for cell in row2.cells if cell.first == mast.distr_col)
    assert distribution == (
        (pp.DISTRIBUTION, m.distribution),
        (pp.DISTRIBUTION_LINE, m.date),
        (pp.DISTRIBUTION_LINE, ""),
        (pp.DISTRIBUTION_LINE, m.original),
    )


def test_symbol_parts():
    assert pp.symbol_parts("E/CN.15/2013/L.14") == ("E", "/CN.15/2013/L.14")
    assert pp.symbol_parts("A/78/L.1") == ("A", "/78/L.1")
    assert pp.symbol_parts("") == ("", "")
    assert pp.symbol_parts("/x") == ("", "/x")
