"""A table under an operative paragraph, through every real client: the budget's
appropriations of A/C.5/80/L.6, resolution A ("1. Appropriations totalling ... are hereby
approved for the following purposes:", its table of sections and amounts, then paragraphs 2
and 3). The rows are row sub-paragraphs of paragraph 1 (``SubParagraph.row``); the writers
set them as the annex's rows are set (a Word table, an ODF table, a typst table, a pipe
table), with no letter, and paragraph 2 keeps its number. Word and LibreOffice files of
other makers (LibreOffice from HTML, python-docx) read back the same way, the tracked
changes of an edited row are accepted and rejected by LibreOffice, and a long table repeats
its heads on each page (the reading and the tracked changes: ``test_operative_tables_in``).

The rows are read from the corpus text itself (``tests/data/corpus/drafts/A_C.5_80_L.6.txt``,
PyMuPDF's text of the UN's PDF, one cell a line).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx_factory import without_embedded_docx
from office import pandoc_markdown, pdf_pages, soffice_convert
from test_docx_tables import NS, _body, _text
from test_odt_reader import without_embedded_odt
from test_odt_tables import cell_texts, content, q, rows_of
from test_typeset_tables import _rules

from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.layout import pt
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typeset import write_pdf
from delegate_editor.model.document import Draft, Operative, RowKind
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import plain_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.5_80_L.6.txt"
P1 = (
    "Appropriations totalling 3,450,426,300 United States dollars are hereby approved for the "
    "following purposes:"
)
P2 = (
    "The Secretary-General shall be authorized to transfer credits between sections of the budget, "
    "with the concurrence of the Advisory Committee on Administrative and Budgetary Questions;"
)
P3 = (
    "In addition to the appropriations approved under paragraph 1 above, an amount of 75,000 dollars "
    "is appropriated for 2026 from the accumulated income of the Library Endowment Fund for the "
    "purchase of books, periodicals, maps and library equipment and for such other expenses of the "
    "Library at the Palais des Nations in Geneva as are in accordance with the objects and provisions "
    "of the endowment."
)
HEADS = ["Section", "", "Amount (United States dollars)"]
MASTHEAD = """General Assembly

A/C.5/80/L.6

Distr.: Limited

Original: English

Fifth Committee

Programme budget for 2026

*The General Assembly*,

*Resolves* that, for 2026:

"""
_AMOUNT = re.compile(r"^\d{1,3}(?: \d{3})+$")
_FURNITURE = re.compile(r"^(?:A/C\.5/80/L\.6|25-21164|\d/5|Section|Amount|\(United States|dollars\))$")


def budget_rows() -> list[list[str]]:
    """Resolution A's table as the corpus text holds it: "Part I. ..." rows, a section's
    number, its name (over several lines at times) and its amount, the subtotals, the total;
    the running heads and the repeated column heads of pages 2 and 3 left out. 70 rows."""
    lines = [line.strip() for line in CORPUS.read_text("utf-8").splitlines()]
    start = lines.index("Part I. Overall policymaking, direction and coordination")
    rows: list[list[str]] = []
    pending: list[str] = []
    for line in lines[start:]:
        if not line or _FURNITURE.match(line):
            continue
        if line.startswith("Part "):
            rows.append([line, "", ""])
        elif _AMOUNT.match(line):
            first, *name = pending
            rows.append([first, " ".join(name), line])
            pending = []
            if first == "Total":
                return rows
        else:
            pending.append(line)
    raise AssertionError("no Total row in the corpus text")


ROWS = budget_rows()
SHORT = ROWS[:4]  # Part I: its heading row, sections 1 and 2, its subtotal


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table_text(rows: list[list[str]]) -> str:
    return "\n".join([pipe(HEADS), "| --- | --- | --- |", *(pipe(r) for r in rows)])


def text_of(rows: list[list[str]], p1: str = P1, table: str = "") -> str:
    return f"{MASTHEAD}1. {p1}\n\n{table or table_text(rows)}\n\n2. {P2}\n\n3. {P3}\n"


def budget(rows: list[list[str]] = SHORT) -> Draft:
    return read_text(text_of(rows), "A_C.5_80_L.6.txt")


def expected(rows: list[list[str]]) -> list[tuple[RowKind, list[str]]]:
    return [(RowKind.HEADER, HEADS), *((RowKind.ROW, r) for r in rows)]


def sub_rows(para: Operative) -> list[tuple[RowKind, list[str]]]:
    """The paragraph's row sub-paragraphs: each one's kind and its cells' words."""
    return [(s.row, [plain_text(c) for c in split_cells(s.text)]) for s in para.subs if s.row]


