"""The thirty-third and thirty-fourth held-out rounds (2026-12-07, stop 50). The
thirty-third: 48 resolutions of sessions 72, 74 and 75 no rule had seen (A/RES/72/168 to 202, A/RES/74/244 to 259, A/RES/75/245 to 260;
those over 40,000 characters passed over), and the faults they showed, each quoted from the
text:

- a running head that a page break's join ran into a word broken at the page's end:
  "intergovernmental and non-" / "Follow-up to the Thirteenth United Nations Congress on
  Crime Prevention ..." (the head) / "governmental organizations" (A/RES/72/192). The head
  stayed inside the paragraph. The same fault, never counted (the bench counts words lost,
  not words added), was in nine texts of the corpus, four of the eightieth session;
- a provisional agenda an operative paragraph approves, numbered 1 to 7, whose item 6 has
  its own (a) and (b): "7. Adoption of the report of the Congress." was read as operative
  paragraph 10 (A/RES/72/192);
- one note cited twice in one paragraph, the first mark apart after a name: "the
  International Covenant on Civil and Political Rights 6 and the International Covenant on
  Economic, Social and Cultural Rights, 6" (A/RES/72/185). The first went back to the text
  as a number, and the paragraph ended "Rights, 6" with the mark after the number.
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, read_whole

THIRTY_THIRD = (
    [
        ("ga-72-pdf", f"A_RES_72_{n}.txt")
        for n in (168, 169, 170, 171, 172, 174, 175, 176, 177, 178, 181, 183, 184, 185, 186, 187)
        + (189, 192, 193, 194, 199, 201, 202)
    ]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (244, 245, 247, 248, 249, 251, 253, 254, 256, 257, 258, 259)
    ]
    + [
        ("ga-75-pdf", f"A_RES_75_{n}.txt")
        for n in (245, 247, 248, 249, 250, 251, 252, 255, 256, 258, 259, 260)
    ]
)

# the thirty-fourth (2026-12-07, stop 50): 46 more of sessions 72, 73, 74 and 76, read after
# the fixes below, with no fault
THIRTY_FOURTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 219)]
    + [
        ("ga-73-pdf", f"A_RES_73_{n}.txt")
        for n in (145, 152, 158, 160, 162, 164, 168, 170, 176, 178, 184, 185)
    ]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (119, 132, 140, 142, 146, 151, 156, 158, 162, 167)]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (183, 185, 196, 199, 209, 211, 221, 223, 225, 227, 233, 236)
    ]
)


@pytest.mark.parametrize(("folder", "name"), THIRTY_THIRD + THIRTY_FOURTH)
def test_the_round_imports_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


def test_the_copys_missing_comma_is_the_one_error():
    """A/RES/72/190's tenth preambular paragraph ends "submitted pursuant to resolution
    71/2054" in the copy: resolution 71/205, note 4, and no comma. ``check`` is right."""
    draft, _ = imported("ga-72-pdf", "A_RES_72_190.txt")
    assert "submitted pursuant to resolution 71/205[^4]\n" in write_text(draft)
    assert [f.rule for f in check(draft) if f.severity == "error"] == ["preamble.end"]


def test_a_head_run_into_a_word_broken_at_the_pages_end():
    draft, report = imported("ga-72-pdf", "A_RES_72_192.txt")
    text = write_text(draft)
    assert (
        "between States, intergovernmental and non-governmental organizations and individual experts" in text
    )
    assert "non-Follow-up" not in text and "Criminal Justice governmental" not in text
    assert sum("the title repeated at a page top" in line for line in report) == 4  # pages 2 to 5


@pytest.mark.parametrize(
    ("folder", "name", "words"),
    [
        ("ga-72-pdf", "A_RES_72_63.txt", "welcoming the outcome of the high-level meetings on poaching"),
        (
            "ga-74-pdf",
            "A_RES_74_188.txt",
            "to submit in writing to the Secretary-General any further comments",
        ),
        (
            "ga-75-pdf",
            "A_RES_75_243.txt",
            "and the reports of the Secretary-General on the proposed programme",
        ),
        ("ga-78-pdf", "A_RES_78_320.txt", "using non-invasive, drought-resistant and"),
        ("ga-79-pdf", "A_RES_79_54.txt", "also requests the Secretary-General to review"),
        (
            "ga-80-pdf",
            "A_RES_80_87.txt",
            "representatives of Non-Self-Governing Territories in the relevant meetings",
        ),
        (
            "ga-80-pdf",
            "A_RES_80_102.txt",
            "cultural development of the Non-Self-Governing Territories”, held by",
        ),
        (
            "ga-80-pdf",
            "A_RES_80_103.txt",
            "cultural development of the Non-Self-Governing Territories”, held by",
        ),
    ],
)
def test_the_same_fault_in_the_corpus(folder, name, words):
    """Each had its title inside a hyphenated word ("Secretary-Diplomatic protection General",
    A/RES/74/188; "Non-Self-Question of the Turks and Caicos Islands Governing Territories",
    A/RES/80/102)."""
    draft, _ = imported(folder, name)
    assert words in write_text(draft)


def test_a_provisional_agenda_with_lettered_items_stays_in_its_paragraph():
    """Paragraph 9 approves the Congress's agenda: items 1 to 7, item 6 with its (a) and (b),
    all quoted under it; the resolution's own paragraph 10 follows."""
    draft, _ = imported("ga-72-pdf", "A_RES_72_192.txt")
    ops = draft.operative_paragraphs()
    assert len(ops) == 21
    agenda = ops[8]
    assert agenda.opening == "Approves"
    items = [plain_text(s.text) for s in agenda.subs]
    assert all(s.quoted for s in agenda.subs)
    assert items[0] == "1. Opening of the Congress."
    assert items[6:] == [
        "(a) Terrorism in all its forms and manifestations;",
        "(b) New and emerging forms of crime.",
        "7. Adoption of the report of the Congress.",
    ]
    assert ops[9].opening == "Decides"
    assert not [f for f in check(draft) if f.severity == "error"]


@pytest.mark.parametrize(
    ("folder", "name", "words"),
    [
        (
            "ga-72-pdf",
            "A_RES_72_185.txt",
            "the International Covenant on Civil and Political Rights[^6] and the International"
            " Covenant on Economic, Social and Cultural Rights,[^6]\n",
        ),
        # the same: "the 2030 Agenda for Sustainable Development 14 and" and, 22 paragraphs
        # on, "the Sustainable Development Goals,14 in particular target 16.10"
        (
            "ga-74-pdf",
            "A_RES_74_157.txt",
            "the 2030 Agenda for Sustainable Development[^14] and the commitments",
        ),
        ("ga-74-pdf", "A_RES_74_157.txt", "Sustainable Development Goals,[^14] in particular target 16.10"),
    ],
)
def test_a_note_cited_twice_keeps_both_marks(folder, name, words):
    draft, report = imported(folder, name)
    assert words in write_text(draft)
    assert not [f for f in check(draft) if f.severity == "error"]
