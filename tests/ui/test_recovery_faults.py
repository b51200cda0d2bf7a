"""Saving from the app under faults: a full disk, a read-only disk, a data folder where the
autosave cannot write, and a draft that another program changed since it was opened.

Each ends in one clear dialog; the draft stays in the window (still modified) and in the
recovery file; the file on disk is left exactly as it was unless the user chose otherwise.
Where the tests run as root (CI) the full and read-only disks are real small file systems;
the injected variants run everywhere.
"""

from __future__ import annotations

import errno
import gc
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.text import plain_text
from delegate_editor.resources import resource
from delegate_editor.storage import dres, paths, recovery
from delegate_editor.storage.atomic import SaveError

pytestmark = pytest.mark.gui

EDIT = " Agreed in the small hours"


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_fs(path: Path, size: str):
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of ``folder``'s file system."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def type_in_first_operative(qtbot, window, text: str) -> None:
    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    page.select(page.model.rows[0].id)
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, text)


def recovered_text(window) -> str:
    assert window.wait_autosave()
    return plain_text(dres.load(paths.recovery_dir() / f"{window.slot}.dres").operative[0].text)


def assert_kept_after_failed_save(qtbot, window, asker, target: Path, before: bytes, reason: str) -> None:
    trigger(window.file_menu, "Save")
    (error,) = asker.kinds("error")
    assert error[1] == "The draft was not saved"
    assert str(target) in error[2] and reason in error[2]
    assert "Traceback" not in error[2]
    assert window.isWindowModified()  # still unsaved, still in memory
    assert plain_text(window.ctl.draft.operative[0].text).endswith(EDIT)
    assert recovered_text(window).endswith(EDIT)  # and in the recovery file
    assert target.read_bytes() == before  # the old file, whole
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")] == []
    # closing asks to save; the save fails again, so the window stays open with the work
    asker.answers["Unsaved changes"] = ["Save"]
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert len(asker.kinds("error")) == 2


@pytest.mark.skipif(not _can_mount(), reason="mounting a small file system needs root (CI runs as root)")
def test_save_to_a_full_disk(qtbot, make_window, tmp_path):
    with small_fs(tmp_path / "usb", "64k") as folder:
        target = folder / "cybercrime.dres"
        shutil.copy(resource("examples", "cybercrime.dres"), target)
        asker = ScriptedAsker()
        w = make_window(asker)
        assert w.open_path(target)
        filler = fill(folder)
        before = target.read_bytes()
        type_in_first_operative(qtbot, w, EDIT)
        assert_kept_after_failed_save(qtbot, w, asker, target, before, "the disk is full")
        filler.unlink()  # the user makes room and saves again
        trigger(w.file_menu, "Save")
        assert not w.isWindowModified()
        assert plain_text(dres.load(target).operative[0].text).endswith(EDIT)
        assert recovery.pending(set()) == [] and not (paths.recovery_dir() / f"{w.slot}.dres").exists()
        w.close()


@pytest.mark.skipif(not _can_mount(), reason="remounting read-only needs root (CI runs as root)")
def test_save_to_a_read_only_disk(qtbot, make_window, tmp_path):
    with small_fs(tmp_path / "share", "1m") as folder:
        target = folder / "cybercrime.dres"
        shutil.copy(resource("examples", "cybercrime.dres"), target)
        asker = ScriptedAsker(save=[str(tmp_path / "elsewhere.dres")])
        w = make_window(asker)
        assert w.open_path(target)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        before = target.read_bytes()
        type_in_first_operative(qtbot, w, EDIT)
        assert_kept_after_failed_save(qtbot, w, asker, target, before, "read-only")
        trigger(w.file_menu, "Save As")  # the way out: save somewhere writable
        assert not w.isWindowModified()
        assert plain_text(dres.load(tmp_path / "elsewhere.dres").operative[0].text).endswith(EDIT)
        assert target.read_bytes() == before
        w.close()


