"""ODT export: the file read back by real clients (LibreOffice, poppler, pandoc, the OASIS
ODF 1.2 schema through lxml) and compared with the numbers in layout.py and with the DOCX.

LibreOffice renders each exported file to PDF once per module; positions come from
``pdftotext -bbox`` so a test fails when the pages drift from the layout spec, not only when
text goes missing.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pdfwords import assert_heads_in_place, assert_page_one_keeps_its_bottom_margin, find, same_line, words
from sample_drafts import annex_draft, cited_twice_draft, footnoted_draft, margins_draft

from delegate_editor.formats import embed
from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import GENEVA, NEW_YORK, VIENNA, BlockStyle, pt
from delegate_editor.formats.odt_writer import write_odt
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

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data" / "odf-schema"
TOL = 2.0  # pt: LibreOffice's justification and poppler's glyph boxes
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def to_pdf(tmp: Path, data: bytes, name: str) -> Path:
    require("soffice", "pdftotext", "pdfinfo")
    odt = tmp / f"{name}.odt"
    odt.write_bytes(data)
    return soffice_convert(odt, "pdf", tmp / name)


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory) -> Path:
    return to_pdf(tmp_path_factory.mktemp("example"), write_odt(example()), "example")


@pytest.fixture(scope="module")
def footnoted_pdf(tmp_path_factory) -> Path:
    return to_pdf(tmp_path_factory.mktemp("notes"), write_odt(footnoted_draft(), NEW_YORK), "notes")


# ---------------------------------------------------------------------------------------
# The example's ODT in LibreOffice
# ---------------------------------------------------------------------------------------


def test_the_example_is_two_a4_pages(example_pdf):
    info = pdfinfo(example_pdf)
    assert info["Pages"] == "2"
    assert "(A4)" in info["Page size"]


def test_times_compatible_serif_in_regular_bold_and_italic(example_pdf):
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


def test_the_agenda_note_is_at_the_foot_of_page_one(example_pdf):
    ws = words(example_pdf)
    note = find(ws, "E/CN.15/2013/1.", page=1)
    mark, text = same_line(ws, note)
    assert (mark.text, text.text) == ("*", "E/CN.15/2013/1.")
    # the mark ends at mark_right, the text starts at the notes' text column
    notes, left = VIENNA.notes, pt(VIENNA.page.left)
    assert mark.x1 == pytest.approx(left + pt(notes.mark_right), abs=TOL)
    assert text.x0 == pytest.approx(left + pt(notes.para.text), abs=TOL)
    # below every body line of page 1, above the job line at the page's foot
    body = [w for w in ws if w.page == 1 and w.y1 < note.y0 - 1]
    assert max(w.y1 for w in body) < note.y0
    assert [w.text for w in ws if w.page == 1 and w.y0 > note.y1] == ["V.13-82258", "(E)"]
    # the mark in the agenda line is the same asterisk, right after "agenda"
    agenda = [w for w in ws if w.page == 1 and w.text.startswith("agenda")][0]
    after = [w for w in same_line(ws, agenda) if w.x0 >= agenda.x0]
    assert "".join(w.text for w in after[:2]).startswith("agenda*")
    assert "* E/CN.15/2013/1." in " ".join(pdf_pages(example_pdf)[0].split())


def test_operative_numbers_run_one_to_six_in_order(example_pdf):
    text = " ".join(" ".join(pdf_pages(example_pdf, layout=False)).split())
    found = re.findall(r"(?:^| )([1-9])\. (?:Takes note|Expresses|Invites|Requests)", text)
    assert found == ["1", "2", "3", "4", "5", "6"]


def test_page_two_carries_the_page_number_and_the_symbol_in_its_header(example_pdf):
    ws = words(example_pdf)
    page = VIENNA.page
    symbol = find(ws, "E/CN.15/2013/L.14", page=2)
    assert symbol.y1 < pt(page.top)  # in the header, above the body
    assert symbol.x0 == pytest.approx(pt(page.left), abs=TOL)  # even page: on the left
    body = [w for w in ws if w.page == 2 and w.y0 > pt(page.top)]
    number, job = find(ws, "2/2", page=2), find(ws, "V.13-82258", page=2)
    assert number.x0 == pytest.approx(pt(page.left), abs=TOL)
    assert job.x1 == pytest.approx(pt(page.width - page.right), abs=TOL)
    assert job.y0 > max(w.y1 for w in body if w not in (job, number))
    assert not [w for w in ws if w.page == 2 and w.text == "(E)"]


def test_page_one_has_the_job_number_in_its_footer_and_no_running_head(example_pdf):
    ws = words(example_pdf)
    page = VIENNA.page
    job, tag = find(ws, "V.13-82258", page=1), find(ws, "(E)", page=1)
    assert job.x0 == pytest.approx(pt(page.left), abs=TOL) and tag.x0 > job.x1
    assert job.y0 > max(w.y1 for w in ws if w.page == 1 and w not in (job, tag))
    assert job.y1 < pt(page.height - page.footer_distance)
    assert "1/2" not in [w.text for w in ws if w.page == 1]
    assert len([w for w in ws if w.page == 1 and "L.14" in w.text]) == 1  # the masthead's only


# ---------------------------------------------------------------------------------------
# Geometry against layout.py
# ---------------------------------------------------------------------------------------


def test_preamble_first_line_starts_right_of_its_continuation_lines(example_pdf):
    ws = words(example_pdf)
    para = VIENNA.style(BlockStyle.PREAMBLE)
    recalling = find(ws, "Recalling", page=1)
    assert recalling.x0 == pytest.approx(pt(VIENNA.page.left + para.first_line), abs=TOL)
    below = [w for w in ws if w.page == 1 and recalling.y1 < w.y0 < recalling.y1 + para.line]
    assert min(w.x0 for w in below) == pytest.approx(pt(VIENNA.page.left + para.left), abs=TOL)


def test_operative_label_and_text_start_at_the_layouts_positions(example_pdf):
    ws = words(example_pdf)
    para = VIENNA.style(BlockStyle.OPERATIVE)
    one = find(ws, "1.")
    takes = find(ws, "Takes", page=one.page)
    assert one.x0 == pytest.approx(pt(VIENNA.page.left + para.first_line), abs=TOL)
    assert takes.x0 == pytest.approx(pt(VIENNA.page.left + para.text), abs=TOL)
    below = [w for w in ws if w.page == one.page and one.y1 < w.y0 < one.y1 + para.line]
    assert min(w.x0 for w in below) == pytest.approx(pt(VIENNA.page.left + para.left), abs=TOL)


def test_masthead_columns_and_the_body_below_it_follow_the_layout(example_pdf):
    ws = words(example_pdf)
    layout, mast = VIENNA, VIENNA.masthead
    left = pt(layout.page.left)
    un = find(ws, "United", page=1)
    assert un.x0 == pytest.approx(left + pt(sum(mast.columns[: mast.un_col])), abs=TOL)
    distr = find(ws, "Distr.:", page=1)
    assert distr.x0 == pytest.approx(left + pt(sum(mast.columns[: mast.distr_col])), abs=TOL)
    organ = find(ws, "Economic", page=1)
    assert organ.x0 == pytest.approx(left + pt(sum(mast.columns[: mast.organ_cols[0]])), abs=TOL)
    assert organ.y1 - organ.y0 > 1.5 * (distr.y1 - distr.y0)  # 20 pt against 10 pt
    first, rest = find(ws, "E", page=1), find(ws, "/CN.15/2013/L.14", page=1)
    assert rest.x1 == pytest.approx(left + pt(sum(mast.columns)), abs=TOL)
    assert first.x1 == pytest.approx(rest.x0, abs=0.5) and first.y1 - first.y0 > rest.y1 - rest.y0
    body = find(ws, "Commission", page=1)
    rows = pt(layout.page.header_distance + mast.row1_height + mast.row2_height)
    assert rows + mast.after_rule - TOL < body.y0 < rows + mast.after_rule + layout.base.line


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
        assert mark.x1 == pytest.approx(pt(layout.page.left + layout.notes.mark_right), abs=TOL)
        assert first.x0 == pytest.approx(pt(layout.page.left + layout.notes.para.text), abs=TOL)
        placed.append((note.page, note.y0))
    assert placed == sorted(placed) and placed[2][0] > placed[0][0]


def test_letter_paper_for_new_york(footnoted_pdf):
    assert "(letter)" in pdfinfo(footnoted_pdf)["Page size"].lower()


def test_pages_after_the_first_mirror_their_running_heads(footnoted_pdf):
    ws = words(footnoted_pdf)
    page = NEW_YORK.page
    pages = max(w.page for w in ws)
    assert pages >= 3
    right = pt(page.width - page.right)
    for n in range(2, pages + 1):
        symbol, number = find(ws, "A/C.3/78/L.12", page=n), find(ws, f"{n}/{pages}", page=n)
        if n % 2 == 0:
            assert symbol.x0 == pytest.approx(pt(page.left), abs=TOL)
            assert number.x0 == pytest.approx(pt(page.left), abs=TOL)
        else:
            assert symbol.x1 == pytest.approx(right, abs=TOL)
            assert number.x1 == pytest.approx(right, abs=TOL)


def test_page_one_keeps_its_larger_bottom_margin(tmp_path):
    draft = margins_draft()
    ws = words(to_pdf(tmp_path, write_odt(draft, NEW_YORK), "margins"))
    assert_page_one_keeps_its_bottom_margin(ws, NEW_YORK)


def test_the_annex_starts_on_a_new_page_and_sub_paragraphs_sit_on_their_stops(tmp_path):
    ws = words(to_pdf(tmp_path, write_odt(annex_draft(), GENEVA), "annex"))
    label = find(ws, "Annex")
    assert label.page == find(ws, "Adopts").page + 1
    body = [w for w in ws if w.page == label.page and w.y0 > pt(GENEVA.page.top) - GENEVA.base.line]
    assert min(body, key=lambda w: w.y0).text == "Annex"
    for label_text, style in (("(a)", BlockStyle.SUB1), ("(i)", BlockStyle.SUB2)):
        word = find(ws, label_text)
        para = GENEVA.style(style)
        assert word.x0 == pytest.approx(pt(GENEVA.page.left + para.first_line), abs=TOL)
        assert same_line(ws, word)[1].x0 == pytest.approx(pt(GENEVA.page.left + para.text), abs=TOL)


# ---------------------------------------------------------------------------------------
# The same document as the DOCX
# ---------------------------------------------------------------------------------------


def _collapsed(pdf: Path) -> list[list[str]]:
    return [[" ".join(line.split()) for line in page.splitlines()] for page in pdf_pages(pdf)]


def test_docx_and_odt_render_to_the_same_pages(tmp_path, example_pdf):
    from delegate_editor.formats.docx_writer import write_docx

    docx = tmp_path / "example.docx"
    docx.write_bytes(write_docx(example()))
    docx_pages = _collapsed(soffice_convert(docx, "pdf", tmp_path / "docx"))
    odt_pages = _collapsed(example_pdf)
    assert len(docx_pages) == len(odt_pages)
    assert odt_pages[0] == docx_pages[0]  # the same line breaks on page 1
    for docx_page, odt_page in zip(docx_pages, odt_pages, strict=True):
        assert [line for line in odt_page if line] == [line for line in docx_page if line]


# ---------------------------------------------------------------------------------------
# Other readers: pandoc and the ODF 1.2 schema
# ---------------------------------------------------------------------------------------


def test_pandoc_reads_notes_and_emphasis(tmp_path):
    path = tmp_path / "example.odt"
    path.write_bytes(write_odt(example()))
    md = pandoc_markdown(path)
    assert "Item 7 of the provisional agenda[^1]" in md
    assert re.search(r"\[\^1\]:\s+(?:>\s*)?E/CN\.15/2013/1\.", md), md[-300:]
    for phrase in ("*Recalling also*", "*Takes note*", "*The General Assembly*"):
        assert phrase in md
    notes_path = tmp_path / "notes.odt"
    notes_path.write_bytes(write_odt(footnoted_draft()))
    md = pandoc_markdown(notes_path)
    assert re.findall(r"\[\^(\d)\]:", md) == ["1", "2", "3"]
    for i in (1, 2, 3):
        assert re.search(rf"\[\^{i}\]:\s+(?:>\s*)?Resolution 65/230, annex, NOTE{i}\.", md)


@pytest.fixture(scope="module")
def schemas():
    document = etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "OpenDocument-v1.2-os-schema.rng")))
    manifest = etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "OpenDocument-v1.2-os-manifest-schema.rng")))
    return document, manifest


@pytest.mark.parametrize(
    ("draft", "layout"),
    [(example, None), (footnoted_draft, NEW_YORK), (annex_draft, GENEVA), (Draft, None)],
    ids=["example", "notes", "annex", "empty"],
)
def test_the_package_validates_against_the_odf_1_2_schema(schemas, draft, layout):
    document, manifest = schemas
    data = write_odt(draft(), layout)
    for name in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
        assert document.validate(part(data, name)), (name, document.error_log.last_error)
    assert manifest.validate(part(data, "META-INF/manifest.xml")), manifest.error_log.last_error


def test_the_package_starts_with_a_stored_mimetype_and_lists_every_file():
    data = write_odt(example())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        first = z.infolist()[0]
        names = z.namelist()
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert first.extra == b""
    assert data[30:38] == b"mimetype" and data[38:77] == b"application/vnd.oasis.opendocument.text"
    root = part(data, "META-INF/manifest.xml")
    assert root.get(q("manifest:version")) == "1.2"
    entries = {e.get(q("manifest:full-path")): e.get(q("manifest:media-type")) for e in root}
    assert entries["/"] == "application/vnd.oasis.opendocument.text"
    assert entries[embed.ODT_FILE] == embed.ODT_MEDIA_TYPE
    assert set(entries) - {"/"} == set(names) - {"mimetype", "META-INF/manifest.xml"}
    assert write_odt(example()) == data  # the same draft exports to the same bytes


# ---------------------------------------------------------------------------------------
# The package: styles, master pages, notes, properties, embedded draft
# ---------------------------------------------------------------------------------------


def _styles_by_display(styles: etree._Element, family: str) -> dict[str, etree._Element]:
    out = {}
    for s in styles.iter(q("style:style")):
        if s.get(q("style:family")) == family:
            out[s.get(q("style:display-name")) or s.get(q("style:name"))] = s
    return out


def test_every_block_is_a_paragraph_in_its_named_style():
    draft = example()
    data = write_odt(draft)
    content, styles = part(data, "content.xml"), part(data, "styles.xml")
    named = _styles_by_display(styles.find(q("office:styles")), "paragraph")
    auto = {s.get(q("style:name")): s for s in content.iter(q("style:style"))}
    rendered = render(draft)
    body = content.find(q("office:body")).find(q("office:text"))
    used = []
    for p in body.findall(q("text:p")):
        name = p.get(q("text:style-name"))
        if name in auto:  # an override of a named style
            name = auto[name].get(q("style:parent-style-name"))
        used.append(next(d for d, s in named.items() if s.get(q("style:name")) == name))
    assert used == [rendered.layout.style(b.style).name for b in rendered.blocks]
    for para in rendered.layout.styles.values():
        assert para.name in named
    italic = [
        "".join(s.itertext()) for s in body.iter(q("text:span")) if s.get(q("text:style-name")) == "Emphasis"
    ]
    assert "Recalling also" in italic and "Takes note" in italic and "The General Assembly" in italic
    # the first paragraph opens the first-page master page
    first = auto[body.find(q("text:p")).get(q("text:style-name"))]
    assert first.get(q("style:master-page-name")) == "First_20_Page"


def test_styles_carry_the_layout_numbers():
    styles = part(write_odt(example(), NEW_YORK), "styles.xml")
    named = _styles_by_display(styles.find(q("office:styles")), "paragraph")
    para = NEW_YORK.style(BlockStyle.OPERATIVE)
    props = named[para.name].find(q("style:paragraph-properties"))
    assert props.get(q("fo:margin-left")) == f"{pt(para.left):g}pt"
    assert props.get(q("fo:text-indent")) == f"{pt(para.first_line - para.left):g}pt"
    assert props.get(q("fo:line-height")) == f"{para.line:g}pt"
    assert props.get(q("fo:margin-bottom")) == f"{para.after:g}pt"
    assert props.get(q("fo:text-align")) == "justify"
    stops = [s.get(q("style:position")) for s in props.iter(q("style:tab-stop"))]
    assert stops[0] == f"{pt(para.text):g}pt"
    text = named[para.name].find(q("style:text-properties"))
    assert text.get(q("fo:font-size")) == f"{para.font.size:g}pt"
    assert text.get(q("style:font-name")) == para.font.family
    assert text.get(q("style:text-scale")) == f"{para.font.scale}%"
    title = named[NEW_YORK.style(BlockStyle.TITLE).name].find(q("style:text-properties"))
    assert title.get(q("fo:font-weight")) == "bold" and title.get(q("fo:font-size")) == "12pt"
    annex = named[NEW_YORK.style(BlockStyle.ANNEX_LABEL).name].find(q("style:paragraph-properties"))
    assert annex.get(q("fo:break-before")) == "page"
    organ = named["Masthead Organ"].find(q("style:text-properties"))
    assert organ.get(q("fo:font-weight")) == "bold" and organ.get(q("fo:font-size")) == "20pt"
    note = named[NEW_YORK.notes.para.name].find(q("style:text-properties"))
    assert note.get(q("fo:font-size")) == f"{NEW_YORK.notes.para.font.size:g}pt"
    config = styles.find(q("office:styles")).find(q("text:notes-configuration"))
    assert config.get(q("text:default-style-name")) == "Footnote_20_Text"
    assert config.get(q("style:num-format")) == "1" and config.get(q("text:start-numbering-at")) == "document"


def test_master_pages_and_page_layouts():
    data = write_odt(example(), NEW_YORK)
    styles = part(data, "styles.xml")
    masters = {m.get(q("style:name")): m for m in styles.iter(q("style:master-page"))}
    first, standard = masters["First_20_Page"], masters["Standard"]
    assert first.get(q("style:display-name")) == "First Page"
    assert first.get(q("style:next-style-name")) == "Standard"
    assert first.find(q("style:header")).find(q("table:table")) is not None  # the masthead
    assert first.find(q("style:header-left")) is None
    assert "".join(first.find(q("style:footer")).itertext()) == "V.13-82258 (E)"
    assert "".join(standard.find(q("style:header")).itertext()) == "E/CN.15/2013/L.14"
    assert "".join(standard.find(q("style:header-left")).itertext()) == "E/CN.15/2013/L.14"
    for footer in (standard.find(q("style:footer")), standard.find(q("style:footer-left"))):
        assert footer.find(f".//{q('text:page-number')}") is not None
        assert footer.find(f".//{q('text:page-count')}") is not None
    layouts = {pl.get(q("style:name")): pl for pl in styles.iter(q("style:page-layout"))}
    page = NEW_YORK.page

    def props(master):
        pl = layouts[master.get(q("style:page-layout-name"))]
        footer = pl.find(q("style:footer-style")).find(q("style:header-footer-properties"))
        return pl.find(q("style:page-layout-properties")), footer

    for master, bottom in ((first, page.bottom_first), (standard, page.bottom)):
        pl, footer = props(master)
        assert pl.get(q("fo:page-width")) == "215.9mm" and pl.get(q("fo:page-height")) == "279.4mm"
        assert pl.get(q("fo:margin-left")) == f"{pt(page.left):g}pt"
        assert pl.get(q("fo:margin-bottom")) == f"{pt(page.footer_distance):g}pt"
        assert footer.get(q("fo:min-height")) == f"{pt(bottom - page.footer_distance):g}pt"


def test_settings_measure_tabs_from_the_margin_as_the_layout_does():
    settings = part(write_odt(example()), "settings.xml")
    items = {i.get(q("config:name")): i.text for i in settings.iter(q("config:config-item"))}
    assert items["TabsRelativeToIndent"] == "false"


def test_document_properties():
    meta = part(write_odt(example()), "meta.xml")
    assert (
        meta.findtext(f".//{q('dc:title')}") == "Strengthening international cooperation to combat cybercrime"
    )
    assert meta.findtext(f".//{q('dc:subject')}") == "E/CN.15/2013/L.14"
    assert meta.findtext(f".//{q('dc:language')}") == VIENNA.language


def test_notes_are_real_odf_notes_with_a_star_label_and_numbers():
    draft = footnoted_draft()
    draft.front.agenda.number = "7"
    draft.front.agenda.provisional = True
    draft.front.agenda.symbol = "A/78/50"
    content = part(write_odt(draft), "content.xml")
    notes = list(content.iter(q("text:note")))
    citations = [n.find(q("text:note-citation")) for n in notes]
    assert [c.text for c in citations] == ["*", "1", "2", "3"]
    assert [c.get(q("text:label")) for c in citations] == ["*", None, None, None]
    assert all(n.get(q("text:note-class")) == "footnote" for n in notes)
    bodies = ["".join(n.find(q("text:note-body")).itertext()) for n in notes]
    assert bodies == ["A/78/50.", *(f"Resolution 65/230, annex, NOTE{i}." for i in (1, 2, 3))]


def test_a_note_cited_twice_is_one_note_and_a_reference_to_it():
    draft = cited_twice_draft()
    content = part(write_odt(draft), "content.xml")
    notes = list(content.iter(q("text:note")))
    refs = list(content.iter(q("text:note-ref")))
    assert len(notes) == 1 and len(refs) == 1
    assert refs[0].get(q("text:ref-name")) == notes[0].get(q("text:id")) and refs[0].text == "1"


def test_hostile_text_is_written_literally():
    note = Footnote(rich('See <text:p> & ]]> "quoted" \x0bvertical tab.'))
    draft = Draft(
        title=rich('Title with <tags> & "quotes"'),
        operative=[
            Operative("Requests", (Run("a\ttab & <b>bold</b>  two spaces"), NoteRef(note.id), Run(".")))
        ],
        footnotes={note.id: note},
    )
    draft.front.symbol = 'A/78/L.1<"&>'
    data = write_odt(draft)
    content = part(data, "content.xml")
    texts = ["".join(p.itertext()) for p in content.iter(q("text:p"))]
    assert 'Title with <tags> & "quotes"' in texts
    assert 'See <text:p> & ]]> "quoted" vertical tab.' in texts
    operative = next(p for p in content.iter(q("text:p")) if "tab &" in "".join(p.itertext()))
    assert operative.find(q("text:tab")) is not None and operative.find(q("text:s")) is not None
    assert part(data, "meta.xml").findtext(f".//{q('dc:subject')}") == 'A/78/L.1<"&>'


def test_the_draft_is_embedded_for_reimport():
    draft = example()
    with zipfile.ZipFile(io.BytesIO(write_odt(draft))) as z:
        payload = z.read(embed.ODT_FILE)
    embedded, blocks = embed.read_payload(payload, "example.odt")
    assert dres.dumps(embedded) == dres.dumps(draft)
    assert [b["text"] for b in blocks] == [b.text for b in render(draft).blocks]


def test_cli_exports_odt(tmp_path):
    from delegate_editor.cli import main

    src = tmp_path / "draft.dres"
    src.write_bytes(dres.dumps(example()))
    out = tmp_path / "draft.odt"
    assert main(["export", str(src), "-o", str(out)]) == 0
    meta = part(out.read_bytes(), "meta.xml")
    assert meta.findtext(f".//{q('dc:subject')}") == "E/CN.15/2013/L.14"


@pytest.mark.parametrize("layout", [NEW_YORK, GENEVA], ids=["new_york", "geneva"])
def test_masthead_and_running_heads_sit_where_the_template_puts_them(tmp_path, example_draft, layout):
    assert_heads_in_place(words(to_pdf(tmp_path, write_odt(example_draft, layout), layout.name)), layout)
