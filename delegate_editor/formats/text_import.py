"""Reading a draft from plain text: our own text form, and text copied from a UN PDF or web page.

Reading goes in passes, because copied text mixes the document with page furniture:

1. lines: running heads, page numbers, barcodes and job numbers are dropped (the first symbol
   and job number are kept for the front matter); footnote lines are recognised wherever a
   page ended ("[^1]: ...", "* E/CN.15/2013/1.", "1 A/73/85.");
2. paragraphs: lines of one paragraph are joined; a masthead line stands alone;
3. footnote numbers glued to words ("Declaration,1 and") become references, but only in
   sequence (1, 2, 3 ...) and only for numbers that have a footnote line, so "CN.15" or
   "resolution 65/230" are never mistaken for notes;
4. paragraphs broken by a page end are joined again;
5. the masthead and heading lines fill the front matter (``_Header``), the rest is the
   preamble, the operative part and the annexes (``_Body``).

Opening phrases come from the leading italic run when there is one; copied text has none,
so they are recognised by ``text.opening_phrase`` (a rule, and the phrase lists when present).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from delegate_editor.conventions.wording import MONTHS, parse_un_date
from delegate_editor.errors import InputError
from delegate_editor.formats.text import (
    opening_phrase,
    rich_from,
    split_names,
    starts_with_opening,
    strip_markup,
)
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    AnnexStyle,
    Distribution,
    DocumentKind,
    Draft,
    Footnote,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
    TextKind,
    new_id,
)
from delegate_editor.model.numbering import alpha_index, roman_index
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, normalize

MAX_CHARS = 5_000_000  # a long resolution is 100 kB; anything far beyond is not a draft

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DATE = re.compile(r"^\d{1,2} " + _MONTH + r" \d{4}$")
_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+)+(?: \(\d{4}\))?$")
_JOB = re.compile(r"^((?:[A-Z]{1,2}\.)?\d{2}-\d{5}) ?(\([A-Z]\))?(?:\s+\d{6})?$")
_FURNITURE = re.compile(
    r"^(?:\d{1,3}/\d{1,3}|Page \d{1,3}(?: of \d{1,3})?|[-–] ?\d{1,3} ?[-–]|\*\d{7}\*|"
    r"Please recycle\W*|United Nations|_{5,})$"
)
_HEAD_PAGE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+)+\s+\d{1,3}/\d{1,3}$")
_NOTE_DEF = re.compile(r"^\[\^(\d+)\]:\s?(.*)$")
_CUSTOM_NOTE = re.compile(r"^(\*{1,4}) (\S.*)$")
_PDF_NOTE = re.compile(r"^(\d{1,3}) (\S.*)$")

_DISTR = re.compile(r"^Distr\.:\s*(General|Limited|Restricted)(?:\s+(\d{1,2} \S+ \d{4}))?$")
_ORIGINAL = re.compile(r"^Original:\s*(.+)$")
_SESSION = re.compile(r"^[A-Z0-9][\w -]{0,60} session$")
_VENUE = re.compile(r"^(?:[A-Z][\w .'’-]{0,40}, )?\d{1,2}\b.{0,30}" + _MONTH + r".{0,12}\d{4}$")
_AGENDA_PROV = re.compile(r"^Item (.+?) of the (provisional agenda|preliminary list)(\**)$")
_AGENDA = re.compile(r"^Agenda items? (.+?)(\**)$")
_SPONSORS = re.compile(r"^(.+?):(\**) (revised )?draft (resolution|decision)$")
_OFFICER = re.compile(r"^Draft (resolution|decision) submitted by (.+)$")
_ADOPTED = re.compile(r"^(Resolution|Decision) adopted by the (.+?)(?: on (\d{1,2} \S+ \d{4}))?$")
_SC_ADOPTED = re.compile(r"^Adopted by the Security Council at its (.+?)(?:, on (\d{1,2} \S+ \d{4}))?$")
_AUTHORING = re.compile(r"^The [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|on|and|for|the|to|in|de))*,?$")
_ANNEX = re.compile(r"^Annex(?: ([IVXLC]+))?$")
_MEETING = re.compile(r"^\S.{0,40} meeting$")
_ORGANS = ("General Assembly", "Security Council", "Economic and Social Council", "Trusteeship Council")

_OPERATIVE_LABEL = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.S)
_PAREN_LABEL = re.compile(r"^\(([a-z]{1,6})\)\s+(.*)$", re.S)
_DOT_LABEL = re.compile(r"^([a-z]{1,6})\.\s+(.*)$", re.S)
_DASH_LABEL = re.compile(r"^[–—-]\s+(.*)$", re.S)
_TITLE_NUMBER = re.compile(r"^(\S*\d\S*)\.\s+(.+)$", re.S)
_PUNCT_END = ",;:."


def decode(raw: bytes, name: str) -> str:
    """The text of a ``.txt`` file; binary or non-UTF-8 data is refused in one line."""
    if len(raw) > MAX_CHARS * 4:
        raise InputError(f"{name}: file is too large to be a draft ({len(raw)} bytes)")
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode"
            text = raw.decode("utf-16")
        else:
            if b"\x00" in raw:
                raise InputError(f"{name}: not a text file (it holds binary data)")
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text


def _check(text: str, name: str) -> str:
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: text is too long to be a draft ({len(text)} characters)")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if "\x00" in text or controls > 0:
        raise InputError(f"{name}: not a text file (it holds binary data)")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return text.replace("\t", " ")


# -- pass 1 and 2: lines into paragraphs ----------------------------------------------------


@dataclass
class _Para:
    kind: str  # "text", "note" ([^N]:), "custom" (* ...), "cand" (PDF footnote "1 text")
    text: str
    mark: str = ""  # note number or asterisks


def _standalone(plain: str) -> bool:
    """A line that is a paragraph of its own even without a blank line around it."""
    return bool(
        plain in _ORGANS
        or _DISTR.match(plain)
        or _DATE.match(plain)
        or _ORIGINAL.match(plain)
        or _SESSION.match(plain)
        or _VENUE.match(plain)
        or _AGENDA_PROV.match(plain)
        or _AGENDA.match(plain)
        or _SPONSORS.match(plain)
        or _OFFICER.match(plain)
        or _ADOPTED.match(plain)
        or _ANNEX.match(plain)
        or (_AUTHORING.match(plain) and plain.endswith(","))
    )


# No line that stands alone is longer (the longest, a sponsors line naming every Member
# State, is under 3,000). Checking a paragraph grown past it again for each line it gains
# would make importing a paragraph of many lines quadratic (minutes for 20,000 lines).
_STANDALONE_MAX = 4000


def _starts_new(prev: str, line: str) -> bool:
    """Whether ``line`` starts a paragraph although no blank line precedes it (web copies)."""
    if _standalone(strip_markup(line)) or (len(prev) <= _STANDALONE_MAX and _standalone(strip_markup(prev))):
        return True
    if _OPERATIVE_LABEL.match(line) or _PAREN_LABEL.match(line) or _DASH_LABEL.match(line):
        return True
    first = line.lstrip("*")[:1]
    if prev.endswith((".", ";", ":")) and (first.isupper() or line.startswith("*")):
        return True
    return prev.endswith(",") and bool(starts_with_opening(strip_markup(line)))


class _Lines:
    """Pass 1 and 2: page furniture out, footnote lines recognised, paragraphs joined."""

    def __init__(self, text: str) -> None:
        self.symbol = ""
        self.job = ""
        self.paras: list[_Para] = []
        self._read(text)

    def _furniture(self, line: str) -> bool:
        """Page furniture: a running head, page number, job number, barcode or footnote rule,
        alone or several on one line ("2/3    V.13-82258"). The first symbol and job number
        are kept for the front matter."""
        if self._furniture_part(line, keep=True):
            return True
        parts = re.split(r"\s{2,}", line)
        if len(parts) > 1:
            if not all(self._furniture_part(p, keep=False) for p in parts):
                return False
            return all(self._furniture_part(p, keep=True) for p in parts)
        return False

    def _furniture_part(self, line: str, keep: bool) -> bool:
        if _FURNITURE.match(line) or _HEAD_PAGE.match(line):
            return True
        job = _JOB.match(line)
        if job:
            if keep and not self.job:
                self.job = job.group(1) + (f" {job.group(2)}" if job.group(2) else "")
            return True
        if _SYMBOL.match(line):
            if keep:
                self.symbol = self.symbol or line
            return True
        return False

    def _read(self, text: str) -> None:
        current: _Para | None = None
        for raw in text.split("\n"):
            line = raw.strip()
            if not line:
                current = None
                continue
            if self._furniture(line):
                continue
            para = self._note_line(line)
            if para is None and current is not None and not _starts_new(current.text, line):
                joiner = "" if current.text.endswith("-") and current.text[-2:-1].isalpha() else " "
                current.text += joiner + line
                continue
            if para is None and current is not None and current.kind != "text":
                para = _Para("text", line)
            current = para or _Para("text", line)
            self.paras.append(current)

    @staticmethod
    def _note_line(line: str) -> _Para | None:
        m = _NOTE_DEF.match(line)
        if m:
            return _Para("note", m.group(2), m.group(1))
        m = _CUSTOM_NOTE.match(line)
        if m:
            return _Para("custom", m.group(2), m.group(1))
        m = _PDF_NOTE.match(line)
        if m and not _DATE.match(line) and not re.match(r"\d+ " + _MONTH + r"\b", line):
            return _Para("cand", m.group(2), m.group(1))
        return None


# -- pass 3 and 4: glued footnote numbers, paragraphs broken by a page end ------------------

_GLUED = re.compile(r"(?<!\d)(\d{1,3})(?![\d/])")


def _glued_refs(paras: list[_Para]) -> None:
    """Turn footnote numbers glued to words into ``[^N]`` references, in sequence, for the
    numbers that have a footnote line; footnote-like lines never cited are text again."""
    cands = {p.mark: p for p in paras if p.kind == "cand"}
    if not cands:
        return
    expected = 1
    for para in paras:
        if para.kind != "text":
            continue
        out, last = [], 0
        for m in _GLUED.finditer(para.text):
            if m.group(1) != str(expected) or str(expected) not in cands or not _glued_at(para.text, m):
                continue
            out.append(para.text[last : m.start()] + f"[^{expected}]")
            last = m.end()
            cands[str(expected)].kind = "pdfnote"
            expected += 1
        if out:
            para.text = "".join(out) + para.text[last:]
    for para in paras:
        if para.kind == "cand":
            para.kind, para.text = "text", f"{para.mark} {para.text}"
        elif para.kind == "pdfnote":
            para.kind, para.text = "note", _escape_plain(para.text)


def _escape_plain(text: str) -> str:
    """Copied footnote text has no markup: keep its asterisks literal."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _glued_at(text: str, m: re.Match[str]) -> bool:
    i, end = m.start(), m.end()
    before = text[i - 1] if i else ""
    after = text[end] if end < len(text) else " "
    if not (after.isspace() or after in ",.;:)]"):
        return False
    if not before:
        return False
    if before.isalpha() or before in ")”’\"'":
        return True
    if before in ".,;:" and i >= 2:
        return text[i - 2].islower() or text[i - 2] in ")”’\"'"
    return False


