"""The numbering every consumer shares (model/numbering.py): labels and footnote numbers in
printed order, as the exports print them."""

from __future__ import annotations

from delegate_editor.formats.blocks import render
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    Draft,
    FrontMatter,
    Operative,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.numbering import note_numbers, paragraph_labels, printed_texts
from delegate_editor.model.text import NoteRef, Run, rich


def _draft() -> Draft:
    return Draft(
        recommendation=(Run("The Sixth Committee recommends:"), NoteRef("r")),
        title=(Run("Crimes against humanity"), NoteRef("t")),
        operative=[
            Operative("Decides", (Run("to convene a conference;"), NoteRef("missing"))),
            Operative(
                "Requests",
                rich("the Secretary-General:"),
                subs=[
                    SubParagraph(rich("To report:"), children=[SubParagraph(rich("On the dates;"))]),
                    SubParagraph(rich("To inform States;"), dash=True),
                ],
            ),
        ],
        annexes=[Annex((Run("Rules"), NoteRef("a")), [AnnexParagraph((Run("Rule 1."), NoteRef("r")))])],
    )


def test_notes_are_numbered_in_printed_order_and_a_missing_note_keeps_its_place():
    draft = _draft()
    assert [key for key, _ in printed_texts(draft)][:2] == ["recommendation", "title"]
    assert note_numbers(draft) == {"r": 1, "t": 2, "missing": 3, "a": 4}
    assert [n.mark for n in render(draft).notes] == ["1", "2", "3", "4"]


def test_a_security_council_title_is_not_printed_so_its_note_is_not_numbered():
    draft = _draft()
    draft.front = FrontMatter(organ="Security Council")
    assert "t" not in note_numbers(draft)
    assert {n.note_id: n.mark for n in render(draft).notes} == {"r": "1", "missing": "2", "a": "3"}


def test_labels_are_the_exports_labels():
    draft = _draft()
    labels = paragraph_labels(draft)
    requests = draft.operative[1]
    report, inform = requests.subs
    assert labels[requests.id] == "2"
    assert labels[report.id] == "2 (a)" and labels[report.children[0].id] == "2 (a) (i)"
    assert labels[inform.id] == "2"  # a dash item carries its parent's label
    assert render(draft).labels == labels


def test_the_one_paragraph_of_a_section_numbered_from_1_prints_no_number():
    """A/RES/79/281: section I numbers its paragraphs 1 to 19, section II (numbered from 1
    again) has one, "Takes note of the notes by the Secretary-General.", printed without a
    number, as the only paragraph of a text is; a section that goes on with the numbers
    keeps them, however short."""
    first = [Operative("Takes note", rich("of the report;")), Operative("Encourages", rich("the Unit;"))]
    alone = Operative("Takes note", rich("of the notes by the Secretary-General."))
    draft = Draft(operative=[SectionHeading("I"), *first, SectionHeading("II", restart=True), alone])
    labels = paragraph_labels(draft)
    assert [labels[p.id] for p in (*first, alone)] == ["1", "2", ""]
    draft.operative[3].restart = False  # section II goes on: "3."
    assert paragraph_labels(draft)[alone.id] == "3"
    single = Draft(operative=[Operative("Decides", rich("to adjourn."))])
    assert paragraph_labels(single)[single.operative[0].id] == ""
