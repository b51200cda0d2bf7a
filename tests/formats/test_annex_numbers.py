"""An annex's numbered paragraphs: a convention's articles each number their own (A/C.6/80/L.8,
held out 2026-12-05), a declaration numbers on across its headings (A/RES/80/5). The numbers
come back the same through ``.dres``, the text form, the DOCX and the ODT as LibreOffice
renders them, and a foreign copy of the text (read with no embedded draft)."""

from __future__ import annotations

import re

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.document import AnnexStyle
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import pdf_lines
from tests.office import pdftotext, require, soffice_convert

# A/C.6/80/L.8, abridged: the resolution's last paragraph, then articles 1 and 2 of the
# annexed convention, each with its own paragraphs 1, 2 ...
L8 = pdf_lines(
    "The General Assembly,\n\n"
    "Recalling its resolution 2205 (XXI) of 17 December 1966,\n\n"
    "1.\nAdopts the United Nations Convention on Negotiable Cargo Documents, \n"
    "contained in the annex to the present resolution.\n\n\n\n"
    "Annex\n\n\n"
    "United Nations Convention on Negotiable Cargo Documents\n\n\n"
    "The States Parties to this Convention,\n\n"
    "Have agreed as follows:\n\n\n\n"
    "Article 1\n\n\nScope of application\n\n"
    "1.\nThis Convention applies to the issuance, transfer and legal effects of a \n"
    "negotiable cargo document.\n"
    "2.\nThis Convention does not affect the application of any international convention \n"
    "or national law relating to the regulation and control of transport operations.\n\n\n\n"
    "Article 2\n\n\nDefinitions\n\n\n"
    "For the purposes of this Convention:\n"
    "1.\n\u201cConsignor\u201d means a person with which the transport operator has concluded a \n"
    "transport contract.\n"
    "2.\n\u201cConsignee\u201d means a person named in the transport contract as the person \n"
    "entitled to take delivery of the goods.\n"
)


def _numbers(text: str) -> list[str]:
    return re.findall(r"^\s*(\d)\.\s+(?:This|\u201cCons)", text, re.M)


def test_each_article_of_a_convention_numbers_its_own_paragraphs(tmp_path):
    draft, _ = parse_text_report(L8, "A_C.6_80_L.8.txt")
    draft = dres.loads(dres.dumps(draft))
    [annex] = draft.annexes
    numbered = [p for p in annex.paragraphs if p.style is AnnexStyle.NUMBERED]
    assert [p.restart for p in numbered] == [False, False, True, False]
    assert plain_text(numbered[2].text).startswith("\u201cConsignor\u201d means")
    text = write_text(draft)
    assert _numbers(text) == ["1", "2", "1", "2"]
    # the text form read back as a copy would be: the same numbers
    again, _ = parse_text_report(text, "copy.txt")
    assert [p.restart for p in again.annexes[0].paragraphs] == [p.restart for p in annex.paragraphs]
    # the DOCX and the ODT as LibreOffice renders them, and read back
    require("soffice", "pdftotext")
    for ext, writer in (("docx", write_docx), ("odt", write_odt)):
        path = tmp_path / f"l8.{ext}"
        path.write_bytes(writer(draft))
        pdf = soffice_convert(path, "pdf", tmp_path / ext)
        assert _numbers(pdftotext(pdf, "-layout")) == ["1", "2", "1", "2"], ext
        back = read_any(path).draft
        assert [p.restart for p in back.annexes[0].paragraphs] == [p.restart for p in annex.paragraphs]


def test_a_declaration_numbers_on_across_its_headings():
    """A/RES/80/5's political declaration: "1." to "8." under its first heading, "9." under
    the next; no number starts again."""
    text = (
        "The General Assembly,\n\n1. Adopts the political declaration annexed to the present "
        "resolution.\n\nAnnex\n\nPolitical declaration\n\nOur commitment\n\n1. We reaffirm.\n\n"
        "2. We recognize.\n\nThe way forward\n\n3. We commit.\n"
    )
    draft, _ = parse_text_report(text, "x.txt")
    assert not any(p.restart for p in draft.annexes[0].paragraphs)
    assert "\n3. We commit." in write_text(draft)


def test_items_of_an_article_with_their_labels_alone_on_a_line():
    """A/C.6/80/L.8, article 4: no blank line parts the items; "(i)" and "(v)" stand alone
    above their text and used to run into the item before ("(iv) the number of packages or
    pieces; and (v) the gross weight ..."); "(i) The number of originals ...; and" ends
    without a full stop and was taken for a heading."""
    text = L8.replace(
        "For the purposes of this Convention:",
        pdf_lines(
            "1.\nThe negotiable cargo document shall indicate:\n\n(a)\n"
            "The name and address of the transport operator;\n\n"
            "(c)\nThe following particulars as furnished by the consignor:\n"
            "(i)\nthe general nature of the goods;\n"
            "(ii) the leading marks necessary for identification of the goods;\n"
            "(iv) the number of packages or pieces; and\n(v)\n"
            "the gross weight of the goods or their quantity otherwise expressed;\n\n"
            "(h)\nThe place of delivery of the goods;\n\n"
            "(i)\nThe number of originals of the negotiable cargo document; and\n\n"
            "(j)\nA statement as to whether the freight has been prepaid.\n\n"
            "For the purposes of this Convention:"
        ),
    )
    draft, _ = parse_text_report(text, "A_C.6_80_L.8.txt")
    draft = dres.loads(dres.dumps(draft))
    items = [plain_text(p.text) for p in draft.annexes[0].paragraphs if plain_text(p.text).startswith("(")]
    assert items == [
        "(a) The name and address of the transport operator;",
        "(c) The following particulars as furnished by the consignor:",
        "(i) the general nature of the goods;",
        "(ii) the leading marks necessary for identification of the goods;",
        "(iv) the number of packages or pieces; and",
        "(v) the gross weight of the goods or their quantity otherwise expressed;",
        "(h) The place of delivery of the goods;",
        "(i) The number of originals of the negotiable cargo document; and",
        "(j) A statement as to whether the freight has been prepaid.",
    ]
    assert not [
        p
        for p in draft.annexes[0].paragraphs
        if p.style is AnnexStyle.HEADING and plain_text(p.text)[:1] == "("
    ]
