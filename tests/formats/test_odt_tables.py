"""Tables in the ODT, both ways: an annex's rows set as one real ``table:table`` (its columns,
its header rows repeated on each page, the rules of ``layout.table``), read as such by
LibreOffice and pandoc, and read back by our reader as the annex's rows, from our own file,
from one without the embedded draft, and from LibreOffice's re-save.

The rows are those of the staffing table of A/C.5/80/L.4 (annex, "Staffing table for 2026").
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx_factory import rewrite
from lxml import etree
from office import pandoc_markdown, pdf_pages, require, soffice_convert
from pdfwords import find, same_line, words
from test_odt_reader import without_embedded_odt
from test_text import without_ids

from delegate_editor.formats.block_types import column_widths, grouped
from delegate_editor.formats.blocks import render
from delegate_editor.formats.compare import compare
from delegate_editor.formats.layout import pt
from delegate_editor.formats.odt_changes import write_tracked_odt
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.odt_xml import length, points
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import AnnexStyle, Draft
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import NoteRef, Run, plain_text
from delegate_editor.storage import dres

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "odf-schema" / "OpenDocument-v1.2-os-schema.rng"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}

HEADER = (
    "| Category | Number of posts (excluding special political missions) "
    "| Number of posts (special political missions)[^1] | Total |\n| --- | --- | --- | --- |"
)
ROWS = """| *Expenditure sections* |
| Professional and higher | | | |
| Deputy Secretary-General | 1 | – | 1 |
| Under-Secretary-General | 39 | 17 | 56 |
| Assistant Secretary-General | 34 | 14 | 48 |
| D-2 | 115 | 5 | 120 |
| P-4 | 1 573 | 298 | 1 871 |"""
NOTE = (
    "[^1]: Includes one National Professional Officer post in the Department of Global "
    "Communications established as of 1 February 2026."
)


def text_with(rows: str) -> str:
    return f"""United Nations A/C.5/80/L.4

General Assembly

Eightieth session

Fifth Committee

Agenda item 136

Proposed programme budget for 2026

Draft resolution submitted by the Chair of the Committee following informal consultations

Questions relating to the proposed programme budget for 2026

*The General Assembly*,

1. *Decides* to increase the interest income under income section 2 by 3,000,000 dollars.

Annex

Staffing table for 2026

{HEADER}
{rows}

{NOTE}
"""


def staffing() -> Draft:
    return read_text(text_with(ROWS), "A_C.5_80_L.4.txt")


def long_staffing() -> Draft:
    """The same rows eight times over: the table runs onto a second page."""
    body = ROWS.split("\n", 1)[1]
    return read_text(text_with("\n".join([body] * 8)), "A_C.5_80_L.4.txt")


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def content(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("content.xml"))


def auto_props(root: etree._Element, name: str) -> dict[str, str]:
    """The properties of the automatic style ``name``, by their local names."""
    for style in root.find(q("office:automatic-styles")):
        if style.get(q("style:name")) == name:
            return {etree.QName(k).localname: v for k, v in style[0].attrib.items()}
    raise AssertionError(f"no automatic style {name}")


WORDS = ".//text()[not(ancestor::text:note or ancestor::office:annotation)]"


def cell_texts(cell: etree._Element) -> str:
    """A cell's words, without its notes (their marks and text) and comments."""
    return "".join(cell.xpath(WORDS, namespaces=NS))


def rows_of(table: etree._Element) -> list[etree._Element]:
    return table.findall(f".//{q('table:table-row')}")


def annex_rows(draft: Draft) -> list[tuple[AnnexStyle, list[str]]]:
    """Each annex paragraph's style and its cells' words, trailing empty cells left off."""
    out = []
    for para in draft.annexes[0].paragraphs:
        texts = [plain_text(cell).strip() for cell in split_cells(para.text)]
        while len(texts) > 1 and not texts[-1]:
            texts.pop()
        out.append((para.style, texts))
    return out


