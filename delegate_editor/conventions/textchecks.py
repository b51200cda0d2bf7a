"""Rules that read running text: dates, fixed terms, brackets and quotation marks, footnote
and cross-reference marks (un-layout.md §2.7, §3.3, §3.4, §4); resolution citations are in
``citations.py``.

Every pattern is compiled once at import; each segment's plain text is scanned by each
pattern once, so the cost is linear in the length of the draft.
"""

from __future__ import annotations

import re
from calendar import monthrange
from functools import cache

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.citations import citations, first_cited, note_citations
from delegate_editor.conventions.data import load
from delegate_editor.conventions.findings import Edit, Finding, Fix, Severity
from delegate_editor.conventions.localchecks import local_checks
from delegate_editor.conventions.messages import msg
from delegate_editor.conventions.parts import part_starts
from delegate_editor.conventions.segments import Segment, all_node_ids
from delegate_editor.conventions.segments import add_finding as _add
from delegate_editor.conventions.segments import replace_fix as _replace_fix
from delegate_editor.conventions.wording import MONTHS
from delegate_editor.model import walk
from delegate_editor.model.document import Draft
from delegate_editor.model.text import NoteRef, Run, XRef, plain_text, with_last_char

_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTH_ANY = "|".join(MONTHS + _ABBR)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?P<of>\s+of)?\s+(?P<month>(?i:{_MONTH_ANY}))\b"
    rf"(?P<dot>\.)?(?P<comma>,)?\s+(?P<year>\d{{4}})\b"
)
_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_ANY})\b(?P<dot>\.)?\s+(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"
)
_MY_ABBR = re.compile(rf"\b(?P<month>{'|'.join(_ABBR)})\b\.?\s+(?P<year>\d{{4}})\b")
_NUMERIC = re.compile(r"(?<![\w/.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\w/])")
_ISO = re.compile(r"(?<![\w/.-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])")

_DIGIT = re.compile(r"\d")
_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}


@cache
def _terms() -> tuple[tuple[str, re.Pattern[str], str, Severity], ...]:
    """Each term's id, pattern, replacement and severity; its message is the catalogues'
    "term.<id>" (``resources/data/messages``)."""
    out = []
    for t in load("terms.json").get("terms", []):
        out.append((t["id"], re.compile(t["pattern"]), t["replacement"], t.get("severity", "warning")))
    return tuple(out)


def _short_names() -> dict[str, tuple[str, ...]]:
    """Per term, the proper names that make its capitalised form a body's short name once
    the draft names the body ("the Organisation" after "the Organisation for the
    Prohibition of Chemical Weapons", A/RES/80/34)."""
    return {t["id"]: tuple(t["short_for"]) for t in load("terms.json").get("terms", []) if t.get("short_for")}


def run(draft: Draft, segs: list[Segment], out: list[Finding]) -> None:
    ids = all_node_ids(draft)
    cited = first_cited(draft)
    starts = part_starts(draft)  # a text of several resolutions: each part cites afresh
    lang = languages.of(draft)
    english = lang.code == languages.ENGLISH
    whole = "\n".join(seg.plain for seg in segs)
    named = {rule for rule, names in _short_names().items() if any(n in whole for n in names)}
    across = _quoted_across(segs)
    for i, seg in enumerate(segs):
        if english:  # English dates and spellings (terms.json); other languages have their own
            _dates(seg, out)
            _terms_in(seg, out, named)
        _brackets(seg, out, lang, i in across)
        if not english:
            local_checks(seg, out, lang)
        _marks(draft, seg, ids, out)
        if seg.body:
            if seg.node_id in starts:
                cited = first_cited(draft)
            citations(seg, cited, out)
            for item in seg.text:
                if isinstance(item, NoteRef) and item.note_id in draft.footnotes:
                    note_citations(plain_text(draft.footnotes[item.note_id].text), cited)
    _footnotes(draft, segs, out)


# -- dates --------------------------------------------------------------------------------
def _month_number(name: str) -> int | None:
    low = name.lower().rstrip(".")
    for i, full in enumerate(MONTHS, start=1):
        if full.lower() == low or (len(low) >= 3 and full.lower().startswith(low)):
            return i
    return None


def _valid(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1] if year >= 1 else False


