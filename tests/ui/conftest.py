"""Fixtures for driving the app: a scripted stand-in for the dialogs, and windows that are
closed without prompts after each test."""

from __future__ import annotations

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
