"""Rich text of the model in a Qt text editor, and back.

Runs become text with the italic property; a footnote reference becomes its current mark
(e.g. "1") in superscript, carrying the footnote id in a user property so that converting
back yields the same :class:`NoteRef` whatever number it shows; a cross-reference shows its
paragraph's current number the same way. The marks are never typed into the model.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from delegate_editor.model.text import Inline, NoteRef, RichText, Run, XRef, normalize
from delegate_editor.ui.i18n import translate

NOTE_PROPERTY = QTextFormat.Property.UserProperty + 1
XREF_PROPERTY = QTextFormat.Property.UserProperty + 2


def plain_format(italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(italic)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
    return fmt


def mark_format(note_id: str = "", xref_id: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    if note_id:
        fmt.setProperty(NOTE_PROPERTY, note_id)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        fmt.setToolTip(translate("Richtext", "Footnote reference"))
    if xref_id:
        fmt.setProperty(XREF_PROPERTY, xref_id)
        fmt.setFontUnderline(True)
        fmt.setToolTip(translate("Richtext", "Cross-reference: shows the paragraph's current number"))
    return fmt


def fill(doc: QTextDocument, text: RichText, note_marks: dict[str, str], labels: dict[str, str]) -> None:
    """Replace the document's contents with ``text``."""
    doc.clear()
    cursor = QTextCursor(doc)
    for item in text:
        if isinstance(item, Run):
            cursor.insertText(item.text, plain_format(item.italic))
        elif isinstance(item, NoteRef):
            cursor.insertText(note_marks.get(item.note_id, "*"), mark_format(note_id=item.note_id))
        elif isinstance(item, XRef):
            cursor.insertText(labels.get(item.target_id, "??"), mark_format(xref_id=item.target_id))
    cursor.setCharFormat(plain_format(False))


def insert_note(cursor: QTextCursor, note_id: str, mark: str) -> None:
    """Insert a footnote reference at the cursor, then carry on typing in plain text."""
    italic = cursor.charFormat().fontItalic()
    cursor.insertText(mark, mark_format(note_id=note_id))
    cursor.setCharFormat(plain_format(italic))


def insert_xref(cursor: QTextCursor, target_id: str, label: str) -> None:
    """Insert a cross-reference showing ``label`` (the paragraph's number now) at the cursor."""
    italic = cursor.charFormat().fontItalic()
    cursor.insertText(label, mark_format(xref_id=target_id))
    cursor.setCharFormat(plain_format(italic))


def read(doc: QTextDocument) -> RichText:
    """The document as model rich text. Paragraph breaks become spaces: a paragraph of a
    resolution is one paragraph. Typing inside a mark does not change what it refers to."""
    items: list[Inline] = []
    block = doc.begin()
    first = True
    while block.isValid():
        if not first:
            items.append(Run(" "))
        first = False
        items.extend(read_block(block))
        block = block.next()
    return normalize(items)


def read_block(block: QTextBlock, start: int = 0, end: int | None = None) -> RichText:
    """One block as model rich text, or its characters ``start`` to ``end`` (a split)."""
    items: list[Inline] = []
    stop = block.length() - 1 if end is None else end
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            lo = max(start, frag.position() - block.position())
            hi = min(stop, frag.position() - block.position() + frag.length())
            if lo < hi:
                fmt = frag.charFormat()
                # ask hasProperty first: PySide6 6.12 on Python 3.11 drops a reference to
                # None each time property() returns an unset value, and the interpreter
                # aborts after a few thousand keystrokes
                note = fmt.stringProperty(NOTE_PROPERTY) if fmt.hasProperty(NOTE_PROPERTY) else ""
                xref = fmt.stringProperty(XREF_PROPERTY) if fmt.hasProperty(XREF_PROPERTY) else ""
                if note:
                    if not (items and items[-1] == NoteRef(str(note))):
                        items.append(NoteRef(str(note)))
                elif xref:
                    if not (items and items[-1] == XRef(str(xref))):
                        items.append(XRef(str(xref)))
                else:
                    offset = frag.position() - block.position()
                    text = frag.text()[lo - offset : hi - offset]
                    items.append(Run(text.replace("\u2028", " "), fmt.fontItalic()))
        it += 1
    return normalize(items)
