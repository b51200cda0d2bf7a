"""Tables copied from a UN PDF (``formats/text_grid.py``): the column heads the UN repeats at
the top of each page mark the table, its cells come back as rows of the annex (or of the
list a decision sets out in its text), the repeated heads go, and no word is lost. Quoted
from the corpus: A/C.4/80/L.15's timetable (7 pages), A/C.5/80/L.4's staffing table (its
last two pages), A/RES/79/257's (a running head between its pages); a table inside the
operative part (A/RES/80/243) and an adopted text's running head (A/RES/80/8) are left as
they were.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_grid import tables_from_pdf
from delegate_editor.model.document import AnnexStyle
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import CORPUS, corpus_text, imported, imported_again


def _rows(draft, k=0):
    annex = draft.annexes[k]
    return [
        (p.style, [plain_text(c) for c in split_cells(p.text)])
        for p in annex.paragraphs
        if p.style in (AnnexStyle.ROW, AnnexStyle.HEADER)
    ]


def test_a_timetable_is_read_as_its_rows():
    draft, report = imported("drafts", "A_C.4_80_L.15.txt")
    annex = draft.annexes[0]
    assert annex.in_text  # the list the decision sets out, under its own heading
    assert plain_text(annex.title).startswith("Proposed programme of work and timetable")
    rows = _rows(draft)
    assert rows[0] == (AnnexStyle.HEADER, ["Date/time", "Programme"])
    assert [r for r in rows if r[0] is AnnexStyle.HEADER] == rows[:1]  # the six repeats gone
    body = [cells for _, cells in rows[1:]]
    assert body[:4] == [
        ["Week of 28 September–2 October", ""],
        ["Thursday, 1 October", ""],
        ["10 a.m.", "Organization of work"],
        ["", "Approval of programme of work"],
    ]
    # a line that stops mid-phrase goes on in the same cell; the next item is a row
    assert [
        "",
        "Consideration of aide-mémoire containing requests to petition on Non-Self-Governing Territories",
    ] in body
    assert ["", "Diwali [floating holiday]"] in body
    assert body[-1] == [
        "",
        "Conclusion of the work of the Special Political and Decolonization Committee (Fourth Committee) for the main part of the session",
    ]
    assert any("a table read from the lines of a PDF: 148 rows" in line for line in report)
    assert not [f for f in check(draft) if f.severity == "error"]


def test_a_staffing_table_is_read_across_its_pages():
    draft, _ = imported("drafts", "A_C.5_80_L.4.txt")
    annex = draft.annexes[-1]
    assert plain_text(annex.title) == "Staffing table for 2026"
    rows = _rows(draft, -1)
    assert rows[0] == (
        AnnexStyle.HEADER,
        [
            "Category",
            "Number of posts (excluding special political missions)",
            "Number of posts (special political missions)a",
            "Total",
        ],
    )
    body = [cells for _, cells in rows[1:]]
    assert ["P-4", "1 573", "298", "1 871"] in body
    assert ["Professional and higher", "", "", ""] in body
    # the last row of page 13, the first of page 14 after the repeated heads
    at = body.index(["Field Service", "93", "461", "554"])
    assert body[at + 1] == ["National Professional Officer", "120a", "364", "484"]
    assert body[-1] == ["Total", "9 237b", "2 640c", "11 877"]
    assert len(body) == 42
    # the page's footnote the table crossed is still note 46, and the table's own notes follow it
    assert plain_text(draft.footnotes[list(draft.footnotes)[45]].text) == "A/80/7/Add.2."
    after = [plain_text(p.text) for p in annex.paragraphs if p.style is AnnexStyle.BODY]
    assert after[0].startswith("a Includes one National Professional Officer post")


def test_a_running_head_between_the_pages_stays_out_of_the_table():
    # "A/RES/79/257" / "Questions relating to the proposed programme budget for 2025" /
    # "24-24698" / "12/12" between "D-1 | 316 | 51 | 367" and the repeated heads
    draft, _ = imported("ga-79-pdf", "A_RES_79_257.txt")
    body = [cells for style, cells in _rows(draft, -1) if style is AnnexStyle.ROW]
    at = body.index(["D-1", "316", "51", "367"])
    assert body[at + 1] == ["P-5", "954", "186", "1 140"]
    assert not any("Questions relating" in " ".join(cells) for cells in body)


def test_the_rows_survive_the_text_form_and_dres():
    draft, _ = imported("drafts", "A_C.5_80_L.4.txt")
    again = imported_again(draft)
    assert _rows(again, -1) == _rows(draft, -1)
    assert write_text(again) == write_text(draft)
    text = write_text(draft)
    assert "| P-4 | 1 573 | 298 | 1 871 |" in text
    assert "| --- | --- | --- | --- |" in text


def test_a_staffing_table_is_read_by_its_heads_with_its_parts():
    # A/RES/80/243: "17. Approves the changes to the staffing table as set out in the table
    # below:" then "A." / "Pension Administration", the heads "Action" / "Title of post" /
    # "Category/level" / "Number", the rows cell by cell, "B." / "Office of Investment
    # Management" and the heads again, then "18. ...". Each row ends with its count, so the
    # count closes it (text_word_grid, stop 50; until then the lines were kept one cell a row)
    raw = corpus_text(CORPUS / "ga-80-pdf" / "A_RES_80_243.txt")
    text, report = tables_from_pdf(raw)
    start = text.index("as set out in the table below:")
    rows = text[start : text.index("\n18.", start)].split("\n")
    assert rows[2:6] == [
        "| A. Pension Administration |  |  |  |",
        "| Action | Title of post | Category/level | Number |",
        "| Establishment | Legal Officer | P-4 | 1 |",
        "| Establishment | Senior Benefits Assistant | GS (PL) | 1 |",
    ]
    assert (
        "| Total new posts |  |  | 3 |" in rows and "| B. Office of Investment Management |  |  |  |" in rows
    )
    # a first cell over three lines: "Redeployment from Strategic Management" / "Office
    # (programme of work) to Business" / "Support Section (programme support)"
    assert (
        "| Redeployment from Strategic Management Office (programme of work) to Business Support"
        " Section (programme support) | Administrative Officer | P-4 | 1 |" in rows
    )
    assert [str(line)[:50] for line in report] == ["a table read from the lines of a PDF as the rows o"]


def test_a_staffing_table_over_two_pages():
    # A/RES/79/253: parts A to D over two pages, part C's heads repeated at the new page, a
    # title on two lines ("Programme Management Officer" / "(Change Management)")
    raw = corpus_text(CORPUS / "ga-79-pdf" / "A_RES_79_253.txt")
    text, _ = tables_from_pdf(raw)
    start = text.index("as set out in the table below:")
    rows = text[start : text.index("\n20.", start)].split("\n")
    assert [r for r in rows if r[2:4] in ("A.", "B.", "C.", "D.")] == [
        "| A. Secretariat of the Pension Board |  |  |  |",
        "| B. Pension Administration |  |  |  |",
        "| C. Office of Investment Management |  |  |  |",
        "| D. Audit |  |  |  |",
    ]
    assert rows.count("| Action | Title of post | Category/level | Number |") == 4  # not 5
    assert "| Establishment | Programme Management Officer (Change Management) | P-3 | 1 |" in rows
    assert "| Conversion | Senior Auditor | P-5 | 1 |" in rows


def test_a_table_of_levels_opened_by_their_letters():
    # A/RES/79/250: "Level" / "Criterion" / "Threshold in United States" / "dollars
    # (2025–2027)" / "Discount" / "(percentage)", then each level's letter, its criterion over
    # up to three lines, its threshold and its discount ("80 (or 70 on a" / "voluntary" /
    # "basis)a"); kept one cell a row until stop 50
    raw = corpus_text(CORPUS / "ga-79-pdf" / "A_RES_79_250.txt")
    text, report = tables_from_pdf(raw)
    assert (
        "| Level | Criterion | Threshold in United States dollars (2025–2027) | Discount (percentage) |"
        in text
    )
    assert "| A | Permanent members of the Security Council | Not applicable | Premium |" in text
    assert "voluntary basis)a |" in text
    assert "| a Member States in level H* have a discount of 70 per cent. |  |  |  |" in text
    assert any(
        str(line).startswith("a table read from the lines of a PDF as the rows of paragraph 11")
        for line in report
    )


def test_a_named_table_that_fits_no_shape_is_kept_line_by_line():
    # the fallback (text_ledger.lines_as_rows), with A/RES/79/250's heads and first level
    # but no count or letter to part its rows: one cell a row, no word lost
    from delegate_editor.formats.text_grid import _head_cells
    from delegate_editor.formats.text_ledger import lines_as_rows
    from delegate_editor.formats.text_word_grid import word_grid

    lines = ["Level", "Criterion", "Threshold in United States", "dollars (2025–2027)", "Discount"]
    lines += ["Permanent members of the Security Council", "Not applicable", "Premium", ""]
    assert word_grid(lines, _head_cells) is None
    rows, used = lines_as_rows("... set forth in the table below:", lines)
    assert [r[0] for r in rows] == [line for line in lines if line] and used == len(lines)


def test_an_adopted_texts_running_head_is_no_table():
    raw = corpus_text(CORPUS / "ga-80-pdf" / "A_RES_80_8.txt")
    assert tables_from_pdf(raw) == (raw, [])


def test_a_line_of_prose_that_starts_with_a_date_opens_no_row():
    from delegate_editor.formats.text_grid import _timetable, _when

    assert _when("Thursday, 1 October") and _when("10 a.m.") and _when("28 September–2 October")
    # A/C.5/80/L.4's preamble, a line the PDF starts with a date
    assert not _when("24 December 2009, 65/259 of 24 December 2010, 66/246 of 24 December 2011,")
    # a numbered paragraph ends a timetable: the table is then one the model does not hold
    rows, used = _timetable(
        ["10 a.m.", "Organization of work", "5. Decides to include in the provisional agenda"]
    )
    assert rows == [["10 a.m.", "Organization of work"]] and used == 2


def test_the_last_row_keeps_its_cells_when_a_running_head_stands_under_it():
    # A/RES/80/242: "Total" / "9 237b" / "2 640c" / "11 877", then the page's end, the running
    # head "Questions relating to the proposed programme budget for 2026" and the table's
    # notes: the head goes, and the notes do not run into the row
    draft, _ = imported("ga-80-pdf", "A_RES_80_242.txt")
    rows = [cells for style, cells in _rows(draft, -1) if style is AnnexStyle.ROW]
    assert rows[-1] == ["Total", "9 237b", "2 640c", "11 877"]
    body = [plain_text(p.text) for p in draft.annexes[-1].paragraphs if p.style is AnnexStyle.BODY]
    assert body[0].startswith("a Includes one National Professional Officer post")
    assert not any("Questions relating to the proposed programme budget" in text for text in body)
