"""Review ▸ Export with Tracked Changes… and the printable comparison (issue 17 item 4),
through the menus, with the author from Preferences; and the whole path a delegate takes:
a new draft from A/RES/80/15, edited in the window, exported with tracked changes from the
menu, opened in LibreOffice, where Accept All gives the current text and Reject All the
resolution."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger
from versions_helpers import based_window, press, type_at_end

from delegate_editor.app.changes import author_of
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import draft_layout
from delegate_editor.ui.change_files import texts
from tests.office import require

pytestmark = pytest.mark.gui

UNO_SCRIPT = Path(__file__).resolve().parent.parent / "uno_changes.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # LibreOffice's UNO bridge is the system Python's


@pytest.fixture
def window(qtbot, make_window, tmp_path, corpus_dir):
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    first = w.ctl.draft.operative_paragraphs()[0]
    type_at_end(qtbot, w, "operative", first.id, " and welcomes its anniversary")
    return w


def document_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def inserted_text(path) -> str:
    """The text of a DOCX's tracked insertions (``w:ins``)."""
    from lxml import etree

    root = etree.fromstring(document_xml(path).encode("utf-8"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    return "".join(root.xpath("//w:ins//w:t/text()", namespaces=ns))


def test_the_author_of_tracked_changes_is_a_preference(qtbot, window, tmp_path):
    w = window
    assert author_of(None, w.settings) == "Mexico"  # the delegation by default
    press(qtbot, w.operative_page.text, "Ctrl+,")
    dialog = w.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.author.placeholderText() == "Mexico"
    dialog.author.setFocus()
    qtbot.keyClicks(dialog.author, "Permanent Mission of Mexico")
    qtbot.keyClick(dialog.author, Qt.Key.Key_Return)
    assert w.settings.changes_author == "Permanent Mission of Mexico"
    from delegate_editor.storage import settings as settings_store

    assert settings_store.load().changes_author == "Permanent Mission of Mexico"
    target = tmp_path / "tracked.docx"
    w.asker.answers["save"] = [str(target)]
    trigger(w.review_menu, "Export with Tracked Changes")
    xml = document_xml(target)
    assert 'w:author="Permanent Mission of Mexico"' in xml
    assert "<w:ins " in xml and "anniversary" in xml
    assert w.asker.kinds("error") == []


def test_odt_pdf_and_a_version_to_compare_with(qtbot, window, tmp_path):
    w = window
    from delegate_editor.ui.version_commands import save_version

    save_version(w.ctl, "as tabled (L.12)")
    type_at_end(qtbot, w, "operative", w.ctl.draft.operative_paragraphs()[1].id, " forthwith")
    # two texts to compare with now: the delegate is asked which
    since = tmp_path / "since-tabled"  # no extension typed: the first filter's is added
    w.asker.answers["save"] = [str(since)]
    tabled = next(t.label for t in texts(w) if t.label.startswith("as tabled (L.12) ("))
    w.asker.answers["Export with tracked changes"] = [tabled]
    trigger(w.review_menu, "Export with Tracked Changes")
    inserted = inserted_text(tmp_path / "since-tabled.docx")
    assert "forthwith" in inserted and "anniversary" not in inserted  # only what came after
    odt = tmp_path / "tracked.odt"
    w.asker.answers["save"] = [str(odt)]
    w.asker.answers["Export with tracked changes"] = ["Base text"]
    trigger(w.review_menu, "Export with Tracked Changes")
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode("utf-8")
    assert "<text:tracked-changes" in content and "anniversary" in content
    require("pdftotext")
    pdf = tmp_path / "comparison.pdf"
    w.asker.answers["save"] = [str(pdf)]
    w.asker.answers["Printable comparison"] = ["Base text"]
    trigger(w.review_menu, "Export Printable Comparison")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "anniversary" in text and "forthwith" in text
    assert w.asker.kinds("error") == []


def test_a_draft_without_base_or_version_is_told_so_once(qtbot, make_window):
    w = make_window()
    trigger(w.review_menu, "Export with Tracked Changes")
    errors = w.asker.kinds("error")
    assert [e[1] for e in errors] == ["Nothing to compare with"]
    assert [s for s in w.asker.shown if s[0] == "save"] == []


def test_a_failed_write_is_one_message_and_no_file(qtbot, window, tmp_path):
    w = window
    target = tmp_path / "missing-folder" / "tracked.docx"
    w.asker.answers["save"] = [str(target)]
    trigger(w.review_menu, "Export with Tracked Changes")
    errors = w.asker.kinds("error")
    assert [e[1] for e in errors] == ["Not exported"] and "tracked.docx" in errors[0][2]
    assert not target.exists()


def _require_uno() -> None:
    require("soffice")
    ok = shutil.which(SYSTEM_PYTHON) and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0
    )
    if not ok:
        pytest.skip("missing LibreOffice's Python bridge (python3-uno)")


def test_new_from_a_resolution_edited_and_exported_from_the_menu_accepts_to_the_current_text(
    qtbot, make_window, tmp_path, corpus_dir
):
    _require_uno()
    w = based_window(qtbot, make_window, tmp_path, corpus_dir)
    w.settings.changes_author = "Mexico"
    ops = w.ctl.draft.operative_paragraphs()
    # words added, a paragraph added (Ctrl+Return, typed), one moved up, one deleted
    type_at_end(qtbot, w, "operative", ops[0].id, " and welcomes its anniversary")
    page = w.operative_page
    page.select(ops[1].id)
    page.view.setFocus()
    press(qtbot, page.view, "Ctrl+Return")
    page.text.setFocus()
    qtbot.keyClicks(page.text, "the Secretary-General to report thereon at its eighty-first session;")
    page.select(ops[-1].id)
    page.view.setFocus()
    press(qtbot, page.view, "Alt+Up")
    page.select(ops[2].id)
    page.view.setFocus()
    press(qtbot, page.view, "Ctrl+Shift+Backspace")
    draft = w.ctl.draft
    assert len(draft.operative_paragraphs()) == len(ops)  # one added, one deleted
    tracked = tmp_path / "tracked.docx"
    w.asker.answers["save"] = [str(tracked)]
    trigger(w.review_menu, "Export with Tracked Changes")
    current = tmp_path / "current.docx"
    w.asker.answers["save"] = [str(current)]
    trigger(w.export_menu, "Word document")
    base = tmp_path / "base.docx"
    base.write_bytes(write_docx(draft.base, draft_layout(draft)))
    result = subprocess.run(
        [SYSTEM_PYTHON, str(UNO_SCRIPT), str(tracked), str(current), str(base)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    office = json.loads(result.stdout)
    seen = office[str(tracked)]
    assert seen["accept"]["changes"] >= 5
    assert seen["accept"]["paragraphs"] == office[str(current)]["accept"]["paragraphs"]
    assert seen["reject"]["paragraphs"] == office[str(base)]["reject"]["paragraphs"]
    assert seen["accept"]["notes"] == office[str(current)]["accept"]["notes"]
    assert any("eighty-first session" in p for p in seen["accept"]["paragraphs"])
    assert 'w:author="Mexico"' in document_xml(tracked)
