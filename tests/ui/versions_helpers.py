"""Shared steps of the versions tests: a real adopted resolution as a delegate copies it
from the UN PDF, and a window with a draft made from it through the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.app.corpus import without_record

RESOLUTION = "A_RES_80_15"  # the Treaty of Tlatelolco: preamble, 9 operative paragraphs, footnotes


def copied_resolution(folder: Path, corpus_dir: Path, name: str = RESOLUTION) -> Path:
    """``ga-80/<name>.md`` saved as the .txt a delegate copies from the PDF."""
    text = without_record((corpus_dir / "ga-80" / f"{name}.md").read_text("utf-8"))
    path = folder / f"{name}.txt"
    path.write_text(text, "utf-8")
    return path


def new_from_earlier(window, path: Path) -> None:
    """File ▸ New from Earlier Resolution…, choosing ``path``."""
    window.asker.answers["open"] = [str(path)]
    trigger(window.file_menu, "New from Earlier Resolution")


def press(qtbot, widget, sequence: str) -> None:
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def based_window(qtbot, make_window, tmp_path, corpus_dir, **answers):
    """An active window holding a new draft based on the copied resolution."""
    from delegate_editor.storage.settings import Settings

    asker = ScriptedAsker(**{"Unsaved changes": "Discard", **answers})
    window = make_window(asker, Settings(delegation="Mexico"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    new_from_earlier(window, copied_resolution(tmp_path, corpus_dir))
    assert window.ctl.draft.base is not None
    return window


def type_at_end(qtbot, window, part: str, node_id: str, text: str) -> None:
    """Select a paragraph in its part's page and type at the end of its text."""
    page = window.pages[part]
    window.show_page(part)
    page.select(node_id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, text)