def _label_start(text: str) -> bool:
    return bool(_PAREN_LABEL.match(text) or _DOT_LABEL.match(text) or _DASH_LABEL.match(text))


def _join_broken(paras: list[_Para]) -> list[_Para]:
    """A paragraph that goes on after a page end starts with a lower-case word: join it."""
    out: list[_Para] = []
    for para in paras:
        prev = next((p for p in reversed(out) if p.kind == "text"), None)
        if (
            para.kind == "text"
            and prev is not None
            and para.text[:1].islower()
            and not _label_start(para.text)
            and not _standalone(strip_markup(prev.text))
        ):
            prev.text += " " + para.text
            continue
        out.append(para)
    return out


# -- pass 5: the front matter ---------------------------------------------------------------


@dataclass
class _Notes:
    numbered: dict[str, str] = field(default_factory=dict)  # "1" → marked-up text
    custom: dict[str, str] = field(default_factory=dict)  # "*" → text
    ids: dict[str, str] = field(default_factory=dict)  # "1" → footnote id

    def rich(self, text: str) -> RichText:
        out: list[Inline] = []
        for item in rich_from(text, {}):
            if isinstance(item, NoteRef):
                if item.note_id in self.numbered:
                    out.append(NoteRef(self.ids.setdefault(item.note_id, new_id())))
                else:  # a reference without a footnote line stays as written
                    out.append(Run(f"[^{item.note_id}]"))
            else:
                out.append(item)
        return normalize(out)


