"""Copied text into paragraphs: passes 1, 2 and 4 of reading a draft from text (the module
``text_lines`` describes them, and holds the shapes of lines they read).

Each guess is added to ``Lines.report`` or the caller's report (the import report).
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text import starts_with_opening
from delegate_editor.formats.text_bare_number import bare_label, over_title
from delegate_editor.formats.text_inline import quoted, strip_markup
from delegate_editor.formats.text_lines import (
    ANNEX_TITLED,
    BARE_LABEL,
    FURNITURE,
    HEAD_PAGE,
    JOB,
    OPERATIVE_LABEL,
    OWN_LABEL,
    PAGE_GOES_ON,
    PAGE_OF,
    PAREN_LABEL,
    REISSUED,
    SYMBOL,
    UN_AND_SYMBOL,
    Para,
    label_start,
    page_total,
    split_items,
    standalone,
    starts_new,
)
from delegate_editor.formats.text_measure import blank_separated, full_line, measure_of, sentence_goes_on
from delegate_editor.formats.text_notes import NOTE_ENDED, note_line
from delegate_editor.formats.text_symbol_line import symbol_goes_on
from delegate_editor.formats.text_table import row_cells, table_note

_NOTES_SKIPPED = 5  # a copy may lose a few note lines, never more


class Lines:
    """Pass 1 and 2: page furniture out, footnote lines recognised, paragraphs joined."""

    def __init__(self, text: str) -> None:
        self.symbol = ""
        self.job = ""
        self.reissue_mark = ""  # the asterisk of a reissued symbol ("A/C.1/80/L.23*")
        self.paras: list[Para] = []
        self.report: list[str] = []  # the guesses made here, for the import report
        self._number = 0  # the last operative paragraph number seen
        self._ruled = False  # under a page's footnote rule ("__________"), until its furniture
        self._note_high = 0  # the highest note number read so far
        self._pages = page_total(text)  # "k/N" is a page number when N is this
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
        page = PAGE_OF.search(line)
        if page and (FURNITURE.match(line) or HEAD_PAGE.match(line)) and int(page.group(2)) != self._pages:
            return False  # "73/89", a resolution's number alone on a line: no page of this text
        if FURNITURE.match(line) or HEAD_PAGE.match(line):
            return True
        job = JOB.match(line)
        if job:
            if keep and not self.job:
                self.job = job.group(1) + (f" {job.group(2)}" if job.group(2) else "")
            return True
        if SYMBOL.match(line):
            if keep:
                self.symbol = self.symbol or line
            return True
        reissued = REISSUED.match(line)
        if reissued:
            if keep and not self.reissue_mark:
                self.symbol = reissued.group(1)  # the first page's symbol, before any running head
                self.reissue_mark = reissued.group(2)
            return True
        return False

    def _open_note(self, current: Para | None) -> Para | None:
        """The last note, when it stopped mid-sentence at a page's foot and the next page's rule
        has just been read, the line under it bearing no number: that note's rest ("6  Related
        documents include A/AC.105/1129, ..., A/AC.105/1166," / rule / "A/AC.105/1168, ...
        A/AC.105/1181.", A/RES/73/6), never the text above the rule."""
        if current is not None and current.kind != "text":
            return None
        note = next((p for p in reversed(self.paras) if p.kind in ("note", "cand")), None)
        if note is None or strip_markup(note.text).rstrip().endswith(NOTE_ENDED):
            return None
        return note

    def _read(self, text: str) -> None:
        current: Para | None = None
        full = full_line(text)
        guess = not blank_separated(text)
        last = ""  # the last line read into ``current``
        widths: list[int] = []  # the lengths of the lines read into ``current``
        # the masthead's first row run together: "United Nations A/RES/80/56" (A/RES/80/56)
        text = UN_AND_SYMBOL.sub(r"\1\n\2", text)
        text = ANNEX_TITLED.sub(r"\1\n\2", text)
        text = PAGE_GOES_ON.sub("", text)
        for raw in text.split("\n"):
            line = raw.strip()
            if not line:
                current = None
                continue
            if row_cells(line) is not None:  # a table's row: a paragraph of its own (text_table)
                self.paras.append(Para("text", line))
                current = None
                continue
            if (
                current is not None
                and current.kind == "text"
                and symbol_goes_on(current.text, line, self.symbol)
            ):
                current.text += " " + line  # "...: amendment to ..." / "A/C.3/80/L.20/Rev.1"
                continue
            # "United Nations" right under a line of text ends it, as it ends a title ("... the
            # international institutions associated with the" / "United Nations", A/RES/80/87);
            # the masthead's stands first, or after a blank line
            title_end = line == "United Nations" and current is not None and current.kind == "text"
            if self._furniture(line) and not title_end:
                self._ruled = bool(re.fullmatch(r"_{5,}", line))
                continue
            items = split_items(line)
            if len(items) > 1:
                self.paras.extend(Para("text", item) for item in items)
                current = self.paras[-1]  # an agenda title may go on on the next line
                continue
            if current is not None and current.kind == "text" and BARE_LABEL.match(current.text):
                current.text += " " + line  # "1." alone, then its text
                continue
            # "6" alone between paragraphs 5 and 7: the PDF lost the period; "l." for "1."
            if (label := bare_label(line, self._number, self.paras)) is not None:
                line, said = label  # text_bare_number
                self.report.append(said)
            label = re.match(r"(\d{1,3})\.(?:\s|$)", line)
            if label:
                self._number = int(label.group(1))
            para = note_line(line)
            if para is not None and para.kind == "cand":
                para.ruled = self._ruled
            elif para is None and self._ruled and (note := self._open_note(current)) is not None:
                note.text += " " + line  # the last note goes on under the next page's rule
                current = note
                continue
            if (
                para is None
                and current is not None
                and current.kind in ("note", "custom")
                and raw[:1] in " \t"
            ):
                # an indented line under "[^3]: ... Sales No." goes on with that note (the
                # Markdown form of the adopted texts): it never lands in a paragraph
                current.text += " " + line
                continue
            if (
                para is None
                and not guess
                and current is not None
                and current.kind in ("note", "custom", "cand")
            ):
                # paragraphs parted by blank lines: a line right under a note's goes on with
                # it, whatever it starts with ("... (United Nations publication, Sales No." /
                # "E.86.IX.7), appendix VII.", A/RES/80/15)
                current.text += " " + line
                continue
            if para is not None and para.kind == "cand" and current is not None and current.kind == "cand":
                if current.mark.isdigit() and (
                    int(para.mark) != int(current.mark) + 1
                    or current.text.rstrip().endswith(",")
                    or re.match(r"[–-] ?\d", para.text)
                ):
                    # "3  Report of ..., Port Louis, Mauritius," / "10 – 14 January 2005 (...)":
                    # under note 3 only note 4 starts a new note (A/C.2/80/L.25), and not even
                    # it after a comma or as a range: "2  Report of ..., Rio de Janeiro," /
                    # "3 – 14 June 1992, vol. I, ..." (A/C.2/80/L.26)
                    current.text += " " + line
                    continue
            # under a page's footnote rule a number starts a note whatever the line above left
            # open ("... in the context of" / rule / "10 World Health ...", A/RES/73/189)
            if (
                para is not None
                and para.kind == "cand"
                and current is not None
                and current.kind == "text"
                and not self._ruled
            ):
                if not current.text.endswith((",", ";", ".", ":")):  # "every\n1 United States dollar"
                    para = None
                elif para.text[:1].islower():  # no note starts so: "(No. 189)," / "18  the Domestic
                    para = None  # Workers Recommendation ...", a mark the copy put first (A/C.3/80/L.18)
                elif int(para.mark) > self._note_high + _NOTES_SKIPPED:
                    # a number far past the notes so far, right under a line of text, is the
                    # text's: "... 478 (1980) of 20 August 1980," / "497 (1981) of 17 December
                    # 1981, ..." (A/RES/80/81)
                    para = None
            elif para is not None and para.kind == "cand" and current is None and not self._ruled:
                # a page's first line after its furniture, starting with a number and a small
                # word, goes on with the text: "25 and 26 October 2019,3 for measures ..."
                # (A/RES/76/28); no note starts small, and the rule stands over every note
                if para.text[:1].islower():
                    para = None
            if para is not None and para.kind in ("note", "cand") and para.mark.isdigit():
                self._note_high = max(self._note_high, int(para.mark))
            if (
                para is None
                and current is not None
                and (
                    not starts_new(current.text, line, current.kind != "text", guess)
                    or (
                        current.kind == "text"
                        and sentence_goes_on(last, line, full, measure_of(full, widths))
                    )
                )
            ):
                joiner = "" if _joins_close(current.text, line) else " "
                current.text += joiner + line
                last = line
                widths.append(len(line))
                continue
            if para is None and current is not None and current.kind != "text":
                para = Para("text", line)
            tight = current is not None  # a blank line sets ``current`` to None
            current = para or Para("text", line)
            current.tight = tight
            last = line
            widths = [len(line)]
            self.paras.append(current)


