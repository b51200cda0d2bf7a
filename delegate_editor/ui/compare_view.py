"""Review ▸ Compare…: any two of the base text, the versions and the current text, side by
side as one marked text (insertions underlined, deletions struck through, moves, footnote
and italics changes), a list of changes that jumps to each, a filter by part, and the
exports of that comparison (tracked changes in DOCX or ODT, the printable PDF).

It shows :func:`~delegate_editor.formats.compare.compare`'s result, the one the writers
use, and follows the current text as the delegate types (after a short pause).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.conventions import messages
from delegate_editor.formats.change_list import Change, change_entries
from delegate_editor.formats.compare import Comparison, compare
from delegate_editor.ui.change_files import CURRENT, Text, export_changes, shown, texts
from delegate_editor.ui.compare_html import PARTS, anchor, comparison_html, note_anchor, part_of, shows
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

REFRESH_MS = 400  # after typing stops, the comparison with the current text is made again
EDITOR_PARTS = {"preamble": "preamble", "operative": "operative", "annex": "annexes"}


class CompareDialog(QDialog):
    def __init__(self, window: MainWindow, older: str = "", newer: str = CURRENT) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Compare"))
        self.setObjectName("compareDialog")
        self.comparison: Comparison | None = None
        self.entries: list[Change] = []
        self.older = QComboBox()
        self.older.setAccessibleName(self.tr("Older text"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(self.tr("Newer text"))
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Show part"))
        for label in PARTS:  # shown translated, kept as the key
            self.part.addItem(translate("CompareHtml", label), label)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The comparison"))
        self.text.setOpenLinks(False)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("List of changes"))
        self.summary = QLabel()
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Older:"), self.older),
            (self.tr("&Newer:"), self.newer),
            (self.tr("&Part:"), self.part),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        changes_label = QLabel(self.tr("&Changes (Enter: go to the paragraph):"))
        changes_label.setBuddy(self.changes)
        side_layout.addWidget(changes_label)
        side_layout.addWidget(self.changes)
        side_layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 380])
        self.changes.setWordWrap(True)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_tracked = QPushButton(self.tr("Export with &Tracked Changes…"))
        self.export_pdf = QPushButton(self.tr("Printable Co&mparison (PDF)…"))
        self.export_tracked.clicked.connect(lambda: self.export(".docx"))
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.export_tracked)
        row.addWidget(self.export_pdf)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.resize(1100, 700)
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.fill_choices(older, newer)
        self.older.currentIndexChanged.connect(self.refresh)
        self.newer.currentIndexChanged.connect(self.refresh)
        self.part.currentIndexChanged.connect(self.show_comparison)
        self.changes.currentRowChanged.connect(self.scroll_to)
        self.changes.itemActivated.connect(self.go_to)
        window.ctl.changed.connect(self._on_changed)
        window.ctl.draftReplaced.connect(self._on_replaced)
        self.refresh()

    # -- the texts to compare ---------------------------------------------------------------
    def fill_choices(self, older: str = "", newer: str = CURRENT) -> None:
        self.choices = texts(self.window_)
        labels = [t.label for t in self.choices]
        for combo, wanted, fallback in (
            (self.older, older, labels[0]),  # the base, as the guidelines ask; else the first
            (self.newer, newer, CURRENT),
        ):
            combo.blockSignals(True)
            combo.clear()
            for label in labels:  # shown in the interface language, kept as the key
                combo.addItem(shown(label), label)
            combo.setCurrentIndex(combo.findData(wanted if wanted in labels else fallback))
            combo.blockSignals(False)

    def chosen(self) -> tuple[Text, Text]:
        return self.choices[self.older.currentIndex()], self.choices[self.newer.currentIndex()]

    def _on_changed(self) -> None:
        if self.isVisible() and any(t.current for t in self.chosen()):
            self.timer.start()

    def _on_replaced(self) -> None:
        """Another draft in the window: its own texts to choose from (compared when shown)."""
        self.fill_choices(self.older.currentData(), self.newer.currentData())
        if self.isVisible():
            self.refresh()

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compare the two texts chosen (the versions may have changed: the choices are
        taken again, keeping those made)."""
        older, newer = self.older.currentData(), self.newer.currentData()
        if [t.label for t in texts(self.window_)] != [t.label for t in self.choices]:
            self.fill_choices(older, newer)
        old, new = self.chosen()
        self.comparison = compare(old.get(), new.get())
        self.show_comparison()

    def show_comparison(self) -> None:
        if self.comparison is None:
            return
        part = self.part.currentData() or ""
        self.text.setHtml(comparison_html(self.comparison, part, lambda w: translate("CompareHtml", w)))
        self.entries = [e for e in change_entries(self.comparison) if shows(part, _part(e))]
        self.changes.clear()
        for entry in self.entries:
            line = messages.shown(entry.line)  # in the interface language
            item = QListWidgetItem(line[:1].upper() + line[1:])
            item.setToolTip(item.text())
            self.changes.addItem(item)
        n = len(self.entries)
        self.summary.setText(
            self.tr("No changes")
            if not n
            else self.tr("1 change")
            if n == 1
            else self.tr("{n} changes").format(n=n)
        )

    def scroll_to(self, index: int) -> None:
        """The list's current change shown in the comparison."""
        if not 0 <= index < len(self.entries) or self.comparison is None:
            return
        entry = self.entries[index]
        if entry.row is not None:
            rows = self.comparison.rows
            position = next(i for i, row in enumerate(rows) if row is entry.row)
            self.text.scrollToAnchor(anchor(position))
        else:
            self.text.scrollToAnchor(note_anchor(entry.note))

    def go_to(self, item: QListWidgetItem) -> None:
        """Enter or a double click: the paragraph selected in the draft's editor, when the
        newer text is the current one and the paragraph is still in it."""
        index = self.changes.row(item)
        self.scroll_to(index)
        if not self.chosen()[1].current or not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        if entry.row is None:
            self.window_.jump_to_paragraph("footnotes", "")
            return
        block = entry.row.new
        part = EDITOR_PARTS.get(block.source.part, "") if block is not None else ""
        if part and block.source.id and self.window_.ctl.find(part, block.source.id) is not None:
            self.window_.jump_to_paragraph(part, block.source.id)
        elif block is not None:
            self.window_.jump_to_paragraph(block.source.part, "")

    def export(self, suffix: str) -> bool:
        old, new = self.chosen()
        return export_changes(self.window_, old.get(), new.get(), suffix, f"{old.label} → {new.label}")


def _part(entry: Change) -> str:
    return part_of(entry.row) if entry.row is not None else "footnotes"


def show_compare(window: MainWindow, older: str = "", newer: str = CURRENT) -> CompareDialog:
    """Non-modal, one per window: the delegate edits beside it and it follows."""
    dialog = getattr(window, "compare_dialog", None)
    if dialog is None:
        dialog = CompareDialog(window, older, newer)
        window.compare_dialog = dialog
    else:
        dialog.fill_choices(older or dialog.older.currentData(), newer)
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.changes.setFocus()
    return dialog
