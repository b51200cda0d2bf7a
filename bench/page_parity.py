"""Page parity on real texts: do our exports break pages as the UN does, and as each other?

    python bench/page_parity.py [FOLDER] [--json OUT]   # default tests/data/corpus/drafts
    python bench/page_parity.py tests/data/corpus/ga-80  # the adopted resolutions

For each raw L. document of FOLDER (PyMuPDF text of the UN's PDF, page furniture included;
an adopted resolution's Markdown text has none, so only our three exports are compared):

* ``un``: the UN's page count, from its "k/N" page furniture (a text without one is one page);
* ``docx`` and ``odt``: the pages of our DOCX and ODT of the imported draft as LibreOffice
  renders them (``soffice --headless --convert-to pdf``, many files per call);
* ``pdf``: the pages of our own typeset PDF (typst);
* ``same words``: whether the three renderings hold the same words on every page;
* ``body``: our words against the UN's (furniture aside), so that a draft the importer
  damaged (paragraphs merged, notes lost) is seen and left out of the page comparison.

The functions are shared with ``tests/formats/test_page_parity.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from delegate_editor.app.corpus import without_record  # noqa: E402
from delegate_editor.formats.blocks import Rendered, render  # noqa: E402
from delegate_editor.formats.docx_writer import write_docx  # noqa: E402
from delegate_editor.formats.layout import BlockStyle  # noqa: E402
from delegate_editor.formats.odt_writer import write_odt  # noqa: E402
from delegate_editor.formats.text import write_text  # noqa: E402
from delegate_editor.formats.text_import import read_text  # noqa: E402
from delegate_editor.formats.text_lines import page_total  # noqa: E402
from delegate_editor.formats.typeset import write_pdf  # noqa: E402

DEFAULT_FOLDER = ROOT / "tests" / "data" / "corpus" / "drafts"
# A draft whose body words differ from the UN's by more than this share is left out of the
# page comparison: the importer lost or added text, so its page count says nothing.
BODY_TOLERANCE = 0.02

_PAGE_OF = re.compile(r"^\s*(\d+)/(\d+)\s*$")
_BARE_LABEL = re.compile(r"\(?[0-9a-z]{1,4}[.)]")
_NOTE_LINE = re.compile(r"^(\d{1,3}) {2,}\S")
_NOTE_UNDER_RULE = re.compile(r"^(\d{1,3}) +\S")
_RULE = re.compile(r"^\s*_{5,}\s*$")
# more section headings in a row than a real draft has: a preambular paragraph's missing
# comma turned it and the rest into headings
MAX_HEADING_RUN = 3
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# page furniture of the UN's PDF text: the symbol on its own line, job numbers, barcodes,
# page numbers, the footnote separator
_FURNITURE = (
    re.compile(r"^\s*[A-Z]/[A-Z0-9./]+(?:\*)?\s*$"),
    re.compile(r"^\s*(?:GE\.|V\.)?\d{2}-\d{5}\s*(?:\(E\))?(?:\s+\d{6}){0,2}\s*$"),
    re.compile(r"^\s*\*\d{7}\*\s*$"),
    _PAGE_OF,
    re.compile(r"^\s*_{5,}\s*$"),
)


def un_pages(raw: str) -> int:
    """The UN's page count: the N its "k/N" lines agree on (a resolution's number alone on a
    line, "73/89", is none); a one-page text has none."""
    return page_total(un_text(raw)) or 1


def un_text(raw: str) -> str:
    """The UN's text as a delegate copies it: the corpus's own record at the top is not
    part of it."""
    return without_record(raw)


def source_body(raw: str) -> str:
    """The UN's text without the page furniture."""
    lines = un_text(raw).splitlines()
    kept = (line for line in lines if not any(p.match(line) for p in _FURNITURE))
    return "\n".join(line for line in kept if line.strip() != "United Nations")


