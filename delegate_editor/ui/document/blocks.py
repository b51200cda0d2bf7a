"""One paragraph of the draft as one block of the document editor, and back.

A block holds the paragraph's opening phrase in italics, a space, then its text (italics,
footnote marks and cross-references as ``ui/richtext.py`` shows them: the marks carry their
note's id, so they keep pointing at it whatever number they show). Reading a block back, a
leading italic run is the opening; typed text with no italics has its opening recognised
as the importer recognises it (``text_import.split_opening``: the palette's lists with their
"also"/"further" forms, and the verb rule of operative paragraphs), so "Requests the
Secretary-General" typed plain becomes *Requests* and its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFontMetrics,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextBlockUserData,
    QTextCursor,
    QTextOption,
)

from delegate_editor.formats.text_import import split_opening
from delegate_editor.model import walk
from delegate_editor.model.document import SectionHeading
from delegate_editor.model.table import is_row, split_cells
from delegate_editor.model.text import NoteRef, RichText, Run, XRef, normalize, plain_text, with_opening
from delegate_editor.ui import richtext

WIDEST = 30  # ems: a table's column is no wider, a longer cell runs on to the next stop
GAP = 2  # ems between two columns


@dataclass(frozen=True)
class Place:
    """Which paragraph a block is."""

    part: str  # "preamble" or "operative"
    node_id: str
    depth: int  # 0 paragraph or heading; 1 (a); 2 (i) ...
    kind: str  # "preambular", "operative", "sub", "heading"


class PlaceData(QTextBlockUserData):
    def __init__(self, place: Place) -> None:
        super().__init__()
        self.place = place


def place_of(block: QTextBlock) -> Place | None:
    data = block.userData()
    return data.place if isinstance(data, PlaceData) else None


def shown_text(node) -> RichText:
    """What the block holds: the opening in italics, a space, the text."""
    if isinstance(node, SectionHeading):
        return (Run(node.text),)
    return with_opening(getattr(node, "opening", ""), node.text)


def tab_stops(items: list, metrics: QFontMetrics) -> dict[str, list[int]]:
    """Where each table row's cells start, in pixels from the row's start, by row id: every
    column of a paragraph's table as wide as its widest cell (at most ``WIDEST`` ems) and a
    gap, so the cells a Tab parts line up in columns down the table as they will print
    (A/C.5/80/L.6: "1" | "Overall policymaking, direction and coordination" | "92 738 500")."""
    em = metrics.horizontalAdvance("M")
    out: dict[str, list[int]] = {}
    for node, _depth in walk.tree(items):
        rows = [kid for kid in walk.children(node) or () if is_row(kid)]
        widths: list[int] = []
        for row in rows:
            for k, cell in enumerate(split_cells(row.text)[:-1]):  # the last one ends the row
                if k == len(widths):
                    widths.append(0)
                widths[k] = max(widths[k], min(metrics.horizontalAdvance(plain_text(cell)), WIDEST * em))
        stops = list(accumulate(w + GAP * em for w in widths))
        out.update((row.id, stops) for row in rows)
    return out


def row_look(fmt: QTextBlockFormat, node, stops: dict[str, list[int]], palette: QPalette) -> None:
    """A table's row (``SubParagraph.row``) set as a row: its cells at their columns'
    stops (:func:`tab_stops`), on the shade of a table's cells, left-aligned as a grid is.
    Other paragraphs are left as they are."""
    if not is_row(node):
        return
    fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    fmt.setTabPositions([QTextOption.Tab(x, QTextOption.TabType.LeftTab) for x in stops.get(node.id, [])])
    fmt.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
    fmt.setBottomMargin(0)


def insert(cursor: QTextCursor, text: RichText, marks: dict[str, str], labels: dict[str, str]) -> None:
    """``text`` at the cursor, in the formats ``richtext`` gives runs and marks."""
    for item in text:
        if isinstance(item, Run):
            cursor.insertText(item.text, richtext.plain_format(item.italic))
        elif isinstance(item, NoteRef):
            cursor.insertText(marks.get(item.note_id, "*"), richtext.mark_format(note_id=item.note_id))
        elif isinstance(item, XRef):
            cursor.insertText(labels.get(item.target_id, "??"), richtext.mark_format(xref_id=item.target_id))


def read(block: QTextBlock, start: int = 0, end: int | None = None) -> RichText:
    """The block's text (or the characters ``start`` to ``end`` of it) as model rich text."""
    return richtext.read_block(block, start, end)


def split_shown(text: RichText, kind: str, language: str) -> tuple[str, RichText]:
    """(opening, text) of what a block holds: the leading italic run, or a recognised phrase."""
    if kind not in ("preambular", "operative"):
        return "", text
    opening, rest = split_opening(text, kind == "operative", language)
    if rest and isinstance(rest[0], Run) and rest[0].text.startswith(" ") and not rest[0].italic:
        rest = normalize((Run(rest[0].text[1:]), *rest[1:]))
    return opening, rest


def front_lines(draft) -> list[tuple[str, bool, bool]]:
    """The printed lines of the front matter the editor shows above the paragraphs, read-only
    (the front matter and sponsors are edited in their pages): (text, bold, italic)."""
    from delegate_editor.conventions.wording import sponsors_line

    lines = []
    if sponsors := sponsors_line(draft):
        lines.append((sponsors, True, False))
    if title := plain_text(draft.title).strip():
        lines.append((title, True, False))
    if authoring := draft.authoring.strip():
        lines.append((authoring + ("," if draft.preamble else ""), False, True))
    return lines
