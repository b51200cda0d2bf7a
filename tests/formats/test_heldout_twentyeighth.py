"""A twenty-eighth held-out round (2026-12-07, stop 49): forty-four resolutions no rule had
seen, twelve each of the seventy-second, seventy-third and seventy-fourth sessions and eight
of the seventy-fifth (A/RES/72/115 to 145, A/RES/73/210 to 244, A/RES/74/192 to 220 and
A/RES/75/189 to 213, odd or even numbers the corpus lacked; those over 40,000 characters
passed over). 0 of 65,382 words and 0 of 2,108 figures lost, numbered as the UN numbers
them, every note with its mark, no ``check`` error: no fault.

A twenty-ninth round, read after it: the eighteen long texts the rounds had passed over
(40,188 to 107,646 characters: A/RES/72/131, 133, 139, 141; A/RES/73/218, 220, 228, 234, 236,
242; A/RES/74/202, 204, 218; A/RES/75/191, 193, 205, 207, 211) and twelve of the seventy-sixth
session (A/RES/76/232 to 261; 237 passed over). Its faults:

- a text of several resolutions, the programme budget (A/RES/76/247 A–C: "A" / "Budget
  appropriations for 2022", "B" / "Income estimates for 2022", "C" / "Financing of
  appropriations for the year 2022"), read as a draft titled "Resolutions adopted by the
  General Assembly on 24 December 2021": the plural heading, the symbol with its letters
  (in the running heads too), the budget's head "Amount (United" / "States dollars)", a
  table a page break parts from its paragraph, and the meeting lines that close each part;
- a count in a list taken for a note's mark a note early ("of whom 4 were killed, 10 were
  injured, 26 were arrested", A/RES/72/131), so note 9's mark ("in 2016,9") was never read;
- a Goal's number run into its mark ("Sustainable Development Goal 714 and", A/RES/73/236);
- a mark after "draft resolution" before a verb ("a draft resolution 38 was not adopted",
  A/RES/75/193), and that text's "Ya‘rubiyah", whose ayn ``check`` took for a quotation mark
  never closed;
- a list run inline whose first item starts a line ("... recommends" / "(a) the exploration of
  options ...", A/RES/75/205), read as a sub-paragraph;
- a section of one unnumbered paragraph with no preamble of its own (A/RES/76/240, sections
  C and D) read as a heading, after which ``check`` wanted B's last paragraph to end with a
  full stop: a paragraph under a heading that opens with a listed operative phrase is the
  section's one paragraph.

A thirtieth round, read after those fixes: fifty more, ten each of the seventy-second to
seventy-sixth sessions (A/RES/72/146 to 166, A/RES/73/245 to 265, A/RES/74/223 to 243,
A/RES/75/214 to 243 and A/RES/76/263 to 286; those over 60,000 characters passed over), up to
57,882 characters. 0 of 109,800 words and 0 of 3,165 figures lost, numbered as the UN numbers
them, every note with its mark, no ``check`` error: no fault.

A thirty-first: thirty of the seventy-eighth session (A/RES/78/141 to 271, odd numbers the
corpus lacked, up to 58,629 characters). 0 of 76,117 words and 0 of 1,787 figures lost, every
note with its mark: no fault. Its one ``check`` error is the UN's own: A/RES/78/225 has no
organ line.

A thirty-second: ten more of the seventy-eighth session (A/RES/78/255 to 283) and the nine
long ones the rounds before had passed over (63,839 to 102,594 characters: A/RES/72/154,
A/RES/73/253, A/RES/74/221, 235, A/RES/75/216, 227, 230, A/RES/76/237, 274). 0 of 67,417
words and 0 of 1,568 figures lost, every note with its mark, no ``check`` error: no fault.
"""

from __future__ import annotations

import copy
import datetime

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.wording import adoption_heading
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from delegate_editor.model import DocumentKind, Operative
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, imported_again, read_whole

TWENTY_EIGHTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (115, 117, 119, 121, 123, 125, 127, 129, 135, 137, 143, 145)]
    + [
        ("ga-73-pdf", f"A_RES_73_{n}.txt")
        for n in (210, 212, 214, 216, 222, 224, 226, 230, 232, 238, 240, 244)
    ]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (192, 194, 196, 198, 200, 206, 208, 210, 212, 214, 216, 220)
    ]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (189, 195, 197, 199, 201, 203, 209, 213)]
)
TWENTY_NINTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (131, 133, 139, 141)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (218, 220, 228, 234, 236, 242)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (202, 204, 218)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (191, 193, 205, 207, 211)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (232, 235, 240, 243, 245, 249, 252, 255, 257, 259, 261)]
)

THIRTIETH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (146, 148, 150, 152, 156, 158, 160, 162, 164, 166)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (245, 247, 249, 251, 255, 257, 259, 261, 263, 265)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (223, 225, 227, 229, 231, 233, 237, 239, 241, 243)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (214, 218, 221, 223, 225, 232, 234, 237, 241, 243)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (263, 265, 267, 269, 272, 276, 279, 281, 284, 286)]
)

