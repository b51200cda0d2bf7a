"""The Footnotes page's Mark list, used as a delegate uses it: A/80/L.19, an amendment whose
"*" is the sponsors' note, marks the note of the paragraph it quotes "**". Choosing "**"
prints that mark instead of a number, the notes after it are numbered again, one undo
takes it back and a save keeps it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.text import write_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui

TREATY = "United Nations, Treaty Series, vol. 2187, No. 38544."


def test_choosing_a_mark_prints_it_and_undo_takes_it_back(qtbot, make_window, corpus_dir, tmp_path):
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_80_L.19.txt"
    copied.write_text(without_record((corpus_dir / "drafts" / "A_80_L.19.txt").read_text("utf-8")), "utf-8")
    saved = tmp_path / "l19.dres"
    w = make_window(ScriptedAsker(open=[str(copied)], save=[str(saved)]))
    trigger(w.file_menu, "Open")
    (note_id,) = w.ctl.draft.footnotes
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    # the import kept the UN's mark
    assert panel.marks() == [f"**  {TREATY}"] and panel.mark.currentText() == "**"
    assert panel.where.text() == "Footnote **, cited in an unnumbered paragraph."

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    panel.mark.setFocus()
    qtbot.keyClick(panel.mark, Qt.Key.Key_Home)  # "Number"
    qtbot.waitUntil(lambda: w.ctl.draft.footnotes[note_id].mark == "")
    assert panel.marks() == [f"1  {TREATY}"]
    assert "Court,[^1] and noting" in write_text(w.ctl.draft)

    trigger(w.edit_menu, "Undo")
    qtbot.waitUntil(lambda: w.ctl.draft.footnotes[note_id].mark == "**")
    assert panel.mark.currentText() == "**" and panel.marks() == [f"**  {TREATY}"]
    text = write_text(w.ctl.draft)
    assert "Criminal Court,** and noting" in text and f"\n** {TREATY}\n" in text

    qtbot.keyClick(panel.mark, Qt.Key.Key_Down)  # "***"
    qtbot.waitUntil(lambda: w.ctl.draft.footnotes[note_id].mark == "***")
    trigger(w.file_menu, "Save As")
    assert dres.load(saved).footnotes[note_id].mark == "***"
