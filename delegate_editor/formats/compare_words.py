"""The word-by-word comparison of one paragraph, and the tokens the writers mark.

A paragraph is split into words, runs of white space, punctuation marks, footnote marks and
its label; :func:`word_diff` aligns two such lists with :class:`difflib.SequenceMatcher`
(``autojunk=False``: its junk heuristic would treat "the" and "of" in a long paragraph as
noise and give ragged diffs), leaving out the words before and after the edit, which are
equal anyway and would only make the matcher slower (its cost grows with the square of its
input). Equal words whose italics differ are a :attr:`Op.FORMAT` span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from delegate_editor.formats.blocks import Note, Piece

_WORDS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    FORMAT = "format"  # the same words, italics changed (the tokens carry the new style)


@dataclass(frozen=True)
class Token:
    """A word, a stretch of white space, a punctuation mark, a footnote mark or the
    paragraph's label."""

    text: str
    italic: bool = False
    note: Note | None = None
    label: bool = False
    line_break: bool = False  # a line break set by hand (block_types.Piece.line_break)
    raised: bool = False  # the comma or dash between two marks (block_types.Piece.raised)

    @property
    def written(self) -> str:
        """The text a tracked DOCX or ODT writes: a line break as one."""
        return "\n" if self.line_break else self.text

    def key(self, note_keys: dict[str, str]) -> tuple[str, str]:
        if self.note is not None:
            return ("note", note_keys.get(self.note.note_id, self.note.note_id) or self.note.mark)
        return ("label" if self.label else "text", self.text)


@dataclass(frozen=True)
class Span:
    op: Op
    tokens: tuple[Token, ...]


def tokens(pieces: tuple[Piece, ...], label: str = "", words: bool = True) -> list[Token]:
    """The tokens of a paragraph: one per word for the word diff, or one per piece where
    the paragraph is kept, added or removed whole (tens of times fewer objects to build)."""
    out = [Token(label, label=True)] if label else []
    for piece in pieces:
        if piece.note is not None:
            out.append(Token(piece.text, note=piece.note))
        elif piece.line_break:  # its space, which the tracked DOCX and ODT write as a break
            out.append(Token(piece.text, line_break=True))
        elif piece.raised:
            out.append(Token(piece.text, raised=True))
        elif not words:
            out.append(Token(piece.text, piece.italic))
        else:
            out.extend(Token(w, piece.italic) for w in _WORDS.findall(piece.text))
    return out


def word_diff(old: list[Token], new: list[Token], note_keys: dict[str, str]) -> tuple[Span, ...]:
    """The spans that turn ``old`` into ``new``; equal words whose italics differ are a
    :attr:`Op.FORMAT` span."""
    a = [t.key(note_keys) for t in old]
    b = [t.key(note_keys) for t in new]
    spans: list[Span] = []

    def add(op: Op, items: list[Token]) -> None:
        if not items:
            return
        if spans and spans[-1].op is op:
            spans[-1] = Span(op, spans[-1].tokens + tuple(items))
        else:
            spans.append(Span(op, tuple(items)))

    def same(i1: int, j1: int, count: int) -> None:
        for told, tnew in zip(old[i1 : i1 + count], new[j1 : j1 + count], strict=True):
            # a space set in italics looks the same: not a change to show
            visible = told.italic != tnew.italic and not tnew.text.isspace()
            add(Op.FORMAT if visible else Op.EQUAL, [tnew])

    # the words before and after the edit are left out of the matcher: an edit is local,
    # and the matcher's cost grows with the square of what it is given
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    same(0, 0, head)
    matcher = SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same(head + i1, head + j1, i2 - i1)
        else:
            add(Op.DELETE, old[head + i1 : head + i2])
            add(Op.INSERT, new[head + j1 : head + j2])
    same(len(a) - tail, len(b) - tail, tail)
    return _tidy(spans)


def _tidy(spans: list[Span]) -> tuple[Span, ...]:
    """Fold a lone space or short word left equal between two changes into them, and put
    each stretch of changes as one deletion then one insertion, so a rewritten clause reads
    as what was struck and what replaced it rather than as a word salad."""
    changes = (Op.DELETE, Op.INSERT)
    marked: list[Span] = []
    for i, span in enumerate(spans):
        if (
            span.op is Op.EQUAL
            and 0 < i < len(spans) - 1
            and spans[i - 1].op in changes
            and spans[i + 1].op in changes
            and _slight(span.tokens)
        ):
            marked += [Span(Op.DELETE, span.tokens), Span(Op.INSERT, span.tokens)]
        else:
            marked.append(span)
    out: list[Span] = []
    struck: list[Token] = []
    added: list[Token] = []

    def flush() -> None:
        if struck:
            out.append(Span(Op.DELETE, tuple(struck)))
        if added:
            out.append(Span(Op.INSERT, tuple(added)))
        struck.clear()
        added.clear()

    for span in marked:
        if span.op is Op.DELETE:
            struck.extend(span.tokens)
        elif span.op is Op.INSERT:
            added.extend(span.tokens)
        else:
            flush()
            if out and out[-1].op is span.op:
                out[-1] = Span(span.op, out[-1].tokens + span.tokens)
            else:
                out.append(span)
    flush()
    return tuple(out)


def _slight(items: tuple[Token, ...]) -> bool:
    words = [t for t in items if not t.text.isspace()]
    return all(t.note is None and not t.label for t in items) and (
        not words or (len(words) == 1 and len(words[0].text) <= 3)
    )
