"""Open, save, export, the unsaved-changes prompt, the second-instance warning, bad files,
and restoring the work after a crash or a kill."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.text import plain_text
from delegate_editor.resources import resource
from delegate_editor.storage import dres, paths, recovery

pytestmark = pytest.mark.gui


@pytest.fixture
def draft_copy(tmp_path) -> Path:
    target = tmp_path / "cybercrime.dres"
    shutil.copy(resource("examples", "cybercrime.dres"), target)
    return target


def type_in_first_operative(qtbot, window, text: str) -> None:
    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    page.select(page.model.rows[0].id)
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, text)


def test_open_corrupt_file_shows_one_dialog_and_changes_nothing(make_window, tmp_path):
    bad = tmp_path / "broken.dres"
    bad.write_bytes(b'{"format": "delegate-editor/draft-resolution", "format_version": 1, "preamble": [')
    before = bad.read_bytes()
    asker = ScriptedAsker(open=[str(bad)])
    w = make_window(asker)
    draft_before = w.ctl.draft
    trigger(w.file_menu, "Open")
    errors = asker.kinds("error")
    assert len(errors) == 1 and "broken.dres" in errors[0][2] and "\n" not in errors[0][2]
    assert w.ctl.draft is draft_before
    assert bad.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.dres"]


def test_save_reopen_and_unsaved_prompt(qtbot, make_window, draft_copy):
    asker = ScriptedAsker()
    w = make_window(asker)
    assert w.open_path(draft_copy)
    assert w.windowTitle() == "cybercrime.dres[*] — Delegate Editor" and not w.isWindowModified()
    type_in_first_operative(qtbot, w, " Added")
    assert w.isWindowModified()
    asker.answers["Unsaved changes"] = ["Cancel"]
    assert not w.close()  # cancelled: still open, still modified
    assert w.isVisible() and w.isWindowModified()
    trigger(w.file_menu, "Save")
    assert not w.isWindowModified()
    assert plain_text(dres.load(draft_copy).operative[0].text).endswith(" Added")
    assert w.close()
    assert str(draft_copy.resolve()) in w.settings.recent_files

    again = make_window(ScriptedAsker(), settings=w.settings)
    recent = [a.text() for a in again.recent_menu.actions()]
    assert recent == [f"&1 cybercrime.dres — {draft_copy.resolve().parent}"]  # name and folder
    again.recent_menu.actions()[0].trigger()
    assert plain_text(again.ctl.draft.operative[0].text).endswith(" Added")


def test_export_text_through_the_menu(make_window, draft_copy, tmp_path):
    out = tmp_path / "out.txt"
    asker = ScriptedAsker(save=[str(out)])
    w = make_window(asker)
    assert w.open_path(draft_copy)
    trigger(w.export_menu, "Plain text")
    from delegate_editor.errors import InputError
    from delegate_editor.formats.registry import export_bytes

    try:
        expected = export_bytes(w.ctl.draft, out)
    except InputError as exc:  # the text writer is not there yet: one clear message, no file
        assert asker.kinds("error") and str(exc) in asker.kinds("error")[0][2]
        assert not out.exists()
    else:
        assert out.read_bytes() == expected and not asker.kinds("error")


def test_second_instance_is_warned(make_window, draft_copy):
    first = make_window()
    assert first.open_path(draft_copy)
    asker = ScriptedAsker(**{"Draft already open": ["Cancel", "Open anyway"]})
    second = make_window(asker)
    assert not second.open_path(draft_copy)
    (question,) = asker.kinds("question")
    assert "already open" in question[2] and f"process {os.getpid()}" in question[2]
    assert second.ctl.session.path is None
    assert second.open_path(draft_copy)  # the user may still choose to open it
    first.close()


def test_autosave_within_two_seconds_and_restore_after_crash(qtbot, make_window, draft_copy):
    from delegate_editor.storage.settings import Settings
    from delegate_editor.ui.main_window import MainWindow

    w = MainWindow(settings=Settings(), asker=ScriptedAsker())  # not kept by a fixture
    w.show()
    assert w.open_path(draft_copy)
    type_in_first_operative(qtbot, w, " Unsaved words")
    start = time.monotonic()  # from the last edit: typing itself is slower beside busy test processes
    slot = w.slot
    qtbot.waitUntil(lambda: (paths.recovery_dir() / f"{slot}.json").exists(), timeout=2000)
    w.wait_autosave()
    assert time.monotonic() - start < 2.0
    assert plain_text(dres.load(paths.recovery_dir() / f"{slot}.dres").operative[0].text).endswith(
        "Unsaved words"
    )

    # crash: the window goes away without closing, saving or cleaning up
    w.hide()
    w.autosave_timer.stop()
    w.deleteLater()
    del w
    qtbot.wait(10)
    gc.collect()
    assert [r.slot for r in recovery.pending(set())] == [slot]

    asker = ScriptedAsker(**{"Restore unsaved work?": ["Restore"]})
    restored = make_window(asker)
    assert restored.offer_recovery() == 1
    assert "cybercrime" in asker.kinds("question")[0][2]
    assert plain_text(restored.ctl.draft.operative[0].text).endswith("Unsaved words")
    assert restored.ctl.session.path == draft_copy.resolve()
    assert restored.isWindowModified()
    assert not asker.kinds("error")  # the dead window's lock did not trigger a warning
    assert not (paths.recovery_dir() / f"{slot}.dres").exists()
    trigger(restored.file_menu, "Save")
    assert plain_text(dres.load(draft_copy).operative[0].text).endswith("Unsaved words")
    assert recovery.pending(set()) == []


CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from delegate_editor.ui.app import application
    from delegate_editor.storage.settings import Settings
    app = application()
    from delegate_editor.ui.main_window import MainWindow
    w = MainWindow(settings=Settings())
    w.show()
    assert w.open_path(sys.argv[1])
    w.show_page("preamble")
    page = w.preamble_page
    page.select(page.model.rows[0].id)
    page.opening.setFocus()
    page.opening.setText("Recalling with concern")
    page.opening.textEdited.emit("Recalling with concern")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        if (w.slot and os.path.exists(os.path.join(sys.argv[2], w.slot + ".json"))):
            w.wait_autosave()
            print("autosaved", flush=True)
            break
    time.sleep(60)
    """
)


def test_restore_after_kill(make_window, draft_copy, tmp_path):
    """A real process edits, autosaves, and is killed with SIGKILL; the next start offers the
    work back."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs POSIX signals")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen(
        [sys.executable, str(script), str(draft_copy), str(paths.recovery_dir())],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "autosaved"
        # while it runs, its lock makes us warn, and its autosave is not ours to offer
        probe = ScriptedAsker(**{"Draft already open": ["Cancel"]})
        w = make_window(probe)
        assert not w.open_path(draft_copy) and probe.kinds("question")
        assert recovery.pending(set()) == []
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    asker = ScriptedAsker(**{"Restore unsaved work?": ["Restore"]})
    after = make_window(asker)
    assert after.offer_recovery() == 1
    assert after.ctl.draft.preamble[0].opening == "Recalling with concern"
    assert after.open_path is not None and after.ctl.session.path == draft_copy.resolve()
    # the killed process's lock is stale: opening the file again warns nobody
    other = make_window(ScriptedAsker())
    assert other.ctl.session.path is None
    assert not other.asker.kinds("question")
