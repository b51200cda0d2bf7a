"""A sponsor acting for a group inside a list of sponsors (issue 15 Deliver item 4):
"Maldives, Nigeria* and Thailand: draft resolution" with "* On behalf of the States Members
of the United Nations that are members of the Group of African States." (A/C.1/80/L.31,
held out 2026-12-05). The import kept "Nigeria*" as a sponsor's name (the checker then asked
for the official name) and the model could put the group's mark only after the colon. The
mark now follows the name of the sponsor that acts for the group (``Sponsors.on_behalf_by``)
through ``.dres``, the text form, the DOCX and the ODT as LibreOffice prints them, and the
typeset PDF; without that sponsor, it goes back after the colon."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.wording import behalf_mark_at
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes, read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdf_pages, require, soffice_convert

L31 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.1_80_L.31.txt"
GROUP = "the States Members of the United Nations that are members of the Group of African States"
LINE = "Maldives, Nigeria* and Thailand: draft resolution"


@pytest.fixture(scope="module")
def draft():
    text = corpus_text(L31)
    assert f"\n{LINE} \n" in text and f"* On behalf of {GROUP[:60]}" in text  # the UN's
    draft, _ = parse_text_report(text, L31.name)
    return dres.loads(dres.dumps(draft))


def test_the_mark_belongs_to_the_sponsor_that_acts_for_the_group(draft):
    sp = draft.sponsors
    assert sp.names == ["Maldives", "Nigeria", "Thailand"]
    assert (sp.on_behalf_of, sp.on_behalf_by) == (GROUP, "Nigeria")
    assert not [f for f in check(draft) if f.part == "sponsors" and f.severity != "info"]


def test_the_text_form_prints_it_as_the_un_does_and_reads_back(draft):
    text = write_text(draft)
    assert f"\n{LINE}\n" in text and f"\n* On behalf of {GROUP}.\n" in text
    again, _ = parse_text_report(text, "copy.txt")
    assert again.sponsors.on_behalf_by == "Nigeria" and write_text(again) == text


@pytest.mark.parametrize(
    ("names", "name", "line"),
    [
        ("Maldives, Nigeria and Thailand", "Nigeria", "Maldives, Nigeria* and Thailand"),
        ("Nigeria, Maldives and Thailand", "Nigeria", "Nigeria,* Maldives and Thailand"),
        ("Australia and Nigeria", "Nigeria", "Australia and Nigeria*"),  # A/C.1/80/L.33
        ("Nigeria", "Nigeria", None),  # a sole sponsor's mark follows the colon
        ("Maldives and Thailand", "Nigeria", None),
        ("Maldives and Nigeria", "Niger", None),
    ],
)
def test_the_mark_goes_after_the_name_and_its_comma(names, name, line):
    at = behalf_mark_at(names, name)
    assert (names[:at] + "*" + names[at:] if at is not None else None) == line


def test_without_that_sponsor_the_mark_goes_back_after_the_colon(draft):
    other = dres.loads(dres.dumps(draft))
    other.sponsors.names = ["Maldives", "Thailand"]
    assert "\nMaldives and Thailand:* draft resolution\n" in write_text(other)


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_mark_after_the_name(draft, ext, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / f"l31.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](draft))
    page = " ".join(pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"), layout=False)[0].split())
    assert "Maldives, Nigeria* and Thailand: draft resolution" in page or (
        "Maldives, Nigeria * and Thailand: draft resolution" in page  # pdftotext spaces a raised mark
    ), page
    assert f"On behalf of {GROUP}." in page
    back = read_any(path).draft
    assert (back.sponsors.on_behalf_by, back.sponsors.names) == (
        "Nigeria",
        ["Maldives", "Nigeria", "Thailand"],
    )


def test_a_foreign_copy_of_the_docx_keeps_it(draft):
    from docx_factory import without_embedded_docx

    from delegate_editor.formats.docx_reader import read_docx

    back = read_docx(without_embedded_docx(write_docx(draft)), "l31.docx").draft
    assert (back.sponsors.on_behalf_of, back.sponsors.on_behalf_by) == (GROUP, "Nigeria")


def test_the_typeset_pdf_prints_the_mark_after_the_name(draft, tmp_path):
    require("pdftotext")
    pdf = tmp_path / "l31.pdf"
    pdf.write_bytes(export_bytes(draft, "l31.pdf"))
    page = " ".join(pdf_pages(pdf, layout=False)[0].split())
    assert "Nigeria* and Thailand" in page or "Nigeria * and Thailand" in page


def test_a_comma_before_and_with_the_mark():
    """A/C.1/80/L.32 prints the same group's mark as "Nigeria,* and Thailand": the comma
    before "and" made "and Thailand" a sponsor's name (two checker errors). The UN prints
    L.31 without that comma; ours follows L.31."""
    path = L31.with_name("A_C.1_80_L.32.txt")
    text = corpus_text(path)
    assert "Netherlands (Kingdom of the), Nigeria,* and Thailand: draft resolution" in text
    draft, _ = parse_text_report(text, path.name)
    sp = dres.loads(dres.dumps(draft)).sponsors
    assert sp.names[-3:] == ["Netherlands (Kingdom of the)", "Nigeria", "Thailand"] and len(sp.names) == 10
    assert (sp.on_behalf_of, sp.on_behalf_by) == (GROUP, "Nigeria")
    assert not [f for f in check(draft) if f.part == "sponsors" and f.severity != "info"]
    assert "(Kingdom of the), Nigeria* and Thailand: draft resolution\n" in write_text(draft)


def test_the_last_sponsor_acting_for_the_group():
    """A/C.1/80/L.33: "Australia and Nigeria*: draft resolution": the mark before the colon
    is Nigeria's, not the whole list's (the import first took "Australia and Nigeria" for
    the name)."""
    path = L31.with_name("A_C.1_80_L.33.txt")
    text = corpus_text(path)
    assert "\nAustralia and Nigeria*: draft resolution \n" in text
    draft, _ = parse_text_report(text, path.name)
    sp = dres.loads(dres.dumps(draft)).sponsors
    assert (sp.names, sp.on_behalf_by) == (["Australia", "Nigeria"], "Nigeria")
    assert "\nAustralia and Nigeria*: draft resolution\n" in write_text(draft)
