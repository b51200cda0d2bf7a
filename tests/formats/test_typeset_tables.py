"""A table in an annex on the typeset pages (typst): one typst table per run of rows, its
columns and cell margins those of the layout's table geometry, its heading rows repeated at
the top of each page it runs onto, its notes numbered and printed once; the same pages as
LibreOffice's rendering of our DOCX, and the same pages when typeset in slices.

The rows are A/C.5/80/L.4's staffing table (tests/data/corpus/drafts/A_C.5_80_L.4.txt,
its annex), read from the text form's pipe table as a delegate would paste it.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pdfwords import find, same_line, words

from delegate_editor.formats import typeset
from delegate_editor.formats.block_types import column_widths, is_row
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import pt
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typeset_slices import Slices, render_pages_sliced
from delegate_editor.formats.typst_source import inputs, page_data
from delegate_editor.model import Footnote, NoteRef, Run
from tests.office import pdf_pages, pdfinfo, require, soffice_convert

TOL = 0.6  # pt: poppler's glyph boxes, rounded

HEADER = (
    "| Category | Number of posts (excluding special political missions) "
    "| Number of posts (special political missions)a | Total |\n| --- | --- | --- | --- |\n"
)
SECTION = "| Professional and higher |  |  |  |\n"
ROWS = (
    "| Deputy Secretary-General | 1 | – | 1 |\n"
    "| Under-Secretary-General | 39 | 17 | 56 |\n"
    "| Assistant Secretary-General | 34 | 14 | 48 |\n"
    "| D-2 | 115 | 5 | 120 |\n"
    "| D-1 | 302 | 45 | 347 |\n"
    "| P-5 | 861 | 132 | 993 |\n"
    "| P-4 | 1 573 | 298 | 1 871 |\n"
    "| P-3 | 1 448 | 238 | 1 686 |\n"
    "| P-2/1 | 529 | 17 | 546 |\n"
    "| Subtotal | 4 902 | 766 | 5 668 |\n"
)
# the draft's own first page (its symbol, date, session, agenda item and sponsor line)
MASTHEAD = (
    "United Nations\nA/C.5/80/L.4\n\nGeneral Assembly\nDistr.: Limited\n29 December 2025\n"
    "Original: English\n\n25-21160 (E)\n\nEightieth session\nFifth Committee\nAgenda item 136\n"
    "Proposed programme budget for 2026\n\nDraft resolution submitted by the Chair of the Committee "
    "following informal consultations\n\nQuestions relating to the proposed programme budget for 2026\n\n"
    "The General Assembly,\n\n"
)
PARAGRAPHS = (
    "{n}. Notes with concern the significant variance between the general income and the "
    "approved estimates in 2024, and requests the Secretary-General to take measures to "
    "present more accurate income estimates in his reports;\n\n"
)


def staffing_draft(times: int = 1, paragraphs: int = 2):
    """A draft whose annex is the staffing table, its rows ``times`` over."""
    body = "".join(PARAGRAPHS.format(n=n) for n in range(1, paragraphs + 1))
    text = (
        f"{MASTHEAD}{body}Annex\nStaffing table for 2026\n\n{HEADER}{SECTION}{ROWS * times}\n"
        "Decides to increase the interest income under income section 2 by 3,000,000 dollars.\n"
    )
    return read_text(text)


def write(tmp_path: Path, draft, name: str = "table.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(typeset.write_pdf(draft))
    return out


def test_each_row_is_one_line_its_cells_in_the_layouts_columns(tmp_path):
    require("pdftotext")
    draft = staffing_draft()
    pdf = write(tmp_path, draft)
    lines = [re.split(r"\s{2,}", line.strip()) for line in pdf_pages(pdf)[0].splitlines()]
    assert ["P-4", "1 573", "298", "1 871"] in lines
    assert ["Deputy Secretary-General", "1", "–", "1"] in lines
    assert ["Professional and higher"] in lines  # a section row, its other cells empty

    rendered = render(draft)
    layout = rendered.layout
    rows = [b for b in rendered.blocks if is_row(b)]
    indent, width = layout.table_span()
    widths = column_widths(rows, width, layout)
    starts = [layout.page.left + indent + sum(widths[:k]) + layout.table.pad for k in range(4)]
    ws = words(pdf)
    p4 = find(ws, "P-4")
    line = same_line(ws, p4)
    assert [w.text for w in line] == ["P-4", "1", "573", "298", "1", "871"]
    for word, start in zip((line[0], line[1], line[3], line[4]), starts, strict=True):
        assert word.x0 == pytest.approx(pt(start), abs=TOL)
    # the heads in 9 pt, the rows in the body's 10 pt: the heads are smaller
    category = find(ws, "Category")
    assert category.x0 == pytest.approx(pt(starts[0]), abs=TOL)
    assert category.y1 - category.y0 < p4.y1 - p4.y0


def test_the_template_gets_one_table_of_the_layouts_geometry():
    draft = staffing_draft()
    data = page_data(render(draft))
    table = data["layout"]["table"]
    layout = render(draft).layout
    assert table == {
        "indent": pt(layout.table_span()[0]),
        "pad": pt(layout.table.pad),
        "before": layout.table.before,
        "after": layout.table.after,
        "rule": layout.table.rule,
    }
    rows = [b for b in data["blocks"] if "cols" in b]
    assert len(rows) == 12
    assert sum(rows[0]["cols"]) == pytest.approx(pt(layout.table_span()[1]))
    # every row has as many cells as the table has columns (three cell breaks)
    assert all(sum(1 for p in b["p"] if p.get("cell")) == 3 for b in rows)


def test_the_template_sets_a_table_without_warnings():
    """Bad arguments and layout loops show up as typst warnings (a table of two pages)."""
    data = page_data(render(staffing_draft(times=12)))
    made, main = typeset.engine()
    _pdf, warnings = made.compile_with_warnings(input=main, format="pdf", sys_inputs=inputs(data))
    assert warnings == []


def test_a_row_sent_to_the_next_page_takes_the_heading_rows_with_it(tmp_path):
    """formats/note_pages.py sends a row to the next page as LibreOffice does for a note
    that does not fit: the table goes on there under its heading rows, its notes once."""
    require("pdftotext")
    draft = staffing_draft()
    post = Footnote((Run("A/80/7/Add.2."),))
    draft.footnotes = {post.id: post}
    head = draft.annexes[0].paragraphs[0]
    head.text = (*head.text, NoteRef(post.id))
    data = page_data(render(draft))
    rows = [b for b in data["blocks"] if "cols" in b]
    rows[7]["pb"] = True  # "P-5"
    made, main = typeset.engine()
    pdf = tmp_path / "sent.pdf"
    pdf.write_bytes(made.compile(input=main, format="pdf", sys_inputs=inputs(data)))
    first, second = pdf_pages(pdf)
    assert "D-1" in first and "P-5" not in first
    lines = [line.split()[:1] for line in second.splitlines() if line.strip()]
    assert lines.index(["Category"]) + 2 == lines.index(["P-5"])  # the heads, two lines
    assert (first + second).count("A/80/7/Add.2.") == 1


def test_a_row_of_several_lines_is_never_split_between_pages(tmp_path):
    """As the DOCX asks of Word and LibreOffice (cantSplit): A/C.4/80/L.15's programme of
    work, a row of three lines after a row of one, over several pages (typst split such a
    row, two lines on one page and one on the next)."""
    require("pdftotext")
    one = "| 6 p.m. | Deadline for submission of proposals on all outstanding items |\n"
    three = (
        "| 6 p.m. | Deadline for submission of proposals on “United Nations Relief and Works Agency "
        "for Palestine Refugees in the Near East” and “Israeli practices and settlement activities "
        "affecting the rights of the Palestinian people and other Arabs of the occupied territories” |\n"
    )
    text = (
        "General Assembly\nDraft decision\n\nProgramme of work\n\nThe General Assembly,\n\n"
        "1. Decides to approve the programme of work.\n\nAnnex\nProgramme of work\n\n"
        f"| Date/time | Programme |\n| --- | --- |\n{(three + one) * 30}"
    )
    pages = pdf_pages(write(tmp_path, read_text(text)))
    assert len(pages) >= 4
    for page in pages:
        assert page.count("“United") == page.count("occupied territories”"), page


def test_the_heading_rows_repeat_on_each_page_the_table_runs_onto(tmp_path):
    require("pdftotext", "pdfinfo")
    pdf = write(tmp_path, staffing_draft(times=12))
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    with_rows = [page for page in pages if "P-4" in page]
    assert len(with_rows) >= 2, "the table runs over a page"
    for page in with_rows:
        lines = page.splitlines()
        heads = [k for k, line in enumerate(lines) if line.split()[:1] == ["Category"]]
        first_row = next(
            k
            for k, line in enumerate(lines)
            if re.match(r"\s*(Deputy|Under|Assistant|[DP]-\d|Subtotal)", line)
        )
        assert len(heads) == 1 and heads[0] < first_row, page
    # no page starts with a row of its own before the heading, and the rows all print
    assert sum(page.count("P-4 ") for page in pages) == 12


def _rules(pdf: Path, tmp_path: Path, left: float, right: float, dpi: int = 144) -> list[list[float]]:
    """Each page's horizontal lines across the table (pt from the page's top): pixel rows
    dark from ``left`` to ``right``, read from poppler's greyscale image of the page."""
    require("pdftoppm")
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(tmp_path / "page")], check=True)
    out = []
    for image in sorted(tmp_path.glob("page-*.pgm")):
        magic, size, _, pixels = image.read_bytes().split(b"\n", 3)
        assert magic == b"P5"
        width, height = map(int, size.split())
        x0, x1 = round(left * dpi / 72) + 2, round(right * dpi / 72) - 2
        rows = [y for y in range(height) if all(pixels[y * width + x] < 160 for x in range(x0, x1, 3))]
        # a line a few pixels thick is one rule
        out.append([y * 72 / dpi for k, y in enumerate(rows) if k == 0 or rows[k - 1] != y - 1])
    return out


