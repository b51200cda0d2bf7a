"""Real UN texts through the whole app: import, ``.dres`` save and load, text export, check.

Usage: ``python bench/corpus.py [FOLDER ...]`` (default ``tests/data/corpus``; folders are
searched for ``.txt`` and ``.md`` files). One line per text, then a summary:

    words in/out  words of the source body / of the exported text
    lost          source words missing from the export (counted as a multiset, page
                  furniture stripped from the source first)
    op            operative paragraphs numbered in the export / in the source
    pre           preambular paragraphs found
    notes         numbered footnotes found / note lines or marks counted in the source (a
                  note with a mark of its own, "**", counts in neither)
    unmarked      notes placed without their mark (the import report says where)
    err/warn      findings of ``check`` by severity
    fig           figures of the source body missing from the export (``corpus_figures.py``)

Words are runs of letters, compared in lower case, so numbering, note marks and
punctuation do not count; what counts is that no word a delegate wrote is dropped.
The measurement is independent of the importer: the furniture patterns below are the
generic shapes of UN page furniture (and the masthead's language line, "English" above
"Original: English and Spanish", which the model does not hold), not the importer's own.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from delegate_editor.app.corpus import without_record  # noqa: E402
from delegate_editor.conventions.checks import check  # noqa: E402
from delegate_editor.conventions.wording import MONTHS  # noqa: E402
from delegate_editor.errors import InputError  # noqa: E402
from delegate_editor.formats.text import write_text  # noqa: E402
from delegate_editor.formats.text_import import parse_text_report  # noqa: E402
from delegate_editor.storage.dres import dumps, loads  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_figures import figures, lost_figures  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "corpus"

_WORD = re.compile(r"[^\W\d_]+")
# a document symbol as a running head prints it: never ending with punctuation
# a text of several resolutions names their letters after its symbol ("A/RES/76/247 A–C")
_SYMBOL = r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]*[A-Za-z0-9\-])+(?: [A-Z](?:[–-]| and )[A-Z])?"
_FURNITURE = re.compile(
    rf"^\s*(?:\d{{1,3}}/\d{{1,3}}|\*\d{{7}}\*|\d{{2}}-\d{{5}}\**\s*\([A-Z]\)(?:\s+\d{{6}}){{0,2}}|United Nations(?:\s+{_SYMBOL})?|"
    rf"Please recycle\W*|Error! No document variable supplied\.|Arabic|Chinese|English|French|Russian|Spanish|{_SYMBOL}\**(?:\s+\d{{1,3}}/\d{{1,3}})?|"
    rf"\d{{1,3}}/\d{{1,3}}\s+{_SYMBOL})\s*$"
)
_ADOPTED_TITLE = re.compile(r"^\s*\d{1,3}/\d{1,4}\.(?:\s+(.+)|\s*)$")  # "77/82." alone too (A/RES/77/82)
_REFERENCE = re.compile(r"^\s*\[(?:on the reports? of|without reference to) ")
_RUN_ON_NUMBER = re.compile(r"(?<=[.;:,”] )(\d{1,3})\. (?=[A-Z])")
_NUMBERED = re.compile(r"^\s*(\d{1,3})(?:\.(?:\s|$)|\s*$)")
# a paragraph's last line: ";", "." or ":" after a word, a figure, a bracket or a quotation
# mark, a note's number possibly glued after it ("... “pure” nations;14", A/C.3/80/L.2)
_PARAGRAPH_END = re.compile(r"[\w)\]”’\"][;.:]\d{0,3}$")
_NOTE_LINE = re.compile(r"^\s*\[\^(\d+)\]:")
# "Annex" or "Annex II" alone, or with its title on the same line ("Annex Awaza Political
# Declaration", A/RES/80/3)
# the import report's codes for a note whose mark was not found (placed after a paragraph)
_UNMARKED = ("import.note-no-mark", "import.note-placed-last")
_ANNEX = re.compile(r"^\s*Annex(?: [IVXLC]+)?(?: [A-Z0-9“\"]\S*(?: \S+)+)?\s*$")


# the letter "l." a PDF prints for paragraph 1's label where the operative part starts,
# under a preambular paragraph's comma (A/RES/76/256): a label, which numbers, never a word
_LETTER_ONE = re.compile(r"(,[ \t]*\n(?:[ \t]*\n)*)[ \t]*l\.[ \t]*$", re.M)


def source_text(path: Path) -> str:
    """The text a delegate would paste: without the corpus file's own record (and with
    paragraph 1's label a digit where the PDF printed the letter)."""
    return _LETTER_ONE.sub(r"\g<1>1.", without_record(path.read_text(encoding="utf-8")))


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def body_text(text: str) -> str:
    """The source's lines with page furniture lines left out: running heads, job numbers,
    barcodes, page numbers, and in adopted texts the title repeated at the top of a page
    (the line "80/13. Title" gives the title)."""
    raw = text.split("\n")
    edge = _page_edges(raw)
    furniture = _furniture(raw)
    lines = [line for line, f in zip(raw, furniture, strict=True) if not f]
    edge = [e for e, f in zip(edge, furniture, strict=True) if not f]
    heads = _table_heads(lines, _page_tops(raw, furniture))
    lines = [line for k, line in enumerate(lines) if k not in heads]
    edge = [e for k, e in enumerate(edge) if k not in heads]
    titled = _adopted_title(lines)
    if titled:
        # the head alone or with the symbol before or after it ("A/RES/80/3 Awaza Political
        # Declaration"), on one line or wrapped as the title is (a raw PDF's "Necessity of
        # ending the economic, commercial and financial" / "embargo imposed by ...", A/RES/80/4),
        # at a page's top only: not the annex's title under "Annex", nor the title of a text
        # adopted in place, which may be the same words (A/RES/80/9, A/RES/80/173)
        # spaces and hyphens aside: the UN's head may slip where the title does not ("non
        # nuclear-weapon States" above "non-nuclear-weapon States", A/RES/73/29)
        words = r"[\s\-\u2010\u2011]*".join(map(re.escape, re.split(r"[\s\-\u2010\u2011]+", titled)))
        head = re.compile(rf"^(?:[A-Z]/RES/\S+\s+)?{words}(?:\s+[A-Z]/RES/\S+)?$")
        kept, previous, skip = [], "", 0
        for k, line in enumerate(lines):
            if skip:
                skip -= 1
                continue
            if not _ANNEX.match(previous):
                span = next((w for w in range(1, 8) if head.match(_joined(lines[k : k + w]))), 0)
                span = span or int(_slipped(line, titled))
                if span and (edge[k] or edge[k + span - 1]):
                    skip = span - 1
                    continue
            kept.append(line)
            if line.strip():
                previous = line
        lines = kept
    return "\n".join(lines)


