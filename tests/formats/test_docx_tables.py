"""Tables in the DOCX, both ways: an annex's rows are one real Word table (``w:tbl``) in the
geometry every writer shares, and come back as the annex's rows, from our own file, from
one that lost its embedded draft, from one LibreOffice saved again and from one another
program wrote (merged cells, a nested table, a deleted row). The tracked-changes DOCX sets
them as a table too, its rows added and removed as rows.

The rows are those of the staffing table in the annex of A/C.5/80/L.4 (the note "a" under
it is the header cell's footnote); its body rows are repeated so that the table runs onto a
second page, where LibreOffice must repeat the header row.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx_factory import make_docx, p, r, without_embedded_docx
from lxml import etree
from office import pdf_pages, soffice_convert
from test_tracked_changes import SYSTEM_PYTHON, _require_uno

from delegate_editor.formats import registry
from delegate_editor.formats.block_types import column_widths, grouped
from delegate_editor.formats.blocks import render
from delegate_editor.formats.compare import compare
from delegate_editor.formats.docx_changes import write_tracked_docx
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.reimport import TRACKED
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import AnnexParagraph, AnnexStyle, Draft
from delegate_editor.model.table import join_cells, split_cells
from delegate_editor.model.text import NoteRef, plain_text, rich
from delegate_editor.model.versions import draft_from_base

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
HEADER = [
    "Category",
    "Number of posts (excluding special political missions)",
    "Number of posts (special political missions)",
    "Total",
]
NOTE_A = (
    "Includes one National Professional Officer post in the Department of Global Communications "
    "established as of 1 February 2026."
)
ROWS = [
    ["Professional and higher", "", "", ""],
    ["Deputy Secretary-General", "1", "–", "1"],
    ["Under-Secretary-General", "39", "17", "56"],
    ["P-4", "1 573", "298", "1 871"],
]
REPEAT = 16  # the body rows over and over: the table runs onto a second page


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


TEXT = f"""\
General Assembly

A/C.5/80/L.4

Distr.: Limited

Original: English

Fifth Committee

Questions relating to the proposed programme budget for 2026

*The General Assembly*,

*Reaffirming also* the respective mandates of the Committee for Programme and Coordination \
and the Advisory Committee on Administrative and Budgetary Questions in the consideration of \
the proposed programme budget,

1. *Decides* to increase the interest income under income section 2 by 3,000,000 dollars.

Annex

Staffing table for 2026

{_line([HEADER[0], HEADER[1], HEADER[2] + "[^1]", HEADER[3]])}
| --- | --- | --- | --- |
| *Expenditure sections* |  |  |  |
{chr(10).join(_line(row) for row in ROWS * REPEAT)}

[^1]: {NOTE_A}
"""


def staffing_draft() -> Draft:
    return read_text(TEXT, "A_C.5_80_L.4.txt")


def table_rows(draft: Draft) -> list[tuple[AnnexStyle, list[str]]]:
    """The annex's rows: each one's style and its cells' words."""
    rows = [para for para in draft.annexes[0].paragraphs if para.style in (AnnexStyle.ROW, AnnexStyle.HEADER)]
    return [(row.style, [plain_text(cell) for cell in split_cells(row.text)]) for row in rows]


EXPECTED = [(AnnexStyle.HEADER, HEADER), (AnnexStyle.ROW, ["Expenditure sections", "", "", ""])]
EXPECTED += [(AnnexStyle.ROW, row) for row in ROWS * REPEAT]


