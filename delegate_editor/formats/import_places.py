"""Where each line of an import report is: the part and the paragraph id it speaks of.

The importer's guesses are written while the text is still lines and paragraphs of text,
before the draft's paragraphs exist, so each guess quotes the words it is about ("page break
joined: "…of marine biological diversity" goes on with "of areas beyond …"", "note 3: the
number after "... Convention on the Law of the Sea" taken as its mark"). Once the draft is
built, :func:`locate` finds those words again, so the app can select the paragraph a guess
is about. A guess about a note goes to the paragraph that cites the note. A guess whose
words are in no paragraph (a masthead line not kept) has no place (None): the app lists it
without a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from delegate_editor.model import walk
from delegate_editor.model.document import Draft, SectionHeading
from delegate_editor.model.text import NoteRef, plain_text

# a quote of each language's messages, which may hold the text's own curly quotes ("…IAEA”;
# GC(67)/RES/15, entitled", A/RES/78/8)
_QUOTED = re.compile(r"\"([^\"]{6,})\"|“([^”]{6,})”|«\s?([^»]{6,}?)\s?»")
_NOTE_MARK = re.compile(r"\[\^\d+\]")  # a quote's note marks: the paragraph's text has none
_NOTE = re.compile(r"^(?:import guess: )?note (\d+):")
_SPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"^(?:import guess: )?paragraph (\d+):")


@dataclass(frozen=True)
class Place:
    """A paragraph of the draft: ``part`` as the checker names parts ("header", "preamble",
    "operative", "annexes", "footnotes") and the node's id ("title" for the title)."""

    part: str
    node_id: str


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _fields(draft: Draft) -> list[tuple[Place, str]]:
    """Every paragraph's words (opening and text) with its place, in printed order; section
    headings too, which hold plain text; then the footnotes."""
    out = [(Place(f.part, f.id), _norm(f"{f.opening} {plain_text(f.text)}")) for f in walk.body_fields(draft)]
    for node, _depth in walk.tree(draft.operative):
        if isinstance(node, SectionHeading):
            out.append((Place("operative", node.id), _norm(node.text)))
    # the notes last: a word a note's line end broke ("follow-" / "on actions.", A/RES/80/39)
    notes = (f for f in walk.rich_fields(draft) if f.part == "footnotes")
    return out + [(Place("footnotes", f.id), _norm(plain_text(f.text))) for f in notes]


def _citing(draft: Draft, number: int) -> Place | None:
    """The paragraph that first cites the note numbered ``number`` in printed order."""
    cited = walk.cited_notes(draft)
    if not 1 <= number <= len(cited):
        return None
    note_id = cited[number - 1]
    for field in walk.body_fields(draft):
        if any(isinstance(i, NoteRef) and i.note_id == note_id for i in field.text):
            return Place(field.part, field.id)
    return None


def _named(draft: Draft, message: str) -> Place | None:
    """A guess that names its paragraph rather than quoting it: "paragraph 6: the number
    "6" alone ...", a note "kept as a footnote of the title" or "placed at the end of the
    last paragraph"."""
    ops = draft.operative_paragraphs()
    m = _PARAGRAPH.match(message)
    if m and 1 <= int(m.group(1)) <= len(ops):
        return Place("operative", ops[int(m.group(1)) - 1].id)
    if message.endswith(("a footnote of the title", "taken from the symbol")):  # "79/9." too
        return Place("header", "title")
    if message.endswith("kept in the front matter (Reissue note)"):
        return Place("header", "reissue")  # the front matter's Reissue note field
    first = [("preamble", p) for p in draft.preamble[:1]] + [("operative", p) for p in ops[:1]]
    if message.endswith("a footnote of the first paragraph") and first:
        return Place(first[0][0], first[0][1].id)
    last = [("operative", p) for p in ops[-1:]] or [("preamble", p) for p in draft.preamble[-1:]]
    if "placed at the end of the last paragraph" in message and last:
        return Place(last[0][0], last[0][1].id)
    return None


def _words(message: str) -> list[str]:
    """The quoted words of a message, without the ellipses that cut them."""
    # a table's cells are quoted "Date/time | Programme": the row's text parts them by a tab
    quotes = (
        _NOTE_MARK.sub("", "".join(q)).replace(" | ", " ").strip("…").strip()
        for q in _QUOTED.findall(message)
    )
    return [_norm(q) for q in quotes if q]


def locate_one(draft: Draft, message: str, fields: list[tuple[Place, str]] | None = None) -> Place | None:
    """The place ``message`` speaks of, or None."""
    fields = fields if fields is not None else _fields(draft)
    m = _NOTE.match(message)
    if m:
        place = _citing(draft, int(m.group(1)))
        if place is not None:
            return place
    place = _named(draft, message)
    if place is not None:
        return place
    words = _words(message)
    # the words a join put together first ("…diversity" goes on with "of areas …"), then
    # each quote; the body before the title, which often repeats a paragraph's words
    tries = ([" ".join(words)] if len(words) > 1 else []) + words
    ordered = [f for f in fields if f[0].part != "header"] + [f for f in fields if f[0].part == "header"]
    for quote in tries:
        for place, text in ordered:
            if quote and quote in text:
                return place
    return None


def locate(draft: Draft, messages: list[str]) -> list[Place | None]:
    """The place of each message, in order (None where the words are in no paragraph)."""
    fields = _fields(draft)
    return [locate_one(draft, message, fields) for message in messages]
