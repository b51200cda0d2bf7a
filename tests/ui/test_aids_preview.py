"""The Preview dock: typeset pages that follow typing, rendered off the typing path."""

from __future__ import annotations

import threading
import time

import pytest
from office import pdfinfo
from PySide6.QtGui import QTextCursor
from ui_helpers import trigger

from delegate_editor.formats.typeset import write_pdf
from delegate_editor.model.document import Draft, Operative
from delegate_editor.model.text import plain_text, rich
from delegate_editor.storage import dres
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def show_preview(window) -> None:
    window.preview_dock.show()
    window.preview_dock.raise_()


def pdf_page_count(draft, tmp_path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(write_pdf(draft))
    return int(pdfinfo(path)["Pages"])


def test_preview_follows_typing_on_the_seed(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.open_path(example_copy())
    show_preview(w)
    view, renderer = w.preview, w.page_renderer
    qtbot.waitUntil(lambda: view.page_count() > 0, timeout=5000)  # the first render loads fonts
    expected = pdf_page_count(w.ctl.draft, tmp_path)
    assert view.page_count() == expected == 2
    assert view.count_label.text() == "2 pages"

    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[5].id)
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)
    before = renderer.generation
    qtbot.keyClicks(page.text, " Typed now")
    typed_at = time.perf_counter()

    def shown() -> bool:
        src = renderer.source
        return src is not None and plain_text(src.operative[5].text).endswith(" Typed now")

    qtbot.waitUntil(shown, timeout=2000)
    seen_after = time.perf_counter() - typed_at
    assert renderer.generation > before
    assert renderer.worker_thread != threading.get_ident()  # typst ran off the GUI thread
    # the 200 ms bound of the issue is measured in bench/, not asserted in a timed test
    print(f"preview latency {renderer.latency * 1000:.0f} ms, seen after {seen_after * 1000:.0f} ms")
    # the page on screen gets its new image
    qtbot.waitUntil(lambda: not view.stale & {0, 1}, timeout=2000)
    assert set(view.images) >= {0}

    # two renders in a row, the second identical: a page whose image was still on its way
    # when the second arrived must not keep the older picture
    view.show_pages([b"<svg/>", *renderer.pages[1:]])
    view.show_pages(list(renderer.pages))
    view.show_pages(list(renderer.pages))
    assert 0 in view.stale
    view.widgets[0].repaint()
    qtbot.waitUntil(lambda: 0 not in view.stale, timeout=2000)

    # the snapshot the worker rendered is a copy: editing the draft cannot touch it
    assert renderer.source is not w.ctl.draft
    assert renderer.source.operative[5] is not w.ctl.draft.operative[5]


def test_zoom_changes_the_page_size(qtbot, make_window):
    w = make_window()
    assert w.open_path(example_copy())
    show_preview(w)
    view = w.preview
    qtbot.waitUntil(lambda: view.page_count() == 2, timeout=5000)
    view.set_zoom(1.0)
    one = view.widgets[0].size()
    assert abs(one.width() - 595) <= 1 and abs(one.height() - 842) <= 1  # A4 in points
    view.step_zoom(1)
    assert view.widgets[0].width() == round(595.35 * 1.25)
    view.zoom_box.setCurrentIndex(view.zoom_box.findData(0.5))
    assert view.widgets[0].width() == round(595.35 * 0.5)
    # an image for the new size arrives from the worker
    qtbot.waitUntil(
        lambda: 0 in view.images and view.images[0][1][0] == view.widgets[0].width(), timeout=3000
    )


def test_typing_in_500_paragraphs_never_waits_for_the_preview(qtbot, make_window, tmp_path):
    draft = Draft(
        operative=[
            Operative("Requests", rich(f"the Secretary-General to report on the matter in paragraph {i};"))
            for i in range(500)
        ]
    )
    path = tmp_path / "big.dres"
    dres.save(draft, path)
    w = make_window()
    assert w.open_path(path)
    show_preview(w)
    view, renderer = w.preview, w.page_renderer
    qtbot.waitUntil(lambda: view.page_count() > 0, timeout=10000)
    assert view.page_count() == pdf_page_count(w.ctl.draft, tmp_path)

    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[250].id)
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)
    times, overlapped = [], 0
    for ch in "new words typed while pages render":
        start = time.perf_counter()
        qtbot.keyClicks(page.text, ch)
        times.append(time.perf_counter() - start)
        overlapped += renderer.running  # a render was in flight while we typed
        qtbot.wait(15)  # a fast typist: about 60 keys a second
    assert plain_text(page.node().text).endswith("new words typed while pages render")
    assert overlapped > 0  # typing went on during renders: they did not block it
    times.sort()
    print(f"keystroke median {times[len(times) // 2] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
    qtbot.waitUntil(
        lambda: (
            not renderer.running
            and not renderer.pending
            and renderer.source is not None
            and plain_text(renderer.source.operative[250].text).endswith("pages render")
        ),
        timeout=5000,
    )
    # (the first pages shown may be the early pass's, before any render has finished)
    assert times[len(times) // 2] < renderer.last_seconds  # a keystroke costs less than a render
    assert renderer.worker_thread != threading.get_ident()
