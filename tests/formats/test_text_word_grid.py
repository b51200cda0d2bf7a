"""A table of words and counts read by its heads (``formats/text_word_grid.py``), on the
Fifth Committee's staffing tables: A/C.5/80/L.5's "17. Approves the changes to the staffing
table as set out in the table below:" (parts "A. Pension Administration" and "B. Office of
Investment Management", each under the heads "Action" / "Title of post" / "Category/level" /
"Number"). Until stop 50 its 90 lines were kept one cell a row, and the draft ran two pages
longer than the UN's."""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.text_grid import _head_cells
from delegate_editor.formats.text_word_grid import word_grid
from delegate_editor.model.document import RowKind
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported
from tests.office import pdftotext, require, soffice_convert

HEADS = ["Action", "Title of post", "Category/level", "Number"]


@pytest.fixture(scope="module")
def pension():
    return imported("drafts", "A_C.5_80_L.5.txt")


def _rows(draft) -> list[list[str]]:
    [para] = [p for p in draft.operative_paragraphs() if p.subs and p.subs[0].row is not RowKind.NONE]
    return [[plain_text(c) for c in split_cells(s.text)] for s in para.subs]


def test_the_table_keeps_its_columns_and_its_parts(pension):
    draft, report = pension
    rows = _rows(draft)
    assert rows[:3] == [
        ["A. Pension Administration", "", "", ""],
        HEADS,
        ["Establishment", "Legal Officer", "P-4", "1"],
    ]
    assert ["Total new posts", "", "", "3"] in rows
    assert ["B. Office of Investment Management", "", "", ""] in rows
    assert rows.count(HEADS) == 2
    # the note under the table is a row of its own, never words of the last cell
    assert rows[-2][-1] == "2"
    assert rows[-1] == [
        "Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).",
        "",
        "",
        "",
    ]
    assert any(
        "23 rows under the heads" in line for line in report
    )  # two headings, two heads, 18 rows, the note
    assert not [f for f in check(draft) if f.severity == "error"]


def test_libreoffice_prints_a_row_on_one_line(pension, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / "l5.docx"
    path.write_bytes(write_docx(pension[0]))
    printed = [
        " ".join(line.split())
        for line in pdftotext(soffice_convert(path, "pdf", tmp_path), "-layout").split("\n")
    ]
    assert "Action Title of post Category/level Number" in printed
    assert "Establishment Legal Officer P-4 1" in printed


def test_lines_that_go_on_after_the_rows_are_no_such_table():
    """The rows must read up to the next paragraph or a note under the table: here the
    lines after the count are neither, so the table is left to the one-cell rows."""
    lines = [*HEADS, "Establishment", "Legal Officer", "P-4", "1", "Total new posts", "", "", "3", "", "E"]
    assert word_grid(lines, _head_cells) is None
    assert word_grid(lines[:-1] + ["18. Also approves the estimates"], _head_cells) == (
        [HEADS, ["Establishment", "Legal Officer", "P-4", "1"], ["Total new posts", "", "", "3"]],
        12,
    )


def test_heads_that_wrap_give_no_columns():
    """A/RES/79/250's heads wrap ("Threshold in United States" / "dollars (2025–2027)") and
    its rows end with no count ("Premium"): no columns are guessed."""
    lines = [
        "Level",
        "Criterion",
        "Threshold in United States",
        "dollars (2025–2027)",
        "Discount",
        "(percentage)",
        "A",
        "Permanent members of the Security Council",
        "Not applicable",
        "Premium",
        "B",
        "All Member States, except those covered below and level A",
        "Not applicable",
        "0",
        "C",
    ]
    assert word_grid(lines, _head_cells) is None
