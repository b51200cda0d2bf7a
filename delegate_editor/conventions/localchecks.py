"""Rules for running text in French and Spanish: dates as the language writes them ("1er
avril 2013", "2 de abril de 2013") and quotation marks in the language's own style (« ainsi »,
“así”). English texts have their own date rules in ``textchecks.py``; these run instead of
them, per segment, from ``textchecks.run``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.findings import Finding
from delegate_editor.conventions.messages import msg
from delegate_editor.conventions.segments import Segment
from delegate_editor.conventions.segments import add_finding as _add
from delegate_editor.conventions.segments import replace_fix as _replace_fix


def local_checks(seg: Segment, out: list[Finding], lang: languages.Language) -> None:
    """The language's own rules on one segment of a French or Spanish draft."""
    _quote_style(seg, out, lang)
    _local_dates(seg, out, lang)


@cache
def _date_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A date in ``code`` with the first day written "1" (French writes "1er") and a Spanish
    date without the "de" before its year ("26 de marzo 2004")."""
    months = "|".join(languages.language(code).months)
    first = re.compile(rf"\b1 (?P<month>{months}) (?P<year>\d{{4}})\b")
    no_de = re.compile(rf"\b(?P<day>\d{{1,2}}) de (?P<month>{months}) (?P<year>\d{{4}})\b")
    return first, no_de


def _local_dates(seg: Segment, out: list[Finding], lang: languages.Language) -> None:
    """Dates as the language writes them: "1er avril 2013", "2 de abril de 2013"."""
    first, no_de = _date_patterns(lang.code)
    checks = ([first] if lang["first_day"] != "1" else []) + ([no_de] if "de {year}" in lang["date"] else [])
    for pattern in checks:
        for m in pattern.finditer(seg.plain):
            month = lang.months.index(m.group("month")) + 1
            day = int(m.groupdict().get("day") or 1)
            try:
                good = lang.date(date(int(m.group("year")), month, day))
            except ValueError:
                continue
            _add(
                out,
                seg,
                "warning",
                "date.format",
                msg("date.format", language=lang.code, good=good, found=m.group(0)),
                _replace_fix(seg, m.start(), m.end(), good, msg("fix.write", text=good)),
            )


_QUOTED = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")


def _quote_style(seg: Segment, out: list[Finding], lang: languages.Language) -> None:
    """A quotation in another language's marks: French UN texts quote « ainsi » (with
    non-breaking spaces), Spanish ones “así” (resources/data/language/*.json, "quotes")."""
    left, right = lang["quotes"]
    for m in _QUOTED.finditer(seg.plain):
        if m.group(0)[0] == left:
            continue
        good = lang.quote(m.group(1) if m.group(1) is not None else m.group(2))
        _add(
            out,
            seg,
            "info",
            "quotes.style",
            msg("quotes.style", language=lang.code, left=left.strip(), right=right.strip(), good=good),
            _replace_fix(seg, m.start(), m.end(), good, msg("fix.write-quoted", text=good)),
        )
