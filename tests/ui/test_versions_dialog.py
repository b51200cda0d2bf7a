"""Review ▸ Versions… (issue 17 item 2) through keys and buttons: each change of the
draft's history is one undo step, and the list follows undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from versions_helpers import based_window, copied_resolution, press, type_at_end

from delegate_editor.model.document import DocumentKind
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, make_window, tmp_path, corpus_dir):
    return based_window(qtbot, make_window, tmp_path, corpus_dir)


def open_versions(qtbot, w):
    press(qtbot, w.operative_page.view, "Ctrl+Alt+V")
    dialog = w.versions_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def names(dialog) -> list[str]:
    return [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]


def test_save_versions_with_the_names_delegates_use_each_one_undo_step(qtbot, window):
    w = window
    dialog = open_versions(qtbot, w)
    assert names(dialog) == [] and "Base text:" in dialog.base_label.text()
    w.asker.answers["Save version"] = ["zero draft", "  as tabled  (L.12) "]
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    first = w.ctl.draft.operative_paragraphs()[0]
    type_at_end(qtbot, w, "operative", first.id, " and welcomes its anniversary")
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    assert names(dialog) == ["zero draft", "as tabled (L.12)"]
    kept = [plain_text(v.draft.operative_paragraphs()[0].text) for v in w.ctl.draft.versions]
    assert not kept[0].endswith("anniversary") and kept[1].endswith("and welcomes its anniversary")
    assert dialog.list.topLevelItem(0).text(2) == "1"  # the sponsors of that stage
    # Ctrl+Z takes back the last version, then the typing; Ctrl+Shift+Z brings it back
    assert w.ctl.stack.undoText() == "Save version “as tabled (L.12)”"
    press(qtbot, w.operative_page.text, "Ctrl+Z")
    assert names(dialog) == ["zero draft"]
    press(qtbot, w.operative_page.text, "Ctrl+Shift+Z")
    assert names(dialog) == ["zero draft", "as tabled (L.12)"]
    # an empty name is refused with one message and nothing kept
    w.asker.answers["Save version"] = ["   "]
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    assert [e[1] for e in w.asker.kinds("error")] == ["Version not saved"]
    assert len(w.ctl.draft.versions) == 2


def test_rename_and_delete_are_undoable(qtbot, window):
    w = window
    dialog = open_versions(qtbot, w)
    w.asker.answers["Save version"] = ["zero draft"]
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    w.asker.answers["Rename version"] = ["Rev.1"]
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Rev.1"]
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    assert names(dialog) == [] and not dialog.buttons["delete"].isEnabled()
    w.ctl.stack.undo()
    assert names(dialog) == ["Rev.1"]
    w.ctl.stack.undo()
    assert names(dialog) == ["zero draft"]


def test_revise_keeps_the_issued_text_as_base_and_prints_rev_1(qtbot, window):
    w = window
    w.ctl.edit_field("front.symbol", "A/C.1/80/L.12", "symbol", typing=False)
    dialog = open_versions(qtbot, w)
    assert dialog.buttons["revise"].text().replace("&", "") == "Revise (Rev.1)"
    first = w.ctl.draft.operative_paragraphs()[0]
    qtbot.mouseClick(dialog.buttons["revise"], Qt.MouseButton.LeftButton)
    draft = w.ctl.draft
    assert draft.kind is DocumentKind.REVISED and draft.front.symbol == "A/C.1/80/L.12/Rev.1"
    assert names(dialog) == ["as issued (A/C.1/80/L.12)"]
    assert plain_text(draft.base.operative_paragraphs()[0].text) == plain_text(first.text)
    assert draft.base.front.symbol == "A/C.1/80/L.12"  # the text as issued
    assert dialog.buttons["revise"].text().replace("&", "") == "Revise (Rev.2)"
    w.ctl.stack.undo()  # one step: the symbol, the kind, the version and the base together
    assert draft.kind is DocumentKind.DRAFT and draft.front.symbol == "A/C.1/80/L.12"
    assert names(dialog) == [] and draft.base is not None


def test_set_base_text_reads_any_file_and_is_one_undo_step(qtbot, window, tmp_path, corpus_dir):
    w = window
    old_base = w.ctl.draft.base
    other = copied_resolution(tmp_path, corpus_dir, "A_RES_80_2")
    dialog = open_versions(qtbot, w)
    w.asker.answers["open"] = [str(other)]
    qtbot.mouseClick(dialog.buttons["base"], Qt.MouseButton.LeftButton)
    assert w.ctl.draft.base is not old_base and w.ctl.draft.base.adoption.number == "80/2"
    assert "operative paragraphs" in dialog.base_label.text()
    w.ctl.stack.undo()
    assert w.ctl.draft.base is old_base
    # kept through a save: the .dres holds the base and the versions
    w.asker.answers["Save version"] = ["zero draft"]
    qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
    target = tmp_path / "draft.dres"
    w.asker.answers["save"] = [str(target)]
    w.save()
    again = dres.load(target)
    assert [v.name for v in again.versions] == ["zero draft"] and again.base is not None


@pytest.mark.parametrize(
    ("code", "save", "rename", "refused", "no_symbol"),
    [
        (
            "fr",
            "Enregistrer la version",
            "Renommer la version",
            "Une version doit avoir un nom",
            "pas encore de cote",
        ),
        (
            "es",
            "Guardar la versión",
            "Cambiar el nombre de la versión",
            "Una versión necesita un nombre",
            "aún sin signatura",
        ),
    ],
)
def test_the_versions_refusals_and_revision_in_the_interface_language(
    qtbot, qapp, window, code, save, rename, refused, no_symbol
):
    """Issue 20: an empty name is refused in the interface language (the refusal is our own
    message, not English from ``str(exc)``), and a revision without a symbol says so in it."""
    from delegate_editor.ui import i18n

    w = window
    i18n.install(qapp, code)
    try:
        dialog = open_versions(qtbot, w)
        w.asker.answers[save] = ["   ", "zero draft"]
        qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons["save"], Qt.MouseButton.LeftButton)
        w.asker.answers[rename] = ["  "]
        qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
        assert [e[2] for e in w.asker.kinds("error")] == [refused, refused]
        assert names(dialog) == ["zero draft"]
        w.ctl.edit_field("front.symbol", "", "symbol", typing=False)
        qtbot.mouseClick(dialog.buttons["revise"], Qt.MouseButton.LeftButton)
        assert f"1 ({no_symbol})" in w.statusBar().currentMessage()
    finally:
        i18n.uninstall(qapp)