def test_save_with_a_full_disk_injected(qtbot, make_window, tmp_path, monkeypatch):
    """The same without root: the save's fsync reports ENOSPC (the autosave, written by
    its own thread into the data folder, still works)."""
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    asker = ScriptedAsker()
    w = make_window(asker)
    assert w.open_path(target)
    before = target.read_bytes()
    type_in_first_operative(qtbot, w, EDIT)
    real_fsync = os.fsync

    def fsync(fd):
        if threading.current_thread() is threading.main_thread():
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert_kept_after_failed_save(qtbot, w, asker, target, before, "the disk is full")
    monkeypatch.setattr(os, "fsync", real_fsync)
    trigger(w.file_menu, "Save")
    assert not w.isWindowModified()
    assert plain_text(dres.load(target).operative[0].text).endswith(EDIT)


def test_autosave_that_cannot_write_stops_nothing(qtbot, make_window, tmp_path, monkeypatch):
    """A full or read-only data folder: the autosave fails in its thread; the window says so
    in the status bar, and saving, closing and a restore still work."""
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)

    def failing_write(*_args, **_kwargs):
        raise SaveError(f"{paths.recovery_dir()}: could not save: the disk is full")

    monkeypatch.setattr(recovery, "write", failing_write)
    asker = ScriptedAsker()
    w = make_window(asker)
    assert w.open_path(target)
    type_in_first_operative(qtbot, w, EDIT)
    qtbot.waitUntil(lambda: getattr(w, "_pending_write", None) is not None, timeout=3000)
    assert not w.wait_autosave()
    assert "Autosave failed" in w.statusBar().currentMessage()
    assert not asker.kinds("error")  # typing is never interrupted by a dialog
    trigger(w.file_menu, "Save")
    assert not w.isWindowModified()
    assert plain_text(dres.load(target).operative[0].text).endswith(EDIT)
    type_in_first_operative(qtbot, w, " more")
    asker.answers["Unsaved changes"] = ["Discard"]
    assert w.close()  # no exception from the failed autosave on the way out


def other_program_writes(target: Path, text: str) -> None:
    draft = dres.load(target)
    draft.title = ((type(draft.title[0])(text)),) if draft.title else draft.title
    target.write_bytes(dres.dumps(draft))


def test_file_changed_on_disk_is_noticed_and_the_user_chooses(qtbot, make_window, tmp_path):
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    copy = tmp_path / "mine.dres"
    asker = ScriptedAsker(**{"File changed on disk": ["Cancel", "Save As…", "Overwrite"]}, save=[str(copy)])
    w = make_window(asker)
    assert w.open_path(target)
    type_in_first_operative(qtbot, w, EDIT)
    other_program_writes(target, "Changed by a colleague")
    theirs = target.read_bytes()

    trigger(w.file_menu, "Save")  # Cancel: nothing written, still modified
    (question,) = asker.kinds("question")
    assert question[1] == "File changed on disk" and "cybercrime.dres" in question[2]
    assert target.read_bytes() == theirs and w.isWindowModified()

    trigger(w.file_menu, "Save")  # Save As…: our version elsewhere, theirs untouched
    assert target.read_bytes() == theirs
    assert plain_text(dres.load(copy).operative[0].text).endswith(EDIT)
    assert w.ctl.session.path == copy.resolve() and not w.isWindowModified()

    assert w.open_path(target)
    type_in_first_operative(qtbot, w, EDIT)
    other_program_writes(target, "Changed again")
    trigger(w.file_menu, "Save")  # Overwrite: the user's version wins, as chosen
    assert plain_text(dres.load(target).operative[0].text).endswith(EDIT)
    assert len(asker.kinds("question")) == 3
    type_in_first_operative(qtbot, w, " again")
    trigger(w.file_menu, "Save")  # our own save is not a change by another program
    assert len(asker.kinds("question")) == 3


