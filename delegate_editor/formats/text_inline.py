"""Marked-up text read back into rich text: ``*italic*`` and ``[^N]`` note references, the
plain-text form of docs/file-format.md. Apart from ``text.py`` (the writer and the
importer's helpers) to keep both small; the reader must stay linear, since a hostile
paragraph of a million stars reaches it (tests/reliability)."""

from __future__ import annotations

import re
from functools import lru_cache

from delegate_editor.model.text import Inline, NoteRef, RichText, Run, normalize

_REF = re.compile(r"\[\^(\d+)\]")


# A token of marked-up text: (kind, value, before, after), kind "text", "star" or "ref";
# for a star, the characters before and after it ("" at the ends). Plain tuples: a hostile
# paragraph of a million stars makes a million tokens (as dataclasses they took seconds).
_Tok = tuple[str, str, str, str]
_TEXT, _STAR, _REF_TOK = "text", "star", "ref"

# what is not plain text: an escape, a star, the start of a note reference
_SPECIAL = re.compile(r"\\[\\*\[|]|\*|\[\^")  # "\|": a bar that opens no table row (text_table)


def _tokens(text: str) -> list[_Tok]:
    """The tokens of ``text``, found by a regular expression (the characters between two
    special places are taken in one slice, not one by one)."""
    toks: list[_Tok] = []
    buf: list[str] = []
    i, n = 0, len(text)
    for m in _SPECIAL.finditer(text):
        at = m.start()
        if at < i:  # inside a note reference already taken
            continue
        if at > i:
            buf.append(text[i:at])
        found = m.group()
        if found == "*":
            if buf:
                toks.append((_TEXT, "".join(buf), "", ""))
                buf.clear()
            toks.append((_STAR, "*", text[at - 1] if at else "", text[at + 1] if at + 1 < n else ""))
            i = at + 1
        elif found == "[^":
            ref = _REF.match(text, at)
            if ref:
                if buf:
                    toks.append((_TEXT, "".join(buf), "", ""))
                    buf.clear()
                toks.append((_REF_TOK, ref.group(1), "", ""))
                i = ref.end()
            else:
                buf.append("[")
                i = at + 1
        else:  # an escape: the character itself
            buf.append(found[1])
            i = at + 2
    if i < n:
        buf.append(text[i:])
    if buf:
        toks.append((_TEXT, "".join(buf), "", ""))
    return toks


def parse_inline(text: str) -> RichText:
    """Marked-up text back to rich text. ``[^N]`` becomes ``NoteRef("N")`` (the caller maps
    the number to a footnote id). A star opens italics when text follows it and a closing
    star comes later; it closes when text precedes it; any other star is literal, so the
    asterisks of pasted text that are not markup survive."""
    if not _SPECIAL.search(text):  # most lines of a copy: one run, found without tokens
        return (Run(text),) if text else ()
    toks = _tokens(text)
    # closing_after[k]: a star after token k could close an italic run
    closing_after = [False] * (len(toks) + 1)
    for k in range(len(toks) - 1, -1, -1):
        kind, _, before, _ = toks[k]
        closing_after[k] = closing_after[k + 1] or (kind == _STAR and before != "" and not before.isspace())
    items: list[Inline] = []
    texts: list[str] = []  # text of the current style not yet made a run
    italic = False

    def flush() -> None:
        if texts:
            items.append(Run("".join(texts), italic))
            texts.clear()

    for k, (kind, value, before, after) in enumerate(toks):
        if kind == _TEXT:
            texts.append(value)
        elif kind == _REF_TOK:
            flush()
            items.append(NoteRef(value))
        elif italic and before and not before.isspace():
            flush()
            italic = False
        elif not italic and after and not after.isspace() and closing_after[k + 1]:
            flush()
            italic = True
        else:
            texts.append("*")
    flush()
    return normalize(items)


@lru_cache(maxsize=64)
def strip_markup(text: str) -> str:
    """The characters of marked-up text without italics markers or note references.
    Cached: the importer asks for the same paragraph several times, which a paragraph of a
    million markers (a hostile file) made cost seconds each time."""
    return "".join(item.text for item in parse_inline(text) if isinstance(item, Run))


def quoted(end: str, start: str, width: int = 30) -> dict[str, str]:
    """What a report line quotes of a join: the end of one text and the start of the next
    as the user reads them, without markup (a cut at 30 characters may fall inside a mark,
    "^19] and the New Urban Agenda,"); ``raw_end`` keeps the end as written, which the
    running-head pass looks for in the joined paragraph."""
    return {"end": strip_markup(end)[-width:], "start": strip_markup(start)[:width], "raw_end": end[-width:]}


def quoted_before(text: str, at: int, width: int = 30) -> str:
    """The words before position ``at`` of marked-up text, as a report line quotes them."""
    return strip_markup(text[:at])[-width:].lstrip()


# two notes' marks side by side, "Unit.³,⁴" (A/RES/72/18): the comma between them is the marks'
_MARKS_SIDE_BY_SIDE = re.compile(r"(\[\^\d+\]),(?=\[\^\d+\])")


def plain_words(text: str) -> str:
    """:func:`strip_markup` without the comma between two marks side by side, so the
    paragraph's own last character shows: "... of the Joint Inspection Unit.[^3],[^4]" ends
    with its full stop."""
    return strip_markup(_MARKS_SIDE_BY_SIDE.sub(r"\1", text))


# -- the document -------------------------------------------------------------------------