class _Header:
    """The masthead and heading lines, in any order as copied, until the authoring line."""

    def __init__(self, draft: Draft, notes: _Notes) -> None:
        self.d = draft
        self.notes = notes
        self.seen: set[str] = set()
        self.done = False

    def take(self, raw: str, next_raw: str = "") -> bool:
        """Consume one paragraph if it belongs to the header; False when the body begins."""
        d, f = self.d, self.d.front
        plain = strip_markup(raw).strip()
        if plain in _ORGANS and "organ" not in self.seen:
            f.organ = plain
            return self._seen("organ")
        m = _DISTR.match(plain)
        if m:
            f.distribution = Distribution(m.group(1))
            if m.group(2) and parse_un_date(m.group(2)):
                f.date = parse_un_date(m.group(2))
            return self._seen("distr")
        if _DATE.match(plain) and "date" not in self.seen and not self.seen & {"title", "adopted"}:
            f.date = parse_un_date(plain)
            return self._seen("date")
        m = _ORIGINAL.match(plain)
        if m:
            f.original = m.group(1).strip()
            return self._seen("original")
        if _SESSION.match(plain) and "session" not in self.seen:
            f.session = plain
            return self._seen("session")
        if _VENUE.match(plain) and "venue" not in self.seen and not _DATE.match(plain):
            f.venue_dates = plain
            return self._seen("venue")
        # the asterisk marks of these two lines are not italics: match the line as written
        m = _AGENDA_PROV.match(raw.strip()) or _AGENDA_PROV.match(plain)
        if m:
            f.agenda.number, f.agenda.list_name = m.group(1), m.group(2)
            f.agenda.provisional = True
            if m.group(3):
                f.agenda.symbol = self.notes.custom.get(m.group(3), "").strip().removesuffix(".")
            return self._seen("agenda")
        m = _AGENDA.match(raw.strip()) or _AGENDA.match(plain)
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
        return self._free(raw, plain, next_raw)

    def _seen(self, slot: str) -> bool:
        self.seen.add(slot)
        return True

    def _sponsors(self, plain: str) -> bool:
        d = self.d
        m = _OFFICER.match(plain)
        if m:
            d.kind = DocumentKind.OFFICER
            d.text_kind = TextKind(m.group(1))
            d.sponsors.submitted_by = m.group(2)
            return True
        m = _SPONSORS.match(plain)
        if not m:
            return False
        d.kind = DocumentKind.REVISED if m.group(3) else DocumentKind.DRAFT
        d.text_kind = TextKind(m.group(4))
        d.sponsors.names = split_names(m.group(1))
        if m.group(2):
            note = self.notes.custom.get(m.group(2), "").strip().removesuffix(".")
            for prefix in ("On behalf of ", "on behalf of "):
                note = note.removeprefix(prefix)
            d.sponsors.on_behalf_of = note
        return True

    def _adopted(self, plain: str) -> bool:
        d = self.d
        m = _ADOPTED.match(plain)
        if m:
            d.kind = DocumentKind.ADOPTED
            d.text_kind = TextKind.DECISION if m.group(1) == "Decision" else TextKind.RESOLUTION
            d.adoption.date = parse_un_date(m.group(3) or "")
            return self._seen("adopted")
        m = _SC_ADOPTED.match(plain)
        if m and d.is_security_council:
            d.kind = DocumentKind.ADOPTED
            d.adoption.meeting = m.group(1)
            d.adoption.date = parse_un_date(m.group(2) or "")
            return self._seen("adopted")
        return False

    def _free(self, raw: str, plain: str, next_raw: str) -> bool:
        """A line no pattern names: its place among the others says what it is."""
        d, f = self.d, self.d.front
        if _AUTHORING.match(plain) and (
            plain.endswith(",") or "title" in self.seen or plain == f"The {f.organ}"
        ):
            d.authoring = plain.rstrip(",")
            self.done = True
            return True
        next_plain = strip_markup(next_raw).strip()
        before_authoring = bool(_AUTHORING.match(next_plain)) and (
            next_plain.endswith(",") or next_plain == f"The {f.organ}"
        )
        if "title" not in self.seen and before_authoring and not _OPERATIVE_LABEL.match(raw):
            return self._title(raw)  # whatever its last character, the line above "The ...,"
        if plain.endswith((",", ";", ".")) or _OPERATIVE_LABEL.match(raw) or not plain:
            return False
        before_distr = not self.seen & {"distr", "date", "original", "body", "session", "agenda"}
        if before_distr and "organ" not in self.seen:
            f.organ = plain
            return self._seen("organ")
        later = self.seen & {"sponsors", "recommendation", "adopted", "title"}
        if "agenda" not in self.seen and not f.body and not later:
            f.body = plain
            return self._seen("body")
        if "agenda" in self.seen and not f.agenda.title and not self.seen & {"sponsors", "title"}:
            if "recommendation" not in self.seen:
                f.agenda.title = plain
                return True
        if "title" not in self.seen and not plain.endswith(":"):
            return self._title(raw)
        return False

    def _title(self, raw: str) -> bool:
        d = self.d
        title = self.notes.rich(raw)
        m = _TITLE_NUMBER.match(raw)
        if d.kind is DocumentKind.ADOPTED and m:
            d.adoption.number = m.group(1)
            title = self.notes.rich(m.group(2))
        d.title = title
        return self._seen("title")


