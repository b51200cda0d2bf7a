"""The compare view's text: a :class:`~delegate_editor.formats.compare.Comparison` as HTML
for a QTextBrowser, insertions underlined, deletions struck through, moves and italics
changes marked, footnote changes under the text.

Built on the comparison the tracked-changes writers use (it never diffs again), so the
view shows exactly what an export will track. Qt-free: plain strings, tested as such.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from delegate_editor.conventions.messages import shown
from delegate_editor.formats.change_list import where
from delegate_editor.formats.compare import Comparison, Kind, Row
from delegate_editor.formats.compare_words import Op, Span, Token

INSERTED = "color:#0b5394; text-decoration: underline"
DELETED = "color:#a61c00; text-decoration: line-through"
MOVED = "color:#38761d"
FORMATTED = "background-color:#fff2cc"
NOTE_MARK = "vertical-align: super; font-size: small"


# the filter by part: its label → the comparison's parts it shows (the compare view shows the
# label through translate("CompareHtml", ...); this module stays Qt-free)
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for pyside6-lupdate without importing Qt here."""
    return text


PARTS: dict[str, tuple[str, ...]] = {
    QT_TRANSLATE_NOOP("CompareHtml", "The whole text"): (),
    QT_TRANSLATE_NOOP("CompareHtml", "Front matter and sponsors"): ("header", "sponsors"),
    QT_TRANSLATE_NOOP("CompareHtml", "Preamble"): ("preamble",),
    QT_TRANSLATE_NOOP("CompareHtml", "Operative part"): ("operative",),
    QT_TRANSLATE_NOOP("CompareHtml", "Annexes"): ("annex",),
    QT_TRANSLATE_NOOP("CompareHtml", "Footnotes"): ("footnotes",),
}

# the key's words and the notes' heading, shown through the ``words`` function the view passes
# (translate("CompareHtml", ...)); English as they stand
KEY, INSERTED_WORD, DELETED_WORD, MOVED_WORD, FORMATTED_WORD, RAISED_WORDS, NOTES_HEADING = (
    QT_TRANSLATE_NOOP("CompareHtml", "Key:"),
    QT_TRANSLATE_NOOP("CompareHtml", "inserted"),
    QT_TRANSLATE_NOOP("CompareHtml", "deleted"),
    QT_TRANSLATE_NOOP("CompareHtml", "moved"),
    QT_TRANSLATE_NOOP("CompareHtml", "italics changed"),
    QT_TRANSLATE_NOOP("CompareHtml", "footnote marks raised"),
    QT_TRANSLATE_NOOP("CompareHtml", "Footnotes"),
)
# the notes after a moved paragraph; the place it came from is a message worded in the
# language messages are shown in (the interface language in the app)
MOVED_AWAY, MOVED_HERE = (
    QT_TRANSLATE_NOOP("CompareHtml", "⟶ moved (see where it now stands)"),
    QT_TRANSLATE_NOOP("CompareHtml", "⟵ moved here from {place}"),
)


def legend(words: Callable[[str], str] = str) -> str:
    """The key above the text, in the words ``words`` gives."""
    w = [
        escape(words(x)) for x in (KEY, INSERTED_WORD, DELETED_WORD, MOVED_WORD, FORMATTED_WORD, RAISED_WORDS)
    ]
    return (
        f'<p style="color:#555">{w[0]} <span style="{INSERTED}">{w[1]}</span> · '
        f'<span style="{DELETED}">{w[2]}</span> · <span style="{MOVED}">{w[3]}</span> · '
        f'<span style="{FORMATTED}">{w[4]}</span> · {w[5]}</p>'
    )


LEGEND = legend()


def part_of(row: Row) -> str:
    return row.block.source.part


def shows(part_filter: str, part: str) -> bool:
    parts = PARTS.get(part_filter, ())
    return not parts or part in parts


def anchor(index: int) -> str:
    """The anchor of the comparison's row ``index`` (the list of changes scrolls to it)."""
    return f"row{index}"


def note_anchor(key: str) -> str:
    return f"note-{key}"


def _token(token: Token) -> str:
    text = escape(token.text)
    if token.note is not None:
        return f'<span style="{NOTE_MARK}">{text}</span>'
    if token.label:  # the number or letter, set apart from the text as on the page
        return f"{text}&nbsp;"
    if token.italic:
        return f"<i>{text}</i>"
    return text


def _span(span: Span, moved: bool = False, words: Callable[[str], str] = str) -> str:
    inner = "".join(_token(t) for t in span.tokens)
    if span.tokens and all(t.label for t in span.tokens):
        # a number or letter changed by others' insertions or deletions: numbers follow
        # the order by themselves, so only the new one is shown, unmarked
        return "" if span.op is Op.DELETE else inner
    if span.op is Op.INSERT:
        return f'<span style="{INSERTED}">{inner}</span>'
    if span.op is Op.DELETE:
        return f'<span style="{DELETED}">{inner}</span>'
    if span.op is Op.FORMAT:
        return f'<span style="{FORMATTED}" title="{escape(words(FORMATTED_WORD))}">{inner}</span>'
    return f'<span style="{MOVED}">{inner}</span>' if moved else inner


def _row(index: int, row: Row, words: Callable[[str], str] = str) -> str:
    moved = row.kind in (Kind.MOVED_FROM, Kind.MOVED_TO)
    body = "".join(_span(s, moved, words) for s in row.spans)
    if row.kind is Kind.MOVED_FROM:
        body = f'<span style="{DELETED}">{body}</span>'
        note = words(MOVED_AWAY)
    elif row.kind is Kind.MOVED_TO:
        assert row.old is not None
        note = words(MOVED_HERE).format(place=shown(where(row.old)))
    else:
        note = ""
    tail = f' <span style="{MOVED}; font-size: small">[{escape(note.strip())}]</span>' if note else ""
    indent = 24 * max(0, len(row.block.source.path) - 1)
    return f'<p style="margin-left:{indent}px"><a name="{anchor(index)}"></a>{body}{tail}</p>'


def comparison_html(
    comparison: Comparison, part_filter: str = "The whole text", words: Callable[[str], str] = str
) -> str:
    """The comparison as one HTML page, filtered to one part (``PARTS``); ``words`` gives the
    key's words, the notes on moves and the italics tooltip in the interface language."""
    out = [legend(words)]
    for index, row in enumerate(comparison.rows):
        if shows(part_filter, part_of(row)):
            out.append(_row(index, row, words))
    if shows(part_filter, "footnotes") and comparison.notes:
        out.append(f"<hr/><p><b>{escape(words(NOTES_HEADING))}</b></p>")
        for key, change in comparison.notes.items():
            note = change.new or change.old
            mark = escape(note.mark if note else key)
            if change.new is None:
                body = (
                    f'<span style="{DELETED}">{"".join(_span(s, words=words) for s in change.spans)}</span>'
                )
            else:
                body = "".join(_span(s, words=words) for s in change.spans)
            out.append(
                f'<p><a name="{note_anchor(key)}"></a><span style="{NOTE_MARK}">{mark}</span> {body}</p>'
            )
    return "\n".join(out)
