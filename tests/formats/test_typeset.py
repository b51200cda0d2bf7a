"""Typeset pages (typst): the PDF read back by poppler, the page images, and hostile text.

Positions are read with ``pdftotext -bbox`` and compared with the numbers in layout.py, so a
test fails when the pages drift from the layout spec, not only when text goes missing.
"""

from __future__ import annotations

import copy
import datetime
import os
import re
import struct
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from pdfwords import assert_heads_in_place, assert_page_one_keeps_its_bottom_margin, find, words
from sample_drafts import cited_twice_draft, footnoted_draft, margins_draft

from delegate_editor.errors import InputError
from delegate_editor.formats import typeset, typst_source
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import GENEVA, NEW_YORK, VIENNA, BlockStyle, pt
from delegate_editor.model import (
    Adoption,
    Annex,
    AnnexParagraph,
    AnnexStyle,
    DocumentKind,
    Draft,
    Footnote,
    NoteRef,
    Operative,
    Preambular,
    Run,
    SubParagraph,
    rich,
)
from tests.office import pdf_pages, pdffonts, pdfinfo, pdftotext, require, soffice_convert

TOL = 0.6  # pt: poppler reports glyph boxes, rounded


def write(tmp_path: Path, draft: Draft, layout=None, name: str = "draft.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(typeset.write_pdf(draft, layout))
    return out


@pytest.fixture
def example_pdf(example_draft, tmp_path) -> Path:
    require("pdftotext", "pdfinfo", "pdffonts")
    return write(tmp_path, example_draft)


# ---------------------------------------------------------------------------------------
# The example draft (the seed): page size, fonts, the text of each page
# ---------------------------------------------------------------------------------------


def test_example_is_two_a4_pages_with_liberation_serif_embedded(example_pdf):
    info = pdfinfo(example_pdf)
    assert info["Pages"] == "2"
    assert "(A4)" in info["Page size"]
    fonts = pdffonts(example_pdf)
    rows = [line.split() for line in fonts.splitlines()[2:]]
    embedded = {r[0].split("+")[-1] for r in rows if "yes" in r}
    # the masthead and headings in Liberation Serif; the body (103 %) and the notes (104 %)
    # in its widened faces, which set Word's character scale (scripts/make_wide_fonts.py)
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= embedded
    assert {"DelegateSerif103", "DelegateSerif103-Italic", "DelegateSerif104"} <= embedded
    # nothing but the bundled families: every machine renders the same pages
    assert all(name.startswith(("LiberationSerif", "DelegateSerif")) for name in embedded)
    assert info.get("Title") == "Strengthening international cooperation to combat cybercrime"
    assert info.get("Subject") == "E/CN.15/2013/L.14"


def test_example_page_one_masthead_front_matter_and_agenda_note(example_pdf):
    one, two = pdf_pages(example_pdf)
    lines = [" ".join(line.split()) for line in one.splitlines() if line.strip()]
    text = "\n".join(lines)
    for expected in (
        "United Nations E/CN.15/2013/L.14",
        "Economic and Social Council Distr.: Limited",
        "2 April 2013",
        "Original: English",
        "Commission on Crime Prevention and Criminal Justice\nTwenty-second session\n"
        "Vienna, 22-26 April 2013\nItem 7 of the provisional agenda*",
        "Brazil, China, India, Russian Federation and South Africa: draft resolution",
        "Strengthening international cooperation to combat cybercrime",
        "The General Assembly,",
    ):
        assert expected in text
    # the agenda note is the last thing on page 1 before the job number
    assert lines[-1] == "V.13-82258 (E)"
    assert re.fullmatch(r"\*\s*E/CN\.15/2013/1\.", " ".join(lines[-3:-1]).replace("* ", "*"))
    assert "E/CN.15/2013/1." not in two


def test_example_agenda_note_sits_at_the_foot_of_page_one(example_pdf):
    ws = words(example_pdf)
    page = VIENNA.page
    note = find(ws, "E/CN.15/2013/1.", page=1)
    rule = find(ws, VIENNA.notes.separator_text, page=1)
    body = [w for w in ws if w.page == 1 and w.y1 < rule.y0]
    assert body and max(w.y1 for w in body) < rule.y0 < note.y0
    # the note ends where page 1's larger bottom margin begins
    assert note.y1 == pytest.approx(pt(page.height - page.bottom_first), abs=2.5)
    assert note.x0 == pytest.approx(pt(page.left + VIENNA.notes.para.text), abs=TOL)
    job = find(ws, "V.13-82258", page=1)
    assert job.y0 > note.y1 and job.x0 == pytest.approx(pt(page.left), abs=TOL)


def test_example_operative_numbers_in_order_and_page_two_running_head(example_pdf):
    one, two = pdf_pages(example_pdf)
    numbers = re.findall(r"^\s*(\d)\.\s+[A-Z]", one + two, flags=re.M)
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    assert "2/2" in two and "E/CN.15/2013/L.14" in two
    assert "2/2" not in one
    ws = words(example_pdf)
    page = VIENNA.page
    head = find(ws, "E/CN.15/2013/L.14", page=2)  # even page: symbol flush left
    assert head.x0 == pytest.approx(pt(page.left), abs=TOL)
    assert head.y1 < pt(page.top)
    number = find(ws, "2/2", page=2)  # even page: page number on the left, job on the right
    assert number.x0 == pytest.approx(pt(page.left), abs=TOL)
    # one Normal line above the footer distance: Word's footer table ends with an empty line
    assert number.y1 == pytest.approx(pt(page.height - page.footer_distance) - VIENNA.base.line, abs=2)
    job = find(ws, "V.13-82258", page=2)
    assert job.x1 == pytest.approx(pt(page.width - page.right), abs=TOL)


def test_example_paragraph_geometry_follows_layout(example_pdf):
    ws = words(example_pdf)
    left = pt(VIENNA.page.left)
    pre = VIENNA.style(BlockStyle.PREAMBLE)
    op = VIENNA.style(BlockStyle.OPERATIVE)
    title = VIENNA.style(BlockStyle.TITLE)
    recalling = find(ws, "Recalling", page=1)
    assert recalling.x0 == pytest.approx(left + pt(pre.first_line), abs=TOL)
    next_line = [w for w in ws if w.page == 1 and abs(w.y0 - recalling.y0 - pre.line) < 0.5]
    assert min(w.x0 for w in next_line) == pytest.approx(left + pt(pre.left), abs=TOL)
    assert find(ws, "1.").x0 == pytest.approx(left + pt(op.first_line), abs=TOL)
    assert find(ws, "Takes").x0 == pytest.approx(left + pt(op.text), abs=TOL)
    assert find(ws, "Strengthening").x0 == pytest.approx(left + pt(title.text), abs=TOL)
    # between paragraphs: the larger of the space after and the next space before, as Word
    agenda, sponsors = VIENNA.style(BlockStyle.AGENDA_TITLE), VIENNA.style(BlockStyle.SPONSORS)
    gap = find(ws, "Brazil,").y1 - find(ws, "justice", page=1).y1
    assert gap == pytest.approx(sponsors.line + max(agenda.after, sponsors.before), abs=0.1)
    # exact line pitch: consecutive lines of one paragraph are `line` points apart
    lines = sorted({round(w.y1, 1) for w in ws if w.page == 1 and w.x0 < left + pt(pre.left) + 1})
    pitches = {round(b - a, 1) for a, b in zip(lines, lines[1:], strict=False)}
    assert pre.line in pitches


def test_adopted_title_number_ends_at_first_and_meeting_line_is_right_aligned(tmp_path):
    require("pdftotext")
    draft = Draft(
        kind=DocumentKind.ADOPTED,
        title=rich("Sport for development and peace"),
        adoption=Adoption("73/8", datetime.date(2018, 11, 1), "30th plenary meeting"),
        operative=[Operative("Adopts", rich("the text."))],
    )
    ws = words(write(tmp_path, draft, NEW_YORK))
    left = pt(NEW_YORK.page.left)
    title = NEW_YORK.style(BlockStyle.TITLE)
    assert find(ws, "73/8.").x1 == pytest.approx(left + pt(title.first_line), abs=TOL)
    assert find(ws, "Sport").x0 == pytest.approx(left + pt(title.text), abs=TOL)
    meeting = NEW_YORK.style(BlockStyle.MEETING)
    right = pt(NEW_YORK.page.width - NEW_YORK.page.right - meeting.right)
    assert find(ws, "meeting").x1 == pytest.approx(right, abs=TOL)


def test_a_label_wider_than_its_column_moves_the_text_to_the_next_tab_stop(tmp_path):
    require("pdftotext")
    items = [SubParagraph(rich(f"ITEM{n} text;")) for n in range(1, 29)]  # (i) ... (xxviii)
    draft = Draft(operative=[Operative("Decides", rich("to:"), [SubParagraph(rich("Lead:"), items)])])
    ws = words(write(tmp_path, draft, NEW_YORK))
    left = pt(NEW_YORK.page.left)
    sub2 = NEW_YORK.style(BlockStyle.SUB2)
    short, wide = find(ws, "(i)"), find(ws, "(xxviii)")
    assert short.x0 == wide.x0 == pytest.approx(left + pt(sub2.first_line), abs=TOL)
    assert find(ws, "ITEM1").x0 == pytest.approx(left + pt(sub2.text), abs=TOL)
    text = find(ws, "ITEM28")
    assert text.x0 > wide.x1  # never drawn over the label
    stop = next(t for t in NEW_YORK.tab_grid if left + pt(t) > wide.x1)
    assert text.x0 == pytest.approx(left + pt(stop), abs=TOL)


# ---------------------------------------------------------------------------------------
# Footnotes, presets, annexes
# ---------------------------------------------------------------------------------------


def test_numbered_footnotes_sit_at_the_foot_of_their_page_in_order(tmp_path):
    require("pdftotext")
    pdf = write(tmp_path, footnoted_draft(), NEW_YORK)
    ws = words(pdf)
    placed = []
    for i in (1, 2, 3):
        note = find(ws, f"NOTE{i}.")
        rule = find(ws, NEW_YORK.notes.separator_text, page=note.page)
        body = [w for w in ws if w.page == note.page and pt(NEW_YORK.page.top) < w.y0 < rule.y0]
        assert body and max(w.y1 for w in body) < rule.y0 < note.y0
        # the mark before the note's text is its number, right-aligned before the text
        line = sorted(
            (w for w in ws if w.page == note.page and w.y0 < note.y1 and w.y1 > note.y0), key=lambda w: w.x0
        )
        mark, first = line[0], line[1]
        assert (mark.text, first.text) == (str(i), "Resolution")
        assert mark.x1 == pytest.approx(pt(NEW_YORK.page.left + NEW_YORK.notes.mark_right), abs=TOL)
        assert first.x0 == pytest.approx(pt(NEW_YORK.page.left + NEW_YORK.notes.para.text), abs=TOL)
        placed.append((note.page, note.y0))
    assert placed == sorted(placed)  # 1, 2, 3 in order down the pages
    # each note is on the page of the paragraph that cites it
    for para, note in (("PARA1", "NOTE1."), ("PARA2", "NOTE2."), ("PARA10", "NOTE3.")):
        assert find(ws, para).page == find(ws, note).page
    assert find(ws, "NOTE3.").page > find(ws, "NOTE1.").page


def test_page_one_keeps_its_larger_bottom_margin_without_notes(tmp_path):
    require("pdftotext")
    draft = margins_draft()
    ws = words(write(tmp_path, draft, NEW_YORK))
    assert_page_one_keeps_its_bottom_margin(ws, NEW_YORK)


def test_a_note_cited_twice_has_one_entry_and_two_marks(tmp_path):
    require("pdftotext")
    draft = cited_twice_draft()
    ws = words(write(tmp_path, draft, NEW_YORK))
    assert [w.text for w in ws].count("TWICE.") == 1
    for cite in ("FIRSTCITE", "SECONDCITE"):
        word = find(ws, cite)
        after = [w for w in ws if w.page == word.page and abs(w.x0 - word.x1) < 1 and w.y0 < word.y1]
        assert [w.text for w in after][:1] == ["1"], cite  # the superscript mark right after


def test_new_york_preset_is_letter_and_geneva_is_a4(tmp_path, example_draft):
    require("pdfinfo")
    assert "(letter)" in pdfinfo(write(tmp_path, example_draft, NEW_YORK, "ny.pdf"))["Page size"]
    assert "(A4)" in pdfinfo(write(tmp_path, example_draft, GENEVA, "g.pdf"))["Page size"]


def test_annex_starts_on_a_new_page(tmp_path):
    require("pdftotext")
    draft = Draft(
        title=rich("With an annex"),
        operative=[Operative("Adopts", rich("the declaration annexed to the present resolution."))],
        annexes=[
            Annex(
                rich("Political declaration"),
                [AnnexParagraph(rich("We, the Heads of State, ANNEXTEXT."), AnnexStyle.NUMBERED)],
            )
        ],
    )
    ws = words(write(tmp_path, draft, NEW_YORK))
    label = find(ws, "Annex")
    assert label.page == 2 and find(ws, "Adopts").page == 1
    body = [w for w in ws if w.page == 2 and pt(NEW_YORK.page.top) < w.y0]
    assert min(body, key=lambda w: w.y0).text == "Annex"
    assert find(ws, "ANNEXTEXT.").page == 2


# ---------------------------------------------------------------------------------------
# The same pages as the DOCX rendered by LibreOffice
# ---------------------------------------------------------------------------------------

LINE_WORDS = 16  # a full body line holds about this many words


def _page_words(pdf: Path) -> list[Counter[str]]:
    """The words of each page, as a multiset: alphabetic tokens only, so the barcode digits,
    page numbers and reading-order differences between two renderings do not count."""
    return [Counter(w.lower() for w in re.findall(r"[A-Za-z]{2,}", page)) for page in pdf_pages(pdf, False)]


def test_pdf_pages_hold_the_same_words_as_the_docx_in_libreoffice(example_draft, tmp_path):
    """Compared: the page count, and each page's words as a multiset. Line breaks may differ
    slightly (typst and LibreOffice justify differently), so at most one line's worth of words
    may sit on the other side of a page break; the agenda note must be on page 1 in both."""
    from delegate_editor.formats import docx_writer

    require("soffice", "pdftotext")
    docx = tmp_path / "seed.docx"
    docx.write_bytes(docx_writer.write_docx(example_draft))
    theirs = _page_words(soffice_convert(docx, "pdf", tmp_path / "lo"))
    ours = _page_words(write(tmp_path, example_draft, name="typst.pdf"))
    assert len(ours) == len(theirs)
    for n, (a, b) in enumerate(zip(ours, theirs, strict=True), start=1):
        moved = (a - b) + (b - a)
        assert sum(moved.values()) <= LINE_WORDS, f"page {n}: {dict(moved)}"
    for pages_words in (ours, theirs):
        assert pages_words[0]["cn"] >= 2  # the symbol in the masthead and in the agenda note


# ---------------------------------------------------------------------------------------
# Hostile text: nothing a delegate types is read as typst code
# ---------------------------------------------------------------------------------------

HOSTILE = [
    '#import "x.typ": *',
    "]",
    "[",
    "$x^2$",
    "back\\slash",
    "<label>",
    "@ref",
    "// not a comment",
    "/* nor this */",
    "#set page(width: 10pt)",
    '"quoted"',
    "#sys.inputs",
    "{ code }",
    "*bold* _emph_ `raw` = heading",
    "#panic(1)",
]


def test_hostile_text_appears_literally(tmp_path, example_draft):
    require("pdftotext", "pdfinfo")
    draft = copy.deepcopy(example_draft)
    draft.front.symbol = "A/78/L.1 #]"
    draft.title = rich("Title #emph[x] $y$")
    draft.preamble = [Preambular(text, rich(f"{text} ending,")) for text in HOSTILE]
    footnote = Footnote(rich("#footnote[x] ] $"))
    draft.footnotes = {footnote.id: footnote}
    draft.operative = [Operative("Requests", (Run("$ [ \\ // "), NoteRef(footnote.id), Run(".")))]
    pdf = write(tmp_path, draft)
    text = " ".join(pdftotext(pdf).split())
    for hostile in HOSTILE:
        assert f"{hostile} {hostile} ending," in text
    assert "Title #emph[x] $y$" in text
    assert "#footnote[x] ] $" in text
    assert "A/78/L.1 #]" in text
    info = pdfinfo(pdf)
    assert "(A4)" in info["Page size"]  # "#set page(width: 10pt)" changed nothing


# ---------------------------------------------------------------------------------------
# Page images, determinism, the command line, errors
# ---------------------------------------------------------------------------------------


def test_page_images_match_the_pdf(example_draft):
    svgs = typeset.render_pages(example_draft)
    assert len(svgs) == 2 and all(s.lstrip().startswith(b"<svg") for s in svgs)
    pngs = typeset.render_pages(example_draft, fmt="png", ppi=72)
    assert len(pngs) == 2
    for png in pngs:
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (round(pt(VIENNA.page.width)), round(pt(VIENNA.page.height)))
    with pytest.raises(ValueError):
        typeset.render_pages(example_draft, fmt="jpeg")


def test_svg_pages_draw_with_qt(example_draft, qapp):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    svg = typeset.render_pages(example_draft)[0]
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    size = renderer.defaultSize()
    assert (size.width(), size.height()) == (round(pt(VIENNA.page.width)), round(pt(VIENNA.page.height)))


def test_template_compiles_without_warnings(example_draft):
    """Unknown fonts, bad arguments and layout loops show up as typst warnings."""
    from delegate_editor.formats.blocks import render

    made, main = typeset.engine()
    for layout in (VIENNA, NEW_YORK, GENEVA):
        data = typst_source.page_data(render(example_draft, layout))
        _pdf, warnings = made.compile_with_warnings(
            input=main, format="pdf", sys_inputs=typst_source.inputs(data)
        )
        assert warnings == []


def test_same_draft_same_bytes(example_draft):
    assert typeset.write_pdf(example_draft) == typeset.write_pdf(copy.deepcopy(example_draft))


def test_empty_drafts_still_make_a_page(tmp_path):
    require("pdfinfo")
    assert pdfinfo(write(tmp_path, Draft(), name="a.pdf"))["Pages"] == "1"
    assert pdfinfo(write(tmp_path, Draft(authoring=""), name="b.pdf"))["Pages"] == "1"


def test_cli_export_pdf(tmp_path):
    require("pdfinfo")
    from delegate_editor.resources import resource

    out = tmp_path / "draft.pdf"
    cmd = [sys.executable, "-m", "delegate_editor", "export", str(resource("examples", "cybercrime.dres"))]
    done = subprocess.run([*cmd, "-o", str(out), "--paper", "Letter"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    info = pdfinfo(out)
    assert info["Pages"] == "2" and "(letter)" in info["Page size"]


def test_missing_fonts_are_one_clear_line(monkeypatch, tmp_path, example_draft):
    monkeypatch.setattr(typeset, "font_dir", lambda: tmp_path)
    with pytest.raises(InputError) as err:
        typeset.write_pdf(example_draft)
    message = str(err.value)
    assert "\n" not in message and str(tmp_path) in message and "LiberationSerif" in message


def test_font_metrics_read_from_the_bundled_face():
    """Liberation Serif has Times New Roman's metrics: 2048 units, descender 443, space 512,
    "M" 1821, the values of Times New Roman that Liberation Serif copies."""
    metrics = font_metrics()
    assert metrics.units_per_em == 2048
    assert metrics.descender == pytest.approx(443 / 2048)
    assert metrics.advances[ord(" ")] == 512 and metrics.advances[ord("M")] == 1821
    assert metrics.mean_advance(" M") == pytest.approx((512 + 1821) / 2 / 2048)
    assert metrics.width("MM", NEW_YORK.base.font) == pytest.approx(2 * 1821 / 2048 * 10 + 2 * 0.2)


def test_layout_numbers_reach_the_template(example_draft):
    """A changed number in layout.py changes the pages: nothing is fixed in the template."""
    moved = replace(VIENNA, page=replace(VIENNA.page, left=VIENNA.page.left + 400))
    data = typst_source.page_data(typeset.render(example_draft, moved))
    assert data["layout"]["page"]["left"] == pt(VIENNA.page.left + 400)
    lengths = set(re.findall(r"\b\d+(?:\.\d+)?(?:pt|mm|cm|in|em|fr|%)", typst_source.TEMPLATE.decode()))
    assert lengths <= {"0pt", "1pt", "1em", "1fr", "100%"}  # zero, units and "all of it"


@pytest.mark.parametrize("layout", [NEW_YORK, GENEVA], ids=["new_york", "geneva"])
def test_masthead_and_running_heads_sit_where_the_template_puts_them(tmp_path, example_draft, layout):
    assert_heads_in_place(words(write(tmp_path, example_draft, layout, f"{layout.name}.pdf")), layout)


def test_exports_leave_nothing_in_the_temp_folder(tmp_path):
    """The template typst compiles is a file in the user's cache, written once and shared;
    each export used to leave a folder holding it in the temp folder."""
    from delegate_editor.resources import resource

    temp, home = tmp_path / "temp", tmp_path / "home"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), DELEGATE_EDITOR_HOME=str(home))
    for name in ("one.pdf", "two.pdf"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "delegate_editor",
                "export",
                str(resource("examples", "cybercrime.dres")),
                "-o",
                str(tmp_path / name),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
        assert list(temp.iterdir()) == []
        (template,) = (home / "cache" / "typst").glob("pages-*/pages.typ")
        assert template.read_bytes() == typst_source.TEMPLATE
