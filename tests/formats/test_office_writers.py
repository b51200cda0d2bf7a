"""What the DOCX and the ODT writers must both do, checked by the same tests on each: the
pages LibreOffice renders from the file (positions from ``pdftotext -bbox`` against the
numbers in layout.py), what pandoc reads, the document's properties, its paragraph styles
and the embedded draft. Each format's own package details (python-docx's view, the ODF
schema, master pages) stay in test_docx_writer.py and test_odt_writer.py.

LibreOffice renders each exported file to PDF once per writer and module.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from pdfwords import assert_heads_in_place, assert_page_one_keeps_its_bottom_margin, find, same_line, words
from sample_drafts import annex_draft, footnoted_draft, margins_draft

from delegate_editor.formats import embed
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import GENEVA, NEW_YORK, VIENNA, BlockStyle, pt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text_import import read_text_bytes
from delegate_editor.model import Draft, Footnote, NoteRef, Operative, Run, rich
from delegate_editor.resources import resource
from delegate_editor.storage import dres
from tests.office import pandoc_markdown, pdf_pages, pdffonts, pdfinfo, require, soffice_convert

SEED_TXT = Path(__file__).resolve().parent.parent / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"
TOL = 2.0  # pt: LibreOffice's justification and poppler's glyph boxes
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def example() -> Draft:
    return dres.load(resource("examples", "cybercrime.dres"))


def seed_from_text() -> Draft:
    return read_text_bytes(SEED_TXT.read_bytes(), SEED_TXT.name)


# ---------------------------------------------------------------------------------------
# Each format read back: the same questions, asked of python-docx or of the ODF XML
# ---------------------------------------------------------------------------------------


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def _odt_named_styles(data: bytes) -> dict[str, etree._Element]:
    """The named paragraph styles of an ODT by the name a user sees."""
    out = {}
    for s in _part(data, "styles.xml").find(q("office:styles")).iter(q("style:style")):
        if s.get(q("style:family")) == "paragraph":
            out[s.get(q("style:display-name")) or s.get(q("style:name"))] = s
    return out


def _odt_twips(value: str) -> int:
    assert value.endswith("pt"), value  # the ODT states every length in points
    return round(float(value[:-2]) * 20)


def _docx_properties(data: bytes) -> dict[str, str]:
    props = Document(io.BytesIO(data)).core_properties
    return {"title": props.title, "subject": props.subject, "language": props.language}


def _odt_properties(data: bytes) -> dict[str, str]:
    meta = _part(data, "meta.xml")
    return {k: meta.findtext(f".//{q(f'dc:{k}')}") for k in ("title", "subject", "language")}


def _docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph with text."""
    document = Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]


