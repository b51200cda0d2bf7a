"""The lead-in a budget text's numbered paragraphs complete: A/C.5/80/L.8 (held out
2026-12-05), "The General Assembly" / "Resolves that:" / "1. The Working Capital Fund shall be
established for 2026 in the amount of 250 million United States dollars;" / "2. Member States
shall make advances ...".

The copy used to put "Resolves that:" in the preamble (so the organ line took a comma the UN
does not print and the checker asked for a final comma), and took "Member", "There" and
"Should" for the paragraphs' opening phrases, printed in italics. The lead-in is now the
draft's own (``Draft.lead_in``), its paragraphs take no opening, and all of it comes back
through ``.dres``, the text form, the DOCX and the ODT as LibreOffice renders them, a foreign
copy of the DOCX and the typeset PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes, read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import Run, plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdf_pages, require, soffice_convert

L8 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.5_80_L.8.txt"


@pytest.fixture(scope="module")
def draft():
    text = corpus_text(L8)
    assert "\nThe General Assembly \n \nResolves that: \n \n1. \nThe Working Capital Fund shall be" in text
    draft, _ = parse_text_report(text, L8.name)
    return dres.loads(dres.dumps(draft))


def test_the_lead_in_is_the_drafts_and_the_paragraphs_take_no_opening(draft):
    assert draft.lead_in == (Run("Resolves", True), Run(" that:"))
    assert not draft.preamble and draft.authoring == "The General Assembly"
    ops = draft.operative_paragraphs()
    assert len(ops) == 6 and all(not p.opening for p in ops)
    assert plain_text(ops[1].text).startswith("Member States shall make advances")
    assert plain_text(ops[3].text).startswith("Should the credits and advances paid by any Member State")
    assert [f for f in check(draft) if f.severity in ("error", "warning")] == []


def test_the_text_form_prints_the_un_shape_and_reads_back(draft):
    text = write_text(draft)
    assert "\n*The General Assembly*\n\n*Resolves* that:\n\n1. The Working Capital Fund shall be" in text
    assert "\n2. Member States shall make advances" in text and "*Member*" not in text
    again, _ = parse_text_report(text, "copy.txt")
    assert again.lead_in == draft.lead_in and write_text(again) == text


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_lead_in_above_paragraph_one(draft, ext, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / f"l8.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](draft))
    pages = pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"))
    words = " ".join(" ".join(pages).split())
    assert "The General Assembly Resolves that: 1. The Working Capital Fund shall be established" in words
    assert "The General Assembly," not in words
    assert write_text(read_any(path).draft) == write_text(draft)


def test_a_foreign_copy_of_the_docx_and_the_typeset_pdf(draft, tmp_path):
    from docx_factory import without_embedded_docx

    from delegate_editor.formats.docx_reader import read_docx

    back = read_docx(without_embedded_docx(write_docx(draft)), "l8.docx").draft
    assert back.lead_in == draft.lead_in and write_text(back) == write_text(draft)
    require("pdftotext")
    pdf = tmp_path / "l8.pdf"
    pdf.write_bytes(export_bytes(draft, "l8.pdf"))
    words = " ".join(" ".join(pdf_pages(pdf)).split())
    assert "Resolves that: 1. The Working Capital Fund" in words


def test_without_its_lead_in_the_paragraphs_want_openings(draft):
    """The lead-in is what excuses the paragraphs: taken away, the checker asks each for one."""
    lead, draft.lead_in = draft.lead_in, ()
    try:
        assert [f.rule for f in check(draft)].count("opening.empty") == 6
    finally:
        draft.lead_in = lead
