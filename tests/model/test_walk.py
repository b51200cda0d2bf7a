"""The model's one walk: every rich-text field in the order the exports print it, and the
finders and the word count that use it."""

from __future__ import annotations

from dataclasses import replace

from sample_drafts import annex_draft, footnoted_draft

from delegate_editor.formats.blocks import render
from delegate_editor.model import walk
from delegate_editor.model.document import Footnote, SectionHeading, SubParagraph
from delegate_editor.model.text import NoteRef, Run
from delegate_editor.storage import dres


def _noted(example_draft):
    """The seed with notes cited in the recommendation, the title, a sub-paragraph and an
    annex paragraph, besides its own: the fields whose order decides the note numbers."""
    draft = replace(annex_draft(), front=example_draft.front)
    notes = {
        key: Footnote((Run(f"See resolution 65/230 ({key})."),), id=key)
        for key in ("rec", "title", "sub", "annex")
    }
    draft.footnotes = notes
    draft.recommendation = (
        Run("The Third Committee recommends the adoption of the following draft"),
        NoteRef("rec"),
    )
    draft.title = (*draft.title, NoteRef("title"))
    sub = draft.operative[0].subs[0].children[0]
    sub.text = (*sub.text, NoteRef("sub"))
    para = draft.annexes[0].paragraphs[0]
    para.text = (*para.text, NoteRef("annex"))
    draft.operative.insert(0, SectionHeading("I. Cooperation"))
    return dres.loads(dres.dumps(draft))  # and through .dres, as a saved draft is


def test_fields_follow_the_printed_order_of_the_blocks(example_draft):
    for draft in (example_draft, annex_draft(), footnoted_draft(), _noted(example_draft)):
        ids = [f.id for f in walk.body_fields(draft) if f.text]
        printed = []
        for block in render(draft).blocks:
            if block.source.id in ids and (not printed or printed[-1] != block.source.id):
                printed.append(block.source.id)
        assert printed == ids


def test_footnotes_come_in_the_order_the_exports_number_them(example_draft):
    draft = _noted(example_draft)
    notes = [f.id for f in walk.rich_fields(draft) if f.part == "footnotes"]
    numbered = [n.note_id for n in render(draft).notes if not n.custom]
    # the recommendation line stands above the title, so its note is 1
    assert notes == numbered == ["rec", "title", "sub", "annex"]
    assert walk.cited_notes(draft) == numbered


def test_a_footnote_nobody_cites_comes_last():
    draft = footnoted_draft()
    spare = Footnote((Run("Not cited."),))
    draft.footnotes = {spare.id: spare, **draft.footnotes}
    notes = [f.node for f in walk.rich_fields(draft) if f.part == "footnotes"]
    assert notes[-1] is spare and len(notes) == 4


def test_every_field_has_an_address_that_finds_it_again(example_draft):
    draft = _noted(example_draft)
    for field in walk.rich_fields(draft):
        if field.part == "header":
            assert field.node is draft and field.attr in walk.HEADER_FIELDS
        else:
            assert walk.find(draft, field.id, (field.part,)) is field.node
    deepest = max(walk.body_fields(draft), key=lambda f: f.depth)
    assert isinstance(deepest.node, SubParagraph) and deepest.depth == 2
    assert walk.find(draft, deepest.id, walk.BODY_PARTS) is deepest.node
    assert walk.find(draft, "sub", walk.BODY_PARTS) is None  # a footnote id, not a paragraph
    assert walk.find(draft, "sub") is draft.footnotes["sub"]


def test_tree_gives_each_node_its_depth():
    draft = annex_draft()
    depths = [(type(node).__name__, depth) for node, depth in walk.tree(draft.operative)]
    assert depths == [("Operative", 0), ("SubParagraph", 1), ("SubParagraph", 2), ("SubParagraph", 1)]
    assert [d for _, d in walk.tree(draft.annexes)] == [0, 1]


def test_word_count_counts_the_body_but_not_the_recommendation_or_notes(example_draft):
    draft = _noted(example_draft)
    before = draft.word_count()
    draft.recommendation = (*draft.recommendation, Run(" resolution and more words here"))
    next(iter(draft.footnotes.values())).text = (Run("many more words in a note"),)
    assert draft.word_count() == before
    draft.annexes[0].paragraphs[0].text = (*draft.annexes[0].paragraphs[0].text, Run(" three more words"))
    assert draft.word_count() == before + 3


def test_a_security_council_title_cites_no_note_so_its_note_comes_with_the_uncited(example_draft):
    draft = _noted(example_draft)
    draft.front = replace(draft.front, organ="Security Council")
    notes = [f.id for f in walk.rich_fields(draft) if f.part == "footnotes"]
    numbered = [n.note_id for n in render(draft).notes if not n.custom]
    assert "title" not in numbered  # the exports print the title without its mark
    assert notes == [*numbered, "title"]


def test_a_footnote_is_named_by_its_key_in_the_draft():
    """The key of ``draft.footnotes`` is what a mark cites and what .dres saves; a note built
    by hand may carry another id of its own."""
    draft = footnoted_draft()
    key, note = next(iter(draft.footnotes.items()))
    draft.footnotes[key] = Footnote(note.text, id="another-id")
    ids = [f.id for f in walk.rich_fields(draft) if f.part == "footnotes"]
    assert key in ids and "another-id" not in ids
