"""Rich text inside a paragraph: runs of text (roman or italic), footnote references and
cross-references to other paragraphs.

Rich text is an immutable tuple of inline items so it can be shared between undo commands
without copying and compared with ``==``. Footnote numbers and paragraph numbers are never
stored here: a :class:`NoteRef` names a footnote by its id and an :class:`XRef` names a
paragraph by its id; the numbers are derived when the draft is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    italic: bool = False


@dataclass(frozen=True)
class NoteRef:
    """The anchor of a footnote: its number appears here when rendered."""

    note_id: str


@dataclass(frozen=True)
class XRef:
    """A reference to another paragraph ("paragraph 4 above"): renders as its current number,
    so it follows the paragraph when the paragraph moves."""

    target_id: str


Inline = Run | NoteRef | XRef
RichText = tuple[Inline, ...]

EMPTY: RichText = ()


# Characters no document format can hold: C0 controls other than tab and line ends (XML 1.0
# forbids them even as references), lone UTF-16 surrogates (not characters: UTF-8 cannot
# encode them) and the non-characters U+FFFE/U+FFFF. They reach a draft by pasting from a PDF
# or a web page, or from a hand-edited .dres whose JSON escapes them.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_AS_SPACE = {"\x0b": " ", "\x0c": " "}  # Word's manual line break, a form feed


def clean_text(text: str) -> str:
    """``text`` with the characters no format can store removed (line and page breaks become
    spaces, lone surrogates U+FFFD), so every writer can write whatever the user pasted."""
    if not _UNWRITABLE.search(text):
        return text
    return _UNWRITABLE.sub(
        lambda m: _AS_SPACE.get(m.group(), "\ufffd" if m.group() >= "\ud800" else ""), text
    )


def rich(text: str = "", italic: bool = False) -> RichText:
    """Rich text holding one run (or nothing for the empty string)."""
    return (Run(text, italic),) if text else ()


def normalize(items: tuple[Inline, ...] | list[Inline]) -> RichText:
    """Merge adjacent runs of the same style and drop empty runs. The texts of a merge are
    joined once (adding them one by one was quadratic: seconds for a paragraph of many
    thousand markers)."""
    out: list[Inline] = []
    texts: list[str] = []
    italic = False
    for item in items:
        if isinstance(item, Run):
            if not item.text:
                continue
            if texts and item.italic != italic:
                out.append(Run("".join(texts), italic))
                texts = []
            italic = item.italic
            texts.append(item.text)
            continue
        if texts:
            out.append(Run("".join(texts), italic))
            texts = []
        out.append(item)
    if texts:
        out.append(Run("".join(texts), italic))
    return tuple(out)


def plain_text(text: RichText) -> str:
    """The characters of the text, without footnote or cross-reference marks."""
    return "".join(item.text for item in text if isinstance(item, Run))


def note_ids(text: RichText) -> list[str]:
    """Footnote ids referenced in this text, in order."""
    return [item.note_id for item in text if isinstance(item, NoteRef)]


def concat(*parts: RichText) -> RichText:
    """Join several rich texts into one."""
    items: list[Inline] = []
    for part in parts:
        items.extend(part)
    return normalize(items)


def strip_end(text: RichText) -> RichText:
    """Remove trailing white space from the last run."""
    items = list(text)
    while items and isinstance(items[-1], Run):
        stripped = items[-1].text.rstrip()
        if stripped:
            items[-1] = Run(stripped, items[-1].italic)
            break
        items.pop()
    return tuple(items)


def between_marks(text: RichText, index: int) -> bool:
    """Whether ``text[index]`` is the comma between two footnote marks side by side
    ("Unit.³,⁴", A/RES/72/18) or the dash of a range of notes ("Board of Auditors;¹⁻²¹",
    A/RES/72/8): it belongs to the marks, and is printed raised as they are."""
    item = text[index]
    return (
        0 < index < len(text) - 1
        and isinstance(item, Run)
        and item.text in (",", "–")
        and isinstance(text[index - 1], NoteRef)
        and isinstance(text[index + 1], NoteRef)
    )


def last_char(text: RichText) -> str:
    """The last visible character of the text, ignoring footnote marks and the comma or dash
    between two marks (``between_marks``) ("" when empty)."""
    items = list(text)
    while len(items) > 2 and isinstance(items[-1], NoteRef) and between_marks(tuple(items), len(items) - 2):
        del items[-2:]
    stripped = plain_text(tuple(items)).rstrip()
    return stripped[-1] if stripped else ""


def with_last_char(text: RichText, char: str) -> RichText:
    """Replace the final punctuation mark (, ; : .) of the text with ``char``, or append it.

    Footnote references after the final mark stay after it, as UN style puts the mark
    after the punctuation."""
    items = list(strip_end(text))
    tail: list[Inline] = []
    while items and not isinstance(items[-1], Run):
        tail.insert(0, items.pop())
    if items:
        last = items[-1]
        assert isinstance(last, Run)
        body = last.text.rstrip()
        if body and body[-1] in ",;:.":
            body = body[:-1]
        items[-1] = Run(body, last.italic)
    items.append(Run(char))
    return normalize(items + tail)


def with_opening(opening: str, text: RichText, italic: bool = True) -> RichText:
    """The opening phrase (in italics, as printed) and the paragraph's text as one rich text,
    a space between unless the text starts with punctuation or a space: what an editor shows
    of a paragraph, and what a sub-paragraph or a quotation keeps of an opening."""
    if not opening:
        return text
    first = text[0] if text else None
    joiner = () if isinstance(first, Run) and first.text[:1] in ",;:. " else (Run(" "),)
    return normalize((Run(opening, italic), *joiner, *text))


def capitalized(text: RichText) -> RichText:
    """The text with its first letter made a capital (a checker's fix: "(a) the ..." -> "(a) The ...")."""
    items = list(text)
    for i, item in enumerate(items):
        if isinstance(item, Run) and item.text.strip():
            stripped = item.text.lstrip()
            lead = item.text[: len(item.text) - len(stripped)]
            items[i] = Run(lead + stripped[0].upper() + stripped[1:], item.italic)
            break
    return tuple(items)
