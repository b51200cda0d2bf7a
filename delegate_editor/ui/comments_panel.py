"""The Comments dock (issue 22): a delegate's comments on paragraphs, beside the draft.

Insert ▸ Comment (Ctrl+Alt+M) comments on the paragraph being edited; the dock lists every
comment in the order of the draft, each with the paragraph's current number ("Operative
paragraph 3"), its author (the delegation set in Preferences) and date. In the list,
Return (or a double click) goes to the paragraph, F2 edits, Space resolves or reopens and
Delete deletes. Each add, edit, resolve and delete is one step on the draft's undo stack.
The data is :mod:`delegate_editor.model.comments`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.model import comments as cm
from delegate_editor.model.walk import tree
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.where import describe, part_of

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller
    from delegate_editor.ui.main_window import MainWindow

FIELD = "comments"  # the Draft attribute the command replaces


class CommentsCommand(QUndoCommand):
    """Replace the draft's list of comments (lists are never changed in place)."""

    def __init__(self, ctl: Controller, new: list[cm.Comment], label: str) -> None:
        super().__init__(label)
        self.ctl = ctl
        self.old = list(ctl.draft.comments)
        self.new = list(new)

    def redo(self) -> None:
        self.ctl.apply_field(FIELD, list(self.new))

    def undo(self) -> None:
        self.ctl.apply_field(FIELD, list(self.old))


def reading_order(ctl: Controller) -> dict[str, int]:
    """Paragraph id → its place in the draft, so comments list as the paragraphs read."""
    order: dict[str, int] = {}
    for part in ("preamble", "operative", "annexes"):
        for node, _depth in tree(ctl.part_items(part)):
            order[node.id] = len(order)
    return order


def stamp(comment: cm.Comment) -> str:
    """ "3 December 2025, 15:04": the UN's order of day, month and year."""
    d = comment.date
    return f"{d.day} {d:%B %Y}, {d:%H:%M}" if d else ""


