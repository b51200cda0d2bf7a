"""Rules that read running text: dates, resolution citations, fixed terms, brackets and
quotation marks, footnote and cross-reference marks (un-layout.md §2.7, §3.3, §3.4, §4).

Every pattern is compiled once at import; each segment's plain text is scanned by each
pattern once, so the cost is linear in the length of the draft.
"""

from __future__ import annotations

import re
from calendar import monthrange
from functools import cache

from delegate_editor.conventions.data import load
from delegate_editor.conventions.findings import Edit, Finding, Fix, Severity
from delegate_editor.conventions.segments import Segment, all_node_ids, replace_in_text
from delegate_editor.conventions.wording import MONTHS
from delegate_editor.model.document import Draft
from delegate_editor.model.text import NoteRef, Run, XRef, last_char, plain_text, with_last_char

_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTH_ANY = "|".join(MONTHS + _ABBR)
_MONTH_FULL = "|".join(MONTHS)
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

_NUM = r"(?:(?:ES|S)-\d+/\d+|\d{1,4}/\d{1,4}(?:\s[A-Z](?:(?:,\s|\s(?:and|to)\s)[A-Z])*(?![\w/]))?|\d{1,4}\s\(\d{4}\)|\d{1,4}(?:\s[A-Z])?\s\([XVIL]+\))"
# a number with its letters: "36/87 A", "36/87 A and B" (A/RES/80/17), "46/36 A to L"
_CITE_HEAD = re.compile(r"\b[Rr]esolutions?\s+(?=(?:ES-|S-)?\d)")
_CITE_ITEM = re.compile(rf"(?P<num>{_NUM})(?P<date>\s+of\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}})?")
_CITE_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:ES-|S-)?\d)")
_ORGAN_BEFORE = re.compile(
    r"(Human Rights Council|Security Council|Economic and Social Council|General Assembly|Council|Assembly)"
    r"(?:['’]s)?\s+$"
)
_ADOPTED_ON = re.compile(
    rf",?\s+(?:adopted\b[^;.]{{0,80}}?\b)?on\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}}\b"
)
_YEAR_IN_NUMBER = re.compile(r"\d{1,4} \(\d{4}\)")
_ARES = re.compile(r"\b(?:(?P<kw>[Rr]esolutions?)\s+)?A/(?:HRC/)?RES/(?P<num>(?:ES-|S-)?\d+/\d+)")

_DIGIT = re.compile(r"\d")
_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}


@cache
def _terms() -> tuple[tuple[str, re.Pattern[str], str, str, Severity], ...]:
    out = []
    for t in load("terms.json").get("terms", []):
        out.append(
            (t["id"], re.compile(t["pattern"]), t["replacement"], t["message"], t.get("severity", "warning"))
        )
    return tuple(out)


def run(draft: Draft, segs: list[Segment], out: list[Finding]) -> None:
    ids = all_node_ids(draft)
    cited: dict[str, bool] = {}
    for seg in segs:
        _dates(seg, out)
        _terms_in(seg, out)
        _brackets(seg, out)
        _marks(draft, seg, ids, out)
        if seg.body:
            _citations(seg, cited, out)
            for item in seg.text:
                if isinstance(item, NoteRef) and item.note_id in draft.footnotes:
                    note_citations(plain_text(draft.footnotes[item.note_id].text), cited)
    _footnotes(draft, segs, out)


def _add(
    out: list[Finding], seg: Segment, severity: Severity, rule: str, message: str, fix: Fix | None = None
) -> None:
    node = seg.node_id if seg.node_part else ""
    out.append(Finding(severity, rule, seg.prefix() + message, seg.part, seg.paragraph, fix, node))