def test_the_rules_run_above_and_below_the_heads_and_under_the_last_row_only(tmp_path):
    """Not under the last row of each page: LibreOffice draws none at a page's foot."""
    draft = staffing_draft(times=12)
    layout = render(draft).layout
    indent, width = layout.table_span()
    left = pt(layout.page.left + indent)
    pages = _rules(write(tmp_path, draft), tmp_path, left, left + pt(width))
    top = pt(layout.page.top)
    in_text = [[y for y in page if y > top - 1] for page in pages]
    assert [len(page) for page in in_text[1:]] == [2] * (len(pages) - 2) + [3]
    # a repeated heading row of two lines, taller by the rule above it as in LibreOffice
    heads = in_text[1][1] - in_text[1][0]
    geometry = layout.table
    assert heads == pytest.approx(2 * 10.5 + geometry.before + geometry.after + geometry.rule, abs=0.3)


def test_a_note_in_a_heading_cell_is_printed_once_and_numbers_on(tmp_path):
    require("pdftotext")
    draft = staffing_draft(times=12)
    post = Footnote(
        (
            Run(
                "Includes one National Professional Officer post in the Department of Global "
                "Communications established as of 1 February 2026."
            ),
        )
    )
    report = Footnote((Run("A/80/7/Add.2."),))
    draft.footnotes = {post.id: post, report.id: report}
    head, *_, last = draft.annexes[0].paragraphs
    head.text = (*head.text, NoteRef(post.id))
    last.text = (*last.text, NoteRef(report.id))
    pages = pdf_pages(write(tmp_path, draft))
    text = "\n".join(pages)
    assert text.count("Includes one National Professional Officer post") == 1
    assert len(re.findall(r"\bTotal1\b", text)) >= 2  # the mark in every repeated heading
    assert re.search(r"\b2\s+A/80/7/Add\.2\.", text), "the note after the table is note 2"


