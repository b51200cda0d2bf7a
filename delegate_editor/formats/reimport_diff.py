"""What another program did to a draft's text, paragraph by paragraph: the comparisons the
re-import (``reimport.py``) makes beyond the words, and what it carries back from the draft
as sent (ids, later sponsors, cross-references).

Its report lines are :class:`~delegate_editor.conventions.messages.Said`: English words
that tests and logs compare, keeping a code ("reimport.changed") and the place as a message
of its own ("at.sub": sub-paragraph (a) of operative paragraph 2), so the Import report shows
them in French or Spanish with the place worded in the UN's terms of that language.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from delegate_editor.conventions.messages import Message, Said, msg
from delegate_editor.conventions.segments import all_node_ids
from delegate_editor.formats.blocks import Block
from delegate_editor.formats.office_text import Span, compare_key
from delegate_editor.model import walk
from delegate_editor.model.document import DocumentKind, Draft, Operative, Preambular, SubParagraph
from delegate_editor.model.text import Inline, RichText, Run, XRef, normalize


def changed(what: Message) -> Said:
    """``what`` (a place: ``at(...)``) "was changed in another program"."""
    return Said("reimport.changed", what=what)


def added(what: Message) -> Said:
    return Said("reimport.added", what=what)


def removed(what: Message) -> Said:
    """Numbered as in the draft as sent: the paragraph is no longer in the one back."""
    return Said("reimport.removed", what=what)


def moved(what: Message, number: int) -> Said:
    return Said("reimport.moved", what=what, number=number)


def at(part: str, n: int) -> Message:
    """A numbered place the report names: ``part`` is "preamble", "operative" or
    "footnote" ("operative paragraph 3")."""
    return msg(f"at.{part}", n=n)


def italics(pieces: Iterable[tuple[str, bool]]) -> tuple[str, ...]:
    """The italic stretches of a text, compared as the words are: an edit in another program
    that only sets or clears italics leaves the words, and so the paragraph keys, alone.
    White space between two italic stretches does not split them (word processors set it
    either way)."""
    out: list[str] = []
    current: list[str] = []
    for text, italic in pieces:
        if italic:
            current.append(text)
        elif current and not text.strip():
            current.append(text)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return tuple(k for k in (compare_key(s).strip() for s in out) if k)


def block_italics(block: Block) -> tuple[str, ...]:
    return italics((p.text, p.italic) for p in block.pieces if p.note is None)


def span_italics(spans: Iterable[Span]) -> tuple[str, ...]:
    return italics((s.text, s.italic) for s in spans if s.note is None)


def sponsors_back(sent: Draft, shown: list[str]) -> tuple[list[str], list[str]]:
    """The sponsors and the later sponsors after another program edited the sponsors line.

    A first issue does not print the States that joined later (``Sponsors.later``), so they
    stay as they were unless the line now names them; a revised draft prints everyone, so a
    later sponsor the line no longer names has left."""
    later = sent.sponsors.later
    if sent.kind is DocumentKind.REVISED:
        kept = [n for n in later if n in shown]
        return [n for n in shown if n not in kept], kept
    return list(shown), [n for n in later if n not in shown]


Paragraph = Preambular | Operative | SubParagraph

# Two versions of a paragraph are one paragraph edited when at least this share of their
# words still stands in the same order (difflib's ratio over words); below it, a paragraph
# was removed and another one added in its place.
SAME_PARAGRAPH = 0.5


def similar(a: str, b: str) -> float:
    """How much of two paragraph keys is the same words in the same order (0 to 1)."""
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def pair_similar(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """The (old, new) index pairs, in order, that are one paragraph edited: the alignment
    that keeps the most similar words among pairs at least ``SAME_PARAGRAPH`` alike. Pairing
    by position alone took a deleted paragraph for the one after it, edited, when a co-sponsor
    deleted one paragraph and added another in the same stretch."""
    n, m = len(old), len(new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            ratio = similar(old[i], new[j])
            if ratio >= SAME_PARAGRAPH:
                best = max(best, score[i + 1][j + 1] + ratio)
            score[i][j] = best
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        ratio = similar(old[i], new[j])
        if ratio >= SAME_PARAGRAPH and score[i][j] == score[i + 1][j + 1] + ratio:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return out


def _subs(para: Paragraph) -> list[SubParagraph]:
    return walk.children(para) or []


def _printed(text: RichText, labels: dict[str, str]) -> str:
    """The words as printed: a cross-reference is its number."""
    return "".join(
        item.text
        if isinstance(item, Run)
        else labels.get(item.target_id, "")
        if isinstance(item, XRef)
        else ""
        for item in text
    )


def _paragraph_key(para: Paragraph, labels: dict[str, str]) -> str:
    opening = "" if isinstance(para, SubParagraph) else para.opening
    subs = (_paragraph_key(s, labels) for s in _subs(para))
    return compare_key(" ".join([opening, _printed(para.text, labels), *subs]))


def _keep_ids(old: Paragraph, new: Paragraph) -> None:
    """A paragraph that came back as it was keeps its id, and so do its sub-paragraphs (in
    order: the same words may come back nested differently, so some may find no partner)."""
    new.id = old.id
    for a, b in zip(_subs(old), _subs(new), strict=False):
        _keep_ids(a, b)


def paragraph_changes(sent: Draft, back: Draft, labels: dict[str, str]) -> list[str]:
    """Which preambular and operative paragraphs another program changed, added or removed,
    when the draft had to be read again from its visible text. The unchanged ones keep their
    ids, and the cross-references to them come back (``labels``: the numbers as sent).
    Numbers in the report are those of the draft that came back, or of the draft as sent for
    a paragraph that is gone."""
    out: list[str] = []
    pairs: list[tuple[Paragraph, Paragraph]] = []
    for part, old, new in (
        ("preamble", sent.preamble, back.preamble),
        ("operative", sent.operative_paragraphs(), back.operative_paragraphs()),
    ):
        old_keys = [_paragraph_key(p, labels) for p in old]
        new_keys = [_paragraph_key(p, labels) for p in new]
        events: list[tuple[str, int]] = []  # ("changed" | "added", new index), ("removed", old index)
        matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for a, b in zip(old[i1:i2], new[j1:j2], strict=True):
                    _keep_ids(a, b)
                    pairs.append((a, b))
                continue
            matched = pair_similar(old_keys[i1:i2], new_keys[j1:j2])
            pairs += [(old[i1 + i], new[j1 + j]) for i, j in matched]
            events += [("changed", j1 + j) for _i, j in matched]
            paired_new = {j for _i, j in matched}
            paired_old = {i for i, _j in matched}
            events += [("added", j) for j in range(j1, j2) if j - j1 not in paired_new]
            events += [("removed", i) for i in range(i1, i2) if i - i1 not in paired_old]
        moves = _moves(events, old_keys, new_keys)
        for i, j in moves.items():
            _keep_ids(old[i], new[j])
            pairs.append((old[i], new[j]))
        for kind, k in events:
            if kind == "changed":
                out.append(changed(at(part, k + 1)))
            elif kind == "added" and k not in moves.values():
                out.append(added(at(part, k + 1)))
            elif kind == "removed" and k in moves:
                out.append(moved(at(part, k + 1), moves[k] + 1))
            elif kind == "removed":
                out.append(removed(at(part, k + 1)))
    # only now are the ids of the unchanged paragraphs known: a cross-reference comes back
    # when the paragraph it points at came back too
    present = all_node_ids(back)
    kept = {k: v for k, v in labels.items() if k in present}
    for a, b in pairs:
        b.text = keep_xrefs(a.text, b.text, kept)
    return out


def _moves(events: list[tuple[str, int]], old_keys: list[str], new_keys: list[str]) -> dict[int, int]:
    """Old index → new index of the paragraphs that left one place and came back word for
    word at another: a paragraph moved, not one removed and another added (it keeps its id,
    and so the cross-references to it)."""
    added = [k for kind, k in events if kind == "added"]
    out: dict[int, int] = {}
    for kind, i in events:
        if kind != "removed":
            continue
        j = next((j for j in added if new_keys[j] == old_keys[i] and j not in out.values()), None)
        if j is not None:
            out[i] = j
    return out


def _printed_notes(draft: Draft) -> list[tuple[str, str]]:
    """(mark, text) of the draft's footnotes in the order printed: the numbered ones "1",
    "2" ... and those with a mark of their own ("**"); the derived asterisk notes (the
    sponsors', the agenda's) are the front matter's."""
    from delegate_editor.formats.blocks import render

    return [
        (note.mark, compare_key("".join(p.text for p in note.pieces if p.note is None)))
        for note in render(draft).notes
        if not note.custom or note.note_id
    ]