# -- pass 4: paragraphs broken by a page end (pass 3, the note marks, is text_notes) --------


def _joins_close(text: str, line: str) -> bool:
    """Whether ``line`` goes on ``text`` with no space between: a word broken at its hyphen
    ("gender-" / "based"), or a range of years broken after its dash ("the Sendai Framework
    for Disaster Risk Reduction 2015–" / "2030,", A/80/L.4)."""
    if text.endswith("-") and text[-2:-1].isalpha():
        return True
    return text.endswith("–") and text[-2:-1].isdigit() and line[:1].isdigit()


def _head_before_rest(para: Para, following: list[Para]) -> bool:
    """A short line without final punctuation right before a paragraph's lower-case rest."""
    plain = strip_markup(para.text).strip()
    return (
        bool(following)
        and following[0].kind == "text"
        and following[0].text[:1].islower()
        and len(plain.split()) <= 15
        and not plain.endswith((",", ";", ":", "."))
    )


_REFERENCE_OPEN = re.compile(r"^\[(?:on the reports? of|without reference to) [^\]]*$")


def join_broken(paras: list[Para], report: list[str] | None = None) -> list[Para]:
    """A paragraph going on after a page end (across its notes) starts in lower case: joined, reported."""
    out: list[Para] = []
    for i, para in enumerate(paras):
        prev = next((p for p in reversed(out) if p.kind == "text"), None)
        # "[on the report of the Special Political and Decolonization Committee" / blank
        # lines / "(Fourth Committee) (A/78/421, para. 13)]": one bracket (A/RES/78/76)
        if out and prev is out[-1] and _REFERENCE_OPEN.match(prev.text) and len(para.text) < 200:
            prev.text += " " + para.text
            continue
        # "I" / "Conditions of service ...": one heading, the number above its title (A/C.5/80/L.5)
        if prev is not None and out[-1] is prev and para.kind == "text" and over_title(prev.text, para.text):
            prev.text += " " + para.text
            continue
        # after the notes at a page foot, a paragraph left without its final punctuation goes
        # on whatever its next word ("... the role of" / notes / "United Nations ..."), unless
        # it is a short line the paragraph's lower-case rest follows: the page's running head
        # ("... purpose and the" / notes / "Treaty on the Prohibition of Nuclear Weapons" /
        # "goal of a world ...", A/RES/80/54), which the title's reader takes out later
        after_notes = bool(out) and out[-1].kind != "text" and prev is not None
        open_end = (
            after_notes
            and not strip_markup(prev.text).rstrip().endswith((",", ";", ":", "."))
            and not _head_before_rest(para, paras[i + 1 : i + 2])
        )
        # a numbered paragraph never ends with a comma: one that does at a page foot goes on
        # after the notes, whatever its next word ("4. We reaffirm ... the Protocol to
        # Prevent," / notes / "Suppress and Punish Trafficking in Persons ...", A/80/L.8)
        open_end = open_end or (
            after_notes
            and bool(OPERATIVE_LABEL.match(prev.text))
            and strip_markup(prev.text).rstrip().endswith(",")
            and not starts_with_opening(strip_markup(para.text))
        )
        if (
            para.kind == "text"
            and prev is not None
            and (para.text[:1].islower() or (open_end and not OPERATIVE_LABEL.match(para.text)))
            and not label_start(para.text)
            and not (standalone(strip_markup(prev.text)) or row_cells(prev.text) or row_cells(para.text))
            and not table_note(strip_markup(prev.text), para.text)
        ):
            if report is not None:
                report.append(Said("import.page-break", **quoted(prev.text, para.text)))
            prev.text += " " + para.text
            continue
        out.append(para)
    return _join_between_numbers(out, report)


