"""How UN texts word the lines that are derived from the draft's data.

The sponsors line, the agenda line, the authoring line and dates are never typed by the
delegate: they are composed here from the model, so they always follow UN style
(no serial comma, "and" before the last name; dates as "2 April 2013").
"""

from __future__ import annotations

import re
from datetime import date

from delegate_editor.conventions import language as languages
from delegate_editor.conventions.language import Language
from delegate_editor.conventions.ordinals import ordinal_words  # noqa: F401 (its callers import it here)
from delegate_editor.conventions.parts import several_parts
from delegate_editor.model.document import AgendaItem, DocumentKind, Draft, TextKind

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_UN_DATE = re.compile(r"^\s*(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\s*$")


def un_date(value: date | None) -> str:
    """A date in UN style: day, month in full, four-digit year ("2 April 2013")."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def parse_un_date(text: str) -> date | None:
    """Inverse of :func:`un_date`; None when the text is not a UN-style date."""
    match = _UN_DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match.group(3)), MONTHS.index(match.group(2)) + 1, int(match.group(1)))
    except ValueError:
        return None


def join_names(names: list[str]) -> str:
    """ "A, B and C": commas, "and" before the last name, no serial comma."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def text_kind_words(draft: Draft) -> str:
    """ "draft resolution", "revised draft resolution", "projet de décision" ... in the
    draft's language."""
    if draft.text_kind is TextKind.NOTE:
        return languages.of(draft)["text_kind"]["note"]
    kind = "decision" if draft.text_kind is TextKind.DECISION else "resolution"
    if draft.kind is DocumentKind.REVISED or (
        draft.kind is DocumentKind.AMENDMENT and amends_revised(draft.amends)
    ):
        kind = f"revised {kind}"
    if several_parts(draft):  # "draft resolutions" (the programme budget's A, B and C)
        kind += "s"
    return languages.of(draft)["text_kind"][kind]


def amends_revised(symbol: str) -> bool:
    """An amendment to "A/C.3/80/L.20/Rev.1" amends a *revised* draft, as its line says."""
    return "/rev." in symbol.lower()


def amendment_words(draft: Draft) -> str:
    """ "amendment to draft resolution A/80/L.18", "amendments to revised draft resolution
    A/C.3/80/L.20/Rev.1", in the draft's language."""
    forms = languages.of(draft)["amendment"]
    form = forms["many"] if draft.amends_plural else forms["one"]
    return form.format(kind=text_kind_words(draft), symbol=draft.amends.strip()).strip()


def sponsors_names(draft: Draft) -> str:
    """The names part of the sponsors line, before the colon.

    A revised draft is issued with every sponsor, so the States that joined after the first
    issue (``Sponsors.later``) take their place in UN order; in a first issue they do not
    appear (the UN lists them in an addendum or in the report)."""
    names = list(draft.sponsors.names)
    if draft.kind is DocumentKind.REVISED and draft.sponsors.later:
        from delegate_editor.conventions.states import sort_names

        names = sort_names(names + [n for n in draft.sponsors.later if n not in names])
    lang = languages.of(draft)
    if lang.code == languages.ENGLISH:
        return join_names(names)
    from delegate_editor.conventions.state_names import local_names

    return lang.join(local_names(names, lang.code))


def behalf_name(draft: Draft) -> str:
    """The name of the sponsor acting for the group, as the sponsors line prints it in the
    draft's language ("" when the mark follows the colon)."""
    name = draft.sponsors.on_behalf_by.strip()
    lang = languages.of(draft)
    if not name or lang.code == languages.ENGLISH:
        return name
    from delegate_editor.conventions.state_names import local_names

    return local_names([name], lang.code)[0]