def body_words(text: str) -> Counter[str]:
    return words(body_text(text))


def _page_tops(raw: list[str], furniture: list[bool]) -> list[bool]:
    """For each line that is not furniture, whether it is a page's first line of text: the
    first after a page number ("2/7", alone or ending a running head)."""
    tops, after = [], False
    for line, f in zip(raw, furniture, strict=True):
        if f:
            after = after or re.search(r"\d{1,3}/\d{1,3}\s*$", line.strip()) is not None
        elif re.match(r"^\s*\d{2}-\d{5}\s*$", line):  # the job number under the page number
            tops.append(False)
        else:
            tops.append(after and bool(line.strip()))
            after = after and not line.strip()
    return tops


def _table_heads(lines: list[str], tops: list[bool]) -> set[int]:
    """The lines of a table's column heads where the UN repeats them at a page's top:
    a run of two to eight short lines opening a page that stood as a run before ("Date/time"
    / "Programme" on each page of A/C.4/80/L.15's timetable). They are page furniture: the
    table has them once."""
    text = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()]
    drop: set[int] = set()
    for i, (k, _) in enumerate(text):
        if not tops[k]:
            continue
        for size in range(8, 1, -1):
            run = [t for _, t in text[i : i + size]]
            # short lines of words: a job number ("24-16433") or a label ("(b)") is none
            if len(run) < size or any(len(t) > 60 or len(re.findall(r"[A-Za-z]", t)) < 3 for t in run):
                continue
            if any([t for _, t in text[j : j + size]] == run for j in range(i)):
                drop.update(kk for kk, _ in text[i : i + size])
                break
    return drop