HEADS = ["Category", "Number of posts (excluding special political missions)"]
HEADS += ["Number of posts (special political missions)", "Total"]  # the third cites a note
EXPECTED_ROWS = [
    (AnnexStyle.HEADER, HEADS),
    (AnnexStyle.ROW, ["Expenditure sections"]),
    (AnnexStyle.ROW, ["Professional and higher"]),
    (AnnexStyle.ROW, ["Deputy Secretary-General", "1", "–", "1"]),
    (AnnexStyle.ROW, ["Under-Secretary-General", "39", "17", "56"]),
    (AnnexStyle.ROW, ["Assistant Secretary-General", "34", "14", "48"]),
    (AnnexStyle.ROW, ["D-2", "115", "5", "120"]),
    (AnnexStyle.ROW, ["P-4", "1 573", "298", "1 871"]),
]


# ---------------------------------------------------------------------------------------
# The table in the file
# ---------------------------------------------------------------------------------------


def test_the_rows_are_one_table_with_its_columns_and_header_rows():
    draft = staffing()
    rendered = render(draft)
    (rows,) = [item for item in grouped(rendered.blocks) if isinstance(item, list)]
    root = content(write_odt(draft))
    (table,) = root.iter(q("table:table"))
    indent, width = rendered.layout.table_span()
    props = auto_props(root, table.get(q("table:style-name")))
    assert props["width"] == length(width) and props["margin-left"] == length(indent)
    assert props["align"] == "left" and props["may-break-between-rows"] == "true"
    columns = table.findall(q("table:table-column"))
    widths = [auto_props(root, c.get(q("table:style-name")))["column-width"] for c in columns]
    assert widths == [length(w) for w in column_widths(rows, width)]
    (header,) = table.findall(q("table:table-header-rows"))
    assert [[cell_texts(c) for c in r] for r in rows_of(header)] == [EXPECTED_ROWS[0][1]]
    body = table.findall(q("table:table-row"))
    assert [cell_texts(r[0]) for r in body] == [texts[0] for _style, texts in EXPECTED_ROWS[1:]]
    # every row as many cells as the table has columns, the one-cell row too
    assert {len(r.findall(q("table:table-cell"))) for r in rows_of(table)} == {4}
    for row in rows_of(table):
        assert auto_props(root, row.get(q("table:style-name")))["keep-together"] == "always"


def test_cells_are_paragraphs_of_the_row_styles_with_italics_and_a_real_footnote():
    root = content(write_odt(staffing()))
    (table,) = root.iter(q("table:table"))
    header, first, *_ = rows_of(table)
    assert {c[0].get(q("text:style-name")) for c in header} == {"Table_20_Heading"}
    assert all(len(c.findall(q("text:p"))) == 1 for c in header)
    assert {c[0].get(q("text:style-name")) for c in first} == {"Table_20_Text"}
    assert all(len(c.findall(q("text:p"))) == 1 for c in first)
    (note,) = header[2].iter(q("text:note"))
    assert "National Professional Officer" in "".join(note.itertext())
    (italic,) = first[0].iter(q("text:span"))
    assert italic.get(q("text:style-name")) == "Emphasis" and italic.text == "Expenditure sections"


def test_the_rules_are_above_and_below_the_header_rows_and_under_the_last_row():
    """The cells draw the rules, and the borders collapse (``table:border-model``), as the
    DOCX's do in LibreOffice: with separating borders LibreOffice breaks each rule where two
    columns meet and draws the last row's rule at each page's foot."""
    draft = staffing()
    layout = render(draft).layout
    root = content(write_odt(draft))
    rule = f"{points(layout.table.rule)} solid #000000"
    table = next(root.iter(q("table:table")))
    assert auto_props(root, table.get(q("table:style-name")))["border-model"] == "collapsing"
    borders = []
    for row in rows_of(table):
        props = {auto_props(root, c.get(q("table:style-name")))["border-top"] for c in row}
        props |= {"bottom " + auto_props(root, c.get(q("table:style-name")))["border-bottom"] for c in row}
        borders.append(props)
    assert borders[0] == {rule, f"bottom {rule}"}
    assert all(b == {"none", "bottom none"} for b in borders[1:-1])
    assert borders[-1] == {"none", f"bottom {rule}"}
    cell = auto_props(root, next(root.iter(q("table:table-cell"))).get(q("table:style-name")))
    assert cell["padding-left"] == cell["padding-right"] == length(layout.table.pad)
    assert cell["padding-top"] == points(layout.table.before)
    assert cell["padding-bottom"] == points(layout.table.after)
    assert cell["border-left"] == cell["border-right"] == "none"