def sponsors_line(draft: Draft) -> str:
    """ "Brazil, China, India, Russian Federation and South Africa: draft resolution".

    Officer drafts have no sponsors: "Draft resolution submitted by the Chair".
    Adopted texts have no sponsors line (returns "")."""
    if draft.kind is DocumentKind.ADOPTED:
        return ""
    lang = languages.of(draft)
    if draft.text_kind is TextKind.NOTE:  # "Note by the Secretariat", "Note du Secrétariat"
        line = lang["note_by"].format(who=draft.sponsors.submitted_by or lang["secretariat"])
        return re.sub(r"\bde (le|el) ", lambda m: "du " if m.group(1) == "le" else "del ", line)
    if draft.kind is DocumentKind.OFFICER:
        who = officer(draft.sponsors.submitted_by, lang) or lang["officers"]["chair"]
        form = "submitted_by_many" if several_parts(draft) else "submitted_by"  # "présentés"
        return lang[form].format(kind=_capital(text_kind_words(draft)), who=who)
    names = sponsors_names(draft)
    if draft.kind is DocumentKind.AMENDMENT:  # "Russian Federation:* amendment to draft resolution A/80/L.18"
        words = amendment_words(draft)
        return f"{names}{lang['colon']} {words}" if names else _capital(words)
    if not names:
        # a text no delegation tables (a facilitator's): "Draft resolution" alone, as the
        # UN prints it; nothing while a new draft has neither sponsors nor a symbol
        return _capital(text_kind_words(draft)) if draft.front.symbol.strip() else ""
    return f"{names}{lang['colon']} {text_kind_words(draft)}"


def officer(who: str, lang: Language) -> str:
    """``who`` as ``lang`` names it, when it starts with an officer's title in any of the
    app's languages (the languages' "officers"): "the Bureau" in a French draft is "le
    Bureau", "la vice-présidence de la Commission, Jenni Mikkola" in an English one "the
    Vice-Chair of the Committee, Jenni Mikkola", the country after the name in the draft's
    language too; anything else (words of the language it was typed in after the title)
    as typed. A delegation that imports an English base text and drafts in French thus gets
    no English officer in its French line."""
    who = who.strip()
    low = who.casefold()
    found = [
        (len(title), key)
        for code in languages.codes()
        for key, title in languages.language(code)["officers"].items()
        if low.startswith(title.casefold()) and who[len(title) : len(title) + 1] in ("", ",")
    ]
    if not found:
        return who
    length, key = max(found)
    from delegate_editor.conventions.state_names import english_name, local_name

    def state(m: re.Match[str]) -> str:  # the officer's country: "(Poland)" is "(Pologne)"
        name = m.group(1).strip()
        english = next((e for code in languages.codes() if (e := english_name(name, code))), None)
        codes = [c for c in languages.codes() if c != languages.ENGLISH]
        foreign = english and any(local_name(english, c).casefold() == name.casefold() for c in codes)
        if not english or (lang.code == languages.ENGLISH and not foreign):
            return m.group(0)  # an English name as typed: "(Islamic Republic of Iran )", A/C.2/80/L.43
        return f"({local_name(english, lang.code)})"

    return lang["officers"][key] + re.sub(r"\(([^()]+)\)", state, who[length:])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# its readers (``formats/text_header``): "X, Y and Z:* revised draft resolution", "Draft
# resolution submitted by the Chair", and "Draft resolution" alone (a text no delegation tables)
# the marks of the line's asterisk notes, several set apart by commas: "Iraq:*,** draft
# resolution" (A/80/L.23: "On behalf of ..." and "Any changes to the list of sponsors ...")
_MARKS = r"(\**(?:,\*+)*)"
SPONSORS = re.compile(rf"^(.+?):{_MARKS} (revised )?draft (resolution|decision)$")
# plural in a text of several resolutions: "Draft resolutions submitted by the Chair of the
# Committee following informal consultations" (A/C.5/80/L.6, the programme budget)
OFFICER = re.compile(r"^Draft (resolution|decision)s? submitted by (.+)$")
DRAFT_ALONE = re.compile(r"^Draft (resolution|decision)s?$")
# a section's number, alone on its line above the section's title: "I", "II.", "XVII"
# (A/RES/80/237, 243; A/C.6/80/L.10); the readers join the two, the writers part them again
SECTION_NUMBER = r"[IVXLC]{1,6}\.?"
SECTION_TITLE = re.compile(rf"^({SECTION_NUMBER}) (?=[A-Z])")
# who a note is by, after "Note by", "Note de" or "Nota de" (the languages' "note_by"):
# "the Secretariat", "le Secrétariat", "la Presidencia", "the Chair of the Fourth Committee"
_NOTE_WHO = re.compile(
    r"^(?:the|le|la|les|el|los|las|l’) ?[A-ZÉ][\w’'-]*(?: (?:[A-ZÉ][\w’'-]*|[a-z]{1,3}))*$"
)