def _furniture(lines: list[str]) -> list[bool]:
    """For each line, whether it is page furniture. "United Nations" alone is the masthead's
    only as the text's first line: elsewhere it is a title's last line in a running head
    ("Scale of assessments for the apportionment of the expenses of the" / "United
    Nations", A/RES/79/249), which the title's words must still match."""
    out = [bool(_FURNITURE.match(line)) for line in lines]
    first = next((k for k, line in enumerate(lines) if line.strip()), -1)
    for k, line in enumerate(lines):
        if out[k] and line.strip() == "United Nations" and k != first:
            out[k] = False
    return out


def _page_edges(lines: list[str]) -> list[bool]:
    """For each line, whether it stands at a page's edge: page furniture or the page break
    (a line with nothing at all, as PyMuPDF joins pages) before it, or furniture after it,
    with nothing but blank lines between. A running head stands so; the body's own words
    under the same title do not. A copy with no furniture at all (railcar's Markdown) has
    no heads to find, so every line counts as at an edge there."""
    furniture = _furniture(lines)
    if not any(furniture):
        return [True] * len(lines)
    edges = [False] * len(lines)
    near = True
    for k, line in enumerate(lines):  # furniture or a page break before
        if line == "" or furniture[k]:
            near = True
        elif line.strip():
            edges[k], near = near, False
    near = False
    for k in range(len(lines) - 1, -1, -1):  # furniture after
        line = lines[k]
        if furniture[k]:
            near = True
        elif line.strip():
            edges[k], near = edges[k] or near, False
    return edges


def _adopted_title(lines: list[str]) -> str | None:
    """The title after "80/13.", with the lines a raw PDF wrapped it onto; where the copy
    lost "79/9." (A/RES/79/9), the lines after the "[without reference to a Main Committee
    ...]" line."""
    numbered = any(_ADOPTED_TITLE.match(line) for line in lines)
    reference = next((i for i, line in enumerate(lines) if _REFERENCE.match(line)), len(lines))
    for i, line in enumerate(lines):
        m = _ADOPTED_TITLE.match(line)
        if not numbered and i > reference and line.strip():
            m = re.match(r"^\s*(.+)$", line)
        if m:
            parts = [m.group(1).strip()] if m.group(1) else []
            for more in lines[i + 1 : i + 12]:
                if not more.strip() and parts and parts[-1].endswith(";"):
                    continue  # a title in two parts, the second set apart (A/RES/79/243)
                if not more.strip() or len(parts) > 6:  # A/RES/80/109's runs over five lines
                    break
                parts.append(more.strip())
            return _joined(parts)
    return None


def _slipped(line: str, title: str) -> bool:
    """A head one word off its title of six words or more: "International Day of Remembrance
    and Tribute to the Victims of Terrorism" above "72/165. International Day of Remembrance
    of and Tribute to the Victims of Terrorism" (A/RES/72/165)."""
    words, title_words = line.split(), title.split()
    if len(title_words) < 6 or abs(len(words) - len(title_words)) > 1:
        return False
    if words[0] != title_words[0] or words[-1] != title_words[-1]:  # "80/10. International ..."
        return False  # the title's own line, or a sentence's line ("prevention of an arms ...")
    same = sum(b.size for b in SequenceMatcher(None, words, title_words).get_matching_blocks())
    return same >= max(len(words), len(title_words)) - 1