def _dates(seg: Segment, out: list[Finding]) -> None:
    text = seg.plain
    if _DIGIT.search(text) is None:
        return
    taken: list[tuple[int, int]] = []

    def report(m: re.Match[str], day: int, month: int, year: int, why: str) -> None:
        taken.append(m.span())
        if not _valid(day, month, year):
            _add(out, seg, "warning", "date.invalid", msg("date.invalid", date=m.group(0)))
            return
        good = f"{day} {MONTHS[month - 1]} {year}"
        _add(
            out,
            seg,
            "warning",
            "date.style",
            msg(f"date.{why}", good=good, found=m.group(0)),
            _replace_fix(seg, m.start(), m.end(), good, msg("fix.write", text=good)),
        )

    for m in _DMY.finditer(text):
        month = _month_number(m.group("month"))
        day, year = int(m.group("day")), int(m.group("year"))
        if month is None:
            continue
        wrong = (
            m.group("ord")
            or m.group("of")
            or m.group("dot")
            or m.group("comma")
            or m.group("month") != MONTHS[month - 1]
            or m.group("day").startswith("0")
        )
        if wrong:
            report(m, day, month, year, "day-month-year")
        elif not _valid(day, month, year):
            taken.append(m.span())
            _add(out, seg, "warning", "date.invalid", msg("date.invalid", date=m.group(0)))
        else:
            taken.append(m.span())
    for m in _MDY.finditer(text):
        month = _month_number(m.group("month"))
        if month is not None and not _overlaps(m.span(), taken):
            report(m, int(m.group("day")), month, int(m.group("year")), "day-first")
    for m in _MY_ABBR.finditer(text):
        if not _overlaps(m.span(), taken):
            month = _month_number(m.group("month")) or 1
            good = f"{MONTHS[month - 1]} {m.group('year')}"
            taken.append(m.span())
            _add(
                out,
                seg,
                "warning",
                "date.style",
                msg("date.month-in-full", good=good),
                _replace_fix(seg, m.start(), m.end(), good, msg("fix.write", text=good)),
            )
    for m in _ISO.finditer(text):
        if not _overlaps(m.span(), taken):
            report(
                m,
                int(m.group("day")),
                int(m.group("month")),
                int(m.group("year")),
                "written-out",
            )
    for m in _NUMERIC.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        day, month = (b, a) if a <= 12 < b else (a, b)  # day first unless it cannot be
        if a <= 12 and b <= 12 and a != b:  # ambiguous: say so, offer no fix
            taken.append(m.span())
            _add(
                out,
                seg,
                "warning",
                "date.style",
                msg("date.ambiguous", found=m.group(0)),
            )
            continue
        report(m, day, month, year, "written-out")


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


# -- fixed terms --------------------------------------------------------------------------
def _terms_in(seg: Segment, out: list[Finding], named: set[str] = frozenset()) -> None:
    """``named``: the terms whose body the draft names, so their capitalised form is its
    short name (``_short_names``)."""
    for rule, pattern, replacement, severity in _terms():
        for m in pattern.finditer(seg.plain):
            if rule in named and m.group(0)[:1].isupper():
                continue
            good = m.expand(replacement)
            _add(
                out,
                seg,
                severity,
                f"term.{rule}",
                msg(f"term.{rule}", found=m.group(0)),
                _replace_fix(seg, m.start(), m.end(), good, msg("fix.write", text=good)),
            )


# -- brackets and quotation marks ---------------------------------------------------------
# a French or Spanish sub-paragraph label cited in the text: "l’alinéa b) du paragraphe 3"
_LABEL_CITED = re.compile(r"(?<![\w(])(?:[a-z]{1,2}|[ivxlc]{1,6})\)")


_ACROSS_MAX = 12  # paragraphs one quotation may run over; farther, two marks are strays


def _quoted_across(segs: list[Segment]) -> set[int]:
    """The segments (by index) of a quotation that runs over paragraphs of one part: opened
    in one, closed in a later one, the paragraphs between balanced ("Amend paragraph 21 to
    read:" / "“In considering the application, ... in order of priority:" / "(a) the need to
    assist ..." ... "The order in which applications are received ... per developing
    State.”", A/RES/73/124's annex). Each paragraph alone is unbalanced; together they are
    not."""
    out: set[int] = set()
    for i, seg in enumerate(segs):
        if seg.plain.count("“") - seg.plain.count("”") != 1:
            continue
        for j in range(i + 1, min(len(segs), i + 1 + _ACROSS_MAX)):
            if segs[j].part != seg.part:
                break
            delta = segs[j].plain.count("“") - segs[j].plain.count("”")
            if delta == -1:
                out.update((i, j))
            if delta:
                break
    return out


