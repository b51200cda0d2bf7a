"""The update log survives save and load; two members' files merge as a sync would."""

from __future__ import annotations

import copy
import json

import pytest

from delegate_editor.model.comments import Comment
from delegate_editor.model.serialize import to_dict
from delegate_editor.storage import dres
from delegate_editor.sync.log import merge, saved, shared_of
from delegate_editor.sync.shared import SharedDraft, SyncError


def _member_file(penholder: SharedDraft, who: str, comment: str, node_id: str) -> tuple:
    replica = SharedDraft()
    replica.receive(penholder.update())
    before = replica.draft()
    after = copy.deepcopy(before)
    after.comments.append(Comment(node_id, comment, who))
    replica.publish(before, after, who)
    return replica, saved(replica)


def test_the_update_log_survives_save_and_load(l13, tmp_path):
    mexico = SharedDraft.start(l13, "Mexico")
    draft = saved(mexico)
    path = tmp_path / "L13.dres"
    dres.save(draft, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["format_version"] == dres.FORMAT_VERSION and data["sync"]["group"] == mexico.group
    loaded = dres.load(path)
    assert loaded == draft
    again = shared_of(loaded, str(path))
    assert again.penholder == "Mexico" and to_dict(again.draft()) == to_dict(mexico.draft())


def test_two_members_files_merge_as_a_sync_would(l13):
    mexico = SharedDraft.start(l13, "Mexico")
    op = l13.operative
    eu, eu_file = _member_file(mexico, "EU", "Which sessions are meant here?", op[0].id)
    nam, nam_file = _member_file(
        mexico, "Egypt on behalf of NAM", "Add the date of the third session.", op[2].id
    )
    merged_ab, merged_ba = merge(eu_file, nam_file), merge(nam_file, eu_file)
    eu.receive(nam.update())
    assert (
        to_dict(merged_ab) == to_dict(merged_ba) == to_dict(eu.draft()) | {"sync": to_dict(merged_ab)["sync"]}
    )
    assert sorted(c.author for c in merged_ab.comments) == ["EU", "Egypt on behalf of NAM"]


def test_files_of_different_groups_are_refused(l13):
    a, b = saved(SharedDraft.start(l13, "Mexico")), saved(SharedDraft.start(l13, "Mexico"))
    with pytest.raises(SyncError, match="different co-drafting groups"):
        merge(a, b, ("a.dres", "b.dres"))


def test_a_draft_not_shared_is_refused(l13):
    with pytest.raises(SyncError, match="not shared"):
        merge(l13, saved(SharedDraft.start(l13, "Mexico")), ("plain.dres", "shared.dres"))


def test_the_frozen_format_5_file_rebuilds_its_shared_draft():
    """The log in ``v5-rich.dres`` was written by pycrdt 0.14: a later pycrdt must still
    read it, or members' files saved today would no longer merge."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "reliability" / "data" / "v5-rich.dres"
    draft = dres.load(path)
    shared = shared_of(draft, path.name)
    assert shared.group == "frozen-v5-group" and shared.penholder == "Mexico"
    assert to_dict(shared.draft()) == {k: v for k, v in to_dict(draft).items() if k != "sync"}