THIRTY_FIRST = [
    ("ga-78-pdf", f"A_RES_78_{n}.txt")
    for n in (141, 145, 147, 159, 161, 165, 167, 171, 173, 179, 191, 197, 201, 202, 207)
    + (209, 211, 213, 215, 227, 231, 237, 239, 243, 249, 251, 257, 265, 271)
]

THIRTY_SECOND = (
    [("ga-78-pdf", f"A_RES_78_{n}.txt") for n in (255, 261, 267, 269, 273, 275, 277, 279, 281, 283)]
    + [("ga-72-pdf", "A_RES_72_154.txt"), ("ga-73-pdf", "A_RES_73_253.txt")]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (221, 235)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (216, 227, 230)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (237, 274)]
)
ROUNDS = TWENTY_EIGHTH + TWENTY_NINTH + THIRTIETH + THIRTY_FIRST + THIRTY_SECOND


@pytest.mark.parametrize(("folder", "name"), ROUNDS)
def test_the_round_imports_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


@pytest.fixture(scope="module")
def budget():
    return imported("ga-76-pdf", "A_RES_76_247.txt")


def test_a_text_of_several_resolutions_is_adopted_with_its_letters(budget):
    draft, _ = budget
    assert draft.kind is DocumentKind.ADOPTED
    assert draft.front.symbol == "A/RES/76/247 A–C"
    assert draft.adoption.number == "76/247"
    assert draft.adoption.meeting == "54th (resumed) plenary meeting"
    assert draft.adoption.date == datetime.date(2021, 12, 24)
    text = write_text(draft)
    assert "Resolutions adopted by the General Assembly on 24 December 2021" in text
    assert text.count("A/RES/76/247 A–C") == 1  # the running heads are gone
    assert "Draft resolution" not in text


def test_each_part_keeps_its_numbers_and_its_meeting_lines(budget):
    draft, _ = budget
    text = write_text(draft)
    numbers = [line.split(" ", 1)[0] for line in text.split("\n") if line[:1].isdigit() and ". " in line[:5]]
    assert numbers == ["1.", "2.", "3."] * 3
    # A's meeting lines in italics, as the last part's (the adoption's) and the UN's
    assert (
        "and provisions of the endowment.\n\n*54th (resumed) plenary meeting*\n\n*24 December 2021*\n\n"
        "B\n\nIncome estimates for 2022" in text
    )
    # each letter over its title, as the UN prints them; "C" is no section 100
    assert "\n\nC\n\nFinancing of appropriations for the year 2022\n\n" in text


def test_the_budgets_tables_are_read_under_their_paragraphs(budget):
    draft, report = budget
    appropriations, _, _, income = draft.operative_paragraphs()[:4]
    rows = [plain_text(s.text) for s in appropriations.subs if s.row]
    assert rows[0] == "Section\t\tAmount (United States dollars)"
    assert "1\tOverall policymaking, direction and coordination\t79 917 300" in rows
    assert rows[-1] == "\tTotal\t3 121 651 000"
    assert not [r for r in rows if "Programme budget for 2022" in r or "A/RES/76/247" in r]
    # resolution B's table stands on the next page, under "1. Estimates of income ...:"
    assert plain_text(income.text).endswith("are approved as follows:")
    assert [plain_text(s.text) for s in income.subs if s.row] == [
        "Income section\tAmount (United States dollars)",
        "1. Income from staff assessment\t279 138 300",
        "2. General income\t19 580 600",
        "3. Services to the public\t(3 219 000)",
        "Total\t295 499 900",
    ]
    assert any("as the rows of paragraph 1" in line and "Income section" in line for line in report)


def test_each_parts_organ_line_stands_over_it_and_check_finds_no_error(budget):
    """The model holds one resolution: each part's letter, title, "The General Assembly" and
    "Resolves that, for 2022:" stand as headings, where the UN prints them. ``check`` reads
    each part's organ line as the part's (``conventions/parts.py``): no error, and C's
    citation of resolution 973 (X) with its date, as B's, is a first citation of C's."""
    draft, _ = budget
    assert [h.text for h in draft.operative if not isinstance(h, Operative)][:4] == [
        "A",
        "Budget appropriations for 2022",
        "The General Assembly",
        "Resolves that, for 2022:",
    ]
    assert not draft.authoring
    findings = check(draft)
    assert not [f for f in findings if f.severity == "error"]
    assert not [f for f in findings if "973 (X)" in str(f.message)]


def test_a_text_of_several_resolutions_goes_round_every_format(budget):
    draft, _ = budget
    again = imported_again(draft)
    text = write_text(again)
    assert write_text(read_docx(write_docx(again), "a.docx").draft) == text
    assert write_text(read_odt(write_odt(again), "a.odt").draft) == text