def test_the_package_with_a_table_validates_against_the_odf_1_2_schema():
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    draft = staffing()
    draft.comments = [Comment(draft.annexes[0].paragraphs[3].id, "Check the figure.", "Mexico")]
    assert schema.validate(content(write_odt(draft))), schema.error_log.last_error


def test_a_comment_on_a_row_stands_in_its_first_cell_and_comes_back_to_the_row():
    draft = staffing()
    row = draft.annexes[0].paragraphs[3]  # Deputy Secretary-General
    draft.comments = [Comment(row.id, "Check the figure.", "Mexico")]
    raw = write_odt(draft)
    (annotation,) = content(raw).iter(q("office:annotation"))
    cell = annotation.getparent().getparent()
    assert cell.tag == q("table:table-cell") and cell_texts(cell) == "Deputy Secretary-General"
    assert cell.getprevious() is None
    assert [(c.node_id, c.text) for c in read_odt(raw, "a.odt").draft.comments] == [
        (row.id, "Check the figure.")
    ]
    foreign = read_odt(without_embedded_odt(raw), "a.odt").draft
    (comment,) = foreign.comments
    assert comment.node_id == foreign.annexes[0].paragraphs[3].id


# ---------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------


def test_the_draft_comes_back_whole_from_our_odt():
    draft = staffing()
    result = read_odt(write_odt(draft), "A_C.5_80_L.4.odt")
    assert result.messages == []
    assert dres.dumps(result.draft) == dres.dumps(draft)


def test_without_the_embedded_draft_the_rows_are_read_from_the_table():
    draft = staffing()
    back = read_odt(without_embedded_odt(write_odt(draft)), "A_C.5_80_L.4.odt").draft
    assert annex_rows(back) == EXPECTED_ROWS
    header = back.annexes[0].paragraphs[0].text
    (ref,) = [item for item in header if isinstance(item, NoteRef)]
    assert "1 February 2026" in plain_text(back.footnotes[ref.note_id].text)
    first = back.annexes[0].paragraphs[1].text
    assert first == (Run("Expenditure sections", True), Run("\t\t\t"))
    assert without_ids(back)["operative"] == without_ids(draft)["operative"]


def _edit_cells(xml: str) -> str:
    """The "D-2" row's second cell merged into its first (a covered cell), and a table nested
    in the "P-4" row's last cell."""
    d2 = re.compile(
        r"(<text:p [^>]*>D-2</text:p></table:table-cell>)<table:table-cell [^>]*>.*?</table:table-cell>"
    )
    xml, n = d2.subn(r"\1<table:covered-table-cell/>", xml, count=1)
    nested = (
        "<table:table><table:table-column/><table:table-row><table:table-cell>"
        "<text:p>298</text:p></table:table-cell></table:table-row></table:table>"
    )
    p4 = re.compile(r"(<text:p [^>]*>)1 871(</text:p>)")
    xml, m = p4.subn(rf"\g<1>1 871\2{nested}", xml, count=1)
    assert n == m == 1
    return xml


def test_merged_cells_and_a_nested_table_are_read_without_failing():
    raw = rewrite(without_embedded_odt(write_odt(staffing())), {"content.xml": _edit_cells})
    rows = annex_rows(read_odt(raw, "A_C.5_80_L.4.odt").draft)
    assert rows[6] == (AnnexStyle.ROW, ["D-2", "", "5", "120"])
    assert rows[7] == (AnnexStyle.ROW, ["P-4", "1 573", "298", "1 871 298"])


def test_a_row_edited_in_another_program_keeps_its_cells():
    draft = staffing()
    edited = rewrite(write_odt(draft), {"content.xml": lambda xml: xml.replace(">39<", ">40<", 1)})
    result = read_odt(edited, "A_C.5_80_L.4.odt")
    assert result.messages == ["paragraph 5 of the annex was changed in another program"]
    assert annex_rows(result.draft)[4] == (AnnexStyle.ROW, ["Under-Secretary-General", "40", "17", "56"])