def _doomed_window():
    """A window no fixture keeps (it will be deleted without closing, as in a crash)."""
    from delegate_editor.storage.settings import Settings
    from delegate_editor.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), asker=ScriptedAsker())
    window.show()
    return window


def _crash(qtbot, window) -> str:
    """The window goes away as in a crash: no close, no save, no clean-up of its slot."""
    window.wait_autosave()
    slot = window.slot
    window.autosave_timer.stop()
    window.hide()
    window.deleteLater()
    del window
    qtbot.wait(10)
    gc.collect()
    return slot


def _edited_then_crashed(qtbot, tmp_path) -> tuple[Path, str]:
    """The example draft opened, edited and autosaved in a window that then crashes."""
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    w = _doomed_window()
    assert w.open_path(target)
    type_in_first_operative(qtbot, w, EDIT)
    w.autosave_now()
    return target, _crash(qtbot, w)


def test_restored_draft_still_notices_a_change_made_on_disk(qtbot, make_window, tmp_path):
    """A crash, a colleague's version saved over the file, then the restore: the first save
    of the restored draft asks, as it would have before the crash."""
    target, slot = _edited_then_crashed(qtbot, tmp_path)
    other_program_writes(target, "Changed by a colleague")
    theirs = target.read_bytes()

    asker = ScriptedAsker(**{"Restore unsaved work?": ["Restore"], "File changed on disk": ["Cancel"]})
    restored = make_window(asker)
    assert restored.offer_recovery() == 1
    assert slot not in {r.slot for r in recovery.pending(set())}
    trigger(restored.file_menu, "Save")
    assert [q[1] for q in asker.kinds("question")] == ["Restore unsaved work?", "File changed on disk"]
    assert not asker.kinds("error") and not asker.kinds("warning")
    assert target.read_bytes() == theirs and restored.isWindowModified()


def test_restored_draft_saves_without_asking_when_the_file_is_unchanged(qtbot, make_window, tmp_path):
    target, _slot = _edited_then_crashed(qtbot, tmp_path)
    asker = ScriptedAsker(**{"Restore unsaved work?": ["Restore"]})
    restored = make_window(asker)
    assert restored.offer_recovery() == 1
    restored.autosave_now()  # the restored window's own slot carries the file's state on
    assert recovery.pending({restored.slot}) == []
    trigger(restored.file_menu, "Save")
    assert [q[1] for q in asker.kinds("question")] == ["Restore unsaved work?"]
    assert plain_text(dres.load(target).operative[0].text).endswith(EDIT)


def test_touched_or_deleted_file_is_not_a_conflict(qtbot, make_window, tmp_path):
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    asker = ScriptedAsker()
    w = make_window(asker)
    assert w.open_path(target)
    type_in_first_operative(qtbot, w, EDIT)
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # same bytes, newer time
    trigger(w.file_menu, "Save")
    assert not asker.kinds("question") and not w.isWindowModified()
    type_in_first_operative(qtbot, w, " more")
    target.unlink()  # moved away by a sync tool: saving puts it back
    trigger(w.file_menu, "Save")
    assert not asker.kinds("question")
    assert plain_text(dres.load(target).operative[0].text).endswith(EDIT + " more")


def test_two_windows_saving_one_draft_are_noticed(qtbot, make_window, tmp_path):
    """Two windows told "already open" and opened anyway: the second to save is asked."""
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    first = make_window()
    assert first.open_path(target)
    asker = ScriptedAsker(**{"Draft already open": ["Open anyway"], "File changed on disk": ["Cancel"]})
    second = make_window(asker)
    assert second.open_path(target)
    type_in_first_operative(qtbot, first, " first")
    trigger(first.file_menu, "Save")
    type_in_first_operative(qtbot, second, " second")
    trigger(second.file_menu, "Save")
    assert [q[1] for q in asker.kinds("question")] == ["Draft already open", "File changed on disk"]
    assert plain_text(dres.load(target).operative[0].text).endswith(" first")
