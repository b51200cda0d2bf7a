"""The main window's own actions, by name: their text, shortcut and status tip in one place.

``build_actions`` returns the table the window keeps as ``actions_by_name``; the menus
(:mod:`delegate_editor.ui.menus`), the toolbar and the tests find every action there by its
key. More actions are added by :mod:`delegate_editor.ui.extra_actions` with the same keys
convention. An action's slot is a method of the window, so the behaviour stays with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from delegate_editor.model.document import AnnexStyle
from delegate_editor.ui.annex_page import style_name
from delegate_editor.ui.files import EXPORTS
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.pages import PAGES, page_name

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def make_action(window: MainWindow, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    """One action of the window: ``slot`` is called with no argument when it is triggered."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Every action of the File, Edit, Insert, Format, View and Help menus, by key."""
    K = QKeySequence.StandardKey  # noqa: N806
    w = window

    def act(text: str, slot, shortcut=None, tip: str = "") -> QAction:
        return make_action(w, text, slot, shortcut, tip)

    a: dict[str, QAction] = {}
    a["new"] = act(
        translate("WindowActions", "&New…"),
        w.new_draft,
        K.New,
        translate("WindowActions", "Start a new draft from a template"),
    )
    a["open"] = act(
        translate("WindowActions", "&Open…"),
        w.open_dialog,
        K.Open,
        translate("WindowActions", "Open a draft or import a document"),
    )
    a["save"] = act(translate("WindowActions", "&Save"), w.save, K.Save)
    a["save_as"] = act(translate("WindowActions", "Save &As…"), w.save_as, K.SaveAs)
    for suffix, name in EXPORTS.items():
        a[f"export{suffix}"] = act(
            translate("FileOps", name).split(" (")[0] + "…", lambda s=suffix: w.export(s)
        )
    a["close"] = act(translate("WindowActions", "&Quit"), w.close, K.Quit)
    a["undo"] = w.ctl.stack.createUndoAction(w, translate("WindowActions", "&Undo"))
    a["undo"].setShortcut(QKeySequence(K.Undo))
    a["redo"] = w.ctl.stack.createRedoAction(w, translate("WindowActions", "&Redo"))
    a["redo"].setShortcut(QKeySequence(K.Redo))
    a["add"] = act(
        translate("WindowActions", "&Paragraph"),
        lambda: w.part_action("add_after"),
        "Ctrl+Return",
    )
    a["heading"] = act(translate("WindowActions", "Section &heading"), lambda: w.part_action("add_heading"))
    a["annex"] = act(
        translate("WindowActions", "&Annex"),
        w.add_annex,
        "Ctrl+Alt+A",
        translate("WindowActions", "A new annex after the current one"),
    )
    keys = (
        (AnnexStyle.BODY, "B"),
        (AnnexStyle.HEADING, "H"),
        (AnnexStyle.NUMBERED, "N"),
        (AnnexStyle.LETTERED, "L"),
        (AnnexStyle.ROW, ""),  # a table's rows: from the menu and the style box
        (AnnexStyle.HEADER, ""),
    )
    for style, key in keys:
        a[f"annex_{style.value}"] = act(
            translate("WindowActions", "Annex paragraph: {0}").format(style_name(style).lower()),
            lambda s=style: w.set_annex_style(s),
            f"Ctrl+Alt+{key}" if key else None,
        )
    a["footnote"] = act(translate("WindowActions", "&Footnote…"), w.insert_footnote, "Ctrl+Alt+F")
    a["goto_note"] = act(
        translate("WindowActions", "&Go to footnote or reference"),
        w.toggle_note_reference,
        "Ctrl+Alt+G",
        translate("WindowActions", "From a footnote mark in the text to its footnote, and back"),
    )
    a["print"] = act(
        translate("WindowActions", "&Print…"),
        w.print_dialog,
        K.Print,
        translate("WindowActions", "Print the typeset pages"),
    )
    a["print_preview"] = act(
        translate("WindowActions", "Print Pre&view…"),
        w.print_preview,
        "Ctrl+Shift+P",
    )
    a["export_pdf"] = act(
        translate("WindowActions", "Export P&DF (A4 or Letter)…"),
        w.export_pdf_dialog,
        "Ctrl+Shift+E",
        translate("WindowActions", "The pages as a PDF"),
    )
    a["duplicate"] = act(
        translate("WindowActions", "D&uplicate paragraph"),
        lambda: w.part_action("duplicate"),
        "Ctrl+D",
    )
    a["delete"] = act(
        translate("WindowActions", "&Delete paragraph"),
        lambda: w.part_action("delete"),
        "Ctrl+Shift+Backspace",
    )
    a["up"] = act(
        translate("WindowActions", "Move paragraph &up"),
        lambda: w.part_action("move", -1),
        "Alt+Up",
    )
    a["down"] = act(
        translate("WindowActions", "Move paragraph do&wn"),
        lambda: w.part_action("move", 1),
        "Alt+Down",
    )
    a["indent"] = act(
        translate("WindowActions", "&Indent (make sub-paragraph)"),
        lambda: w.part_action("indent"),
        "Ctrl+]",
    )
    a["outdent"] = act(
        translate("WindowActions", "&Outdent"),
        lambda: w.part_action("outdent"),
        "Ctrl+[",
    )
    a["italic"] = act(translate("WindowActions", "&Italic"), w.toggle_italic, K.Italic)
    a["about"] = act(translate("WindowActions", "&About Delegate Editor"), w.about)
    for key in PAGES:
        a[f"page_{key}"] = act(page_name(key), lambda k=key: w.show_page(k))
    for i, key in enumerate(PAGES, start=1):
        a[f"page_{key}"].setShortcut(QKeySequence(f"Alt+{i}"))
    return a