def _joined(lines: list[str]) -> str:
    """Lines as one, a word broken after its hyphen closed again: the title's "Nuclear-Weapon-"
    / "Free World" is the running head's "Nuclear-Weapon-Free World" (A/RES/79/39)."""
    joined = " ".join(line.strip() for line in lines) if all(line.strip() for line in lines) else ""
    return re.sub(r"(?<=\w-) (?=[A-Z])", "", joined)


def source_numbering(text: str) -> int:
    """Operative paragraphs numbered in the source before any annex: the longest run
    1, 2, 3 ... of lines starting "N." (the number may stand alone on its line, where a
    paragraph can start: a number alone under a line that ends no paragraph is a table's, a
    section's number in a budget, "92 738 500" / "2" / "General Assembly ...", A/C.5/80/L.6)."""
    expected = 1
    lines = text.split("\n")
    furniture = _furniture(lines)
    above = ""  # the last line of text, page furniture left out
    for k, line in enumerate(lines):
        if _ANNEX.match(line):
            break
        m = _NUMBERED.match(line)
        alone = m is not None and "." not in line
        if m and int(m.group(1)) == expected and not (alone and not _PARAGRAPH_END.search(above)):
            expected += 1
        if line.strip() and not furniture[k]:
            above = line.strip()
        # numbers inside a line, after the end of a paragraph a copy ran on: "... efforts;
        # 7. Decides to include ..." in the note that took the last page (A/RES/80/22)
        for m in _RUN_ON_NUMBER.finditer(line):
            if int(m.group(1)) == expected:
                expected += 1
    return expected - 1


_DAY_MONTH = re.compile(r"^\s*\d{1,2} (?:" + "|".join(MONTHS) + r")\b")
# nor is an amount: "1 billion additional people by 2023 ..." starting a line (A/RES/78/4)
_AMOUNT = re.compile(r"^\s*\d{1,3}\s+(?:thousand|million|billion|trillion|per cent)\b")


def source_notes(text: str) -> int:
    """Numbered notes in the source: ``[^N]:`` lines, and in raw PDF text the lines "N text"
    under a footnote rule ("_____") until the page furniture that ends the page."""
    numbers: set[str] = set()
    under_rule = False
    expected = 1  # raw PDF notes run 1, 2, 3: "26 August–4 September 2002 (United Nations
    # publication, ..." starting a note's second line is no note 26 (A/RES/80/141)
    for line in text.split("\n"):
        m = _NOTE_LINE.match(line)
        if m:
            numbers.add(m.group(1))
        elif re.match(r"^\s*_{5,}\s*$", line):
            under_rule = True
        elif under_rule and _FURNITURE.match(line):
            under_rule = False
        elif under_rule and (m := re.match(r"^\s*(\d{1,3})\s+\S", line)) and int(m.group(1)) == expected:
            numbers.add(m.group(1))
            expected += 1
    # "[^1994]:" is a wrapped note line that began with a year, which the extraction took
    # for a note number (A/RES/80/10); no resolution has a thousand notes
    if numbers:
        return len({n for n in numbers if int(n) < 1000})
    # an older extraction writes its notes as lines "4 See A/50/426, annex." where the
    # page ended, with no rule and no "[^4]:" (A/RES/80/14, 26, 59): the numbers 1, 2, 3 ...
    # met in that order at the start of a line
    expected = 1
    for line in text.split("\n"):
        m = re.match(r"^\s*(\d{1,3})\s+\S", line)
        # a date is no note: "1 December 2025" under the masthead of a text with no notes
        if m and int(m.group(1)) == expected and not (_DAY_MONTH.match(line) or _AMOUNT.match(line)):
            expected += 1
    return expected - 1


