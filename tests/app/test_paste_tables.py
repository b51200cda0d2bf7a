"""A table copied out of the app pastes back as its rows, as plain text (the text form's pipe
table) and as HTML (a ``<table>``); a table pasted from Word is read as rows; a table that
lays out a web page is read as paragraphs, as before tables were read.

The rows are those of the staffing table of A/C.5/80/L.4 (annex, "Staffing table for 2026").
"""

from __future__ import annotations

import pytest

from delegate_editor.app.copy_out import body_ids, copy_html, copy_text
from delegate_editor.app.corpus import without_record
from delegate_editor.app.html_text import html_to_text
from delegate_editor.app.paste import paste, paste_html, paste_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.document import AnnexStyle, Draft
from delegate_editor.model.table import is_row, split_cells
from delegate_editor.model.text import NoteRef, Run
from delegate_editor.model.walk import tree

HEADS = [
    "Category",
    "Number of posts (excluding special political missions)",
    "Number of posts (special political missions)a",
    "Total",
]
P4 = ["P-4", "1 573", "298", "1 871"]


def _plain(text) -> str:
    return "".join(i.text for i in text if isinstance(i, Run))


def rows(draft: Draft) -> list[tuple[AnnexStyle, list[str]]]:
    """Every table row of the draft's annexes: its style and its cells' words."""
    return [
        (para.style, [_plain(cell) for cell in split_cells(para.text)])
        for annex in draft.annexes
        for para in annex.paragraphs
        if is_row(para)
    ]


@pytest.fixture(scope="module")
def staffing(corpus_dir) -> tuple[Draft, list[str]]:
    """A/C.5/80/L.4 and the ids of its last operative paragraph and its annex (the rows
    with a paragraph above them, so that the paste reads a draft with an annex)."""
    name = "drafts/A_C.5_80_L.4.txt"
    draft = read_text(without_record((corpus_dir / name).read_text("utf-8")), name)
    last = draft.operative_paragraphs()[-1]
    return draft, [last.id, *(node.id for node, _ in tree(draft.annexes))]


def test_the_corpus_table_is_read_as_rows(staffing):
    draft, _ = staffing
    table = rows(draft)
    assert table[0] == (AnnexStyle.HEADER, HEADS)
    assert (AnnexStyle.ROW, P4) in table
    assert len(table) > 40


def test_copied_rows_paste_back_as_text(staffing):
    draft, ids = staffing
    text = copy_text(draft, ids)
    assert (
        "| Category | Number of posts (excluding special political missions) "
        "| Number of posts (special political missions)a | Total |\n| --- | --- | --- | --- |\n"
    ) in text
    assert "| P-4 | 1 573 | 298 | 1 871 |\n" in text
    assert "\t" not in text
    assert rows(paste_text(text).draft) == rows(draft)


def test_copied_rows_paste_back_as_html(staffing):
    draft, ids = staffing
    html = copy_html(draft, ids)
    assert (
        "<thead><tr><th>Category</th><th>Number of posts (excluding special political missions)</th>" in html
    )
    assert "<tr><td>P-4</td><td>1 573</td><td>298</td><td>1 871</td></tr>" in html
    assert "<tbody>" in html and "\t" not in html
    # the HTML reads as the same pipe table the text copy has
    text = html_to_text(html)
    assert text.split("| Category", 1)[1] == copy_text(draft, ids).split("| Category", 1)[1]
    pasted = paste(text="unused", html=html)
    assert rows(pasted.draft) == rows(draft)
    assert [o.opening for o in pasted.operative] == ["Decides"]


# Word's clipboard HTML for a table (MsoTableGrid), the heading row set to repeat on each
# page (mso-yfti-irow:-1), the heads in italics, empty cells as <o:p>&nbsp;</o:p>
_CELL = "width:113.3pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt"


def _word_row(cells: list[str], style: str) -> str:
    tds = "".join(
        f"\n  <td width=151 valign=top style='{_CELL}'>\n  <p class=MsoNormal>{cell or '<o:p>&nbsp;</o:p>'}"
        f"<o:p></o:p></p>\n  </td>"
        for cell in cells
    )
    return f"\n <tr style='{style}'>{tds}\n </tr>"