# ---------------------------------------------------------------------------------------
# The tracked-changes ODT of a comparison
# ---------------------------------------------------------------------------------------


def test_the_tracked_changes_odt_sets_rows_as_paragraphs_with_tab_stops_at_the_columns():
    old = staffing()
    new = read_text(text_with(ROWS.replace("| 39 | 17 | 56 |", "| 40 | 17 | 57 |")), "A_C.5_80_L.4.txt")
    comparison = compare(old, new)
    raw = write_tracked_odt(comparison, "Mexico")
    root = content(raw)
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    assert schema.validate(root), schema.error_log.last_error
    assert not list(root.iter(q("table:table")))
    rows = [p for p in root.iter(q("text:p")) if "".join(p.itertext()).startswith("Deputy Secretary-General")]
    (row,) = rows
    assert len(row.findall(q("text:tab"))) == 3
    style = next(
        s for s in root.iter(q("style:style")) if s.get(q("style:name")) == row.get(q("text:style-name"))
    )
    stops = [s.get(q("style:position")) for s in style.iter(q("style:tab-stop"))]
    layout = comparison.new.layout
    indent, width = layout.table_span()
    (table,) = [item for item in grouped(comparison.new.blocks) if isinstance(item, list)]
    widths = column_widths(table, width)
    assert stops == [length(indent + layout.table.pad + sum(widths[:k])) for k in (1, 2, 3)]


