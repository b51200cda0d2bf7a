"""A draft's language: the words the app prints for it, read from one place.

Every word a draft prints that the delegate did not type (the masthead, dates, the agenda,
sponsors and adoption lines, label formats, quotation marks, the organ and body names the
app offers) is data in ``resources/data/language/<code>.json``, one file per language with
the same keys, so French and Spanish (and later Arabic, Chinese, Russian) are added as data.
The model keeps the English names of organs and bodies (they choose the layout and the
checker's Security Council rules); they are printed in the draft's language here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from delegate_editor.conventions.data import DataError, fold, load
from delegate_editor.model.numbering import Numbering

ENGLISH = "en"
_VENUE = re.compile(
    r"^(?:(?P<city>[^,\d]+), )?(?P<first>\d{1,2})(?:[-–](?P<last>\d{1,2}))? (?P<month>[A-Z][a-z]+) (?P<year>\d{4})$"
)
_REPORT = re.compile(
    r"^\[on the report of the (?P<body>.+? Committee) \((?P<document>[^,]+), para(?P<s>s?)\. (?P<paragraph>[^)]+)\)\]$"
)
_NO_COMMITTEE = re.compile(r"^\[without reference to a Main Committee \((?P<document>[^)]+)\)\]$")
_YEAR_SESSION = re.compile(r"^(\d{4}) session$")
_MEETING = re.compile(r"^(\d+)(?:st|nd|rd|th) (plenary )?meeting$")


@dataclass(frozen=True, eq=False)  # one object per code (``language`` caches it): hashed by identity
class Language:
    """One language's words (a parsed ``language/<code>.json``)."""

    code: str
    words: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        try:
            return self.words[key]
        except KeyError:
            raise DataError(f"language/{self.code}.json: the key '{key}' is missing") from None

    @property
    def name(self) -> str:
        return self["name"]

    @property
    def tag(self) -> str:
        """The BCP 47 tag writers give the document ("fr-FR"), for spelling and hyphenation."""
        return self["tag"]

    @property
    def months(self) -> tuple[str, ...]:
        return tuple(self["months"])

    def name_of(self, english: str) -> str:
        """An organ, body or organ line in this language; a name the table does not hold is
        printed as typed (the delegate may have written it in this language already)."""
        return self["names"].get(english.strip(), english) if english else english

    def organ_by(self, organ: str) -> str:
        """The organ after "adopted by": "the General Assembly", "l’Assemblée générale"."""
        if self.code == ENGLISH:
            return organ
        return self.words.get("organ_by", {}).get(organ.strip(), self.name_of(organ))

    def date(self, value: date | None) -> str:
        """A date as the UN writes it in this language: "2 April 2013", "1er avril 2013",
        "2 de abril de 2013"."""
        if value is None:
            return ""
        day = self["first_day"] if value.day == 1 else str(value.day)
        return self["date"].format(day=day, month=self.months[value.month - 1], year=value.year)

    def join(self, names: list[str]) -> str:
        """ "A, B and C" in this language (no serial comma); Spanish writes "e" for "y"
        before a name that starts with the sound i ("Francia e Italia")."""
        names = [n for n in names if n]
        if len(names) <= 1:
            return "".join(names)
        last = names[-1]
        conj = self["and"]
        start = fold(last)
        if "and_before_i" in self.words and (
            start.startswith("i") or (start.startswith("hi") and not start.startswith("hie"))
        ):
            conj = self["and_before_i"]
        return ", ".join(names[:-1]) + conj + last

    def reference(self, line: str) -> str:
        """The line under an adopted text's heading in this language: "[on the report of the
        Third Committee (A/80/534, para. 7)]" is "[sur la base du rapport de la Troisième
        Commission (A/80/534, par. 7)]"; another form is printed as typed."""
        if self.code == ENGLISH:
            return line
        words = self["reference"]
        m = _REPORT.match(line.strip())
        if m:
            key = "report_paras" if m.group("s") else "report"
            body = self.name_of(m.group("body"))
            return words[key].format(body=body, document=m.group("document"), paragraph=m.group("paragraph"))
        m = _NO_COMMITTEE.match(line.strip())
        return words["no_committee"].format(document=m.group("document")) if m else line

    def venue(self, venue_dates: str) -> str:
        """ "Vienna, 22-26 April 2013" in this language: "Vienne, 22-26 avril 2013",
        "Viena, 22 a 26 de abril de 2013"; a line in another form is printed as typed."""
        m = _VENUE.match(venue_dates.strip())
        english = language(ENGLISH).months
        if self.code == ENGLISH or not m or m.group("month") not in english:
            return venue_dates
        month = self.months[english.index(m.group("month"))]
        year, first, last = m.group("year"), m.group("first"), m.group("last")
        if last:
            days = self["date_span"].format(first=first, last=last, month=month, year=year)
        else:
            day = self["first_day"] if first == "1" else first
            days = self["date"].format(day=day, month=month, year=year)
        city = m.group("city")
        return f"{self['cities'].get(city, city)}, {days}" if city else days

    def session(self, session: str) -> str:
        """A session line in this language: "Eightieth session" is "Quatre-vingtième session"
        in French, "Octogésimo período de sesiones" in Spanish; another line is printed as typed."""
        if self.code == ENGLISH or not session:
            return session
        from delegate_editor.conventions.ordinals import ORDINALS

        year = _YEAR_SESSION.match(session.strip())
        if year:
            return self["session_year"].format(year.group(1))
        n = _english_ordinals().get(session.strip().lower().removesuffix(" session"))
        to_words = ORDINALS.get(self.code)
        if n is None or to_words is None or not session.strip().lower().endswith(" session"):
            return session
        words = self["session"].format(ordinal=to_words(n))
        return words[:1].upper() + words[1:]

    def meeting(self, meeting: str) -> str:
        """A meeting as this language numbers it: "8750th meeting" is "8750e séance" in
        French and "8750ª sesión" in Spanish; anything else is printed as typed."""
        match = _MEETING.match(meeting.strip())
        if self.code == ENGLISH or not match:
            return meeting
        pattern = self["plenary_meeting" if match.group(2) else "meeting"]
        return pattern.format(match.group(1))

    def numbering(self, base: Numbering | None = None) -> Numbering:
        """``base`` (the layout's label formats) with this language's: "a)", "i)" and
        "Annexe" in French and Spanish; English keeps ``base`` as it is."""
        base = base or Numbering()
        if self.code == ENGLISH:
            return base
        num = self["numbering"]
        return replace(
            base,
            sub_formats=tuple(num["sub_formats"]),
            annex_label_one=num["annex_label_one"],
            annex_label_many=num["annex_label_many"],
        )

    def quote(self, text: str) -> str:
        """``text`` in this language's quotation marks (« » with non-breaking spaces in French)."""
        left, right = self["quotes"]
        return f"{left}{text}{right}"


@cache
def _english_ordinals() -> dict[str, int]:
    from delegate_editor.conventions.ordinals import ordinal_words

    return {ordinal_words(n): n for n in range(1, 200)}


@cache
def codes() -> tuple[str, ...]:
    """The language codes the app offers, in menu order."""
    return tuple(load("language/languages.json")["languages"])


@cache
def language(code: str = ENGLISH) -> Language:
    """The words of language ``code``; an unknown or empty code is English (a draft file
    from a later version with a language this one lacks still opens and prints)."""
    if code not in codes():
        code = ENGLISH
    words = load(f"language/{code}.json")
    return Language(code, words)


def of(draft: Any) -> Language:
    """The language of ``draft`` (its front matter's ``language``)."""
    return language(getattr(draft.front, "language", ENGLISH) or ENGLISH)


def choices() -> list[tuple[str, str]]:
    """(code, name) for every offered language, for the front-matter form."""
    out = []
    for code in codes():
        lang = language(code)
        own = lang["own_name"]
        out.append((code, lang.name if own == lang.name else f"{lang.name} ({own})"))
    return out
