"""Amendments: the UN's own, read whole, checked without a false error, and written back.

The corpus holds four issued amendments (A/80/L.19 and L.20 to A/80/L.18; A/C.3/80/L.61 and
L.62 to the revised draft A/C.3/80/L.20/Rev.1). Each is read as an amendment: the sponsors
line with its target, the amended draft's title, the instructions (numbered when there are
several) and the paragraphs they quote, with their openings in italics. Each goes through
`.dres`, the text form, DOCX and ODT and comes back the same, and LibreOffice prints every
word of it.
"""

from __future__ import annotations

import re

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.wording import sponsors_line
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text
from delegate_editor.model import plain_text
from delegate_editor.model.document import DocumentKind, Operative
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdftotext, require, soffice_convert

AMENDMENTS = ("A_80_L.19", "A_80_L.20", "A_80_L.40", "A_C.3_80_L.61", "A_C.3_80_L.62")


def _read(corpus_dir, name: str):
    return parse_text(corpus_text(corpus_dir / "drafts" / f"{name}.txt"))


def _instructions(draft) -> list[Operative]:
    return [p for p in draft.operative if isinstance(p, Operative)]


def test_an_amendment_with_one_instruction_and_its_quotation(corpus_dir):
    d = _read(corpus_dir, "A_80_L.19")
    assert d.kind is DocumentKind.AMENDMENT
    assert (d.amends, d.amends_plural, d.sponsors.names) == ("A/80/L.18", False, ["Russian Federation"])
    assert (
        d.sponsors.note
        == "Any changes to the list of sponsors will be reflected in the official record of the meeting."
    )
    assert plain_text(d.title) == (
        "Safety and security of humanitarian personnel and protection of United Nations personnel"
    )
    assert d.authoring == "" and not d.preamble
    [instruction] = _instructions(d)
    assert plain_text(instruction.text) == "Delete the thirty-eighth preambular paragraph reading:"
    [quote] = instruction.subs
    assert quote.quoted and quote.text[0].italic and quote.text[0].text == "Recalling"
    assert plain_text(quote.text).startswith("Recalling the inclusion of attacks intentionally directed")
    # its "**" note cites "the Rome Statute of the International Criminal Court,**" where it
    # stood, with the UN's mark (tests/formats/test_note_marks.py)
    [note] = d.footnotes.values()
    assert plain_text(note.text) == "United Nations, Treaty Series, vol. 2187, No. 38544."
    assert note.mark == "**" and "International Criminal Court,** and noting" in write_text(d)
    assert sponsors_line(d) == "Russian Federation: amendment to draft resolution A/80/L.18"


def test_numbered_instructions_and_a_target_broken_onto_its_own_line(corpus_dir):
    d = _read(corpus_dir, "A_C.3_80_L.61")
    assert d.kind is DocumentKind.AMENDMENT
    # "... amendment to revised draft resolution" / "A/C.3/80/L.20/Rev.1": the symbol is the
    # target's, never taken for a running head
    assert d.amends == "A/C.3/80/L.20/Rev.1" and d.front.symbol == "A/C.3/80/L.61"
    assert d.sponsors.names == ["Belarus", "Russian Federation"]
    first, second = _instructions(d)
    assert plain_text(first.text).startswith("In the fourteenth preambular paragraph, replace “which notes")
    assert plain_text(second.text) == "Delete the fifteenth preambular paragraph."
    assert not first.opening and not second.opening
    text = write_text(d)
    assert "Belarus and Russian Federation: amendment to revised draft resolution A/C.3/80/L.20/Rev.1" in text
    assert "\n1. In the fourteenth" in text and "\n2. Delete the fifteenth" in text


def test_an_amendment_to_a_committees_draft_named_by_its_number_in_the_report(corpus_dir):
    """In plenary a Main Committee's draft is amended by its number in the Committee's report
    (A/80/L.40): the line used to be read as no sponsors line at all, its note as note 1 and
    the title as the first instruction, with the opening "Implementation"."""
    d = _read(corpus_dir, "A_80_L.40")
    assert d.kind is DocumentKind.AMENDMENT
    assert d.amends == ("23 recommended by the Third Committee in its report contained in document A/80/545")
    assert d.sponsors.names[:2] == ["Afghanistan", "Algeria"] and d.sponsors.names[-1] == "State of Palestine"
    assert not d.footnotes
    assert plain_text(d.title).startswith("Implementation of the Convention on the Rights of Persons")
    [instruction] = _instructions(d)
    assert plain_text(instruction.text) == (
        "In the eleventh preambular paragraph, delete “sexual orientation and gender identity,”."
    )
    assert sponsors_line(d).endswith(
        "Yemen and State of Palestine: amendment to draft resolution 23 recommended by the Third "
        "Committee in its report contained in document A/80/545"
    )


@pytest.mark.parametrize("name", AMENDMENTS)
def test_the_checker_is_silent_on_the_uns_amendments(corpus_dir, name):
    findings = [f for f in check(_read(corpus_dir, name)) if f.severity != "info"]
    assert findings == []


def test_an_amendment_without_its_target_is_an_error(corpus_dir):
    d = _read(corpus_dir, "A_80_L.20")
    d.amends = ""
    assert [f.rule for f in check(d) if f.severity == "error"] == ["amendment.target"]


@pytest.mark.parametrize("name", AMENDMENTS)
def test_amendments_come_back_the_same_through_dres_text_docx_and_odt(corpus_dir, name, tmp_path):
    d = _read(corpus_dir, name)
    text = write_text(d)
    again = dres.loads(dres.dumps(d))
    assert again == d
    assert write_text(parse_text(text)) == text
    for ext, writer in (("docx", write_docx), ("odt", write_odt)):
        path = tmp_path / f"{name}.{ext}"
        path.write_bytes(writer(d))
        assert write_text(read_any(path).draft) == text


def test_libreoffice_prints_every_word_of_an_amendment(corpus_dir, tmp_path):
    require("soffice", "pdftotext")
    d = _read(corpus_dir, "A_C.3_80_L.62")
    words = re.findall(r"[A-Za-z]+", write_text(d))
    for ext, writer in (("docx", write_docx), ("odt", write_odt)):
        src = tmp_path / f"L62.{ext}"
        src.write_bytes(writer(d))
        printed = pdftotext(soffice_convert(src, "pdf", tmp_path / ext))
        flat = " ".join(printed.split())
        assert (
            "Belarus and Russian Federation: amendment to revised draft resolution A/C.3/80/L.20/Rev.1"
            in flat
        )
        assert "After the fourteenth preambular paragraph, insert a new preambular paragraph reading:" in flat
        missing = [w for w in set(words) if w not in flat]
        assert missing == []
