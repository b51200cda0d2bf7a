"""Reading a French or Spanish text: which language it is in, and its lines in the model's terms.

The model keeps organs, bodies, sessions, dates, sponsors and sub-paragraph labels in one
form (English names, "(a)" labels: ``conventions/language.py``) and the draft's language says
how to print them. So a French or Spanish text is read by taking its masthead and heading
lines back through the same words the writers print them with (``Distr. limitée`` is
"Distr.: Limited", ``Point 67 de l’ordre du jour`` is "Agenda item 67", ``a)`` is "(a)"), and
the rest of the importer reads it as it reads an English text. Only whole lines that match
the language's words are taken back, and only in the heading (up to the organ line): the
text of the paragraphs is never touched, so no word is lost or changed.
"""

from __future__ import annotations

import re
from functools import cache

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.language import Language
from delegate_editor.conventions.phrases import phrasebook
from delegate_editor.conventions.state_names import english_name
from delegate_editor.conventions.wording import MONTHS, join_names, officer, ordinal_words
from delegate_editor.formats.text_inline import strip_markup

_FIRST_WORD = re.compile(r"^(?:\d{1,3}\.\s+|[a-z]{1,6}\)\s+|\([a-z]{1,6}\)\s+)?(\S+)")
SC_NUMBER = r"(\d{1,5} \(\d{4}\))"  # "2374 (2017)"
_LABEL = re.compile(r"^(\s*)([a-z]{1,6})\)(\s+)")  # "a) ", "iv) " at the start of a line


