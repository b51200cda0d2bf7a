"""Rules about resolution citations: the first citation gives the date, later ones drop it,
and resolutions are cited by number, not by document symbol (un-layout.md §3.3).

Calibrated on the UN's own texts (bench/RESULTS.md): one date serves a list, "adopted ... on"
dates a citation (so does "the adoption on ... of its resolution"), a footnote citing a resolution counts as its first citation, a short name
("the Council") matches the organ cited before, and a Security Council number carries its year.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.findings import Finding
from delegate_editor.conventions.messages import msg
from delegate_editor.conventions.segments import Segment
from delegate_editor.conventions.segments import add_finding as _add
from delegate_editor.conventions.segments import replace_fix as _replace_fix
from delegate_editor.conventions.wording import MONTHS
from delegate_editor.model.document import Draft

_MONTH_FULL = "|".join(MONTHS)
# a number with its letters: "36/87 A", "36/87 A and B" (A/RES/80/17), "46/36 A to L"
_NUM = r"(?:(?:ES|S)-\d+/\d+|\d{1,4}/\d{1,4}(?:\s[A-Z]{1,2}(?:(?:,\s|\s(?:and|to)\s)[A-Z]{1,2})*(?![\w/]))?|\d{1,4}\s\(\d{4}\)|\d{1,4}(?:\s[A-Z])?\s\([XVIL]+\))"
_CITE_HEAD = re.compile(r"\b[Rr]esolutions?\s+(?=(?:ES-|S-)?\d)")
# the date after the number, after a comma too: "resolutions 2016/7 and 2016/8, of 2 June 2016"
# (A/C.3/80/L.16)
_CITE_ITEM = re.compile(rf"(?P<num>{_NUM})(?P<date>,?\s+of\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}})?")
_CITE_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:ES-|S-)?\d)")
# each resolution of a list with its subject, the date after the last: "Human Rights Council
# resolutions 5/1 on institution-building of the Council and 5/2 on the Code of Conduct for
# Special Procedures Mandate Holders of the Council of 18 June 2007" (A/C.3/80/L.39)
_SUBJECT_SEP = re.compile(r"\s+on\s+[^,;.\d]{1,160}?\s+and\s+(?=(?:ES-|S-)?\d)")
# a dated resolution with its subject after the date, the list going on: "resolutions 1/7 of
# 27 June 2014 on strengthening the role of ... in promoting air quality, 2/21 of 27 May 2016
# and 6/7 of 1 March 2024 on combating sand and dust storms, 4/10 of ..." (A/C.2/80/L.50)
_DATED_SUBJECT_SEP = re.compile(r"\s+on\s+[^,;.\d]{1,160}?(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:ES-|S-)?\d)")
_SUBJECT_DATED = re.compile(rf"\s+on\s+[^,;.]{{1,160}}?\s+of\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}}\b")
# a resolution with its subject, then when it was adopted: "its previous resolution 78/172 on
# the inclusive policies and programmes to address homelessness, including in the aftermath of
# the coronavirus disease (COVID-19), adopted on 19 December 2023" (A/C.3/80/L.16)
_SUBJECT_ADOPTED = re.compile(
    rf"\s+on\s+[^;.]{{1,200}}?,?\s+adopted\s+on\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}}\b"
)
# other assemblies number their resolutions too: "United Nations Environment Assembly
# resolutions 1/7 of 27 June 2014 ..., 2/21 of 27 May 2016", then "Environment Assembly
# resolution 2/21" (A/C.2/80/L.50); "World Health Assembly resolution WHA77.1"
_ORGAN_BEFORE = re.compile(
    r"(Human Rights Council|Security Council|Economic and Social Council|General Assembly|"
    r"Environment Assembly|Health Assembly|Council|Assembly)"
    r"(?:['’]s)?\s+$"
)
_ADOPTED_ON = re.compile(
    rf",?\s+(?:adopted\b[^;.]{{0,80}}?\b)?on\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}}\b"
)
_YEAR_IN_NUMBER = re.compile(r"\d{1,4} \(\d{4}\)")
_OTHER_BODY = re.compile(r"(?:[1-9]|[12]\d|30)/\d")
# the date before the citation: "the adoption on 16 June 2025 of its resolution 79/293"
# (A/C.2/80/L.10)
_ADOPTION_BEFORE = re.compile(
    rf"\badoption\s+on\s+\d{{1,2}}\s+(?:{_MONTH_FULL})\s+\d{{4}},?\s+of\s+(?:its\s+|the\s+)?"
    r"(?:[A-Z][\w ]{0,40}?\s+)?$"
)
# the occasion, dated, at which the resolution was adopted: "the Summit of the Future on
# 22–23 September 2024 at the United Nations Headquarters in New York, at which resolution
# 79/1 entitled ... was adopted" (A/C.2/80/L.57; "on 22 and 23 September 2024", A/C.3/80/L.46;
# "on 22 to 23 September 2024", A/C.2/80/L.56)
_OCCASION_BEFORE = re.compile(
    rf"\bon\s+\d{{1,2}}(?:(?:[–-]|\s+and\s+|\s+to\s+)\d{{1,2}})?\s+(?:{_MONTH_FULL})\s+\d{{4}}\b[^.;]{{0,120}}?\bat\s+which\s+$"
)
# a body's designation, not a citation of the resolution as such: "the Group of Experts
# established pursuant to resolution 52/38 J" (A/RES/80/43), "the commission of inquiry
# established pursuant to Human Rights Council resolution S-28/1" (A/C.4/80/L.19); the UN
# dates such a reference as often as not (7 dated, 10 undated in the corpus), so it asks for no date
_DESIGNATION_BEFORE = re.compile(
    r"\b(?:established|set\s+up|created|mandated)\s+(?:pursuant\s+to|by|under|in\s+accordance\s+with)\s+"
    r"(?:its\s+|the\s+)?(?:(?:Human Rights Council|Security Council|Economic and Social Council|"
    r"General Assembly|Council|Assembly)(?:['’]s)?\s+)?$"
)
_ARES = re.compile(r"\b(?:(?P<kw>[Rr]esolutions?)\s+)?A/(?:HRC/)?RES/(?P<num>(?:ES-|S-)?\d+/\d+)")


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
    name ("the Council's resolution 50/1"), either way round ("Council resolution 57/23 of 10
    October 2024", then "Human Rights Council resolutions ... and 57/23", A/C.3/80/L.45)."""
    for key in cited:
        was, _, number = key.partition("|")
        if number != num:
            continue
        short = (organ == "Council" and was.endswith("Council")) or (
            was == "Council" and organ.endswith("Council")
        )
        if was == organ or not was or not organ or short:
            return key
    return None


