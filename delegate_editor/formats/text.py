"""The plain-text form of a draft, both ways.

The written form has the shape of the reference seed (``tests/data/seed_*.txt``): the masthead
lines, then one paragraph per block separated by one blank line; italics as ``*...*``; the
asterisk notes ("* E/CN.15/2013/1.") as their own lines after the body, and so a footnote with
a mark of its own ("Court,** and noting", "** United Nations, Treaty Series, ...": the UN's
form, which the importer reads); numbered footnotes as ``[^N]`` at the anchor and
``[^N]: text`` lines at the end. It is built from
:func:`blocks.render` only, so numbering, marks and derived lines are exactly those of the
DOCX, ODT and PDF exports.

The inline markup is shared with the reader (``text_import.py``): literal asterisks,
backslashes and ``[^`` are escaped with a backslash so that a draft reads back as it was.
Reading lives in ``text_import.py``; :func:`read_text` and :func:`read_text_bytes` here are
the names the registry and callers use.
"""

from __future__ import annotations

import re
from functools import cache

from delegate_editor.conventions.phrases import longest_opening, operative_phrases, preambular_phrases
from delegate_editor.conventions.states import all_states
from delegate_editor.formats.block_types import cells, grouped
from delegate_editor.formats.blocks import Block, Note, Piece, Rendered, render
from delegate_editor.formats.layout import BlockStyle, Layout
from delegate_editor.formats.text_inline import parse_inline
from delegate_editor.model.document import Draft
from delegate_editor.model.text import Inline, NoteRef, RichText

# Blocks written as "label text" (one space) rather than the label alone on a line.
_LABELLED = {
    BlockStyle.OPERATIVE,
    BlockStyle.SUB1,
    BlockStyle.SUB2,
    BlockStyle.SUB3,
    BlockStyle.SUB4,
    BlockStyle.DASH,
    BlockStyle.TITLE,
    BlockStyle.ANNEX_NUMBERED,
}

_NOTE_REF = "[^{}]"
_NOTE_DEF = "[^{}]: "


# -- inline markup: writing ---------------------------------------------------------------


def escape(text: str) -> str:
    """Escape the characters the reader treats as markup, so literal text reads back as is."""
    text = text.replace("\\", "\\\\").replace("*", "\\*")
    return text.replace("[^", "\\[^")


