"""Issue 15 item 8 in the window: File ▸ Open of a copied UN text shows the Import report dock
listing every guess the importer made; double-clicking one selects its paragraph. The text is
A/C.4/80/L.5 as a delegate copies it from the UN's PDF (tests/data/corpus/drafts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.app.corpus import without_record
from delegate_editor.model import walk
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui


def _double_click(qtbot, panel, row: int) -> None:
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    pos = panel.list.visualItemRect(item).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_every_guess_is_listed_and_leads_to_its_paragraph(qtbot, make_window, corpus_dir, tmp_path):
    copied = tmp_path / "A_C.4_80_L.5.txt"
    copied.write_text(
        without_record((corpus_dir / "drafts" / "A_C.4_80_L.5.txt").read_text("utf-8")), "utf-8"
    )
    saved, other = tmp_path / "L5.dres", tmp_path / "other.dres"
    asker = ScriptedAsker(open=[str(copied), str(other)], save=[str(saved)])
    w = make_window(asker)

    trigger(w.file_menu, "Open")
    assert asker.kinds("info") == []  # the guesses are in the dock, not in a dialog
    panel, dock = w.import_report, w.import_report_dock
    assert dock.isVisible()
    listed = panel.messages()
    assert listed and all(m.startswith("import guess: ") for m in listed)
    assert "A_C.4_80_L.5.txt" in panel.summary.text()
    join = next(i for i, m in enumerate(listed) if "page break joined" in m and "the Universal" in m)

    _double_click(qtbot, panel, join)
    page = w.pages["preamble"]
    assert w.stack.currentWidget() is page
    para = next(p for p in w.ctl.draft.preamble if p.id == page.current_id)
    assert "the Universal Declaration of Human Rights and prevents" in plain_text(para.text)

    mark = next(i for i, m in enumerate(listed) if m.startswith("import guess: note 2:"))
    panel.list.setCurrentRow(mark)  # the keyboard way: the item, then Enter
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    second = walk.cited_notes(w.ctl.draft)[1]
    citing = next(
        (part, n.id)
        for part in ("preamble", "operative")
        for n in getattr(w.ctl.draft, part)
        if any(getattr(i, "note_id", None) == second for i in n.text)
    )
    assert citing[1] != para.id
    assert w.stack.currentWidget() is w.pages[citing[0]] and w.pages[citing[0]].current_id == citing[1]

    trigger(w.file_menu, "Save As")
    assert dres.loads(saved.read_bytes()).preamble[4].text == w.ctl.draft.preamble[4].text
    other.write_bytes(saved.read_bytes())
    trigger(w.file_menu, "Open")  # a draft of our own: nothing guessed, the dock goes
    assert not dock.isVisible() and panel.list.count() == 0


def test_the_report_in_the_interface_language(qtbot, qapp, make_window, corpus_dir, tmp_path):
    """With the interface in French, the dock lists the guesses in French; they still lead to
    their paragraph (found from the English words the reader keeps)."""
    from delegate_editor.ui import i18n

    copied = tmp_path / "A_C.4_80_L.5.txt"
    copied.write_text(
        without_record((corpus_dir / "drafts" / "A_C.4_80_L.5.txt").read_text("utf-8")), "utf-8"
    )
    i18n.install(qapp, "fr")
    try:
        w = make_window(ScriptedAsker(open=[str(copied)]))
        assert w.open_path(str(copied))
        panel = w.import_report
        shown = [panel.list.item(i).text() for i in range(panel.list.count())]
        nbsp = "\u00a0"
        assert shown[0].startswith(
            f"note 1{nbsp}: le nombre après «{nbsp}Declaration of Human Rights{nbsp}» pris pour son appel"
        )
        join = next(
            i for i, t in enumerate(shown) if t.startswith("saut de page raccordé") and "the Universal" in t
        )
        _double_click(qtbot, panel, join)
        page = w.pages["preamble"]
        para = next(p for p in w.ctl.draft.preamble if p.id == page.current_id)
        assert "the Universal Declaration of Human Rights and prevents" in plain_text(para.text)
    finally:
        i18n.uninstall(qapp)
