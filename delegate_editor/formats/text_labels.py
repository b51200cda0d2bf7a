"""Reading a draft from plain text, pass 5b: sub-paragraph labels the copy lost.

A PDF extraction sometimes drops the "(a)" of a sub-paragraph and keeps its text as a
paragraph of its own: A/RES/80/11 (in both of wannli/railcar's copies) lost "(a)" to "(d)"
and "(i)" under paragraph 1, "(i)" after "(h)" and all four labels of paragraph 2. Left as
they are, those paragraphs have no number and are joined to the paragraph above, and every
later item is lettered one too early.

Two rules, each a guess written to the import report:

- ``infer_labels``: unlabelled paragraphs between a lead-in ending with a colon and the
  "(c)" that makes them "(a)" and "(b)";
- ``infer_lost_labels``: the items of an operative paragraph that ends with a colon, read
  in order. An item whose label is lost begins with a capital and ends as an item ends
  (";", "; and", "." or ":") and has no label of its own ("Action 11. We will ...",
  A/RES/79/1), and a list has two items at least; the labels that survive anchor the order,
  and a lost label goes one level deeper only after an item that ends with a colon. The
  first reading that agrees with every surviving label wins: the same level as the item
  before is tried first, then the level above. An amendment is left alone: the paragraphs
  it quotes are no items.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import ANNEX, OPERATIVE_LABEL, OWN_LABEL, PAREN_LABEL
from delegate_editor.model.numbering import alpha, alpha_index, roman, roman_index

_ITEM_END = re.compile(r"(?:[;.:]|; (?:and|or))$")
_AHEAD = 60  # items read under one paragraph: more than any resolution holds


def infer_labels(rest: list[str], report: list[str]) -> list[str]:
    """Sub-paragraph labels the PDF extraction lost: when "(c)" follows two unlabelled
    paragraphs that follow a paragraph ending with a colon, those two are "(a)" and "(b)"."""
    out = list(rest)
    for i, raw in enumerate(out):
        m = PAREN_LABEL.match(raw)
        k = alpha_index(m.group(1)) if m else None
        if not k or not 2 <= k <= 8 or i < k:
            continue
        lost = out[i - k + 1 : i]
        lead = strip_markup(out[i - k]).rstrip()
        if not lead.endswith(":") or any(PAREN_LABEL.match(r) or OPERATIVE_LABEL.match(r) for r in lost):
            continue
        if PAREN_LABEL.match(lead):
            # "(b) ... the following themes:" / "Panel 1: ...;" / "Panel 2: ...;" / "(c)": the
            # list's own (a) and (b) are there; its lines are (b)'s (A/RES/79/273)
            continue
        for j, text in enumerate(lost):
            label = f"({chr(ord('a') + j)})"
            out[i - k + 1 + j] = f"{label} {text}"
            report.append(
                Said("import.label-inferred", label=label, start=strip_markup(text)[:30], next=m.group(1))
            )
    return out


def _items(paras: list[str]) -> list[tuple[str | None, str]]:
    """The paragraphs under an operative paragraph that read as its items: (label, text),
    the label None where the copy lost it. They end at the next numbered paragraph or at a
    paragraph that reads as no item (a heading, a quotation, a text that starts small)."""
    items: list[tuple[str | None, str]] = []
    for raw in paras[:_AHEAD]:
        plain = strip_markup(raw).strip()
        if OPERATIVE_LABEL.match(plain) or ANNEX.match(plain):
            break
        m = PAREN_LABEL.match(plain)
        if m:
            items.append((m.group(1), m.group(2)))
        elif plain[:1].isupper() and _ITEM_END.search(plain) and not OWN_LABEL.match(plain):
            items.append((None, plain))
        else:
            break
    return items


def _levels(items: list[tuple[str | None, str]]) -> list[int] | None:
    """Each item's level (0 for "(a)", 1 for "(i)") in the first reading that agrees with
    every label left, or None when none does."""
    failed: set[tuple[int, int, int, bool]] = set()

    def read(i: int, a: int, r: int, colon: bool) -> list[int] | None:
        if i == len(items) or (i, a, r, colon) in failed:
            return [] if i == len(items) else None
        label, text = items[i]
        steps: list[tuple[int, int]] = []
        if label is None:
            child = [(a, 1)] if a and not r and colon else []
            same = [(a, r + 1)] if r else []
            up = [(a + 1, 0)] if a or colon else []
            steps = child + same + up if colon else same + up
        else:
            if alpha_index(label) == a + 1:
                steps.append((a + 1, 0))
            if a and roman_index(label) == r + 1 and (r or colon):
                steps.append((a, r + 1))
        for na, nr in steps:
            rest = read(i + 1, na, nr, text.rstrip().endswith(":"))
            if rest is not None:
                return [1 if nr else 0, *rest]
        failed.add((i, a, r, colon))
        return None

    return read(0, 0, 0, True)


def infer_lost_labels(rest: list[str], report: list[str]) -> list[str]:
    """Letter the items of each operative paragraph ending with a colon whose labels the
    copy lost (see the module's docstring)."""
    out = list(rest)
    i = 0
    while i < len(out):
        plain = strip_markup(out[i]).strip()
        if ANNEX.match(plain):
            break
        i += 1
        if not (OPERATIVE_LABEL.match(plain) and plain.endswith(":")):
            continue
        items = _items(out[i:])
        if len(items) < 2 or all(label for label, _ in items):
            continue  # no list has a lone "(a)": one paragraph is the text's own (a subtitle)
        if any(label is None and text.rstrip().endswith(".") for label, text in items[:-1]):
            continue  # "Monday, 9 June: from 9 a.m. to 1 p.m. ...": lines of a timetable (A/RES/78/128)
        levels = _levels(items)
        if levels is None:
            continue
        a = r = 0
        for k, ((label, text), level) in enumerate(zip(items, levels, strict=True)):
            a, r = (a, r + 1) if level else (a + 1, 0)
            if label is None:
                lost = f"({roman(r) if level else alpha(a)})"
                out[i + k] = f"{lost} {out[i + k]}"
                report.append(Said("import.label-lost", label=lost, start=text[:30], lead=plain[:30]))
        i += len(items)
    return out