def _merged(pieces: tuple[Piece, ...] | list[Piece]) -> list[Piece]:
    """Adjacent pieces of the same style joined, so italics get one pair of markers."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if piece.note is None and last is not None and last.note is None and last.italic == piece.italic:
            out[-1] = Piece(last.text + piece.text, piece.italic)
        elif piece.note is not None or piece.text:
            out.append(piece)
    return out


def _one_line(text: str) -> str:
    """A paragraph is one line in the text form: line breaks inside it become spaces."""
    return re.sub(r"[\r\n\f\v\u2028\u2029]+", " ", text)


def inline(pieces: tuple[Piece, ...] | list[Piece]) -> str:
    """A block's pieces as marked-up text: ``*italic*``, ``[^N]`` for numbered notes and the
    bare mark ("*") for asterisk notes. White space at the edges of an italic run is written
    outside the markers (``*`` must touch the text it marks)."""
    out: list[str] = []
    for piece in _merged(pieces):
        if piece.note is not None:
            out.append(piece.note.mark if piece.note.custom else _NOTE_REF.format(piece.note.mark))
            continue
        text = _one_line(piece.text)
        core = text.strip()
        if piece.italic and core:
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            out.append(f"{lead}*{escape(core)}*{trail}")
        else:
            out.append(escape(text))
    return "".join(out)


# -- inline markup: reading (formats/text_inline.py) ---------------------------------------


def _block_paras(block: Block) -> list[str]:
    """A block as the text form's paragraphs: one, but an agenda title of several items
    ("Agenda items 134 and 145") is a paragraph per item's title, as the UN prints them one
    under the other, so that reading the text back keeps them apart."""
    if block.style is BlockStyle.AGENDA_TITLE:
        title = "".join(p.text for p in block.pieces)
        return [escape(line.strip()) for line in title.split("\n") if line.strip()]
    return [_block_line(block)]


def _block_line(block: Block) -> str:
    body = inline(block.pieces)
    if body.startswith("|"):  # a paragraph that would read as a table's row ("| a |")
        body = "\\" + body
    if block.label and block.style in _LABELLED:
        return f"{block.label} {body}" if body else block.label
    return body


def pipe_table(rows: list[Block]) -> str:
    """A table as the Markdown pipe table pandoc reads: a row a line, "|" between cells
    (escaped inside one), the header rows above a "| --- |" line."""
    width = max(len(cells(row)) for row in rows)
    lines: list[str] = []
    for k, row in enumerate(rows):
        texts = [inline(cell).strip().replace("|", "\\|") for cell in cells(row)]
        texts += [""] * (width - len(texts))
        lines.append("| " + " | ".join(texts) + " |")
        header = row.style is BlockStyle.TABLE_HEADER
        if header and (k + 1 == len(rows) or rows[k + 1].style is not BlockStyle.TABLE_HEADER):
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def _masthead(rendered: Rendered) -> list[str]:
    """The masthead as paragraphs: the symbol, the organ, "Distr." with the date under it,
    "Original", then the job number (which UN pages print at the foot of page 1)."""
    m = rendered.masthead
    # a reissued symbol's asterisk is printed as the UN prints it ("A/C.1/80/L.23*"), never
    # escaped: these lines hold no italics, and the importer reads them as printed
    paras = [escape(m.symbol).replace("\\*", "*")] if m.symbol.strip() else []
    if m.organ.strip():
        paras.append(escape(_one_line(m.organ)))
    block = "\n".join(escape(x) for x in (m.distribution, m.date) if x)
    if block:
        paras.append(block)
    if m.original:
        paras.append(escape(_one_line(m.original)))
    if m.job_number.strip():
        paras.append(escape(_one_line(m.job_number)).replace("\\*", "*"))
    return paras


def _note_line(note: Note) -> str:
    text = inline(note.pieces)
    if note.custom:
        return f"{note.mark} {text}"
    return _NOTE_DEF.format(note.mark) + text


def write_text(draft: Draft, layout: Layout | None = None) -> str:
    """The draft as plain text in the seed's shape (see the module docstring)."""
    rendered = render(draft, layout)
    paras = _masthead(rendered)
    for item in grouped(rendered.blocks):
        paras.extend([pipe_table(item)] if isinstance(item, list) else _block_paras(item))
    custom = [_note_line(n) for n in rendered.notes if n.custom]
    numbered = [_note_line(n) for n in rendered.notes if not n.custom]
    paras.extend(custom)
    if numbered:
        paras.append("\n".join(numbered))
    return "\n\n".join(p for p in paras if p) + "\n"


def write_text_bytes(draft: Draft, layout: Layout | None = None) -> bytes:
    """UTF-8 bytes of :func:`write_text` (the registry's writer signature)."""
    return write_text(draft, layout).encode("utf-8")


def rich_from(text: str, notes: dict[str, str]) -> RichText:
    """Parse marked-up text, mapping ``[^N]`` to the footnote ids in ``notes`` (N → id)."""
    out: list[Inline] = []
    for item in parse_inline(text):
        if isinstance(item, NoteRef):
            out.append(NoteRef(notes.get(item.note_id, item.note_id)))
        else:
            out.append(item)
    return tuple(out)


# -- opening phrases and sponsor names in copied text ---------------------------------------
# Copied text has no italics, so the opening phrase must be recognised. The phrase lists of
# ``conventions/phrases.py`` (data in resources/) take over when that module is present; the
# rule below is the fallback: the first word (a participle, adjective or verb), an adverb
# before or after it ("Deeply concerned", "Also requests", "Recalling also"), and the few
# idioms that UN texts set in italics whole ("Taking note", "Noting with appreciation").

