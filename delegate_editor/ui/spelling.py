"""Spell checking in the editors (issue 20 item 5): misspelt words underlined as they are
typed, and the context menu's suggestions, "Add to My Dictionary" and "Ignore".

The words are the UN's (``conventions/spelling.py``): "organisation" and "program" are
underlined and "organization", "programme" offered first. A :class:`SpellHighlighter` sits
on any text document, so :func:`attach` gives spelling to any editor in one call; the window
attaches it to every rich-text editor it has (:func:`install`). Checking follows the draft's
language (English, French or Spanish: its word list, its suggestions and the delegate's own
list of that language, so changing the language in the front matter re-underlines every
editor) and the Preferences' "Check spelling as you type". A replacement chosen from the
menu is one undo step of its own (``Controller.seal_typing``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit

from delegate_editor.conventions.spelling import WORD, Speller, loaded, speller
from delegate_editor.storage import crashlog, user_words
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller
    from delegate_editor.ui.main_window import MainWindow


class Spelling(QObject):
    """Whether and how the window's editors check spelling now; ``changed`` when that
    changes (the setting, the draft's language, a word added)."""

    changed = Signal()
    _made = Signal()  # a speller made on a loading thread (queued to this object's thread)

    def __init__(self, ctl: Controller, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.enabled = enabled
        self._language = ""
        self._own_loaded: set[str] = set()  # the languages whose own words the speller has
        self._loading: set[str] = set()
        self._made.connect(self.changed)
        ctl.draftReplaced.connect(self._follow_language)
        ctl.fieldChanged.connect(lambda path: self._follow_language() if path == "front.language" else None)

    def current(self) -> Speller | None:
        """The draft language's speller; None while it is being made (the words are then
        underlined a moment later), and for a language without one."""
        if not self.enabled:
            return None
        language = self.ctl.draft.front.language
        made, found = loaded(language)
        if not made:
            self._load(language)
            return None
        if found is not None and language not in self._own_loaded:
            self._own_loaded.add(language)
            for word in user_words.load(language):
                found.add(word)
        return found

    def _load(self, language: str) -> None:
        """Make the speller on a thread of its own: reading Spanish's 711,000 words takes 1-2
        s, which froze the window when a Spanish draft was first opened."""
        if language in self._loading:
            return
        self._loading.add(language)

        def make() -> None:
            try:
                speller(language)
            except Exception as exc:  # damaged word lists: nothing underlined, a trace kept
                crashlog.record_caught(exc, "spelling")
                return
            try:
                self._made.emit()
            except RuntimeError:  # the window closed meanwhile
                pass

        threading.Thread(target=make, name=f"speller-{language}", daemon=True).start()

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.enabled = on
            self.changed.emit()

    def _follow_language(self) -> None:
        if self.ctl.draft.front.language != self._language:
            self._language = self.ctl.draft.front.language
            self.changed.emit()

    def keep(self, word: str) -> str:
        """Add ``word`` to the delegate's dictionary of the draft's language (after an
        elision, the word alone: "Azawad" for "l’Azawad"); the message when it could not be
        saved."""
        found = self.current()
        if found is not None:
            word = found.bare(word)
            found.add(word)
        self.changed.emit()
        try:
            user_words.add(word, self.ctl.draft.front.language)
        except (OSError, ValueError) as exc:
            return str(exc)
        return ""

    def ignore(self, word: str) -> None:
        """Not underlined again until the app is closed."""
        found = self.current()
        if found is not None:
            found.add(word)
        self.changed.emit()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of each block with a red wave (a display format: the
    draft's text and formats are not touched)."""

    def __init__(self, document: QTextDocument, spelling: Spelling) -> None:
        super().__init__(document)
        self.spelling = spelling
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d32f2f"))
        spelling.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        checker = self.spelling.current()
        if checker is None:
            return
        for start, end, _word in checker.misspelt(text):
            self.setFormat(start, end - start, self.format)


def word_at(edit: QTextEdit, pos: QPoint) -> QTextCursor | None:
    """A cursor selecting the word under ``pos`` (viewport coordinates), or None."""
    cursor = edit.cursorForPosition(pos)
    block, at = cursor.block(), cursor.positionInBlock()
    for m in WORD.finditer(block.text()):
        if m.start() <= at <= m.end():
            found = QTextCursor(block)
            found.setPosition(block.position() + m.start())
            found.setPosition(block.position() + m.end(), QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


def spelling_actions(edit: QTextEdit, spelling: Spelling, menu: QMenu, pos: QPoint) -> None:
    """The suggestions for the misspelt word under ``pos``, then "Add to My Dictionary" and
    "Ignore", at the top of ``menu``; nothing when the word is spelt right."""
    checker = spelling.current()
    cursor = word_at(edit, pos)
    if checker is None or cursor is None or checker.known(cursor.selectedText()):
        return
    word = cursor.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    suggestions = checker.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.triggered.connect(lambda _c=False, s=suggestion: replace(edit, spelling.ctl, cursor, s))
        menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction(translate("Spelling", "(no suggestions)"))
        none.setEnabled(False)
        menu.insertAction(first, none)
    word = checker.bare(word)  # "Azawad", not "l’Azawad": the word after an elision
    add = menu.addAction(translate("Spelling", "Add “{word}” to My Dictionary").format(word=word))
    add.triggered.connect(lambda: _keep(edit, spelling, word))
    menu.insertAction(first, add)
    ignore = menu.addAction(translate("Spelling", "Ignore “{word}”").format(word=word))
    ignore.triggered.connect(lambda: spelling.ignore(word))
    menu.insertAction(first, ignore)
    if first is not None:
        menu.insertSeparator(first)


def replace(edit: QTextEdit, ctl: Controller, cursor: QTextCursor, word: str) -> None:
    """The word under ``cursor`` replaced by ``word``, as one undo step of its own, keeping
    the replaced word's italics."""
    ctl.seal_typing()
    fmt = cursor.charFormat()
    cursor.insertText(word, fmt)
    edit.setTextCursor(cursor)
    ctl.seal_typing()


def _keep(edit: QTextEdit, spelling: Spelling, word: str) -> None:
    problem = spelling.keep(word)
    if problem:
        window = edit.window()
        asker = getattr(window, "asker", None)
        if asker is not None:
            asker.error(window, translate("Spelling", "Word not kept"), problem)


def attach(edit: QTextEdit, spelling: Spelling) -> SpellHighlighter:
    """Spelling for ``edit``: the underlines and the context menu."""
    highlighter = SpellHighlighter(edit.document(), spelling)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu_at(pos: QPoint) -> None:
        menu = edit.createStandardContextMenu(pos)
        spelling_actions(edit, spelling, menu, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    edit.customContextMenuRequested.connect(menu_at)
    edit.spell_highlighter = highlighter  # kept with the editor, which owns the document
    return highlighter


def install(window: MainWindow) -> None:
    """Every rich-text editor of the window checks spelling."""
    from delegate_editor.ui.editors import RichTextEdit

    window.spelling = Spelling(window.ctl, window.settings.spelling, window)
    for edit in [*window.findChildren(RichTextEdit), window.document_page]:
        attach(edit, window.spelling)
