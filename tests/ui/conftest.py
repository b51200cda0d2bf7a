"""Fixtures for driving the app: a scripted stand-in for the dialogs, and windows that are
closed without prompts after each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import ScriptedAsker

from delegate_editor.storage.settings import Settings


@pytest.fixture
def asker():
    return ScriptedAsker()


@pytest.fixture
def make_window(qtbot):
    """Create main windows that are closed without prompts at the end of the test."""
    from delegate_editor.ui.main_window import MainWindow

    made = []

    def make(asker: ScriptedAsker | None = None, settings: Settings | None = None) -> MainWindow:
        window = MainWindow(settings=settings or Settings(), asker=asker or ScriptedAsker())
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        try:
            window.asker = ScriptedAsker(**{"Unsaved changes": "Discard"})
            window.close()
        except RuntimeError:  # already deleted by the test
            pass


@pytest.fixture
def sectioned(make_window, tmp_path):
    """A window on A/RES/80/237, a resolution in sections (each with a preamble of its own,
    section II numbered from 1), imported from the corpus and saved as a draft."""
    from delegate_editor.formats.text_import import parse_text
    from delegate_editor.storage import dres
    from tests.corpus_drafts import corpus_text

    path = Path(__file__).resolve().parents[1] / "data" / "corpus" / "ga-80-pdf" / "A_RES_80_237.txt"
    saved = tmp_path / "A_RES_80_237.dres"
    saved.write_bytes(dres.dumps(parse_text(corpus_text(path), path.name)))
    window = make_window()
    assert window.open_path(saved)
    return window


@pytest.fixture(autouse=True)
def _clipboard_emptied_after_each_test():
    """A test that puts its own QMimeData on the clipboard leaves Qt holding an object Python
    made; at the interpreter's exit Qt then crashes (exit status 139 after every test has
    passed, as ``pytest tests/ui/test_document_editor.py`` alone showed). Emptying the
    clipboard after each test hands the data back while both sides are alive."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()