def _replace_fix(seg: Segment, start: int, end: int, new: str, label: str) -> Fix | None:
    fixed = replace_in_text(seg.text, start, end, new)
    return Fix(label, (seg.edit(fixed),)) if fixed is not None else None


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

    def report(m: re.Match[str], day: int, month: int, year: int, what: str) -> None:
        taken.append(m.span())
        if not _valid(day, month, year):
            _add(out, seg, "warning", "date.invalid", f"{m.group(0)!r} is not a real date")
            return
        good = f"{day} {MONTHS[month - 1]} {year}"
        _add(
            out,
            seg,
            "warning",
            "date.style",
            f"{what}: write '{good}', not '{m.group(0)}'",
            _replace_fix(seg, m.start(), m.end(), good, f"Write '{good}'"),
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
            report(m, day, month, year, "dates are written day, month in full, year")
        elif not _valid(day, month, year):
            taken.append(m.span())
            _add(out, seg, "warning", "date.invalid", f"'{m.group(0)}' is not a real date")
        else:
            taken.append(m.span())
    for m in _MDY.finditer(text):
        month = _month_number(m.group("month"))
        if month is not None and not _overlaps(m.span(), taken):
            report(m, int(m.group("day")), month, int(m.group("year")), "UN dates put the day first")
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
                f"write the month in full: '{good}'",
                _replace_fix(seg, m.start(), m.end(), good, f"Write '{good}'"),
            )
    for m in _ISO.finditer(text):
        if not _overlaps(m.span(), taken):
            report(
                m,
                int(m.group("day")),
                int(m.group("month")),
                int(m.group("year")),
                "UN dates are written out",
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
                f"write dates as day, month in full, year ('21 December 2010'), not '{m.group(0)}'",
            )
            continue
        report(m, day, month, year, "UN dates are written out")


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


# -- citations ----------------------------------------------------------------------------
def _organ(before: re.Match[str] | None) -> str:
    """The organ named before "resolution", with a short name resolved: "Assembly" is the
    General Assembly; "Council" stays "Council" (it matches any council cited before)."""
    if before is None:
        return ""
    name = before.group(1)
    return "General Assembly" if name == "Assembly" else name


def _known(cited: dict[str, bool], organ: str, num: str) -> str | None:
    """The key under which ``num`` was cited before, if it was: the same organ, or one side
    unnamed ("its resolution 50/1" after "Human Rights Council resolution 50/1"), or a short
    name ("the Council's resolution 50/1")."""
    for key in cited:
        was, _, number = key.partition("|")
        if number != num:
            continue
        if was == organ or not was or not organ or (organ == "Council" and was.endswith("Council")):
            return key
    return None


def _citations(seg: Segment, cited: dict[str, bool], out: list[Finding]) -> None:
    text = seg.plain
    if "esolution" not in text and "RES/" not in text:
        return
    for m in _ARES.finditer(text):
        word = m.group("kw") or "resolution"
        good = f"{word} {m.group('num')}"
        _add(
            out,
            seg,
            "warning",
            "citation.symbol",
            f"cite resolutions as '{good}', not by their document symbol",
            _replace_fix(seg, m.start(), m.end(), good, f"Write '{good}'"),
        )
    for head in _CITE_HEAD.finditer(text):
        organ = _organ(_ORGAN_BEFORE.search(text, max(0, head.start() - 45), head.start()))
        items = _cite_list(text, head.end())
        # one date serves the whole list ("resolutions 71/31 and 71/32 of 5 December 2016",
        # A/RES/80/21), and "resolution 1 (I), adopted ... on 24 January 1946" (A/RES/80/51) or
        # "resolution 1325 (2000) on 31 October 2000" (A/C.4/80/L.14) dates it too
        list_dated = any(item.group("date") for item in items) or bool(
            items and _ADOPTED_ON.match(text, items[-1].end())
        )
        for item in items:
            num = " ".join(item.group("num").split())
            dated = bool(item.group("date"))
            name = f"{organ + ' ' if organ else ''}resolution {num}"
            key = _known(cited, organ, num)
            # "Security Council resolution 1325 (2000)": the number carries its year, and the
            # UN cites it without the day as often as with it (5 to 4 in the corpus)
            year_given = _YEAR_IN_NUMBER.fullmatch(num) is not None
            if key is None:
                cited[f"{organ}|{num}"] = dated or list_dated
                if not dated and not list_dated and not year_given:
                    _add(
                        out,
                        seg,
                        "warning",
                        "citation.date",
                        f"first citation of {name} - give its date: '{name} of <day Month year>'",
                    )
            elif dated:
                start, end = item.span("date")
                _add(
                    out,
                    seg,
                    "info",
                    "citation.repeated-date",
                    f"{name} was cited before; later citations drop the date",
                    _replace_fix(seg, start, end, "", "Drop the date"),
                )


def _cite_list(text: str, pos: int) -> list[re.Match[str]]:
    """The citations of one list after "resolution(s)": "65/230", "66/181 of 19 December
    2011 and 67/189" ..."""
    items: list[re.Match[str]] = []
    while (item := _CITE_ITEM.match(text, pos)) is not None:
        items.append(item)
        sep = _CITE_SEP.match(text, item.end())
        if sep is None:
            break
        pos = sep.end()
    return items


