"""The front matter's Reissue note, typed as a delegate types it: the masthead's symbol and
the preview take the asterisk, one undo takes it back, and a save keeps it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.text import write_text
from delegate_editor.storage import dres
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

NOTE = "Reissued for technical reasons on 23 October 2025."  # A/C.1/80/L.23*


def test_typing_a_reissue_note_stars_the_symbol_and_undo_takes_it_back(qtbot, make_window, tmp_path):
    path = tmp_path / "reissued.dres"
    w = make_window(ScriptedAsker(save=[str(path)]))
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    trigger(w.view_menu, "Front matter")
    symbol = w.ctl.draft.front.symbol
    assert symbol and not w.ctl.draft.front.reissue
    field = w.front_page.fields["front.reissue"]
    field.setFocus()
    qtbot.keyClicks(field, NOTE)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert w.ctl.draft.front.reissue == NOTE
    text = write_text(w.ctl.draft)
    assert text.startswith(f"{symbol}*\n") and f"\n* {NOTE}\n" in text
    trigger(w.file_menu, "Save As")
    assert dres.load(path).front.reissue == NOTE and not w.isWindowModified()
    trigger(w.edit_menu, "Undo")
    qtbot.waitUntil(lambda: w.ctl.draft.front.reissue == "")
    assert field.text() == "" and not write_text(w.ctl.draft).startswith(f"{symbol}*")


def test_the_import_reports_reissue_line_leads_to_the_field(qtbot, make_window, corpus_dir, tmp_path):
    """File ▸ Open of A/C.1/80/L.23 as copied from the UN's PDF: the Import report says the
    symbol was reissued, marked as the front matter's, and a double-click shows the Front
    matter page with the note in its field."""
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_C.1_80_L.23.txt"
    copied.write_text(
        without_record((corpus_dir / "drafts" / "A_C.1_80_L.23.txt").read_text("utf-8")), "utf-8"
    )
    w = make_window(ScriptedAsker(open=[str(copied)]))
    trigger(w.file_menu, "Open")
    panel = w.import_report
    row = next(i for i in range(panel.list.count()) if "was reissued" in panel.list.item(i).text())
    item = panel.list.item(row)
    assert item.text().endswith("[front matter]")
    trigger(w.view_menu, "Preamble")
    panel.list.scrollToItem(item)
    pos = panel.list.visualItemRect(item).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert w.stack.currentWidget() is w.front_page
    assert w.front_page.fields["front.reissue"].text() == NOTE
