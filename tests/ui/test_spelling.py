"""Spelling in the window, as a delegate meets it: "organisation" typed in an operative
paragraph (A/C.2/80/L.25's wording) is underlined, the context menu offers "organization"
first and replaces it as one undo step, "Add to My Dictionary" keeps a name for good, and
Preferences turns the underlining off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu
from ui_helpers import trigger

from delegate_editor.model.text import plain_text
from delegate_editor.storage import user_words
from delegate_editor.ui.spelling import spelling_actions

pytestmark = pytest.mark.gui

TYPED = "Invites the Organisation for Economic Co-operation and Development to support the program"


def _underlined(edit) -> list[str]:
    """The words the highlighter underlines in the editor's first block."""
    block = edit.document().firstBlock()
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def _point_at(edit, word: str) -> QPoint:
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 2)
    return edit.cursorRect(cursor).center()


def _menu(edit, window, word: str) -> dict[str, object]:
    menu = QMenu(edit)
    spelling_actions(edit, window.spelling, menu, _point_at(edit, word))
    return {a.text(): a for a in menu.actions() if a.text()}


@pytest.fixture
def typed(qtbot, make_window):
    window = make_window()
    # the speller is made on a thread of its own when the window first needs it
    qtbot.waitUntil(lambda: window.spelling.current() is not None, timeout=10000)
    trigger(window.view_menu, "Operative part")
    trigger(window.insert_menu, "Paragraph")
    edit = window.operative_page.text
    edit.setFocus()
    qtbot.keyClicks(edit, TYPED)
    return window, edit


def test_misspelt_words_are_underlined_and_replaced_as_one_step(typed):
    window, edit = typed
    assert _underlined(edit) == ["Organisation", "program"]
    actions = _menu(edit, window, "Organisation")
    assert list(actions)[0] == "Organization"
    depth = window.ctl.stack.index()
    actions["Organization"].trigger()
    para = window.ctl.draft.operative_paragraphs()[0]
    assert plain_text(para.text).startswith("Invites the Organization for Economic")
    assert window.ctl.stack.index() == depth + 1
    assert _underlined(edit) == ["program"]
    trigger(window.edit_menu, "Undo")  # the replacement alone, not the typing before it
    assert plain_text(window.ctl.draft.operative_paragraphs()[0].text) == TYPED


def test_a_word_added_to_my_dictionary_is_kept(typed):
    window, edit = typed
    actions = _menu(edit, window, "program")
    assert list(actions)[0] == "programme"
    _menu(edit, window, "Organisation")["Add “Organisation” to My Dictionary"].trigger()
    assert _underlined(edit) == ["program"]
    assert "Organisation" in user_words.load()


def test_preferences_turn_the_underlining_off(qtbot, typed):
    window, edit = typed
    trigger(window.edit_menu, "Preferences")
    dialog = window.preferences_dialog
    dialog.spelling.setFocus()
    qtbot.keyClick(dialog.spelling, Qt.Key.Key_Space)
    dialog.accept()
    assert window.settings.spelling is False
    assert _underlined(edit) == []


def test_the_speller_is_made_off_the_gui_thread_and_the_words_underlined_when_it_is(
    qtbot, make_window, monkeypatch
):
    """Reading Spanish's 711,000 words takes 1-2 s: the window must not freeze meanwhile."""
    import threading
    import time

    from delegate_editor.conventions import spelling as engine

    made_on: list[int] = []
    real = engine._make  # noqa: SLF001 the step that reads the word list

    def slow_make(language):
        made_on.append(threading.get_ident())
        time.sleep(2.0)  # far longer than typing the line takes, even on a loaded machine
        return real(language)

    monkeypatch.setattr(engine, "_spellers", {})  # none made yet in this process
    monkeypatch.setattr(engine, "_make", slow_make)
    window = make_window()
    trigger(window.view_menu, "Operative part")
    trigger(window.insert_menu, "Paragraph")
    edit = window.operative_page.text
    edit.setFocus()
    start = time.perf_counter()
    qtbot.keyClicks(edit, TYPED)
    assert time.perf_counter() - start < 2.0  # typing went on while the words were read
    qtbot.waitUntil(lambda: _underlined(edit) == ["Organisation", "program"], timeout=10000)
    assert made_on and threading.get_ident() not in made_on
