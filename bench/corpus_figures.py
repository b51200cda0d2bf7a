"""The figures of a text, counted apart from its words for ``bench/corpus.py``.

Words are runs of letters, so a figure the import drops ("4,995,400 dollars" become
"995,400 dollars" when the "4" is taken for a note's mark) leaves every word in place. A
figure here is a number of three digits or more, or one with a slash ("70/1"): small numbers
(paragraph labels, note numbers, page numbers) are the page's furniture and numbering as
often as the text's, and the bench counts those in their own columns.

A source figure the export lacks is still there when the copy only ran a note's mark into it:
"1979,1" is "1979," and note 1's mark, which the export writes "1979,[^1]", and "10,11" the
marks of notes 10 and 11; and a job number at a page's foot ("25-17687") is furniture.
"""

from __future__ import annotations

import re
from collections import Counter

_FIGURE = re.compile(r"\d(?:[\d,./]*\d)?")


def figures(text: str) -> Counter[str]:
    """The figures of ``text`` (see the module docstring), notes' references left out."""
    found = Counter(_FIGURE.findall(re.sub(r"\[\^\d+\]:?", " ", text)))
    return Counter({k: v for k, v in found.items() if "/" in k or sum(c.isdigit() for c in k) >= 3})


def lost_figures(body: str, source: str, exported: str) -> Counter[str]:
    """The figures of the source's ``body`` that ``exported`` lacks, less those a note's mark
    was run into and the job numbers of the page's foot."""
    lost = figures(body) - figures(exported)
    for figure in list(lost):
        heads = {figure[:-k].rstrip(",;:.") for k in (1, 2, 3) if len(figure) > k}
        if any(h and re.search(re.escape(h) + r"[,;:.]?\[\^\d+\]", exported) for h in heads):
            del lost[figure]
        elif all(f"[^{part}]" in exported for part in figure.split(",")):
            del lost[figure]  # marks side by side: "in a single conflict,10,11" (A/80/L.18)
        elif re.search(rf"\b\d\d-{re.escape(figure)}\b", source):
            del lost[figure]
    return lost
