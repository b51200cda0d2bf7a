"""A table under an operative paragraph, from the Format menu: a sub-paragraph made a table's
row, its heading row, or a lettered item again (``SubParagraph.row``, ``model/table.py``).

The budget's appropriations follow "1. Appropriations totalling ... are hereby approved for
the following purposes:" as a table of sections and amounts (A/C.5/80/L.6); each row is a
sub-paragraph of that paragraph whose cells a tab parts, which takes no letter. The actions
work in the structured Operative part page and in the Document page alike (each has a
``set_row``); each change is one undo step (``Controller.set_row``). In a row, Tab types the
cell break (``ui/operative_page.py``, ``ui/document/editor.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegate_editor.model.document import RowKind
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.window_actions import make_action

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

CONTEXT = "TableRows"
ROW_NAMES = {
    RowKind.NONE: QT_TRANSLATE_NOOP("TableRows", "Sub-paragraph: lettered item"),
    RowKind.ROW: QT_TRANSLATE_NOOP("TableRows", "Sub-paragraph: table row"),
    RowKind.HEADER: QT_TRANSLATE_NOOP("TableRows", "Sub-paragraph: table heading row"),
}
TIPS = {
    RowKind.NONE: QT_TRANSLATE_NOOP("TableRows", "The table's row becomes a lettered sub-paragraph again"),
    RowKind.ROW: QT_TRANSLATE_NOOP(
        "TableRows", "A row of a table under its paragraph: no letter, Tab starts the next cell"
    ),
    RowKind.HEADER: QT_TRANSLATE_NOOP(
        "TableRows", "The table's column heads, repeated at the top of each page it runs onto"
    ),
}


def row_name(kind: RowKind) -> str:
    """The action's name, and the undo step's, in the interface language."""
    return translate(CONTEXT, ROW_NAMES[kind])


def install(window: MainWindow) -> None:
    """The three actions in the Format menu, after the annex paragraph styles."""
    menu = getattr(window, "format_menu", None)
    if menu is not None:
        menu.addSeparator()
    for kind in (RowKind.ROW, RowKind.HEADER, RowKind.NONE):
        action = make_action(
            window, row_name(kind), lambda k=kind: set_sub_row(window, k), tip=translate(CONTEXT, TIPS[kind])
        )
        window.actions_by_name[f"sub_row_{kind.value or 'none'}"] = action
        if menu is not None:
            menu.addAction(action)


def set_sub_row(window: MainWindow, kind: RowKind) -> bool:
    """The current sub-paragraph of the Operative part or Document page made ``kind``; a
    word in the status bar when there is none (a paragraph, the preamble, an annex)."""
    page = window.stack.currentWidget()
    setter = getattr(page, "set_row", None) if page in (window.operative_page, window.document_page) else None
    if setter is not None and setter(kind):
        return True
    window.statusBar().showMessage(
        translate("TableRows", "Choose a sub-paragraph of an operative paragraph to make it a table's row."),
        4000,
    )
    return False


def where(kind: RowKind, label: str) -> str:
    """The hint line of a row: which table it is in, and what Tab does there."""
    text = (
        translate("TableRows", "Table heading row under paragraph {label}")
        if kind is RowKind.HEADER
        else translate("TableRows", "Table row under paragraph {label}")
    )
    return text.format(label=label) + translate("TableRows", " (Tab starts the next cell)")