def footnote_changes(sent: Draft, back: Draft) -> list[str]:
    """Which footnotes another program changed, added or removed, when the draft had to be
    read again from its visible text, each by its mark as printed ("3", "**")."""
    sent_notes, back_notes = _printed_notes(sent), _printed_notes(back)
    old, new = [text for _m, text in sent_notes], [text for _m, text in back_notes]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        matched = pair_similar(old[i1:i2], new[j1:j2])
        out += [changed(at("footnote", back_notes[j1 + j][0])) for _i, j in matched]
        out += [
            added(at("footnote", back_notes[j][0]))
            for j in range(j1, j2)
            if j - j1 not in {j for _i, j in matched}
        ]
        out += [
            removed(at("footnote", sent_notes[i][0]))
            for i in range(i1, i2)
            if i - i1 not in {i for i, _j in matched}
        ]
    return out


# A cross-reference comes back from another program as the number it printed. Where that
# number stands again between the same words as before, it is made a cross-reference again,
# so that it follows the paragraphs' numbers on. The words around it are taken up to this many
# characters on each side, within the neighbouring text runs.
_XREF_CONTEXT = 12


def keep_xrefs(old: RichText, new: RichText, labels: dict[str, str]) -> RichText:
    """``new`` (a paragraph's text as another program left it) with the cross-references of
    ``old`` (as sent) put back where their printed numbers still stand, unambiguously, between
    the same words; a number that moved or changed stays text."""
    items: list[Inline] = list(new)
    for k, item in enumerate(old):
        if not isinstance(item, XRef) or not labels.get(item.target_id):
            continue
        prev, nxt = old[k - 1] if k else None, old[k + 1] if k + 1 < len(old) else None
        before = prev.text[-_XREF_CONTEXT:] if isinstance(prev, Run) else ""
        after = nxt.text[:_XREF_CONTEXT] if isinstance(nxt, Run) else ""
        if not before.strip() and not after.strip():
            continue  # a bare number could be any number
        needle = before + labels[item.target_id] + after
        found = [
            (i, pos) for i, run in enumerate(items) if isinstance(run, Run) for pos in _all(run.text, needle)
        ]
        if len(found) != 1:
            continue
        i, pos = found[0]
        run = items[i]
        assert isinstance(run, Run)
        start, end = pos + len(before), pos + len(before) + len(labels[item.target_id])
        items[i : i + 1] = [
            Run(run.text[:start], run.italic),
            XRef(item.target_id),
            Run(run.text[end:], run.italic),
        ]
    return normalize(items)


def _all(text: str, needle: str) -> list[int]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out
