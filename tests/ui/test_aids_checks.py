"""Drafting checks in the editor: the seed's repeated "Requests", the paragraph marks, the
one-click fix and its undo, the status bar, and the jump to the paragraph."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from ui_helpers import trigger

from delegate_editor.ui import i18n
from delegate_editor.ui.checks_panel import SEVERITY_COLOURS, CheckedDelegate
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def seed_window(make_window, asker):
    window = make_window(asker)
    assert window.open_path(example_copy())
    window.checks_dock.show()
    window.checks_dock.raise_()
    return window


def test_the_seed_shows_its_two_repeated_requests(qtbot, seed_window):
    w = seed_window
    panel = w.checks
    assert panel.messages() == [
        "operative paragraph 5: 'Requests' repeats an earlier operative opening - write 'Also requests'",
        "operative paragraph 6: 'Requests' repeats an earlier operative opening - write 'Further requests'",
    ]
    assert panel.summary() == "0 errors, 0 warnings"  # two hints: the UN repeats them plainly too
    assert "0 errors, 0 warnings" in w.status_label.text()


NBSP = "\u00a0"
# the seed's two findings and the second one's fix, as a French or Spanish user reads them
IN_LANGUAGE = {
    "fr": (
        [
            f"paragraphe 5 du dispositif{NBSP}: «{NBSP}Requests{NBSP}» reprend une formule d’ouverture "
            f"antérieure du dispositif – écrire «{NBSP}Also requests{NBSP}»",
            f"paragraphe 6 du dispositif{NBSP}: «{NBSP}Requests{NBSP}» reprend une formule d’ouverture "
            f"antérieure du dispositif – écrire «{NBSP}Further requests{NBSP}»",
        ],
        f"&Corriger{NBSP}: Écrire «{NBSP}Further requests{NBSP}»",
        f"Écrire «{NBSP}Further requests{NBSP}»",
    ),
    "es": (
        [
            "párrafo 5 de la parte dispositiva: “Requests” repite una fórmula inicial anterior de la "
            "parte dispositiva – escriba “Also requests”",
            "párrafo 6 de la parte dispositiva: “Requests” repite una fórmula inicial anterior de la "
            "parte dispositiva – escriba “Further requests”",
        ],
        "&Corregir: Escribir “Further requests”",
        "Escribir “Further requests”",
    ),
}


@pytest.mark.parametrize("code", sorted(IN_LANGUAGE))
def test_with_the_interface_in_french_or_spanish_the_dock_speaks_it(qtbot, qapp, make_window, asker, code):
    """The findings, the Fix button and the undo step in the interface's language (an
    English draft: the messages follow the interface, not the draft)."""
    lines, button, step = IN_LANGUAGE[code]
    i18n.install(qapp, code)
    try:
        w = make_window(asker)
        assert w.open_path(example_copy())
        w.checks_dock.show()
        panel = w.checks
        qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=3000)
        assert panel.messages() == lines
        panel.list.setCurrentRow(1)
        assert panel.fix.isEnabled() and panel.fix.full_text == button
        assert panel.fix.toolTip() == button.replace("&", "")
        panel.fix.click()
        assert w.ctl.draft.operative[5].opening == "Further requests"
        assert w.ctl.stack.undoText() == step
    finally:
        i18n.uninstall(qapp)


def _bar_colour(page, row: int):
    """Paint one row of the paragraph list with its delegate and read the margin bar."""
    view = page.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, CheckedDelegate)
    index = page.model.index(row)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index).translated(-view.visualRect(index).topLeft())
    option.widget = view
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image.pixelColor(QPoint(1, option.rect.height() // 2))


def test_findings_are_marked_at_their_paragraph(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    assert _bar_colour(page, 4) == SEVERITY_COLOURS["info"]
    assert _bar_colour(page, 5) == SEVERITY_COLOURS["info"]
    assert _bar_colour(page, 3) != SEVERITY_COLOURS["info"]  # the first "Requests" is fine


def test_double_click_jumps_and_the_fix_applies_and_undoes(qtbot, seed_window):
    w = seed_window
    panel = w.checks
    trigger(w.view_menu, "Front matter")
    panel.list.setCurrentRow(1)
    panel.list.itemActivated.emit(panel.list.currentItem())  # what a double-click does
    page = w.operative_page
    assert w.current_page() == "operative"
    sixth = page.model.rows[5].id
    assert page.current_id == sixth

    assert panel.fix.isEnabled() and "Further requests" in panel.fix.full_text
    assert "Further requests" in panel.fix.toolTip()  # the label is elided to the dock's width
    steps = w.ctl.stack.count()
    panel.fix.click()
    assert w.ctl.node("operative", sixth).opening == "Further requests"
    assert page.opening.text() == "Further requests"
    assert w.ctl.stack.count() == steps + 1
    assert len(panel.findings) == 1
    assert _bar_colour(page, 5) != SEVERITY_COLOURS["info"]
    qtbot.waitUntil(lambda: "0 errors, 0 warnings" in w.status_label.text(), timeout=2000)

    trigger(w.edit_menu, "Undo")
    assert w.ctl.node("operative", sixth).opening == "Requests"
    panel.recheck()
    assert len(panel.findings) == 2

    # fixing both from the panel leaves no findings
    for _ in range(2):
        panel.list.setCurrentRow(0)
        panel.fix.click()
    assert [p.opening for p in w.ctl.draft.operative[3:]] == ["Requests", "Also requests", "Further requests"]
    assert panel.findings == [] and "No findings" in panel.summary_label.text()
    assert "no convention issues" in w.status_label.text()


def test_typing_a_flaw_is_found_after_the_pause(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClick(page.text, Qt.Key.Key_Backspace)  # drop the final semicolon
    qtbot.keyClicks(page.text, ",")
    qtbot.waitUntil(
        lambda: any(m.startswith("operative paragraph 1:") for m in w.checks.messages()), timeout=2000
    )
    (found,) = [f for f in w.checks.findings if f.paragraph == 1 and f.part == "operative"]
    assert found.fix is not None
    w.checks.list.setCurrentRow(w.checks.findings.index(found))
    w.checks.fix.click()
    assert page.text.toPlainText().endswith(";")


def test_the_pause_check_runs_off_the_gui_thread_and_a_fix_waits_for_it(qtbot, seed_window, monkeypatch):
    """The check after a pause takes 100 ms at 500 paragraphs: it runs on a copy of the draft
    in the typesetting process, asked from a worker thread, and until the findings of the text
    as it is now arrive, no fix can be applied (a fix computed for older text would undo newer
    typing)."""
    from delegate_editor.app.typesetter import TYPESETTER

    w = seed_window
    panel = w.checks
    threads: list[int] = []
    real_check = TYPESETTER.check

    def spying_check(data):
        threads.append(threading.get_ident())
        assert isinstance(data, dict)  # the draft's plain data, for the process
        return real_check(data)

    monkeypatch.setattr(TYPESETTER, "check", spying_check)
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    panel.list.setCurrentRow(0)  # a finding with a fix ("Also requests"), from before the typing
    qtbot.keyClicks(page.text, " x")
    assert not panel.current_generation and not panel.fix.isEnabled()
    panel.fix.click()  # does nothing while the check is pending
    assert w.ctl.draft.operative[4].opening == "Requests"
    qtbot.waitUntil(lambda: panel.current_generation, timeout=3000)
    assert threads and threading.get_ident() not in threads  # the worker's, not the GUI's
    assert TYPESETTER.pid not in (None, os.getpid())  # and the process made the findings
    panel.list.setCurrentRow(0)
    assert panel.fix.isEnabled()

    # a result for an older state of the draft is dropped, not shown
    shown = panel.messages()
    panel._on_checked(panel.generation - 1, [])
    assert panel.messages() == shown


def test_a_rule_defect_is_said_in_the_panel_and_its_traceback_logged(qtbot, seed_window, monkeypatch):
    """A bug in a rule must not stop editing, and must leave a trace for the bug report."""
    from delegate_editor.storage import crashlog
    from delegate_editor.ui import checks_panel

    def broken_rule(draft):
        raise KeyError("a rule looked up a phrase list that is not there")

    monkeypatch.setattr(checks_panel, "check", broken_rule)
    seed_window.checks.recheck()
    assert "The checks could not run: KeyError" in seed_window.checks.summary_label.text()
    log = crashlog.log_path().read_text(encoding="utf-8")
    assert "(checker)" in log and "Traceback" in log and "in broken_rule" in log


def test_a_long_fix_label_does_not_widen_the_window(qtbot, seed_window):
    """Issue 22, fault 9: the Fix button's label set the Checks dock's minimum width, so a
    long one widened the window past a 1280-pixel screen."""
    w = seed_window
    panel = w.checks
    qtbot.waitUntil(lambda: panel.list.count() > 1)
    before = panel.minimumSizeHint().width()
    window_before = w.minimumSizeHint().width()
    panel.list.setCurrentRow(1)
    assert panel.fix.isEnabled() and "Further requests" in panel.fix.toolTip()
    panel._on_row(1)  # noqa: SLF001 the label of a longer fix, as another check would offer
    panel.fix.set_full_text("&Fix: " + "Use “Further requests the Secretary-General” " * 6)
    assert panel.minimumSizeHint().width() == before
    assert w.minimumSizeHint().width() == window_before
    assert "Further requests the Secretary-General" in panel.fix.toolTip()


def test_a_saved_window_wider_than_the_screen_is_fitted_to_it(make_window):
    """Fault 9: the widened window was restored at the next start, wider than the screen."""
    from delegate_editor.storage.settings import Settings

    first = make_window(settings=Settings())
    first.resize(first.screen().availableGeometry().width() + 900, 700)
    first.close()
    settings = first.settings
    again = make_window(settings=settings)
    # as narrow as the screen allows (the test screen may be narrower than the window's minimum)
    # (its minimum is the larger of the hint and the minimum its layout enforces: the docks' edges)
    least = max(again.minimumSizeHint().width(), again.minimumWidth())
    room = max(again.screen().availableGeometry().width(), least)
    assert again.width() <= room
