"""Reading a draft from plain text, pass 5a: the masthead and heading lines (front matter).

Split from ``text_import`` (which reads the body and puts the passes together). The lines
come in any order as copied; each is recognised by its shape (``text_lines``) or, when no
shape names it, by its place among the others (``Header._free``).
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.parts import LEAD_IN
from delegate_editor.conventions.wording import (
    ADOPTED,
    AGENDA,
    AGENDA_PROV,
    AMENDMENT,
    DRAFT_ALONE,
    OFFICER,
    REFERENCE,
    SC_ADOPTED,
    SC_NUMBER,
    SECTION_TITLE,
    SPONSORS,
    note_by,
    parse_un_date,
)
from delegate_editor.formats.text import split_names
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import (
    ADOPTED_NUMBER,
    AUTHORING,
    DATE,
    DISTR,
    OPERATIVE_LABEL,
    ORGANS,
    ORIGINAL,
    SESSION,
    TITLE_NUMBER,
    VENUE,
)
from delegate_editor.formats.text_notes import Notes
from delegate_editor.model.document import (
    Distribution,
    DocumentKind,
    Draft,
    Footnote,
    TextKind,
    is_note_mark,
    new_id,
)
from delegate_editor.model.text import NoteRef, RichText, Run, normalize, plain_text


def _sponsors_line(plain: str) -> bool:
    return (
        any(r.match(plain) for r in (SPONSORS, OFFICER, DRAFT_ALONE, AMENDMENT)) or note_by(plain) is not None
    )


_LANGUAGES = frozenset({"Arabic", "Chinese", "English", "French", "Russian", "Spanish"})


# an adopted resolution's number before its title, whatever the title ends with
_NUMBERED_TITLE = re.compile(rf"^{ADOPTED_NUMBER}\s")
# a mark after one sponsor's name, before the next name or the end: ", Nigeria*" " and
# Thailand*", "Algeria,*"
_NAME_MARK = re.compile(r"(?:^|, | and )([^,*]+?)(,?)(\*{1,3})(?=,| |$)")


class Header:
    """The masthead and heading lines, in any order as copied, until the authoring line."""

    def __init__(self, draft: Draft, notes: Notes, report: list[str] | None = None) -> None:
        self.d = draft
        self.notes = notes
        self.seen: set[str] = set()
        self.done = False
        self.report = report if report is not None else []

    def take(self, raw: str, following: list[str] | None = None) -> bool:
        """Consume one paragraph if it belongs to the header; False when the body begins.
        ``following`` are the next few paragraphs (their place says what this one is)."""
        d, f = self.d, self.d.front
        plain = strip_markup(raw).strip()
        if LEAD_IN.match(plain) and following and OPERATIVE_LABEL.match(following[0]):
            return False  # "Resolves that:" above paragraph 1: the body begins (a pasted body)
        if plain in ORGANS and "organ" not in self.seen:
            f.organ = plain
            return self._seen("organ")
        m = DISTR.match(plain)
        if m:
            f.distribution = Distribution(m.group(1))
            if m.group(2) and parse_un_date(m.group(2)):
                f.date = parse_un_date(m.group(2))
            return self._seen("distr")
        if DATE.match(plain) and "date" not in self.seen and not self.seen & {"title", "adopted"}:
            f.date = parse_un_date(plain)
            return self._seen("date")
        if plain in _LANGUAGES and not self.seen & {"original", "session", "title", "sponsors"}:
            # "English" above "Original: English and Spanish": the language of this version,
            # a masthead line the model does not hold (A/C.4/80/L.3)
            self.report.append(Said("import.masthead-language", line=plain))
            return True
        m = ORIGINAL.match(plain)
        if m:
            f.original = m.group(1).strip()
            return self._seen("original")
        if SESSION.match(plain) and "session" not in self.seen:
            f.session = plain
            return self._seen("session")
        if VENUE.match(plain) and "venue" not in self.seen and not DATE.match(plain):
            f.venue_dates = plain
            return self._seen("venue")
        # the asterisk marks of these two lines are not italics: match the line as written
        m = AGENDA_PROV.match(raw.strip()) or AGENDA_PROV.match(plain)
        if m:
            f.agenda.number, f.agenda.list_name = m.group(1), m.group(2)
            f.agenda.provisional = True
            if m.group(3):
                f.agenda.symbol = self.notes.custom.get(m.group(3), "").strip().removesuffix(".")
                self.notes.used.add(m.group(3))
            return self._seen("agenda")
        m = AGENDA.match(raw.strip()) or AGENDA.match(plain)
        if m and "agenda" not in self.seen:
            f.agenda.number, f.agenda.provisional = m.group(1), False
            return self._seen("agenda")
        if self._sponsors(raw.strip()) or self._sponsors(plain):
            return self._seen("sponsors")
        if "recommend" in plain and plain.endswith(":") and "recommendation" not in self.seen:
            d.recommendation = self.notes.rich(raw)
            return self._seen("recommendation")
        if self._adopted(plain):
            return True
        if REFERENCE.match(plain) and not d.adoption.reference:
            d.adoption.reference = plain
            return self._seen("reference")
        return self._free(raw, plain, following or [])

    def _seen(self, slot: str) -> bool:
        self.seen.add(slot)
        return True

    def _sponsors(self, plain: str) -> bool:
        d = self.d
        m = OFFICER.match(plain)
        if m:
            d.kind = DocumentKind.OFFICER
            d.text_kind = TextKind(m.group(1))
            # "... submitted by the President of the General Assembly*": the line's own
            # asterisk note (A/80/L.37), as a sponsors line's
            who = m.group(2).rstrip("*")
            d.sponsors.submitted_by = who
            mark = m.group(2)[len(who) :]
            if mark and self.notes.custom.get(mark, "").strip():
                self._sponsor_names("", mark)
            return True
        m = AMENDMENT.match(plain)
        if m:  # "Russian Federation:* amendment to draft resolution A/80/L.18"
            d.kind = DocumentKind.AMENDMENT
            d.text_kind = TextKind(m.group(5).lower())
            d.amends, d.amends_plural = m.group(6) or "", m.group(3).lower() == "amendments"
            d.authoring = ""  # an amendment speaks for no organ: it has no authoring line
            self.done = bool(d.title)  # a title above the line: the body follows
            return self._sponsor_names(m.group(1) or "", m.group(2) or "")
        who = note_by(plain)
        if who is not None and not d.sponsors.names:  # "Organization of work" / "Note by the Secretariat"
            d.kind, d.text_kind, d.sponsors.submitted_by = DocumentKind.OFFICER, TextKind.NOTE, who
            return True
        m = DRAFT_ALONE.match(plain)
        if m:  # "Draft resolution" with no names (a facilitator's or a Chair's text)
            d.text_kind = TextKind(m.group(1))
            return True
        m = SPONSORS.match(plain)
        if not m:
            return False
        d.kind = DocumentKind.REVISED if m.group(3) else DocumentKind.DRAFT
        d.text_kind = TextKind(m.group(4))
        return self._sponsor_names(m.group(1), m.group(2))

    def _sponsor_names(self, names: str, mark: str) -> bool:
        """The names before the colon, and the asterisk note their mark cites; a mark after
        one name ("Maldives, Nigeria* and Thailand", A/C.1/80/L.31) is that sponsor's, acting
        for the group its note names."""
        d = self.d
        inner = _NAME_MARK.search(names)
        if inner and self.notes.custom.get(inner.group(3), "").strip().lower().startswith("on behalf of "):
            note = self.notes.custom[inner.group(3)].strip()
            self.notes.used.add(inner.group(3))
            d.sponsors.on_behalf_of = note[len("on behalf of ") :].removesuffix(".")
            # the last name before the mark: "Australia and Nigeria*" (A/C.1/80/L.33), never
            # cut inside "Trinidad and Tobago*"
            d.sponsors.on_behalf_by = split_names(inner.group(1).strip())[-1]
            names = names[: inner.start(3)] + names[inner.end(3) :]
        d.sponsors.names = split_names(names) if names else []
        for one in filter(None, mark.split(",")):  # "*" or "*,**" (A/80/L.23)
            note = self.notes.custom.get(one, "").strip()
            self.notes.used.add(one)
            if note.lower().startswith("on behalf of ") and not d.sponsors.on_behalf_of:
                d.sponsors.on_behalf_of = note[len("on behalf of ") :].removesuffix(".")
            elif note:  # "* Any changes to the list of sponsors will be reflected in ..."
                d.sponsors.note = f"{d.sponsors.note} {note}".strip()
        return True

    def _adopted(self, plain: str) -> bool:
        d = self.d
        m = ADOPTED.match(plain)
        if m:
            d.kind = DocumentKind.ADOPTED
            d.text_kind = TextKind.DECISION if m.group(1).startswith("Decision") else TextKind.RESOLUTION
            d.adoption.date = parse_un_date(m.group(3) or "")
            return self._seen("adopted")
        m = SC_NUMBER.match(plain)
        if m and "organ" not in self.seen:
            # "Resolution 2532 (2020)": a Security Council resolution's number line
            d.kind = DocumentKind.ADOPTED
            d.front.organ = "Security Council"
            d.adoption.number = m.group(1)
            return self._seen("number")
        m = SC_ADOPTED.match(plain)
        if m and (d.is_security_council or "organ" not in self.seen):
            d.front.organ = "Security Council"
            d.kind = DocumentKind.ADOPTED
            d.adoption.meeting = m.group(1)
            d.adoption.date = parse_un_date(m.group(2) or "")
            return self._seen("adopted")
        return False

    def _free(self, raw: str, plain: str, following: list[str]) -> bool:
        """A line no pattern names: its place among the others says what it is."""
        d, f = self.d, self.d.front
        first = strip_markup(following[0]).strip() if following else ""
        if (
            "title" in self.seen
            and plain_text(d.title).endswith(";")
            and not AUTHORING.match(plain.rstrip(",:"))
        ):
            # a title in two parts, the second set apart: "79/243. United Nations Convention
            # against Cybercrime;" / "Strengthening International Cooperation ..." (A/RES/79/243)
            d.title = normalize((*d.title, Run(" "), *self.notes.rich(raw.strip())))
            return True
        if plain.endswith(":") and AUTHORING.match(plain[:-1]) and first.startswith("(a) "):
            # a decision taken in lettered parts: "The General Assembly:" / "(a) Approves
            # ...;" / "(b) Invites ..." (A/C.2/80/L.60)
            d.authoring, d.lettered, self.done = plain[:-1], True, True
            return True
        if AUTHORING.match(plain) and (
            plain.endswith(",") or "title" in self.seen or plain == f"The {f.organ}"
        ):
            d.authoring = plain.rstrip(",")
            self.done = True
            return True
        if "title" not in self.seen and SECTION_TITLE.match(plain):
            return False  # "I Activities of the Office ...": a section's heading, the body's first
        next_plain = first
        before_authoring = bool(AUTHORING.match(next_plain.removesuffix(":"))) and (
            next_plain.endswith((",", ":")) or next_plain == f"The {f.organ}"
        )
        if "title" not in self.seen and before_authoring and not OPERATIVE_LABEL.match(raw):
            return self._title(raw)  # whatever its last character, the line above "The ...,"
        if "title" not in self.seen and note_by(next_plain) is not None and not OPERATIVE_LABEL.match(raw):
            return self._title(raw)  # "Organization of work" / "Note by the Secretariat"
        sponsors_next = _sponsors_line(next_plain)
        if plain.endswith(".") and "agenda" in self.seen and not self.seen & {"sponsors", "title"}:
            ahead = [strip_markup(r).strip() for r in following]
            if any(_sponsors_line(p) for p in ahead) and not OPERATIVE_LABEL.match(raw):
                # a note on where the draft comes from, above "Draft decision" ("Under agenda
                # item 121, ... the Bureau ... has prepared a provisional programme of work
                # ...", A/C.6/80/L.20): the text that introduces the draft, above its title
                intro = self.notes.rich(raw.strip())
                d.recommendation = (
                    normalize((*d.recommendation, Run(" "), *intro)) if d.recommendation else intro
                )
                self.report.append(Said("import.introduction", start=plain[:40]))
                return self._seen("recommendation")
        if "title" not in self.seen and d.kind is DocumentKind.ADOPTED and _NUMBERED_TITLE.match(plain):
            return self._title(raw)  # "79/243. United Nations Convention against Cybercrime;"
        italic_opening = re.match(r"\*[A-Z][^*]*\* ", raw)  # "*Having received* ... 2022[^1]" (A/RES/78/8)
        if not plain or plain.endswith((",", ";", ".")) or OPERATIVE_LABEL.match(raw) or italic_opening:
            return False  # a paragraph's end, number or opening in italics: the body's
        before_distr = not self.seen & {"distr", "date", "original", "body", "session", "agenda"}
        if before_distr and "organ" not in self.seen:
            f.organ = plain
            return self._seen("organ")
        later = self.seen & {"sponsors", "recommendation", "adopted", "title"}
        if "agenda" not in self.seen and not f.body and not later:
            f.body = plain
            return self._seen("body")
        items = len(re.split(r",\s*(?:and\s+)?|\s+and\s+", f.agenda.number))
        titles = f.agenda.title.count("\n") + 1 if f.agenda.title else 0
        last_title = sponsors_next or bool(ADOPTED.match(next_plain))  # "Resolution adopted by ..."
        more = last_title or titles + 1 < items  # "Agenda items 12, 13 and 75": three titles
        if 0 < titles < items and more and not self.seen & {"sponsors", "title"}:
            # "Agenda items 13 and 75": a title for each item, one under the other, above the
            # sponsors (A/80/L.14) or the line of adoption (A/RES/80/108)
            f.agenda.title += "\n" + plain
            return True
        if f.agenda.title.endswith(":") and not self.seen & {"sponsors", "title", "recommendation"}:
            # "Review and implementation of ... General Assembly:" / "United Nations regional
            # centres for peace and disarmament": an item and its sub-item, one title
            f.agenda.title += " " + plain
            return True
        if "agenda" in self.seen and not f.agenda.title and not self.seen & {"sponsors", "title"}:
            if "recommendation" not in self.seen:
                f.agenda.title = plain
                return True
        if "title" not in self.seen and not plain.endswith(":"):
            return self._title(raw)
        return False

    def _title(self, raw: str) -> bool:
        d = self.d
        # an amendment's title is the last line of its header: the instructions follow
        self.done = d.kind is DocumentKind.AMENDMENT
        title = self.notes.rich(raw)
        m = TITLE_NUMBER.match(raw)
        if d.kind is DocumentKind.ADOPTED and m:
            d.adoption.number = m.group(1)
            title = self.notes.rich(m.group(2))
        elif d.kind is DocumentKind.ADOPTED and (n := re.match(r"A/RES/((?:ES-)?\d+/\d+)$", d.front.symbol)):
            d.adoption.number = n.group(1)  # the copy lost "79/9." before the title (A/RES/79/9)
            self.report.append(Said("import.number-from-symbol", number=n.group(1)))
        d.title = title
        return self._seen("title")


# -- notes no mark in the body took --------------------------------------------------------


def keep_unplaced_notes(draft: Draft, notes: Notes, report: list[str]) -> None:
    """A note whose mark stood where no mark is kept (a heading, a masthead line) is never
    dropped: its mark goes at the end of the last paragraph of the body, and it is reported."""
    host = next(reversed(draft.operative_paragraphs()), None) or next(reversed(draft.preamble), None)
    for number in sorted(set(notes.numbered) - set(notes.ids), key=int):
        if host is None:
            report.append(Said("import.note-not-placed", number=number))
            continue
        note_id = notes.ids.setdefault(number, new_id())
        host.text = normalize((*host.text, NoteRef(note_id)))
        report.append(Said("import.note-placed-last", number=number))


def keep_asterisk_notes(draft: Draft, notes: Notes, report: list[str]) -> None:
    """An asterisk note that no masthead line took (its mark stands in a line the model
    does not hold, such as an amendment's sponsors line) is kept as a footnote of the
    title, or of the first paragraph, and reported."""
    for mark, text in notes.custom.items():
        if mark in notes.used or not text.strip():
            continue
        if is_note_mark(mark):
            note = Footnote(notes.rich(text), mark=mark)
        else:  # a mark no footnote can print ("(*)") stays in the note's text
            note = Footnote(notes.rich(f"{mark} {text}"))
        first = next(iter(draft.preamble), None) or next(iter(draft.operative_paragraphs()), None)
        if draft.title:
            draft.title = normalize((*draft.title, NoteRef(note.id)))
            where = "title"
        elif first is not None:
            first.text = normalize((*first.text, NoteRef(note.id)))
            where = "first-paragraph"
        else:
            report.append(Said("import.asterisk-not-placed", mark=mark))
            continue
        draft.footnotes[note.id] = note
        report.append(Said("import.asterisk-kept", mark=mark, where=where))


# -- a reissued symbol ---------------------------------------------------------------------


def reissued(draft: Draft, mark: str, notes: Notes, report: list[str]) -> None:
    """A symbol printed with an asterisk ("A/C.1/80/L.23*") was reissued: the note of that
    mark says why ("* Reissued for technical reasons on 23 October 2025.") and is the front
    matter's, never a footnote of the text. Called once the header is read."""
    text = notes.custom.get(mark, "").strip() if mark else ""
    if not text:
        return
    draft.front.reissue = text
    notes.used.add(mark)
    draft.title = without_mark(draft.title, mark)  # where our own exports print its mark
    report.append(Said("import.reissued", symbol=draft.front.symbol + mark, note=text[:60]))


def without_mark(text: RichText, mark: str) -> RichText:
    """The title without the reissue note's mark that our own exports print after it."""
    if not text or not isinstance(text[-1], Run) or not text[-1].text.rstrip().endswith(mark):
        return text
    last = text[-1]
    kept = last.text.rstrip()[: -len(mark)].rstrip()
    return normalize((*text[:-1], *([Run(kept, last.italic)] if kept else [])))