# -- pass 5: the body -----------------------------------------------------------------------


def _ends_open(plain: str) -> bool:
    """No final punctuation: a heading or a title rather than a paragraph."""
    return not plain.rstrip().endswith(tuple(_PUNCT_END))


class _Body:
    """Preamble, operative part (with sub-paragraphs and headings), meeting lines, annexes."""

    def __init__(self, draft: Draft, notes: _Notes, numbered_ahead: bool) -> None:
        self.d = draft
        self.notes = notes
        self.numbered_ahead = numbered_ahead  # the operative part has numbered paragraphs
        self.zone = "preamble"
        self.op: Operative | None = None
        self.counts = [0, 0, 0, 0]
        self.last: list[SubParagraph | None] = [None, None, None, None]
        self.annex: Annex | None = None

    def take(self, raw: str, following: list[str]) -> None:
        plain = strip_markup(raw).strip()
        m = _ANNEX.match(plain)
        if m:
            self.annex = Annex()
            self.d.annexes.append(self.annex)
            self.zone = "annex"
            return
        if self.zone == "annex":
            return self._annex(raw, plain)
        if self._meeting(plain):
            return
        m = _OPERATIVE_LABEL.match(raw)
        if m:
            return self._operative(m.group(2))
        if self.op is not None and self._sub(raw, following):
            return
        if self.zone == "preamble":
            if plain.endswith(",") or (self.numbered_ahead and not _ends_open(plain)):
                opening, text = split_opening(self.notes.rich(raw), operative=False)
                self.d.preamble.append(Preambular(opening, text))
            elif not self.numbered_ahead:
                self._operative(raw)
            else:
                self.d.operative.append(SectionHeading(plain))
                self.zone = "operative"
            return
        if _ends_open(plain) or self.op is None:
            self.d.operative.append(SectionHeading(plain))
            self.op = None
            return
        target = self.op  # a stray unnumbered paragraph continues the one before it
        target.text = normalize((*target.text, Run(" "), *self.notes.rich(raw)))

    def _operative(self, raw: str) -> None:
        opening, text = split_opening(self.notes.rich(raw), operative=True)
        self.op = Operative(opening, text)
        self.d.operative.append(self.op)
        self.zone = "operative"
        self.counts = [0, 0, 0, 0]
        self.last = [None, None, None, None]

    def _meeting(self, plain: str) -> bool:
        d = self.d
        if d.kind is not DocumentKind.ADOPTED or d.is_security_council or self.zone == "preamble":
            return False
        if _MEETING.match(plain) and not d.adoption.meeting:
            d.adoption.meeting = plain
            return True
        if _DATE.match(plain):
            d.adoption.date = parse_un_date(plain)
            return True
        return False

    def _depth(self, label: str, paren: bool, following: list[str]) -> int:
        """Which level a label belongs to: "(i)" is the ninth letter after "(h)" and the first
        roman numeral under an "(a)" item; the next label settles a tie."""
        lo = 0 if paren else 2
        as_alpha = alpha_index(label) == self.counts[lo] + 1
        as_roman = roman_index(label) == self.counts[lo + 1] + 1 and self.counts[lo] > 0
        if as_alpha and as_roman:
            follower = _next_label(following, paren)
            next_roman = roman_index(follower) == (roman_index(label) or 0) + 1
            next_alpha = alpha_index(follower) == (alpha_index(label) or 0) + 1
            as_alpha = not (next_roman and not next_alpha)  # "(i)" then "(ii)": a numeral
        if as_alpha:
            return lo
        if as_roman or (roman_index(label) and not alpha_index(label)):
            return lo + 1 if self.counts[lo] > 0 else lo
        return lo

    def _sub(self, raw: str, following: list[str]) -> bool:
        m = _PAREN_LABEL.match(raw)
        paren = m is not None
        if m is None:
            m = _DOT_LABEL.match(raw)
            if m is not None and self.counts[1] == 0:  # "a." only under an "(i)" item
                m = None
        if m is not None:
            depth = self._depth(m.group(1), paren, following)
            text = m.group(2)
            sub = SubParagraph(self.notes.rich(text))
        else:
            dash = _DASH_LABEL.match(raw)
            if dash is None:
                return False
            sub = SubParagraph(self.notes.rich(dash.group(1)), dash=True)
            deepest = max((i for i, s in enumerate(self.last) if s is not None), default=-1)
            depth = deepest + 1
        parent = self.last[depth - 1] if depth > 0 else None
        (parent.children if parent is not None else self.op.subs).append(sub)  # type: ignore[union-attr]
        if not sub.dash:
            self.counts[depth] += 1
            self.last[depth] = sub
            for lower in range(depth + 1, 4):
                self.counts[lower], self.last[lower] = 0, None
        return True

    def _annex(self, raw: str, plain: str) -> None:
        annex = self.annex
        assert annex is not None
        m = _OPERATIVE_LABEL.match(raw)
        if m:
            annex.paragraphs.append(AnnexParagraph(self.notes.rich(m.group(2)), AnnexStyle.NUMBERED))
        elif not annex.title and not annex.paragraphs and _ends_open(plain):
            annex.title = self.notes.rich(raw)
        elif _ends_open(plain) and len(plain) <= 200:
            annex.paragraphs.append(AnnexParagraph(self.notes.rich(raw), AnnexStyle.HEADING))
        else:
            annex.paragraphs.append(AnnexParagraph(self.notes.rich(raw), AnnexStyle.BODY))


