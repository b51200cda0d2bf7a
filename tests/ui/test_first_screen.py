"""Issue 22: the first screen shows the draft (its paragraphs and its printed pages), not an
empty-looking form of front-matter fields with the document hidden in tabs."""

from __future__ import annotations

import pytest

from delegate_editor.model.text import plain_text
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def test_a_new_window_opens_on_the_document_with_its_preview_in_view(make_window, qtbot):
    w = make_window()
    assert w.current_page() != "front"
    assert w.stack.currentWidget() is w.pages[w.current_page()]
    qtbot.waitUntil(lambda: not w.preview_dock.visibleRegion().isEmpty())
    assert w.preview_dock.isVisible()


def test_an_opened_draft_shows_its_paragraphs_and_pages(make_window, qtbot):
    w = make_window()
    assert w.open_path(example_copy())
    # the Document page (issue 23): the whole text, typed in, not a list and a form
    assert w.current_page() == "document"
    editor = w.document_page
    text = editor.toPlainText()
    first, last = w.ctl.draft.preamble[0], w.ctl.draft.operative[-1]
    assert plain_text(first.text)[:40] in text and plain_text(last.text)[:40] in text
    assert w.navigator_dock.isVisible()  # and its parts and paragraphs beside it
    qtbot.waitUntil(lambda: w.preview.page_count() > 0, timeout=30000)
    assert not w.preview_dock.visibleRegion().isEmpty()
