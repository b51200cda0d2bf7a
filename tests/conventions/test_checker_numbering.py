"""The checker names footnotes, paragraphs and sub-paragraphs by the numbers the exports print:
both take them from ``model/numbering.py`` (issue 19, item 1)."""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.formats.blocks import render
from delegate_editor.formats.text import write_text
from delegate_editor.model.document import (
    Draft,
    Footnote,
    FrontMatter,
    Operative,
    Preambular,
    Sponsors,
    SubParagraph,
)
from delegate_editor.model.text import NoteRef, Run, rich
from delegate_editor.storage import dres


def _noted_draft() -> Draft:
    """Notes in the recommendation, the title and the preamble (wording of A/C.3/80/L.21's
    kind); the title's note lacks its full stop, so the checker must name it."""
    return Draft(
        front=FrontMatter(organ="General Assembly", body="Third Committee", symbol="A/C.3/80/L.21"),
        sponsors=Sponsors(names=["Brazil", "China"]),
        recommendation=(
            Run("The Third Committee recommends to the General Assembly"),
            NoteRef("rec"),
            Run(":"),
        ),
        title=(Run("Strengthening the role of the United Nations"), NoteRef("title")),
        authoring="The General Assembly",
        preamble=[
            Preambular("Recalling", (Run("the 2030 Agenda for Sustainable Development,"), NoteRef("pre")))
        ],
        operative=[
            Operative("Takes note", rich("of the report of the Secretary-General;")),
            Operative(
                "Requests",
                rich("the Secretary-General:"),
                subs=[
                    SubParagraph(rich("To assist Member States;")),
                    SubParagraph(rich("To report to the General Assembly at its eighty-first session.")),
                ],
            ),
        ],
        footnotes={
            "pre": Footnote(rich("Resolution 70/1.")),
            "title": Footnote(rich("See A/80/123")),
            "rec": Footnote(rich("See resolution 79/1.")),
        },
    )


def test_notes_in_the_title_and_recommendation_carry_the_numbers_the_exports_print():
    draft = dres.loads(dres.dumps(_noted_draft()))  # through the file a delegate saves
    rendered = render(draft)
    printed = {n.note_id: n.mark for n in rendered.notes if not n.custom}
    assert printed == {"rec": "1", "title": "2", "pre": "3"}  # the recommendation comes first
    [finding] = [f for f in check(draft) if f.rule == "footnote.end"]
    assert (finding.part, finding.paragraph) == ("footnotes", int(printed["title"]))
    assert "[^2]: See A/80/123" in write_text(draft)  # and the text export agrees


def test_sub_paragraph_labels_are_the_exports_labels():
    draft = _noted_draft()
    draft.operative_paragraphs()[1].subs[0].text = rich("To assist Member States,")
    [finding] = [f for f in check(draft) if f.rule == "sub.end"]
    rendered = render(draft)
    sub_id = draft.operative_paragraphs()[1].subs[0].id
    [block] = [b for b in rendered.blocks if b.source.id == sub_id]
    assert finding.paragraph == 2 and finding.message.startswith(f"sub-paragraph {block.label}:")
    assert rendered.labels[sub_id] == "2 (a)"
