"""Receiving an update costs what the update holds, not what the draft holds: counted, not
timed (the speed itself is measured in ``bench/sync_load.py``). A receive reads only the
entries the update writes, never the whole draft, and reuses its trial copy of the Doc;
the trial copy stays equal to the replica through local edits, the guard's repairs and
refusals, so the checks keep judging the draft as it really is."""

from __future__ import annotations

import copy
import json

import pytest
from pycrdt import Doc, Map

from delegate_editor.model.comments import Comment, to_data
from delegate_editor.sync import shared as shared_module
from delegate_editor.sync.entries import check_entry
from delegate_editor.sync.shared import SharedDraft, SyncError, agreed_data
from tests.corpus_drafts import replace_words


def _comment(draft, i: int, who: str = "EU") -> dict:
    (data,) = to_data([Comment(draft.operative[i % len(draft.operative)].id, f"Comment {i}.", who)])
    return data


def _since(sender: SharedDraft, receiver: SharedDraft) -> bytes:
    return sender.doc.get_update(receiver.doc.get_state())


def _same(replica: SharedDraft) -> bool:
    """The trial copy holds exactly the replica's state (its whole update is the same)."""
    trial = replica._trial  # the copy itself is what is checked here
    return trial is None or Doc.get_update(trial.doc) == replica.doc.get_update()


def test_a_receive_reads_only_the_entries_it_writes_and_never_the_whole_draft(l13, monkeypatch):
    mexico = SharedDraft.start(l13, "Mexico")
    for i in range(300):
        data = _comment(l13, i)
        mexico.share_item("comments", data["id"], data, "EU")
    eu = SharedDraft()
    eu.receive(mexico.update())  # joining: every entry is new, so every entry is read once

    checked: list[tuple[str, str]] = []
    trials: list[Doc] = []

    def counted(name: str, key: str, raw) -> int:
        checked.append((name, key))
        return check_entry(name, key, raw)

    class CountedTrial(shared_module.Trial):
        def __init__(self, doc: Doc) -> None:
            trials.append(doc)
            super().__init__(doc)

    def whole_draft(self):
        raise AssertionError("the receive read the whole draft")

    monkeypatch.setattr(shared_module, "check_entry", counted)
    monkeypatch.setattr(shared_module, "Trial", CountedTrial)
    monkeypatch.setattr(SharedDraft, "plain", whole_draft)
    monkeypatch.setattr(shared_module, "from_dict", whole_draft)
    sent, ids = [], []
    for i in range(300, 320):
        data = _comment(l13, i, "Mexico")
        ids.append(data["id"])
        mexico.share_item("comments", data["id"], data, "Mexico")
        checked.clear()  # the sender's own check of what it shares is not the receive's
        eu.receive(_since(mexico, eu))
        sent.append(checked[:])
    assert sent == [
        [("comments", f"{i}")] for i in ids
    ]  # one entry read per update, whatever the draft holds
    assert trials == []  # the trial copy made at joining served every receive
    monkeypatch.undo()
    assert len(eu.draft().comments) == 320


def test_the_trial_copy_follows_local_edits_repairs_and_refusals(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    eu = SharedDraft()
    eu.receive(mexico.update())
    assert _same(eu)

    before = eu.draft()  # a local edit by the member: a proposal, in the trial copy too
    after = copy.deepcopy(before)
    replace_words(after.operative[2], "upcoming", "imminent")
    eu.publish(before, after, "EU")
    assert _same(eu)

    rogue = Doc()  # an update that rewrites the agreed text: repaired, the repair followed
    rogue.apply_update(mexico.update())
    changed = copy.deepcopy(l13)
    replace_words(changed.operative[1], "Co-Chairs", "chairs")
    with rogue.transaction(origin="Russian Federation"):
        rogue.get("agreed", type=Map)["text"] = json.dumps(agreed_data(changed), sort_keys=True)
        rogue.get("agreed", type=Map)["by"] = "Russian Federation"
    eu.receive(rogue.get_update())
    assert eu.maps["agreed"]["by"] == "Mexico" and _same(eu)

    state = eu.update()  # a refused update: nothing applied, and the next one still checked
    bad = Doc()
    bad.apply_update(eu.update())
    with bad.transaction(origin="X"):
        bad.get("comments", type=Map)["bad"] = json.dumps({"seq": 1, "data": {"text": "no paragraph"}})
    with pytest.raises(SyncError, match="damaged"):
        eu.receive(bad.get_update())
    assert eu.update() == state
    with pytest.raises(SyncError, match="damaged"):  # the same again: refused again
        eu.receive(bad.get_update())
    data = _comment(l13, 1, "Mexico")
    mexico.share_item("comments", data["id"], data, "Mexico")
    eu.receive(_since(mexico, eu))
    assert _same(eu)
    assert [c.text for c in eu.draft().comments] == ["Comment 1."]
    assert {p.authors[0] for p in eu.draft().negotiation.proposals} == {"EU", "Russian Federation"}


def test_share_item_refuses_what_others_would_refuse(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    state = mexico.update()
    with pytest.raises(SyncError, match="cannot be shared"):
        mexico.share_item("proposals", "p1", {"kind": "nonsense"}, "Mexico")
    with pytest.raises(SyncError, match="not one of the shared items"):
        mexico.share_item("agreed", "text", {}, "Mexico")
    assert mexico.update() == state
