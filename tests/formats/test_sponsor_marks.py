"""A sponsors line with two asterisk notes, "Iraq:*,** draft resolution" (A/80/L.23, held out
2026-12-05): the Group of 77's note and the note on changes to the list. The line was not
read as a sponsors line: it became the title, the title and "The General Assembly," went into
the preamble, and both notes hung on the title. The marks come back as the UN prints them,
set apart by a comma, through ``.dres``, the text form, and the DOCX and ODT as LibreOffice
renders them."""

from __future__ import annotations

import pytest

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import pdf_lines
from tests.office import pdf_pages, require, soffice_convert

G77 = (
    "the States that are members of the Group of 77 and China, taking into account also "
    "the provisions of General Assembly resolution ES-10/23 of 10 May 2024"
)
CHANGES = "Any changes to the list of sponsors will be reflected in the official record of the meeting."

# A/80/L.23, its first page abridged
L23 = pdf_lines(
    "United Nations\nA/80/L.23\n\n\nGeneral Assembly\nDistr.: Limited\n28 November 2025\n"
    "Original: English\n\n25-19539 (E)    081225    \n*2519539*\n\n\nEightieth session\n"
    "Agenda item 72 (a)\nStrengthening of the coordination of humanitarian and\n"
    "disaster relief assistance of the United Nations, including\n"
    "special economic assistance: strengthening of the coordination\n"
    "of emergency humanitarian assistance of the United Nations\n\n\n\n\n\n"
    "Iraq:*,** draft resolution\n\n\n\n"
    " International cooperation on humanitarian assistance in the field\n"
    "of natural disasters, from relief to development\n\n\n\n"
    "The General Assembly,\n\n"
    "Reaffirming also the principles of humanity, neutrality, impartiality and\n"
    "independence for the provision of humanitarian assistance,\n\n"
    "Recalling the Sendai Declaration1 and the Sendai Framework for Disaster Risk\n"
    "Reduction 2015–2030,2 adopted by the Third United Nations World Conference on\n"
    "Disaster Risk Reduction, held in Sendai, Japan, from 14 to 18 March 2015,\n"
    "__________________\n\n"
    "* On behalf of the States that are members of the Group of 77 and China, taking into account also\n"
    "the provisions of General Assembly resolution ES-10/23 of 10 May 2024.\n"
    f" ** {CHANGES}\n\n"
    "1  Resolution 69/283, annex I.\n\n2  Ibid., annex II.\n\n"
    "1. Requests the Secretary-General to continue to improve the international response to\n"
    "natural disasters and to report thereon to the General Assembly at its eighty-first session.\n"
)
TITLE = "International cooperation on humanitarian assistance in the field of natural disasters, from relief to development"


@pytest.fixture(scope="module")
def draft():
    draft, _ = parse_text_report(L23, "A_80_L.23.txt")
    return dres.loads(dres.dumps(draft))


def test_two_asterisk_notes_on_the_sponsors_line(draft):
    assert draft.sponsors.names == ["Iraq"]
    assert draft.sponsors.on_behalf_of == G77 and draft.sponsors.note == CHANGES
    assert plain_text(draft.title) == TITLE and draft.authoring == "The General Assembly"
    assert [p.opening for p in draft.preamble] == ["Reaffirming also", "Recalling"]
    assert [plain_text(n.text) for n in draft.footnotes.values()] == [
        "Resolution 69/283, annex I.",
        "Ibid., annex II.",
    ]


def test_the_marks_print_apart_and_read_back(draft):
    text = write_text(draft)
    assert "\nIraq:*,** draft resolution\n" in text
    assert f"\n* On behalf of {G77}.\n" in text and f"\n** {CHANGES}\n" in text
    again, _ = parse_text_report(text, "copy.txt")
    assert write_text(again) == text


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_marks_apart(draft, ext, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / f"l23.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](draft))
    first = pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"), layout=False)[0]
    assert "Iraq:*,** draft resolution" in first
    assert CHANGES in first and "Group of 77 and China, taking into account also" in first
    back = read_any(path).draft
    assert (back.sponsors.on_behalf_of, back.sponsors.note) == (G77, CHANGES)