def _join_between_numbers(paras: list[Para], report: list[str] | None) -> list[Para]:
    """A sentence without a label between paragraphs N and N+1 is paragraph N's next
    sentence, cut off where a line ended with a full stop: "9. We reaffirm the Addis Ababa
    Action Agenda ... of the 2030 Agenda." / "We are committed to its full implementation
    ..." / "10. ..." (held-out A/80/L.5), where no blank line parts the paragraphs. A
    paragraph after a blank line is one (an annex's body text between numbered paragraphs),
    a heading has no full stop, and a quotation follows a lead-in that ends with a colon:
    none of these is joined."""
    texts = [p for p in paras if p.kind == "text"]
    drop: set[int] = set()
    for before, para, after in zip(texts, texts[1:], texts[2:], strict=False):
        plain = strip_markup(para.text).strip()
        lettered = _letters_in_turn(before.text, after.text)  # "(e) ... graduation." / "While ...;" / "(f)"
        first = OPERATIVE_LABEL.match(before.text)
        then = OPERATIVE_LABEL.match(after.text)
        if (
            id(before) in drop
            or not para.tight  # a blank line above it: a paragraph of its own
            or not (lettered or (first and then and int(then.group(1)) == int(first.group(1)) + 1))
            or not plain[:1].isupper()
            or "/" in plain.split()[0]  # a running head ("A/RES/80/3 Awaza Political ..."), later
            or not plain.endswith((".", ";") if lettered else ".")
            or strip_markup(before.text).rstrip().endswith(":")
            or OPERATIVE_LABEL.match(para.text)
            or label_start(para.text)
            or OWN_LABEL.match(plain)
            or standalone(plain)
            or starts_with_opening(plain)
        ):
            continue
        if report is not None:
            report.append(Said("import.page-break", **quoted(before.text, para.text)))
        before.text += " " + para.text
        drop.add(id(para))
    return [p for p in paras if id(p) not in drop]


def _letters_in_turn(before: str, after: str) -> bool:
    """Whether ``before`` and ``after`` are sub-paragraphs (a) and (b), (e) and (f): a sentence
    between them is the first one's next ("(e) ... to better manage transitions and
    graduation." / "While recognizing that official development assistance ...;" / "(f)
    Support for ...", A/RES/74/3's declaration)."""
    first, then = PAREN_LABEL.match(before), PAREN_LABEL.match(after)
    if not (first and then and len(first.group(1)) == len(then.group(1)) == 1):
        return False
    return ord(then.group(1)) == ord(first.group(1)) + 1 and strip_markup(before).rstrip().endswith(".")
