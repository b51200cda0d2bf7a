"""A table under an operative paragraph, in the model's own terms: its rows take no letter,
the checks leave them alone, a paragraph that introduces them may end with a colon, and the
text form and the .dres file carry them. The wording is A/RES/80/243's paragraph XII.17 and
its staffing table, and A/C.5/80/L.6's "... approved for the following purposes:"."""

from __future__ import annotations

import json

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.segments import sub_where
from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text
from delegate_editor.model import Draft, Operative, Preambular, RowKind, SubParagraph, rich
from delegate_editor.model.numbering import paragraph_labels
from delegate_editor.model.table import is_row, split_cells
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

HEADS = "Action\tTitle of post\tCategory/level\tNumber"
ROWS = ["Establishment\tLegal Officer\tP-4\t1", "Establishment\tSenior Benefits Assistant\tGS (PL)\t1"]


def _draft() -> Draft:
    table = Operative(
        "Approves",
        rich("the changes to the staffing table as set out in the table below:"),
        subs=[
            SubParagraph(rich("Fourth sub-paragraph;")),
            SubParagraph(rich(HEADS), row=RowKind.HEADER),
            *(SubParagraph(rich(r), row=RowKind.ROW) for r in ROWS),
            SubParagraph(rich("Fifth sub-paragraph.")),
        ],
    )
    return Draft(
        title=rich("Special subjects relating to the proposed programme budget for 2026"),
        preamble=[Preambular("Recalling", rich("its resolution 79/257 of 24 December 2024,"))],
        operative=[Operative("Requests", rich("the Secretary-General to report;")), table],
    )


def test_rows_take_no_letter_and_the_items_around_them_keep_theirs():
    draft = _draft()
    labels = paragraph_labels(draft)
    subs = draft.operative[1].subs
    assert [labels[s.id] for s in subs] == ["2 (a)", "2", "2", "2", "2 (b)"]
    assert [is_row(s) for s in subs] == [False, True, True, True, False]
    assert sub_where(labels, draft.operative[1].id, subs[1]).code == "where.sub-row"


def test_the_rows_are_table_blocks_with_no_label():
    blocks = [
        b for b in render(_draft()).blocks if b.style in (BlockStyle.TABLE_HEADER, BlockStyle.TABLE_ROW)
    ]
    assert [b.style for b in blocks] == [BlockStyle.TABLE_HEADER, BlockStyle.TABLE_ROW, BlockStyle.TABLE_ROW]
    assert {b.label for b in blocks} == {""}


def test_check_reads_no_fault_in_a_table_or_in_the_colon_before_it():
    draft = _draft()
    draft.operative[1].subs = draft.operative[1].subs[1:4]  # the table alone under its paragraph
    findings = [f for f in check(draft) if f.part == "operative"]
    assert findings == []


def test_the_text_form_and_the_dres_file_carry_the_rows():
    draft = _draft()
    text = write_text(draft)
    assert "| Action | Title of post | Category/level | Number |\n| --- | --- | --- | --- |\n" in text
    back = parse_text(text)
    assert write_text(back) == text
    subs = back.operative[1].subs
    assert [s.row for s in subs] == [RowKind.NONE, RowKind.HEADER, RowKind.ROW, RowKind.ROW, RowKind.NONE]
    assert [plain_text(c) for c in split_cells(subs[2].text)] == ROWS[0].split("\t")
    data = json.loads(dres.dumps(back))
    written = data["operative"][1]["subs"]
    assert [s.get("row") for s in written] == [None, "header", "row", "row", None]  # optional key
    assert dres.loads(dres.dumps(back)) == back
