"""Returned copies into proposals, on A/RES/80/15 (Treaty of Tlatelolco): the copies are the
draft as a delegation would send it back, read through our own DOCX export."""

from __future__ import annotations

import copy

import pytest
from corpus_drafts import adopted, replace_words

from delegate_editor.formats.compilation import compilation
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.negotiate import negotiate, proposals_from_copy
from delegate_editor.model.negotiation import ProposalKind, labels, paragraph_text, start_negotiation
from delegate_editor.model.proposals import accept
from delegate_editor.model.text import Run
from delegate_editor.model.versions import as_new_draft


@pytest.fixture
def sent(corpus_dir):
    draft = as_new_draft(adopted(corpus_dir, "A_RES_80_15"))
    start_negotiation(draft)
    return draft


def _returned(sent, edit) -> object:
    """``sent`` edited by ``edit``, exported and read back as a delegation's copy."""
    draft = copy.deepcopy(sent)
    edit(draft)
    return read_docx(write_docx(draft), "copy.docx").draft


def _op6(draft) -> None:
    replace_words(draft.operative_paragraphs()[5], "eighty-third session", "eighty-second session")


def test_an_unchanged_copy_makes_no_proposal(sent):
    assert proposals_from_copy(sent, _returned(sent, lambda d: None), "EU") == ([], [])


def test_the_same_change_from_two_delegations_is_one_proposal_by_both(sent):
    copy_eu, copy_cel = _returned(sent, _op6), _returned(sent, _op6)
    draft, result = negotiate(sent, [("EU", copy_eu), ("CELAC", copy_cel)])
    (proposal,) = draft.negotiation.proposals
    assert proposal.authors == ["EU", "CELAC"] and result.added == [proposal]
    assert labels(draft)[proposal.target] == "OP6"
    assert "eighty-second session" in proposal.proposed_text()


def test_a_copy_of_an_earlier_text_is_rebased_on_the_draft_as_it_stands(sent):
    """Three ways: OP6 was changed by an accepted proposal after the copy went out; a
    change elsewhere in OP6 moves onto the new text, a change to the same words collides."""
    draft, _ = negotiate(sent, [("Mexico", _returned(sent, _op6))])
    accept(draft, draft.negotiation.proposals[0].id)
    op6 = draft.operative_paragraphs()[5]

    def item(d) -> None:
        replace_words(d.operative_paragraphs()[5], "the item entitled", "an item entitled")

    later, result = negotiate(
        sent, [("Brazil", _returned(sent, item)), ("Chile", _returned(sent, _op6))], draft
    )
    brazil = next(p for p in result.added if p.authors == ["Brazil"])
    assert brazil.base == paragraph_text(op6) and not brazil.collides_with
    assert "eighty-second session the an item" not in brazil.proposed_text()
    assert "eighty-second session an item entitled" in brazil.proposed_text()
    # Chile proposed the change accepted since: no proposal, and the copy says so
    assert not any("Chile" in p.authors for p in later.negotiation.proposals)
    assert result.messages == ["Chile: a change already in the draft was left out"]


def test_a_paragraph_added_or_removed_and_a_footnote_changed(sent):
    def edit(d) -> None:
        ops = d.operative
        ops.insert(2, copy.deepcopy(ops[1]))
        ops[2].id = "added"
        ops[2].opening, ops[2].text = "Invites", (Run("all States to attend the fifth Conference;"),)
        del d.preamble[14]
        note = next(iter(d.footnotes.values()))
        note.text = (Run("A changed note."),)

    proposals, messages = proposals_from_copy(sent, _returned(sent, edit), "Peru")
    kinds = sorted(p.kind.value for p in proposals)
    assert kinds == ["delete_paragraph", "new_paragraph"]
    new = next(p for p in proposals if p.kind is ProposalKind.NEW_PARAGRAPH)
    assert (new.target, new.opening, new.text) == (
        sent.operative_paragraphs()[1].id,
        "Invites",
        "all States to attend the fifth Conference;",
    )
    gone = next(p for p in proposals if p.kind is ProposalKind.DELETE_PARAGRAPH)
    assert gone.target == sent.preamble[14].id
    assert messages == ["Peru: a change to a footnote is not a proposal; it was left out"]


def test_the_compilation_prints_a_new_paragraph_with_its_label(sent):
    def edit(d) -> None:
        d.operative.insert(0, copy.deepcopy(d.operative[0]))
        d.operative[0].opening, d.operative[0].text = "Stresses", (Run("the value of the Treaty;"),)
        d.operative[0].id = "added"

    draft, _ = negotiate(sent, [("Cuba", _returned(sent, edit))])
    texts = [b.text for b in compilation(draft).blocks]
    at = texts.index("OP0bis [Stresses the value of the Treaty; (Cuba)]")
    assert texts[at + 1].startswith("OP1 Welcomes")


def test_a_paragraph_citing_another_gets_its_words_not_the_number(sent):
    """A cross-reference prints as the number of the paragraph it names, which the model
    does not hold as words: the edit still lands on the model's words."""
    from delegate_editor.model.text import XRef

    op6 = sent.operative_paragraphs()[5]
    op6.text = (Run("to act as set out in paragraph "), XRef(sent.operative_paragraphs()[0].id), *op6.text)
    base = paragraph_text(op6)

    def edit(d) -> None:
        replace_words(d.operative_paragraphs()[5], "eighty-third session", "eighty-second session")

    (proposal,), _ = proposals_from_copy(sent, _returned(sent, edit), "Peru")
    assert proposal.base == base
    assert proposal.proposed_text() == base.replace("eighty-third", "eighty-second")


def test_what_is_no_proposal_reads_in_french_and_spanish(sent):
    """Issue 20: the lines about a returned copy in the reader's language; the front-matter
    line is named as the list of changes names it in English (change_list.where)."""
    from delegate_editor.conventions import messages as said
    from delegate_editor.formats.blocks import render
    from delegate_editor.formats.change_list import where

    def edit(d) -> None:
        d.front.agenda.title = "General and complete disarmament"
        d.sponsors.names = ["Brazil", "Chile"]
        note = next(iter(d.footnotes.values()))
        note.text = (Run("A changed note."),)

    _proposals, lines = proposals_from_copy(sent, _returned(sent, edit), "Peru")
    assert lines == [
        "Peru: a change to the agenda item title is not a proposal; it was left out",
        "Peru: a change to the sponsors line is not a proposal; it was left out",
        "Peru: a change to a footnote is not a proposal; it was left out",
    ]
    nbsp = "\u00a0"
    said.use("fr")
    assert [said.shown(line) for line in lines] == [
        f"Peru{nbsp}: une modification dans l’intitulé du point de l’ordre du jour n’est pas une "
        f"proposition{nbsp}; elle a été écartée",
        f"Peru{nbsp}: une modification dans la ligne des auteurs n’est pas une proposition{nbsp}; "
        "elle a été écartée",
        f"Peru{nbsp}: une modification d’une note n’est pas une proposition{nbsp}; elle a été écartée",
    ]
    said.use("es")
    assert said.shown(lines[1]) == (
        "Peru: un cambio en la línea de los patrocinadores no es una propuesta; se omitió"
    )
    # every front-matter line the table names is worded in English as the list of changes says it
    table = said.catalogue("en").words["header_line"]
    for block in render(sent).blocks:
        if block.source.part not in ("preamble", "operative", "annex") and block.style.value in table:
            assert table[block.style.value] == where(block)