def note_by(plain: str) -> str | None:
    """Who a note's line names, in any of the app's languages ("Note by the Secretariat" →
    "the Secretariat", "Note du Secrétariat" → "le Secrétariat", "Nota del Presidente" → "el
    Presidente"), so that ``sponsors_line`` writes the line back as it was; "" for the
    Secretariat, whom ``sponsors_line`` names in the draft's language ("Note by the
    Secretariat" becomes "Note du Secrétariat" in French); None for any other line."""
    plain = re.sub(
        r"^(Note|Nota) d(u|el) ", lambda m: f"{m.group(1)} de {'le' if m.group(2) == 'u' else 'el'} ", plain
    )
    for code in languages.codes():
        head = languages.language(code)["note_by"].split("{who}")[0]
        if plain.startswith(head) and _NOTE_WHO.match(who := plain[len(head) :]):
            secretariat = {languages.language(c)["secretariat"].lower() for c in languages.codes()}
            return "" if who.lower() in secretariat else who
    return None


# "Belarus and Russian Federation: amendment to revised draft resolution A/C.3/80/L.20/Rev.1";
# in plenary, to a Main Committee's draft by its number in the report: "...: amendment to
# draft resolution 23 recommended by the Third Committee in its report contained in document
# A/80/545" (A/80/L.40), kept whole as the target
AMENDMENT = re.compile(
    rf"^(?:(.+?):{_MARKS} )?(amendments?) to (revised )?draft (resolution|decision)"
    r"(?: ([A-Z]+/\S+?|(?:[IVXLC]+|\d{1,3}|[A-Z]) recommended by the .+? in its report\b.*?))?\.?$",
    re.IGNORECASE,
)


def agenda_line(agenda: AgendaItem, lang: Language | None = None) -> str:
    """ "Item 7 of the provisional agenda" or "Agenda item 67" (without the asterisk); in
    French "Point 7 de l’ordre du jour provisoire", in Spanish "Tema 67 del programa"."""
    if not agenda.number:
        return ""
    lang = lang or languages.language()
    number = agenda.number
    several = " and " in number or ", " in number  # "Agenda items 13 and 75"
    if lang.code != languages.ENGLISH:
        number = number.replace(" and ", lang["and"])
    if agenda.provisional:
        lists = lang["agenda_list"]
        pattern = lists.get(agenda.list_name or "provisional agenda")
        if pattern is None:  # a list name typed by the delegate: the English form
            return f"Item {number} of the {agenda.list_name}"
        return pattern.format(number)
    return lang["agenda_items" if several else "agenda_item"].format(number)


# its readers: "Item 35 of the provisional agenda*", "Agenda items 13 and 75 (a)"
AGENDA_PROV = re.compile(r"^Item (.+?) of the (provisional agenda|preliminary list)(\**)$")
AGENDA = re.compile(r"^Agenda items? (.+?)(\**)$")


# A Main Committee of the General Assembly sits within the Assembly's session; a commission
# or a council holds sessions of its own.
MAIN_COMMITTEE = re.compile(
    r"\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b|^Special Political and Decolonization Committee\b"
)