@dataclass
class Row:
    name: str
    words_in: int = 0
    words_out: int = 0
    lost: int = 0
    lost_words: tuple[str, ...] = ()
    ops: int = 0
    ops_source: int = 0
    pre: int = 0
    notes: int = 0
    notes_source: int = 0
    unmarked: int = 0  # notes the import placed without finding their mark (its report says so)
    errors: int = 0
    warnings: int = 0
    figures_in: int = 0
    figures_lost: tuple[str, ...] = ()
    failure: str = ""

    def line(self) -> str:
        if self.failure:
            return f"{self.name:28} FAILED {self.failure}"
        sample = " ".join(self.lost_words[:6])
        return (
            f"{self.name:28} words {self.words_in:5}/{self.words_out:5} lost {self.lost:4} "
            f"op {self.ops:3}/{self.ops_source:3} pre {self.pre:3} notes {self.notes:3}"
            f"/{self.notes_source:3} unmarked {self.unmarked:2} err {self.errors:3} warn {self.warnings:3}"
            f" fig {len(self.figures_lost):2}"
            + (f"  [{sample}]" if sample else "")
            + (f"  [{' '.join(self.figures_lost[:6])}]" if self.figures_lost else "")
        )


def measure(path: Path) -> Row:
    """One text through import, ``.dres`` save and load, text export and check."""
    row = Row(f"{path.parent.name}/{path.name}")
    source = source_text(path)
    try:
        # the whole file, as `delegate-editor import` reads it: the importer sets the record
        # aside itself, and a Markdown copy's record completes a title the copy cut
        imported, report = parse_text_report(path.read_text(encoding="utf-8"), path.name)
        draft = loads(dumps(imported))
    except InputError as exc:
        row.failure = str(exc)
        return row
    exported = write_text(draft)
    body = body_text(source)
    src, out = words(body), words(exported)
    row.figures_in = sum(figures(body).values())
    row.figures_lost = tuple(sorted(lost_figures(body, source, exported).elements()))
    missing = src - out
    row.words_in, row.words_out = sum(src.values()), sum(out.values())
    row.lost = sum(missing.values())
    row.lost_words = tuple(sorted(missing, key=lambda w: -missing[w]))
    row.ops, row.ops_source = source_numbering(exported), source_numbering(source)
    row.pre = len(draft.preamble)
    numbered = sum(1 for note in draft.footnotes.values() if not note.mark)
    row.notes, row.notes_source = numbered, source_notes(source)
    row.unmarked = sum(
        getattr(line, "message", None) is not None and line.message.code in _UNMARKED for line in report
    )
    findings = check(draft)
    row.errors = sum(1 for f in findings if f.severity == "error")
    row.warnings = sum(1 for f in findings if f.severity == "warning")
    return row


def files(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
            continue
        out.extend(
            p for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".md") and p.name != "README.md"
        )
    return out


def summary(rows: list[Row]) -> str:
    ok = [r for r in rows if not r.failure]
    intact = sum(1 for r in ok if r.lost == 0)
    numbered = sum(1 for r in ok if r.ops == r.ops_source)
    clean = sum(1 for r in ok if r.errors == 0)
    unmarked = sum(r.unmarked for r in ok)
    return (
        f"{len(rows)} texts, {len(rows) - len(ok)} failed to import; no word lost in {intact}; "
        f"{sum(r.lost for r in ok)} of {sum(r.words_in for r in ok)} words lost; operative "
        f"numbering as in the source in {numbered}; no check error in {clean} "
        f"({sum(r.errors for r in ok)} errors, {sum(r.warnings for r in ok)} warnings); "
        f"{unmarked} of {sum(r.notes for r in ok)} notes placed without their mark; "
        f"{sum(len(r.figures_lost) for r in ok)} of {sum(r.figures_in for r in ok)} figures lost"
    )


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [DEFAULT]
    missing = [str(f) for f in folders if not f.exists()]
    if missing:
        print(f"corpus: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    rows = [measure(p) for p in files(folders)]
    for row in rows:
        print(row.line())
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
