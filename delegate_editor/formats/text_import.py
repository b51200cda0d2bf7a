"""Reading a draft from plain text: our own text form, and text copied from a UN PDF or web page.

Reading goes in passes, because copied text mixes the document with page furniture:

1.-4. lines into paragraphs, page furniture out, footnote lines and marks recognised
   (``text_lines``, ``text_notes``), paragraphs broken by a page end joined again;
5. the masthead and heading lines fill the front matter (``text_header.Header``), the rest
   is the preamble, the operative part and the annexes (``_Body``).

Every guess (a mark taken, a note placed, a page break joined, a label inferred, a line
kept where it could not be placed) goes to the import report :func:`parse_text_report`
returns to the command line and the app. Text is never dropped.

Opening phrases come from the leading italic run when there is one; copied text has none,
so they are recognised by ``text.opening_phrase`` (a rule, and the phrase lists when present).
"""

from __future__ import annotations

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.parts import LEAD_IN
from delegate_editor.conventions.phrases import pinned
from delegate_editor.errors import InputError
from delegate_editor.formats import text_annex as ta
from delegate_editor.formats import text_header as th
from delegate_editor.formats.text import reads_as_preamble, starts_with_opening
from delegate_editor.formats.text_amendment import AmendmentBody
from delegate_editor.formats.text_annex import annex_line, ends_open, lists_below
from delegate_editor.formats.text_grid import tables_from_pdf
from delegate_editor.formats.text_header import Header, Notes
from delegate_editor.formats.text_inline import plain_words, strip_markup
from delegate_editor.formats.text_input import check_text
from delegate_editor.formats.text_labels import infer_labels, infer_lost_labels
from delegate_editor.formats.text_language import detect as detect_language
from delegate_editor.formats.text_language import to_model_terms
from delegate_editor.formats.text_lines import (
    ANNEX,
    DASH_LABEL,
    DOT_LABEL,
    LOOKAHEAD,
    MEETING,
    OPERATIVE_LABEL,
    ORGANS,
    PAREN_LABEL,
    next_label,
)
from delegate_editor.formats.text_notes import cite_asterisk_notes, link_marks
from delegate_editor.formats.text_openings import split_opening
from delegate_editor.formats.text_paras import Lines, join_broken
from delegate_editor.formats.text_parts import closing_line
from delegate_editor.formats.text_record import record_title, set_aside_record, title_rest
from delegate_editor.formats.text_repair import BrokenHyphens, join_cut, without_running_heads
from delegate_editor.formats.text_spill import restore_spilled_body
from delegate_editor.formats.text_table import sub_row, table_line
from delegate_editor.model.document import (
    Annex,
    Distribution,
    DocumentKind,
    Draft,
    Footnote,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
    TextKind,
)
from delegate_editor.model.numbering import alpha, alpha_index, roman_index
from delegate_editor.model.text import Run, normalize, plain_text

# -- pass 5: the body -----------------------------------------------------------------------