WORD_TABLE = (
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--
p.MsoNormal {margin:0cm} --></style></head><body lang=EN-GB><!--StartFragment-->
<p class=MsoListParagraph style='margin-left:18pt;text-indent:-18pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span><![endif]><i>Approves</i> the staffing table for 2026 set out in the annex to the
present resolution;</p>
<p class=MsoNormal align=center style='text-align:center'><span lang=EN-GB>Annex<o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=EN-GB>Staffing table for
2026<o:p></o:p></span></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"""
    + _word_row(
        [
            "<i><span lang=EN-GB style='font-size:8.0pt'>Category</span></i>",
            "<i><span lang=EN-GB style='font-size:8.0pt'>Number of posts (excluding\nspecial political "
            "missions)</span></i>",
            "<i><span lang=EN-GB style='font-size:8.0pt'>Number of posts (special political missions)"
            "</span></i><sup><span lang=EN-GB style='font-size:8.0pt'>a</span></sup>",
            "<i><span lang=EN-GB style='font-size:8.0pt'>Total</span></i>",
        ],
        "mso-yfti-irow:-1;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes",
    )
    + _word_row(["<span lang=EN-GB>Professional and higher</span>", "", "", ""], "mso-yfti-irow:0")
    + _word_row(["<span lang=EN-GB>P-5</span>", "861", "132", "993"], "mso-yfti-irow:1")
    + _word_row(
        ["<span lang=EN-GB>P-4</span>", "1 573", "298", "1 871"], "mso-yfti-irow:2;mso-yfti-lastrow:yes"
    )
    + "\n</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<!--EndFragment--></body></html>"
)


def test_a_table_pasted_from_word_is_read_as_rows():
    text = html_to_text(WORD_TABLE)
    assert "| *Category* | *Number of posts (excluding special political missions)* |" in text
    assert "| --- | --- | --- | --- |\n| Professional and higher |  |  |  |\n" in text
    assert "| P-4 | 1 573 | 298 | 1 871 |" in text
    pasted = paste_html(WORD_TABLE)
    assert [o.opening for o in pasted.operative] == ["Approves"]
    assert rows(pasted.draft) == [
        (AnnexStyle.HEADER, HEADS),
        (AnnexStyle.ROW, ["Professional and higher", "", "", ""]),
        (AnnexStyle.ROW, ["P-5", "861", "132", "993"]),
        (AnnexStyle.ROW, P4),
    ]
    (annex,) = pasted.annexes
    assert _plain(annex.title) == "Staffing table for 2026"
    assert split_cells(annex.paragraphs[0].text)[0] == (Run("Category", True),)  # the heads' italics


def test_heading_cells_a_bar_and_a_cell_spanning_columns():
    html = (
        "<table><caption>Staffing table for 2026</caption><tr><th>Category</th><th>Posts | SPM</th></tr>"
        "<tr><td colspan=2>Expenditure sections</td></tr><tr><td>P-4</td><td>1 573</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Staffing table for 2026\n\n| Category | Posts \\| SPM |\n| --- | --- |\n"
        "| Expenditure sections |  |\n| P-4 | 1 573 |\n"
    )


# -- tables that lay out a web page: read as paragraphs, as before ----------------------------

DECIDES = (
    "to proclaim 5 September of each year as the International Day of the World’s Indigenous Women and Girls;"
)
REQUESTS = (
    "the Secretary-General to bring the present resolution to the attention of all States Members of the "
    "United Nations;"
)
NUMBERED_LAYOUT = f"""<table width="100%"><tr><td valign="top">1.</td><td><i>Decides</i> {DECIDES}</td></tr>
<tr><td valign="top">2.</td><td><i>Requests</i> {REQUESTS}</td></tr></table>"""
PAGE_LAYOUT = f"""<table><tr><td class="nav"><a href="/">Home</a></td><td class="content">
<p><i>Recalling</i> the Universal Declaration of Human Rights,</p>
<p>1. <i>Decides</i> {DECIDES}</p><p>2. <i>Requests</i> {REQUESTS}</p></td></tr></table>"""
ONE_COLUMN = f"""<table><tr><td><p>1. <i>Decides</i> {DECIDES}</p></td></tr>
<tr><td><p>2. <i>Requests</i> {REQUESTS}</p></td></tr></table>"""


@pytest.mark.parametrize(
    "html", [NUMBERED_LAYOUT, PAGE_LAYOUT, ONE_COLUMN], ids=["numbers", "page", "column"]
)
def test_a_layout_table_is_kept_as_paragraphs(html):
    text = html_to_text(html)
    assert "|" not in text
    assert f"1. *Decides* {DECIDES}" in text and f"2. *Requests* {REQUESTS}" in text
    pasted = paste_html(html)
    assert [o.opening for o in pasted.operative] == ["Decides", "Requests"]
    assert not pasted.annexes


def test_a_layout_table_reads_as_it_did_before_tables():
    """A row's cells run on into one paragraph, a space apart; their own paragraphs stay apart."""
    assert html_to_text(NUMBERED_LAYOUT) == f"1. *Decides* {DECIDES}\n\n2. *Requests* {REQUESTS}\n"
    assert html_to_text(PAGE_LAYOUT) == (
        f"Home\n\n*Recalling* the Universal Declaration of Human Rights,\n\n1. *Decides* {DECIDES}\n\n"
        f"2. *Requests* {REQUESTS}\n"
    )


def test_a_data_table_inside_a_layout_table_is_still_read_as_rows():
    inner = "<table><tr><th>Category</th><th>Total</th></tr><tr><td>P-4</td><td>1 871</td></tr></table>"
    html = f"<table><tr><td>Menu</td><td><p><i>Approves</i> the staffing table:</p>{inner}</td></tr></table>"
    text = html_to_text(html)
    assert "| Category | Total |\n| --- | --- |\n| P-4 | 1 871 |" in text
    assert "*Approves* the staffing table:" in text


def test_a_note_in_a_heading_cell_is_copied_and_pasted_with_it():
    text = (
        "1. *Approves* the staffing table for 2026 set out in the annex to the present resolution;\n\n"
        "Annex\n\nStaffing table for 2026\n\n| Category | Total[^1] |\n| --- | --- |\n| P-4 | 1 871 |\n\n"
        "[^1]: Including the posts of special political missions.\n"
    )
    draft = paste_text(text).draft
    ids = body_ids(draft)
    html = copy_html(draft, ids)
    assert '<th>Total<a href="#fn1" id="fn1ref"><sup>1</sup></a></th>' in html
    for pasted in (paste_text(copy_text(draft, ids)), paste_html(html)):
        heads = split_cells(pasted.annexes[0].paragraphs[0].text)
        (ref,) = [i for i in heads[1] if isinstance(i, NoteRef)]
        assert (
            _plain(pasted.footnotes[ref.note_id].text) == "Including the posts of special political missions."
        )
        assert rows(pasted.draft) == [
            (AnnexStyle.HEADER, ["Category", "Total"]),
            (AnnexStyle.ROW, ["P-4", "1 871"]),
        ]


# the masthead of a UN draft as Word puts it on the clipboard: a table with no heading row
WORD_MASTHEAD = """<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:48.95pt'>
  <td width=89 valign=bottom><p class=MsoNormal><o:p>&nbsp;</o:p></p></td>
  <td width=156 valign=bottom><p class=MsoNormal><span style='font-size:14pt'>United Nations</span></p></td>
  <td width=398 valign=bottom><p class=MsoNormal align=right><span style='font-size:20pt'>A</span>/C.5/80/L.4</p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes;height:2.1in'>
  <td width=89 valign=top><p class=MsoNormal><img width=74 height=63 src="logo.gif"></p></td>
  <td width=156 valign=top><p class=MsoNormal><b><span style='font-size:28pt'>General Assembly</span></b></p></td>
  <td width=398 valign=top><p class=MsoNormal>Distr.: Limited</p><p class=MsoNormal>29 December 2025</p>
  <p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Original: English</p></td>
 </tr>
</table>
<p class=MsoNormal><b>Eightieth session</b></p>
<p class=MsoNormal>Fifth Committee</p>
<p class=MsoNormal><i>Approves</i> the staffing table for 2026 set out in the annex to the present resolution;</p>
"""


def test_a_masthead_table_is_kept_as_paragraphs():
    text = html_to_text(WORD_MASTHEAD)
    assert text.startswith(
        "United Nations\n\nA/C.5/80/L.4\n\nGeneral Assembly\n\nDistr.: Limited\n\n29 December 2025\n\n"
        "Original: English\n\nEightieth session\n\n"
    )
    assert paste_html(WORD_MASTHEAD).draft.front.symbol == "A/C.5/80/L.4"