def assert_budget(draft: Draft, rows: list[list[str]] = SHORT) -> None:
    """Three operative paragraphs, the table's rows under the first and nothing else under it."""
    first, *_ = ops = draft.operative_paragraphs()
    assert [plain_text(op.text) for op in ops] == [P1, P2, P3]
    assert sub_rows(first) == expected(rows)
    assert len(first.subs) == len(rows) + 1 and not any(op.subs for op in ops[1:])


def in_order(text: str, *parts: str) -> None:
    """``parts`` stand in ``text`` in this order (spaces and line ends taken as one)."""
    flat = " ".join(text.split())
    at = 0
    for part in parts:
        found = flat.find(part, at)
        assert found >= 0, f"{part!r} not after {flat[max(at - 80, 0) : at]!r}"
        at = found + len(part)


def row_line(cells: list[str]) -> re.Pattern[str]:
    """A row set on one line of the PDF's text, its cells far apart."""
    return re.compile(r"^\s*" + r"\s{2,}".join(re.escape(c) for c in cells if c) + r"\s*$", re.M)


# -- the text form --------------------------------------------------------------------------


def test_the_text_form_holds_the_rows_as_a_pipe_table_under_paragraph_1():
    draft = budget()
    assert_budget(draft)
    text = write_text(draft)
    assert f"1. {P1}\n\n{table_text(SHORT)}\n\n2. {P2}" in text
    assert_budget(read_text(text, "A_C.5_80_L.6.txt"))
    assert write_text(read_text(text, "A_C.5_80_L.6.txt")) == text


def test_the_whole_table_of_the_corpus_is_read():
    assert len(ROWS) == 70
    assert ROWS[1] == ["1", "Overall policymaking, direction and coordination", "92 738 500"]
    assert ROWS[16] == [
        "10",
        "Least developed countries, landlocked developing countries and small island developing States",
        "10 666 800",
    ]
    assert ROWS[-1] == ["Total", "", "3 450 426 300"]
    assert_budget(budget(ROWS), ROWS)