def un_notes(raw: str) -> int:
    """The highest footnote number of the UN's text: note lines start with the number and
    two spaces ("11  See Official Records ..."), or one space under a page's footnote rule
    ("__________" then "1 Resolution S-10/2.", A/C.1/80/L.1), until the page's furniture.
    The notes run 1, 2, 3: a note's line that starts with a number of its own ("26 August–4
    September 2002 (United Nations publication, ...", A/C.2/80/L.27 and L.33) is no note."""
    numbers, under_rule = [], False
    for line in un_text(raw).splitlines():
        if _RULE.match(line):
            under_rule = True
        elif any(p.match(line) for p in _FURNITURE):
            under_rule = False
        m = (_NOTE_UNDER_RULE if under_rule else _NOTE_LINE).match(line)
        if m:
            numbers.append(int(m.group(1)))
    expected = 1
    for number in numbers:
        expected += number == expected
    return expected - 1


def _longest_run(rendered: Rendered) -> int:
    longest = run = 0
    for block in rendered.blocks:
        run = run + 1 if block.style is BlockStyle.SECTION_HEADING else 0
        longest = max(longest, run)
    return longest


def words(text: str) -> list[str]:
    """Words as letters and digits only, case-folded: the three renderings may differ in
    hyphens and quotes drawn from other glyphs, never in words."""
    return [w.casefold() for w in _WORD.findall(text)]


_TOKEN = re.compile(r"[^\W\d_]+|\d", re.UNICODE)


def page_tokens(text: str) -> list[str]:
    """A page's words for comparing renderings: letter runs, and digits one by one. A note
    mark set right after a number ("October 2020" then mark 3) comes out of one PDF as
    "20203" and of another as "2020 3"; digit by digit the two are the same."""
    return [t.casefold() for t in _TOKEN.findall(text)]


def pdf_page_texts(pdf: Path) -> list[str]:
    """Each page's text in the order it was drawn (``-raw``; the words are compared sorted).
    pdftotext's reading-order mode joins a line that ends in a hyphen to the next line it
    puts after it, and on a page whose last body line ends "Seven-Plus-" that next line was
    LibreOffice's first note ("Seven-PlusA/78/165.", A/RES/80/28), where typst's drawn
    separator came between: the same words read as different ones."""
    out = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


# files per LibreOffice call: one call converting the whole corpus (249 DOCX) stopped after 246
# of them, exit status 0 and no message, leaving the last three without a PDF
_BATCH = 80


def soffice_pdfs(files: list[Path], outdir: Path, fmt: str = "pdf") -> dict[Path, Path]:
    """Each file converted to PDF by LibreOffice, ``_BATCH`` files a call, each call with a
    profile of its own; ``fmt`` another filter ("docx:MS Word 2007 XML", "odt") re-saves."""
    outdir.mkdir(parents=True, exist_ok=True)
    for start in range(0, len(files), _BATCH):
        batch = files[start : start + _BATCH]
        with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    fmt,
                    "--outdir",
                    str(outdir),
                    *map(str, batch),
                ],
                check=True,
                capture_output=True,
                timeout=120 + 30 * len(batch),
            )
    return {f: outdir / f"{f.stem}.{fmt.split(':')[0]}" for f in files}


