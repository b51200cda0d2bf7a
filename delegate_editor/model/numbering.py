"""UN numbering, derived from the draft and never stored: counters (letters, roman
numerals), the label formats, every paragraph's label and every footnote's number.

Why here, in the model layer: the exports (``formats/blocks.py``, the one walk) and the
checker (``conventions/``) must name the same paragraph "2 (a) (i)" and the same footnote
"3". The layers run model -> conventions -> formats (``formats/blocks.py`` already imports
``conventions/wording.py``), so the checker cannot import ``formats/``; both import this
module instead. ``Numbering`` (the label formats) lives here for the same reason and
``formats/layout.py`` carries it in each layout as before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from delegate_editor.model import walk

if TYPE_CHECKING:
    from delegate_editor.model.document import Draft

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def alpha(n: int) -> str:
    """1 → a, 26 → z, 27 → aa, 28 → bb (the UN Editorial Manual doubles the letter)."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def roman(n: int) -> str:
    """1 → i, 4 → iv, 9 → ix, 14 → xiv."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def arabic(n: int) -> str:
    return str(n)


COUNTERS = {"alpha": alpha, "roman": roman, "arabic": arabic}


def alpha_index(label: str) -> int | None:
    """Inverse of :func:`alpha` ("b" → 2, "aa" → 27), or None."""
    if not label or not label.isalpha() or not label.islower() or len(set(label)) != 1:
        return None
    return (len(label) - 1) * 26 + ord(label[0]) - ord("a") + 1


def roman_index(label: str) -> int | None:
    """Inverse of :func:`roman` for canonical numerals ("iv" → 4), or None."""
    if not label or any(c not in "ivxlcdm" for c in label):
        return None
    for n in range(1, 400):
        if roman(n) == label:
            return n
    return None


def _upper_roman(n: int) -> str:
    return roman(n).upper()


COUNTERS_ALL = {**COUNTERS, "upper_roman": _upper_roman}


@dataclass(frozen=True)
class Numbering:
    """How labels are made. Formats take the counter's output as ``{}``."""

    operative: str = "{}."
    operative_counter: str = "arabic"
    sub_formats: tuple[str, ...] = ("({})", "({})", "{}.", "{}.")
    sub_counters: tuple[str, ...] = ("alpha", "roman", "alpha", "roman")
    dash: str = "\u2013"
    annex_numbered: str = "{}."
    annex_counter: str = "arabic"
    annex_label_one: str = "Annex"
    annex_label_many: str = "Annex {}"
    annex_many_counter: str = "upper_roman"
    agenda_mark: str = "*"


def for_draft(draft: Draft, num: Numbering) -> Numbering:
    """The numbering ``draft`` prints. A lettered decision's parts ("The General Assembly:" /
    "(a) Approves ...;", A/C.2/80/L.60) take the first sub-paragraph level's labels, and
    their sub-paragraphs the levels below it, so "(a)" is never printed twice over."""
    if not draft.lettered:
        return num
    return replace(
        num,
        operative=num.sub_formats[0],
        operative_counter=num.sub_counters[0],
        sub_formats=num.sub_formats[1:],
        sub_counters=num.sub_counters[1:],
    )


def paragraph_labels(draft: Draft, num: Numbering = Numbering()) -> dict[str, str]:
    """Paragraph id -> its number as cross-references print it: operative "3" ("" when there
    is only one), sub-paragraph "3 (a) (i)", a dash item its parent's label, preamble "2";
    a lettered decision's part "b" and its sub-paragraph "b (i)" (:func:`for_draft`)."""
    from delegate_editor.model.document import Operative

    num = for_draft(draft, num)
    labels: dict[str, str] = {}
    alone = _alone(draft)
    i = 0
    for item in draft.operative:
        if not isinstance(item, Operative):  # a section heading: numbers from 1 again or on
            i = 0 if item.restart else i
            continue
        para, i = item, i + 1
        labels[para.id] = "" if para.id in alone else COUNTERS_ALL[num.operative_counter](i)
        counts: list[int] = []  # the count of lettered items so far at each depth of the path
        path: list[str] = []  # the label of the node at each depth of the path
        for sub, depth in walk.tree(para.subs):
            del counts[depth + 1 :], path[depth:]
            if len(counts) <= depth:
                counts.append(0)
            prefix = path[depth - 1] if depth else labels[para.id]
            if sub.dash or sub.quoted or sub.row:
                labels[sub.id] = prefix  # a dash item, a quotation or a table's row: its parent's label
            else:
                counts[depth] += 1
                lvl = min(depth, len(num.sub_formats) - 1)
                own = num.sub_formats[lvl].format(COUNTERS_ALL[num.sub_counters[lvl]](counts[depth]))
                labels[sub.id] = f"{prefix} {own}".strip()
            path.append(labels[sub.id])
    for i, para in enumerate(draft.preamble, start=1):
        labels.setdefault(para.id, str(i))
    return labels


def _alone(draft: Draft) -> set[str]:
    """The ids of operative paragraphs the UN prints without a number: the only one of a
    text, or the only one of a section that numbers its own from 1 (A/RES/79/281's section
    II, "Takes note of the notes by the Secretary-General.")."""
    from delegate_editor.model.document import Operative

    runs: list[list[str]] = [[]]
    for item in draft.operative:
        if isinstance(item, Operative):
            runs[-1].append(item.id)
        elif item.restart:
            runs.append([])
    runs = [run for run in runs if run]
    if len(runs) == 1 and len(runs[0]) > 1:
        return set()
    return {run[0] for run in runs if len(run) == 1}


def printed_texts(draft: Draft):
    """Every rich-text field that is printed with footnote marks, in printed order (the
    recommendation, the title (a Security Council text prints none), the preambular and
    operative paragraphs with their sub-paragraphs, the annex titles and paragraphs), as
    ``model/walk.printed_fields`` walks them. Yields ``(node_id, text)``; the id is
    "recommendation" or "title" for those two."""
    for field in walk.printed_fields(draft):
        yield field.id, field.text


def note_numbers(draft: Draft) -> dict[str, int]:
    """Footnote id -> its number: 1, 2, 3 in order of first citation in the printed text
    (marks inside a footnote are not printed, so they do not count). A mark whose note is
    missing still takes its number, as every export prints one for it; a note printed with
    its own symbol (``Footnote.mark``) takes none."""
    notes = draft.footnotes
    numbered = (n for n in walk.cited_notes(draft) if n not in notes or not notes[n].mark)
    return {note_id: n for n, note_id in enumerate(numbered, start=1)}