def _odt_text(node: etree._Element) -> str:
    """A paragraph's text as python-docx reads a Word paragraph's: tabs and runs of spaces
    as characters, the body of a note (which ODF holds inside the paragraph) left out."""
    out = [node.text or ""]
    for child in node:
        if child.tag == q("text:tab"):
            out.append("\t")
        elif child.tag == q("text:s"):
            out.append(" " * int(child.get(q("text:c"), "1")))
        elif child.tag != q("text:note"):
            out.append(_odt_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _odt_paragraphs(data: bytes) -> list[tuple[str, str]]:
    content = _part(data, "content.xml")
    named = {s.get(q("style:name")): d for d, s in _odt_named_styles(data).items()}
    auto = {s.get(q("style:name")): s for s in content.iter(q("style:style"))}
    body = content.find(q("office:body")).find(q("office:text"))
    out = []
    for p in body.findall(q("text:p")):
        name = p.get(q("text:style-name"))
        if name in auto:  # an override of a named style
            name = auto[name].get(q("style:parent-style-name"))
        out.append((named[name], _odt_text(p)))
    return out


def _docx_italic(data: bytes) -> list[str]:
    document = Document(io.BytesIO(data))
    return [r.text for p in document.paragraphs for r in p.runs if r.style.name == "Emphasis"]


def _odt_italic(data: bytes) -> list[str]:
    body = _part(data, "content.xml").find(q("office:body"))
    return [
        "".join(s.itertext()) for s in body.iter(q("text:span")) if s.get(q("text:style-name")) == "Emphasis"
    ]


def _docx_style(data: bytes, name: str) -> dict[str, object]:
    style = Document(io.BytesIO(data)).styles[name]
    pf = style.paragraph_format
    return {
        "left": pf.left_indent.twips,
        "right": pf.right_indent.twips,
        "first_line": pf.left_indent.twips + pf.first_line_indent.twips,
        "first_tab": [t.position.twips for t in pf.tab_stops][0] if pf.tab_stops else None,
        "line": pf.line_spacing.pt,
        "after": pf.space_after.pt if pf.space_after is not None else 0.0,
        "size": style.font.size.pt,
        "bold": bool(style.font.bold),
        "family": style.font.name,
    }


def _odt_style(data: bytes, name: str) -> dict[str, object]:
    style = _odt_named_styles(data)[name]
    props = style.find(q("style:paragraph-properties"))
    text = style.find(q("style:text-properties"))
    left = _odt_twips(props.get(q("fo:margin-left"), "0pt"))
    stops = [s.get(q("style:position")) for s in props.iter(q("style:tab-stop"))]
    return {
        "left": left,
        "right": _odt_twips(props.get(q("fo:margin-right"), "0pt")),
        "first_line": left + _odt_twips(props.get(q("fo:text-indent"), "0pt")),
        "first_tab": _odt_twips(stops[0]) if stops else None,
        "line": float(props.get(q("fo:line-height"))[:-2]),
        "after": float(props.get(q("fo:margin-bottom"), "0pt")[:-2]),
        "size": float(text.get(q("fo:font-size"))[:-2]),
        "bold": text.get(q("fo:font-weight")) == "bold",
        "family": text.get(q("style:font-name")),
    }


def _docx_payload(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(embed.DOCX_PART.lstrip("/"))).text.encode()


def _odt_payload(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(embed.ODT_FILE)


@dataclass(frozen=True)
class Office:
    """One office writer and how its files are read back."""

    name: str  # the suffix
    write: Callable[..., bytes]
    properties: Callable[[bytes], dict[str, str]]
    paragraphs: Callable[[bytes], list[tuple[str, str]]]
    italic: Callable[[bytes], list[str]]
    style: Callable[[bytes, str], dict[str, object]]  # a named paragraph style's numbers
    payload: Callable[[bytes], bytes]
    agenda_note_mark: str  # how pandoc writes the agenda note's "*" before its text
    note_style: str  # the footnotes' paragraph style (Word's built-in name in a DOCX)

    def pdf(self, tmp: Path, data: bytes, name: str) -> Path:
        require("soffice", "pdftotext", "pdfinfo")
        path = tmp / f"{name}.{self.name}"
        path.write_bytes(data)
        return soffice_convert(path, "pdf", tmp / name)


OFFICE = {
    "docx": Office(
        "docx",
        write_docx,
        _docx_properties,
        _docx_paragraphs,
        _docx_italic,
        _docx_style,
        _docx_payload,
        r"\^?\\\*\^? ",
        "footnote text",
    ),
    "odt": Office(
        "odt",
        write_odt,
        _odt_properties,
        _odt_paragraphs,
        _odt_italic,
        _odt_style,
        _odt_payload,
        "",
        NEW_YORK.notes.para.name,
    ),
}


@pytest.fixture(scope="module", params=list(OFFICE))
def office(request) -> Office:
    return OFFICE[request.param]


@pytest.fixture(scope="module")
def example_pdf(office, tmp_path_factory) -> Path:
    return office.pdf(tmp_path_factory.mktemp("example"), office.write(example()), "example")


@pytest.fixture(scope="module")
def seed_pdf(office, tmp_path_factory) -> Path:
    return office.pdf(tmp_path_factory.mktemp("seed"), office.write(seed_from_text()), "seed")


@pytest.fixture(scope="module")
def footnoted_pdf(office, tmp_path_factory) -> Path:
    return office.pdf(tmp_path_factory.mktemp("notes"), office.write(footnoted_draft(), NEW_YORK), "notes")


@pytest.fixture(params=["example", "seed"])
def either(request, office) -> tuple[Path, Draft]:
    """The bundled example and the seed imported from its text form, as PDF, with the draft."""
    draft = example() if request.param == "example" else seed_from_text()
    return request.getfixturevalue(f"{request.param}_pdf"), draft


# ---------------------------------------------------------------------------------------
# The example and the seed in LibreOffice
# ---------------------------------------------------------------------------------------


def test_the_example_is_two_a4_pages(either):
    info = pdfinfo(either[0])
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


def test_the_agenda_note_is_at_the_foot_of_page_one(either):
    pdf, draft = either
    ws = words(pdf)
    note = find(ws, "E/CN.15/2013/1.", page=1)
    mark, text = same_line(ws, note)
    assert (mark.text, text.text) == ("*", "E/CN.15/2013/1.")
    # the mark ends at mark_right, the text starts at the notes' text column
    notes, left = VIENNA.notes, pt(VIENNA.page.left)
    assert mark.x1 == pytest.approx(left + pt(notes.mark_right), abs=TOL)
    assert text.x0 == pytest.approx(left + pt(notes.para.text), abs=TOL)
    # below every body line of page 1, above the job line (if the draft has one) at the foot
    body = [w for w in ws if w.page == 1 and w.y1 < note.y0 - 1]
    assert max(w.y1 for w in body) < note.y0
    job = draft.front.job_number.split()
    assert [w.text for w in ws if w.page == 1 and w.y0 > note.y1] == job
    # the mark in the agenda line is the same asterisk, right after "agenda"
    agenda = [w for w in ws if w.page == 1 and w.text.startswith("agenda")][0]
    after = [w for w in same_line(ws, agenda) if w.x0 >= agenda.x0]
    assert "".join(w.text for w in after[:2]).startswith("agenda*")
    assert "* E/CN.15/2013/1." in " ".join(pdf_pages(pdf)[0].split())


def test_operative_numbers_run_one_to_six_in_order(either):
    text = " ".join(" ".join(pdf_pages(either[0], layout=False)).split())
    found = re.findall(r"(?:^| )([1-9])\. (?:Takes note|Expresses|Invites|Requests)", text)
    assert found == ["1", "2", "3", "4", "5", "6"]


def test_page_two_carries_the_page_number_and_the_symbol_in_its_header(example_pdf):
    ws = words(example_pdf)
    page = VIENNA.page
    assert [w.text for w in ws if w.page == 2 and w.text == "2/2"] == ["2/2"]
    symbol = find(ws, "E/CN.15/2013/L.14", page=2)
    assert symbol.y1 < pt(page.top)  # in the header, above the body
    assert symbol.x0 == pytest.approx(pt(page.left), abs=TOL)  # even page: on the left
    body = [w for w in ws if w.page == 2 and w.y0 > pt(page.top)]
    assert symbol.y1 < min(w.y0 for w in body)
    # the job number without its language tag, in the footer, on the right of an even page
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
    # the next line of the same paragraph wraps back to ``left``
    below = [w for w in ws if w.page == 1 and recalling.y1 < w.y0 < recalling.y1 + para.line]
    assert min(w.x0 for w in below) == pytest.approx(pt(VIENNA.page.left + para.left), abs=TOL)
    assert recalling.x0 > min(w.x0 for w in below) + TOL


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
    # the symbol's first element is large and the rest small: two words, right-aligned
    first, rest = find(ws, "E", page=1), find(ws, "/CN.15/2013/L.14", page=1)
    assert rest.x1 == pytest.approx(left + pt(sum(mast.columns)), abs=TOL)
    assert first.x1 == pytest.approx(rest.x0, abs=0.5) and first.y1 - first.y0 > rest.y1 - rest.y0
    # the body starts below the masthead: header distance + both rows + the space after
    body = find(ws, "Commission", page=1)
    rows = pt(layout.page.header_distance + mast.row1_height + mast.row2_height)
    assert rows + mast.after_rule - TOL < body.y0 < rows + mast.after_rule + layout.base.line


@pytest.mark.parametrize("layout", [NEW_YORK, GENEVA], ids=["new_york", "geneva"])
def test_masthead_and_running_heads_sit_where_the_template_puts_them(tmp_path, office, example_draft, layout):
    pdf = office.pdf(tmp_path, office.write(example_draft, layout), layout.name)
    assert_heads_in_place(words(pdf), layout)


# ---------------------------------------------------------------------------------------
# Numbered footnotes, presets, annex
# ---------------------------------------------------------------------------------------


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


def test_page_one_keeps_its_larger_bottom_margin(tmp_path, office):
    """Page 1's footer is as tall as its larger bottom margin (room for the job line), so
    the body stops higher on page 1 than on the pages after it."""
    ws = words(office.pdf(tmp_path, office.write(margins_draft(), NEW_YORK), "margins"))
    assert_page_one_keeps_its_bottom_margin(ws, NEW_YORK)


def test_the_annex_starts_on_a_new_page_and_sub_paragraphs_sit_on_their_stops(tmp_path, office):
    ws = words(office.pdf(tmp_path, office.write(annex_draft(), GENEVA), "annex"))
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
# Other readers: pandoc and the command line
# ---------------------------------------------------------------------------------------


def test_pandoc_reads_notes_and_emphasis(tmp_path, office, example_draft):
    require("pandoc")
    path = tmp_path / f"example.{office.name}"
    path.write_bytes(office.write(example_draft))
    md = pandoc_markdown(path)
    assert "Item 7 of the provisional agenda[^1]" in md
    assert re.search(rf"\[\^1\]:\s+(?:>\s*)?{office.agenda_note_mark}E/CN\.15/2013/1\.", md), md[-300:]
    for phrase in ("*Recalling also*", "*Takes note*", "*The General Assembly*"):
        assert phrase in md
    notes_path = tmp_path / f"notes.{office.name}"
    notes_path.write_bytes(office.write(footnoted_draft()))
    md = pandoc_markdown(notes_path)
    assert re.findall(r"\[\^(\d)\]:", md) == ["1", "2", "3"]
    for i in (1, 2, 3):
        assert re.search(rf"\[\^{i}\]:\s+(?:>\s*)?Resolution 65/230, annex, NOTE{i}\.", md)


def test_cli_exports_from_dres_and_from_text(tmp_path, office):
    from delegate_editor.cli import main

    src = tmp_path / "draft.dres"
    src.write_bytes(dres.dumps(example()))
    out = tmp_path / f"draft.{office.name}"
    assert main(["export", str(src), "-o", str(out)]) == 0
    assert office.properties(out.read_bytes())["subject"] == "E/CN.15/2013/L.14"
    out_txt = tmp_path / f"seed.{office.name}"
    assert main(["export", str(SEED_TXT), "-o", str(out_txt)]) == 0
    assert any("Takes note" in text for _, text in office.paragraphs(out_txt.read_bytes()))


# ---------------------------------------------------------------------------------------
# The package: styles, properties, embedded draft, hostile text
# ---------------------------------------------------------------------------------------


def test_every_block_is_a_paragraph_in_its_named_style(office, example_draft):
    data = office.write(example_draft)
    rendered = render(example_draft)
    styles = [style for style, _ in office.paragraphs(data)]
    assert styles == [rendered.layout.style(b.style).name for b in rendered.blocks]
    italic = office.italic(data)
    assert "Recalling also" in italic and "Takes note" in italic and "The General Assembly" in italic


def test_styles_carry_the_layout_numbers(office):
    data = office.write(example(), NEW_YORK)
    para = NEW_YORK.style(BlockStyle.OPERATIVE)
    got = office.style(data, para.name)
    assert got["left"] == para.left and got["right"] == para.right
    assert got["first_line"] == para.first_line and got["first_tab"] == para.text
    assert got["line"] == para.line and got["after"] == para.after
    assert got["size"] == para.font.size and got["family"] == para.font.family
    title = NEW_YORK.style(BlockStyle.TITLE)
    got = office.style(data, title.name)
    assert got["bold"] and got["size"] == title.font.size == 12
    assert office.style(data, office.note_style)["size"] == NEW_YORK.notes.para.font.size


def test_document_properties(office, example_draft):
    assert office.properties(office.write(example_draft)) == {
        "title": "Strengthening international cooperation to combat cybercrime",
        "subject": "E/CN.15/2013/L.14",
        "language": VIENNA.language,
    }


def test_the_draft_is_embedded_for_reimport(office, example_draft):
    payload = office.payload(office.write(example_draft))
    draft, blocks = embed.read_payload(payload, f"example.{office.name}")
    assert dres.dumps(draft) == dres.dumps(example_draft)
    assert [b["text"] for b in blocks] == [b.text for b in render(example_draft).blocks]


def test_hostile_text_is_written_literally(office):
    note = Footnote(rich('See <w:t> <text:p> & ]]> "quoted" \x0bvertical tab.'))
    draft = Draft(
        title=rich('Title with <tags> & "quotes"'),
        operative=[
            Operative("Requests", (Run("a\ttab & <b>bold</b>  two spaces"), NoteRef(note.id), Run(".")))
        ],
        footnotes={note.id: note},
    )
    draft.front.symbol = 'A/78/L.1<"&>'
    data = office.write(draft)
    texts = [text for _, text in office.paragraphs(data)]
    assert 'Title with <tags> & "quotes"' in texts
    assert any("a\ttab & <b>bold</b>  two spaces." in t for t in texts)
    assert office.properties(data)["subject"] == 'A/78/L.1<"&>'
