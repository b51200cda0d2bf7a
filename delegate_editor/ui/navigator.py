"""The navigator: the draft's parts and paragraph numbers with their first words.

It replaces the outline's list of parts (issue 23): a delegate sees where each paragraph is
("3. Requests the Secretary-General to …", "(a) To raise awareness …") and goes there with
a click or Enter, which emits :attr:`Navigator.activated` with the part and the paragraph's
id for the editor to scroll to. The checks' findings mark their paragraphs with the
severity's icon and colour, and the part with the worst of its paragraphs'.

The tree follows the controller: a paragraph's typing changes its row only; a structural
change, or a new draft, rebuilds the tree after the events of the change are done (one
rebuild for a paste of fifty paragraphs), keeping the row that was current. Numbers are the
model's (``controller.labels()``, from ``model/numbering.py``) and the order the walk's
(``model/walk.py``), as printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from delegate_editor.conventions.findings import Finding
from delegate_editor.model.document import Annex, AnnexParagraph, Operative, SectionHeading, SubParagraph
from delegate_editor.model.table import CELL
from delegate_editor.model.text import plain_text
from delegate_editor.model.walk import BODY_PARTS, tree
from delegate_editor.ui.checks_panel import _ICONS, SEVERITY_COLOURS, SEVERITY_ORDER
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.models import CELLS_APART
from delegate_editor.ui.pages import page_name

PAGES_BEFORE = ("front", "sponsors")  # pages with no paragraphs, listed around the parts
PAGES_AFTER = ("footnotes",)
FIRST_WORDS = 8  # words of a paragraph shown after its number
PART_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def first_words(text: str, n: int = FIRST_WORDS) -> str:
    """The first ``n`` words of ``text``, with "…" when there are more."""
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


class Navigator(QTreeWidget):
    """Parts and paragraphs of the draft, in printed order, with their numbers.

    ``activated(part, node_id)`` when the user clicks a row or presses Enter on it; a
    part's own row gives its part and "". :meth:`mark` shows the checks' findings."""

    activated = Signal(str, str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Navigator: the draft's parts and paragraphs"))
        self.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}  # node id (or part name) → its row
        self.findings: dict[str, list[Finding]] = {}
        self.refresh_timer = QTimer(self, singleShot=True, interval=0)
        self.refresh_timer.timeout.connect(self.rebuild)
        controller.paragraphChanged.connect(self._on_paragraph)
        controller.structureChanged.connect(lambda *_: self.refresh_timer.start())
        controller.draftReplaced.connect(self.refresh_timer.start)
        controller.footnotesChanged.connect(self.refresh_timer.start)  # the notes' count
        self.itemClicked.connect(self._emit)
        self.rebuild()

    # -- the tree ---------------------------------------------------------------------
    def rebuild(self) -> None:
        """The whole tree again from the draft (after a structural change)."""
        self.refresh_timer.stop()
        current = self.currentItem()
        keep = current.data(0, ID_ROLE) or current.data(0, PART_ROLE) if current is not None else ""
        collapsed = {key for key, item in self.items.items() if item.childCount() and not item.isExpanded()}
        self.clear()
        self.items = {}
        self._painted: dict[int, tuple[str, str]] = {}  # row → the mark it shows
        labels = self.ctl.labels()
        annex_labels = self.ctl.annex_labels()
        for page in PAGES_BEFORE:
            self._page_row(page, page_name(page))
        for part in BODY_PARTS:
            items = self.ctl.part_items(part)
            head = QTreeWidgetItem([f"{page_name(part)} ({self._count(part, items)})"])
            head.setData(0, PART_ROLE, part)
            head.setData(0, ID_ROLE, "")
            self.addTopLevelItem(head)
            self.items[part] = head
            parents: list[QTreeWidgetItem] = [head]
            for node, depth in tree(items):
                row = QTreeWidgetItem([self._text(node, labels, annex_labels)])
                row.setData(0, PART_ROLE, part)
                row.setData(0, ID_ROLE, node.id)
                if isinstance(node, SectionHeading | Annex):
                    font = QFont(row.font(0))
                    font.setBold(True)
                    row.setFont(0, font)
                del parents[depth + 1 :]
                parents[-1].addChild(row)
                parents.append(row)
                self.items[node.id] = row
        for page in PAGES_AFTER:
            self._page_row(page, f"{page_name(page)} ({len(self.ctl.draft.footnotes)})")
        self._painted = {id(row): ("", "") for row in self.items.values()}  # none marked yet
        self.expandAll()
        for key in collapsed:
            if key in self.items:
                self.items[key].setExpanded(False)
        self._paint_findings()
        if keep and keep in self.items:
            self.setCurrentItem(self.items[keep])

    def _page_row(self, page: str, text: str) -> None:
        """A page of the window that has no paragraphs (the front matter, the sponsors, the
        notes): the navigator is the window's one list of where to go."""
        row = QTreeWidgetItem([text])
        row.setData(0, PART_ROLE, page)
        row.setData(0, ID_ROLE, "")
        self.addTopLevelItem(row)
        self.items[page] = row

    @staticmethod
    def _count(part: str, items: list) -> int:
        if part == "operative":
            return sum(1 for i in items if isinstance(i, Operative))
        return len(items)

    def _text(self, node: Any, labels: dict[str, str], annex_labels: dict[str, str]) -> str:
        if isinstance(node, SectionHeading):
            return first_words(node.text)
        if isinstance(node, Annex):
            return " ".join(
                x
                for x in (
                    annex_labels.get(node.id, "" if node.in_text else "Annex"),
                    first_words(plain_text(node.title)),
                )
                if x
            )
        text = plain_text(node.text).replace(CELL, CELLS_APART)  # a table row's cells apart
        words = first_words(" ".join(x for x in (getattr(node, "opening", ""), text) if x))
        if isinstance(node, SubParagraph):
            own = "" if node.row else labels.get(node.id, "").rsplit(" ", 1)[-1]  # a row: no letter
            label = "–" if node.dash else "“" if node.quoted else own
        elif isinstance(node, Operative):
            label = self.ctl.operative_label(labels.get(node.id, ""))  # "3." or "(c)"
        elif isinstance(node, AnnexParagraph):
            label = annex_labels.get(node.id, "")
        else:  # a preambular paragraph: not numbered in print, counted here in grey
            label = f"PP{labels.get(node.id, '')}"
        return f"{label} {words}".strip()

    def _on_paragraph(self, part: str, node_id: str) -> None:
        """A paragraph's text changed: its row only (typing stays cheap)."""
        row = self.items.get(node_id)
        node = self.ctl.find(part, node_id) if part in BODY_PARTS else None
        if row is None or node is None:
            return
        row.setText(0, self._text(node, self.ctl.labels(), self.ctl.annex_labels()))

    # -- going there ------------------------------------------------------------------
    def _emit(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is not None:
            self.activated.emit(item.data(0, PART_ROLE), item.data(0, ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def select(self, node_id: str) -> None:
        """Make ``node_id``'s row current without emitting (the editor's cursor moved)."""
        row = self.items.get(node_id)
        if row is not None:
            self.blockSignals(True)
            self.setCurrentItem(row)
            self.blockSignals(False)
            self.scrollToItem(row)

    # -- the checks' marks ------------------------------------------------------------
    def mark(self, findings: Iterable[Finding]) -> None:
        """Show these findings (the checks' latest) on their paragraphs, replacing any
        shown before; findings about the masthead or the notes mark no row."""
        by_node: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.node_id:
                by_node.setdefault(finding.node_id, []).append(finding)
        self.findings = by_node
        self._paint_findings()

    def worst(self, node_id: str) -> str:
        """The worst severity marked on a row ("" when none): its icon and colour."""
        found = self.findings.get(node_id, [])
        return min((f.severity for f in found), key=lambda s: SEVERITY_ORDER.get(s, 3), default="")

    def _paint_findings(self) -> None:
        style = self.style()
        part_worst: dict[str, str] = {}
        for row in self.items.values():
            node_id = row.data(0, ID_ROLE)
            if not node_id:
                continue
            severity = self.worst(node_id)
            self._set_mark(row, severity, style)
            if severity:
                part = row.data(0, PART_ROLE)
                known = part_worst.get(part, "")
                if not known or SEVERITY_ORDER[severity] < SEVERITY_ORDER.get(known, 3):
                    part_worst[part] = severity
        for part in BODY_PARTS:
            if part in self.items:
                self._set_mark(self.items[part], part_worst.get(part, ""), style)

    def _set_mark(self, row: QTreeWidgetItem, severity: str, style: QStyle) -> None:
        """Show ``severity`` on the row, touching it only when its mark changed: the checks
        report after each pause in typing, and a draft has hundreds of rows."""
        node_id = row.data(0, ID_ROLE)
        found = self.findings.get(node_id, []) if node_id and severity else []
        tip = "\n".join(f"{f.severity}: {f.message}" for f in found)
        if self._painted.get(id(row)) == (severity, tip):
            return
        self._painted[id(row)] = (severity, tip)
        if severity:
            row.setIcon(0, style.standardIcon(_ICONS.get(severity, _ICONS["info"])))
            row.setForeground(0, QBrush(SEVERITY_COLOURS[severity]))
            row.setToolTip(0, tip)
        else:
            row.setData(0, Qt.ItemDataRole.DecorationRole, None)
            row.setData(0, Qt.ItemDataRole.ForegroundRole, None)
            row.setToolTip(0, "")
