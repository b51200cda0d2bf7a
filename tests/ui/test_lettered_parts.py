"""A decision's lettered parts on the Front matter page: A/C.2/80/L.60 as copied from the
UN's PDF opens with the box ticked and its parts labelled (a), (b); a click numbers them,
one undo letters them again; a resolution cannot be lettered until it is made a decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.text import write_text
from delegate_editor.model.document import TextKind
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def _op_labels(w) -> list[str]:
    labels = w.ctl.labels()
    return [w.ctl.operative_label(labels[p.id]) for p in w.ctl.draft.operative_paragraphs()]


def _nav_rows(nav) -> list[str]:
    out: list[str] = []

    def walk(item) -> None:
        for i in range(item.childCount()):
            out.append(item.child(i).text(0))
            walk(item.child(i))

    walk(nav.invisibleRootItem())
    return out


def test_the_copied_decision_opens_lettered_and_a_click_numbers_it(qtbot, make_window, corpus_dir, tmp_path):
    from delegate_editor.app.corpus import without_record

    copied = tmp_path / "A_C.2_80_L.60.txt"
    copied.write_text(without_record((corpus_dir / "drafts" / copied.name).read_text("utf-8")), "utf-8")
    w = make_window(ScriptedAsker(open=[str(copied)]))
    trigger(w.file_menu, "Open")
    trigger(w.view_menu, "Front matter")
    box = w.front_page.fields["lettered"]
    assert box.isEnabled() and box.isChecked()
    assert _op_labels(w) == ["(a)", "(b)"]
    assert "\n*The General Assembly*:\n\n(a) *Approves*" in write_text(w.ctl.draft)
    # the navigator names the parts and the list as they print: no "Annex" for the list
    qtbot.waitUntil(lambda: w.ctl.draft.operative_paragraphs()[0].id in w.navigator.items)
    rows = _nav_rows(w.navigator)
    assert any(r.startswith("(a) Approves") for r in rows) and any(r.startswith("(b) Invites") for r in rows)
    assert any(r.startswith("Draft programme") for r in rows) and not any(
        r.startswith("Annex Draft") for r in rows
    )
    w.front_page.ensureWidgetVisible(box)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # as a keyboard user ticks a box
    assert not w.ctl.draft.lettered and _op_labels(w) == ["1.", "2."]
    assert "\n1. *Approves*" in write_text(w.ctl.draft)
    trigger(w.edit_menu, "Undo")
    qtbot.waitUntil(lambda: w.ctl.draft.lettered)
    assert box.isChecked() and _op_labels(w) == ["(a)", "(b)"]


def test_a_resolution_is_lettered_only_once_it_is_a_decision(qtbot, make_window):
    w = make_window(ScriptedAsker())
    assert w.open_path(example_copy())
    trigger(w.view_menu, "Front matter")
    box = w.front_page.fields["lettered"]
    assert w.ctl.draft.text_kind is TextKind.RESOLUTION and not box.isEnabled()
    combo = w.front_page.fields["text_kind"]
    combo.setCurrentIndex(combo.findData(TextKind.DECISION))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(box.isEnabled)
    assert w.ctl.draft.text_kind is TextKind.DECISION


def test_lettered_parts_pasted_into_an_empty_document_letter_the_draft(qtbot, make_window, corpus_dir):
    """A/C.2/80/L.60 as a PDF viewer puts it on the clipboard, pasted with Ctrl+V into the
    Document page of a new draft: the parts land lettered, as an import gives them, and one
    undo takes the paste and the letters back."""
    from corpus_drafts import corpus_text
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    w = make_window()
    trigger(w.view_menu, "Document")
    editor = w.document_page
    editor.setFocus()
    mime = QMimeData()
    mime.setText(corpus_text(corpus_dir / "drafts" / "A_C.2_80_L.60.txt"))
    QApplication.clipboard().setMimeData(mime)
    assert not w.ctl.draft.lettered
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.ctl.draft.lettered and _op_labels(w) == ["(a)", "(b)"]
    assert [p.opening for p in w.ctl.draft.operative_paragraphs()] == ["Approves", "Invites"]
    assert w.ctl.draft.annexes and w.ctl.draft.annexes[0].in_text
    trigger(w.edit_menu, "Undo")
    assert not w.ctl.draft.lettered and not w.ctl.draft.operative
