"""Where the operative part ends, when headings stand in it.

The last numbered paragraph ends the resolution with a full stop, and the others with a
semicolon; headings change that. A paragraph may introduce headings with a colon (":") or
close resolution A of a text of several resolutions with its full stop (A/C.5/80/L.6,
A/RES/76/247).
"""

from __future__ import annotations

import itertools
import re

from delegate_editor.model.document import Draft, Operative, SectionHeading


def before_heading(draft: Draft, para: Operative, end: str) -> bool:
    """The paragraph introduces headings (``end`` ":") or the list the decision sets out ("...
    as set out below:", A/C.4/80/L.15); or (``end`` ".") ends resolution A of a text of A, B, C,
    each closed by a full stop (A/C.5/80/L.6) and, adopted, its meeting lines (A/RES/76/247)."""
    items, at = draft.operative, next(i for i, item in enumerate(draft.operative) if item is para)
    if at + 1 == len(items):
        return end == ":" and any(annex.in_text for annex in draft.annexes)
    heads = list(itertools.takewhile(lambda x: isinstance(x, SectionHeading), items[at + 1 : at + 4]))
    return bool(heads) and (end == ":" or any(re.match(r"[A-H](?:\s|$)", h.text) for h in heads))
