"""The heading of an adopted resolution broken where the UN breaks it: "Resolution adopted by
the General Assembly" / "on 9 October 2024", whatever the date's length (every adopted
resolution of the eightieth session breaks there, a line break set by hand; in the two
sessions before, some broke after "on"). Before, LibreOffice and
typst wrapped it where the measure ran out: "... on 9 October" / "2024" (A/RES/79/3).

Each export is read as a reader sees it: the DOCX and ODT rendered by LibreOffice, the app's
PDF, all through pdftotext; the text form and the tracked-changes DOCX keep one line, and
the DOCX and ODT read back into the same draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typeset import write_pdf
from tests.corpus_drafts import corpus_text
from tests.office import pdftotext, require, soffice_convert


def _adopted(corpus_dir: Path, folder: str, name: str):
    return read_text(corpus_text(corpus_dir / folder / name), name)


def _lines(pdf: Path) -> list[str]:
    return [line.strip() for line in pdftotext(pdf, "-layout").splitlines() if line.strip()]


def test_the_corpus_breaks_the_heading_after_the_organ(corpus_dir):
    """The rule's evidence: in the raw PDF text, "on <date>" is the line after every
    "Resolution adopted by the General Assembly"."""
    seen = 0
    for path in sorted((corpus_dir / "ga-80-pdf").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        for k, line in enumerate(lines):
            if line.startswith("Resolution adopted by the General Assembly"):
                seen += 1
                assert line == "Resolution adopted by the General Assembly", path.name
                assert re.fullmatch(r"on \d{1,2} [A-Z][a-z]+ \d{4}", lines[k + 1]), path.name
    assert seen >= 240


@pytest.mark.parametrize("writer", ["docx", "odt", "pdf"])
def test_every_export_breaks_the_heading_where_the_un_does(corpus_dir, tmp_path, writer):
    draft = _adopted(corpus_dir, "ga-80-pdf", "A_RES_80_3.txt")
    date = draft.adoption.date
    assert date is not None
    when = f"on {date.day} {date.strftime('%B')} {date.year}"
    path = tmp_path / f"adopted.{writer}"
    if writer == "pdf":
        path.write_bytes(write_pdf(draft))
        pdf = path
    else:
        require("soffice", "pdftotext")
        path.write_bytes(write_docx(draft) if writer == "docx" else write_odt(draft))
        pdf = soffice_convert(path, "pdf", tmp_path)
    lines = _lines(pdf)
    at = lines.index("Resolution adopted by the General Assembly")
    assert lines[at + 1] == when


def test_the_text_form_keeps_one_line_and_the_files_read_back(corpus_dir):
    draft = _adopted(corpus_dir, "ga-80-pdf", "A_RES_80_3.txt")
    text = write_text(draft)
    heading = [line for line in text.splitlines() if line.startswith("Resolution adopted by")]
    assert len(heading) == 1 and heading[0].endswith(str(draft.adoption.date.year))
    for back in (read_docx(write_docx(draft), "a.docx"), read_odt(write_odt(draft), "a.odt")):
        assert write_text(back.draft) == text
