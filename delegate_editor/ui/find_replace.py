"""Edit ▸ Find and Replace over the whole draft (issue 22): every rich-text field, in the
order the exports print them (``model/walk.py``'s ``rich_fields``): the recommendation line
and the title, the preamble, the operative part with its section headings and
sub-paragraphs, the annexes (titles and paragraphs) and the footnotes. Each match is shown
where it is, selected in its editor, and named with its part and paragraph ("Sub-paragraph
3 (a) (operative part)", ui/where.py); Replace All is one step to undo. Matches are searched
in the text runs, so footnote marks and cross-references are never altered by a replacement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    QTextEdit,
    QVBoxLayout,
)

from delegate_editor.model import walk
from delegate_editor.model.document import Draft, SectionHeading
from delegate_editor.model.text import RichText, Run, normalize, plain_text
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.where import PART_NAMES, describe

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


@dataclass(frozen=True)
class Place:
    """One searched field: its part, its node's id ("title" for a header field) and the
    attribute holding its text."""

    part: str
    id: str
    attr: str


def places(draft: Draft) -> list[Place]:
    """Every searched field in printed order: ``rich_fields`` with the operative part's
    section headings (plain text, which the walk leaves out) where they stand."""
    before: dict[str, list[str]] = {}  # operative paragraph id → the headings just above it
    waiting: list[str] = []
    for item in draft.operative:
        if isinstance(item, SectionHeading):
            waiting.append(item.id)
        else:
            before[item.id], waiting = waiting, []
    out: list[Place] = []
    for f in walk.rich_fields(draft):
        if f.part == "operative" and f.depth == 0:
            out.extend(Place("operative", h, "text") for h in before.get(f.id, ()))
        elif f.part in ("annexes", "footnotes") and waiting:  # headings after the last paragraph
            out.extend(Place("operative", h, "text") for h in waiting)
            waiting = []
        out.append(Place(f.part, f.id, f.attr))
    out.extend(Place("operative", h, "text") for h in waiting)
    return out


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
        self.setWindowTitle(self.tr("Find and replace"))
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName(self.tr("Find"))
        self.replace_box = QLineEdit()
        self.replace_box.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.last: Place | None = None  # the field of the last match
        self.where = QLabel(self.tr("Searches the whole draft: title, paragraphs, annexes and footnotes."))
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Where the match is"))
        form = QFormLayout()
        find_label, replace_label = QLabel(self.tr("&Find:")), QLabel(self.tr("Replace &with:"))
        find_label.setBuddy(self.find_box)
        replace_label.setBuddy(self.replace_box)
        form.addRow(find_label, self.find_box)
        form.addRow(replace_label, self.replace_box)
        form.addRow("", self.match_case)
        self.next_button = QPushButton(self.tr("Find &next"))
        self.next_button.setDefault(True)
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.all_button = QPushButton(self.tr("Replace &all"))
        close = QPushButton(self.tr("Close"))
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
    def _text(self, place: Place):
        """The field's value: rich text, or a section heading's plain string."""
        w = self.window_
        if place.part == "header":
            return w.ctl.get_field(place.attr)
        if place.part == "footnotes":
            return w.ctl.draft.footnotes[place.id].text
        return getattr(w.ctl.node(place.part, place.id), place.attr)

    def _shown(self, place: Place) -> QTextEdit:
        """Show the field in its editor and return the editor."""
        w = self.window_
        if place.part == "header":
            w.show_page("front")
            return w.front_page.fields[place.attr]
        if place.part == "footnotes":
            w.show_page("footnotes")
            w.footnotes_page.refresh()
            w.footnotes_page.select(place.id)
            return w.footnotes_page.editor
        w.show_page(place.part)
        page = w.pages[place.part]
        if page.current_id != place.id:
            page.select(place.id)
        return page.text

    def _current(self, order: list[Place]) -> tuple[int, bool]:
        """Where the search starts, and whether from the cursor there: the paragraph being
        edited when the user moved to another one since the last match, else the field of
        the last match, else the start of the draft."""
        page = self.window_.part_page()
        if page is not None and page.current_id:
            for i, place in enumerate(order):
                if (place.part, place.id) == (page.part, page.current_id) and (
                    self.last is None or (self.last.part, self.last.id) != (place.part, place.id)
                ):
                    return i, True
        if self.last in order:
            return order.index(self.last), True
        return 0, False

    def find_next(self) -> bool:
        """Select the next match after the cursor, going on to the following fields and
        round to the start; False (and a message) when there is none."""
        needle = self.find_box.text()
        if not needle:
            return False
        order = places(self.window_.ctl.draft)
        if not order:
            return False
        pattern = _pattern(needle, self.match_case.isChecked())
        start, from_cursor = self._current(order)
        for step in range(len(order) + 1):
            place = order[(start + step) % len(order)]
            value = self._text(place)
            if not pattern.search(value if isinstance(value, str) else plain_text(value)):
                continue
            if self._select_in(place, needle, from_cursor=from_cursor and step == 0):
                return True
        self.where.setText(self.tr("“{needle}” is nowhere in the draft.").format(needle=needle))
        return False

    def _select_in(self, place: Place, needle: str, from_cursor: bool) -> bool:
        editor = self._shown(place)
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        doc = editor.document()
        origin = editor.textCursor() if from_cursor else QTextCursor(doc)
        found = doc.find(needle, origin, flags)
        if found.isNull():
            return False
        editor.setTextCursor(found)
        self.last = place
        self.where.setText(
            f"{describe(self.window_.ctl, place.id)} ({translate('Where', PART_NAMES[place.part]).lower()})"
        )
        return True

    # -- replacing ------------------------------------------------------------------------------
    def replace(self) -> None:
        """Replace the selected match, then find the next one."""
        needle = self.find_box.text()
        if self.last is not None and needle:
            editor = self._shown(self.last)
            cursor = editor.textCursor()
            chosen = cursor.selectedText()
            same = chosen == needle if self.match_case.isChecked() else chosen.lower() == needle.lower()
            if cursor.hasSelection() and same:
                cursor.insertText(self.replace_box.text())
        self.find_next()

    def replace_all(self) -> int:
        """Every match in the whole draft, as one step to undo."""
        needle = self.find_box.text()
        if not needle:
            return 0
        ctl = self.window_.ctl
        pattern = _pattern(needle, self.match_case.isChecked())
        new = self.replace_box.text()
        changes = []
        for place in places(ctl.draft):
            value = self._text(place)
            if isinstance(value, str):  # a section heading
                changed, n = pattern.subn(lambda _m: new, value)
            else:
                changed, n = replaced(value, pattern, new)
            if n:
                changes.append((place, changed, n))
        total = sum(c[2] for c in changes)
        if changes:
            ctl.stack.beginMacro(self.tr("Replace all “{needle}”").format(needle=needle))
            try:
                for place, changed, _n in changes:
                    if place.part == "header":
                        ctl.edit_field(place.attr, changed, place.attr, typing=False)
                    elif place.part == "footnotes":
                        ctl.edit_footnote(place.id, changed)
                    else:
                        ctl.edit_paragraph(place.part, place.id, place.attr, changed, typing=False)
            finally:
                ctl.stack.endMacro()
        self.where.setText(
            (
                self.tr("Replaced 1 occurrence of “{needle}”.")
                if total == 1
                else self.tr("Replaced {total} occurrences of “{needle}”.")
            ).format(total=total, needle=needle)
        )
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