@dataclass
class Parity:
    name: str
    un: int
    docx: int = 0
    odt: int = 0
    pdf: int = 0
    un_words: int = 0
    our_words: int = 0
    differing_pages: list[int] = field(default_factory=list)  # 1-based, where the words differ
    lines: int = 0  # lines of LINE_WORDS words or more of LibreOffice's rendering of the DOCX
    lines_unlike: int = 0  # of them, lines typst's PDF does not have: broken elsewhere
    un_lines: int = 0  # lines of LINE_WORDS words or more of the UN's body text
    un_lines_kept: int = 0  # of them, lines LibreOffice's rendering of our DOCX has too
    bare_labels: int = 0  # paragraphs that are a label alone ("1."): the import split them
    un_notes: int = 0  # the highest footnote number of the UN's text
    our_notes: int = 0  # numbered footnotes of the imported draft
    heading_run: int = 0  # the longest run of section headings (a missed comma makes many)
    error: str = ""

    @property
    def body_ratio(self) -> float:
        return self.our_words / self.un_words if self.un_words else 0.0

    @property
    def comparable(self) -> bool:
        return not self.damage and abs(self.body_ratio - 1) <= BODY_TOLERANCE

    @property
    def damage(self) -> str:
        """Why the imported draft is not the UN's text, "" when it is (as far as seen)."""
        if self.error:
            return "error"
        if self.un == 0:
            return "no page furniture"
        if self.bare_labels:
            return f"{self.bare_labels} labels alone"
        if self.our_notes != self.un_notes:
            return f"{self.our_notes} of {self.un_notes} notes"
        if self.heading_run > MAX_HEADING_RUN:
            return f"{self.heading_run} headings in a row"
        if abs(self.body_ratio - 1) > BODY_TOLERANCE:
            return "words differ"
        return ""

    @property
    def same_words(self) -> bool:
        return not self.error and self.docx == self.odt == self.pdf and not self.differing_pages


# a line this long is a line of running text (not a heading, label or furniture)
LINE_WORDS = 6


def _lines(pdf: Path, least: int = 1) -> list[tuple[str, ...]]:
    """The PDF's lines of ``least`` words or more, as words (page_tokens: hyphens, quotes
    and spacing aside: a note mark comes out with or without a space before it)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [tuple(page_tokens(line)) for line in text.splitlines() if len(line.split()) >= least]


def lines_unlike(docx_pdf: Path, typst_pdf: Path) -> tuple[int, int]:
    """LibreOffice's lines of LINE_WORDS words or more, and how many of them typst's PDF
    does not have (a line typst breaks a word earlier or later)."""
    theirs = _lines(docx_pdf, LINE_WORDS)
    ours = set(_lines(typst_pdf))
    return len(theirs), sum(line not in ours for line in theirs)


def un_lines_kept(raw: str, docx_pdf: Path) -> tuple[int, int]:
    """The UN's body lines of LINE_WORDS words or more, and how many of them LibreOffice's
    rendering of our DOCX sets the same: where the two break a paragraph's lines alike.
    The UN's Word narrows a justified line's spaces to hold one more word (Word 2013's
    layout, which the DOCX declares); LibreOffice before 24.2 does not, so its lines hold
    a word less where the UN's are full (bench/RESULTS.md)."""
    theirs = [
        tuple(page_tokens(line)) for line in source_body(raw).splitlines() if len(line.split()) >= LINE_WORDS
    ]
    ours = set(_lines(docx_pdf))
    return len(theirs), sum(line in ours for line in theirs)


def _page_words(pdf: Path) -> list[list[str]]:
    """The words of each page, sorted: a page's furniture (the footer's job number and page
    number) comes out of the PDF in a different order from each renderer."""
    return [sorted(page_tokens(t)) for t in pdf_page_texts(pdf)]


