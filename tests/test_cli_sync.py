"""``delegate-editor merge``: two members' files in, one merged file out; bad input exit 2."""

from __future__ import annotations

import copy
import json

from delegate_editor.cli import main
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.comments import Comment
from delegate_editor.model.negotiation import start_negotiation
from delegate_editor.storage import dres
from delegate_editor.sync.log import saved
from delegate_editor.sync.shared import SharedDraft
from tests.corpus_drafts import corpus_text
from tests.sync.conftest import CORPUS


def _files(tmp_path):
    path = CORPUS / "A_80_L.7.txt"
    draft = read_text(corpus_text(path), path.name)
    draft.negotiation = start_negotiation(draft)
    penholder = SharedDraft.start(draft, "Mexico")
    out = []
    for who in ("EU", "Brazil"):
        replica = SharedDraft()
        replica.receive(penholder.update())
        before = replica.draft()
        after = copy.deepcopy(before)
        after.comments.append(Comment(draft.operative[0].id, f"{who} asks for a footnote here.", who))
        replica.publish(before, after, who)
        file = tmp_path / f"{who}.dres"
        dres.save(saved(replica), file)
        out.append(file)
    return out


def test_merge_writes_both_members_changes(tmp_path):
    a, b = _files(tmp_path)
    out = tmp_path / "merged.dres"
    assert main(["merge", str(a), str(b), "-o", str(out)]) == 0
    merged = dres.load(out)
    assert sorted(c.author for c in merged.comments) == ["Brazil", "EU"]


def test_merge_refuses_different_groups_and_writes_nothing(tmp_path, capsys):
    a, _ = _files(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    _, c = _files(other)
    out = tmp_path / "merged.dres"
    assert main(["merge", str(a), str(c), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "different co-drafting groups" in err
    assert not out.exists()


def test_merge_refuses_a_damaged_log_in_one_line(tmp_path, capsys):
    a, b = _files(tmp_path)
    data = json.loads(b.read_text("utf-8"))
    data["sync"]["updates"] = ["not base64 at all!"]
    b.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "merged.dres"
    assert main(["merge", str(a), str(b), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not base64" in err and str(b) in err
    assert not out.exists()


def test_merge_refuses_a_draft_not_shared(tmp_path, capsys):
    a, _ = _files(tmp_path)
    plain = tmp_path / "plain.dres"
    path = CORPUS / "A_80_L.7.txt"
    dres.save(read_text(corpus_text(path), path.name), plain)
    assert main(["merge", str(plain), str(a), "-o", str(tmp_path / "m.dres")]) == 2
    assert "not shared with a co-drafting group" in capsys.readouterr().err


def test_merge_never_overwrites_a_members_file(tmp_path, capsys):
    a, b = _files(tmp_path)
    before = a.read_bytes()
    assert main(["merge", str(a), str(b), "-o", str(a)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "overwrite" in err
    assert a.read_bytes() == before
