"""Spelling in a French or Spanish draft, as a delegate meets it: a real French text opened
(S/RES/1982 (2011), tests/data/languages), a paragraph of S/RES/2374 (2017) typed with one
word misspelt after an elision, underlined and replaced by the French word; "Add to My
Dictionary" keeps the word in the French list; changing the draft's language in the front
matter changes the speller."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_spelling import _menu, _underlined
from ui_helpers import trigger

from delegate_editor.conventions.spelling import speller
from delegate_editor.model.text import plain_text
from delegate_editor.storage import user_words

pytestmark = pytest.mark.gui

LANGUAGES = Path(__file__).parent.parent / "data" / "languages"
# S/RES/2374 (2017), its first preambular paragraph's opening words, "intégrité" misspelt
TYPED = "Réaffirmant son ferme attachement à la souveraineté, à l’unité et à l’intégrite territoriale du Mali"


@pytest.fixture(autouse=True)
def _own_words_of_this_test_only():
    """The spellers live as long as the process; a word one test adds leaves with it."""
    kept = {language: set(speller(language).own) for language in ("fr", "es")}
    yield
    for language, words in kept.items():
        speller(language).own = words


@pytest.fixture
def french(qtbot, make_window):
    window = make_window()
    assert window.open_path(str(LANGUAGES / "fr-S-RES-1982-2011.txt"))
    assert window.ctl.draft.front.language == "fr"
    trigger(window.view_menu, "Operative part")
    trigger(window.insert_menu, "Paragraph")
    edit = window.operative_page.text
    edit.setFocus()
    _type(qtbot, edit, TYPED)
    return window, edit


def _type(qtbot, edit, text: str) -> None:
    """Typed key by key; a letter outside ASCII ("é", "’"), which QTest cannot type, as a
    keyboard layout or an input method sends it: a key event carrying the character."""
    for run in re.findall(r"[ -~]+|[^ -~]", text):
        if run.isascii():
            qtbot.keyClicks(edit, run)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, run))


def _typed(window) -> str:
    return plain_text(window.ctl.draft.operative_paragraphs()[-1].text)


def test_a_french_draft_is_underlined_and_corrected_in_french(french):
    window, edit = french
    assert _typed(window) == TYPED
    assert _underlined(edit) == ["intégrite"]  # the word after "l’", not the elision
    actions = _menu(edit, window, "intégrite")
    assert list(actions)[0] == "l’intégrité"
    actions["l’intégrité"].trigger()
    assert _typed(window) == TYPED.replace("intégrite", "intégrité")
    assert _underlined(edit) == []


def test_a_french_word_is_kept_in_the_french_dictionary(french):
    window, edit = french
    _menu(edit, window, "intégrite")["Add “intégrite” to My Dictionary"].trigger()
    assert _underlined(edit) == []
    assert user_words.load("fr") == ["intégrite"]
    assert user_words.load("en") == []


def test_changing_the_drafts_language_changes_the_speller(qtbot, french):
    window, edit = french
    trigger(window.view_menu, "Front matter")
    combo = window.front_page.fields["front.language"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # French -> Spanish
    assert window.ctl.draft.front.language == "es"
    spanish = _underlined(edit)
    assert "Réaffirmant" in spanish and "souveraineté" in spanish  # French is no Spanish
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.ctl.draft.front.language == "fr"
    assert _underlined(edit) == ["intégrite"]
