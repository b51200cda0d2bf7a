"""The preamble, the operative part and the annexes as one list model each, drawn by one
delegate.

One row per paragraph (operative sub-paragraphs are rows too, at their depth), so 500
paragraphs cost 500 rows of plain data, not 500 text widgets: only the visible rows are
painted, and only the current paragraph is edited, in the side editor. Labels ("3.", "(a)")
come from the controller, which derives them from the blocks walk; they are never stored.
An annex is a row showing its label and title; its paragraphs are the rows below it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    AnnexStyle,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.table import CELL, is_row, split_cells
from delegate_editor.model.text import NoteRef, Run, XRef
from delegate_editor.ui import restructure
from delegate_editor.ui.controller import Controller

MIME = "application/x-delegate-editor-paragraph"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 5
# in negotiation mode: the colour of the paragraph's status, drawn in the margin with its
# negotiation label ("OP3bis"); None otherwise (``ui/negotiation_menu.py`` sets the mode)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 6

CELLS_APART = " | "  # between a table row's cells, as the text form writes them
ROW_LINES = 3  # lines of text a row shows; the side editor shows the rest
Index = QModelIndex | QPersistentModelIndex


def node_html(node, labels: dict[str, str], marks: dict[str, str], annex_label: str = "") -> str:
    """A paragraph as the small HTML the delegate draws: italic opening, italic runs,
    superscript footnote marks and cross-reference numbers. An annex shows its label and
    title in bold, an annex heading in bold, as they are printed."""
    if isinstance(node, SectionHeading):
        return f"<b>{html.escape(node.text or '(section heading)')}</b>"
    if isinstance(node, Annex):
        title = _runs_html(node.title, labels, marks) or "<i>(no title)</i>"
        if node.in_text:  # set out in the text: its title only, as printed
            return f"<b>{title}</b>"
        return f"<b>{html.escape(annex_label or 'Annex')}</b><br><b>{title}</b>"
    out: list[str] = []
    opening = getattr(node, "opening", "")
    if opening:
        out.append(f"<i>{html.escape(opening)}</i> ")
    if is_row(node):  # a table's row: its cells apart
        cells = [_runs_html(cell, labels, marks) for cell in split_cells(node.text)]
        body = CELLS_APART.join(cells)  # a heading row prints as typed too (roman, smaller)
        return body or "<i>(table row)</i>"
    out.append(_runs_html(node.text, labels, marks))
    body = "".join(out)
    if isinstance(node, AnnexParagraph) and node.style is AnnexStyle.HEADING:
        return f"<b>{body or '<i>(heading)</i>'}</b>"
    return body


def _runs_html(items, labels: dict[str, str], marks: dict[str, str]) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, Run):
            text = html.escape(item.text)
            out.append(f"<i>{text}</i>" if item.italic else text)
        elif isinstance(item, NoteRef):
            out.append(f"<sup>{html.escape(marks.get(item.note_id, '*'))}</sup>")
        elif isinstance(item, XRef):
            out.append(f"<u>{html.escape(labels.get(item.target_id, '??'))}</u>")
    return "".join(out)


def node_kind(node) -> str:
    if isinstance(node, Annex):
        return "annex"
    if isinstance(node, AnnexParagraph):
        return f"annex {node.style.value}"
    if isinstance(node, SectionHeading):
        return "heading"
    if isinstance(node, SubParagraph):
        return "sub"
    if isinstance(node, Preambular):
        return "preambular"
    return "operative"


class ParagraphModel(QAbstractListModel):
    """The rows of one part ("preamble", "operative" or "annexes") in reading order."""

    def __init__(self, ctl: Controller, part: str) -> None:
        super().__init__(ctl)
        self.ctl = ctl
        self.part = part
        self.rows: list[restructure.Row] = []
        self.row_of: dict[str, int] = {}
        self._annex_labels: dict[str, str] = {}
        # negotiation mode: labels and colours of the negotiation (``ui/negotiation_menu.py``)
        self.negotiation: tuple = ()  # (label of an id, colour of an id) while the mode is on
        self._rebuild()
        ctl.structureChanged.connect(self._on_structure)
        ctl.paragraphChanged.connect(self._on_paragraph)
        ctl.draftReplaced.connect(self.refresh)
        ctl.footnotesChanged.connect(self._on_all_data)
        ctl.fieldChanged.connect(self._on_field)

    def _rebuild(self) -> None:
        self.rows = restructure.flatten(self.ctl.part_items(self.part))
        self.row_of = {r.id: i for i, r in enumerate(self.rows)}

    def refresh(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _on_structure(self, part: str, _select: str) -> None:
        if part == self.part:
            self.refresh()
        elif self.part == "preamble":
            # the preamble's rows do not depend on the operative part
            return

    def _on_paragraph(self, part: str, node_id: str) -> None:
        if part != self.part or node_id not in self.row_of:
            return
        row = self.row_of[node_id]
        # the node object may have been replaced by undo: fetch it again
        node = self.ctl.find(part, node_id)
        if node is not None:
            self.rows[row] = restructure.Row(node_id, self.rows[row].depth, node)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        if self.part == "annexes":
            # a paragraph made numbered or not renumbers the ones after it
            labels = self.ctl.annex_labels()
            if labels != self._annex_labels:
                self._annex_labels = dict(labels)
                self._on_all_data()

    def _on_all_data(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def _on_field(self, path: str) -> None:
        if path == self.part:  # the whole part replaced (a footnote deleted, a check's fix)
            self.refresh()
        elif path.startswith("front.") or path == "layout":
            self._on_all_data()  # the preset decides the label format

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        node = row.node
        if role == ID_ROLE:
            return row.id
        if role == DEPTH_ROLE:
            return row.depth
        if role == KIND_ROLE:
            return node_kind(node)
        if role == LABEL_ROLE:
            return self.negotiation[0](row.id) if self.negotiation else self.label(row)
        if role == STATUS_ROLE:
            return self.negotiation[1](row.id) if self.negotiation else None
        if role == HTML_ROLE:
            annex_label = self.ctl.annex_labels().get(row.id, "") if isinstance(node, Annex) else ""
            return node_html(node, self.ctl.labels(), self.ctl.note_marks(), annex_label)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.plain(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        return None

    def label(self, row: restructure.Row) -> str:
        """What the margin shows: "1.", "(a)", "(i)" for the operative part; preambular
        paragraphs have no number in the text, so the margin shows a quiet ordinal."""
        if isinstance(row.node, Annex):
            return ""  # the label ("Annex II") is drawn with the title, it is wider than a margin
        if isinstance(row.node, AnnexParagraph):
            return self.ctl.annex_labels().get(row.id, "")
        labels = self.ctl.labels()
        if isinstance(row.node, SectionHeading):
            return ""
        if isinstance(row.node, Preambular):  # a section's own preamble counts in its section
            if self.part != "preamble":
                at = self.row_of.get(row.id, 0)
                first = next(
                    i
                    for i in range(at, -1, -1)
                    if i == 0 or not isinstance(self.rows[i - 1].node, Preambular)
                )
                return f"P{at - first + 1}"
            return f"P{self.row_of.get(row.id, 0) + 1}"
        own = labels.get(row.id, "")
        if isinstance(row.node, Operative):
            return self.ctl.operative_label(own)
        if row.node.row:  # a table's row takes no letter: its label is its paragraph's
            return ""
        return own.rsplit(" ", 1)[-1] if own else ""

    def plain(self, row: restructure.Row) -> str:
        node = row.node
        if isinstance(node, SectionHeading):
            return node.text
        if isinstance(node, Annex):
            title = "".join(i.text for i in node.title if isinstance(i, Run))
            return f"{self.ctl.annex_labels().get(row.id, 'Annex')}: {title}".strip()
        text = "".join(i.text for i in node.text if isinstance(i, Run)).replace(CELL, CELLS_APART)
        opening = getattr(node, "opening", "")
        body = f"{opening} {text}".strip() if opening else text
        label = self.label(row)
        return f"{label} {body}".strip()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [self.rows[i.row()].id for i in indexes if i.isValid()]
        data.setData(MIME, f"{self.part}\n{ids[0] if ids else ''}".encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME):
            return False
        part, _, node_id = bytes(data.data(MIME)).decode().partition("\n")
        return part == self.part and node_id in self.row_of

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Turn a drop position into a move command. Dropping *on* a row puts the paragraph
        before it; dropping between rows puts it there, at the level it can take."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        _, _, node_id = bytes(data.data(MIME)).decode().partition("\n")
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        target, after = self.drop_target(node_id, row)
        return self.ctl.move_to(self.part, node_id, target, after)

    def drop_target(self, node_id: str, row: int) -> tuple[str | None, bool]:
        """The paragraph to drop beside for an insertion point ``row`` (0..len)."""
        moving = self.rows[self.row_of[node_id]].node
        if isinstance(moving, restructure.Child):
            if row < len(self.rows) and isinstance(self.rows[row].node, restructure.Child):
                return self.rows[row].id, False
            if row > 0:
                return self.rows[row - 1].id, True
            return (self.rows[0].id if self.rows else None), False
        for k in range(row, len(self.rows)):
            if self.rows[k].depth == 0:
                return self.rows[k].id, False
        return None, True


class ParagraphDelegate(QStyledItemDelegate):
    """Draws a row: the label in the margin, the paragraph indented by depth, its opening in
    italics, using the palette so light and dark themes both work."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(2)

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        em = option.fontMetrics.horizontalAdvance("M")
        return em * 4, em * 2  # label column, indent per level

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * ROW_LINES + 10)

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(role)
        label_w, step = self._metrics(opt)
        depth = index.data(DEPTH_ROLE) or 0
        rect = opt.rect.adjusted(4, 4, -4, -4)
        painter.save()
        painter.setPen(color)
        painter.setFont(opt.font)
        label_rect = QRect(rect.left() + depth * step, rect.top() + 2, label_w, opt.fontMetrics.height())
        status = index.data(STATUS_ROLE)
        if status is not None:  # negotiation mode: the label in its status's colour, and a bar
            painter.fillRect(QRect(opt.rect.left(), opt.rect.top() + 2, 3, opt.rect.height() - 4), status)
            painter.setPen(status)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data(LABEL_ROLE) or ""
        )
        painter.setPen(color)
        left = rect.left() + depth * step + label_w
        self._doc.setDefaultFont(opt.font)
        self._doc.setTextWidth(max(50, rect.right() - left))
        self._doc.setHtml(index.data(HTML_ROLE) or "")
        painter.translate(left, rect.top())
        painter.setClipRect(QRect(0, 0, rect.right() - left, rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, color)
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()
        if self._doc.size().height() - 2 * self._doc.documentMargin() > rect.height() + 1:
            # rows show the first lines only (uniform heights keep 500 rows fast): say so
            more = "\u2026"
            width = opt.fontMetrics.horizontalAdvance(more) + 6
            corner = QRect(
                rect.right() - width,
                rect.bottom() - opt.fontMetrics.height(),
                width,
                opt.fontMetrics.height(),
            )
            role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
            painter.fillRect(corner, opt.palette.color(role))
            painter.setPen(color)
            painter.drawText(corner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, more)