def measure(sources: list[Path], work: Path) -> list[Parity]:
    """Import every source, export DOCX, ODT and PDF to ``work`` and compare the pages."""
    results: dict[Path, Parity] = {}
    office: list[Path] = []
    for src in sources:
        raw = src.read_text(encoding="utf-8")
        result = Parity(
            # an adopted resolution's text (ga-80/*.md) comes without its page furniture:
            # its page count is not known (0), and it is compared between our exports only
            src.stem,
            un_pages(raw) if src.suffix == ".txt" else 0,
            un_words=len(words(source_body(raw))),
            un_notes=un_notes(raw),
        )
        results[src] = result
        try:
            draft = read_text(un_text(raw), src.name)
            plain = write_text(draft)
            result.our_words = len(words(source_body(plain)))
            result.bare_labels = sum(bool(_BARE_LABEL.fullmatch(p.strip())) for p in plain.split("\n\n"))
            rendered = render(draft)
            result.our_notes = sum(not n.custom for n in rendered.notes)
            result.heading_run = _longest_run(rendered)
            (work / "docx").mkdir(parents=True, exist_ok=True)
            (work / "odt").mkdir(parents=True, exist_ok=True)
            (work / "typst").mkdir(parents=True, exist_ok=True)
            docx = work / "docx" / (src.stem + ".docx")
            odt = work / "odt" / (src.stem + ".odt")
            docx.write_bytes(write_docx(draft))
            odt.write_bytes(write_odt(draft))
            (work / "typst" / (src.stem + ".pdf")).write_bytes(write_pdf(draft))
            office += [docx, odt]
        except Exception as exc:  # a measurement reports every failure and goes on
            result.error = f"{type(exc).__name__}: {exc}"
    for kind in ("docx", "odt"):
        batch = [f for f in office if f.suffix == "." + kind]
        if batch:
            soffice_pdfs(batch, work / f"{kind}-pdf")
    for src, result in results.items():
        if result.error:
            continue
        pages = {
            "docx": _page_words(work / "docx-pdf" / (src.stem + ".pdf")),
            "odt": _page_words(work / "odt-pdf" / (src.stem + ".pdf")),
            "pdf": _page_words(work / "typst" / (src.stem + ".pdf")),
        }
        result.docx, result.odt, result.pdf = (len(p) for p in pages.values())
        result.lines, result.lines_unlike = lines_unlike(
            work / "docx-pdf" / (src.stem + ".pdf"), work / "typst" / (src.stem + ".pdf")
        )
        if result.un:
            result.un_lines, result.un_lines_kept = un_lines_kept(
                src.read_text(encoding="utf-8"), work / "docx-pdf" / (src.stem + ".pdf")
            )
        longest = max(map(len, pages.values()))
        result.differing_pages = [
            n + 1
            for n in range(longest)
            if len({tuple(p[n]) if n < len(p) else None for p in pages.values()}) > 1
        ]
    return list(results.values())


def table(results: list[Parity]) -> str:
    rows = [
        "| draft | UN | DOCX | ODT | PDF | same words on every page | body words (ours/UN) |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.error:
            rows.append(f"| {r.name} | {r.un} | error: {r.error} | | | | |")
            continue
        same = "yes" if r.same_words else "no (pages " + ", ".join(map(str, r.differing_pages)) + ")"
        note = f" excluded: {r.damage}" if r.damage else ""
        rows.append(
            f"| {r.name} | {r.un} | {r.docx} | {r.odt} | {r.pdf} | {same} | "
            f"{r.our_words}/{r.un_words}{note} |"
        )
    return "\n".join(rows)


def summary(results: list[Parity]) -> str:
    comparable = [r for r in results if r.comparable]
    docx_ok = sum(r.docx == r.un for r in comparable)
    longer = sum(r.docx > r.un for r in comparable)
    shorter = sum(r.docx < r.un for r in comparable)
    same = sum(r.same_words for r in results)
    measured = sum(not r.error for r in results)
    unlike, lines = sum(r.lines_unlike for r in results), sum(r.lines for r in results)
    kept, un_lines = sum(r.un_lines_kept for r in results), sum(r.un_lines for r in results)
    return (
        f"DOCX pages = UN's: {docx_ok} of {len(comparable)} comparable drafts "
        f"({longer} longer, {shorter} shorter; {len(results) - len(comparable)} excluded)\n"
        f"DOCX, ODT and PDF with the same words on every page: {same} of {measured}\n"
        f"lines of {LINE_WORDS} words or more typst breaks unlike LibreOffice: {unlike} of {lines}\n"
        f"the UN's lines of {LINE_WORDS} words or more that LibreOffice sets alike from our DOCX: "
        f"{kept} of {un_lines}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--keep", help="keep the exports and PDFs in this folder")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    sources = sorted([*folder.glob("*.txt"), *folder.glob("*.md")])
    if not sources:
        print(f"{folder}: no .txt or .md texts", file=sys.stderr)
        return 2
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="page-parity-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        results = measure(sources, work)
    print(table(results))
    print()
    print(summary(results))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