_LOOKAHEAD = 64  # sub-paragraphs scanned to settle "(i)"; deeper items in between are skipped


def _next_label(following: list[str], paren: bool) -> str:
    """The next label of the same kind ("(x)" or "x."), skipping deeper items; "" when the
    list of sub-paragraphs ends first."""
    for raw in following:
        m = (_PAREN_LABEL if paren else _DOT_LABEL).match(raw)
        if m:
            return m.group(1)
        if not (paren and (_DOT_LABEL.match(raw) or _DASH_LABEL.match(raw))):
            return ""
    return ""


def split_opening(text: RichText, operative: bool) -> tuple[str, RichText]:
    """The opening phrase and the rest: the leading italic run when the text has one,
    otherwise the phrase recognised at the start of the plain text."""
    if not text or not isinstance(text[0], Run):
        return "", text
    first = text[0]
    if first.italic:
        rest = list(text[1:])
        if rest and isinstance(rest[0], Run) and rest[0].text[:1] == " " and not rest[0].italic:
            rest[0] = Run(rest[0].text[1:], False)
        return first.text.strip(), normalize(rest)
    phrase = opening_phrase(first.text, operative)
    if not phrase:
        return "", text
    remainder = first.text[len(phrase) :]
    remainder = remainder[1:] if remainder[:1] == " " else remainder
    return phrase, normalize((Run(remainder), *text[1:]))


