"""The Operative part page: the paragraph page (``editors.PartPage``) and a table's rows.

A table under an operative paragraph (the budget's appropriations, A/C.5/80/L.6) is a run of
sub-paragraphs that are rows (``SubParagraph.row``), their cells parted by a tab. In a row's
text Tab types that tab, where in any other paragraph it indents (Format ▸ Indent, Ctrl+],
still indents a row); the hint line above the text says so. Format ▸ Sub-paragraph: table
row (``ui/table_rows.py``) makes the current sub-paragraph a row, one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from delegate_editor.model.document import RowKind, SubParagraph
from delegate_editor.model.table import CELL
from delegate_editor.ui import table_rows
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.editors import PartPage


class OperativePage(PartPage):
    """The operative part's list and side editor, with Tab parting a row's cells."""

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(ctl, "operative", parent)
        self.text.indentRequested.disconnect(self.indent)
        self.text.indentRequested.connect(self.tab_in_text)

    def row(self) -> RowKind:
        """The current paragraph's kind of row (NONE when it is no table's row)."""
        node = self.node()
        return node.row if isinstance(node, SubParagraph) else RowKind.NONE

    def _load(self, node_id: str) -> None:
        super()._load(node_id)
        tip = self.tr("Tab starts the next cell; Ctrl+] indents the row") if self.row() else ""
        self.text.setToolTip(tip)

    def _where(self, node) -> str:
        if isinstance(node, SubParagraph) and node.row:
            return table_rows.where(node.row, self.ctl.labels().get(node.id, ""))
        return super()._where(node)

    def tab_in_text(self) -> None:
        """Tab in the text: in a table's row the cell before the cursor ends and the next
        one starts; in any other paragraph, the paragraph is indented."""
        if not self.row():
            self.indent()
            return
        cursor = self.text.textCursor()
        cursor.insertText(CELL)
        self.text.setTextCursor(cursor)

    def set_row(self, kind: RowKind) -> bool:
        """The current sub-paragraph made a table's row, its heading row, or a lettered
        item again; False when the current paragraph is no sub-paragraph."""
        node = self.node()
        if not isinstance(node, SubParagraph):
            return False
        self.ctl.set_row(self.part, node.id, kind, table_rows.row_name(kind))
        return True