@pytest.mark.parametrize(
    ("times", "paragraphs", "size", "slices"),
    [
        (6, 40, 80, 2),  # a slice ends before the annex: the table whole in the next
        # no slice starts inside the table, where its rows would lose their heading rows:
        # the 152 rows are more than a slice, so the draft is typeset whole
        (15, 10, 120, 0),
    ],
)
def test_sliced_pages_with_a_table_are_the_pages_of_one_compile(times, paragraphs, size, slices):
    draft = staffing_draft(times, paragraphs)
    whole = typeset.render_pages(draft)
    memory = Slices()
    assert render_pages_sliced(draft, slice_blocks=size, memory=memory) == whole
    assert len(memory.done) == slices


def _has_table(docx: Path) -> bool:
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    return "<w:tbl>" in body or "<w:tbl " in body


def test_as_many_pages_as_libreoffice_shows_of_our_docx(tmp_path):
    require("soffice", "pdfinfo")
    draft = staffing_draft(times=12)
    docx = tmp_path / "table.docx"
    docx.write_bytes(write_docx(draft, render(draft).layout))
    assert _has_table(docx)  # the rows are a Word table, as the PDF's are a typst one
    theirs = soffice_convert(docx, "pdf", tmp_path / "lo")
    ours = write(tmp_path, draft)
    assert pdfinfo(ours)["Pages"] == pdfinfo(theirs)["Pages"]
    # and the same rows on each page: the rows and the heading rows as tall as LibreOffice's
    assert _rows_per_page(ours) == _rows_per_page(theirs)


def _rows_per_page(pdf: Path) -> list[int]:
    return [
        len(re.findall(r"^\s*(?:Deputy|Under|Assistant|[DP]-\d|Subtotal)", page, re.M))
        for page in pdf_pages(pdf)
    ]
