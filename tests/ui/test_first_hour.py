"""Issue 22, faults met in the first hour of drafting, each driven through the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QWidget
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.text import plain_text
from delegate_editor.resources import resource
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

SYMBOL = "A/C.3/80/L.23"


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(ScriptedAsker())
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _type_symbol(qtbot, w) -> None:
    trigger(w.view_menu, "Front matter")
    field = w.front_page.fields["front.symbol"]
    field.selectAll()
    qtbot.keyClicks(field, SYMBOL)
    assert w.ctl.draft.front.symbol == SYMBOL


def test_completion_replaces_the_typed_opening(qtbot, window):
    """Fault 3: "Calls up" then the completion "Calls upon" left "Calls up" in the draft."""
    w = window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.opening.setFocus()
    page.opening.selectAll()
    qtbot.keyClicks(page.opening, "Calls up")
    popup = page.opening.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.opening.text() == "Calls upon"
    assert page.node().opening == "Calls upon"


def test_palette_search_matches_phrases_not_group_names(qtbot, window):
    """Fault 4: "Welcom" + Return inserted *Noting*; "Recall" listed *Guided by*."""
    w = window
    trigger(w.view_menu, "Preamble")
    box = w.palette.search
    box.setFocus()
    qtbot.keyClicks(box, "Welcom")
    shown = w.palette.visible_phrases()
    assert shown and all("welcom" in p.lower() for p in shown), shown
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert w.preamble_page.node().opening.lower().startswith("welcom")
    box.clear()
    qtbot.keyClicks(box, "Recall")
    assert "Guided by" not in w.palette.visible_phrases()
    assert all("recall" in p.lower() for p in w.palette.visible_phrases())


@pytest.mark.skipif(sys.platform == "darwin", reason="Option+key types characters on macOS")
def test_alt_4_changes_the_page_and_types_nothing(qtbot, window):
    """Fault 6: Alt+4 (View ▸ Operative part) typed "4" into the paragraph being edited. It
    happens when the key reaches the text box without the shortcut system seeing it, as when
    another window (a popup, a dialog) was the active one a moment before."""
    w = window
    trigger(w.view_menu, "Preamble")
    page = w.preamble_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    before = page.node().text
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    qtbot.keyClick(page.text, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.text.toPlainText() == plain_text(before)
    assert page.node().text == before
    assert w.current_page() == "operative"


def test_exports_and_print_to_file_propose_safe_names(qtbot, make_window, monkeypatch):
    """Fault 7: the symbol A/C.3/80/L.23 made folders and lost ".23"."""
    w = make_window(ScriptedAsker())
    _type_symbol(qtbot, w)
    w.asker.answers["Export PDF"] = ["A4"]
    trigger(w.file_menu, "Export PDF")
    trigger(w.file_menu, "Save As")
    suggested = [Path(s[2]).name for s in w.asker.kinds("save")]
    assert suggested == ["A_C.3_80_L.23.pdf", "A_C.3_80_L.23.dres"]

    seen: list[str] = []

    def fake_exec(dialog):
        seen.append(dialog.printer().docName())
        return 0

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    trigger(w.file_menu, "Print")
    # Qt's dialog proposes the document name with its extension swapped for ".pdf"
    assert seen and "/" not in seen[0] and Path(seen[0]).with_suffix(".pdf").name == "A_C.3_80_L.23.pdf"


def test_the_date_picker_opens_on_today_not_1945(qtbot, window):
    """Fault 12: a draft without a date opened the calendar on 26 June 1945."""
    w = window
    trigger(w.view_menu, "Front matter")
    date = w.front_page.date
    date.setFocus()
    w.ctl.edit_field("front.date", None, "date", typing=False)
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=QPoint(date.width() - 6, date.height() // 2))
    calendar = date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert w.ctl.draft.front.date is None  # opening the picker chose nothing
    calendar.window().close()


def test_open_shows_drafts_and_documents_and_asks_to_save_after_the_choice(make_window, tmp_path):
    """Fault 12: the Open dialog hid .docx and .odt behind "Drafts (*.dres)" and asked to
    save before the file was even chosen."""
    asker = ScriptedAsker(open="", **{"Unsaved changes": "Cancel"})
    w = make_window(asker)
    w.ctl.edit_field("front.symbol", SYMBOL, "symbol", typing=False)
    filters: list[str] = []
    original = asker.open_path

    def record(parent, caption, folder, flt):
        filters.append(flt)
        return original(parent, caption, folder, flt)

    asker.open_path = record
    trigger(w.file_menu, "Open")
    assert [s[0] for s in asker.shown] == ["open"]  # cancelled the dialog: no question asked
    first = filters[0].split(";;")[0]
    for pattern in ("*.dres", "*.docx", "*.odt", "*.txt"):
        assert pattern in first
    asker.answers["open"] = [str(example_copy())]
    trigger(w.file_menu, "Open")
    assert [s[0] for s in asker.shown] == ["open", "open", "question"]
    assert w.ctl.draft.front.symbol == SYMBOL  # Cancel kept the draft


def test_new_files_follow_the_umask_and_overwrites_keep_their_mode(tmp_path):
    """Fault 8: exported and saved files were created 0600, unreadable by colleagues."""
    from delegate_editor.storage.atomic import atomic_write

    old = os.umask(0o022)
    try:
        target = tmp_path / "A_C.3_80_L.23.docx"
        atomic_write(target, b"one")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o664)
        atomic_write(target, b"two")
        assert target.stat().st_mode & 0o777 == 0o664 and target.read_bytes() == b"two"
        os.umask(0o077)
        other = tmp_path / "private.dres"
        atomic_write(other, b"x")
        assert other.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_messages_are_sentences(qtbot, window, tmp_path):
    """Fault 12: messages started in lowercase or said "a ODT file"."""
    w = window
    bad = tmp_path / "returned.odt"
    bad.write_bytes(b"not a zip")
    assert not w.open_path(bad, ask_save=False)
    (_kind, _title, text) = w.asker.kinds("error")[-1]
    message = text.split(": ", 1)[-1] if text.startswith(str(bad)) else text
    assert message[:1].isupper(), text
    assert " a ODT" not in text and "{" not in text, text
    assert plain_text(w.ctl.draft.title)


def test_a_damaged_file_is_named_in_a_delegates_words(make_window, tmp_path):
    """Fault 12: messages showed the file format's keys ('front.symbol: expected a string')."""
    import json

    from delegate_editor.storage import dres

    data = json.loads(dres.dumps(dres.load(resource("examples", "cybercrime.dres"))))
    data["front"]["symbol"] = 14
    path = tmp_path / "hand-edited.dres"
    path.write_text(json.dumps(data), "utf-8")
    w = make_window(ScriptedAsker())
    assert not w.open_path(path)
    (error,) = w.asker.kinds("error")
    assert error[2].endswith("hand-edited.dres: The Symbol field should be text, not a number"), error
    assert "front." not in error[2]