# -- the files, and the clients that read them ----------------------------------------------


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("operative-tables")
    made = {
        "short.docx": write_docx(budget()),
        "short.odt": write_odt(budget()),
        "long.docx": write_docx(budget(ROWS)),
        "mixed.docx": write_docx(mixed()),
        "short.pdf": write_pdf(budget()),
        "long.pdf": write_pdf(budget(ROWS)),
        "mixed.pdf": write_pdf(mixed()),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    out = {name: folder / name for name in made}
    for name in ("short.docx", "short.odt", "long.docx", "mixed.docx"):
        out[name + ".pdf"] = soffice_convert(folder / name, "pdf", folder / name.replace(".", "-"))
    return out


def test_the_docx_sets_one_word_table_between_paragraphs_1_and_2(files):
    body = _body(files["short.docx"].read_bytes())
    (table,) = body.findall("w:tbl", NS)
    before, after = table.getprevious(), table.getnext()
    assert _text(before).endswith(P1) and _text(after) == f"2.{P2}"  # the tab: a w:tab
    trs = table.findall("w:tr", NS)
    assert [[_text(tc) for tc in tr.findall("w:tc", NS)] for tr in trs] == [HEADS, *SHORT]
    assert [tr.find("w:trPr/w:tblHeader", NS) is not None for tr in trs] == [True] + [False] * len(SHORT)


def test_the_odt_sets_one_odf_table_with_its_header_row_between_paragraphs_1_and_2(files):
    root = content(files["short.odt"].read_bytes())
    (table,) = root.iter(q("table:table"))
    (header,) = table.findall(q("table:table-header-rows"))
    assert [[cell_texts(c) for c in r] for r in rows_of(header)] == [HEADS]
    assert [[cell_texts(c) for c in r] for r in table.findall(q("table:table-row"))] == SHORT
    before, after = table.getprevious(), table.getnext()
    assert "".join(before.itertext()).endswith(P1)
    assert re.fullmatch(rf"2\.\t?{re.escape(P2)}", "".join(after.itertext()))  # the tab: a text:tab


@pytest.mark.office
@pytest.mark.parametrize("name", ["short.docx.pdf", "short.odt.pdf", "short.pdf"])
def test_the_pdfs_set_the_table_between_the_paragraphs_a_row_a_line(files, name):
    """LibreOffice's PDF of the DOCX and of the ODT, and the app's own (typst)."""
    text = "\n".join(pdf_pages(files[name]))
    in_order(text, "1. Appropriations totalling", "Section", "Part I. Overall", "Subtotal, part I")
    in_order(
        text, "Subtotal, part I 446 092 700 2. The Secretary-General shall be authorized", "3. In addition"
    )
    assert row_line(["Subtotal, part I", "446 092 700"]).search(text)
    assert "(a)" not in text  # the rows take no letter


@pytest.mark.office
def test_pandoc_reads_the_tables_under_paragraph_1(files):
    """pandoc drops an ODT's header rows (jgm/pandoc#9327, see test_odt_tables), not the DOCX's."""
    for name in ("short.docx", "short.odt"):
        markdown = pandoc_markdown(files[name])
        in_order(markdown, "1\\. Appropriations", "Part I. Overall", "Subtotal, part I", "2\\. The Secretary")
        assert row_line(["1", "Overall policymaking, direction and coordination", "92 738 500"]).search(
            markdown
        )
    assert row_line(["Section", "Amount (United States dollars)"]).search(
        pandoc_markdown(files["short.docx"])
    )


MIXED_A = (
    "33,379,800 dollars, representing the estimated income other than staff assessment income "
    "approved for 2026 under resolution B above;"
)
MIXED_B = "For Member States that have fulfilled their financial obligations to the regular budget, as an "
MIXED_B += "offset against their regular budget assessment for 2026;"
MIXED_C = "For Member States that have not fulfilled their financial obligations to the regular budget, "
MIXED_C += "as an offset against their regular budget arrears;"


def mixed() -> Draft:
    """Lettered items (a), (b), the table, then (c) (the items' words from resolution C)."""
    table = f"(a) {MIXED_A}\n\n(b) {MIXED_B}\n\n{table_text(SHORT)}\n\n(c) {MIXED_C}"
    return read_text(text_of(SHORT, table=table), "A_C.5_80_L.6.txt")


def test_lettered_items_around_the_rows_are_lettered_on_across_them():
    draft = mixed()
    subs = draft.operative_paragraphs()[0].subs
    assert [s.row for s in subs] == [RowKind.NONE] * 2 + [RowKind.HEADER] + [RowKind.ROW] * 4 + [RowKind.NONE]
    labels = [
        (b.style.value, b.label) for b in render(draft).blocks if b.style.value.startswith(("sub", "table"))
    ]
    assert labels == [("sub1", "(a)"), ("sub1", "(b)"), ("table_header", "")] + [("table_row", "")] * 4 + [
        ("sub1", "(c)")
    ]
    assert write_text(read_text(write_text(draft), "x.txt")) == write_text(draft)
    for back in (
        read_docx(without_embedded_docx(write_docx(draft)), "x.docx").draft,
        read_odt(without_embedded_odt(write_odt(draft)), "x.odt").draft,
    ):
        assert write_text(back) == write_text(draft)


@pytest.mark.office
@pytest.mark.parametrize("name", ["mixed.docx.pdf", "mixed.pdf"])
def test_the_pdfs_letter_a_b_then_the_rows_then_c(files, name):
    text = "\n".join(pdf_pages(files[name]))
    in_order(text, "(a) 33,379,800", "(b) For Member States that have fulfilled", "Section")
    in_order(text, "Subtotal, part I 446 092 700 (c) For Member States that have not", "2. The Secretary")


@pytest.mark.office
@pytest.mark.parametrize("name", ["long.docx.pdf", "long.pdf"])
def test_a_long_table_repeats_its_heads_on_each_page(files, name):
    """LibreOffice's PDF of the DOCX (``w:tblHeader``) and the app's (typst's table.header)."""
    pages = [page for page in pdf_pages(files[name]) if "Subtotal, part" in page]
    assert len(pages) >= 3
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        head = next(k for k, line in enumerate(lines) if line.startswith("Section"))
        assert head < next(k for k, line in enumerate(lines) if line.startswith(("Part ", "Subtotal")))
    text = "\n".join(pages)
    in_order(text, *(row[2] for row in ROWS if row[2]))  # every amount, in the table's order
    assert row_line(["29D", "Administration, Nairobi", "19 027 900"]).search(text)
    in_order(text, "Total 3 450 426 300 2. The Secretary-General")


@pytest.mark.office
def test_the_rule_under_the_last_row_runs_level_under_every_cell(files, tmp_path):
    """The rule under "Total | | 3 450 426 300": drawn at each cell's words' foot, it was
    higher under the empty middle cell (a step in the rule); now one line across the table."""
    layout = render(budget(ROWS)).layout
    indent, width = layout.table_span()
    left = pt(layout.page.left + indent)
    pages = _rules(files["long.pdf"], tmp_path, left, left + pt(width))
    top = pt(layout.page.top)
    in_text = [[y for y in page if y > top - 1] for page in pages]
    # page 1 has the masthead's rules besides: the pages after it
    assert [len(page) for page in in_text[1:]] == [2] * (len(pages) - 2) + [3]
