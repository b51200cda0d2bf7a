"""The shared Doc: reading back, the agreed text guarded, bad updates refused."""

from __future__ import annotations

import copy
import json

import pytest
from pycrdt import Doc, Map

from delegate_editor import limits
from delegate_editor.model.comments import Comment
from delegate_editor.model.negotiation import ParagraphStatus, ProposalKind, paragraph_text
from delegate_editor.model.serialize import to_dict
from delegate_editor.sync import shared as shared_module
from delegate_editor.sync.shared import SharedDraft, SyncError, agreed_data
from tests.corpus_drafts import replace_words


def _joined(penholder_doc: SharedDraft) -> SharedDraft:
    member = SharedDraft()
    member.receive(penholder_doc.update())
    return member


def test_the_shared_draft_reads_back_as_the_penholder_shared_it(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    assert mexico.penholder == "Mexico" and len(mexico.group) == 32
    eu = _joined(mexico)
    assert to_dict(eu.draft()) == to_dict(l13)


def test_a_member_changing_the_agreed_text_makes_a_proposal_not_a_change(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = eu.draft()
    after = copy.deepcopy(before)
    replace_words(after.operative[2], "upcoming", "imminent")
    eu.publish(before, after, "EU")
    mexico.receive(eu.update())
    for replica in (eu, mexico):
        draft = replica.draft()
        assert paragraph_text(draft.operative[2]) == paragraph_text(l13.operative[2])  # agreed text as it was
        (proposal,) = draft.negotiation.proposals
        assert proposal.kind is ProposalKind.WORDS and proposal.authors == ["EU"]
        assert proposal.target == l13.operative[2].id
        assert (
            proposal.proposed_text()
            == "Welcomes the imminent entry into force of the Agreement on 17 January 2026;"
        )


def test_the_penholder_changes_the_agreed_text(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = mexico.draft()
    after = copy.deepcopy(before)
    replace_words(after.operative[1], "statements by the Co-Chairs", "statements of the Co-Chairs")
    mexico.publish(before, after, "Mexico")
    eu.receive(mexico.update())
    assert paragraph_text(eu.draft().operative[1]).startswith("Takes note of the statements of the Co-Chairs")
    assert not eu.draft().negotiation.proposals


def test_an_update_that_rewrites_the_agreed_text_directly_is_turned_into_a_proposal(l13):
    """An older app or a tampered update writes the agreed text as if it were the penholder's
    to write: every replica puts the penholder's text back and keeps the change as a
    proposal by the member who wrote it, the same proposal on each."""
    mexico = SharedDraft.start(l13, "Mexico")
    eu, russia = _joined(mexico), _joined(mexico)
    rogue = Doc()
    rogue.apply_update(mexico.update())
    changed = copy.deepcopy(l13)
    replace_words(changed.operative[2], "17 January 2026", "1 February 2026")
    agreed = rogue.get("agreed", type=Map)
    with rogue.transaction(origin="Russian Federation"):
        agreed["text"] = json.dumps(agreed_data(changed), ensure_ascii=False, sort_keys=True)
        agreed["by"] = "Russian Federation"
    for replica in (eu, russia):
        replica.receive(rogue.get_update())
    eu.receive(russia.update())
    russia.receive(eu.update())
    assert to_dict(eu.draft()) == to_dict(russia.draft())
    draft = eu.draft()
    assert paragraph_text(draft.operative[2]) == paragraph_text(l13.operative[2])
    (proposal,) = draft.negotiation.proposals
    assert proposal.authors == ["Russian Federation"]
    assert proposal.proposed_text().endswith("on 1 February 2026;")


def test_comments_and_statuses_are_shared(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = eu.draft()
    after = copy.deepcopy(before)
    after.comments.append(Comment(l13.operative[0].id, "Can we add the dates of the third session?", "EU"))
    after.negotiation.set_status(l13.operative[1].id, ParagraphStatus.AGREED)
    eu.publish(before, after, "EU")
    mexico.receive(eu.update())
    draft = mexico.draft()
    assert [c.text for c in draft.comments] == ["Can we add the dates of the third session?"]
    assert draft.negotiation.state(l13.operative[1].id).status is ParagraphStatus.AGREED


@pytest.mark.parametrize("update", [b"", b"garbage", b"\x01\x02\x03\xff\xff\xff\xff"])
def test_malformed_updates_are_refused_with_one_line(l13, update):
    mexico = SharedDraft.start(l13, "Mexico")
    state = mexico.update()
    with pytest.raises(SyncError) as info:
        mexico.receive(update)
    assert "\n" not in str(info.value) and "refused" in str(info.value)
    assert mexico.update() == state  # nothing of it was applied


def test_oversized_updates_are_refused_before_decoding(l13, monkeypatch):
    mexico = SharedDraft.start(l13, "Mexico")
    eu_update = _joined(mexico).update()
    monkeypatch.setattr(shared_module, "MAX_SYNC_UPDATE_BYTES", len(eu_update) - 1)
    with pytest.raises(SyncError, match="is refused"):
        mexico.receive(eu_update)
    assert limits.MAX_SYNC_UPDATE_BYTES >= 1024 * 1024


def test_an_update_that_leaves_the_draft_unreadable_is_refused(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    rogue = Doc()
    rogue.apply_update(mexico.update())
    with rogue.transaction(origin="X"):
        rogue.get("proposals", type=Map)["p1"] = json.dumps({"seq": 1, "data": {"kind": "nonsense"}})
    with pytest.raises(SyncError, match="damaged"):
        mexico.receive(rogue.get_update())
    assert not mexico.draft().negotiation.proposals


@pytest.mark.parametrize("key", ["penholder", "group"])
def test_an_update_that_takes_the_pen_or_moves_the_group_is_refused(l13, key):
    """Only the penholder changes the agreed text, so a member who names itself penholder
    (or moves the draft to another group) in an update is refused whole."""
    mexico = SharedDraft.start(l13, "Mexico")
    rogue = Doc()
    rogue.apply_update(mexico.update())
    with rogue.transaction(origin="EU"):
        rogue.get("meta", type=Map)[key] = "EU"
    state = mexico.update()
    with pytest.raises(SyncError, match=f"changes the draft's {key}"):
        mexico.receive(rogue.get_update())
    assert mexico.update() == state and mexico.penholder == "Mexico"


def _with_eu_paragraph(draft):
    """A copy of the draft with a new fourth operative paragraph: the third, with "early"."""
    after = copy.deepcopy(draft)
    added = copy.deepcopy(after.operative[2])
    added.id = "eu-new-para"
    replace_words(added, "upcoming", "early")
    after.operative.insert(3, added)
    return after


def test_a_member_adding_and_deleting_paragraphs_makes_proposals(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = eu.draft()
    after = _with_eu_paragraph(before)
    del after.operative[5]  # the fifth of the twelve, one place on after the insertion
    eu.publish(before, after, "EU")
    mexico.receive(eu.update())
    draft = mexico.draft()
    assert [n.id for n in draft.operative] == [n.id for n in l13.operative]  # the agreed text stands
    kinds = {p.kind: p for p in draft.negotiation.proposals}
    assert set(kinds) == {ProposalKind.NEW_PARAGRAPH, ProposalKind.DELETE_PARAGRAPH}
    new = kinds[ProposalKind.NEW_PARAGRAPH]
    assert new.target == l13.operative[2].id and new.part == "operative" and new.authors == ["EU"]
    assert new.proposed_text() == "Welcomes the early entry into force of the Agreement on 17 January 2026;"
    assert kinds[ProposalKind.DELETE_PARAGRAPH].target == l13.operative[4].id


def test_words_typed_on_before_the_echo_amend_the_members_proposal(l13):
    """A publication made before the window took in the echo of the one before it starts
    from the member's own text: it amends the member's proposal, on the agreed text, rather
    than adding a second one that repeats the first one's edits on a text nobody agreed."""
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = eu.draft()
    first = copy.deepcopy(before)
    replace_words(first.operative[2], "upcoming", "imminent")
    eu.publish(before, first, "EU")
    second = copy.deepcopy(first)
    replace_words(second.operative[2], "the Agreement", "the new Agreement")
    eu.publish(first, second, "EU")
    mexico.receive(eu.update())
    draft = mexico.draft()
    assert paragraph_text(draft.operative[2]) == paragraph_text(l13.operative[2])
    (proposal,) = draft.negotiation.proposals
    assert proposal.base == paragraph_text(l13.operative[2]) and proposal.authors == ["EU"]
    assert (
        proposal.proposed_text()
        == "Welcomes the imminent entry into force of the new Agreement on 17 January 2026;"
    )
    back = copy.deepcopy(second)  # and typed back to the agreed wording: nothing proposed
    back.operative[2] = copy.deepcopy(before.operative[2])
    eu.publish(second, back, "EU")
    mexico.receive(eu.update())
    assert not mexico.draft().negotiation.proposals


def test_a_proposed_paragraph_typed_on_before_the_echo_stays_one_proposal(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = _joined(mexico)
    before = eu.draft()
    first = _with_eu_paragraph(before)
    eu.publish(before, first, "EU")
    second = copy.deepcopy(first)
    replace_words(second.operative[3], "17 January 2026", "1 February 2026")
    eu.publish(first, second, "EU")
    mexico.receive(eu.update())
    (proposal,) = mexico.draft().negotiation.proposals
    assert proposal.kind is ProposalKind.NEW_PARAGRAPH and proposal.new_id == "eu-new-para"
    assert (
        proposal.proposed_text() == "Welcomes the early entry into force of the Agreement on 1 February 2026;"
    )
    withdrawn = copy.deepcopy(second)  # deleted again: withdrawn, not a proposal to delete it
    del withdrawn.operative[3]
    eu.publish(second, withdrawn, "EU")
    mexico.receive(eu.update())
    assert not mexico.draft().negotiation.proposals
    assert [n.id for n in mexico.draft().operative] == [n.id for n in l13.operative]