def note_citations(text: str, cited: dict[str, bool]) -> None:
    """Count the resolutions a footnote cites as cited: a resolution first named in a note
    ("Resolution 70/1.") needs no date when the text names it again."""
    for head in _CITE_HEAD.finditer(text):
        organ = _organ(_ORGAN_BEFORE.search(text, max(0, head.start() - 45), head.start()))
        for item in _cite_list(text, head.end()):
            num = " ".join(item.group("num").split())
            if _known(cited, organ, num) is None:
                cited[f"{organ}|{num}"] = True


# -- fixed terms --------------------------------------------------------------------------
def _terms_in(seg: Segment, out: list[Finding]) -> None:
    for rule, pattern, replacement, message, severity in _terms():
        for m in pattern.finditer(seg.plain):
            good = m.expand(replacement)
            _add(
                out,
                seg,
                severity,
                f"term.{rule}",
                f"{message} ('{m.group(0)}')",
                _replace_fix(seg, m.start(), m.end(), good, f"Write '{good}'"),
            )


# -- brackets and quotation marks ---------------------------------------------------------
def _brackets(seg: Segment, out: list[Finding]) -> None:
    text = f"{seg.opening} {seg.plain}"
    if not any(c in text for c in '()[]“”"‘'):
        return
    stack: list[str] = []
    problem = ""
    for c in text:
        if c in _OPENERS:
            stack.append(c)
        elif c in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[c]:
                problem = f"'{c}' closes nothing"
                break
            stack.pop()
    if not problem and stack:
        problem = f"'{stack[-1]}' is never closed"
    if problem:
        _add(out, seg, "warning", "brackets", f"unbalanced brackets: {problem}")
    if text.count("“") != text.count("”"):
        _add(
            out,
            seg,
            "warning",
            "quotes",
            f"unbalanced quotation marks: {text.count('“')} “ and {text.count('”')} ”",
        )
    if text.count('"') % 2:
        _add(out, seg, "warning", "quotes", 'an odd number of straight quotation marks (")')
    if text.count("‘") > text.count("’"):
        _add(out, seg, "warning", "quotes", "a single quotation mark ‘ is never closed")


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
                    "a footnote mark refers to a footnote that does not exist",
                    Fix("Remove the mark", (seg.edit(fixed),)),
                )
            nxt = items[i + 1] if i + 1 < len(items) else None
            if isinstance(nxt, Run) and nxt.text[:1] in (",", ";", ":", "."):
                fixed_items = list(items)
                prev = items[i - 1] if i > 0 else None
                fixed_items[i + 1] = Run(nxt.text[1:], nxt.italic)
                if isinstance(prev, Run):
                    fixed_items[i - 1] = Run(prev.text + nxt.text[0], prev.italic)
                    fix = Fix("Put the mark after the punctuation", (seg.edit(tuple(fixed_items)),))
                else:
                    fix = None
                _add(
                    out,
                    seg,
                    "warning",
                    "footnote.mark-place",
                    f"the footnote mark goes after the punctuation ('{nxt.text[0]}')",
                    fix,
                )
        elif isinstance(item, XRef) and item.target_id not in ids:
            _add(
                out,
                seg,
                "error",
                "xref.missing",
                "a cross-reference points to a paragraph that no longer exists",
            )


def _footnotes(draft: Draft, segs: list[Segment], out: list[Finding]) -> None:
    for seg in segs:
        if seg.part != "footnotes":
            continue
        note_id = seg.node_id
        text = seg.plain.strip()
        excerpt = text if len(text) <= 40 else text[:37] + "..."
        if seg.paragraph is None:
            remaining = {k: v for k, v in draft.footnotes.items() if k != note_id}
            _add(
                out,
                seg,
                "warning",
                "footnote.unused",
                f"the footnote '{excerpt}' is never cited" if text else "an empty footnote is never cited",
                Fix("Delete the footnote", (Edit(remaining, path="footnotes"),)),
            )
            continue
        if not text:
            _add(out, seg, "error", "footnote.empty", "the footnote has no text")
        elif last_char(seg.text) != ".":
            _add(
                out,
                seg,
                "warning",
                "footnote.end",
                "footnotes end with a full stop",
                Fix("End with '.'", (seg.edit(with_last_char(seg.text, ".")),)),
            )
