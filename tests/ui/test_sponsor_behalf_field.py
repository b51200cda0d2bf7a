"""The Sponsors page's "Group's mark after" list, as a delegate uses it on A/C.1/80/L.31
("Maldives, Nigeria* and Thailand: draft resolution"): it shows the sponsor that acts for
the group, choosing the colon moves the mark there, one undo brings it back, and a save
keeps it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.text import write_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui


def test_the_groups_mark_moves_to_the_colon_and_back(qtbot, make_window, corpus_dir, tmp_path):
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_C.1_80_L.31.txt"
    copied.write_text(
        without_record((corpus_dir / "drafts" / "A_C.1_80_L.31.txt").read_text("utf-8")), "utf-8"
    )
    saved = tmp_path / "l31.dres"
    w = make_window(ScriptedAsker(open=[str(copied)], save=[str(saved)]))
    trigger(w.file_menu, "Open")
    trigger(w.view_menu, "Sponsors")
    by = w.sponsors_page.behalf_by
    assert by.isEnabled() and by.currentText() == "Nigeria"
    assert [by.itemText(i) for i in range(1, by.count())] == ["Maldives", "Nigeria", "Thailand"]
    assert "\nMaldives, Nigeria* and Thailand: draft resolution\n" in write_text(w.ctl.draft)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    by.setFocus()
    qtbot.keyClick(by, Qt.Key.Key_Home)  # the colon
    qtbot.waitUntil(lambda: w.ctl.draft.sponsors.on_behalf_by == "")
    assert "\nMaldives, Nigeria and Thailand:* draft resolution\n" in write_text(w.ctl.draft)

    trigger(w.edit_menu, "Undo")
    qtbot.waitUntil(lambda: w.ctl.draft.sponsors.on_behalf_by == "Nigeria")
    assert by.currentText() == "Nigeria"
    qtbot.keyClick(by, Qt.Key.Key_End)  # Thailand
    qtbot.waitUntil(lambda: w.ctl.draft.sponsors.on_behalf_by == "Thailand")
    # the last sponsor's mark stands before the colon ("Australia and Nigeria*:", A/C.1/80/L.33)
    assert "\nMaldives, Nigeria and Thailand*: draft resolution\n" in write_text(w.ctl.draft)
    trigger(w.file_menu, "Save As")
    assert dres.load(saved).sponsors.on_behalf_by == "Thailand"