# ---------------------------------------------------------------------------------------
# LibreOffice and pandoc
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def office_files(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("odt-tables")
    (base / "staffing.odt").write_bytes(write_odt(staffing()))
    (base / "long.odt").write_bytes(write_odt(long_staffing()))
    return {
        "odt": base / "staffing.odt",
        "pdf": soffice_convert(base / "staffing.odt", "pdf", base / "pdf"),
        "long.pdf": soffice_convert(base / "long.odt", "pdf", base / "pdf"),
        "resaved": soffice_convert(base / "staffing.odt", "odt", base / "resaved"),
    }


@pytest.mark.office
def test_libreoffice_prints_each_row_on_one_line_from_the_body_indent(office_files):
    text = "\n".join(pdf_pages(office_files["pdf"]))
    assert re.search(r"^\s*Deputy Secretary-General\s+1\s+–\s+1\s*$", text, re.M)
    assert re.search(r"^\s*P-4\s+1 573\s+298\s+1 871\s*$", text, re.M)
    assert re.search(
        r"^\s*Category\s+Number of posts \(excluding\s+Number of posts \(special\s+Total\s*$", text, re.M
    )
    layout = render(staffing()).layout
    ws = words(office_files["pdf"])
    category = find(ws, "Category")
    indent, _width = layout.table_span()
    assert abs(category.x0 - pt(layout.page.left + indent + layout.table.pad)) < 1.0
    line = same_line(ws, find(ws, "Under-Secretary-General"))
    assert " ".join(w.text for w in line) == "Under-Secretary-General 39 17 56"


@pytest.mark.office
def test_libreoffice_repeats_the_header_row_on_the_next_page(office_files):
    pages = [p for p in pdf_pages(office_files["long.pdf"]) if "Deputy Secretary-General" in p]
    assert len(pages) >= 2
    for page in pages:
        assert re.search(r"^\s*Category\s+Number of posts", page, re.M)


_SVG_PATH = re.compile(r"<path\b([^>]*)>")
_SVG_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
_NUMBER = r"\s*(-?[\d.]+)\s*"
_SVG_LINE = re.compile(rf"^\s*M{_NUMBER}[ ,]{_NUMBER}L{_NUMBER}[ ,]{_NUMBER}$")
_SVG_MATRIX = re.compile(r"matrix\(([^)]*)\)")


def drawn_rules(pdf: Path, pages: int, out: Path) -> list[list[tuple[float, float, float]]]:
    """Each page's horizontal lines as LibreOffice drew them, read from poppler's vector
    image of the page (``pdftocairo -svg``): (y from the page's top, left end, right end) in
    pt for each stroked straight line, so that a rule broken where two columns meet shows as
    two lines."""
    require("pdftocairo")
    found = []
    for page in range(1, pages + 1):
        svg = out / f"page-{page}.svg"
        subprocess.run(
            ["pdftocairo", "-svg", "-f", str(page), "-l", str(page), str(pdf), str(svg)], check=True
        )
        lines = []
        for attrs in (dict(_SVG_ATTR.findall(m.group(1))) for m in _SVG_PATH.finditer(svg.read_text())):
            line = _SVG_LINE.match(attrs.get("d", ""))
            if line is None or "stroke-width" not in attrs.get("style", ""):
                continue  # glyphs and fills
            matrix = _SVG_MATRIX.search(attrs.get("transform", ""))
            a, b, c, d, e, f = (
                map(float, re.split(r"[ ,]+", matrix.group(1).strip())) if matrix else (1, 0, 0, 1, 0, 0)
            )
            x0, y0, x1, y1 = map(float, line.groups())
            (u0, v0), (u1, v1) = [(a * x + c * y + e, b * x + d * y + f) for x, y in ((x0, y0), (x1, y1))]
            if abs(v0 - v1) < 0.01:
                lines.append((v0, min(u0, u1), max(u0, u1)))
        found.append(sorted(lines))
    return found


@pytest.mark.office
def test_libreoffice_draws_each_rule_whole_and_none_at_a_page_foot(office_files, tmp_path):
    """Each page the table crosses has the rules above and below its repeated header row,
    each one line from the table's left edge to its right; the last has the rule under the
    last row besides; no page has a rule under its last row, as in the DOCX."""
    pdf = office_files["long.pdf"]
    layout = render(long_staffing()).layout
    indent, width = layout.table_span()
    left = pt(layout.page.left + indent)
    right = left + pt(width)
    ws = words(pdf)
    pages = sorted({w.page for w in ws if w.text == "Category"})
    assert len(pages) >= 2
    drawn = drawn_rules(pdf, pages[-1], tmp_path)
    # the table's rules: the lines within its span (the running head's and the notes' start
    # at the margin)
    rules = {page: [r for r in drawn[page - 1] if r[1] > left - 1 and r[2] < right + 1] for page in pages}
    assert [len(rules[page]) for page in pages] == [2] * (len(pages) - 1) + [3], rules
    for page in pages:
        for _y, x0, x1 in rules[page]:
            assert x0 == pytest.approx(left, abs=0.25) and x1 == pytest.approx(right, abs=0.25)
        head = find(ws, "Category", page)
        assert rules[page][0][0] < head.y0 and head.y1 < rules[page][1][0]
    # the third rule on the last page is under the table's last row ("P-4"), just below it
    last_row = max((w for w in ws if w.text == "P-4"), key=lambda w: (w.page, w.y1))
    assert last_row.page == pages[-1]
    assert 0 < rules[pages[-1]][2][0] - last_row.y1 < layout.table.after + 4


@pytest.mark.office
def test_pandoc_reads_the_table(office_files):
    """pandoc 2.17 to 3.x drop the rows of ``table:table-header-rows`` (jgm/pandoc#9327,
    LibreOffice's own header rows too); the body rows come out as a table's rows."""
    markdown = pandoc_markdown(office_files["odt"])
    assert re.search(r"^\s*Under-Secretary-General\s+39\s+17\s+56\s*$", markdown, re.M)
    assert re.search(r"^\s*P-4\s+1 573\s+298\s+1 871\s*$", markdown, re.M)
    assert re.search(r"^\s*-{5,}[ -]*$", markdown, re.M)  # the table's rule lines


@pytest.mark.office
def test_the_rows_survive_a_resave_by_libreoffice(office_files):
    resaved = office_files["resaved"]
    result = read_any(resaved)
    assert result.messages == []
    assert dres.dumps(result.draft) == dres.dumps(read_odt(office_files["odt"].read_bytes(), "x.odt").draft)
    foreign = read_odt(without_embedded_odt(resaved.read_bytes()), "A_C.5_80_L.4.odt").draft
    assert annex_rows(foreign) == EXPECTED_ROWS
