"""Faults found on 2026-12-06 (stop 42): a fourteenth held-out round, the adopted resolutions
over 50,000 characters the tenth round and stop 41 left (``ga-80-pdf/``, raw PDF text as
wannli/un-docs-downloader stores it).

- a resolution adopting a text in place whose title is the resolution's own (A/RES/80/173,
  A/80/L.41 adopted): the running-head pass took that title for the page's head and dropped
  it, so the outcome document's preamble and 127 paragraphs were read as the resolution's
  (127 errors from ``check``); and the closing "68th plenary meeting" / "17 December 2025"
  after the document was read as two of its paragraphs;
- a note's mark run into the punctuation before it and the small word after it, with no
  space on either side ("Human Rights,1as well as", A/RES/80/207): note 1 was placed at its
  paragraph's end;
- left by the thirteenth round: a mark run into a count of three figures ("at least 56514
  humanitarian workers", 565 and note 14, A/C.4/80/L.16 and A/RES/80/77), which the second
  look now finds between the marks of notes 13 and 15;
- ``check`` asked for "Organization" in the World Organisation for Animal Health's own name
  (A/RES/80/157, and its draft A/C.2/80/L.29).
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.blocks import BlockStyle, render
from delegate_editor.formats.text import write_text
from delegate_editor.model.text import NoteRef, plain_text
from tests.corpus_drafts import imported, imported_again, outcome_document_in_place


def _errors(draft) -> list[str]:
    return [str(f) for f in check(draft) if f.severity == "error"]


def test_the_title_of_a_text_adopted_in_place_is_no_running_head():
    """A/RES/80/173: "80/173. Outcome document of the high-level meeting of the General
    Assembly on the overall review ..." / "The General Assembly" / "Adopts the following
    outcome document ...:" / "Outcome document of the high-level meeting ..." / "We, the
    Ministers ...", and the same title at the top of every later page."""
    draft, report = imported("ga-80-pdf", "A_RES_80_173.txt")
    annex = outcome_document_in_place(draft)
    assert plain_text(annex.title) == plain_text(draft.title)
    assert any("running head" in line for line in report)  # the later pages' heads still go
    assert _errors(draft) == []


def test_the_closing_lines_after_a_text_adopted_in_place_are_the_resolutions():
    """A/RES/80/173 ends "... identify areas of continued focus." / "68th plenary meeting" /
    "17 December 2025": the meeting of adoption, printed after the document, as the UN does."""
    draft, _ = imported("ga-80-pdf", "A_RES_80_173.txt")
    assert draft.adoption.meeting == "68th plenary meeting"
    assert str(draft.adoption.date) == "2025-12-17"
    [annex] = draft.annexes
    assert plain_text(annex.paragraphs[-1].text).endswith("identify areas of continued focus.")
    blocks = render(draft).blocks
    styles = [b.style for b in blocks]
    last_numbered = max(i for i, s in enumerate(styles) if s is BlockStyle.ANNEX_NUMBERED)
    meeting = [i for i, s in enumerate(styles) if s is BlockStyle.MEETING]
    assert meeting == [last_numbered + 1, last_numbered + 2]
    again = imported_again(draft)
    assert again.adoption.meeting == "68th plenary meeting"
    assert len(again.annexes[0].paragraphs) == len(annex.paragraphs)


def test_a_mark_run_into_a_comma_and_the_small_word_after_it():
    """A/RES/80/207: "Recalling the Universal Declaration of Human Rights,1as well as the
    International Covenant on Economic, Social and Cultural Rights2 and ..."."""
    draft, report = imported("ga-80-pdf", "A_RES_80_207.txt")
    recalling = next(
        p for p in draft.preamble if "the Universal Declaration of Human Rights," in plain_text(p.text)
    )
    first = recalling.text
    at = next(i for i, item in enumerate(first) if isinstance(item, NoteRef))
    assert plain_text(first[:at]).endswith("Human Rights,")
    assert plain_text(first[at + 1 :]).startswith(" as well as the International")  # the space restored
    assert plain_text(draft.footnotes[first[at].note_id].text) == "Resolution 217 A (III)."
    assert not any("no mark found" in line for line in report)


@pytest.mark.parametrize(
    ("folder", "name"), [("drafts", "A_C.4_80_L.16.txt"), ("ga-80-pdf", "A_RES_80_77.txt")]
)
def test_a_mark_run_into_a_count_of_three_figures(folder, name):
    """A/C.4/80/L.16, paragraph 14: "Condemns the killing and injury of Agency personnel,
    including over 300 staff members among at least 56514 humanitarian workers killed in
    Israeli attacks in the Gaza Strip since October 2023;" (note 14: "United Nations, Office
    for the Coordination of Humanitarian Affairs, situation report ...")."""
    draft, report = imported(folder, name)
    text = write_text(draft)
    assert "among at least 565[^14] humanitarian workers killed" in text
    assert "[^14]: United Nations, Office for the Coordination of Humanitarian Affairs" in text
    assert not [line for line in report if "no mark found" in line]


def test_the_world_organisation_for_animal_health_keeps_its_spelling():
    """A/RES/80/157: "the World Health Organization, the World Organisation for Animal Health
    and the United Nations Environment Programme"."""
    for folder, name in (("ga-80-pdf", "A_RES_80_157.txt"), ("drafts", "A_C.2_80_L.29.txt")):
        draft, _ = imported(folder, name)
        assert not [f for f in check(draft) if f.rule == "term.organization"], name


ADOPTED_NUMBERS = (
    5, 151, 153, 154, 156, 157, 173, 178, 179, 180, 184, 185, 186, 187, 188, 192, 193, 197, 198,
    199, 207, 210, 211, 214, 215, 217, 218, 221, 226, 229, 234,
)  # fmt: skip


def test_the_round_imports_whole():
    """Every text of the round keeps each note with its mark, gets no error from the checker
    and has its title (test_corpus.py checks their words and numbering, as for every text)."""
    for number in ADOPTED_NUMBERS:
        name = f"A_RES_80_{number}.txt"
        draft, report = imported("ga-80-pdf", name)
        assert not [line for line in report if "no mark found" in line], name
        assert _errors(draft) == [], name
        assert plain_text(draft.title), name
        assert draft.adoption.meeting.endswith("plenary meeting"), name
