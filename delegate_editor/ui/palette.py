"""The phrase palette: the standard preambular phrases and operative verbs, by meaning.

The lists are data (``conventions/phrases.py`` reads ``resources/data/phrases.json`` and the
user's own file); the palette shows them grouped ("recalling and reaffirming", "requests and
invitations" ...) with their "also" and "further" forms, filters them as the user types, and
sets the chosen one as the opening of the current paragraph in one undo step. When the same
opening already opens a paragraph above, it offers the repeated form UN style wants:
"Requests" after two "Requests" is "Further requests".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.conventions import phrases as phrase_lists
from delegate_editor.conventions.data import fold
from delegate_editor.model.document import Operative, Preambular
from delegate_editor.model.text import Run, normalize
from delegate_editor.ui.commands import SetParagraphCommand
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.i18n import translate

PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1
PART_NAMES = {  # shown through self.tr
    "preamble": QT_TRANSLATE_NOOP("PhrasePalette", "Preambular phrases"),
    "operative": QT_TRANSLATE_NOOP("PhrasePalette", "Operative verbs"),
}


def repeats_above(ctl: Controller, part: str, node_id: str | None, phrase: str) -> int:
    """How many paragraphs before ``node_id`` (all of the part when None) open with the same
    phrase, in any of its forms ("Requests", "Also requests", "Further requests")."""
    lang = ctl.draft.front.language
    key = phrase_lists.parse_opening(phrase, part, lang).base_key
    if not key:
        return 0
    items = ctl.draft.preamble if part == "preamble" else ctl.draft.operative_paragraphs()
    count = 0
    for item in items:
        if item.id == node_id:
            break
        if item.opening.strip() and phrase_lists.parse_opening(item.opening, part, lang).base_key == key:
            count += 1
    return count


def suggested_form(ctl: Controller, part: str, node_id: str | None, phrase: str) -> str:
    """The form to write: the phrase itself, its "also" form after one use above, its
    "further" form after two or more. A phrase already carrying an adverb is kept."""
    lang = ctl.draft.front.language
    parsed = phrase_lists.parse_opening(phrase, part, lang)
    if parsed.adverb or not parsed.known:
        return phrase
    n = repeats_above(ctl, part, node_id, phrase)
    if n == 0:
        return phrase
    also, further = phrase_lists.also_further_forms(phrase, part, lang)
    return also if n == 1 else further


def set_opening(ctl: Controller, part: str, node_id: str, phrase: str) -> None:
    """Make ``phrase`` the opening of the paragraph, replacing the old one, in one undo step.
    An opening typed at the start of the text instead of in its own field is replaced too."""
    node = ctl.node(part, node_id)
    text = node.text
    typed = ""
    if not node.opening.strip() and text and isinstance(text[0], Run):
        typed = phrase_lists.longest_opening(text[0].text, part, ctl.draft.front.language)
    if not typed:
        ctl.edit_paragraph(part, node_id, "opening", phrase, typing=False)
        return
    first = text[0].text[text[0].text.find(typed) + len(typed) :].lstrip()
    rest = normalize([Run(first, text[0].italic), *text[1:]])
    ctl.stack.beginMacro(translate("PhrasePalette", "Set opening phrase"))
    ctl.stack.push(
        SetParagraphCommand(
            ctl, part, node_id, "text", rest, translate("PhrasePalette", "Set opening phrase"), False
        )
    )
    ctl.stack.push(
        SetParagraphCommand(
            ctl, part, node_id, "opening", phrase, translate("PhrasePalette", "Set opening phrase"), False
        )
    )
    ctl.stack.endMacro()


def new_paragraph_with(ctl: Controller, part: str, after_id: str | None, phrase: str) -> str:
    """Start a paragraph opening with ``phrase`` after ``after_id`` (at the end when None)."""
    node = Preambular(opening=phrase) if part == "preamble" else Operative(opening=phrase)
    if after_id is None:
        items = ctl.part_items(part)
        after_id = items[-1].id if items else None
    return ctl.insert_node(
        part, after_id, node, translate("PhrasePalette", "Insert paragraph “{phrase}”").format(phrase=phrase)
    )


class _Search(QLineEdit):
    """The search box: Down moves into the list, Return takes the first match."""

    downPressed = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class PhrasePalette(QWidget):
    """The dock's contents. ``phraseChosen(part, phrase)`` when one is activated."""

    phraseChosen = Signal(str, str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = "operative"
        self.language = "en"  # the draft's language: its phrases (ui/draft_language.py keeps it)
        self.search = _Search()
        self.search.setPlaceholderText(self.tr("Search phrases (e.g. note, request, concern)"))
        self.search.setAccessibleName(self.tr("Search opening phrases"))
        self.search.setClearButtonEnabled(True)
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Part"))
        for key, name in PART_NAMES.items():
            self.which.addItem(self.tr(name), key)
        self.which.setCurrentIndex(self.which.findData(self.part))  # the list and the combo agree
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Opening phrases by meaning"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Phrase"), self.tr("Second use"), self.tr("Third use")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add my own phrase…"))
        self.add_button.setAccessibleName(self.tr("Add my own phrase"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.which)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.add_button)

        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self.take_first)
        self.search.downPressed.connect(self._into_tree)
        self.which.currentIndexChanged.connect(lambda _i: self.set_part(self.which.currentData()))
        self.tree.itemActivated.connect(self._on_activated)
        self.reload()

    # -- contents ---------------------------------------------------------------------------
    def set_part(self, part: str) -> None:
        if part not in PART_NAMES:
            return
        if part != self.part:
            self.part = part
            self.reload()
        if self.which.currentData() != part:
            self.which.setCurrentIndex(self.which.findData(part))

    def set_language(self, code: str) -> None:
        """Show the phrases of the draft's language; the user's own list is English."""
        if code != self.language:
            self.language = code
            self.add_button.setEnabled(code == "en")
            self.reload()

    def reload(self) -> None:
        self.tree.clear()
        book = phrase_lists.phrases(self.part, self.language)
        groups: dict[str, QTreeWidgetItem] = {}
        for p in book:
            group = groups.get(p.group)
            if group is None:
                group = QTreeWidgetItem([p.group.capitalize()])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[p.group] = group
            item = QTreeWidgetItem([p.phrase, p.also, p.further])
            item.setData(0, PHRASE_ROLE, p.phrase)
            item.setData(1, PHRASE_ROLE, p.also)
            item.setData(2, PHRASE_ROLE, p.further)
            item.setToolTip(0, f"{p.phrase} · {p.also} · {p.further}")
            for col in range(3):
                font = item.font(col)
                font.setItalic(True)  # as printed
                item.setFont(col, font)
            group.addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.count = len(book)
        self.filter(self.search.text())
        problems = phrase_lists.problems()
        if problems:
            self.status.setText(self.tr("Your phrase list has a problem: ") + problems[0])

    def phrase_items(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out.extend(group.child(i) for i in range(group.childCount()))
        return out

    def visible_phrases(self) -> list[str]:
        return [i.text(0) for i in self.phrase_items() if not i.isHidden()]

    def filter(self, text: str) -> None:
        """Show the phrases whose forms contain every word typed. Group names are not
        searched: "Welcom" found *Noting* through the group "welcoming and noting"."""
        words = fold(text).split()
        shown = 0
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            visible = 0
            for i in range(group.childCount()):
                item = group.child(i)
                hay = fold(" ".join([item.text(0), item.text(1), item.text(2)]))
                hit = all(w in hay for w in words)
                item.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            shown += visible
        where = self.tr("preambular phrases") if self.part == "preamble" else self.tr("operative verbs")
        if words:
            self.status.setText(
                self.tr("{shown} of {count} {where}. Return uses the first.").format(
                    shown=shown, count=self.count, where=where
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "{count} {where}. Double-click or press Return to use one; the second and third columns are the forms for a repeated opening."
                ).format(count=self.count, where=where)
            )
        first = self.first_visible()
        if first is not None:
            self.tree.setCurrentItem(first)

    def first_visible(self) -> QTreeWidgetItem | None:
        return next((i for i in self.phrase_items() if not i.isHidden()), None)

    # -- choosing ---------------------------------------------------------------------------
    def take_first(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.isHidden() or item.data(0, PHRASE_ROLE) is None:
            item = self.first_visible()
        if item is not None:
            self.phraseChosen.emit(self.part, item.data(0, PHRASE_ROLE))

    def _into_tree(self) -> None:
        self.tree.setFocus()
        if self.tree.currentItem() is None:
            first = self.first_visible()
            if first is not None:
                self.tree.setCurrentItem(first)

    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        phrase = item.data(max(0, column), PHRASE_ROLE)
        if phrase:
            self.phraseChosen.emit(self.part, phrase)

    def add_phrase(self, phrase: str) -> bool:
        """Keep a phrase of the user's own in the user data folder and show it."""
        phrase = " ".join(phrase.split())
        if not phrase:
            return False
        if phrase_lists.parse_opening(phrase, self.part, self.language).known:
            self.status.setText(self.tr("“{phrase}” is already in the list.").format(phrase=phrase))
            self.search.setText(phrase)
            return False
        phrase_lists.add_user_phrase(phrase, self.part)
        self.reload()
        self.search.setText(phrase)
        return True
