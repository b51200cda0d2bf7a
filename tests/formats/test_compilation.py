"""The compilation text's marks on A/RES/80/15: labels, status tags, source notes, brackets,
alternatives, the open paragraphs table and the silence procedure; and the clean text."""

from __future__ import annotations

from datetime import datetime

import pytest
from corpus_drafts import adopted

from delegate_editor.formats.compilation import clean, compilation
from delegate_editor.model.negotiation import (
    Edit,
    ParagraphStatus,
    Proposal,
    ProposalKind,
    Silence,
    paragraph_text,
    start_negotiation,
)
from delegate_editor.model.proposals import words_proposal
from delegate_editor.model.text import NoteRef


@pytest.fixture
def draft(corpus_dir):
    draft = adopted(corpus_dir, "A_RES_80_15")
    start_negotiation(draft)
    return draft


def _marked(block) -> str:
    out = []
    for piece in block.pieces:
        change = getattr(piece, "change", "")
        out.append(f"~{piece.text}~" if change == "del" else f"*{piece.text}*" if change else piece.text)
    return "".join(out).replace("~~", "").replace("**", "")


def _block(rendered, start: str):
    return next(b for b in rendered.blocks if b.text.startswith(start))


def test_status_tags_source_notes_and_brackets(draft):
    neg = draft.negotiation
    ops = draft.operative_paragraphs()
    neg.set_status(ops[1].id, ParagraphStatus.AGREED_AD_REF, "A/RES/79/14 (OP2)")
    neg.set_status(ops[5].id, ParagraphStatus.AGREED)
    neg.set_status(draft.preamble[14].id, ParagraphStatus.BRACKETED)
    out = compilation(draft)
    op2 = _marked(_block(out, "OP2 "))
    assert op2.startswith("*OP2 [agreed ad ref] *Notes with satisfaction")
    assert op2.endswith("Caribbean; [A/RES/79/14 (OP2)]")
    assert _marked(_block(out, "OP6 ")).startswith("*OP6 [agreed] *Decides")
    assert _block(out, "PP15 ").text == "PP15 [Recalling also its resolution 77/35 of 7 December 2022,]"


def test_an_alternative_and_footnote_marks_in_place(draft):
    neg = draft.negotiation
    ops = draft.operative_paragraphs()
    neg.proposals.append(
        Proposal(
            ProposalKind.ALTERNATIVE,
            ops[5].id,
            ["Argentina", "Brazil"],
            opening="Decides",
            text="to consider the item;",
        )
    )
    pp8 = draft.preamble[7]
    text = paragraph_text(pp8)
    at = text.index("Bangkok and Pelindaba")
    fiji = words_proposal(pp8, (Edit(at, at + len("Bangkok and Pelindaba"), "Bangkok"),), ["Fiji"])
    fiji.supporters, fiji.objectors = ["Samoa", "Tonga"], ["Chile"]
    neg.proposals.append(fiji)
    out = compilation(draft)
    assert _marked(_block(out, "OP6alt")) == "*OP6alt *[*Decides to consider the item;* (Argentina, Brazil)]"
    block = _block(out, "PP8 ")
    # both notes of the words struck stay, once each, after the proposal's brackets
    notes = [p.note.note_id for p in block.pieces if p.note is not None]
    assert notes == [i.note_id for i in pp8.text if isinstance(i, NoteRef)]
    assert (
        "[~Bangkok and Pelindaba~*Bangkok* (Fiji; supported by Samoa, Tonga; opposed by Chile)]"
        in _marked(block)
    )


def test_the_open_paragraphs_table_and_the_silence_procedure(draft):
    neg = draft.negotiation
    ops = draft.operative_paragraphs()
    neg.proposals.append(Proposal(ProposalKind.DELETE_PARAGRAPH, ops[3].id, ["United States"]))
    neg.set_status(ops[0].id, ParagraphStatus.BRACKETED)
    neg.silence = Silence(deadline=datetime(2026, 12, 5, 12, 0))
    neg.break_silence("Cuba", ops[3].id)
    lines = [b.text for b in compilation(draft).blocks]
    at = lines.index("Open paragraphs")
    assert lines[at + 1 :] == [
        "OP1\tbracketed\t0 proposal(s) on it, 0 new after it\t",
        "OP4\topen\t1 proposal(s) on it, 0 new after it\tUnited States",
        "Silence procedure until 05 December 2026, 12:00",
        "Silence broken by Cuba on OP4",
    ]


def test_the_clean_text_has_no_negotiation(draft):
    draft.negotiation.proposals.append(Proposal(ProposalKind.DELETE_PARAGRAPH, draft.preamble[0].id, ["EU"]))
    out = clean(draft)
    assert out.negotiation is None and draft.negotiation is not None
    assert [paragraph_text(p) for p in out.preamble] == [paragraph_text(p) for p in draft.preamble]