_AFTER = {"also", "further", "again", "moreover"}
_WITH = {
    "appreciation", "satisfaction", "concern", "interest", "regret", "alarm", "gratitude",
    "deep", "grave", "serious", "great", "profound",
}  # fmt: skip
_ADJECTIVES = {
    "Aware", "Mindful", "Convinced", "Concerned", "Conscious", "Cognizant", "Determined",
    "Desirous", "Alarmed", "Guided", "Encouraged", "Resolved", "Committed", "Fully", "Also",
    "Further", "Once",
}  # fmt: skip


@cache
def _state_words() -> frozenset[str]:
    """Capitalised words that end like a participle but are names, never an opening: the
    words of the names of States as the States table spells them, and "United" ("United
    Nations"). A line that starts with one goes on with a list of names or a title ("... to
    appoint Honduras," / "Maldives and Zimbabwe as members ...", A/C.4/80/L.11; "Saint
    Vincent and the" / "Grenadines, ..."; "... Nuclear Materials and the" / "United Nations",
    A/80/L.13), though "Maldives" ends like "Notes" and "Emirates" like "Decides". No
    opening phrase starts with such a word."""
    words = {"United"}
    for state in all_states():
        for name in (state.name, *state.aliases):
            words.update(w for w in _WORD.findall(name) if w[:1].isupper())
    return frozenset(words)


