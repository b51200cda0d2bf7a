"""Footnotes printed with a mark of their own (``Footnote.mark``, ``.dres`` format 8).

An amendment's "*" is the sponsors' note, so the note of the text it quotes is "**": "the
Rome Statute of the International Criminal Court,** and noting" with "** United Nations,
Treaty Series, vol. 2187, No. 38544." (A/80/L.19). The import used to number that note
"1", so every export printed a mark and a note the UN's text does not have. The note keeps
its "**" through ``.dres``, the text form, the DOCX and the ODT as LibreOffice renders them,
a copy of the DOCX that lost our embedded data, and the typeset PDF; the numbered notes
around it keep the UN's numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from delegate_editor.errors import InputError
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.registry import export_bytes, read_any
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model import walk
from delegate_editor.model.document import Footnote
from delegate_editor.model.numbering import note_numbers
from delegate_editor.model.text import NoteRef, plain_text, rich
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pandoc_markdown, pdf_pages, require, soffice_convert

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts"
TREATY = "United Nations, Treaty Series, vol. 2187, No. 38544."
CAIRO = "Report of the International Conference on Population and Development, Cairo"


def _read(name: str):
    draft, report = parse_text_report(corpus_text(DRAFTS / f"{name}.txt"), f"{name}.txt")
    return dres.loads(dres.dumps(draft)), report


@pytest.fixture(scope="module")
def l19():
    text = corpus_text(DRAFTS / "A_80_L.19.txt")
    assert "Criminal Court,** and noting" in text and f"\n** {TREATY} \n" in text  # the UN's
    return _read("A_80_L.19")[0]


def _only_note(draft) -> Footnote:
    (note,) = draft.footnotes.values()
    return note


def test_the_amendments_double_asterisk_note_keeps_its_mark(l19):
    note = _only_note(l19)
    assert (note.mark, plain_text(note.text)) == ("**", TREATY)
    assert note_numbers(l19) == {}  # no numbered note: the UN's text has none
    (quoted,) = [f.text for f in walk.printed_fields(l19) if NoteRef(note.id) in f.text]
    cited = plain_text(quoted[: quoted.index(NoteRef(note.id))])
    assert cited.endswith("in the Rome Statute of the International Criminal Court,")


def test_the_text_form_prints_the_mark_as_the_un_does_and_reads_back(l19):
    text = write_text(l19)
    assert "Criminal Court,** and noting the role" in text
    assert f"\n** {TREATY}\n" in text and "[^1]" not in text
    again, _ = parse_text_report(text, "copy.txt")
    assert _only_note(again).mark == "**" and write_text(again) == text


def test_a_note_on_the_title_keeps_its_mark():
    """A/80/L.42: "Tajikistan:* draft decision**", the "**" note on taking the item in
    plenary; the model holds it on the title, where our exports print it."""
    draft, report = _read("A_80_L.42")
    note = _only_note(draft)
    assert note.mark == "**" and plain_text(note.text).startswith("In order for the General Assembly")
    assert draft.title[-1] == NoteRef(note.id)
    assert any('note "**"' in str(line) and "title" in str(line) for line in report)
    assert "eighty-first session of the General Assembly**\n" in write_text(draft)


def test_numbered_notes_keep_their_numbers_beside_a_marked_one():
    """A/80/L.31 quotes the Programme of Action with its "**" note; a numbered note cited
    before it still takes number 1, and the marked one none."""
    draft, _ = _read("A_80_L.31")
    marked = _only_note(draft)
    assert marked.mark == "**" and plain_text(marked.text).startswith(CAIRO)
    numbered = Footnote(rich("A/80/L.25."))  # the draft it amends, as a delegate might cite it
    draft.footnotes[numbered.id] = numbered
    first = draft.operative_paragraphs()[0]
    first.text = (*first.text, NoteRef(numbered.id))
    assert note_numbers(draft) == {numbered.id: 1}
    text = write_text(dres.loads(dres.dumps(draft)))
    assert "[^1]: " in text and "[^2]" not in text and f"\n** {CAIRO}" in text


def test_a_mark_no_note_can_print_is_refused_with_a_message():
    data = json.loads(dres.dumps(_read("A_80_L.19")[0]))
    data["footnotes"][0]["mark"] = "1)"
    with pytest.raises(InputError, match="footnote mark") as info:
        dres.loads(json.dumps(data).encode(), "odd.dres")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_libreoffice_prints_the_mark_and_the_note(l19, ext, tmp_path):
    require("soffice", "pdftotext", "pandoc")
    path = tmp_path / f"l19.{ext}"
    path.write_bytes({"docx": write_docx, "odt": write_odt}[ext](l19))
    page = pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"), layout=False)[0]
    # pdftotext sets a raised mark apart ("Court, **"; the note's "**" after its text)
    assert re.search(r"International Criminal Court, ?\*\* and", page), page
    # (LibreOffice 7.4 draws a DOCX custom mark of two characters at the foot twice, its
    # label and the mark Word needs typed in the note: RESULTS, "Notes with a mark of their own")
    lines = [line.strip() for line in page.splitlines()]
    assert TREATY in lines and "**" in page.split("Criminal Court,", 1)[1], lines
    assert not re.search(r"(?m)^1\s*$|Court, ?1 and", page)  # no number printed
    assert TREATY in pandoc_markdown(path)  # pandoc reads the note as a note
    back = read_any(path).draft
    assert [(n.mark, plain_text(n.text)) for n in back.footnotes.values()] == [("**", TREATY)]


def test_the_typeset_pdf_prints_the_mark(l19, tmp_path):
    require("pdftotext")
    pdf = tmp_path / "l19.pdf"
    pdf.write_bytes(export_bytes(l19, "l19.pdf"))
    page = pdf_pages(pdf, layout=False)[0]
    assert "Court,**" in page and TREATY in page and f"1 {TREATY}" not in page


def test_a_foreign_copy_of_the_docx_keeps_the_mark(l19):
    """Read from its visible text alone (a program dropped our embedded data), Word's
    custom mark comes back as the note's own."""
    from docx_factory import without_embedded_docx

    from delegate_editor.formats.docx_reader import read_docx

    back = read_docx(without_embedded_docx(write_docx(l19)), "l19.docx").draft
    assert [(n.mark, plain_text(n.text)) for n in back.footnotes.values()] == [("**", TREATY)]
    assert "Criminal Court,** and noting" in write_text(back)


