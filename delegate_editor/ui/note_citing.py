"""Where a footnote is cited: every mark of it, in print order, and the cursor at one of them.

A note the UN cites twice ("... Nuclear Weapons,¹¹" in the preamble, "... Nuclear
Weapons;¹¹" in operative paragraph 2, A/RES/74/59) has two places; the Footnotes page names
both and its "Go to reference" goes to each in turn. Places come from the blocks walk
(``formats.blocks.render``), so they follow the order the exports print.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextCursor

from delegate_editor.formats.blocks import render
from delegate_editor.ui import richtext
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.i18n import translate

_PART_NAMES = {  # shown through translate("FootnotesPanel", ...)
    "preamble": QT_TRANSLATE_NOOP("FootnotesPanel", "preambular paragraph"),
    "operative": QT_TRANSLATE_NOOP("FootnotesPanel", "operative paragraph"),
    "annex": QT_TRANSLATE_NOOP("FootnotesPanel", "the annex"),
    # a paragraph without a number: an amendment's instruction or the text it quotes
    "unnumbered": QT_TRANSLATE_NOOP("FootnotesPanel", "an unnumbered paragraph"),
    "title": QT_TRANSLATE_NOOP("FootnotesPanel", "the title"),
    "recommendation": QT_TRANSLATE_NOOP("FootnotesPanel", "the recommendation"),
    "lead_in": QT_TRANSLATE_NOOP("FootnotesPanel", "the lead-in"),
}


@dataclass(frozen=True)
class Place:
    """One mark of a note: the part and paragraph (or front field) it stands in, the words
    that name it, and which of the note's marks in that paragraph it is (0 for the first)."""

    part: str
    node_id: str
    where: str
    nth: int = 0


def _where(ctl: Controller, part: str, node_id: str, index: int) -> str:
    if part in ("preamble", "operative"):
        label = ctl.labels().get(node_id, str(index)).strip()
        if not label:  # "operative paragraph ." said nothing (A/80/L.19)
            return translate("FootnotesPanel", _PART_NAMES["unnumbered"])
        return f"{translate('FootnotesPanel', _PART_NAMES[part])} {label}"
    name = _PART_NAMES.get("annex" if part == "annex" else node_id)
    return translate("FootnotesPanel", name) if name else part


def citing(ctl: Controller) -> dict[str, list[Place]]:
    """Footnote id → every place that cites it, in print order."""
    out: dict[str, list[Place]] = {}
    for block in render(ctl.draft, ctl.layout()).blocks:
        seen: dict[str, int] = {}
        for piece in block.pieces:
            note = piece.note
            if note is None or not note.note_id:
                continue
            src = block.source
            nth = seen.get(note.note_id, 0)
            seen[note.note_id] = nth + 1
            place = Place(src.part, src.id, _where(ctl, src.part, src.id, src.index), nth)
            out.setdefault(note.note_id, []).append(place)
    return out


def where_all(places: list[Place]) -> str:
    """The places in words: "preambular paragraph 3 and operative paragraph 2"; a paragraph
    that cites the note twice is named once."""
    names = list(dict.fromkeys(p.where for p in places))
    if len(names) < 2:
        return names[0] if names else ""
    return translate("FootnotesPanel", "{0} and {1}").format(", ".join(names[:-1]), names[-1])


def note_at_cursor(cursor: QTextCursor) -> str:
    """The footnote id of the mark at or just before the cursor ("" when none)."""
    for pos in (cursor.position(), cursor.position() + 1):
        probe = QTextCursor(cursor.document())
        probe.setPosition(min(pos, max(0, cursor.document().characterCount() - 1)))
        fmt = probe.charFormat()
        if fmt.hasProperty(richtext.NOTE_PROPERTY):
            return str(fmt.stringProperty(richtext.NOTE_PROPERTY))
    return ""


def cursor_at_note(doc, note_id: str, nth: int = 0) -> QTextCursor | None:
    """A cursor just after the ``nth`` footnote mark of ``note_id`` in ``doc`` (the last one
    there when it has fewer)."""
    found: QTextCursor | None = None
    count = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if (
                fmt.hasProperty(richtext.NOTE_PROPERTY)
                and str(fmt.stringProperty(richtext.NOTE_PROPERTY)) == note_id
            ):
                found = QTextCursor(doc)
                found.setPosition(frag.position() + frag.length())
                if count == nth:
                    return found
                count += 1
            it += 1
        block = block.next()
    return found