def _body(raw: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return etree.fromstring(z.read("word/document.xml")).find("w:body", NS)


def _text(el: etree._Element) -> str:
    return "".join(el.xpath(".//w:t/text()", namespaces=NS))


def _val(el: etree._Element, path: str) -> str:
    return el.xpath(path, namespaces=NS)[0]


@pytest.fixture(scope="module")
def draft() -> Draft:
    made = staffing_draft()
    assert table_rows(made) == EXPECTED  # the text form's table was read as one
    return made


@pytest.fixture(scope="module")
def exported(draft) -> bytes:
    return write_docx(draft)


def test_the_rows_are_one_word_table_with_the_shared_geometry(draft, exported):
    body = _body(exported)
    (table,) = body.findall("w:tbl", NS)
    rendered = render(draft)
    (rows,) = [item for item in grouped(rendered.blocks) if isinstance(item, list)]
    indent, width = rendered.layout.table_span()
    grid = [int(v) for v in table.xpath("w:tblGrid/w:gridCol/@w:w", namespaces=NS)]
    assert grid == column_widths(rows, width, rendered.layout) and sum(grid) == width
    assert len(grid) == 4 and grid[3] == min(grid)  # the column of totals, short figures, is narrowest
    assert _val(table, "w:tblPr/w:tblInd/@w:w") == str(indent)
    assert _val(table, "w:tblPr/w:tblW/@w:w") == str(width)
    assert _val(table, "w:tblPr/w:tblLayout/@w:type") == "fixed"
    margins = table.xpath("w:tblPr/w:tblCellMar/*[self::w:left or self::w:right]/@w:w", namespaces=NS)
    assert margins == [str(rendered.layout.table.pad)] * 2
    trs = table.findall("w:tr", NS)
    assert len(trs) == len(EXPECTED)
    assert [tr.find("w:trPr/w:tblHeader", NS) is not None for tr in trs] == [True] + [False] * (len(trs) - 1)
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in trs)
    for tr, (_style, cells) in zip(trs, EXPECTED, strict=True):
        tcs = tr.findall("w:tc", NS)
        assert [_text(tc) for tc in tcs] == cells  # one paragraph a cell, empty ones too
        assert [int(_val(tc, "w:tcPr/w:tcW/@w:w")) for tc in tcs] == grid
        assert all(len(tc.findall("w:p", NS)) == 1 for tc in tcs)
    styles = {_val(tc, "w:p/w:pPr/w:pStyle/@w:val") for tc in trs[0].findall("w:tc", NS)}
    assert styles == {"TableHeading"}
    assert _val(trs[1], "w:tc/w:p/w:pPr/w:pStyle/@w:val") == "TableText"
    assert _val(trs[1], "w:tc/w:p/w:pPr/w:spacing/@w:before") == str(round(rendered.layout.table.before * 20))


def test_the_rules_run_above_and_below_the_header_and_under_the_last_row(exported):
    trs = _body(exported).find("w:tbl", NS).findall("w:tr", NS)

    def sides(tr: etree._Element) -> set[str]:
        return {etree.QName(b).localname for b in tr.xpath("w:tc/w:tcPr/w:tcBorders/*", namespaces=NS)}

    assert sides(trs[0]) == {"top", "bottom"}
    assert sides(trs[-1]) == {"bottom"}
    assert all(not sides(tr) for tr in trs[1:-1])
    assert _body(exported).xpath("w:tbl/w:tblPr/w:tblBorders/*/@w:val", namespaces=NS) == ["nil"] * 6


def test_a_cell_keeps_its_footnote_and_its_italics(exported):
    trs = _body(exported).find("w:tbl", NS).findall("w:tr", NS)
    third = trs[0].findall("w:tc", NS)[2]
    assert third.xpath(".//w:footnoteReference", namespaces=NS)  # a real note, in its cell
    with zipfile.ZipFile(io.BytesIO(exported)) as z:
        assert NOTE_A in "".join(etree.fromstring(z.read("word/footnotes.xml")).itertext())
    italic = trs[1].find("w:tc", NS).xpath(".//w:r[w:rPr/w:rStyle/@w:val='Emphasis']//text()", namespaces=NS)
    assert italic == ["Expenditure sections"]


def test_a_short_row_gets_empty_cells_and_a_comment_stands_in_its_first_cell(draft):
    short = draft_from_base(draft)
    row = AnnexParagraph(join_cells([rich("P-4"), rich("1 573")]), AnnexStyle.ROW)
    short.annexes[0].paragraphs.append(row)
    short.comments = [Comment(row.id, "1 573 or 1 571?", "Mexico")]
    raw = write_docx(short)
    last = _body(raw).find("w:tbl", NS).findall("w:tr", NS)[-1]
    tcs = last.findall("w:tc", NS)
    assert [_text(tc) for tc in tcs] == ["P-4", "1 573", "", ""]
    assert tcs[0].xpath(".//w:commentReference", namespaces=NS)
    assert not any(tc.xpath(".//w:commentReference", namespaces=NS) for tc in tcs[1:])
    # read as another program's file, the comment comes back on its row
    back = read_docx(without_embedded_docx(raw), "short.docx").draft
    (comment,) = back.comments
    (on,) = [para for para in back.annexes[0].paragraphs if para.id == comment.node_id]
    assert [plain_text(cell) for cell in split_cells(on.text)] == ["P-4", "1 573", "", ""]