def test_a_note_made_numbered_again_takes_its_number(l19):
    """Choosing "Number" for the note (the Footnotes page's Mark list) prints it "1"."""
    draft = dres.loads(dres.dumps(l19))
    _only_note(draft).mark = ""
    text = write_text(draft)
    assert "Court,[^1] and noting" in text and f"[^1]: {TREATY}" in text


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_co_sponsors_edit_of_the_marked_note_comes_back_into_it(l19, ext, tmp_path):
    """The DOCX or ODT sent out comes back with the "**" note's words changed: the note
    keeps its id and its mark, and the report names it by its mark."""
    from docx_factory import rewrite

    from delegate_editor.formats import registry

    part = "word/footnotes.xml" if ext == ".docx" else "content.xml"
    raw = rewrite(
        registry.export_bytes(l19, f"sent{ext}"),
        {part: lambda xml: xml.replace("vol. 2187, No. 38544", "vol. 2187, No. 38545", 1)},
    )
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    assert result.messages == ["footnote ** was changed in another program"]
    back = dres.loads(dres.dumps(result.draft))
    assert list(back.footnotes) == list(l19.footnotes)
    assert [(n.mark, plain_text(n.text)) for n in back.footnotes.values()] == [
        ("**", TREATY.replace("38544", "38545"))
    ]


def test_the_change_list_of_a_reparsed_copy_names_the_note_by_its_mark(l19):
    """When a returned copy must be read again from its visible text, the list of notes
    another program changed names a "**" note by its mark (it used to leave it out)."""
    from delegate_editor.formats.reimport_diff import footnote_changes

    back = dres.loads(dres.dumps(l19))
    note = _only_note(back)
    note.text = rich(TREATY.replace("38544", "38545"))
    assert footnote_changes(l19, back) == ["footnote ** was changed in another program"]
    assert footnote_changes(l19, dres.loads(dres.dumps(l19))) == []
