"""Edit ▸ Preferences (issue 22): the delegation's name, the duty station, paper and language
of new drafts, and how soon the recovery copy is written. Kept in ``storage/settings.py``'s file,
so they hold for every window and the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from delegate_editor.conventions import states
from delegate_editor.formats.layout import PAPERS, PRESETS
from delegate_editor.storage import settings as settings_store
from delegate_editor.ui import i18n

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


class PreferencesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Preferences"))
        s = window.settings
        self.delegation = QLineEdit(s.delegation)
        self.delegation.setAccessibleName(self.tr("Your delegation"))
        self.delegation.setPlaceholderText(self.tr("e.g. Costa Rica"))
        completer = QCompleter(states.names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.delegation.setCompleter(completer)
        self.station = QComboBox()
        self.station.setAccessibleName(self.tr("Duty station of new drafts"))
        self.station.addItem(self.tr("Automatic (from the venue)"), "")
        for name in PRESETS:
            self.station.addItem(name.replace("_", " ").title(), name)
        self.station.setCurrentIndex(max(0, self.station.findData(s.duty_station)))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("The duty station's"), "")
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.paper)))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of new drafts"))
        shown = {"English": self.tr("English"), "French": self.tr("French"), "Spanish": self.tr("Spanish")}
        for name in settings_store.DRAFT_LANGUAGES:  # the setting keeps the English name
            self.language.addItem(shown.get(name, name), name)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language_of_new_drafts())))
        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Language of the interface"))
        self.interface.addItem(self.tr("System"), i18n.SYSTEM)
        for code, name in i18n.interface_languages().items():
            self.interface.addItem(name, code)  # each language named in itself
        self.interface.setCurrentIndex(max(0, self.interface.findData(s.interface_language)))
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName(self.tr("Recovery copy after (seconds)"))
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(max(1, min(600, s.autosave_seconds)))
        self.spelling = QCheckBox(self.tr("Underline misspelt words as I type"))
        self.spelling.setAccessibleName(self.tr("Check spelling"))
        self.spelling.setChecked(s.spelling)
        self.author = QLineEdit(s.changes_author)
        self.author.setAccessibleName(self.tr("Author of tracked changes"))
        self.author.setPlaceholderText(s.delegation or self.tr("Your delegation"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Your &delegation:"), self.delegation),
            (self.tr("Duty &station of new drafts:"), self.station),
            (self.tr("&Paper:"), self.paper),
            (self.tr("&Language of new drafts:"), self.language),
            (self.tr("&Interface language:"), self.interface),
            (self.tr("&Recovery copy after:"), self.autosave),
            (self.tr("Spellin&g:"), self.spelling),
            (self.tr("&Author of tracked changes:"), self.author),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "Your delegation is added as a sponsor of new drafts and by “Add my delegation”; tracked changes are by your delegation unless another author is given."
            )
            + " "
            + self.tr("A new interface language takes effect the next time Delegate Editor starts.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        w = self.window_
        s = w.settings
        typed = self.delegation.text().strip()
        s.delegation = states.resolve(typed) or typed if typed else ""
        s.duty_station = self.station.currentData() or ""
        s.paper = self.paper.currentData() or ""
        s.autosave_seconds = self.autosave.value()
        s.draft_language = self.language.currentData()
        s.interface_language = self.interface.currentData()
        s.changes_author = " ".join(self.author.text().split())
        s.spelling = self.spelling.isChecked()
        w.spelling.set_enabled(s.spelling)
        w.sponsors_page.delegation = s.delegation
        w.sponsors_page.mine.setEnabled(bool(s.delegation))
        if not settings_store.save(s):
            w.asker.error(
                w,
                self.tr("Preferences"),
                self.tr("The preferences could not be saved; they hold until you quit."),
            )
        w.statusBar().showMessage(self.tr("Preferences saved"), 3000)
        super().accept()


def show_preferences(window: MainWindow) -> PreferencesDialog:
    """Window-modal but not blocking (``open``), so keys reach it in tests as for a user."""
    dialog = PreferencesDialog(window)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog
