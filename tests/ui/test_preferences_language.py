"""Edit ▸ Preferences ▸ Language of new drafts (issue 22): kept in the settings as
``draft_language`` and read through ``Settings.language_of_new_drafts``."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_helpers import ScriptedAsker

from delegate_editor.storage import settings as settings_store

pytestmark = pytest.mark.gui


def test_the_language_of_new_drafts_is_chosen_by_keys_and_kept(qtbot, make_window):
    w = make_window(ScriptedAsker())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keySequence(w.operative_page.text, QKeySequence("Ctrl+,"))
    dialog = w.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.language.currentText() == "English"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.delegation.setFocus()
    qtbot.waitUntil(dialog.delegation.hasFocus)
    qtbot.keyClick(
        dialog.delegation, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier
    )  # "&Language of new drafts"
    assert dialog.language.hasFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "Spanish"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.isVisible()
    assert w.settings.language_of_new_drafts() == "Spanish"
    assert settings_store.load().draft_language == "Spanish"


def test_an_unknown_language_in_the_settings_file_falls_back_to_english():
    settings_store.settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_store.settings_path().write_text(json.dumps({"draft_language": "Klingon"}), "utf-8")
    loaded = settings_store.load()
    assert loaded.language_of_new_drafts() == "English"
    settings_store.settings_path().write_text(json.dumps({"draft_language": "French"}), "utf-8")
    assert settings_store.load().language_of_new_drafts() == "French"