def first_cited(draft: Draft) -> dict[str, bool]:
    """What a resolution has cited before its first paragraph: itself (an agenda item's
    title may name it). A part of a text of several resolutions starts from here again."""
    return {f"|{draft.adoption.number.strip()}": True}


def citations(seg: Segment, cited: dict[str, bool], out: list[Finding]) -> None:
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
            msg("citation.symbol", good=good),
            _replace_fix(seg, m.start(), m.end(), good, msg("fix.write", text=good)),
        )
    for head in _CITE_HEAD.finditer(text):
        organ = _organ(_ORGAN_BEFORE.search(text, max(0, head.start() - 45), head.start()))
        items = _cite_list(text, head.end())
        # one date serves the whole list ("resolutions 71/31 and 71/32 of 5 December 2016",
        # A/RES/80/21), and "resolution 1 (I), adopted ... on 24 January 1946" (A/RES/80/51) or
        # "resolution 1325 (2000) on 31 October 2000" (A/C.4/80/L.14) dates it too
        list_dated = (
            any(item.group("date") for item in items)
            or bool(items and _ADOPTED_ON.match(text, items[-1].end()))
            or (len(items) > 1 and _SUBJECT_DATED.match(text, items[-1].end()) is not None)
            or bool(items and _SUBJECT_ADOPTED.match(text, items[-1].end()))
            or _ADOPTION_BEFORE.search(text[max(0, head.start() - 90) : head.start()]) is not None
            or _OCCASION_BEFORE.search(text[max(0, head.start() - 200) : head.start()]) is not None
        )
        designation = _DESIGNATION_BEFORE.search(text[max(0, head.start() - 90) : head.start()]) is not None
        for item in items:
            num = " ".join(item.group("num").split())
            dated = bool(item.group("date"))
            key = _known(cited, organ, num)
            # "Security Council resolution 1325 (2000)": the number carries its year, and the
            # UN cites it without the day as often as with it (5 to 4 in the corpus); and
            # an unnamed body's "resolution 2/10" is not the Assembly's, whose numbers take
            # that form from its thirty-first session (31/1): the United Nations Environment
            # Assembly's, cited with a note that says so (A/C.2/80/L.41)
            no_date_owed = _YEAR_IN_NUMBER.fullmatch(num) is not None or (
                not organ and _OTHER_BODY.match(num) is not None
            )
            if key is None:
                cited[f"{organ}|{num}"] = True  # cited in the text (a note's citation is False)
                if not dated and not list_dated and not no_date_owed and not designation:
                    _add(
                        out,
                        seg,
                        "warning",
                        "citation.date",
                        msg("citation.date", organ=organ, number=num),
                    )
            elif dated and not cited[key]:
                # first named in a note, the text may give the date where it first cites it:
                # "Resolution 70/1." (note 4), then "its resolution 70/1 of 25 September 2015"
                # (A/C.2/80/L.57); a third citation with the date is a repeat
                cited[key] = True
            elif dated:
                start, end = item.span("date")
                _add(
                    out,
                    seg,
                    "info",
                    "citation.repeated-date",
                    msg("citation.repeated-date", organ=organ, number=num),
                    _replace_fix(seg, start, end, "", msg("fix.drop-date")),
                )


def _cite_list(text: str, pos: int) -> list[re.Match[str]]:
    """The citations of one list after "resolution(s)": "65/230", "66/181 of 19 December
    2011 and 67/189" ..."""
    items: list[re.Match[str]] = []
    while (item := _CITE_ITEM.match(text, pos)) is not None:
        items.append(item)
        sep = _CITE_SEP.match(text, item.end()) or _SUBJECT_SEP.match(text, item.end())
        if sep is None and item.group("date"):
            sep = _DATED_SUBJECT_SEP.match(text, item.end())
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
                cited[f"{organ}|{num}"] = False  # in a note: the text may still date it
