"""Review ▸ Compare… (issue 17 item 3): any two of the base, the versions and the current
text, the changes marked as the tracked-changes exports mark them, a list of changes that
jumps to each paragraph, and a filter by part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from versions_helpers import based_window, press, type_at_end

from delegate_editor.formats.change_list import change_list
from delegate_editor.formats.compare import compare
from delegate_editor.model.document import Footnote, Operative
from delegate_editor.model.text import NoteRef, rich
from delegate_editor.ui.compare_html import DELETED, INSERTED, MOVED

pytestmark = pytest.mark.gui


@pytest.fixture
def edited(qtbot, make_window, tmp_path, corpus_dir):
    """The resolution edited through the window: words added to operative paragraph 1, a
    paragraph added after it, the last paragraph moved up, paragraph 3 deleted, a footnote
    added to paragraph 2."""
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    ops = w.ctl.draft.operative_paragraphs()
    first, second, third, last = ops[0], ops[1], ops[2], ops[-1]
    type_at_end(qtbot, w, "operative", first.id, " and welcomes its anniversary")
    w.ctl.insert_node(
        "operative", first.id, Operative("Requests", rich("the Secretary-General to report thereon;")), "Add"
    )
    page = w.operative_page
    page.select(last.id)
    page.view.setFocus()
    for _ in range(3):
        press(qtbot, page.view, "Alt+Up")
    page.select(third.id)
    press(qtbot, page.view, "Ctrl+Shift+Backspace")
    note = Footnote(rich("See A/80/1, para. 12."))
    w.ctl.add_footnote("operative", second.id, (*second.text, NoteRef(note.id)), note)
    return w


def open_compare(qtbot, w):
    press(qtbot, w.operative_page.view, "Ctrl+Alt+C")
    dialog = w.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def listed(dialog) -> list[str]:
    return [dialog.changes.item(i).text() for i in range(dialog.changes.count())]


def test_the_base_against_the_current_text_shows_each_kind_of_change(qtbot, edited):
    w = edited
    dialog = open_compare(qtbot, w)
    assert (dialog.older.currentText(), dialog.newer.currentText()) == ("Base text", "Current text")
    html = dialog.text.toHtml()
    text = dialog.text.toPlainText()
    assert "and welcomes its anniversary" in text and "Secretary-General to report thereon" in text
    assert "moved here from operative paragraph" in text
    # the list is the command line's list of the same comparison, capitalised
    expected = change_list(compare(w.ctl.draft.base, w.ctl.draft))
    assert [line.lower() for line in listed(dialog)] == [line.lower() for line in expected]
    assert any("words changed" in line for line in listed(dialog))
    assert any(line.endswith(": added") and line.startswith("Operative") for line in listed(dialog))
    assert any("removed" in line for line in listed(dialog))
    assert any(line.startswith("Footnote") and line.endswith("added") for line in listed(dialog))
    assert dialog.summary.text() == f"{len(expected)} changes"
    # insertions underlined, deletions struck through: as the QTextBrowser holds them
    assert "text-decoration: underline" in html and "text-decoration: line-through" in html
    for style in (INSERTED, DELETED, MOVED):
        assert style.split(";")[0].split(":")[1] in html  # each mark's colour


def test_typing_updates_the_comparison_with_the_current_text(qtbot, edited):
    w = edited
    dialog = open_compare(qtbot, w)
    before = dialog.changes.count()
    unchanged = w.ctl.draft.operative_paragraphs()[-1]
    type_at_end(qtbot, w, "operative", unchanged.id, " forthwith")
    qtbot.waitUntil(lambda: "forthwith" in dialog.text.toPlainText(), timeout=3000)
    assert dialog.changes.count() == before + 1


def test_enter_on_a_change_selects_its_paragraph_in_the_editor(qtbot, edited):
    w = edited
    dialog = open_compare(qtbot, w)
    added = next(
        i for i, line in enumerate(listed(dialog)) if line.endswith(": added") and "perative" in line
    )
    dialog.changes.setCurrentRow(added)
    qtbot.keyClick(dialog.changes, Qt.Key.Key_Return)
    page = w.operative_page
    assert w.stack.currentWidget() is page
    assert page.node().opening == "Requests"
    words = next(i for i, line in enumerate(listed(dialog)) if "words changed" in line)
    dialog.changes.setCurrentRow(words)
    qtbot.keyClick(dialog.changes, Qt.Key.Key_Return)
    assert page.current_id == w.ctl.draft.operative_paragraphs()[0].id


def test_the_filter_by_part_and_any_two_texts(qtbot, edited):
    w = edited
    dialog = open_compare(qtbot, w)
    dialog.part.setCurrentText("Preamble")
    assert listed(dialog) == [] and dialog.summary.text() == "No changes"
    assert "Recalling" in dialog.text.toPlainText() and "Requests" not in dialog.text.toPlainText()
    dialog.part.setCurrentText("Operative part")
    assert listed(dialog) and all(line.startswith("Operative") for line in listed(dialog))
    dialog.part.setCurrentText("Footnotes")
    assert all(line.startswith("Footnote") for line in listed(dialog)) and listed(dialog)
    dialog.part.setCurrentText("The whole text")
    # a version against the current text: only what came after it
    from delegate_editor.ui.version_commands import save_version

    save_version(w.ctl, "as tabled (L.12)")
    type_at_end(qtbot, w, "operative", w.ctl.draft.operative_paragraphs()[4].id, " promptly")
    dialog.refresh()
    version = next(
        dialog.older.itemText(i)
        for i in range(dialog.older.count())
        if "as tabled" in dialog.older.itemText(i)
    )
    dialog.older.setCurrentText(version)
    assert len(listed(dialog)) == 1 and "words changed" in listed(dialog)[0]
    # the base against that version: everything but the last word
    dialog.newer.setCurrentText(version)
    dialog.older.setCurrentText("Base text")
    assert "promptly" not in dialog.text.toPlainText() and len(listed(dialog)) > 3


def test_two_versions_of_one_name_are_told_apart(qtbot, edited):
    from delegate_editor.ui.change_files import texts
    from delegate_editor.ui.version_commands import save_version

    w = edited
    save_version(w.ctl, "zero draft")
    type_at_end(qtbot, w, "operative", w.ctl.draft.operative_paragraphs()[-1].id, " forthwith")
    save_version(w.ctl, "zero draft")
    labels = [t.label for t in texts(w)]
    assert len(set(labels)) == len(labels) == 4
    dialog = open_compare(qtbot, w)
    dialog.older.setCurrentText(labels[1])
    dialog.newer.setCurrentText(labels[2])
    assert [line.split(":")[1].strip() for line in listed(dialog)] == ["words changed"]