class CommentsPanel(QWidget):
    jumpTo = Signal(str, str)  # noqa: N815 part, paragraph id

    def __init__(
        self,
        ctl: Controller,
        current: Callable[[], str],
        author: Callable[[], str],
        ask: Callable[[str, str, str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """``current`` gives the id of the paragraph being edited ("" none), ``author`` the
        delegation's name, ``ask(title, label, value)`` a line of text from the user."""
        super().__init__(parent)
        self.ctl = ctl
        self.current = current
        self.author = author
        self.ask = ask
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Comments on paragraphs"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        self.show_resolved.setChecked(True)
        self.empty = QLabel(
            self.tr("No comments. Insert ▸ Comment (Ctrl+Alt+M) comments on the paragraph you edit.")
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.resolve_button = QPushButton(self.tr("Resol&ve"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.resolve_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_resolved)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        self.show_resolved.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._go)
        for keys, slot in (
            (("F2",), self.edit),
            (("Space",), self.toggle_resolved),
            ((QKeySequence.StandardKey.Delete, "Backspace"), self.delete),
        ):
            action = QAction(self.list)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, run=slot: run())
            self.list.addAction(action)
        ctl.fieldChanged.connect(self._on_field)
        ctl.structureChanged.connect(self._on_structure)  # bound: Qt disconnects it with the panel
        ctl.draftReplaced.connect(self.refresh)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def _on_structure(self, _part: str, _select: str) -> None:
        self.refresh()  # the paragraphs' numbers changed

    def _on_field(self, path: str) -> None:
        if path == FIELD:
            self.refresh()

    def shown(self) -> list[cm.Comment]:
        """The comments listed, in the order of their paragraphs (a deleted one's last)."""
        order = reading_order(self.ctl)
        listed = [c for c in self.ctl.draft.comments if self.show_resolved.isChecked() or not c.resolved]
        return sorted(listed, key=lambda c: order.get(c.node_id, len(order)))

    def refresh(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for comment in self.shown():
            who = comment.author or self.tr("No delegation set in Preferences")
            head = f"{describe(self.ctl, comment.node_id)} — {who}"
            if when := stamp(comment):
                head += f", {when}"
            if comment.resolved:
                head += " (resolved)"
            item = QListWidgetItem(f"{head}\n{comment.text}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setToolTip(comment.text)
            if comment.resolved:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if comment.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.ctl.draft.comments)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        comment = self.selected()
        for b in (self.edit_button, self.resolve_button, self.delete_button):
            b.setEnabled(comment is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if comment is not None and comment.resolved else self.tr("Resol&ve")
        )

    def selected_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def selected(self) -> cm.Comment | None:
        wanted = self.selected_id()
        return next((c for c in self.ctl.draft.comments if c.id == wanted), None)

    def select(self, comment_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == comment_id:
                self.list.setCurrentRow(row)
                return

    def _go(self, item: QListWidgetItem) -> None:
        comment = self.selected()
        if comment is not None and (part := part_of(self.ctl, comment.node_id)):
            self.jumpTo.emit(part, comment.node_id)

    # -- changing (one undo step each) ------------------------------------------------------
    def _push(self, new: list[cm.Comment], label: str) -> None:
        self.ctl.stack.push(CommentsCommand(self.ctl, new, label))

    def add(self, node_id: str = "") -> str:
        """A new comment on ``node_id`` (the paragraph being edited); its id, "" if none."""
        node_id = node_id or self.current()
        if not node_id:
            return ""
        text = self.ask(
            self.tr("Comment"),
            self.tr("Comment on {where}:").format(where=describe(self.ctl, node_id).lower()),
            "",
        )
        if not text or not text.strip():
            return ""
        comment = cm.Comment(node_id, text.strip(), self.author(), cm.now())
        self._push(cm.added(self.ctl.draft.comments, comment), self.tr("Add comment"))
        self.select(comment.id)
        return comment.id

    def edit(self) -> None:
        comment = self.selected()
        if comment is None:
            return
        text = self.ask(
            self.tr("Edit comment"),
            self.tr("Comment on {where}:").format(where=describe(self.ctl, comment.node_id).lower()),
            comment.text,
        )
        if text is None or not text.strip() or text.strip() == comment.text:
            return
        self._push(cm.edited(self.ctl.draft.comments, comment.id, text.strip()), self.tr("Edit comment"))

    def toggle_resolved(self) -> None:
        comment = self.selected()
        if comment is None:
            return
        label = self.tr("Reopen comment") if comment.resolved else self.tr("Resolve comment")
        self._push(cm.resolved(self.ctl.draft.comments, comment.id, not comment.resolved), label)

    def delete(self) -> None:
        comment = self.selected()
        if comment is None:
            return
        row = self.list.currentRow()
        self._push(cm.deleted(self.ctl.draft.comments, comment.id), self.tr("Delete comment"))
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))


# -- the window's hook ---------------------------------------------------------------------


def _current_paragraph(window: MainWindow) -> str:
    page = window.part_page()
    return page.current_id if page is not None else ""


def insert_comment(window: MainWindow) -> None:
    """Insert ▸ Comment: on the paragraph being edited, or say where to put the cursor."""
    if not _current_paragraph(window):
        window.statusBar().showMessage(
            translate(
                "CommentsPanel",
                "Choose a paragraph of the preamble, the operative part or an annex to comment on it.",
            ),
            4000,
        )
        return
    window.comments_dock.show()
    window.comments_dock.raise_()
    window.comments.add()


def focus_comments(window: MainWindow) -> None:
    window.comments_dock.show()
    window.comments_dock.raise_()
    window.comments.list.setFocus()
    if window.comments.list.currentRow() < 0 and window.comments.list.count():
        window.comments.list.setCurrentRow(0)


def install(window: MainWindow) -> None:
    """The Comments dock beside the Checks, Insert ▸ Comment, and View ▸ Go to Comments."""
    from PySide6.QtWidgets import QDockWidget

    panel = CommentsPanel(
        window.ctl,
        current=lambda: _current_paragraph(window),
        author=lambda: window.settings.delegation,
        ask=lambda title, label, value: window.asker.text(window, title, label, value),
    )
    panel.jumpTo.connect(window.jump_to_paragraph)
    dock = QDockWidget(translate("CommentsPanel", "Comments"), window)
    dock.setObjectName("commentsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(window.history_dock, dock)
    window.preview_dock.raise_()
    window.comments, window.comments_dock = panel, dock
    a = window.actions_by_name
    a["comment"] = QAction(translate("CommentsPanel", "Co&mment…"), window)
    a["comment"].setShortcut(QKeySequence("Ctrl+Alt+M"))
    a["comment"].setStatusTip(
        translate("CommentsPanel", "A comment on the paragraph you edit, with your delegation's name")
    )
    a["comment"].triggered.connect(lambda _c=False: insert_comment(window))
    window.insert_menu.addSeparator()
    window.insert_menu.addAction(a["comment"])
    a["comments_list"] = QAction(translate("CommentsPanel", "Go to Co&mments"), window)
    a["comments_list"].setShortcut(QKeySequence("Shift+F8"))
    a["comments_list"].triggered.connect(lambda _c=False: focus_comments(window))
    toggles = [act for act in window.view_menu.actions() if act is window.history_dock.toggleViewAction()]
    after = window.view_menu.actions()
    position = after[after.index(toggles[0]) + 1] if toggles else None
    window.view_menu.insertAction(position, dock.toggleViewAction())
    window.view_menu.addAction(a["comments_list"])