def detect(text: str) -> str:
    """The language of ``text``: the one whose organ line or masthead words it holds, else
    the one whose opening words start most of its lines; English when none does better."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    scores: dict[str, int] = {}
    for code in languages.codes():
        lang = languages.language(code)
        heading = _heading_lines(lang)
        book = phrasebook(code)
        score = 0
        for line in lines[:200]:  # a masthead and many paragraphs are in the first 200 lines
            key = _norm(line)
            if key in heading:
                score += 5
            elif len(line) > 30 and _starts_with_opening(book, line):
                score += 1
        scores[code] = score
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > scores.get(languages.ENGLISH, 0) else languages.ENGLISH


def _starts_with_opening(book, line: str) -> bool:
    """Whether ``line`` starts with a word an opening of ``book`` starts with (after a
    paragraph number or label): a vote for its language, cheap enough for every line."""
    m = _FIRST_WORD.match(line)
    return bool(m) and m.group(1)[:1].isupper() and book.may_open(m.group(1))


def _norm(line: str) -> str:
    """A line as heading lines are compared: NBSP as a space, one apostrophe, no final comma."""
    return " ".join(line.replace("\u00a0", " ").replace("’", "'").split()).rstrip(",")


@cache
def _heading_lines(lang: Language) -> frozenset[str]:
    """The heading lines a text in ``lang`` names itself with (organ lines, organization)."""
    if lang.code == languages.ENGLISH:
        # the masthead's own lines too: a Secretariat note listing "Note by the Secretary-
        # General on ..." lines, "Note" being a French opening, read as French (A/C.5/80/L.1)
        masthead = ("Distr.: Limited", "Distr.: General", "Original: English")
        return frozenset({"United Nations", *masthead, *_english_names()})
    return frozenset(_norm(v) for v in (lang["organization"], *lang["names"].values()))


@cache
def _english_names() -> tuple[str, ...]:
    """The English organ and body lines the other languages translate ("General Assembly",
    "Fifth Committee", "The Security Council")."""
    return tuple({k for c in languages.codes() for k in languages.language(c)["names"]})


def to_model_terms(text: str, code: str) -> str:
    """``text`` with its heading lines (up to and including the organ line) in English and
    its sub-paragraph labels "a)" written "(a)"; an English text is returned as it is."""
    if code == languages.ENGLISH:
        return text
    lang = languages.language(code)
    out: list[str] = []
    heading = True
    for line in text.splitlines():
        plain = _norm(strip_markup(line))
        if heading and plain:
            english = _heading_line(plain, lang)
            if english is not None:
                if english.startswith("The ") and line.rstrip().endswith(","):
                    english += ","
                    heading = False
                elif english.startswith("The "):
                    heading = False
                if english:  # the version line ("Français") has no English counterpart
                    out.append(english)
                continue
            columns = _columns(line, lang)
            if columns is not None:  # "Assemblée générale      Distr. limitée" copied from a PDF
                out.append(columns)
                continue
        out.append(_LABEL.sub(r"\1(\2)\3", line))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


_GAP = re.compile(r"\s{2,}|\t")


def _columns(line: str, lang: Language) -> str | None:
    """A masthead line of several items (two columns of a PDF copy, or items a copy glued
    together before "Distr." or "Original"), each item taken back; None unless one is."""
    items = [i for i in _GAP.split(line.strip()) if i]
    if len(items) == 1:  # glued: cut before the distribution and the original lines
        marks = [lang["distribution"].split("{")[0].strip(), lang["original"].split("{")[0].strip()]
        cut = re.compile("|".join(rf" (?={re.escape(m)})" for m in marks if m))
        items = [i for i in cut.split(line.strip()) if i]
    if len(items) == 1:
        return None
    english = [_heading_line(_norm(i), lang) for i in items]
    if all(e is None for e in english):
        return None
    return "    ".join(e if e is not None else i for e, i in zip(english, items, strict=True) if e != "")


def _heading_line(plain: str, lang: Language) -> str | None:
    """The English form of one heading line, or None when it is not one the language prints."""
    table = _reverse(lang)
    if plain in table:
        return table[plain]
    for pattern, english in _patterns(lang):
        m = pattern.match(plain)
        if m:
            return english(m)
    return None


@cache
def _reverse(lang: Language) -> dict[str, str]:
    """Whole lines: organization, names, distribution, the version line, session lines."""
    out = {_norm(lang["organization"]): "United Nations", _norm(lang["version_line"]): ""}
    out.update({_norm(v): k for k, v in lang["names"].items()})
    for english, local in lang["distribution_values"].items():
        out[_norm(lang["distribution"].format(local))] = f"Distr.: {english}"
    for english, local in lang["language_names"].items():
        out[_norm(lang["original"].format(local))] = f"Original: {english}"
    for n in range(1, 200):
        english = ordinal_words(n).capitalize() + " session"
        out[_norm(lang.session(english))] = english
    out.pop("", None)
    return out


def _fill(pattern: str) -> str:
    """A language pattern ("Point {} de l’ordre du jour") as a regular expression."""
    return _rx(pattern, {"": "(.+?)"})


def _rx(pattern: str, groups: dict[str, str], literal: bool = True) -> str:
    """``pattern`` with its placeholders ({} or {name}) replaced by ``groups``' expressions and
    the rest escaped; ``literal=False`` when a group is itself an expression made here."""
    out, pos = [], 0
    text = _norm(pattern) if literal else pattern
    for m in re.finditer(r"\{(\w*)\}", text):
        out.append(re.escape(text[pos : m.start()]) if literal else _escape_plain(text[pos : m.start()]))
        out.append(groups[m.group(1)])
        pos = m.end()
    out.append(re.escape(text[pos:]) if literal else _escape_plain(text[pos:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    return re.escape(text.replace("\u00a0", " ").replace("’", "'"))


@cache
def _patterns(lang: Language) -> tuple:
    months = "|".join(map(re.escape, lang.months))
    date = _norm(lang["date"]).replace("{day}", r"(\d{1,2}|1er)").replace("{month}", f"({months})")
    date = date.replace("{year}", r"(\d{4})")
    date_re = re.compile(f"^{date}$")

    def english_date(text: str) -> str:
        m = date_re.match(text)
        if not m:
            return text
        day = "1" if m.group(1) == "1er" else m.group(1)
        return f"{day} {MONTHS[lang.months.index(m.group(2))]} {m.group(3)}"

    number = _rx(lang["meeting"], {"": r"(\d+)"})  # "(\d+)e séance"
    sc = _rx(lang["sc_adopted"], {"meeting": number}, literal=False)
    sc_on = _rx(lang["sc_adopted_on"], {"line": sc, "date": "(.+)"}, literal=False)
    kinds = {v: k for k, v in lang["text_kind"].items() if k != "note"}  # a note has no sponsors
    english = languages.language(languages.ENGLISH)
    kind_alt = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    colon = re.escape(_norm(lang["colon"]))
    out = [
        (date_re, lambda m: english_date(m.group(0))),
        (re.compile(f"^{_fill(lang['agenda_items'])}$"), lambda m: f"Agenda items {_and(m.group(1), lang)}"),
        (re.compile(f"^{_fill(lang['agenda_item'])}$"), lambda m: f"Agenda item {m.group(1)}"),
        (re.compile(f"^{_rx(lang['sc_number'], {'': SC_NUMBER})}$"), lambda m: f"Resolution {m.group(1)}"),
        (
            re.compile(f"^{sc_on}$"),
            lambda m: (
                f"Adopted by the Security Council at its {_nth(m.group(1))} meeting, on {english_date(m.group(2))}"
            ),
        ),
        (
            re.compile(f"^{sc}$"),
            lambda m: f"Adopted by the Security Council at its {_nth(m.group(1))} meeting",
        ),
        (
            re.compile(f"^(.+?){colon} ({kind_alt})$"),
            lambda m: f"{_sponsors(m.group(1), lang)}: {english['text_kind'][kinds[m.group(2)]]}",
        ),
    ]
    # "Projet de décision présenté par le Bureau": the officer in English, as the model holds
    # it; "Projets de résolution présentés par ..." for a text of several resolutions
    out += [
        (
            re.compile(f"^{_rx(lang[form], {'kind': f'({kind_alt})', 'who': '(.+)'})}$", re.I),
            lambda m: english["submitted_by"].format(
                kind=english["text_kind"][kinds[m.group(1).lower()]].capitalize(),
                who=officer(m.group(2), english),
            ),
        )
        for form in ("submitted_by", "submitted_by_many")
    ]
    out += _venue_patterns(lang) + _reference_patterns(lang) + _adopted_patterns(lang, english_date)
    for list_name, pattern in lang["agenda_list"].items():
        out.append(
            (re.compile(f"^{_fill(pattern)}$"), lambda m, n=list_name: f"Item {m.group(1)} of the {n}")
        )
    return tuple((re.compile(p) if isinstance(p, str) else p, f) for p, f in out)


def _venue_patterns(lang: Language) -> list:
    """ "Vienne, 22-26 avril 2013" / "Viena, 22 a 26 de abril de 2013" as "Vienna, 22-26 April 2013"."""
    months = "|".join(map(re.escape, lang.months))
    cities = {_norm(v): k for k, v in lang["cities"].items()}
    city = r"(?:(?P<city>[^,\d]+), )?"
    parts = {"month": f"(?P<month>{months})", "year": r"(?P<year>\d{4})"}
    span = _rx(lang["date_span"], {"first": r"(?P<first>\d{1,2})", "last": r"(?P<last>\d{1,2})", **parts})
    one = _rx(lang["date"], {"day": r"(?P<first>\d{1,2}|1er)", **parts})

    def english(m: re.Match[str]) -> str:
        month = MONTHS[lang.months.index(m.group("month"))]
        first = "1" if m.group("first") == "1er" else m.group("first")
        days = f"{first}-{m.group('last')}" if m.groupdict().get("last") else first
        place = m.group("city")
        where = f"{cities.get(place, place)}, " if place else ""
        return f"{where}{days} {month} {m.group('year')}"

    return [(re.compile(f"^{city}{span}$"), english), (re.compile(f"^(?!\\d){city}{one}$"), english)]


def _adopted_patterns(lang: Language, english_date) -> list:
    """ "Résolution adoptée par l’Assemblée générale le 1er novembre 2018" as "Resolution
    adopted by the General Assembly on 1 November 2018" (the heading of an adopted text)."""
    organs = {_norm(v): k for k, v in lang.words.get("organ_by", {}).items()}
    organ = "(?P<organ>" + "|".join(map(re.escape, organs)) + ")"
    out = []
    for kind, pattern in lang["adopted"].items():
        line = _rx(pattern, {"organ": organ})
        with_date = _rx(lang["adopted_on"], {"line": line, "date": "(?P<date>.+)"}, literal=False)

        def english(m: re.Match[str], kind: str = kind) -> str:
            head = f"{kind.capitalize()} adopted by the {organs[m.group('organ')]}"
            return f"{head} on {english_date(m.group('date'))}" if m.groupdict().get("date") else head

        out += [(re.compile(f"^{with_date}$"), english), (re.compile(f"^{line}$"), english)]
    return out