def test_our_docx_gives_the_draft_back_unchanged(draft, exported, tmp_path):
    path = tmp_path / "A_C.5_80_L.4.docx"
    path.write_bytes(exported)
    result = registry.read_any(path)
    assert result.messages == []
    assert write_text(result.draft) == write_text(draft)
    assert table_rows(result.draft) == EXPECTED


def test_without_the_embedded_draft_the_rows_are_read_from_the_table(draft, exported):
    result = read_docx(without_embedded_docx(exported), "A_C.5_80_L.4.docx")
    back = result.draft
    assert table_rows(back) == EXPECTED
    header = next(para for para in back.annexes[0].paragraphs if para.style is AnnexStyle.HEADER)
    (note,) = [item for item in split_cells(header.text)[2] if isinstance(item, NoteRef)]
    assert plain_text(back.footnotes[note.note_id].text) == NOTE_A  # the note stays in its cell
    assert write_text(back) == write_text(draft)


def _foreign_table() -> str:
    """A table as another program writes one: a header row, a section row spanning the four
    columns, a cell holding a table, a cell merged into the one above, a deleted row."""

    def tc(content: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or p()}</w:tc>"

    def tr(cells: list[str], props: str = "") -> str:
        return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"

    nested = f"<w:tbl><w:tr>{tc(p(r('1')))}</w:tr></w:tbl>{p()}"
    deleted = '<w:del w:id="9" w:author="A"/>'
    gone = [
        tc(f'<w:p><w:del w:id="{k}" w:author="A"><w:r><w:delText>{t}</w:delText></w:r></w:del></w:p>')
        for k, t in enumerate(["D-2", "115", "5", "120"], start=10)
    ]
    return (
        "<w:tbl><w:tblGrid>" + '<w:gridCol w:w="2000"/>' * 4 + "</w:tblGrid>"
        + tr([tc(p(r(text))) for text in HEADER], "<w:tblHeader/>")
        + tr([tc(p(r("Professional and higher")), '<w:gridSpan w:val="4"/>')])
        + tr([tc(p(r("Deputy Secretary-General"))), tc(nested), tc(p(r("–"))), tc(p(r("1")))])
        + tr([tc(p(r("Under-Secretary-General"))), tc(p(r("39")), '<w:vMerge w:val="restart"/>'),
              tc(p(r("17"))), tc(p(r("56")))])
        + tr([tc(p(r("P-4"))), tc(p(r("39")), "<w:vMerge/>"), tc(p(r("298"))), tc(p(r("1 871")))])
        + tr(gone, deleted)
        + "</w:tbl>"
    )  # fmt: skip


def test_a_table_another_program_wrote():
    masthead = (
        "<w:tbl><w:tr><w:tc>" + p(r("General Assembly")) + "</w:tc><w:tc>" + p(r("A/C.5/80/L.4"))
        + "</w:tc></w:tr><w:tr><w:tc>" + p(r("Distr.: Limited")) + "</w:tc><w:tc>"
        + p(r("Original: English")) + "</w:tc></w:tr></w:tbl>"
    )  # fmt: skip
    body = (
        masthead
        + p(r("Questions relating to the proposed programme budget for 2026"))
        + p(r("The General Assembly", italic=True), r(","))
        + p(
            r("1.\t"),
            r("Decides", italic=True),
            r(" to increase the interest income under income section 2 by 3,000,000 dollars."),
        )
        + p(r("Annex"))
        + p(r("Staffing table for 2026"))
        + _foreign_table()
    )
    result = read_docx(make_docx(body), "foreign.docx")
    assert result.messages == [TRACKED]  # the deleted row
    draft = result.draft
    assert draft.front.symbol == "A/C.5/80/L.4"  # the masthead table before the words: its cells
    assert table_rows(draft) == [
        (AnnexStyle.HEADER, HEADER),
        (AnnexStyle.ROW, ["Professional and higher", "", "", ""]),
        (AnnexStyle.ROW, ["Deputy Secretary-General", "1", "–", "1"]),
        (AnnexStyle.ROW, ["Under-Secretary-General", "39", "17", "56"]),
        (AnnexStyle.ROW, ["P-4", "", "298", "1 871"]),
    ]


# -- real clients ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def libreoffice(exported, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("tables")
    path = folder / "A_C.5_80_L.4.docx"
    path.write_bytes(exported)
    return {
        "pdf": soffice_convert(path, "pdf", folder / "pdf"),
        "docx": soffice_convert(path, "docx:MS Word 2007 XML", folder / "resaved"),
    }


