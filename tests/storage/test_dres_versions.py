"""The base and the versions inside the .dres (format 2), and format 1 files without them."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from reliability.drafts import rich_draft

from delegate_editor.errors import InputError
from delegate_editor.model import Sponsors
from delegate_editor.model.versions import draft_from_base, take_version
from delegate_editor.storage import dres
from tests.corpus_drafts import adopted, edited


def test_base_and_versions_round_trip(tmp_path, corpus_dir):
    base = adopted(corpus_dir, "A_RES_80_15")
    draft = edited(base)
    draft.sponsors = Sponsors(["Brazil", "Mexico"])
    take_version(draft, "as tabled (L.12)", datetime(2025, 11, 3, 10, 0))
    draft.sponsors.later.append("Chile")
    take_version(draft, "Rev.1", datetime(2025, 11, 10, 15, 5))
    path = tmp_path / "draft.dres"
    dres.save(draft, path)
    again = dres.load(path)
    assert again == draft
    assert again.base == base  # ids, footnotes and all
    assert [v.name for v in again.versions] == ["as tabled (L.12)", "Rev.1"]
    assert again.versions[0].draft.sponsors.later == [] and again.versions[1].draft.sponsors.later == [
        "Chile"
    ]
    data = json.loads(path.read_bytes())
    assert data["format_version"] == 2
    assert "base" not in data["base"] and data["versions"][1]["taken"] == "2025-11-10T15:05:00"


def test_a_draft_without_base_writes_neither_key():
    data = json.loads(dres.dumps(rich_draft()))
    assert "base" not in data and "versions" not in data


def test_a_format_1_file_opens_with_no_base():
    based = draft_from_base(rich_draft())
    data = json.loads(dres.dumps(based))
    data["format_version"] = 1  # format 1 had no such keys: whatever is there is dropped
    draft = dres.loads(json.dumps(data).encode(), "old.dres")
    assert draft.base is None and draft.versions == []
    assert draft.operative == based.operative and draft.footnotes == based.footnotes


@pytest.mark.parametrize(
    "versions, where",
    [
        # in the app's words (issue 22), not the file's keys
        ([{"name": "Rev.1", "taken": "yesterday", "draft": {}}], "The date of version 1 is not a date"),
        (
            [{"name": "Rev.1", "taken": "2025-11-10T15:05:00", "draft": {"title": 3}}],
            "The Title of version 1 should be text",
        ),
        ("Rev.1", "The list of versions should be a list of versions"),
    ],
)
def test_a_damaged_version_gives_one_clear_line(versions, where):
    data = json.loads(dres.dumps(rich_draft()))
    data["versions"] = versions
    with pytest.raises(InputError) as info:
        dres.loads(json.dumps(data).encode(), "hand-edited.dres")
    assert where in str(info.value) and "\n" not in str(info.value)


def test_a_damaged_base_names_the_base():
    data = json.loads(dres.dumps(rich_draft()))
    data["base"] = {"preamble": {"x": 1}}
    with pytest.raises(InputError, match="The preamble of the text the draft is based on"):
        dres.loads(json.dumps(data).encode(), "hand-edited.dres")


def test_a_snapshot_of_the_text_alone_leaves_out_the_history(corpus_dir):
    draft = edited(adopted(corpus_dir, "A_RES_80_15"))
    take_version(draft, "zero draft", datetime(2025, 10, 1, 9, 0))
    from delegate_editor.model.serialize import from_dict, to_dict

    text_only = from_dict(to_dict(draft, history=False))
    assert text_only.base is None and text_only.versions == []
    assert text_only.operative == draft.operative and text_only.footnotes == draft.footnotes