# -- the whole ------------------------------------------------------------------------------


def _looks_like_a_draft(draft: Draft, header: _Header) -> bool:
    marks = {"distr", "agenda", "sponsors", "adopted", "recommendation"}
    return bool(
        header.seen & marks
        or header.done
        or any(isinstance(item, Operative) and item.opening for item in draft.operative)
        or any(p.opening and strip_markup_text(p.text).endswith(",") for p in draft.preamble)
    )


def strip_markup_text(text: RichText) -> str:
    return "".join(item.text for item in text if isinstance(item, Run)).strip()


def _order(notes: _Notes, note_id: str) -> int:
    return next(int(n) for n, i in notes.ids.items() if i == note_id)


def parse_text(text: str, name: str = "text") -> Draft:
    """A draft from the text form or from copied UN text; ``InputError`` when it is none."""
    lines = _Lines(_check(text, name))
    _glued_refs(lines.paras)
    paras = _join_broken(lines.paras)
    notes = _Notes(
        numbered={p.mark: p.text for p in paras if p.kind == "note"},
        custom={p.mark: strip_markup(p.text) for p in paras if p.kind == "custom"},
    )
    body_paras = [p.text for p in paras if p.kind == "text"]
    draft = Draft(authoring="")
    draft.front.symbol = lines.symbol
    draft.front.job_number = lines.job
    header = _Header(draft, notes)
    start = len(body_paras)
    for i, raw in enumerate(body_paras):
        if not header.take(raw, body_paras[i + 1] if i + 1 < len(body_paras) else ""):
            start = i
            break
        if header.done:
            start = i + 1
            break
    if header.seen & {"distr", "organ"} and "original" not in header.seen:
        draft.front.original = ""
    rest = body_paras[start:]
    annex_at = next((i for i, r in enumerate(rest) if _ANNEX.match(strip_markup(r).strip())), len(rest))
    numbered = any(_OPERATIVE_LABEL.match(r) for r in rest[:annex_at])
    body = _Body(draft, notes, numbered)
    for i, raw in enumerate(rest):
        body.take(raw, rest[i + 1 : i + 1 + _LOOKAHEAD])
    done: set[str] = set()
    while len(done) < len(notes.ids):  # a note's text may cite another note
        for number in sorted(set(notes.ids) - done, key=int):
            done.add(number)
            draft.footnotes[notes.ids[number]] = Footnote(notes.rich(notes.numbered[number]))
    draft.footnotes = dict(sorted(draft.footnotes.items(), key=lambda kv: _order(notes, kv[0])))
    if not _looks_like_a_draft(draft, header):
        raise InputError(f"{name}: no draft resolution found (no masthead, title or numbered paragraphs)")
    return draft
