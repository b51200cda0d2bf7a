"""The operative part's lead-in on the Front matter page: A/C.5/80/L.8 as copied from the UN's
PDF opens with "Resolves that:" in the field; emptied by keys, the checker asks every numbered
paragraph for an opening phrase; one undo brings the lead-in back, and a save keeps it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.conventions.checks import check
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui


def test_the_lead_in_field_edits_the_lead_in(qtbot, make_window, corpus_dir, tmp_path):
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_C.5_80_L.8.txt"
    copied.write_text(without_record((corpus_dir / "drafts" / copied.name).read_text("utf-8")), "utf-8")
    saved = tmp_path / "l8.dres"
    w = make_window(ScriptedAsker(open=[str(copied)], save=[str(saved)]))
    trigger(w.file_menu, "Open")
    trigger(w.view_menu, "Front matter")
    field = w.front_page.fields["lead_in"]
    assert field.toPlainText() == "Resolves that:"
    assert not [f for f in check(w.ctl.draft) if f.rule == "opening.empty"]
    w.front_page.ensureWidgetVisible(field)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not w.ctl.draft.lead_in)
    assert [f.rule for f in check(w.ctl.draft)].count("opening.empty") == 6
    trigger(w.edit_menu, "Undo")
    qtbot.waitUntil(lambda: plain_text(w.ctl.draft.lead_in) == "Resolves that:")
    trigger(w.file_menu, "Save As")
    assert plain_text(dres.load(saved).lead_in) == "Resolves that:"
