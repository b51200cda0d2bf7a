"""The native file: round trip, atomic save, version refusal, damage gives one clear error."""

import json
import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from reliability.drafts import rich_draft

from delegate_editor.errors import InputError
from delegate_editor.model import (
    Draft,
    rich,
)
from delegate_editor.storage import dres
from delegate_editor.storage.atomic import SaveError, atomic_write


def test_round_trip(tmp_path, example_draft):
    for draft in (rich_draft(), example_draft, Draft()):
        path = tmp_path / "d.dres"
        dres.save(draft, path)
        assert dres.load(path) == draft
        data = json.loads(path.read_text("utf-8"))
        assert data["format_version"] == dres.FORMAT_VERSION


def test_compact_form_for_autosave_reads_back_the_same(example_draft):
    for draft in (rich_draft(), example_draft, Draft()):
        pretty, compact = dres.dumps(draft), dres.dumps(draft, compact=True)
        assert len(compact) < len(pretty) and b"\n " not in compact  # no indentation
        assert json.loads(compact) == json.loads(pretty)
        assert dres.loads(compact) == draft


def test_example_is_readable_json(example_draft):
    assert example_draft.front.date == date(2013, 4, 2)
    assert len(example_draft.preamble) == 5 and len(example_draft.operative) == 6


def test_newer_version_refused(tmp_path):
    data = json.loads(dres.dumps(Draft()))
    data["format_version"] = dres.FORMAT_VERSION + 1
    path = tmp_path / "new.dres"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError, match="newer Delegate Editor"):
        dres.load(path)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "truncated or damaged"),
        (b'{"format": "delegate-editor/draft-resolution", "format_ver', "truncated or damaged"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2]", "not a Delegate Editor draft"),
        # issue 22: the messages name the field as the app shows it, not the file's keys
        (b'{"format": "delegate-editor/draft-resolution"}', "which version of the file format"),
        (b'{"format": "delegate-editor/draft-resolution", "format_version": 1, "preamble": 3}', "preamble"),
        (
            b'{"format": "delegate-editor/draft-resolution", "format_version": 1, "front": {"date": "2013-02-30"}}',
            "The Date field is not a date",
        ),
        (
            b'{"format": "delegate-editor/draft-resolution", "format_version": 1, "title": [{"x": "y"}]}',
            "The Title holds an unknown kind of text",
        ),
        (b"[" * 100000, "not a Delegate Editor draft"),
    ],
)
def test_damaged_files_give_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.dres"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        dres.load(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_atomic_write_replaces_whole_file(tmp_path):
    path = tmp_path / "f.dres"
    atomic_write(path, b"old")
    atomic_write(path, b"new contents")
    assert path.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["f.dres"]  # no temporary file left


def test_atomic_write_to_missing_folder(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "f.dres", b"x")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root ignores permissions; as root, test_faults.py checks a read-only mount instead",
)
def test_atomic_write_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "f.dres").write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError):
            atomic_write(folder / "f.dres", b"new")
        assert (folder / "f.dres").read_bytes() == b"old"
    finally:
        folder.chmod(0o700)


def test_kill_during_save_leaves_old_or_new(tmp_path):
    """kill -9 a process that saves a large draft over and over: the file on disk is always
    a whole old or new version, never a torn one."""
    path = tmp_path / "d.dres"
    old = dres.dumps(Draft(title=rich("old")))
    path.write_bytes(old)
    script = textwrap.dedent(f"""
        from delegate_editor.model import Draft, Preambular, rich
        from delegate_editor.storage import dres
        big = Draft(title=rich("new"), preamble=[Preambular("Recalling", rich("x" * 2000)) for _ in range(300)])
        while True:
            dres.save(big, {str(path)!r})
    """)
    import signal
    import time

    for delay in (0.05, 0.12, 0.2, 0.31, 0.43):
        proc = subprocess.Popen([sys.executable, "-c", script], cwd=os.getcwd())
        time.sleep(delay + 0.3)  # interpreter start-up, then somewhere inside a save
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        raw = path.read_bytes()
        draft = dres.loads(raw, str(path))  # whole, or this raises
        assert draft.title in (rich("old"), rich("new"))


def test_migration_chain_runs_each_step(monkeypatch):
    """A file of version N passes through MIGRATIONS[N], [N+1], ... in turn: a format 1 file
    through the real step to format 2 and a made-up step to a format 3."""
    data = json.loads(dres.dumps(Draft(title=rich("old title"))))
    data["format_version"] = 1
    seen = []

    def v2_to_v3(data):
        seen.append(2)
        data["title"] = ["migrated"]
        return data

    monkeypatch.setattr(dres, "FORMAT_VERSION", 3)
    monkeypatch.setitem(dres.MIGRATIONS, 2, v2_to_v3)
    assert dres.loads(json.dumps(data).encode()).title == rich("migrated")
    assert seen == [2]