class _Body:
    """Preamble, operative part (with sub-paragraphs and headings), meeting lines, annexes."""

    def __init__(self, draft: Draft, notes: Notes, numbered_ahead: bool, report: list[str]) -> None:
        self.d, self.report, self.notes = draft, report, notes
        self.numbered_ahead = numbered_ahead  # the operative part has numbered paragraphs
        self.zone = "preamble"
        self.op: Operative | None = None
        self.counts = [0, 0, 0, 0]
        self.last: list[SubParagraph | None] = [None, None, None, None]
        self.annex: Annex | None = None
        self.led = False  # under a heading that is a lead-in: a part's "Resolves that, for 2022:"

    def take(self, raw: str, following: list[str]) -> None:
        plain = plain_words(raw).strip()
        m = ANNEX.match(plain)
        if m:
            self.annex = Annex()
            self.d.annexes.append(self.annex)
            self.zone = "annex"
            return
        if self.zone != "annex" and self.op and sub_row(self.op, raw, self.notes.rich):
            return  # a table under its paragraph: its rows (text_table)
        if self.zone == "annex":
            return self._annex(raw, plain)
        if closing_line(self.d, plain, following, self.zone == "preamble"):
            return
        if self.d.lettered and self._lettered(raw, plain):
            return
        m = OPERATIVE_LABEL.match(raw)
        section = self.d.operative[-1] if self.d.operative and self.op is None else None
        if self.op and ta.quoted(self.op, plain, len(self.d.operative_paragraphs())):  # A/RES/79/280
            self.op.subs.append(SubParagraph(self.notes.rich(raw), quoted=True))
            return
        if m:
            # "1." again under a section's heading: the section numbers its own (A/RES/80/237)
            if isinstance(section, SectionHeading) and m.group(1) == "1" and self.d.operative_paragraphs():
                section.restart = True
            return self._operative(m.group(2))
        if self.op is not None and self._sub(raw, following):
            return
        if self.zone == "preamble" and self._lead_in(raw, plain, following):
            return
        if self.zone == "preamble":
            if plain.endswith(",") or (self.numbered_ahead and not ends_open(plain)):
                opening, text = split_opening(self.notes.rich(raw), False, self.d.front.language)
                self.d.preamble.append(Preambular(opening, text))
            elif not self.numbered_ahead:
                self._operative(raw)
            elif self.d.preamble and plain_text(self.d.preamble[-1].text).rstrip().endswith(":"):
                # what a preambular paragraph quotes after its colon ("... question:", A/80/L.26)
                last = self.d.preamble[-1]
                last.text = normalize((*last.text, Run(" "), *self.notes.rich(raw)))
                self.report.append(Said("import.stray-joined", start=plain[:40]))
            elif reads_as_preamble(plain):
                # a preambular paragraph without its final comma: never headings (check flags it)
                opening, text = split_opening(self.notes.rich(raw), False, self.d.front.language)
                self.d.preamble.append(Preambular(opening, text))
                self.report.append(Said("import.no-final-comma", start=plain[:40]))
            else:
                self._heading(plain)
                self.zone = "operative"
            return
        ops = self.d.operative_paragraphs()
        if isinstance(section, SectionHeading) and (
            (slip := ta.section_preamble_slip(plain, following))
            or (plain.endswith(",") and (not ops or starts_with_opening(plain)))
        ):
            # a section's own preamble, under its heading: "I" / "Recalling ...," (A/RES/80/237)
            opening, text = split_opening(self.notes.rich(raw), False, self.d.front.language)
            section.preamble.append(Preambular(opening, text))
            self.report.extend([Said("import.no-final-comma", start=plain[:40])] if slip else [])
            return
        if self.op is None and plain.endswith(",") and not ops:
            # a preambular paragraph before any operative paragraph
            opening, text = split_opening(self.notes.rich(raw), False, self.d.front.language)
            self.d.preamble.append(Preambular(opening, text))
            return
        # "Adopts the following ...:" (A/80/L.41), after a preamble too where no numbered
        # paragraph comes before the text it adopts (A/RES/76/3)
        alone = len(ops) == 1 and (not self.d.preamble or not self.numbered_ahead)
        if self.op is not None and ends_open(plain) and lists_below(self.op, alone, plain):
            # "... the draft programme of work ... as set out below." / "Item 1." (A/C.3/80/L.60)
            self._open_list(raw)
            return
        if self.op is None and ta.alone_in_section(section, plain, self.d.front.language, following):
            section.restart = True  # its one paragraph, which prints no number
            return self._operative(raw)
        if ends_open(plain) or self.op is None:
            self._heading(plain)
            self.op = None
            return
        # a stray paragraph goes on with the last (sub-)paragraph: "(h) ...;" / "Requesting ..." (A/RES/80/11)
        target = ta.go_on(self.op, self.notes.rich(raw))
        # a short one ("A.", a table's label, A/RES/80/243) is quoted with the words before it
        said = plain if len(plain) >= 6 else plain_text(target.text).strip()[-40:].lstrip()
        self.report.append(Said("import.stray-joined", start=said[:40]))

    def _lettered(self, raw: str, plain: str) -> bool:
        """A decision in lettered parts: "(a) Approves ...;" opens the next part, and a heading
        or a numbered item after them starts the list the decision sets out in its text
        ("Draft programme of work" / "1. Information and ...", A/C.2/80/L.60)."""
        m = PAREN_LABEL.match(raw)
        if m and m.group(1) == alpha(len(self.d.operative_paragraphs()) + 1):
            self._operative(m.group(2))
            return True
        if self.op is None or not (OPERATIVE_LABEL.match(raw) or ends_open(plain)):
            return False
        return self._open_list(raw)

    def _open_list(self, raw: str) -> bool:
        """The list a decision sets out in its own text: an annex printed in place, under the
        heading ``raw`` (none when the list starts with its first numbered item)."""
        self.annex = Annex(in_text=True)
        self.d.annexes.append(self.annex)
        self.zone = "annex"
        if not raw or OPERATIVE_LABEL.match(raw):
            return False
        self.annex.title = self.notes.rich(raw)
        return True

    def _lead_in(self, raw: str, plain: str, following: list[str]) -> bool:
        """ "Resolves that, for 2026:" right above paragraph 1: the lead-in the numbered
        paragraphs complete ("1. Appropriations totalling ... are hereby approved", the Fifth
        Committee's budget texts, A/C.5/80/L.8); they take no opening phrase of their own."""
        if (
            self.d.lead_in
            or not (following and OPERATIVE_LABEL.match(following[0]))
            or not LEAD_IN.match(plain)
        ):
            return False
        opening, text = split_opening(self.notes.rich(raw), True, self.d.front.language)
        self.d.lead_in = normalize((Run(opening, True), Run(" "), *text)) if opening else text
        return True

    def _operative(self, raw: str) -> None:
        rich = self.notes.rich(raw)  # "Resolves that:"'s clauses, and a note's unless in italics
        if (
            self.d.lead_in
            or self.led
            or (self.d.text_kind is TextKind.NOTE and not (rich and rich[0].italic))
        ):
            opening, text = "", rich
        else:
            opening, text = split_opening(self.notes.rich(raw), True, self.d.front.language)
        self.op = Operative(opening, text)
        self.d.operative.append(self.op)
        self.zone = "operative"
        self.counts = [0, 0, 0, 0]
        self.last = [None, None, None, None]

    def _heading(self, plain: str) -> None:
        self.d.operative.append(SectionHeading(plain))
        self.led = LEAD_IN.match(plain) is not None

    def _depth(self, label: str, paren: bool, following: list[str]) -> int:
        """Which level a label belongs to: "(i)" is the ninth letter after "(h)" and the first
        roman numeral under an "(a)" item; the next label settles a tie."""
        lo = 0 if paren else 2
        as_alpha = alpha_index(label) == self.counts[lo] + 1
        as_roman = roman_index(label) == self.counts[lo + 1] + 1 and self.counts[lo] > 0
        if as_alpha and as_roman:
            follower = next_label(following, paren)
            next_roman = roman_index(follower) == (roman_index(label) or 0) + 1
            next_alpha = alpha_index(follower) == (alpha_index(label) or 0) + 1
            as_alpha = not (next_roman and not next_alpha)  # "(i)" then "(ii)": a numeral
        if as_alpha:
            return lo
        if as_roman or (roman_index(label) and not alpha_index(label)):
            return lo + 1 if self.counts[lo] > 0 else lo
        return lo

    def _sub(self, raw: str, following: list[str]) -> bool:
        m = PAREN_LABEL.match(raw)
        paren = m is not None
        if m is None:
            m = DOT_LABEL.match(raw)
            if m is not None and self.counts[1] == 0:  # "a." only under an "(i)" item
                m = None
        if m is not None:
            depth = self._depth(m.group(1), paren, following)
            text = m.group(2)
            sub = SubParagraph(self.notes.rich(text))
        else:
            dash = DASH_LABEL.match(raw)
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
        assert self.annex is not None
        if self.op and (rest := ta.resumed(self.annex, raw, len(self.d.operative_paragraphs()))):
            self.d.annexes.remove(self.annex)  # "13." after a table: the list joins paragraph 12
            self.report.append(Said("import.stray-joined", start=ta.fold_list(self.annex, self.op)))
            return self._operative(rest)
        # a text adopted in place ends with the closing lines: "68th plenary meeting" /
        closing = self.annex.in_text and (MEETING.match(plain) or self.d.adoption.meeting)
        # "17 December 2025" (A/RES/80/173); the date only after the meeting; a row (text_table)
        if not (closing and closing_line(self.d, plain, (), in_preamble=False)) and not table_line(
            self.annex, raw, self.notes.rich
        ):
            annex_line(self.annex, raw, plain, self.notes.rich)


