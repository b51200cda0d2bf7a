"""Comments read from a file onto the draft's paragraphs (formats/comments_in.py)."""

from __future__ import annotations

import time

from delegate_editor.formats.comments_in import take_comments
from delegate_editor.formats.office_text import Span, VisibleComment, VisiblePara
from delegate_editor.model.document import Draft, Operative
from delegate_editor.model.text import rich


def _para(text: str) -> VisiblePara:
    return VisiblePara(spans=[Span(text)])


def _draft(n: int) -> Draft:
    return Draft(
        operative=[
            Operative("Requests", rich(f"the Secretary-General to report on item {i};")) for i in range(n)
        ]
    )


def test_a_comment_finds_its_paragraph_after_a_typed_number():
    draft = _draft(3)
    comment = VisibleComment(
        "Which report?", "Chile", _para("2.\tRequests the Secretary-General to report on item 1;")
    )
    messages = take_comments(draft, [comment], None)
    (taken,) = draft.comments
    assert taken.node_id == draft.operative[1].id and (taken.author, taken.text) == ("Chile", "Which report?")
    assert messages == [
        'a comment by Chile on "2. Requests the Secretary-General to report on item…" is in the Comments '
        'list: "Which report?"'
    ]


def test_thousands_of_comments_on_no_paragraph_are_reported_quickly():
    """A hostile file: 5,000 comments on words that are in no paragraph of 1,000."""
    draft = _draft(1000)
    comments = [VisibleComment(f"note {i}", "X", _para(f"nothing like it {i}")) for i in range(5000)]
    start = time.perf_counter()
    messages = take_comments(draft, comments, None)
    assert time.perf_counter() - start < 5
    assert draft.comments == [] and len(messages) == 5000
    assert messages[0].endswith('was not imported (its paragraph was not found): "note 0"')


def test_a_comment_taken_or_lost_reads_in_french_and_spanish():
    """Issue 20: the same report lines in the reader's language, the quoted words as the
    file has them (the app finds the paragraph from the English line, which is unchanged)."""
    from delegate_editor.conventions import messages as said

    draft = _draft(3)
    taken, lost = take_comments(
        draft,
        [
            VisibleComment(
                "Which report?", "Chile", _para("Requests the Secretary-General to report on item 1;")
            ),
            VisibleComment("Too long", "", _para("nothing like it")),
        ],
        None,
    )
    assert lost == 'a comment on "nothing like it" was not imported (its paragraph was not found): "Too long"'
    nbsp = "\u00a0"
    said.use("fr")
    assert said.shown(taken) == (
        f"un commentaire de Chile sur «{nbsp}Requests the Secretary-General to report on item 1;{nbsp}» "
        f"figure dans la liste des commentaires{nbsp}: «{nbsp}Which report?{nbsp}»"
    )
    said.use("es")
    assert said.shown(lost) == (
        "un comentario sobre “nothing like it” no se importó (no se encontró su párrafo): “Too long”"
    )
