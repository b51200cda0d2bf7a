"""The comma between two footnote marks side by side is printed raised, as the UN sets it:
"Notes with appreciation the reports of the Joint Inspection Unit.³˒⁴" (A/RES/72/18, which
cites notes 3 and 4 again there). The model keeps it as a comma between two marks
(``model.text.between_marks``); the DOCX sets it in the footnote reference style, the ODT in
the note anchor style, the typeset PDF as a mark, so LibreOffice and typst print "3,4" in
one raised run of the marks' size. It reads back as the same comma, from every format."""

from __future__ import annotations

import copy
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from office import require, soffice_convert

from delegate_editor.formats.blocks import render
from delegate_editor.formats.compare import compare
from delegate_editor.formats.docx_changes import write_tracked_docx
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_changes import write_tracked_odt
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes
from delegate_editor.formats.text import write_text
from delegate_editor.formats.typst_source import page_data
from delegate_editor.model import NoteRef, Run
from delegate_editor.model.text import between_marks
from tests.corpus_drafts import imported, imported_again

UNIT = "the reports of the Joint Inspection Unit."


@pytest.fixture(scope="module")
def draft():
    read, _ = imported("ga-72-pdf", "A_RES_72_18.txt")
    return imported_again(read)  # through .dres


def _comma_pieces(draft):
    return [p for b in render(draft).blocks for p in b.pieces if p.raised and UNIT in b.text]


def test_only_the_comma_between_two_marks_is_the_marks():
    a, b = NoteRef("a"), NoteRef("b")
    text = (Run(UNIT), a, Run(","), b)
    assert [between_marks(text, i) for i in range(4)] == [False, False, True, False]
    # a comma after one mark, or a comma with words, stays the sentence's
    assert not between_marks((Run("Rights,"), a, Run(", and"), b), 2)
    assert not between_marks((a, Run(",")), 1)
    # a range of notes cited again: "... Board of Auditors;¹⁻²¹" (A/RES/72/8)
    assert between_marks((Run("the reports of the Board of Auditors;"), a, Run("–"), b), 2)


def test_the_blocks_walk_raises_it(draft):
    [comma] = _comma_pieces(draft)
    assert comma.text == "," and comma.note is None
    assert f"{UNIT}[^3],[^4]" in write_text(draft)  # the text form keeps a plain comma


def test_docx_odt_and_typst_sources_set_it_as_a_mark(draft):
    body = zipfile.ZipFile(io.BytesIO(write_docx(draft))).read("word/document.xml").decode()
    assert re.search(r'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:t[^>]*>,</w:t>', body)
    content = zipfile.ZipFile(io.BytesIO(write_odt(draft))).read("content.xml").decode()
    assert '<text:span text:style-name="Footnote_20_anchor">,</text:span>' in content
    pieces = json.dumps(page_data(render(draft)))
    assert '{"t": ",", "i": false, "mark": true}' in pieces


def _raised_run(pdf: Path) -> tuple[str, int, int]:
    """The run printed after "... Joint Inspection Unit." on the PDF's page, with its font
    size and the body's, as poppler's pdftohtml reads them."""
    require("pdftohtml")
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    sizes = {m[0]: int(m[1]) for m in re.findall(r'<fontspec id="(\d+)" size="(\d+)"', xml)}
    texts = re.findall(r'<text [^>]*font="(\d+)">(.*?)</text>', xml)
    at = next(i for i, (_f, t) in enumerate(texts) if t.strip().endswith("Joint Inspection Unit."))
    font, run = texts[at + 1]
    return re.sub(r"<[^>]+>", "", run), sizes[font], sizes[texts[at][0]]


@pytest.mark.office
def test_libreoffice_and_typst_print_the_marks_and_comma_raised(draft, tmp_path):
    docx, odt = tmp_path / "a.docx", tmp_path / "b.odt"
    docx.write_bytes(write_docx(draft))
    odt.write_bytes(write_odt(draft))
    pdfs = [soffice_convert(docx, "pdf", tmp_path / "lo"), soffice_convert(odt, "pdf", tmp_path / "lo")]
    typeset = tmp_path / "c.pdf"
    typeset.write_bytes(export_bytes(draft, typeset))
    for pdf in [*pdfs, typeset]:
        run, size, body = _raised_run(pdf)
        assert run == "3,4", pdf.name  # one run: the comma is as small as the marks
        assert size < body * 0.75, pdf.name


def test_it_reads_back_as_the_same_comma(draft):
    text = write_text(draft)
    assert write_text(read_docx(write_docx(draft), "a.docx").draft) == text
    assert write_text(read_odt(write_odt(draft), "a.odt").draft) == text


def test_tracked_changes_keep_it_raised(draft):
    """A version that edits the paragraph: the tracked DOCX and ODT print the comma between
    the marks raised too, the words around it tracked."""
    new = copy.deepcopy(draft)
    alone = new.operative[-1]
    first = alone.text[0]
    alone.text = (Run(first.text.replace("the reports", "the two reports")), *alone.text[1:])
    comparison = compare(draft, new)
    body = zipfile.ZipFile(io.BytesIO(write_tracked_docx(comparison, "Mexico"))).read("word/document.xml")
    assert re.search(rb'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:t[^>]*>,</w:t>', body)
    assert re.search(rb'<w:ins [^>]*w:author="Mexico"[^>]*><w:r><w:t xml:space="preserve">two </w:t>', body)
    content = zipfile.ZipFile(io.BytesIO(write_tracked_odt(comparison, "Mexico"))).read("content.xml")
    assert b'<text:span text:style-name="Footnote_20_anchor">,</text:span>' in content


def test_a_comparison_strikes_a_deleted_comma_as_a_mark(draft, tmp_path):
    """A version that cites note 3 alone: the printable comparison strikes the raised comma
    with the note it cited again, both set as marks."""
    from delegate_editor.formats.compare_pdf import marked, write_comparison_pdf

    new = copy.deepcopy(draft)
    alone = new.operative[-1]
    assert [type(t).__name__ for t in alone.text[-3:]] == ["NoteRef", "Run", "NoteRef"]
    alone.text = alone.text[:-2]
    comparison = compare(draft, new)
    pieces = [p for b in page_data(marked(comparison))["blocks"] for p in b["p"]]
    assert {"t": ",", "i": False, "mark": True, "c": "del"} in pieces
    require("pdftotext")
    pdf = tmp_path / "comparison.pdf"
    pdf.write_bytes(write_comparison_pdf(comparison))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Unit.3" in " ".join(text.split()).replace(" ,", ",")
