"""Edit ▸ Find and Replace over the whole draft (issue 22): the preamble and the operative
part, sub-paragraphs included. Each match is shown where it is, in its paragraph's editor,
with the paragraph named ("Operative paragraph 3 (a)"); Replace All is one step to undo.
Matches are searched in the text runs, so footnote marks and cross-references are never
altered by a replacement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from delegate_editor.model.text import RichText, Run, normalize, plain_text
from delegate_editor.ui.restructure import flatten

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

SEARCHED = ("preamble", "operative")


def _pattern(needle: str, match_case: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)


def replaced(text: RichText, pattern: re.Pattern[str], new: str) -> tuple[RichText, int]:
    """``text`` with every match inside a run replaced, and how many there were."""
    out, count = [], 0
    for item in text:
        if isinstance(item, Run):
            value, n = pattern.subn(lambda _m: new, item.text)
            count += n
            out.append(Run(value, item.italic))
        else:
            out.append(item)
    return normalize(out), count


class FindReplaceDialog(QDialog):
    """Non-modal: the user edits the draft while it stays open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Find and replace")
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName("Find")
        self.replace_box = QLineEdit()
        self.replace_box.setAccessibleName("Replace with")
        self.match_case = QCheckBox("Match &case")
        self.where = QLabel("Searches the preamble and the operative part.")
        self.where.setWordWrap(True)
        self.where.setAccessibleName("Where the match is")
        form = QFormLayout()
        find_label, replace_label = QLabel("&Find:"), QLabel("Replace &with:")
        find_label.setBuddy(self.find_box)
        replace_label.setBuddy(self.replace_box)
        form.addRow(find_label, self.find_box)
        form.addRow(replace_label, self.replace_box)
        form.addRow("", self.match_case)
        self.next_button = QPushButton("Find &next")
        self.next_button.setDefault(True)
        self.replace_button = QPushButton("&Replace")
        self.all_button = QPushButton("Replace &all")
        close = QPushButton("Close")
        buttons = QHBoxLayout()
        for b in (self.next_button, self.replace_button, self.all_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)

    # -- searching ------------------------------------------------------------------------------
    def _paragraphs(self) -> list[tuple[str, str]]:
        """(part, id) of every searched paragraph, in reading order."""
        ctl = self.window_.ctl
        return [(part, row.id) for part in SEARCHED for row in flatten(ctl.part_items(part))]

    def _start(self) -> int:
        page = self.window_.part_page()
        order = self._paragraphs()
        if page is not None and (page.part, page.current_id) in order:
            return order.index((page.part, page.current_id))
        return 0

    def find_next(self) -> bool:
        """Select the next match after the cursor, going on to the following paragraphs and
        round to the start; False (and a message) when there is none."""
        needle = self.find_box.text()
        if not needle:
            return False
        order = self._paragraphs()
        if not order:
            return False
        pattern = _pattern(needle, self.match_case.isChecked())
        start = self._start()
        for step in range(len(order) + 1):
            part, node_id = order[(start + step) % len(order)]
            node = self.window_.ctl.node(part, node_id)
            if not pattern.search(plain_text(node.text)):
                continue
            if self._select_in(part, node_id, needle, from_cursor=step == 0):
                return True
        self.where.setText(f"“{needle}” is not in the preamble or the operative part.")
        return False

    def _select_in(self, part: str, node_id: str, needle: str, from_cursor: bool) -> bool:
        w = self.window_
        page = w.pages[part]
        if w.current_page() != part:
            w.show_page(part)
        if page.current_id != node_id:
            page.select(node_id)
            from_cursor = False
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        doc = page.text.document()
        origin = page.text.textCursor() if from_cursor else QTextCursor(doc)
        if not from_cursor:
            origin.movePosition(QTextCursor.MoveOperation.Start)
        found = doc.find(needle, origin, flags)
        if found.isNull():
            return False
        page.text.setTextCursor(found)
        self.where.setText(page.where.text())
        return True

    # -- replacing ------------------------------------------------------------------------------
    def replace(self) -> None:
        """Replace the selected match, then find the next one."""
        page = self.window_.part_page()
        needle = self.find_box.text()
        if page is not None and needle:
            cursor = page.text.textCursor()
            chosen = cursor.selectedText()
            same = chosen == needle if self.match_case.isChecked() else chosen.lower() == needle.lower()
            if cursor.hasSelection() and same:
                cursor.insertText(self.replace_box.text())
        self.find_next()

    def replace_all(self) -> int:
        """Every match in the searched parts, as one step to undo."""
        needle = self.find_box.text()
        if not needle:
            return 0
        ctl = self.window_.ctl
        pattern = _pattern(needle, self.match_case.isChecked())
        changes = []
        for part, node_id in self._paragraphs():
            node = ctl.node(part, node_id)
            if isinstance(node.text, str):  # a section heading
                new_text, n = pattern.subn(lambda _m: self.replace_box.text(), node.text)
            else:
                new_text, n = replaced(node.text, pattern, self.replace_box.text())
            if n:
                changes.append((part, node_id, new_text, n))
        total = sum(c[3] for c in changes)
        if changes:
            ctl.stack.beginMacro(f"Replace all “{needle}”")
            try:
                for part, node_id, new_text, _n in changes:
                    ctl.edit_paragraph(part, node_id, "text", new_text, typing=False)
            finally:
                ctl.stack.endMacro()
        self.where.setText(f"Replaced {total} occurrence{'s' if total != 1 else ''} of “{needle}”.")
        return total


def show_find(window: MainWindow) -> FindReplaceDialog:
    """Edit ▸ Find and Replace (Ctrl+F): one dialog per window, brought forward."""
    dialog = getattr(window, "find_dialog", None)
    if dialog is None:
        dialog = FindReplaceDialog(window)
        window.find_dialog = dialog
    page = window.part_page()
    if page is not None and page.text.textCursor().hasSelection():
        dialog.find_box.setText(page.text.textCursor().selectedText())
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.find_box.setFocus()
    dialog.find_box.selectAll()
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    return dialog
