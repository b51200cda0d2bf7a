"""ODT export, what only an ODF file has: the same pages as the DOCX, the OASIS ODF 1.2
schema (through lxml), the package's layout, the master pages, settings, real ODF notes. What
the DOCX and the ODT writers must both do (the pages LibreOffice renders, pandoc, the styles'
numbers, properties, the embedded draft) is checked on both in test_office_writers.py.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from sample_drafts import annex_draft, cited_twice_draft, footnoted_draft

from delegate_editor.formats import embed
from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import GENEVA, NEW_YORK, BlockStyle, pt
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
from tests.office import pdf_pages, require, soffice_convert

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data" / "odf-schema"
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
# The ODF 1.2 schema
# ---------------------------------------------------------------------------------------


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
# The package: styles, master pages, settings, notes
# ---------------------------------------------------------------------------------------


def _styles_by_display(styles: etree._Element, family: str) -> dict[str, etree._Element]:
    out = {}
    for s in styles.iter(q("style:style")):
        if s.get(q("style:family")) == family:
            out[s.get(q("style:display-name")) or s.get(q("style:name"))] = s
    return out


def test_every_layout_style_is_named_and_page_one_opens_the_first_master_page():
    """Beside the paragraph styles every block uses (test_office_writers.py): the styles of
    the whole layout are defined, and the first paragraph switches to the page-1 master."""
    draft = example()
    data = write_odt(draft)
    content, styles = part(data, "content.xml"), part(data, "styles.xml")
    named = _styles_by_display(styles.find(q("office:styles")), "paragraph")
    for para in render(draft).layout.styles.values():
        assert para.name in named
    auto = {s.get(q("style:name")): s for s in content.iter(q("style:style"))}
    body = content.find(q("office:body")).find(q("office:text"))
    first = auto[body.find(q("text:p")).get(q("text:style-name"))]
    assert first.get(q("style:master-page-name")) == "First_20_Page"


def test_styles_carry_justification_scale_breaks_and_note_numbering():
    """Beside the numbers both writers carry (test_office_writers.py): how the ODT states
    them (points), and what only its styles say."""
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
    assert text.get(q("style:text-scale")) == f"{para.font.scale}%"
    annex = named[NEW_YORK.style(BlockStyle.ANNEX_LABEL).name].find(q("style:paragraph-properties"))
    assert annex.get(q("fo:break-before")) == "page"
    organ = named["Masthead Organ"].find(q("style:text-properties"))
    assert organ.get(q("fo:font-weight")) == "bold" and organ.get(q("fo:font-size")) == "20pt"
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


def test_settings_ask_for_words_2013_justification_as_the_docx_does():
    """The DOCX declares Word 2013's layout (a justified line may narrow its spaces to hold
    one more word); the ODT asks LibreOffice for the same, so both set the same lines."""
    settings = part(write_odt(example()), "settings.xml")
    items = {i.get(q("config:name")): i.text for i in settings.iter(q("config:config-item"))}
    assert items["JustifyLinesWithShrinking"] == "true"
    assert items["AddParaTableSpacing"] == "false"


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


def test_hostile_note_text_tabs_and_spaces_are_written_literally():
    """Beside the text both writers keep literally (test_office_writers.py): a note's text,
    and tabs and runs of spaces as ODF's own elements."""
    note = Footnote(rich('See <text:p> & ]]> "quoted" \x0bvertical tab.'))
    draft = Draft(
        operative=[
            Operative("Requests", (Run("a\ttab & <b>bold</b>  two spaces"), NoteRef(note.id), Run(".")))
        ],
        footnotes={note.id: note},
    )
    content = part(write_odt(draft), "content.xml")
    texts = ["".join(p.itertext()) for p in content.iter(q("text:p"))]
    assert 'See <text:p> & ]]> "quoted" vertical tab.' in texts
    operative = next(p for p in content.iter(q("text:p")) if "tab &" in "".join(p.itertext()))
    assert operative.find(q("text:tab")) is not None and operative.find(q("text:s")) is not None
