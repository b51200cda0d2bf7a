"""A decision taken in lettered parts, with the list it sets out in its own text: A/C.2/80/L.60
(held out 2026-12-05), "The General Assembly:" / "(a) Approves the draft programme of work
... as set out below;" / "(b) Invites the Bureau ..." and then "Draft programme of work1" /
"1. Information and ..." / "2. Macroeconomic policy questions:" / "(a) International trade
and development;".

The copy used to put both parts and the heading in the preamble and read the list as
thirteen operative paragraphs whose first words ("Information", "Macroeconomic") were taken
for opening phrases: 13 errors from the checker, no organ line, and the note's mark moved
to the end of the text. The parts are now lettered (``Draft.lettered``), the list is an
annex printed in the text (``Annex.in_text``, no "Annex" line) whose lettered items start
at (a) under each number, and all of it comes back through ``.dres``, the text form, the
DOCX and the ODT as LibreOffice renders them, a foreign copy of the DOCX and the typeset PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes, read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.document import AnnexStyle, TextKind
from delegate_editor.model.numbering import paragraph_labels
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pandoc_markdown, pdf_pages, require, soffice_convert

L60 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.2_80_L.60.txt"
NOTE = (
    "The final list of items and sub-items to be considered will be based on the resolutions and "
    "decisions adopted by the General Assembly."
)


@pytest.fixture(scope="module")
def draft():
    text = corpus_text(L60)
    assert "\nThe General Assembly: \n \n(a) \nApproves the draft programme of work" in text
    assert "\nDraft programme of work1 \n \n1. \nInformation and communications" in text
    draft, _ = parse_text_report(text, L60.name)
    return dres.loads(dres.dumps(draft))


def test_the_parts_are_lettered_and_the_list_is_set_out_in_the_text(draft):
    assert draft.text_kind is TextKind.DECISION and draft.lettered
    assert draft.authoring == "The General Assembly" and not draft.preamble
    assert [p.opening for p in draft.operative_paragraphs()] == ["Approves", "Invites"]
    assert plain_text(draft.operative_paragraphs()[1].text).endswith("A/C.2/80/CRP.1.")
    labels = paragraph_labels(draft)
    assert [labels[p.id] for p in draft.operative_paragraphs()] == ["a", "b"]
    (annex,) = draft.annexes
    assert annex.in_text and plain_text(annex.title) == "Draft programme of work"
    numbered = [p for p in annex.paragraphs if p.style is AnnexStyle.NUMBERED]
    lettered = [p for p in annex.paragraphs if p.style is AnnexStyle.LETTERED]
    assert len(numbered) == 13 and len(lettered) == 7 + 11 + 2 + 2 + 5 + 2
    assert plain_text(numbered[1].text) == "Macroeconomic policy questions:"
    assert plain_text(lettered[0].text) == "International trade and development;"
    assert plain_text(numbered[-1].text) == "Programme planning."
    # the note keeps its mark on the list's heading, the only place it stood
    assert [plain_text(n.text) for n in draft.footnotes.values()] == [NOTE]
    assert annex.title[-1].note_id == next(iter(draft.footnotes))  # type: ignore[union-attr]


def test_the_checker_finds_nothing_to_correct(draft):
    assert [f for f in check(draft) if f.severity == "error"] == []


def test_the_text_form_prints_the_un_shape_and_reads_back(draft):
    text = write_text(draft)
    assert "\n*The General Assembly*:\n\n(a) *Approves* the draft programme of work" in text
    assert "\n(b) *Invites* the Bureau" in text
    assert "\nDraft programme of work[^1]\n\n1. Information and communications" in text
    assert "\n2. Macroeconomic policy questions:\n\n(a) International trade and development;" in text
    assert "\n4. Sustainable development:\n\n(a) Towards the achievement" in text
    assert "Annex" not in text
    again, _ = parse_text_report(text, "copy.txt")
    assert again.lettered and again.annexes[0].in_text
    assert write_text(again) == text


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_parts_and_the_list_as_the_un_does(draft, ext, tmp_path):
    require("soffice", "pdftotext", "pandoc")
    path = tmp_path / f"l60.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](draft))
    pdf = soffice_convert(path, "pdf", tmp_path / "pdf")
    pages = pdf_pages(pdf)  # in reading order: the labels stand in a column of their own
    assert len(pages) == 3  # the UN's "3/3"
    words = " ".join(" ".join(page.split("\n", 3)[-1] for page in pages).split())  # no running heads
    assert "The General Assembly: (a) Approves the draft programme of work" in words
    assert "(b) Invites the Bureau" in words
    assert "Draft programme of work1 1. Information and communications" in words
    assert "2. Macroeconomic policy questions: (a) International trade and development;" in words
    assert "(j) Combating sand and dust storms; (k) Promoting" in words
    assert "13. Programme planning." in words and "Annex" not in words
    assert NOTE.split(" considered")[0] in words
    markdown = " ".join(pandoc_markdown(path).split())
    assert "International trade and development;" in markdown and "Programme planning." in markdown
    back = read_any(path).draft
    assert write_text(back) == write_text(draft)


def test_a_foreign_copy_of_the_docx_reads_the_same_decision(draft):
    """Our DOCX as a program that drops custom XML saves it: read from its visible text, the
    parts are lettered again and the list is the decision's own."""
    from docx_factory import without_embedded_docx

    from delegate_editor.formats.docx_reader import read_docx

    back = read_docx(without_embedded_docx(write_docx(draft)), "l60.docx").draft
    assert back.lettered and back.annexes[0].in_text
    assert write_text(back) == write_text(draft)


def test_the_typeset_pdf_prints_the_lettered_parts(draft, tmp_path):
    require("pdftotext")
    pdf = tmp_path / "l60.pdf"
    pdf.write_bytes(export_bytes(draft, "l60.pdf"))
    words = " ".join(" ".join(pdf_pages(pdf, layout=False)).split())
    assert "The General Assembly: (a) Approves" in words and "(b) Invites" in words
    assert "2. Macroeconomic policy questions: (a) International trade" in words
    assert "Annex" not in words


def test_a_resolution_keeps_its_numbers_and_its_comma(draft):
    """Only a lettered draft letters its parts: the flag off, the same paragraphs are numbered
    again and the organ line takes no colon."""
    draft.lettered = False
    try:
        text = write_text(draft)
        assert "\n*The General Assembly*\n\n1. *Approves*" in text and "\n2. *Invites*" in text
    finally:
        draft.lettered = True