def _brackets(
    seg: Segment, out: list[Finding], lang: languages.Language | None = None, across: bool = False
) -> None:
    text = f"{seg.opening} {seg.plain}"
    if lang is not None and lang.code != languages.ENGLISH:
        text = _LABEL_CITED.sub("", text)
        left, right = (q.strip() for q in lang["quotes"])
        if left != "“" and text.count(left) != text.count(right):
            _add(
                out,
                seg,
                "warning",
                "quotes",
                msg(
                    "quotes.unbalanced",
                    left=left,
                    left_count=text.count(left),
                    right=right,
                    right_count=text.count(right),
                ),
            )
    if not any(c in text for c in '()[]“”"‘'):
        return
    stack: list[str] = []
    problem = None
    for c in text:
        if c in _OPENERS:
            stack.append(c)
        elif c in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[c]:
                problem = msg("brackets.closes-nothing", char=c)
                break
            stack.pop()
    problem = problem or (msg("brackets.never-closed", char=stack[-1]) if stack else None)
    if problem:
        _add(out, seg, "warning", "brackets", problem)
    # a block of a quotation in several paragraphs opens each and closes the last (A/RES/79/280),
    # or opens the first and closes the last (``across``, A/RES/73/124)
    quoted = across or (seg.where is not None and seg.where.code.startswith("where.sub-quoted"))
    if text.count("“") != text.count("”") and not quoted:
        _add(
            out,
            seg,
            "warning",
            "quotes",
            msg(
                "quotes.unbalanced",
                left="“",
                left_count=text.count("“"),
                right="”",
                right_count=text.count("”"),
            ),
        )
    if text.count('"') % 2:
        _add(out, seg, "warning", "quotes", msg("quotes.straight-odd"))
    # inside a word it is a transliterated ayn, no quotation mark: "Ya‘rubiyah" (A/RES/75/193)
    if len(re.findall(r"(?<![^\W\d_])‘", text)) > text.count("’"):
        _add(out, seg, "warning", "quotes", msg("quotes.single-open"))


# -- footnote and cross-reference marks ---------------------------------------------------
def _marks(draft: Draft, seg: Segment, ids: set[str], out: list[Finding]) -> None:
    items = seg.text
    for i, item in enumerate(items):
        if isinstance(item, NoteRef):
            if item.note_id not in draft.footnotes:
                fixed = tuple(x for j, x in enumerate(items) if j != i)
                _add(
                    out,
                    seg,
                    "error",
                    "footnote.missing",
                    msg("footnote.missing"),
                    Fix(msg("fix.remove-mark"), (seg.edit(fixed),)),
                )
            nxt = items[i + 1] if i + 1 < len(items) else None
            after = items[i + 2] if i + 2 < len(items) else None
            # two marks at one place stand apart by a comma, as the UN prints them
            # ("in a single conflict,10,11", A/80/L.18): that comma is no misplaced punctuation
            between = isinstance(nxt, Run) and nxt.text == "," and isinstance(after, NoteRef)
            if isinstance(nxt, Run) and nxt.text[:1] in (",", ";", ":", ".") and not between:
                fixed_items = list(items)
                prev = items[i - 1] if i > 0 else None
                fixed_items[i + 1] = Run(nxt.text[1:], nxt.italic)
                if isinstance(prev, Run):
                    fixed_items[i - 1] = Run(prev.text + nxt.text[0], prev.italic)
                    fix = Fix(msg("fix.mark-after-punctuation"), (seg.edit(tuple(fixed_items)),))
                else:
                    fix = None
                _add(
                    out,
                    seg,
                    "warning",
                    "footnote.mark-place",
                    msg("footnote.mark-place", char=nxt.text[0]),
                    fix,
                )
        elif isinstance(item, XRef) and item.target_id not in ids:
            _add(
                out,
                seg,
                "error",
                "xref.missing",
                msg("xref.missing"),
            )


def _footnotes(draft: Draft, segs: list[Segment], out: list[Finding]) -> None:
    cited = set(walk.cited_notes(draft))  # a note with its own mark ("**") has no number
    for seg in segs:
        if seg.part != "footnotes":
            continue
        note_id = seg.node_id
        text = seg.plain.strip()
        excerpt = text if len(text) <= 40 else text[:37] + "..."
        if note_id not in cited:
            remaining = {k: v for k, v in draft.footnotes.items() if k != note_id}
            _add(
                out,
                seg,
                "warning",
                "footnote.unused",
                msg("footnote.unused", excerpt=excerpt) if text else msg("footnote.unused-empty"),
                Fix(msg("fix.delete-footnote"), (Edit(remaining, path="footnotes"),)),
            )
            continue
        if not text:
            _add(out, seg, "error", "footnote.empty", msg("footnote.empty"))
        elif text.rstrip("”’")[-1:] != ".":  # a quotation closes after it: "... investigation.”"
            _add(
                out,
                seg,
                "warning",
                "footnote.end",
                msg("footnote.end"),
                Fix(msg("fix.end-with", char="."), (seg.edit(with_last_char(seg.text, ".")),)),
            )
