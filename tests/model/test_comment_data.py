"""Comments on paragraphs: plain data, each change a new list, and an optional ``.dres`` key."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from delegate_editor.model import comments as c
from delegate_editor.storage import dres

WHEN = datetime(2025, 10, 21, 15, 4, 5)


def _commented(draft):
    op = draft.operative_paragraphs()[0]
    pre = draft.preamble[1]
    draft.comments = [
        c.Comment(op.id, "Costa Rica cannot accept “Requests”; propose “Invites”.", "Costa Rica", WHEN),
        c.Comment(pre.id, "Cite resolution 65/230 here?", "Mexico", WHEN, resolved=True),
    ]
    return draft


def test_comments_round_trip_through_dres(example_draft):
    draft = _commented(example_draft)
    again = dres.loads(dres.dumps(draft))
    assert again.comments == draft.comments


def test_a_draft_without_comments_writes_no_key(example_draft):
    assert "comments" not in json.loads(dres.dumps(example_draft))
    data = json.loads(dres.dumps(_commented(example_draft)))
    assert [x["author"] for x in data["comments"]] == ["Costa Rica", "Mexico"]
    assert data["comments"][1]["resolved"] is True and "resolved" not in data["comments"][0]


def test_an_older_file_without_comments_loads_with_none(example_draft):
    data = json.loads(dres.dumps(example_draft))
    assert dres.loads(json.dumps(data).encode()).comments == []


def test_each_change_is_a_new_list_and_leaves_the_old_one():
    first = [c.Comment("p1", "Too long.", "Chile", WHEN)]
    more = c.added(first, c.Comment("p2", "Agreed.", "Peru", WHEN))
    changed = c.edited(more, first[0].id, "Shorten to two lines.", WHEN.replace(hour=16))
    done = c.resolved(changed, first[0].id)
    gone = c.deleted(done, more[1].id)
    assert [x.text for x in first] == ["Too long."]
    assert changed[0].text == "Shorten to two lines." and changed[0].date.hour == 16
    assert done[0].resolved and not changed[0].resolved
    assert [x.node_id for x in gone] == ["p1"]
    assert c.on_node(more, "p2") == [more[1]]


def test_a_damaged_comment_gives_one_message(example_draft):
    data = json.loads(dres.dumps(_commented(example_draft)))
    data["comments"][0]["date"] = "yesterday"
    with pytest.raises(dres.DresError, match="date"):
        dres.loads(json.dumps(data).encode())