def _reference_patterns(lang: Language) -> list:
    """The line under an adopted text's heading ("[sur la base du rapport de la Troisième
    Commission (A/80/534, par. 7)]") as the English line the model keeps."""
    words = lang["reference"]
    bodies = {_norm(v): k for k, v in lang["names"].items()}
    groups = {"body": "(?P<body>.+?)", "document": "(?P<document>[^,]+)", "paragraph": "(?P<paragraph>[^)]+)"}

    def report(m: re.Match[str]) -> str:
        body = bodies.get(_norm(m.group("body")), m.group("body"))
        several = any(c in m.group("paragraph") for c in ",-–") or lang["and"] in f" {m.group('paragraph')} "
        paragraph = m.group("paragraph").replace(lang["and"], " and ")
        return f"[on the report of the {body} ({m.group('document')}, para{'s' if several else ''}. {paragraph})]"

    return [
        (re.compile(f"^{_rx(words['report_paras'], groups)}$"), report),
        (re.compile(f"^{_rx(words['report'], groups)}$"), report),
        (
            re.compile(f"^{_rx(words['no_committee'], {'document': '(?P<document>[^)]+)'})}$"),
            lambda m: f"[without reference to a Main Committee ({m.group('document')})]",
        ),
    ]


def _nth(number: str) -> str:
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _and(numbers: str, lang: Language) -> str:
    return numbers.replace(lang["and"], " and ")


def _sponsors(names: str, lang: Language) -> str:
    """A sponsors list in ``lang`` as English official names, in the order given; "y" or "et"
    inside a name ("Trinidad y Tabago") does not split it."""
    parts = [p.strip() for p in names.split(",") if p.strip()]
    last = parts.pop() if parts else ""
    conjunctions = [c for c in (lang["and"], lang.words.get("and_before_i", "")) if c]
    cut = None
    for conj in conjunctions:
        for m in re.finditer(re.escape(conj), last):
            head, tail = last[: m.start()].strip(), last[m.end() :].strip()
            if english_name(head, lang.code) and english_name(tail, lang.code):
                cut = (head, tail)
    parts += list(cut) if cut else [last]
    return join_names([english_name(p, lang.code) or p for p in parts if p])
