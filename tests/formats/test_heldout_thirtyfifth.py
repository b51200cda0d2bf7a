"""The thirty-fifth and thirty-sixth held-out rounds (2026-12-07, stop 50). The
thirty-fifth: 48 resolutions of sessions 73 to 76
no rule had seen (A/RES/73/187 to 239, A/RES/74/193 to 228, A/RES/75/135 to 166, A/RES/76/239
to 275; those over 40,000 characters passed over), and the faults they showed, each quoted
from the text:

- a mark apart after a comma, before a name whose own mark stands apart after its comma:
  "the Rio Declaration on Environment and Development, 1" / "Agenda 21, 2  the Programme for
  the Further Implementation of Agenda 21, 3" (A/RES/73/227, 73/235). Note 1 had no mark;
- a mark after an abbreviation's full stop and a comma: "from 10 a.m. to 1 p.m.,1 including
  to consider ..." (A/RES/76/251);
- a resolution's symbol with a year's number, "resolution 6/2021 of 18 June 2021" (the FAO
  Conference's), its mark glued later ("... at its forty-second session,1"): it was read as
  resolution 6/202 and note 1, the note cited twice (A/RES/76/256);
- the letter "l." printed for paragraph 1's label (A/RES/76/256): its paragraphs were
  numbered from the one after it;
- the peacekeeping levels table (A/RES/76/239, as A/RES/79/250): kept one cell a row, with
  14 warnings of brackets a cell's wrapped lines part; read by its heads now
  (``test_text_word_grid.py``).
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.model.document import RowKind
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, imported_again, read_whole

THIRTY_FIFTH = (
    [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (187, 188, 191, 211, 215, 217, 219, 223, 227, 233, 235, 239)]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (193, 199, 201, 205, 207, 209, 213, 217, 222, 224, 226, 228)
    ]
    + [
        ("ga-75-pdf", f"A_RES_75_{n}.txt")
        for n in (135, 136, 138, 139, 142, 143, 146, 149, 153, 155, 162, 166)
    ]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (239, 241, 244, 248, 251, 253, 256, 260, 264, 271, 273, 275)
    ]
)

# the thirty-sixth (2026-12-07, stop 50): 48 more of sessions 72 to 75, read after the fixes
# below, with no fault
THIRTY_SIXTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (220, 222, 223, 224, 225, 226, 227, 229, 230, 235, 236, 239)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (1, 4, 241, 248, 250, 252, 254, 256, 258, 260, 262, 264)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (4, 7, 8, 10, 12, 16, 23, 24, 26, 28, 238, 240)]
    + [
        ("ga-75-pdf", f"A_RES_75_{n}.txt")
        for n in (170, 173, 177, 184, 186, 200, 206, 208, 210, 215, 222, 224)
    ]
)

# the thirty-seventh (2026-12-07, stop 50): 44 more of sessions 72, 74, 75 and 76; one fault,
# a rule's wording a paragraph sets out, unquoted (below)
THIRTY_SEVENTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (240, 241, 242, 243, 246, 247, 248, 249, 250, 251, 252, 254)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (31, 32, 34, 36, 39, 40, 42, 44, 47, 48, 50, 52)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (2, 3, 7, 8, 11, 226, 240, 242)]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (277, 280, 283, 285, 287, 288, 289, 290, 291, 292, 293, 294)
    ]
)


@pytest.mark.parametrize(("folder", "name"), THIRTY_FIFTH + THIRTY_SIXTH + THIRTY_SEVENTH)
def test_the_round_imports_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


@pytest.mark.parametrize("name", ["A_RES_73_227.txt", "A_RES_73_235.txt"])
def test_a_mark_apart_before_a_name_whose_mark_stands_apart(name):
    draft, report = imported("ga-73-pdf", name)
    text = write_text(draft)
    assert "the Rio Declaration on Environment and Development,[^" in text
    assert not [line for line in report if "no mark found" in line]


def test_a_mark_after_an_abbreviations_stop():
    draft, report = imported("ga-76-pdf", "A_RES_76_251.txt")
    assert "from 10 a.m. to 1 p.m.,[^1] including to consider" in write_text(draft)
    assert not [line for line in report if "no mark found" in line]


def test_a_symbol_with_a_years_number_and_the_letter_for_one():
    draft, report = imported("ga-76-pdf", "A_RES_76_256.txt")
    text = write_text(draft)
    assert "*Recalling* resolution 6/2021 of 18 June 2021, adopted by the Conference of the Food" in text
    assert "at its forty-second session,[^1]\n" in text and text.count("[^1]") == 2  # the mark, the note
    ops = draft.operative_paragraphs()
    assert len(ops) == 6
    assert ops[0].opening == "Decides" and plain_text(ops[0].text).startswith("to designate 12 May")
    assert any('the letter "l."' in line for line in report)
    assert not [f for f in check(draft) if f.severity == "error"]


def test_the_levels_table_has_its_columns():
    draft, _ = imported("ga-76-pdf", "A_RES_76_239.txt")
    eleven = draft.operative_paragraphs()[10]
    rows = [plain_text(s.text).split("\t") for s in eleven.subs if s.row is RowKind.ROW]
    assert rows[0] == [
        "Level",
        "Criterion",
        "Threshold in United States dollars (2022–2024)",
        "Discount (Percentage)",
    ]
    assert rows[8] == [
        "H",
        "Member States with per capita gross national income less than 1.2 times the average for all"
        " Member States (except level A, C and J contributors)",
        "Under 12,940",
        "80 (or 70 on a voluntary basis)a",
    ]
    assert not [f for f in check(draft) if f.severity in ("error", "warning") and "bracket" in f.message]


def test_the_wording_a_paragraph_sets_out_is_quoted_under_it():
    """ "5. Decides that new staff rule 13.13 (c) proposed to implement the acquired right to
    normal retirement age shall read as follows:" / "The mandatory age of separation of a
    staff member who reaches the age of 60 or 62 ..." / "6. Notes ..." (A/RES/72/254): the
    rule's text, unquoted and unnumbered, was joined to paragraph 5, which then ended with a
    full stop (a check error). It is the quoted block under paragraph 5 now."""
    draft, _ = imported("ga-72-pdf", "A_RES_72_254.txt")
    five = draft.operative_paragraphs()[4]
    assert plain_text(five.text).endswith("shall read as follows:")
    [rule] = five.subs
    assert rule.quoted and plain_text(rule.text).startswith(
        "The mandatory age of separation of a staff member"
    )
    assert not [f for f in check(draft) if f.severity == "error"]
    assert write_text(imported_again(draft)) == write_text(draft)
