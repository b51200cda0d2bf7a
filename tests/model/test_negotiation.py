"""The negotiation model on a real adopted resolution (A/RES/80/15, Treaty of Tlatelolco):
labels, proposals, accepting with re-basing and collisions, paragraph states, the .dres."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from corpus_drafts import adopted

from delegate_editor.model.negotiation import (
    Edit,
    ParagraphStatus,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Silence,
    apply_edits,
    labels,
    paragraph_text,
    start_negotiation,
)
from delegate_editor.model.proposals import accept, decide, edits_between, rebase_edits, words_proposal
from delegate_editor.model.serialize import from_dict, to_dict
from delegate_editor.model.text import NoteRef, plain_text
from delegate_editor.storage.dres import dumps, loads


@pytest.fixture
def draft(corpus_dir):
    return adopted(corpus_dir, "A_RES_80_15")


def _edit(text: str, old: str, new: str, nth: int = 0) -> Edit:
    start = -1
    for _ in range(nth + 1):
        start = text.index(old, start + 1)
    return Edit(start, start + len(old), new)


def test_zero_draft_labels_and_later_paragraphs(draft):
    neg = start_negotiation(draft)
    op = draft.operative_paragraphs()
    assert neg.labels[draft.preamble[0].id] == "PP1"
    assert neg.labels[draft.preamble[-1].id] == "PP15"
    assert neg.labels[op[4].id] == "OP5"
    assert neg.labels[op[4].subs[0].id] == "OP5(a)"
    new = [
        Proposal(ProposalKind.NEW_PARAGRAPH, op[2].id, ["EU"], part="operative", text="x", new_id=f"n{i}")
        for i in range(2)
    ]
    alt = Proposal(ProposalKind.ALTERNATIVE, op[5].id, ["Mexico"], opening="Decides", text="y")
    neg.proposals += [*new, alt]
    got = labels(draft)
    assert (got["n0"], got["n1"], got[alt.id]) == ("OP3bis", "OP3ter", "OP6alt")
    accept(draft, new[0].id)
    draft.operative.insert(0, type(op[0])(opening="Stresses"))  # typed in, before OP1
    got = labels(draft)
    assert got["n0"] == "OP3bis" and got[op[3].id] == "OP4"  # no renumbering while negotiating
    assert got[draft.operative[0].id] == "OP0bis"


def test_accepting_rebases_the_others_and_reports_collisions(draft):
    neg = start_negotiation(draft)
    op1 = draft.operative_paragraphs()[0]
    text = paragraph_text(op1)
    # "Welcomes the fact that the Treaty ... is in force for all sovereign States of the region;"
    eu = words_proposal(op1, (_edit(text, "Welcomes", "Welcomes with satisfaction"),), ["EU"])
    usa = words_proposal(op1, (_edit(text, "all sovereign States", "all States"),), ["United States"])
    mex = words_proposal(op1, (_edit(text, "Welcomes", "Notes"),), ["Mexico"])
    neg.proposals += [eu, usa, mex]
    collided = accept(draft, eu.id)
    assert collided == [mex] and mex.collides_with == eu.id
    now = paragraph_text(op1)
    assert now.startswith("Welcomes with satisfaction the fact that")
    assert op1.opening == "Welcomes with satisfaction"  # the inserted words took the italic opening
    assert usa.base == now and usa.proposed_text().endswith("in force for all States of the region;")
    with pytest.raises(ValueError, match="collides"):
        accept(draft, mex.id)
    assert accept(draft, usa.id) == []
    assert paragraph_text(op1).endswith("for all States of the region;")
    decide(draft, mex.id, ProposalStatus.REJECTED)
    assert [p.status for p in neg.proposals] == ["accepted", "accepted", "rejected"]


def test_footnote_marks_stay_through_an_accepted_edit(draft):
    start_negotiation(draft)
    pp8 = draft.preamble[7]  # "... Tlatelolco, Rarotonga, 3 Bangkok[note] and Pelindaba[note] ..."
    marks = [i for i in pp8.text if isinstance(i, NoteRef)]
    text = paragraph_text(pp8)
    # the mark after "Bangkok" is inside the words replaced: it stays where they were
    p = words_proposal(pp8, (_edit(text, "Bangkok and Pelindaba", "Bangkok, Pelindaba"),), ["NZ"])
    draft.negotiation.proposals.append(p)
    accept(draft, p.id)
    assert [i for i in pp8.text if isinstance(i, NoteRef)] == marks
    assert "Bangkok, Pelindaba" in plain_text(pp8.text)
    assert pp8.opening == "Reiterating"


def test_rebase_moves_edits_and_refuses_overlaps():
    base = "Urges all States to cooperate fully."
    over = (Edit(0, 5, "Calls upon"),)  # +5 characters
    assert rebase_edits((Edit(26, 31, "closely"),), over) == (Edit(31, 36, "closely"),)
    assert rebase_edits((Edit(2, 4, "x"),), over) is None
    assert rebase_edits((Edit(5, 5, " strongly"),), over) == (Edit(10, 10, " strongly"),)
    edits = edits_between(base, "Urges all Member States to cooperate.")
    assert len(edits) == 2 and apply_edits(base, edits) == "Urges all Member States to cooperate."


def test_delete_and_new_paragraph_and_alternative(draft):
    neg = start_negotiation(draft)
    ops = draft.operative_paragraphs()
    new = Proposal(
        ProposalKind.NEW_PARAGRAPH,
        ops[2].id,
        ["Brazil"],
        part="operative",
        opening="Invites",
        text="all States;",
    )
    new.new_id = "brazil-1"
    gone = Proposal(ProposalKind.DELETE_PARAGRAPH, ops[2].id, ["United States"])
    alt = Proposal(ProposalKind.ALTERNATIVE, ops[1].id, ["Chile"], opening="Notes", text="the anniversary;")
    words = words_proposal(ops[2], (Edit(0, 0, "Strongly "),), ["Peru"])
    neg.proposals += [new, gone, alt, words]
    assert accept(draft, gone.id) == [words]
    assert new.target == ops[1].id  # it follows the paragraph before the one deleted
    accept(draft, new.id)
    accept(draft, alt.id)
    now = draft.operative_paragraphs()
    assert [o.opening for o in now[1:3]] == ["Notes", "Invites"]
    assert now[2].id == "brazil-1" and plain_text(now[2].text) == "all States;"
    assert len(now) == len(ops)


def test_paragraph_states_silence_and_dres_round_trip(draft):
    neg = start_negotiation(draft)
    op3 = draft.operative_paragraphs()[2]
    neg.set_status(op3.id, ParagraphStatus.AGREED_AD_REF, "A/RES/79/14 (OP3)")
    neg.set_status(draft.preamble[0].id, ParagraphStatus.BRACKETED)
    neg.silence = Silence(deadline=datetime(2026, 12, 4, 12, 0))
    neg.break_silence("Iran (Islamic Republic of)", op3.id, datetime(2026, 12, 4, 10, 30))
    p = words_proposal(op3, (Edit(0, 10, "Stresses"),), ["EU", "Norway"], made=date(2026, 12, 3))
    p.supporters, p.objectors, p.comment = ["Japan"], ["Russian Federation"], "as in 79/14"
    neg.proposals.append(p)
    back = loads(dumps(draft), "t.dres")
    assert back.negotiation == neg
    assert to_dict(from_dict(to_dict(draft))) == to_dict(draft)
    neg.set_status(draft.preamble[0].id, ParagraphStatus.OPEN)
    assert draft.preamble[0].id not in neg.paragraphs  # open is the default, not stored


def test_a_draft_without_negotiation_writes_no_key(draft):
    assert "negotiation" not in to_dict(draft)


def test_bad_negotiation_data_is_one_clear_error(draft):
    from delegate_editor.errors import InputError

    start_negotiation(draft)
    data = json.loads(dumps(draft))
    data["negotiation"]["proposals"] = [
        {"kind": "words", "target": "x", "authors": ["EU"], "edits": [[5, 2, ""]]}
    ]
    with pytest.raises(InputError, match=r"negotiation\.proposals\[0\]\.edits\[0\]"):
        loads(json.dumps(data).encode(), "bad.dres")


@pytest.mark.parametrize(
    ("key", "value", "where"),
    [
        ("labels", ["PP1"], "negotiation.labels"),
        ("labels", {"a": 1}, "negotiation.labels"),
        ("proposals", [{"kind": "amend", "authors": []}], "negotiation.proposals[0].kind"),
        ("proposals", [{"authors": "EU"}], "negotiation.proposals[0].authors"),
        ("proposals", [{"base": "ab", "edits": [[0, 9, ""]]}], "negotiation.proposals[0]"),
        ("proposals", [{"edits": [[True, 1, ""]]}], "negotiation.proposals[0].edits[0]"),
        ("paragraphs", {"x": {"status": "closed"}}, "negotiation.paragraphs.x.status"),
        ("silence", {"deadline": "tomorrow"}, "negotiation.silence.deadline"),
        ("silence", [], "negotiation.silence"),
    ],
)
def test_hostile_negotiation_data_names_the_bad_value(draft, key, value, where):
    from delegate_editor.errors import InputError

    start_negotiation(draft)
    data = json.loads(dumps(draft))
    data["negotiation"][key] = value
    with pytest.raises(InputError, match=re.escape(where)):
        loads(json.dumps(data).encode(), "bad.dres")