# Words that begin a sentence but never an opening phrase: "The General Assembly, recalling
# ..., decides" (a decision in one sentence), "Under agenda item 121, ..." (A/C.6/80/L.20)
_FUNCTION_WORDS = frozenset("The A An This These That Those Its Their In Under On At For By Of To".split())
_IDIOMS = tuple(
    f"{verb} {rest}"
    for verb, rests in (
        ("Bearing", ("in mind",)),
        ("Bears", ("in mind",)),
        ("Taking", ("into account", "into consideration", "note")),
        ("Takes", ("into account", "into consideration", "note")),
        ("Expressing", ("its appreciation", "its deep appreciation", "its gratitude", "its concern",
                        "its deep concern", "its grave concern", "its support", "its solidarity",
                        "its satisfaction", "its regret", "its condolences")),
        ("Expresses", ("its appreciation", "its deep appreciation", "its gratitude", "its concern",
                       "its deep concern", "its grave concern", "its support", "its solidarity",
                       "its satisfaction", "its regret", "its condolences")),
        ("Reaffirming", ("its commitment", "its support", "its determination")),
        ("Reaffirms", ("its commitment", "its support", "its determination")),
        ("Reiterating", ("its commitment", "its call", "its support")),
        ("Reiterates", ("its commitment", "its call upon", "its call", "its support")),
        ("Calls", ("upon", "on")),
        ("Places", ("on record",)),
    )
    for rest in rests
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")  # any letters: "Réaffirmant" is one word
_COMPOUND_NAMES = (
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Trinidad and Tobago",
    "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
    "Wallis and Futuna", "Turks and Caicos Islands", "Saint Pierre and Miquelon",
    "Group of 77 and China",
)  # fmt: skip


@cache
def _phrase_table() -> dict[str, tuple[str, ...]]:
    """Known opening phrases by first word, longest first: the idioms above plus the phrase
    lists of ``conventions/phrases.py`` (the palette's, the user's own phrases included)."""
    phrases = set(_IDIOMS)
    phrases.update(
        p.strip() for p in (*preambular_phrases(), *operative_phrases()) if p.strip()[:1].isupper()
    )
    table: dict[str, list[str]] = {}
    for phrase in phrases:
        table.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _known_prefix(text: str) -> str:
    first = text.split(" ", 1)[0].rstrip(",;:")
    for phrase in _phrase_table().get(first, ()):
        if text.startswith(phrase) and not text[len(phrase) : len(phrase) + 1].isalnum():
            return phrase
    return ""


def _rule_prefix(text: str) -> str:
    words = []
    pos = 0
    for m in _WORD.finditer(text):
        if m.start() != pos or len(words) > 6:
            break
        words.append(m.group())
        pos = m.end() + 1
        if m.end() < len(text) and text[m.end()] != " ":
            break
    if not words or not words[0][:1].isupper() or words[0] in _FUNCTION_WORDS:
        return ""
    n = 1
    w0 = words[0]
    if len(words) > 1 and words[1].islower():
        if w0 == "Once" and words[1] == "again":
            n = 3 if len(words) > 2 and words[2].islower() else 2
        elif w0 in ("Also", "Further", "Again") or w0.endswith("ly") or w0 == "Having":
            n = 2
    if n < len(words) and words[n] == "note" and words[n - 1] in ("Taking", "Takes", "Take"):
        n += 1
    if n + 1 < len(words) and words[n] == "with" and words[n + 1] in _WITH:
        n += 2
        if words[n - 1] in ("deep", "grave", "serious", "great", "profound") and n < len(words):
            n += 1
    if n < len(words) and words[n] in _AFTER:
        n += 1
    return " ".join(words[:n])


def opening_phrase(text: str, operative: bool = False) -> str:
    """The opening phrase at the start of copied text ("Recalling also", "Takes note"):
    the longer of the known phrase and the rule's reading; "" when the text has none."""
    known = _known_prefix(text)
    listed = longest_opening(text, "operative" if operative else "preamble")
    known = listed if len(listed) > len(known) and text.startswith(listed) else known
    if known and text[len(known) :].startswith(" "):
        tail = text[len(known) + 1 :].split(" ", 1)[0].rstrip(",;:")
        if tail in _AFTER and f"{known} {tail}" != known:
            known = f"{known} {tail}"
    rule = _rule_prefix(text)
    best = known if len(known) >= len(rule) else rule
    verb = best.split(" ", 1)[0]
    if (
        operative
        and verb.endswith("s")
        and best == f"{verb} further"
        and best.lower() not in _operative_phrases_lower()
    ):
        # after an operative verb "further" is the object's: "Encourages further efforts"
        # (A/80/L.9, A/RES/80/6), where the repeated verb is "Further encourages"
        best = verb
    return best if text.startswith(best) else ""


@cache
def _operative_phrases_lower() -> frozenset[str]:
    return frozenset(p.lower() for p in operative_phrases())


def known_opening(text: str) -> str:
    """The opening phrase at the start of ``text`` when it is a known one (an idiom or a
    phrase of the lists), "" otherwise: no guess from the shape of the first word."""
    known = _known_prefix(text)
    for part in ("preamble", "operative"):
        listed = longest_opening(text, part)
        if len(listed) > len(known) and text.startswith(listed):
            known = listed
    return known


def starts_with_opening(text: str) -> bool:
    """Whether a line begins like a preambular or operative paragraph (to split web copies
    that have no blank lines)."""
    if _known_prefix(text):
        return True
    first = text.split(" ", 1)[0]
    if first.rstrip(",") in _state_words():
        return False
    return first[:1].isupper() and (first.endswith(("ing", "ed", "ly", "es")) or first in _ADJECTIVES)


def reads_as_preamble(plain: str) -> bool:
    """A sentence with an opening phrase, too long for a heading: a preambular paragraph."""
    return starts_with_opening(plain) and len(plain.split()) > 10


def split_names(names: str) -> list[str]:
    """ "Brazil, China, India, Russian Federation and South Africa" → five names; the
    " and " inside "Antigua and Barbuda" or "Trinidad and Tobago" does not split."""
    parts = [p.strip() for p in names.split(", ") if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    # a comma before "and": "..., Nigeria,* and Thailand" (A/C.1/80/L.32)
    if parts and last.startswith("and "):
        return [*parts, last[4:].strip()]
    spans = [
        (m.start(), m.start() + len(name))
        for name in _COMPOUND_NAMES
        for m in re.finditer(re.escape(name), last)
    ]
    cuts = [m.start() for m in re.finditer(" and ", last) if not any(a < m.start() < b for a, b in spans)]
    if cuts:
        cut = cuts[-1] if len(parts) or len(cuts) == 1 else cuts[-1]
        parts.extend([last[:cut].strip(), last[cut + 5 :].strip()])
    else:
        parts.append(last)
    return [p for p in parts if p]
