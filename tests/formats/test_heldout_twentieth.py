"""A twentieth held-out round (2026-12-06, stop 47), read after the nineteenth's fixes:
forty-eight resolutions of the seventy-second, seventy-fourth, seventy-fifth and
seventy-sixth sessions no rule had seen (A/RES/72/3, 11, ..., 99; A/RES/74/1, 17, ..., 97;
A/RES/75/1, 9, ..., 97; A/RES/76/202 to 282; those over 40,000 characters passed over).
They import with no word or figure lost, numbered as the UN numbers them, every note with its
mark; the faults:

- a note the UN cites first apart, ending its paragraph, then again glued ("... of the
  Charter of the United Nations, 2" ending a preambular paragraph, then "... report on its
  sixty-sixth session,2", A/RES/74/81): the glued one took the mark from the first and the
  "2" was left ending the preamble's paragraph. Only a number apart that words follow, as
  a quantity is ("the Conference shall comprise 10 plenary meetings"), gives way so;
- a running head cutting a sentence whose rest opens with a bracket ("... the city of
  Sevastopol" / head / "(hereinafter referred to as “Crimea”), by the Russian Federation",
  A/RES/74/17): the rest stood as a paragraph without an opening;
- Word's failed field where the page's job number stands ("Error! No document variable
  supplied.", on every page of A/RES/72/3): read as the words of four paragraphs.

A twenty-first round, read after those fixes, showed no fault: 48 more (A/RES/72/7 to 95,
A/RES/73/7 to 103, A/RES/74/5 to 101 and A/RES/75/5 to 93, every eighth; 73/15 and 74/85
over 40,000 characters passed over), 0 of 53,270 words lost, no ``check`` error, every note
with its mark. Nor did a twenty-second: 48 more (A/RES/72/1 to 97, A/RES/73/111 to 183,
A/RES/74/109 to 173, A/RES/76/1 to 89), 0 of 77,093 words lost.
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.model import NoteRef
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, read_whole

ROUND = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in range(3, 100, 8) if n != 19]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in range(1, 98, 8) if n != 9]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in range(1, 98, 8) if n != 89]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (202, 206, 230, 234, 238, 242, 250, 254, 262, 270, 278, 282)
    ]
)
# the twenty-first round, read after this one's fixes: 48 more, no fault
TWENTY_FIRST = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in range(7, 96, 8)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in range(7, 104, 8) if n != 15]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in range(5, 102, 8) if n != 85]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in range(5, 94, 8)]
)


def _errors(draft) -> list:
    return [f for f in check(draft) if f.severity == "error"]


# and the twenty-second, after the twenty-first: 48 more, no fault
TWENTY_SECOND = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in range(1, 98, 8) if n != 73]
    + [
        ("ga-73-pdf", f"A_RES_73_{n}.txt")
        for n in (111, 119, 127, 131, 135, 147, 159, 163, 167, 175, 179, 183)
    ]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (109, 113, 117, 129, 137, 141, 145, 153, 157, 161, 165, 173)
    ]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in range(1, 90, 8)]
)


@pytest.mark.parametrize(("folder", "name"), ROUND + TWENTY_FIRST + TWENTY_SECOND)
def test_the_round_imports_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


def test_a_mark_ending_its_paragraph_keeps_it_when_the_note_is_cited_again_glued():
    draft, report = imported("ga-74-pdf", "A_RES_74_81.txt")
    [charter] = [
        p for p in draft.preamble if "Article 101, paragraph 3, of the Charter" in plain_text(p.text)
    ]
    assert isinstance(charter.text[-1], NoteRef)
    assert plain_text(charter.text).endswith("of the Charter of the United Nations,")
    [again] = [
        p for p in draft.operative_paragraphs() if "report on its sixty-sixth session," in plain_text(p.text)
    ]
    assert charter.text[-1] in again.text
    assert any(
        'note 2: the number after "Charter of the United Nations," taken as its mark' in line
        for line in report
    )


def test_a_running_heads_cut_goes_on_with_a_bracket():
    draft, _ = imported("ga-74-pdf", "A_RES_74_17.txt")
    texts = [plain_text(p.text) for p in draft.preamble]
    assert any(
        "the city of Sevastopol (hereinafter referred to as “Crimea”), by the Russian Federation, and" in t
        for t in texts
    )
    assert all(p.opening for p in draft.preamble)


def test_words_failed_field_is_page_furniture():
    draft, report = imported("ga-72-pdf", "A_RES_72_3.txt")
    texts = [plain_text(p.text) for p in draft.preamble + draft.operative_paragraphs()]
    assert not [t for t in texts if "Error!" in t]
    assert not [line for line in report if "Error!" in line]


def test_an_asterism_set_with_wide_spaces_is_a_rule():
    """A/RES/75/1 (twenty-first round) parts its declaration's sections with "*  *  *", two
    spaces between the stars, which stood as a paragraph of its own and came back from the
    DOCX as "* " (CI found it): like "* * *" (A/RES/80/131), a rule, never text."""
    draft, _ = imported("ga-75-pdf", "A_RES_75_1.txt")
    texts = [plain_text(p.text) for p in draft.preamble + draft.operative_paragraphs()]
    texts += [plain_text(p.text) for annex in draft.annexes for p in annex.paragraphs]
    assert not [t for t in texts if t.strip().strip("* ") == ""]
    lines = [line.replace("\\", "").replace(" ", "") for line in write_text(draft).splitlines()]
    assert not [line for line in lines if line and set(line) == {"*"}]
