"""The document editor: the preamble and the operative part as one scrolling text (issue 23).

Every paragraph is a block (``blocks.py`` says which paragraph and kind); sub-paragraphs are
indented by degree, and the numbers and letters are drawn in a margin (``gutter.py``), never
typed. Typing changes the paragraph through the controller (the same typing commands the
paragraph pages push, merged while one types); the structure keys are the controller's
structural edits, each one undo step:

- Enter at the end of a paragraph starts a new one of its kind; in the middle it splits it;
- Backspace at the start joins the paragraph to the one before, when both are of one kind;
- Tab and Shift+Tab make a sub-paragraph and back, at any degree (in a table's row, Tab
  starts the next cell; Format ▸ Indent still indents it);
- Ctrl+Z and Ctrl+Shift+Z are the window's Undo and Redo: there is one history.

The document is rebuilt from the draft after a structural change, an undo or a change made
elsewhere (a page, the palette, a check's fix), keeping the cursor in its paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QTextEdit

from delegate_editor.model.document import SectionHeading
from delegate_editor.model.table import CELL
from delegate_editor.model.text import normalize, plain_text
from delegate_editor.ui import restructure, richtext
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.document import blocks, selection, structure
from delegate_editor.ui.document.gutter import Gutter
from delegate_editor.ui.document.part_actions import PartActions
from delegate_editor.ui.models import node_kind

PARTS = ("preamble", "operative")
INDENT = 28  # pixels a degree of sub-paragraph is indented


class DocumentEditor(PartActions, QTextEdit):
    rebuilt = Signal()  # every paragraph written anew: positions in the document changed

    def __init__(self, ctl: Controller, parent=None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.setUndoRedoEnabled(False)  # the draft's undo stack is the only history
        self.setAcceptRichText(False)
        self.setAccessibleName(self.tr("The draft: preamble and operative part"))
        self.setTabChangesFocus(False)
        self._loading = False
        self.gutter = Gutter(self)
        self.document().contentsChange.connect(self._on_typed)
        self._rebuild_soon = QTimer(self, singleShot=True, interval=0)
        self._rebuild_soon.timeout.connect(self.rebuild)
        self._stale = False  # changed while hidden: rebuilt when shown
        ctl.structureChanged.connect(lambda _part, select: self._external(select))
        ctl.paragraphChanged.connect(self._paragraph_changed)
        ctl.draftReplaced.connect(lambda: self._external(None))
        ctl.footnotesChanged.connect(lambda: self._external(None))
        ctl.fieldChanged.connect(lambda _path: self._external(None))
        self.rebuild()

    # -- the document from the draft -----------------------------------------------------
    def rebuild(self, select: str | None = None) -> None:
        """Every paragraph as a block; the cursor stays where it was, or goes to ``select``."""
        here = self.current()
        offset = self.textCursor().positionInBlock()
        self._loading = True
        try:
            self.document().clear()
            cursor = QTextCursor(self.document())
            marks, labels = self.ctl.note_marks(), self.ctl.labels()
            first = True
            for text, bold, italic in blocks.front_lines(self.ctl.draft):
                # the printed lines of the front matter, read-only, in grey: edited in their pages
                if not first:
                    cursor.insertBlock()
                first = False
                line = QTextBlockFormat()
                line.setBottomMargin(8)
                cursor.setBlockFormat(line)
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                fmt.setFontItalic(italic)
                fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                cursor.insertText(text, fmt)
            plain = richtext.plain_format(False)  # an empty paragraph is typed in roman
            for part in PARTS:
                stops = blocks.tab_stops(self.ctl.part_items(part), self.fontMetrics())  # tables' columns
                for row in restructure.flatten(self.ctl.part_items(part)):
                    if not first:
                        cursor.insertBlock(QTextBlockFormat(), plain)
                    first = False
                    cursor.setCharFormat(plain)
                    fmt = QTextBlockFormat()
                    fmt.setLeftMargin(row.depth * INDENT)
                    fmt.setBottomMargin(6)
                    blocks.row_look(fmt, row.node, stops, self.palette())
                    heading = isinstance(row.node, SectionHeading)
                    fmt.setAlignment(
                        Qt.AlignmentFlag.AlignCenter if heading else Qt.AlignmentFlag.AlignJustify
                    )
                    cursor.setBlockFormat(fmt)
                    place = blocks.Place(part, row.id, row.depth, node_kind(row.node))
                    cursor.block().setUserData(blocks.PlaceData(place))
                    start = cursor.position()
                    blocks.insert(cursor, blocks.shown_text(row.node), marks, labels)
                    if heading:  # a heading between operative paragraphs, set in bold
                        span = QTextCursor(self.document())
                        span.setPosition(start)
                        span.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
                        bold = QTextCharFormat()
                        bold.setFontWeight(QFont.Weight.Bold)
                        span.mergeCharFormat(bold)
        finally:
            self._loading = False
        target = select or (here.node_id if here else None)
        if target:
            self.go_to(target, offset if target == (here.node_id if here else None) else None)
        self.gutter.update()
        self.rebuilt.emit()

    def _external(self, select: str | None) -> None:
        if self._loading:
            return
        if not self.isVisible():  # typing in another page costs this editor nothing
            self._stale = True
            return
        self.rebuild(select)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self._stale = False
            self.rebuild()
        super().showEvent(event)

    def _paragraph_changed(self, part: str, node_id: str) -> None:
        """One paragraph changed elsewhere (a page, the palette, undo of typing): its block
        alone is written again."""
        if self._loading:
            return
        if not self.isVisible():
            self._stale = True
            return
        node = self.ctl.find(part, node_id)
        block = self.block_of(node_id)
        if node is None or block is None:
            self.rebuild()
            return
        keep = self.textCursor().position()
        self._loading = True
        try:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            blocks.insert(cursor, blocks.shown_text(node), self.ctl.note_marks(), self.ctl.labels())
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(keep, self.document().characterCount() - 1))
        self.setTextCursor(cursor)

    def block_of(self, node_id: str):
        """The block of a paragraph, or None when it is not shown here."""
        block = self.document().begin()
        while block.isValid():
            place = blocks.place_of(block)
            if place is not None and place.node_id == node_id:
                return block
            block = block.next()
        return None

    def go_to(self, node_id: str, offset: int | None = None) -> bool:
        """The cursor into a paragraph (at ``offset``, else its end); False when it is none here."""
        block = self.block_of(node_id)
        if block is None:
            return False
        cursor = QTextCursor(block)
        length = block.length() - 1
        cursor.setPosition(block.position() + (length if offset is None else min(offset, length)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def current(self) -> blocks.Place | None:
        return blocks.place_of(self.textCursor().block())

    # -- typing --------------------------------------------------------------------------
    def _on_typed(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        block = self.document().findBlock(position)
        place = blocks.place_of(block)
        end_block = self.document().findBlock(position + added)
        if place is None or end_block != block:  # a paste of several lines: read as paragraphs
            self._rebuild_soon.start()
            return
        node = self.ctl.find(place.part, place.node_id)
        if node is None:
            return
        shown = blocks.read(block)
        kind = place.kind
        if kind != "heading":
            # a paragraph that Tab or Shift+Tab has just moved keeps its block until the editor
            # redraws it: the block is read as what the paragraph is now (a sub-paragraph has
            # no opening phrase)
            kind = (
                ("preambular" if place.part == "preamble" else "operative")
                if hasattr(node, "opening")
                else "sub"
            )
        self._loading = True  # the controller's signals come back to us: nothing to redo
        try:
            if kind == "heading":
                text = plain_text(shown)
                self.ctl.edit_paragraph(place.part, place.node_id, "text", text)
                return
            opening, text = blocks.split_shown(shown, kind, self.ctl.draft.front.language)
            if kind in ("preambular", "operative") and opening != node.opening:
                self.ctl.edit_paragraph(place.part, place.node_id, "opening", opening, typing=False)
            if normalize(text) != node.text:
                self.ctl.edit_paragraph(place.part, place.node_id, "text", normalize(text))
        finally:
            self._loading = False
        if kind == "preambular" and self._operative_typed(place, shown):
            return
        if kind in ("preambular", "operative") and opening and text and not (shown and shown[0].italic):
            # the phrase recognised once typing has gone past it: set in italics
            QTimer.singleShot(0, lambda: self._paragraph_changed(place.part, place.node_id))

    def copy(self) -> None:
        """Paragraphs selected whole or in part go out as other programs want them (the
        clipboard takes the data: a Python override of createMimeDataFromSelection would
        hand Qt an object Python also frees)."""
        mime = selection.mime_for(self)
        if mime is None:
            super().copy()
            return
        QApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        if selection.spanned(self):
            QApplication.clipboard().setMimeData(selection.mime_for(self))
            selection.delete(self)
            return
        super().cut()

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt API)
        """Paragraphs pasted from another program land as the importer reads them
        (``paste_in.py``); a piece of one line is typed in as plain text."""
        from delegate_editor.ui.document.paste_in import paste_into

        if not paste_into(self, source):
            self.insertPlainText(source.text().replace("\n", " ") if source.hasText() else "")

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Paragraphs dragged within the editor move whole (``drag.py``); anything else is
        dropped as QTextEdit drops it, through :meth:`insertFromMimeData`."""
        from delegate_editor.ui.document import drag

        if not drag.drop(self, event):
            super().dropEvent(event)

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.ctl.stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.ctl.stack.redo()
            return
        if event.matches(QKeySequence.StandardKey.Cut) and selection.spanned(self):
            return self.cut()
        if event.matches(QKeySequence.StandardKey.Copy) and selection.spanned(self):
            return self.copy()
        if selection.spanned(self) and (
            event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            or (event.text() and event.text().isprintable())
        ):
            selection.delete(self)  # the paragraphs between go, the two ends meet: one step
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                return
        place = self.current()
        typed = event.text()
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        letter = typed.strip() and typed.isprintable() and not event.modifiers() & commands
        if place is None and letter and self._first_paragraph():
            place = self.current()  # an empty draft: typing starts its first preambular paragraph
        editing = event.key() in (
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if place is None and (letter or editing) and not selection.spanned(self):
            return  # the front matter's lines are read-only here: they are edited in their pages
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if place is not None and not mods:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._enter(place)
            if key == Qt.Key.Key_Backspace and self._at_start():
                self._join(place)  # with the paragraph before when of one kind; else nothing
                return
            if key == Qt.Key.Key_Tab and self.in_row():
                self.textCursor().insertText(CELL)  # in a table's row, Tab starts the next cell
                return
            if key == Qt.Key.Key_Tab:
                offset = self.textCursor().positionInBlock()
                self.ctl.indent(place.part, place.node_id)
                self.go_to(place.node_id, offset)
                return
        if (
            place is not None
            and mods == Qt.KeyboardModifier.AltModifier
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            offset = self.textCursor().positionInBlock()  # Alt+Up, Alt+Down: the paragraph moves
            self.ctl.move(place.part, place.node_id, -1 if key == Qt.Key.Key_Up else 1)
            self.go_to(place.node_id, offset)
            return
        if place is not None and key == Qt.Key.Key_Backtab:
            offset = self.textCursor().positionInBlock()
            self.ctl.outdent(place.part, place.node_id)
            self.go_to(place.node_id, offset)
            return
        super().keyPressEvent(event)

    def _first_paragraph(self) -> bool:
        if any(self.ctl.part_items(p) for p in PARTS):
            return False
        new = self.ctl.new_paragraph("preamble", None)
        return bool(new) and self.go_to(new, 0)

    def _at_start(self) -> bool:
        cursor = self.textCursor()
        return not cursor.hasSelection() and cursor.positionInBlock() == 0

    def _enter(self, place: blocks.Place) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        at = cursor.positionInBlock()
        if place.kind == "heading" or at >= block.length() - 1:
            new = self.ctl.new_paragraph(place.part, place.node_id, sub=place.kind == "sub")
            if new:
                self.go_to(new, 0)
            return
        shown_head = blocks.read(block, 0, at)
        shown_tail = blocks.read(block, at)
        language = self.ctl.draft.front.language
        opening, head = blocks.split_shown(shown_head, place.kind, language)
        new_opening, tail = blocks.split_shown(shown_tail, place.kind, language)
        node_id = place.node_id

        def edit(items: list) -> str | None:
            node = restructure.find(items, node_id)
            if node is not None and hasattr(node, "opening"):
                node.opening = opening
            return structure.split(items, node_id, head, tail, new_opening)

        if self.ctl.edit_part(place.part, self.tr("Split paragraph"), edit, node_id):
            self.go_to(self._next_id(place), 0)

    def _next_id(self, place: blocks.Place) -> str:
        rows = restructure.flatten(self.ctl.part_items(place.part))
        ids = [r.id for r in rows]
        at = ids.index(place.node_id)
        return ids[at + 1] if at + 1 < len(ids) else place.node_id

    def _join(self, place: blocks.Place) -> bool:
        before = structure.previous_of_kind(self.ctl.part_items(place.part), place.node_id)
        if before is None:
            return False
        offset = self.textCursor().block().previous().length() - 1  # where the two texts meet
        node_id = place.node_id
        done = self.ctl.edit_part(
            place.part, self.tr("Join paragraphs"), lambda items: structure.join(items, node_id), node_id
        )
        if done:
            self.go_to(before.id, offset)
        return done
