"""DOCX export, what only a Word file has: openxml-audit's verdict, the runs' character
styles, the section's page set-up, the footnotes part and its custom marks, the embedded
draft's relationship. What the DOCX and the ODT writers must both do (the pages LibreOffice
renders, pandoc, the styles' numbers, properties, the embedded draft) is checked on both in
test_office_writers.py.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from pdfwords import find, same_line, words
from sample_drafts import annex_draft, cited_twice_draft, footnoted_draft

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats import embed
from delegate_editor.formats.compare import compare
from delegate_editor.formats.docx_changes import write_tracked_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import GENEVA, NEW_YORK
from delegate_editor.model import (
    Draft,
    Footnote,
    NoteRef,
    rich,
)
from delegate_editor.resources import resource
from delegate_editor.storage import dres
from tests.office import require, soffice_convert

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def to_pdf(tmp: Path, data: bytes, name: str) -> Path:
    require("soffice", "pdftotext", "pdfinfo")
    docx = tmp / f"{name}.docx"
    docx.write_bytes(data)
    return soffice_convert(docx, "pdf", tmp / name)


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


# ---------------------------------------------------------------------------------------
# Other readers: openxml-audit
# ---------------------------------------------------------------------------------------


def test_openxml_audit_reports_no_findings(tmp_path, example_draft):
    # The pinned test dependency, run through the Python that runs the tests: its console
    # script is on PATH only when the venv is activated, which a newcomer's `make test` is not.
    import openxml_audit  # noqa: F401

    drafts = {
        "example": (example_draft, None),
        "notes": (footnoted_draft(), NEW_YORK),
        "annex": (annex_draft(), GENEVA),
    }
    for name, (draft, layout) in drafts.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(write_docx(draft, layout))
        result = subprocess.run(
            [sys.executable, "-m", "openxml_audit", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0 and "no findings" in result.stdout, (name, result.stdout)


# ---------------------------------------------------------------------------------------
# The package: styles, properties, footnotes part, embedded draft
# ---------------------------------------------------------------------------------------


def test_runs_carry_character_styles_only(example_draft):
    """Beside the paragraph styles (test_office_writers.py): no direct formatting in a run,
    and Word's own styles for notes, emphasis and the running heads exist."""
    document = Document(io.BytesIO(write_docx(example_draft)))
    for p in document.paragraphs:
        for r in p._p.iter(f"{W_NS}rPr"):
            assert {c.tag for c in r} <= {f"{W_NS}rStyle"}, p.text
    styles = {s.name for s in document.styles}
    assert {"footnote text", "footnote reference", "Emphasis", "Header", "Footer"} <= styles


def test_the_section_carries_the_page_setup():
    """Beside the styles' numbers (test_office_writers.py): the page size, the margins and
    the header options of the section."""
    document = Document(io.BytesIO(write_docx(example(), NEW_YORK)))
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (
        NEW_YORK.page.width,
        NEW_YORK.page.height,
    )
    assert section.left_margin.twips == NEW_YORK.page.left and section.top_margin.twips == NEW_YORK.page.top
    assert section.different_first_page_header_footer
    assert document.settings.odd_and_even_pages_header_footer


