"""A table in the text form (``formats/text_table.py``): the Markdown pipe table the writer
makes reads back as the same rows, through ``.dres`` too, and a paragraph that merely starts
and ends with a bar stays a paragraph. The rows are A/C.5/80/L.4's staffing table."""

from __future__ import annotations

from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.text_table import row_cells
from delegate_editor.model.document import AnnexParagraph, AnnexStyle
from delegate_editor.model.table import join_cells, split_cells
from delegate_editor.model.text import Run, plain_text, rich
from delegate_editor.storage import dres
from tests.corpus_drafts import imported
from tests.reliability.drafts import rich_draft

HEADS = [
    "Category",
    "Number of posts (excluding special political missions)",
    "Number of posts (special political missions)a",
    "Total",
]
ROWS = [["Deputy Secretary-General", "1", "–", "1"], ["P-4", "1 573", "298", "1 871"]]


def _staffing():
    draft = rich_draft()
    annex = draft.annexes[0]
    annex.paragraphs = [p for p in annex.paragraphs if p.style not in (AnnexStyle.ROW, AnnexStyle.HEADER)]
    annex.paragraphs.append(AnnexParagraph(join_cells([rich(c) for c in HEADS]), AnnexStyle.HEADER))
    for row in ROWS:
        annex.paragraphs.append(AnnexParagraph(join_cells([rich(c) for c in row]), AnnexStyle.ROW))
    return draft


def _rows(draft):
    return [
        (p.style, [plain_text(c) for c in split_cells(p.text)])
        for p in draft.annexes[0].paragraphs
        if p.style in (AnnexStyle.ROW, AnnexStyle.HEADER)
    ]


def test_the_pipe_table_reads_back_as_the_same_rows():
    draft = _staffing()
    text = write_text(draft)
    assert "| Category | Number of posts (excluding special political missions) |" in text
    assert (
        "| --- | --- | --- | --- |\n| Deputy Secretary-General | 1 | – | 1 |\n| P-4 | 1 573 | 298 | 1 871 |"
        in text
    )
    back = dres.loads(dres.dumps(read_text(text)))
    assert _rows(back) == [(AnnexStyle.HEADER, HEADS)] + [(AnnexStyle.ROW, r) for r in ROWS]
    assert write_text(back) == text


def test_a_bar_in_a_cell_and_a_paragraph_between_bars_read_back_as_they_were():
    draft = _staffing()
    annex = draft.annexes[0]
    cells = [rich("P-4 | P-5"), rich("1 573"), rich("298"), (Run("1 871", True),)]
    annex.paragraphs[-1].text = join_cells(cells)
    annex.paragraphs.insert(0, AnnexParagraph(rich("| not a row |"), AnnexStyle.BODY))
    back = read_text(write_text(draft))
    paras = back.annexes[0].paragraphs
    # a paragraph still (the annex's reader takes a short line without a stop for a heading)
    assert paras[0].style not in (AnnexStyle.ROW, AnnexStyle.HEADER)
    assert plain_text(paras[0].text) == "| not a row |"
    assert split_cells(paras[-1].text) == cells
    assert _rows(back) == _rows(draft)


def test_row_lines():
    assert row_cells("| a | b \\| c |") == ["a", "b | c"]
    assert row_cells("| a \\|") is None  # the last bar is escaped
    assert row_cells("| a \\\\|") == ["a \\\\"]  # an escaped backslash, then the bar
    assert row_cells("a | b") is None


def test_a_tables_lettered_notes_are_paragraphs_of_their_own():
    """A/C.5/80/L.4's staffing table ends with its notes, each after a blank line: "a Includes
    one National Professional Officer post ... as of 1 February 2026." / "b Includes 162 posts
    to be abolished ..." / "c Includes 396 posts ...". A note's letter is no lower-case word a
    paragraph's rest starts with: three paragraphs, not one joined across "page breaks"."""
    draft, report = imported("drafts", "A_C.5_80_L.4.txt")
    texts = [plain_text(p.text) for a in draft.annexes for p in a.paragraphs]
    notes = [t for t in texts if t[:2] in ("a ", "b ", "c ") and " Includes " in t[:12]]
    assert [t[:14] for t in notes] == ["a Includes one", "b Includes 162", "c Includes 396"]
    assert notes[0].endswith("established as of 1 February 2026.")
    assert not [line for line in report if "Includes 162" in line or "Includes 396" in line]