@pytest.mark.office
def test_libreoffice_sets_a_row_on_one_line_and_repeats_the_header(libreoffice):
    pages = pdf_pages(libreoffice["pdf"])
    text = "\n".join(pages)
    assert re.search(r"^\s*Under-Secretary-General\s+39\s+17\s+56\s*$", text, re.M)
    assert re.search(r"^\s*P-4\s+1 573\s+298\s+1 871\s*$", text, re.M)
    holding = [page for page in pages if "Deputy Secretary-General" in page]
    assert len(holding) >= 2  # the table runs onto another page ...
    for page in holding:  # ... and its header row comes first on each of them
        lines = [line.strip() for line in page.splitlines()]
        head = next(k for k, line in enumerate(lines) if line.startswith("Category"))
        assert head < next(k for k, line in enumerate(lines) if line.startswith("Deputy Secretary-General"))


@pytest.mark.office
def test_the_rows_survive_a_save_by_libreoffice(libreoffice, draft):
    result = registry.read_any(libreoffice["docx"])
    assert not [m for m in result.messages if "in another program" in m]
    assert table_rows(result.draft) == EXPECTED
    foreign = read_docx(without_embedded_docx(libreoffice["docx"].read_bytes()), "resaved.docx")
    assert table_rows(foreign.draft) == EXPECTED  # read from LibreOffice's own table


def _edited(base: Draft) -> Draft:
    """Rows edited as a delegate would: one row's figures changed, a row of the same table
    added (Assistant Secretary-General), one removed (the first P-4)."""
    draft = draft_from_base(base)
    paras = draft.annexes[0].paragraphs
    rows = [k for k, para in enumerate(paras) if para.style is AnnexStyle.ROW]
    assert plain_text(paras[rows[4]].text).startswith("P-4")
    del paras[rows[4]]
    paras[rows[3]].text = join_cells([rich(c) for c in ["Under-Secretary-General", "34", "14", "48"]])
    added = ["Assistant Secretary-General", "34", "14", "48"]
    paras.insert(rows[3] + 1, AnnexParagraph(join_cells([rich(c) for c in added]), AnnexStyle.ROW))
    return draft


def test_openxml_audit_finds_nothing_in_the_table_nor_in_its_tracked_changes(draft, exported, tmp_path):
    new = _edited(draft)
    assert new.base is not None
    for name, data in {
        "table.docx": exported,
        "tracked.docx": write_tracked_docx(compare(new.base, new), ""),
    }.items():
        (tmp_path / name).write_bytes(data)
        audit = [sys.executable, "-m", "openxml_audit", str(tmp_path / name)]
        result = subprocess.run(audit, capture_output=True, text=True)
        assert result.returncode == 0 and "no findings" in result.stdout, result.stdout


# tests/uno_changes.py, reading the tables of each document rather than its paragraphs
UNO_TABLES = """
import sys
sys.path.insert(0, sys.argv[1])
import uno_changes as u
def tables(doc):
    out, enum = [], doc.Text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            out.append([list(row) for row in el.getDataArray()])
    return out
u._text = lambda doc: (tables(doc), [])
u.main(sys.argv[2:])
"""


@pytest.mark.office
def test_the_tracked_docx_sets_the_table_and_libreoffice_accepts_and_rejects_its_rows(draft, tmp_path):
    _require_uno()
    new = _edited(draft)
    assert new.base is not None
    raw = write_tracked_docx(compare(new.base, new), "Mexico")
    (table,) = _body(raw).findall("w:tbl", NS)
    assert len(table.xpath("w:tr/w:trPr/w:ins", namespaces=NS)) == 1
    assert len(table.xpath("w:tr/w:trPr/w:del", namespaces=NS)) == 1
    files = {"tracked.docx": raw, "draft.docx": write_docx(new), "base.docx": write_docx(new.base)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    script = tmp_path / "uno_tables.py"
    script.write_text(UNO_TABLES)
    tests = str(Path(__file__).resolve().parents[1])
    done = subprocess.run(
        [SYSTEM_PYTHON, str(script), tests, *files], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    accepted, rejected = seen["tracked.docx"]["accept"], seen["tracked.docx"]["reject"]
    assert accepted["changes"] >= 4
    assert accepted["paragraphs"] == seen["draft.docx"]["accept"]["paragraphs"]
    assert rejected["paragraphs"] == seen["base.docx"]["reject"]["paragraphs"]
    assert accepted["paragraphs"] != rejected["paragraphs"]
    # and our own reader, which accepts the changes, reads the newer rows
    assert table_rows(read_docx(raw, "tracked.docx").draft) == table_rows(new)
