"""The numbering every consumer shares (model/numbering.py): labels and footnote numbers in
printed order, as the exports print them."""

from __future__ import annotations

from delegate_editor.formats.blocks import render
from delegate_editor.model.document import Annex, AnnexParagraph, Draft, FrontMatter, Operative, SubParagraph
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