# -- the whole ------------------------------------------------------------------------------


def _looks_like_a_draft(draft: Draft, header: Header) -> bool:
    marks = {"distr", "agenda", "sponsors", "adopted", "recommendation"}
    return bool(
        header.seen & marks
        or header.done
        or bool(draft.lead_in and draft.operative)  # "Resolves that:" and its clauses
        or any(isinstance(item, Operative) and item.opening for item in draft.operative)
        or any(p.opening and plain_text(p.text).strip().endswith(",") for p in draft.preamble)
    )


def parse_text(text: str, name: str = "text") -> Draft:
    """A draft from the text form or from copied UN text; ``InputError`` when it is none."""
    return parse_text_report(text, name)[0]


@pinned()  # one phrase book for the whole text, looked up once
def parse_text_report(text: str, name: str = "text") -> tuple[Draft, list[str]]:
    """:func:`parse_text` with the import report: each guess the importer made, where."""
    text, record = set_aside_record(check_text(text, name))
    language = detect_language(text)  # French and Spanish: formats/text_language.py
    text, spilled = restore_spilled_body(text)  # body text a copy ran into the last note
    text, table = tables_from_pdf(text)  # a table copied from a PDF: its rows (text_grid)
    lines = Lines(check_text(to_model_terms(text, language), name))
    report = spilled + table + lines.report + link_marks(lines.paras)
    if record:  # a Markdown front matter or "# Key: value" lines: where the text came from
        report.insert(0, Said("import.record-set-aside", count=len(record), start=record[0][:40]))
    paras = join_broken(lines.paras, report)
    hyphens = BrokenHyphens()  # "Secretary- General", joined with a space by another tool
    body_paras = [hyphens.close(p.text) for p in paras if p.kind == "text"]  # the body's first:
    notes = Notes(  # the report quotes a word the app can find in a paragraph
        numbered={p.mark: hyphens.close(p.text) for p in paras if p.kind == "note"},
        custom={p.mark: hyphens.close(strip_markup(p.text)) for p in paras if p.kind == "custom"},
    )
    draft = Draft(authoring="")
    draft.front.language = language
    draft.front.symbol = lines.symbol
    draft.front.job_number = lines.job
    header = Header(draft, notes, report)
    start = len(body_paras)
    for i, raw in enumerate(body_paras):
        adopts = ta.adopted_text_at(body_paras[i : i + 2], strip_markup)  # a pasted body's start
        if adopts or not header.take(raw, body_paras[i + 1 : i + 4]):
            start = i
            break
        if header.done:
            start = i + 1
            break
    th.reissued(draft, lines.reissue_mark, notes, report)
    if "original" not in header.seen:  # never a language the text does not name
        draft.front.original = ""
    if "distr" not in header.seen:  # nor a distribution line the text does not have
        draft.front.distribution = Distribution.NONE
    organ = draft.authoring.removeprefix("The ")
    if "organ" not in header.seen and organ in ORGANS:
        # no masthead: the organ that speaks ("The Security Council,"), never the Assembly by default
        draft.front.organ = organ
    title = plain_text(draft.title).strip() if draft.kind is DocumentKind.ADOPTED else ""
    rest = without_running_heads(body_paras[start:], title, report)
    rest = infer_labels([hyphens.close(r) for r in join_cut(rest, report)], report)
    if draft.kind is not DocumentKind.AMENDMENT:  # an amendment quotes paragraphs whole
        rest = infer_lost_labels(rest, report)
    report.extend(hyphens.report("\n".join([*rest, *notes.numbered.values(), *notes.custom.values()])))
    rest = cite_asterisk_notes(rest, notes.numbered, notes.custom, notes.used, notes.symbols)
    annex_at = ta.annex_start(rest, strip_markup)  # an "Annex" line, or the text a decision adopts
    numbered = any(OPERATIVE_LABEL.match(r) for r in rest[:annex_at])
    amendment = draft.kind is DocumentKind.AMENDMENT  # instructions and quotations (text_amendment)
    body = AmendmentBody(draft, notes, split_opening) if amendment else _Body(draft, notes, numbered, report)
    for i, raw in enumerate(rest):
        body.take(raw, rest[i + 1 : i + 1 + LOOKAHEAD])
    th.keep_unplaced_notes(draft, notes, report)
    done: set[str] = set()
    while len(done) < len(notes.ids):  # a note's text may cite another note
        for number in sorted(set(notes.ids) - done, key=int):
            done.add(number)
            note_id = notes.ids[number]  # the id its marks cite, never a fresh one (issue 15)
            text, mark = notes.rich(notes.numbered[number]), notes.symbols.get(number, "")
            draft.footnotes[note_id] = Footnote(text, id=note_id, mark=mark)
    order = {note_id: int(n) for n, note_id in notes.ids.items()}
    draft.footnotes = dict(sorted(draft.footnotes.items(), key=lambda kv: order[kv[0]]))
    th.keep_asterisk_notes(draft, notes, report)
    cut = title_rest(plain_text(draft.title).strip(), record_title(record), "\n".join(body_paras))
    if cut:  # a wrapped title the copy cut after its first line, completed from its record
        draft.title = normalize((*draft.title, Run(" " + cut)))
        report.append(Said("import.title-completed", rest=cut))
    if not _looks_like_a_draft(draft, header):
        raise InputError(Said("input.no-draft", name=name))
    return draft, report


def read_text_result(raw: bytes, name: str = "text"):
    """The registry's reader for ``.txt``: the draft with the import report (each guess the
    importer made, where) as the messages the command line prints and the app shows."""
    from delegate_editor.formats.registry import ImportResult
    from delegate_editor.formats.text_input import decode

    draft, report = parse_text_report(decode(raw, name), name)
    return ImportResult(draft, [Said("import.guess", line=line) for line in report])


def read_text(text: str, name: str = "text") -> Draft:
    """Read the text form or copied UN text. The reader lives here, not in ``text.py`` (the
    writer and the inline syntax), so the text modules import one another one way only."""
    return parse_text(text, name)


def read_text_bytes(raw: bytes, name: str = "text") -> Draft:
    """The bytes of a ``.txt`` file; bad input raises ``InputError``."""
    from delegate_editor.formats.text_input import decode

    return read_text(decode(raw, name), name)