def test_a_count_in_a_list_is_no_skipped_notes_mark():
    draft, report = imported("ga-72-pdf", "A_RES_72_131.txt")
    text = write_text(draft)
    assert "of whom 4 were killed, 10 were injured, 26 were arrested" in text
    assert "intimidation and harassment in 2016,[^9]\n" in text
    assert not [line for line in report if "no mark found" in line]


def test_a_goals_number_run_into_its_mark():
    draft, report = imported("ga-73-pdf", "A_RES_73_236.txt")
    assert "to Sustainable Development Goal 7[^14] and its interlinkages" in write_text(draft)
    assert any('note 14: the number after "Sustainable Development Goal 7"' in line for line in report)


def test_a_mark_after_draft_resolution_and_an_ayn_inside_a_word():
    draft, _ = imported("ga-75-pdf", "A_RES_75_193.txt")
    text = write_text(draft)
    assert "regretting that a draft resolution[^38] was not adopted" in text
    assert "the border crossings of Bab al-Salam and Ya‘rubiyah" in text
    assert not [f for f in check(draft) if f.rule == "quotes"]


def test_a_list_run_inline_from_a_lines_start():
    draft, _ = imported("ga-75-pdf", "A_RES_75_205.txt")
    [para] = [p for p in draft.operative_paragraphs() if p.opening == "Recognizes with appreciation"]
    assert not para.subs
    text = plain_text(para.text)
    assert "solvency risks, recommends (a) the exploration of options related to special drawing" in text
    assert "(b) assisting developing countries" in text and "(c) the facilitation" in text


def test_a_last_section_of_one_unnumbered_paragraph_ends_the_text():
    """Sections C and D each hold one paragraph without a number: they are the sections'
    operative paragraphs (as A/RES/79/281's are), so B's paragraph 4 keeps its semicolon and
    D's paragraph ends the text with its full stop."""
    draft, _ = imported("ga-76-pdf", "A_RES_76_240.txt")
    texts = [plain_text(p.text) for p in draft.operative_paragraphs()]
    assert any(t.endswith("should the trigger levels of 113 or 117 be breached;") for t in texts)
    *_, c, d = draft.operative_paragraphs()
    assert (c.opening, d.opening) == ("Decides", "Recalls")
    assert plain_text(c.text).endswith("the level of the boarding lump sum;")
    assert plain_text(d.text).endswith("and the actual cost to the organizations.")
    assert not [f for f in check(draft) if f.severity == "error"]


def test_the_plural_heading_in_each_language(budget):
    """The UN's French and Spanish budgets are "Résolutions adoptées par l’Assemblée
    générale" and "Resoluciones aprobadas por la Asamblea General"; a text of one resolution
    keeps the singular."""
    draft = copy.deepcopy(budget[0])
    heads = {}
    for code in ("en", "fr", "es"):
        draft.front.language = code
        heads[code] = adoption_heading(draft)
    assert heads == {
        "en": "Resolutions adopted by the General Assembly on 24 December 2021",
        "fr": "Résolutions adoptées par l’Assemblée générale le 24 décembre 2021",
        "es": "Resoluciones aprobadas por la Asamblea General el 24 de diciembre de 2021",
    }
    draft.front.language = "en"
    draft.front.symbol = "A/RES/76/247"  # the letters gone, the three parts are still there
    assert adoption_heading(draft).startswith("Resolutions adopted by")
    one, _ = imported("ga-76-pdf", "A_RES_76_240.txt")
    assert adoption_heading(one) == "Resolution adopted by the General Assembly on 24 December 2021"


@pytest.mark.parametrize(
    ("folder", "name"), [("ga-76-pdf", "A_RES_76_247.txt"), ("drafts", "A_C.5_80_L.6.txt")]
)
def test_a_parts_paragraphs_complete_its_lead_in(folder, name):
    """Under each part's "Resolves that, for 2022:" the numbered paragraphs complete the
    lead-in ("1. Appropriations totalling ...", "3. Direct expenses of ..."): no word of
    theirs is an opening phrase in italics, and ``check`` asks for none."""
    draft, _ = imported(folder, name)
    assert all(not p.opening for p in draft.operative_paragraphs())
    assert not [f for f in check(draft) if f.rule.startswith("opening")]


def test_the_uns_own_missing_organ_line_is_the_one_error():
    """A/RES/78/225 goes from its title to "Reaffirming its resolution 70/1 of 25 September
    2015, ..." with no "The General Assembly,": ``check`` is right to flag it."""
    draft, _ = imported("ga-78-pdf", "A_RES_78_225.txt")
    assert draft.preamble[0].opening == "Reaffirming"
    assert plain_text(draft.preamble[0].text).startswith("its resolution 70/1 of 25 September 2015")
    assert [f.rule for f in check(draft) if f.severity == "error"] == ["authoring.missing"]
