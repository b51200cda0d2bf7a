"""A draft's base text and its named versions.

The General Assembly's guidelines for submitting proposals ask that a draft based on an
earlier resolution use the official A/RES as the base text, and that a revised draft use the
issued draft as the base, with every change shown as a tracked change. So a draft keeps its
base inside the ``.dres`` (``Draft.base``), and the named snapshots taken along the way
(``Draft.versions``: "zero draft", "as tabled (L.12)", "Rev.1"), each with the sponsors of its
stage. Any two of them can be compared (``formats/compare.py``).

A draft made from a base keeps the base's paragraph and footnote ids, so the comparison
aligns paragraphs by identity through every later edit and move.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime

from delegate_editor.model.document import (
    Adoption,
    Distribution,
    DocumentKind,
    Draft,
    Sponsors,
    Version,
)

# "Rev.1", "as orally revised (Rev.2)": the number of a revision named in a version.
_REV = re.compile(r"\bRev\.\s*(\d+)", re.IGNORECASE)
_SYMBOL_REV = re.compile(r"/Rev\.\d+$", re.IGNORECASE)


def snapshot(draft: Draft) -> Draft:
    """A deep copy of the text alone: without its base and versions (a base or a version
    never holds others, so the file does not grow with each snapshot)."""
    base, versions = draft.base, draft.versions
    draft.base, draft.versions = None, []
    try:
        return copy.deepcopy(draft)
    finally:
        draft.base, draft.versions = base, versions


def as_new_draft(text: Draft) -> Draft:
    """A new draft from an earlier text: an adopted resolution or an issued draft keeps its
    title, preamble, operative part, annexes, footnotes, agenda and session, and loses what
    belongs to that issue alone: its sponsors, symbol, date, job number, reissue note and adoption lines.
    A text submitted by an officer stays an officer's text."""
    draft = snapshot(text)
    draft.kind = DocumentKind.OFFICER if text.kind is DocumentKind.OFFICER else DocumentKind.DRAFT
    draft.sponsors = Sponsors(
        submitted_by=text.sponsors.submitted_by if draft.kind is DocumentKind.OFFICER else ""
    )
    draft.adoption = Adoption()
    front = draft.front
    front.symbol = ""
    front.date = None
    front.job_number = ""
    front.reissue = ""
    front.distribution = Distribution.LIMITED
    return draft


def draft_from_base(base: Draft) -> Draft:
    """A new draft based on ``base`` ("New draft from an earlier resolution"): the text as a
    draft, with the base kept whole inside it. Their paragraphs share ids."""
    draft = as_new_draft(base)
    draft.base = snapshot(base)
    return draft


def set_base(draft: Draft, base: Draft) -> None:
    """Change the base of ``draft`` (a text read from elsewhere has ids of its own: the
    comparison then aligns its paragraphs by content)."""
    draft.base = snapshot(base)


def take_version(draft: Draft, name: str, when: datetime | None = None) -> Version:
    """Keep the draft as it stands under ``name`` (any name; empty names are refused)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a version needs a name")
    version = Version(name=name, taken=when or datetime.now().replace(microsecond=0), draft=snapshot(draft))
    draft.versions.append(version)
    return version


def find_version(draft: Draft, name: str) -> Version | None:
    """The latest version called ``name`` (names are compared without case or extra spaces)."""
    key = " ".join(name.split()).casefold()
    for version in reversed(draft.versions):
        if version.name.casefold() == key:
            return version
    return None


def revision_number(name: str) -> int:
    """The revision a version's name states ("Rev.1" → 1), or 0."""
    match = _REV.search(name)
    return int(match.group(1)) if match else 0


def as_revision(draft: Draft, number: int) -> None:
    """Make the draft print as revision ``number``: "revised draft resolution" and the
    symbol ending in ``/Rev.n``. The sponsors who joined since the first issue are kept in
    ``sponsors.later`` and printed, as a revised draft prints everyone."""
    if number < 1:
        raise ValueError("a revision is numbered from 1")
    draft.kind = DocumentKind.REVISED
    symbol = _SYMBOL_REV.sub("", draft.front.symbol.strip())
    if symbol:
        draft.front.symbol = f"{symbol}/Rev.{number}"


def revise(draft: Draft, when: datetime | None = None) -> int:
    """Start the next revision of an issued draft: the text as issued is kept as a version
    ("as issued (A/C.3/80/L.12)") and becomes the base, as the guidelines ask ("the original
    issued draft resolution must be used as the base text"), and the draft prints as the
    next revision. Returns its number."""
    symbol = draft.front.symbol.strip()
    match = _SYMBOL_REV.search(symbol)
    number = int(match.group(0).split(".")[-1]) + 1 if match else 1
    version = take_version(draft, f"as issued ({symbol})" if symbol else "as issued", when)
    draft.base = snapshot(version.draft)
    as_revision(draft, number)
    return number
