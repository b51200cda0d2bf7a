"""Issue 22: the first screen shows the draft (its paragraphs and its printed pages), not an
empty-looking form of front-matter fields with the document hidden in tabs."""

from __future__ import annotations

import pytest

from delegate_editor.resources import resource

pytestmark = pytest.mark.gui


def test_a_new_window_opens_on_the_document_with_its_preview_in_view(make_window, qtbot):
    w = make_window()
    assert w.current_page() != "front"
    assert w.stack.currentWidget() is w.pages[w.current_page()]
    qtbot.waitUntil(lambda: not w.preview_dock.visibleRegion().isEmpty())
    assert w.preview_dock.isVisible()


def test_an_opened_draft_shows_its_paragraphs_and_pages(make_window, qtbot):
    w = make_window()
    assert w.open_path(resource("examples", "cybercrime.dres"))
    page = w.part_page()
    assert page is not None and page.model.rows and page.current_id
    qtbot.waitUntil(lambda: w.preview.page_count() > 0, timeout=30000)
    assert not w.preview_dock.visibleRegion().isEmpty()
