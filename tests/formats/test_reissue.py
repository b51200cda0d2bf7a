"""A symbol the Secretariat reissued: "A/C.1/80/L.23*" with "25-16535* (E)" and the note
"* Reissued for technical reasons on 23 October 2025." (held out 2026-12-05). The copy's
masthead used to stop at the starred job number: the symbol became the organ, the job number
the title and the whole heading (committee, agenda item, sponsors, title) was read after the
preamble. The note belongs to the front matter (``front.reissue``), never to the text's
numbered notes, and comes back the same through ``.dres``, the text form, the DOCX and the
ODT as LibreOffice renders them, and the typeset PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes, read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import plain_text
from delegate_editor.model.versions import as_new_draft
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdf_pages, require, soffice_convert

L23 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.1_80_L.23.txt"
NOTE = "Reissued for technical reasons on 23 October 2025."


@pytest.fixture(scope="module")
def draft():
    text = corpus_text(L23)
    assert "\nA/C.1/80/L.23*\n" in text and "25-16535* (E)    231025" in text  # the UN's masthead
    draft, report = parse_text_report(text, L23.name)
    assert any("A/C.1/80/L.23* was reissued" in str(line) for line in report)
    return dres.loads(dres.dumps(draft))


def test_the_masthead_of_a_reissued_symbol_is_read_whole(draft):
    f = draft.front
    assert (f.symbol, f.job_number, f.reissue) == ("A/C.1/80/L.23", "25-16535 (E)", NOTE)
    assert (f.organ, f.body, f.session) == ("General Assembly", "First Committee", "Eightieth session")
    assert f.agenda.number == "100 (a)"
    assert f.agenda.title.endswith("Convention on the Prohibition of the Use of Nuclear Weapons")
    assert plain_text(draft.title) == "Convention on the Prohibition of the Use of Nuclear Weapons"
    assert draft.sponsors.names[0] == "Bhutan" and draft.sponsors.names[-1] == "Viet Nam"
    assert [p.opening for p in draft.preamble][:2] == ["Convinced", "Bearing in mind"]
    assert len(draft.preamble) == 9 and len(draft.operative) == 2
    # the UN's numbered notes keep their numbers: the reissue note is none of them
    assert [plain_text(n.text) for n in draft.footnotes.values()] == [
        "A/51/218, annex.",
        "Resolution S-10/2.",
    ]


def test_the_text_form_prints_the_asterisks_as_the_un_does_and_reads_back(draft):
    text = write_text(draft)
    assert text.startswith("A/C.1/80/L.23*\n")
    assert "\n25-16535* (E)\n" in text
    assert "\nConvention on the Prohibition of the Use of Nuclear Weapons*\n" in text
    assert f"\n* {NOTE}\n" in text and "[^1]: A/51/218, annex." in text
    again, _ = parse_text_report(text, "copy.txt")
    assert again.front.reissue == NOTE and again.front.symbol == "A/C.1/80/L.23"
    assert plain_text(again.title) == plain_text(draft.title)
    assert write_text(again) == text


def test_a_new_draft_from_a_reissued_text_drops_the_note(draft):
    new = as_new_draft(draft)
    assert new.front.reissue == "" and not write_text(new).startswith("A/C")


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_reissue_on_page_one_only(draft, ext, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / f"l23.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](draft))
    pages = pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"), layout=False)
    first = [line.strip() for line in pages[0].splitlines()]
    assert "A/C.1/80/L.23*" in first and "25-16535* (E)" in first
    assert f"* {NOTE}" in first or ("*" in first and NOTE in first)
    assert any(
        line.startswith("Convention on the Prohibition of the Use of Nuclear Weapons*") for line in first
    )
    # the running heads and footers of page 2 carry the symbol and job number unstarred
    later = pages[1]
    assert "A/C.1/80/L.23" in later and "A/C.1/80/L.23*" not in later
    assert "25-16535" in later and "25-16535*" not in later
    back = read_any(path).draft
    assert back.front.reissue == NOTE and back.front.symbol == "A/C.1/80/L.23"
    assert [plain_text(n.text) for n in back.footnotes.values()] == ["A/51/218, annex.", "Resolution S-10/2."]


def test_the_typeset_pdf_prints_the_reissue(draft, tmp_path):
    require("pdftotext")
    pdf = tmp_path / "l23.pdf"
    pdf.write_bytes(export_bytes(draft, "l23.pdf"))
    pages = pdf_pages(pdf, layout=False)
    first = pages[0]
    assert "A/C.1/80/L.23*" in first and "25-16535* (E)" in first and NOTE in first
    assert "A/C.1/80/L.23*" not in pages[1]


def test_a_foreign_copy_of_the_docx_keeps_the_reissue(draft):
    """Our DOCX as a program that drops custom XML saves it: read from its visible text
    alone, the starred symbol and the note after the title come back as the reissue note, no
    numbered note is added, and the title has no mark left."""
    from docx_factory import without_embedded_docx

    from delegate_editor.formats.docx_reader import read_docx

    back = read_docx(without_embedded_docx(write_docx(draft)), "l23.docx").draft
    assert (back.front.symbol, back.front.reissue) == ("A/C.1/80/L.23", NOTE)
    assert plain_text(back.title) == plain_text(draft.title)
    assert [plain_text(n.text) for n in back.footnotes.values()] == ["A/51/218, annex.", "Resolution S-10/2."]


def test_a_reissued_symbol_with_the_sponsors_own_note():
    """A/C.1/80/L.42* (held out): "Peru:** draft resolution", the reissue note taking "*" and
    the Group's note "**", as the UN numbers them."""
    path = L23.with_name("A_C.1_80_L.42.txt")
    draft, _ = parse_text_report(corpus_text(path), path.name)
    draft = dres.loads(dres.dumps(draft))
    assert draft.front.reissue == "Reissued for technical reasons on 4 November 2025."
    assert draft.sponsors.names == ["Peru"]
    assert draft.sponsors.on_behalf_of.endswith("Group of Latin American and Caribbean States")
    text = write_text(draft)
    assert text.startswith("A/C.1/80/L.42*\n") and "\nPeru:** draft resolution\n" in text
    assert "\n* Reissued for technical reasons on 4 November 2025.\n" in text
    assert "\n** On behalf of the States Members of the United Nations" in text


L42 = L23.with_name("A_C.1_80_L.42.txt")


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_reissued_draft_with_a_groups_note_comes_back_unchanged(ext, tmp_path):
    """A/C.1/80/L.42*: "Peru:** draft resolution" (** On behalf of the States Members of the
    United Nations that are members of the Group of Latin American and Caribbean States.) and
    "* Reissued for technical reasons on 4 November 2025.", whose mark the title carries. The
    sponsors line cites "**" before the title cites "*", so the notes read back in the order
    of their marks paired the wrong way: each was reported "changed in another program"."""
    draft, _ = parse_text_report(corpus_text(L42), L42.name)
    sent = tmp_path / f"sent{ext}"
    sent.write_bytes(export_bytes(draft, sent))
    result = read_any(sent)
    assert result.messages == []
    assert write_text(result.draft) == write_text(draft)
    assert draft.front.reissue == "Reissued for technical reasons on 4 November 2025."
