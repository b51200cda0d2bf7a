"""Review ▸ Versions…: the draft's base text and its named versions, with what can be done
to them. Each button is one undo step (:mod:`delegate_editor.ui.version_commands`), and the
list follows undo and redo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from delegate_editor.conventions.messages import shown_error
from delegate_editor.model.text import plain_text
from delegate_editor.ui import version_commands as ops
from delegate_editor.ui.change_files import choose_base, texts
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

SUGGESTED_NAMES = ("zero draft", "as tabled", "as orally revised")


def base_summary(window: MainWindow) -> str:
    base = window.ctl.draft.base
    if base is None:
        return translate(
            "VersionsDialog", "No base text: Set Base Text… takes the resolution or draft this one amends."
        )
    what = base.front.symbol or plain_text(base.title).strip() or translate("VersionsDialog", "untitled")
    return translate(
        "VersionsDialog", "Base text: {what} ({preambular} preambular, {operative} operative paragraphs)"
    ).format(what=what, preambular=len(base.preamble), operative=len(base.operative_paragraphs()))


class VersionsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Versions"))
        self.setObjectName("versionsDialog")
        self.base_label = QLabel()
        self.base_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Versions of the draft"))
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Taken"), self.tr("Sponsors")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, text, slot) in enumerate(
            (
                ("save", QT_TRANSLATE_NOOP("VersionsDialog", "&Save Version…"), self.save_version),
                ("revise", QT_TRANSLATE_NOOP("VersionsDialog", "&Revise"), self.revise),
                ("base", QT_TRANSLATE_NOOP("VersionsDialog", "Set &Base Text…"), self.set_base),
                ("rename", QT_TRANSLATE_NOOP("VersionsDialog", "Re&name…"), self.rename),
                ("delete", QT_TRANSLATE_NOOP("VersionsDialog", "&Delete"), self.delete),
                ("compare", QT_TRANSLATE_NOOP("VersionsDialog", "&Compare with Current…"), self.compare),
            )
        ):
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _c=False, run=slot: run())
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.base_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.resize(620, 420)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        window.ctl.fieldChanged.connect(self._on_field)
        window.ctl.draftReplaced.connect(self.refresh)
        self.refresh()

    def _on_field(self, path: str) -> None:
        if path in (ops.VERSIONS_PATH, "front.symbol", "kind"):
            self.refresh()

    def refresh(self) -> None:
        draft = self.window_.ctl.draft
        current = self.current_index()
        self.list.clear()
        for version in draft.versions:
            sponsors = len(version.draft.sponsors.names) + len(version.draft.sponsors.later)
            self.list.addTopLevelItem(
                QTreeWidgetItem([version.name, f"{version.taken:%d %b %Y %H:%M}", str(sponsors)])
            )
        count = self.list.topLevelItemCount()
        if count:
            self.list.setCurrentItem(self.list.topLevelItem(min(max(current, 0), count - 1)))
        self.base_label.setText(base_summary(self.window_))
        self.buttons["revise"].setText(self.tr("&Revise (Rev.{0})").format(ops.next_revision(draft)))
        self._enable()

    def _enable(self) -> None:
        chosen = self.current_index() >= 0
        for key in ("rename", "delete", "compare"):
            self.buttons[key].setEnabled(chosen)

    def current_index(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    # -- the buttons ---------------------------------------------------------------------------
    def save_version(self) -> bool:
        window = self.window_
        name = window.asker.text(
            self,
            self.tr("Save version"),
            self.tr("Name of the version (zero draft, as tabled (L.12), Rev.1, as orally revised …):"),
        )
        if name is None:
            return False
        try:
            ops.save_version(window.ctl, name)
        except ValueError as exc:
            window.asker.error(self, self.tr("Version not saved"), sentence(shown_error(exc)))
            return False
        self.list.setCurrentItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))
        window.statusBar().showMessage(self.tr("Version saved: {0}").format(" ".join(name.split())), 4000)
        return True

    def revise(self) -> int:
        window = self.window_
        number = ops.revise(window.ctl)
        symbol = window.ctl.draft.front.symbol or self.tr("no symbol yet")
        window.statusBar().showMessage(
            self.tr("Now revision {number} ({symbol}); the issued text is the base").format(
                number=number, symbol=symbol
            ),
            6000,
        )
        return number

    def set_base(self) -> bool:
        return choose_base(self.window_, self)

    def rename(self) -> bool:
        index = self.current_index()
        if index < 0:
            return False
        window = self.window_
        old = window.ctl.draft.versions[index].name
        name = window.asker.text(self, self.tr("Rename version"), self.tr("New name of the version:"), old)
        if name is None or " ".join(name.split()) == old:
            return False
        try:
            ops.rename_version(window.ctl, index, name)
        except ValueError as exc:
            window.asker.error(self, self.tr("Version not renamed"), sentence(shown_error(exc)))
            return False
        return True

    def delete(self) -> bool:
        index = self.current_index()
        if index < 0:
            return False
        ops.delete_version(self.window_.ctl, index)  # one undo step: Ctrl+Z brings it back
        return True

    def compare(self) -> None:
        from delegate_editor.ui.compare_view import show_compare

        index = self.current_index()
        if index >= 0:
            labels = [t.label for t in texts(self.window_)]
            offset = 1 if self.window_.ctl.draft.base is not None else 0
            show_compare(self.window_, older=labels[offset + index])


def show_versions(window: MainWindow) -> VersionsDialog:
    dialog = getattr(window, "versions_dialog", None)
    if dialog is None:
        dialog = VersionsDialog(window)
        window.versions_dialog = dialog
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.list.setFocus()
    return dialog