def session_block(body: str, session: str) -> list[tuple[str, str]]:
    """The masthead's body and session lines in the order the UN prints them, as
    ("body"|"session", text) pairs, empty lines left out. A Main Committee follows the
    session (A/C.3/80/L.14: "Eightieth session / Third Committee"; A/C.4/80/L.10: "Eightieth
    session / Special Political and Decolonization Committee (Fourth Committee)"); a body
    with sessions of its own heads them (E/CN.15/2013/L.14: "Commission on Crime Prevention
    and Criminal Justice / Twenty-second session"; A/HRC/55/L.1: "Human Rights Council /
    Fifty-fifth session")."""
    lines = [("body", body), ("session", session)]
    if MAIN_COMMITTEE.search(body.strip()):
        lines.reverse()
    return [(kind, text) for kind, text in lines if text.strip()]


def behalf_mark_at(names: str, name: str) -> int | None:
    """Where the "On behalf of" note's mark goes in the sponsors line's names when one
    sponsor acts for the group: after that name, and after the comma that follows it, as the
    UN sets marks after punctuation ("Maldives, Nigeria* and Thailand", A/C.1/80/L.31;
    "Algeria,* Nigeria and ...", "Australia and Nigeria*:", A/C.1/80/L.33). None when the
    name is not in the line, or is the sole sponsor's: its mark follows the colon ("Peru:**")."""
    name = name.strip()
    found = (
        re.search(rf"(?:^|, | and ){re.escape(name)}(?=,| and |$)", names) if name and name != names else None
    )
    if found is None:
        return None
    return found.end() + 1 if names[found.end() : found.end() + 1] == "," else found.end()


def on_behalf_note(group: str, lang: Language | None = None) -> str:
    """The asterisk note for a sponsor acting for a group ("Au nom de ..." in French)."""
    group = group.strip().rstrip(".")
    lang = lang or languages.language()
    prefix = lang["on_behalf"].split("{}")[0].strip()
    if group.lower().startswith(("on behalf of", prefix.lower())):
        return group[0].upper() + group[1:] + "."
    return f"{prefix} {group}."


def adoption_heading(draft: Draft) -> str:
    """ "Resolution adopted by the General Assembly on 1 November 2018"."""
    return " ".join(part for part in adoption_heading_lines(draft) if part)


def adoption_heading_lines(draft: Draft) -> tuple[str, str]:
    """The heading as the UN prints it, broken by hand after the organ whatever the date's
    length: ("Resolution adopted by the General Assembly", "on 1 November 2018"), the
    second "" while the draft has no date (every one of the eightieth session breaks there,
    243 of 243; 321 of 350 of the two sessions before, the rest mostly after "on")."""
    lang = languages.of(draft)
    kind = "decision" if draft.text_kind is TextKind.DECISION else "resolution"
    if several_parts(draft):  # "Resolutions adopted by the General Assembly on ..."
        kind += "s"
    when = lang.date(draft.adoption.date)
    line = lang["adopted"][kind].format(organ=lang.organ_by(draft.front.organ))
    if not when:
        return line, ""
    whole = lang["adopted_on"].format(line=line, date=when)
    if not whole.startswith(line):  # a language that puts the date first: one line
        return whole, ""
    return line, whole[len(line) :].strip()


# its readers: the heading, the line under it ("[on the report of the Third Committee
# (A/80/534, para. 7)]", "[without reference to a Main Committee (A/80/L.4)]")
ADOPTED = re.compile(r"^(Resolutions?|Decisions?) adopted by the (.+?)(?: on (\d{1,2} \S+ \d{4}))?$")
REFERENCE = re.compile(r"^\[(?:on the reports? of|without reference to) .+\]$")


def security_council_adoption(draft: Draft) -> str:
    """ "Adopted by the Security Council at its 8750th meeting, on 1 July 2020"."""
    lang = languages.of(draft)
    meeting = lang.meeting(draft.adoption.meeting or "…th meeting")
    when = lang.date(draft.adoption.date)
    line = lang["sc_adopted"].format(meeting=meeting)
    return lang["sc_adopted_on"].format(line=line, date=when) if when else line


# its readers: the line, and the number line above it ("Resolution 2532 (2020)")
SC_ADOPTED = re.compile(r"^Adopted by the Security Council at its (.+?)(?:, on (\d{1,2} \S+ \d{4}))?$")
SC_NUMBER = re.compile(r"^Resolution (\d{1,5} \(\d{4}\))$")
