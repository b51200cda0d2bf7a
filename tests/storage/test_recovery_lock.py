"""Recovery slots, the draft lock and the settings file (all Qt-free)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from delegate_editor.conventions import messages
from delegate_editor.errors import InputError
from delegate_editor.model.document import Draft
from delegate_editor.storage import dres, paths, recovery, settings
from delegate_editor.storage.lock import DraftLock, is_stale, lock_paths, read_lock


def test_recovery_write_pending_discard():
    slot = recovery.new_slot(None)
    recovery.write(slot, dres.dumps(Draft(authoring="The Security Council")), "", "Untitled")
    assert recovery.pending({slot}) == []  # our own live window's slot is not offered
    (rec,) = recovery.pending(set())
    assert rec.slot == slot and recovery.restore(rec).authoring == "The Security Council"
    recovery.discard(slot)
    assert recovery.pending(set()) == []


def test_damaged_recovery_metadata_still_offers_the_draft():
    slot = recovery.new_slot(None)
    recovery.write(slot, dres.dumps(Draft()), "", "x")
    (paths.recovery_dir() / f"{slot}.json").write_text("{not json")
    (rec,) = recovery.pending(set())
    assert rec.title == ""  # nothing named it: the prompt's words are chosen when shown
    assert rec.describe().startswith("Untitled draft (a new draft that was never saved), last autosaved ")


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ([412, 1_700_000_000_123_456_789, "ab" * 32], (412, 1_700_000_000_123_456_789, "ab" * 32)),
        (None, None),  # a draft never saved, or metadata written before the field existed
        ("412", None),  # damaged: the draft is still offered, without the file's state
        ([412, "x", "ab"], None),
        ([1, 2], None),
    ],
)
def test_recovery_keeps_the_state_of_the_original_file(stored, read):
    slot = recovery.new_slot("/drafts/cyber.dres")
    recovery.write(slot, dres.dumps(Draft()), "/drafts/cyber.dres", "Cyber", (1, 2, "c" * 64))
    assert recovery.pending(set())[0].disk == (1, 2, "c" * 64)
    meta = paths.recovery_dir() / f"{slot}.json"
    data = json.loads(meta.read_text())
    data["disk"] = stored
    meta.write_text(json.dumps(data))
    (rec,) = recovery.pending(set())
    assert rec.disk == read and rec.title == "Cyber"


def test_recovery_of_a_running_process_is_not_offered(tmp_path):
    slot = "other-slot"
    recovery.write(slot, dres.dumps(Draft()), "", "x")
    meta = paths.recovery_dir() / f"{slot}.json"
    data = json.loads(meta.read_text())
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data["pid"] = child.pid
        meta.write_text(json.dumps(data))
        assert recovery.pending(set()) == []
    finally:
        child.kill()
        child.wait()
    assert [r.slot for r in recovery.pending(set())] == [slot]


def test_lock_held_by_another_process_then_stale(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX only")
    draft = tmp_path / "d.dres"
    dres.save(Draft(), draft)
    code = textwrap.dedent(
        f"""
        import sys, time
        from delegate_editor.storage.lock import DraftLock
        lock = DraftLock({str(draft)!r}); lock.acquire(); print("locked", flush=True); time.sleep(60)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "locked"
        holder = DraftLock(draft).holder()
        assert holder is not None and holder.pid == child.pid
        assert lock_paths(draft)[0].name == ".~lock.d.dres#"
    finally:
        child.kill()
        child.wait()
    info = read_lock(lock_paths(draft)[0])
    assert info is not None and is_stale(info)
    mine = DraftLock(draft)
    assert mine.holder() is None
    mine.acquire()
    other = DraftLock(draft)
    assert other.holder() is not None  # another window of this process
    mine.release()
    assert not lock_paths(draft)[0].exists()


def test_settings_round_trip_and_damage():
    s = settings.load()
    assert s.recent_files == []
    for i in range(15):
        s.add_recent(f"/tmp/d{i}.dres")
    s.add_recent("/tmp/d3.dres")
    s.delegation = "Brazil"
    assert settings.save(s)
    again = settings.load()
    assert again.recent_files[0].endswith("d3.dres") and len(again.recent_files) == settings.MAX_RECENT
    assert again.delegation == "Brazil"
    settings.settings_path().write_text('{"delegation": 5, "recent_files": "x"')
    assert settings.load() == settings.Settings()


def _slot_saved_at(original: str, title: str, when: tuple[int, ...]) -> str:
    slot = recovery.new_slot(original or None)
    recovery.write(slot, dres.dumps(Draft()), original, title)
    meta = paths.recovery_dir() / f"{slot}.json"
    data = json.loads(meta.read_text())
    data["saved_at"] = time.mktime((*when, 0, 0, -1))
    meta.write_text(json.dumps(data))
    return slot


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "en",
            "Untitled draft (a new draft that was never saved), last autosaved 1 December 2026 09:05:07",
        ),
        (
            "fr",
            "Projet sans titre (un nouveau projet jamais enregistré), dernier enregistrement automatique "
            "le 1er décembre 2026 à 09:05:07",
        ),
        (
            "es",
            "Proyecto sin título (un proyecto nuevo que nunca se guardó), guardado automáticamente por "
            "última vez el 1 de diciembre de 2026, a las 09:05:07",
        ),
    ],
)
def test_the_restore_prompt_line_is_in_the_language_shown(code, expected):
    """Issue 20: the words, the month included, are the reader's language's, chosen when
    the line is shown; the recovery metadata keeps no word of any language."""
    slot = _slot_saved_at("", "", (2026, 12, 1, 9, 5, 7))
    messages.use(code)
    (rec,) = recovery.pending(set())
    assert rec.describe() == expected
    assert json.loads((paths.recovery_dir() / f"{slot}.json").read_text())["title"] == ""


def test_a_named_draft_keeps_its_own_title_and_path_in_another_language():
    _slot_saved_at("/drafts/cyber.dres", "Cybercrime", (2026, 3, 14, 18, 0, 0))
    messages.use("fr")
    (rec,) = recovery.pending(set())
    assert rec.describe() == (
        "Cybercrime (/drafts/cyber.dres), dernier enregistrement automatique le 14 mars 2026 à 18:00:00"
    )


def test_a_failed_restore_names_an_untitled_draft_in_the_language_shown():
    slot = _slot_saved_at("", "", (2026, 12, 1, 9, 5, 7))
    (paths.recovery_dir() / f"{slot}.dres").write_text("{damaged")
    (rec,) = recovery.pending(set())
    with pytest.raises(InputError) as failed:
        recovery.restore(rec)
    assert str(failed.value).startswith("recovery of Untitled draft: ")
    messages.use("es")
    assert messages.shown_error(failed.value).startswith("recuperación de Proyecto sin título: ")