def _compat_modes(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        settings = z.read("word/settings.xml").decode()
    return re.findall(r'<w:compatSetting w:name="compatibilityMode"[^>]* w:val="(\d+)"', settings)


def test_the_export_declares_word_2013_layout_as_the_uns_files_do(example_draft):
    """Compatibility mode 15, once: Word 2013's layout narrows a justified line's spaces to
    hold one more word, as the UN's Word files are set (python-docx's template says 14,
    Word 2010's layout, which Word opens in "Compatibility Mode"). The tracked-changes
    export shares the page setup, so it says the same."""
    assert _compat_modes(write_docx(example_draft)) == ["15"]
    base = dres.loads(dres.dumps(example_draft))
    base.operative_paragraphs()[0].text = rich("Decides to remain seized of the matter;")
    assert _compat_modes(write_tracked_docx(compare(base, example_draft), "Delegate")) == ["15"]


def test_the_compatibility_mode_is_added_where_a_template_has_none():
    settings = parse_xml(f"<w:settings {nsdecls('w')}><w:rsids/></w:settings>")
    x.set_compatibility_mode(settings)
    compat = settings.find(qn("w:compat"))
    assert compat is not None and compat.getnext().tag == qn("w:rsids")
    [item] = compat.findall(qn("w:compatSetting"))
    assert (item.get(qn("w:name")), item.get(qn("w:val"))) == ("compatibilityMode", "15")


def test_footnotes_part_has_separators_and_one_custom_mark(example_draft):
    data = write_docx(example_draft)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
        settings = z.read("word/settings.xml").decode()
        names = z.namelist()
    assert 'w:type="separator" w:id="-1"' in notes and 'w:type="continuationSeparator" w:id="0"' in notes
    # the asterisk in the same run as the reference (LibreOffice shows "1*" otherwise)
    assert re.search(r'<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t[^>]*>\*</w:t></w:r>', body)
    assert settings.index("<w:footnotePr>") < settings.index("<w:compat>")
    assert "word/stylesWithEffects.xml" not in names and "docProps/thumbnail.jpeg" not in names


def test_the_embedded_draft_is_linked_from_the_document(example_draft):
    """The draft itself is read back in test_office_writers.py; Word keeps the part only
    when the document's relationships name it as custom XML."""
    with zipfile.ZipFile(io.BytesIO(write_docx(example_draft))) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert f'Target="../{embed.DOCX_PART.lstrip("/")}"' in rels
    assert "relationships/customXml" in rels


def test_a_note_cited_twice_is_one_footnote_with_two_marks():
    draft = cited_twice_draft()
    with zipfile.ZipFile(io.BytesIO(write_docx(draft))) as z:
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
    assert notes.count("TWICE.") == 1 and body.count("<w:footnoteReference") == 1
    # the second mark is Word's cross-reference to the footnote: a NOTEREF field to a
    # bookmark on the first, showing the note's number in the footnote reference style
    assert re.search(
        r'SECONDCITE</w:t></w:r><w:fldSimple w:instr=" NOTEREF (_NoteRef\d+) \\f \\h ">'
        r'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t[^>]*>1<',
        body,
    )
    assert re.search(
        r'<w:bookmarkStart w:id="\d+" w:name="_NoteRef\d+"/><w:r>[^/]*<w:rStyle[^>]*/></w:rPr><w:footnoteReference',
        body,
    )


def test_two_asterisk_notes_and_a_numbered_one(tmp_path):
    """The agenda note "*", the "on behalf of" note "**" and a numbered note: each mark
    appears once in the text, and the numbered note is still 1 (asterisks take no number)."""
    draft = example()
    draft.sponsors.on_behalf_of = "the Group of 77 and China"
    note = Footnote(rich("Resolution 65/230, annex, MIXED."))
    draft.footnotes = {note.id: note}
    draft.operative[0].text = (*draft.operative[0].text, NoteRef(note.id))
    ws = words(to_pdf(tmp_path, write_docx(draft), "mixed"))
    sponsors = find(ws, "Africa:", page=1)
    after = [w.text for w in same_line(ws, sponsors) if w.x0 >= sponsors.x1 - 0.5]
    assert after[:3] == ["**", "draft", "resolution"]
    agenda = [w for w in ws if w.page == 1 and w.text.startswith("agenda")][0]
    assert "".join(w.text for w in same_line(ws, agenda) if w.x0 >= agenda.x0).startswith("agenda*")
    mixed = find(ws, "MIXED.")
    assert [w.text for w in same_line(ws, mixed)][:2] == ["1", "Resolution"]
    behalf = find(ws, "behalf", page=1)
    assert same_line(ws, behalf)[0].text.startswith("**")
