"""DOCX export: the file read back by real clients (LibreOffice, poppler, pandoc,
openxml-audit) and by python-docx, compared with the numbers in layout.py.

LibreOffice renders each exported file to PDF once per module; positions come from
``pdftotext -bbox`` so a test fails when the pages drift from the layout spec, not only when
text goes missing.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pdfwords import assert_heads_in_place, assert_page_one_keeps_its_bottom_margin, find, same_line, words
from sample_drafts import annex_draft, cited_twice_draft, footnoted_draft, margins_draft

from delegate_editor.formats import embed
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import GENEVA, NEW_YORK, VIENNA, BlockStyle, pt
from delegate_editor.formats.text_import import read_text_bytes
from delegate_editor.model import (
    Draft,
    Footnote,
    NoteRef,
    Operative,
    Run,
    rich,
)
from delegate_editor.resources import resource
from delegate_editor.storage import dres
from tests.office import pandoc_markdown, pdf_pages, pdffonts, pdfinfo, require, soffice_convert

SEED_TXT = Path(__file__).resolve().parent.parent / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"
TOL = 2.0  # pt: LibreOffice's justification and poppler's glyph boxes
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def to_pdf(tmp: Path, data: bytes, name: str) -> Path:
    require("soffice", "pdftotext", "pdfinfo")
    docx = tmp / f"{name}.docx"
    docx.write_bytes(data)
    return soffice_convert(docx, "pdf", tmp / name)


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


def seed_from_text() -> Draft:
    return read_text_bytes(SEED_TXT.read_bytes(), SEED_TXT.name)


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory) -> Path:
    return to_pdf(tmp_path_factory.mktemp("example"), write_docx(example()), "example")


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> Path:
    return to_pdf(tmp_path_factory.mktemp("seed"), write_docx(seed_from_text()), "seed")


@pytest.fixture(params=["example", "seed"])
def either_pdf(request) -> Path:
    """The bundled example and the seed imported from its text form."""
    return request.getfixturevalue(f"{request.param}_pdf")


# ---------------------------------------------------------------------------------------
# The seed's DOCX in LibreOffice
# ---------------------------------------------------------------------------------------


def test_the_seed_is_two_a4_pages(either_pdf):
    info = pdfinfo(either_pdf)
    assert info["Pages"] == "2"
    assert "(A4)" in info["Page size"]


def test_times_compatible_serif_in_regular_bold_and_italic(example_pdf):
    require("pdffonts")
    fonts = pdffonts(example_pdf)
    for face in ("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"):
        assert re.search(rf"\+{face}\s", fonts), fonts


def test_page_one_has_the_masthead_and_the_session_block(example_pdf):
    page1 = pdf_pages(example_pdf)[0]
    for line in (
        "United Nations",
        "Economic and Social Council",
        "E/CN.15/2013/L.14",
        "Distr.: Limited",
        "2 April 2013",
        "Original: English",
        "Commission on Crime Prevention and Criminal Justice",
        "Twenty-second session",
        "Vienna, 22-26 April 2013",
        "Item 7 of the provisional agenda*",
        "Strengthening international cooperation to combat cybercrime",
        "The General Assembly,",
    ):
        assert line in page1, line
    assert "Brazil, China, India, Russian Federation and South Africa: draft resolution" in " ".join(
        page1.split()
    )


def test_seed_from_text_has_the_session_block_on_page_one(seed_pdf):
    page1 = " ".join(pdf_pages(seed_pdf)[0].split())
    for line in (
        "United Nations",
        "Economic and Social Council",
        "Distr.: Limited",
        "Twenty-second session",
        "Item 7 of the provisional agenda*",
        "The General Assembly,",
    ):
        assert line in page1, line


def test_the_agenda_note_is_at_the_foot_of_page_one(either_pdf):
    ws = words(either_pdf)
    note = find(ws, "E/CN.15/2013/1.", page=1)
    line = same_line(ws, note)
    assert [w.text for w in line] == ["*", "E/CN.15/2013/1."]
    # below every body line of page 1, above the job line (if any) at the page's foot
    body = [w for w in ws if w.page == 1 and w.y1 < note.y0 - 1]
    assert max(w.y1 for w in body) < note.y0
    assert not [w for w in ws if w.page == 1 and w.y0 > note.y1 and w.text not in ("V.13-82258", "(E)")]
    # the mark in the agenda line is the same asterisk, right after "agenda"
    agenda = [w for w in ws if w.page == 1 and w.text.startswith("agenda")][0]
    after = [w for w in same_line(ws, agenda) if w.x0 >= agenda.x0]
    assert "".join(w.text for w in after[:2]).startswith("agenda*")


def test_operative_numbers_run_one_to_six_in_order(either_pdf):
    text = " ".join(" ".join(pdf_pages(either_pdf, layout=False)).split())
    found = re.findall(r"(?:^| )([1-9])\. (?:Takes note|Expresses|Invites|Requests)", text)
    assert found == ["1", "2", "3", "4", "5", "6"]


def test_page_two_carries_the_page_number_and_the_symbol_in_its_header(example_pdf):
    ws = words(example_pdf)
    assert [w.text for w in ws if w.page == 2 and w.text == "2/2"] == ["2/2"]
    symbol = find(ws, "E/CN.15/2013/L.14", page=2)
    top = pt(VIENNA.page.top)
    assert symbol.y1 < top  # in the header, above the body
    assert symbol.x0 == pytest.approx(pt(VIENNA.page.left), abs=TOL)  # even page: on the left
    body = [w for w in ws if w.page == 2 and w.y0 > top]
    assert symbol.y1 < min(w.y0 for w in body)
    # the job number without its language tag, in the footer, on the right of an even page
    job = find(ws, "V.13-82258", page=2)
    number = find(ws, "2/2", page=2)
    assert number.x0 == pytest.approx(pt(VIENNA.page.left), abs=TOL)
    assert job.x1 == pytest.approx(pt(VIENNA.page.width - VIENNA.page.right), abs=TOL)
    assert job.y0 > max(w.y1 for w in body if w is not job and w is not number and w.y0 < job.y0)


def test_page_one_has_the_job_number_in_its_footer(example_pdf):
    ws = words(example_pdf)
    job, tag = find(ws, "V.13-82258", page=1), find(ws, "(E)", page=1)
    assert job.x0 == pytest.approx(pt(VIENNA.page.left), abs=TOL) and tag.x0 > job.x1
    assert job.y0 > max(w.y1 for w in ws if w.page == 1 and w not in (job, tag))
    assert job.y1 < pt(VIENNA.page.height - VIENNA.page.footer_distance)


# ---------------------------------------------------------------------------------------
# Geometry against layout.py
# ---------------------------------------------------------------------------------------


def test_preamble_first_line_starts_right_of_its_continuation_lines(example_pdf):
    ws = words(example_pdf)
    layout = VIENNA
    para = layout.style(BlockStyle.PREAMBLE)
    recalling = find(ws, "Recalling", page=1)
    assert recalling.x0 == pytest.approx(pt(layout.page.left + para.first_line), abs=TOL)
    # the next line of the same paragraph wraps back to ``left``
    below = [w for w in ws if w.page == 1 and recalling.y1 < w.y0 < recalling.y1 + para.line]
    assert min(w.x0 for w in below) == pytest.approx(pt(layout.page.left + para.left), abs=TOL)
    assert recalling.x0 > min(w.x0 for w in below) + TOL


def test_operative_text_starts_at_the_layouts_text_position(example_pdf):
    ws = words(example_pdf)
    layout = VIENNA
    para = layout.style(BlockStyle.OPERATIVE)
    one = find(ws, "1.")
    takes = find(ws, "Takes", page=one.page)
    assert one.x0 == pytest.approx(pt(layout.page.left + para.first_line), abs=TOL)
    assert takes.x0 == pytest.approx(pt(layout.page.left + para.text), abs=TOL)
    below = [w for w in ws if w.page == one.page and one.y1 < w.y0 < one.y1 + para.line]
    assert min(w.x0 for w in below) == pytest.approx(pt(layout.page.left + para.left), abs=TOL)


def test_masthead_rules_and_columns_follow_the_layout(example_pdf):
    ws = words(example_pdf)
    layout, mast = VIENNA, VIENNA.masthead
    left = pt(layout.page.left)
    un = find(ws, "United", page=1)
    assert un.x0 == pytest.approx(left + pt(sum(mast.columns[: mast.un_col])), abs=TOL)
    distr = find(ws, "Distr.:", page=1)
    assert distr.x0 == pytest.approx(left + pt(sum(mast.columns[: mast.distr_col])), abs=TOL)
    # the symbol's first element is large and the rest small: two words, right-aligned
    first, rest = find(ws, "E", page=1), find(ws, "/CN.15/2013/L.14", page=1)
    assert rest.x1 == pytest.approx(left + pt(sum(mast.columns)), abs=TOL)
    assert first.x1 == pytest.approx(rest.x0, abs=0.5) and first.y1 - first.y0 > rest.y1 - rest.y0
    # the body starts below the masthead: header distance + both rows + the space after
    first = find(ws, "Commission", page=1)
    rows = pt(layout.page.header_distance + mast.row1_height + mast.row2_height)
    assert rows + mast.after_rule - TOL < first.y0 < rows + mast.after_rule + layout.base.line


# ---------------------------------------------------------------------------------------
# Numbered footnotes, presets, annex
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def footnoted_pdf(tmp_path_factory) -> Path:
    return to_pdf(tmp_path_factory.mktemp("notes"), write_docx(footnoted_draft(), NEW_YORK), "notes")


def test_numbered_footnotes_are_one_two_three_at_the_foot_of_the_citing_page(footnoted_pdf):
    ws = words(footnoted_pdf)
    layout = NEW_YORK
    placed = []
    for i, para in ((1, "PARA1"), (2, "PARA2"), (3, "PARA10")):
        note = find(ws, f"NOTE{i}.")
        assert note.page == find(ws, para).page
        body = [w for w in ws if w.page == note.page and pt(layout.page.top) < w.y0 and w.y1 < note.y0 - 2]
        assert body and all(w.y1 < note.y0 for w in body)
        mark, first = same_line(ws, note)[:2]
        assert (mark.text, first.text) == (str(i), "Resolution")
        # the number right-aligned at mark_right, the text at the body indent
        assert mark.x1 == pytest.approx(pt(layout.page.left + layout.notes.mark_right), abs=TOL)
        assert first.x0 == pytest.approx(pt(layout.page.left + layout.notes.para.text), abs=TOL)
        placed.append((note.page, note.y0))
    assert placed == sorted(placed)
    assert placed[2][0] > placed[0][0]


def test_letter_paper_for_new_york(footnoted_pdf):
    info = pdfinfo(footnoted_pdf)
    assert "(letter)" in info["Page size"].lower()


def test_pages_after_the_first_mirror_their_running_heads(footnoted_pdf):
    ws = words(footnoted_pdf)
    layout = NEW_YORK
    pages = max(w.page for w in ws)
    assert pages >= 3
    right = pt(layout.page.width - layout.page.right)
    for n in range(2, pages + 1):
        symbol = find(ws, "A/C.3/78/L.12", page=n)
        number = find(ws, f"{n}/{pages}", page=n)
        if n % 2 == 0:
            assert symbol.x0 == pytest.approx(pt(layout.page.left), abs=TOL)
            assert number.x0 == pytest.approx(pt(layout.page.left), abs=TOL)
        else:
            assert symbol.x1 == pytest.approx(right, abs=TOL)
            assert number.x1 == pytest.approx(right, abs=TOL)


def test_pandoc_reads_notes_and_emphasis(tmp_path, example_draft):
    require("pandoc")
    path = tmp_path / "example.docx"
    path.write_bytes(write_docx(example_draft))
    md = pandoc_markdown(path)
    assert "Item 7 of the provisional agenda[^1]" in md
    assert re.search(r"\[\^1\]:\s+(?:>\s*)?\^?\\\*\^? E/CN\.15/2013/1\.", md), md[-300:]
    for phrase in ("*Recalling also*", "*Takes note*", "*The General Assembly*"):
        assert phrase in md
    notes_path = tmp_path / "notes.docx"
    notes_path.write_bytes(write_docx(footnoted_draft()))
    md = pandoc_markdown(notes_path)
    assert re.findall(r"\[\^(\d)\]:", md) == ["1", "2", "3"]
    for i in (1, 2, 3):
        assert re.search(rf"\[\^{i}\]:\s+(?:>\s*)?Resolution 65/230, annex, NOTE{i}\.", md)


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


def test_the_annex_starts_on_a_new_page(tmp_path):
    ws = words(to_pdf(tmp_path, write_docx(annex_draft(), GENEVA), "annex"))
    label = find(ws, "Annex")
    assert label.page == find(ws, "Adopts").page + 1
    body = [w for w in ws if w.page == label.page and w.y0 > pt(GENEVA.page.top) - GENEVA.base.line]
    assert min(body, key=lambda w: w.y0).text == "Annex"
    # sub-paragraph labels at their tab stops
    for label_text, style in (("(a)", BlockStyle.SUB1), ("(i)", BlockStyle.SUB2)):
        word = find(ws, label_text)
        para = GENEVA.style(style)
        assert word.x0 == pytest.approx(pt(GENEVA.page.left + para.first_line), abs=TOL)
        text = same_line(ws, word)[1]
        assert text.x0 == pytest.approx(pt(GENEVA.page.left + para.text), abs=TOL)


# ---------------------------------------------------------------------------------------
# The package: styles, properties, footnotes part, embedded draft
# ---------------------------------------------------------------------------------------


def test_every_block_is_a_paragraph_in_its_named_style(example_draft):
    data = write_docx(example_draft)
    document = Document(io.BytesIO(data))
    rendered = render(example_draft)
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    assert [p.style.name for p in paragraphs] == [
        rendered.layout.style(b.style).name for b in rendered.blocks
    ]
    # runs carry character styles only: no direct font, size or italics in the body
    for p in document.paragraphs:
        for r in p._p.iter(f"{W_NS}rPr"):
            assert {c.tag for c in r} <= {f"{W_NS}rStyle"}, p.text
    styles = {s.name for s in document.styles}
    assert {"footnote text", "footnote reference", "Emphasis", "Header", "Footer"} <= styles
    italic = [r.text for p in paragraphs for r in p.runs if r.style.name == "Emphasis"]
    assert "Recalling also" in italic and "Takes note" in italic


def test_styles_carry_the_layout_numbers():
    document = Document(io.BytesIO(write_docx(example(), NEW_YORK)))
    operative = document.styles[NEW_YORK.style(BlockStyle.OPERATIVE).name]
    pf, para = operative.paragraph_format, NEW_YORK.style(BlockStyle.OPERATIVE)
    assert pf.left_indent.twips == para.left and pf.right_indent.twips == para.right
    assert pf.left_indent.twips + pf.first_line_indent.twips == para.first_line
    assert [t.position.twips for t in pf.tab_stops][0] == para.text
    assert pf.line_spacing.pt == para.line and pf.space_after.pt == para.after
    assert operative.font.size.pt == para.font.size and operative.font.name == para.font.family
    title = document.styles[NEW_YORK.style(BlockStyle.TITLE).name]
    assert title.font.bold and title.font.size.pt == NEW_YORK.style(BlockStyle.TITLE).font.size
    note = document.styles["footnote text"]
    assert note.font.size.pt == NEW_YORK.notes.para.font.size
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (
        NEW_YORK.page.width,
        NEW_YORK.page.height,
    )
    assert section.left_margin.twips == NEW_YORK.page.left and section.top_margin.twips == NEW_YORK.page.top
    assert section.different_first_page_header_footer
    assert document.settings.odd_and_even_pages_header_footer


def test_document_properties(example_draft):
    document = Document(io.BytesIO(write_docx(example_draft)))
    props = document.core_properties
    assert props.title == "Strengthening international cooperation to combat cybercrime"
    assert props.subject == "E/CN.15/2013/L.14"
    assert props.language == VIENNA.language


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


def test_the_draft_is_embedded_for_reimport(example_draft):
    data = write_docx(example_draft)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        payload = z.read(embed.DOCX_PART.lstrip("/"))
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert f'Target="../{embed.DOCX_PART.lstrip("/")}"' in rels
    assert "relationships/customXml" in rels
    from lxml import etree

    text = etree.fromstring(payload).text
    draft, blocks = embed.read_payload(text.encode(), "example.docx")
    assert dres.dumps(draft) == dres.dumps(example_draft)
    assert [b["text"] for b in blocks] == [b.text for b in render(example_draft).blocks]


def test_hostile_text_is_written_literally():
    note = Footnote(rich('See <w:t> & ]]> "quoted" \x0bvertical tab.'))
    draft = Draft(
        title=rich('Title with <tags> & "quotes"'),
        operative=[Operative("Requests", (Run("a\ttab & <b>bold</b>"), NoteRef(note.id), Run(".")))],
        footnotes={note.id: note},
    )
    draft.front.symbol = 'A/78/L.1<"&>'
    document = Document(io.BytesIO(write_docx(draft)))
    texts = [p.text for p in document.paragraphs]
    assert 'Title with <tags> & "quotes"' in texts
    assert any("a\ttab & <b>bold</b>." in t for t in texts)
    assert document.core_properties.subject == 'A/78/L.1<"&>'


def test_a_note_cited_twice_is_one_footnote_with_two_marks():
    draft = cited_twice_draft()
    with zipfile.ZipFile(io.BytesIO(write_docx(draft))) as z:
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
    assert notes.count("TWICE.") == 1 and body.count("<w:footnoteReference") == 1
    assert re.search(
        r'SECONDCITE</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t[^>]*>1<', body
    )


def test_cli_exports_docx_from_dres_and_from_text(tmp_path):
    from delegate_editor.cli import main

    src = tmp_path / "draft.dres"
    src.write_bytes(dres.dumps(example()))
    out = tmp_path / "draft.docx"
    assert main(["export", str(src), "-o", str(out)]) == 0
    assert Document(str(out)).core_properties.subject == "E/CN.15/2013/L.14"
    out_txt = tmp_path / "seed.docx"
    assert main(["export", str(SEED_TXT), "-o", str(out_txt)]) == 0
    assert any("Takes note" in p.text for p in Document(str(out_txt)).paragraphs)


def test_page_one_keeps_its_larger_bottom_margin(tmp_path):
    """Page 1's footer is as tall as its larger bottom margin (room for the job line), so
    the body stops higher on page 1 than on the pages after it."""
    draft = margins_draft()
    ws = words(to_pdf(tmp_path, write_docx(draft, NEW_YORK), "margins"))
    assert_page_one_keeps_its_bottom_margin(ws, NEW_YORK)


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


@pytest.mark.parametrize("layout", [NEW_YORK, GENEVA], ids=["new_york", "geneva"])
def test_masthead_and_running_heads_sit_where_the_template_puts_them(tmp_path, example_draft, layout):
    assert_heads_in_place(words(to_pdf(tmp_path, write_docx(example_draft, layout), layout.name)), layout)
