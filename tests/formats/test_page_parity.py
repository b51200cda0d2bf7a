"""The three page exports break pages alike, and as the UN did, on real L. documents.

Every text of the corpus (the L. documents and the adopted resolutions) is exported as DOCX
and ODT, both rendered by LibreOffice, and as the app's own typst PDF (the pages of the
preview and of print); the three must have the same pages with the same words on each
(issue 22, fault 10). For drafts that import whole, the DOCX has as many pages
as the UN's own PDF, whose page furniture says "k/N" (issue 15). The measurement is the one
``bench/page_parity.py`` prints for the whole corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from office import require

from bench.page_parity import measure, un_pages

pytestmark = pytest.mark.office

# Two one-page draft resolutions imported whole today (the second with its "On behalf of"
# note), and a draft of five pages in the UN's PDF, with 16 notes, whose import still loses
# its notes into the body (issue 15): the three renderings must agree on it all the same.
# Before the fixes of the typeset pages its PDF ran to seven pages and the DOCX and ODT to six.
WHOLE = ("A_C.6_80_L.9", "A_C.2_80_L.2")
LONG = "A_C.3_80_L.27"
# Drafts on which typst alone printed a note on another page than its mark, where
# LibreOffice moves the line, the paragraph or the note (formats/note_pages.py).
NOTES = ("A_80_L.13", "A_80_L.11", "A_C.3_80_L.21", "A_C.3_80_L.35", "A_C.2_80_L.30")


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
TEXTS = sorted((*CORPUS.glob("drafts/*.txt"), *CORPUS.glob("ga-80/*.md")))


@pytest.fixture(scope="module")
def parity(tmp_path_factory):
    """The whole corpus in one measurement (LibreOffice converts all DOCX in one call and
    all ODT in another: about a minute)."""
    require("soffice", "pdftotext")
    return {r.name: r for r in measure(TEXTS, tmp_path_factory.mktemp("parity"))}


def test_the_corpus_is_all_here():
    assert len(TEXTS) >= 89 and {*WHOLE, LONG, *NOTES} <= {t.stem for t in TEXTS}


# A/C.1/80/L.4 (held out, 2026-12-04): the line citing note 3 ends page 1; LibreOffice
# starts the note under it and carries the rest to page 2 (a note's continuation), typst
# keeps the line, sets the note whole on page 2 and fills page 1 with two more lines. The
# page counts agree (7, as the UN's); typst's pages do not yet split a note (bench/RESULTS.md).
NOTE_SPLIT = "A_C.1_80_L.4"
# A/C.3/80/L.9 (held out): typst fits "... illicit trafficking in" on a line of paragraph 10
# where LibreOffice breaks before "in"; page 4 ends one line later in words, not in lines (the
# line-breaking difference of bench/RESULTS.md, about one line in 600).
LINE_BREAK = "A_C.3_80_L.9"
# A/80/L.4 (held out, 2026-12-04): page 2 ends with the line that holds note 16's mark ("...
# in the Pact for the Future.16") and note 16 does not fit under it: LibreOffice sets the
# note on page 3 in the DOCX (as typst does), but moves the line to page 3 with it in the ODT.
NOTE_WITH_LINE = "A_80_L.4"
# A/C.1/80/L.25 (held out, 2026-12-05): the last line of page 1 holds note 1's mark.
# LibreOffice sets the DOCX's mark (w:vertAlign superscript, the DGACM style) at 58 % of the
# text and the ODT's at 65 %, the size Word gives it and the UN's PDFs measure (6.5 pt); the
# DOCX line keeps "article", the ODT line carries it to page 2 (same page count, 3).
MARK_WIDTH = "A_C.1_80_L.25"
MARK_WIDTH_END = "A_RES_80_3"
# A/80/L.18 (held out, 2026-12-05): note 1 runs from page 1 onto page 2. typst sets its
# continuation at the top of page 2's notes and leaves a gap before note 2, so its page 2
# holds two lines of text fewer than LibreOffice's; the pages meet again at page 8. The ODT's
# page 5 also holds a word more than the DOCX's (the superscript mark's width, as above).
NOTE_CONTINUED = "A_80_L.18"
# A/C.4/80/L.7 (held out, 2026-12-05, stop 38): the line citing note 3, a note of nine lines,
# is the last that fits on page 2 with the note under it split. LibreOffice carries the line
# and the whole note to page 3 from the DOCX and the ODT alike, as the UN's page 3 holds
# them; typst keeps the line on page 2 and starts the note there (same page count, 7).
NOTE_CARRIED = "A_C.4_80_L.7"
# A/C.3/80/L.45 (held out, stop 38): the first two lines of operative paragraph 11's
# sub-paragraph (b) end page 5. LibreOffice keeps them there from the DOCX and carries them to
# page 6 from the ODT, as typst does (same page count, 9).
SUB_SPLIT = "A_C.3_80_L.45"
# A/C.2/80/L.38 (held out, stop 38): operative paragraph 5, two lines with note 15's mark,
# would end page 6, whose notes hold note 14. typst sets the paragraph there and note 15 on
# page 7, apart from its mark; LibreOffice carries the paragraph to page 7 with its note, from
# the DOCX and the ODT alike (same page count, 11).
MARK_APART = "A_C.2_80_L.38"
# A/C.3/80/L.48 (held out, tenth round): "Recalling also Human Rights Council resolutions
# 21/12 of 27 September 2012,6 27/5 ...,7 33/2 ...,8" would end page 1, whose notes are full.
# LibreOffice sets its first two lines there and carries notes 6 to 8 to page 2 (DOCX and
# ODT alike); typst starts the paragraph on page 2 with its notes, as the UN's page 2 does
# (same page count, 11).
NOTES_AFTER_MARKS = "A_C.3_80_L.48"
LINE_CARRIED = "A_C.2_80_L.46"
# Twelfth held-out round (2026-12-06, stop 40): LibreOffice 7.4 breaks a line at a hyphen
# where typst, Unicode's line breaking and the UN's Word keep the hyphen with what follows
# ("(COVID-|19)", "micro-|, small"). (A/C.5/80/L.4's line that typst set a word longer no
# longer ends a page since its staffing table is a table: its pages agree, 14.)
HYPHEN_DIGIT = "A_C.2_80_L.40"
HYPHEN_COMMA = "A_C.2_80_L.24"
# A/C.2/80/L.58 (the round's second batch): the last three lines of paragraph 32, which cite
# note 21, would end page 12, whose notes are full. LibreOffice carries them to page 13 with
# the note, from the DOCX and the ODT alike; typst keeps them and the note on page 12.
LINES_WITH_NOTE = "A_C.2_80_L.58"
# Thirteenth held-out round (2026-12-06, stop 41), the drafts over 100,000 characters: the
# same page counts in all three renderings, the same few lines apart as above.
ONE_WORD_MORE = "A_C.2_80_L.22"
WIDER_MARK = "A_80_L.22"
LINES_CARRIED = ("A_C.3_80_L.3", "A_80_L.17")
KNOWN_WORDS = {
    ONE_WORD_MORE: "pages 13-14 of the PDF differ from the DOCX and the ODT by a word: typst fits "
    "'targets' on page 13's last line ('... between the Sendai Framework global targets') where "
    "LibreOffice breaks before it (same page count, 19)",
    WIDER_MARK: "pages 53-54 differ by a word: the line '... the Exploration of the Sea, 1964,171 and' "
    "keeps 'and' in the DOCX and typst's PDF and carries it in the ODT, whose superscript mark is "
    "wider (same page count, 55)",
    LINES_CARRIED[0]: "pages 11-16 of the PDF differ from the DOCX and the ODT by two lines: typst ends "
    "page 11 with the first two lines of 'Welcoming resolution 12/4 of 18 October 2024 ...', which "
    "LibreOffice carries to page 12 (same page count, 24)",
    LINES_CARRIED[1]: "pages 36-46 of the PDF differ from the DOCX and the ODT by two lines: typst ends "
    "page 36 with paragraph 184, which cites note 39; LibreOffice carries the paragraph to page 37 "
    "with its note (same page count, 52)",
    LINES_WITH_NOTE: "pages 12-14 of the PDF differ from the DOCX and the ODT by three lines: "
    "LibreOffice carries the end of paragraph 32 to page 13 with its note 21, typst keeps both "
    "on page 12 (same page count, 18)",
    HYPHEN_DIGIT: "pages 2-5 of the PDF differ from the DOCX and the ODT: LibreOffice 7.4 breaks "
    "'(COVID-' / '19) pandemic' at the hyphen, typst keeps '(COVID-19)' whole, as the UN's PDF "
    "does (same page count, 12)",
    HYPHEN_COMMA: "pages 7-9 of the PDF differ from the DOCX and the ODT: LibreOffice 7.4 breaks "
    "'micro-' / ', small and medium-sized' after the hyphen, before the comma, which typst "
    "does not (same page count, 13)",
    NOTES_AFTER_MARKS: "pages 1-11 of the PDF differ from the DOCX and the ODT by two lines: "
    "LibreOffice ends page 1 with the first two lines of a paragraph and carries their notes 6 "
    "to 8 to page 2; typst, as the UN, starts the paragraph on page 2 (same page count, 11)",
    NOTE_CONTINUED: "pages 2-7 of the PDF differ from the DOCX: typst leaves a gap after note 1's "
    "continuation on page 2, two lines LibreOffice gives to the text (same page count, 15)",
    MARK_WIDTH: "pages 1-2 of the ODT differ from the DOCX by a word: LibreOffice sets the DOCX's "
    "superscript mark narrower than the ODT's, and the line holding note 1's mark keeps 'article' "
    "in the DOCX only (same page count, 3)",
    MARK_WIDTH_END: "pages 3-5 of the ODT differ from the DOCX and the PDF by two lines: the ODT's "
    "wider superscript mark does not fit at the end of paragraph 8's last line ('the Pact for the "
    "Future.16'), which the DOCX and typst keep on one line; a line less for paragraph 12 on page "
    "3, whose last two lines go to page 4 (widow control) (same page count, 5)",
    LINE_CARRIED: "pages 7-8 of the PDF differ from the DOCX and the ODT by one line: LibreOffice "
    "ends page 7 with 'countries facing specific challenges, in accordance with the respective "
    "countries’' above note 5, typst carries the line to page 8 (same page count, 13)",
    NOTE_WITH_LINE: "pages 3-5 of the ODT differ from the DOCX and the PDF by one line: LibreOffice "
    "moves the line with note 16's mark to page 3 in the ODT and leaves it on page 2 in the DOCX "
    "(same page count, 5)",
    NOTE_SPLIT: "pages 1-2 of the PDF differ from the DOCX: LibreOffice splits the long note 3 "
    "across the two pages, typst's pages do not split a note yet (same page count, 7)",
    LINE_BREAK: "pages 4-5 of the PDF differ from the DOCX by a word: typst fits 'in' on a line of "
    "paragraph 10 where LibreOffice breaks before it (same page count, 6)",
    SUB_SPLIT: "pages 6-9 of the DOCX differ from the ODT and the PDF by two lines: LibreOffice leaves "
    "the start of sub-paragraph 11 (b) at the foot of page 5 from the DOCX only (same page count, 9)",
    MARK_APART: "pages 7-11 of the PDF differ from the DOCX and the ODT: typst ends page 6 with "
    "paragraph 5 and sets its note 15 on page 7; LibreOffice carries the paragraph with its note "
    "(same page count, 11)",
    NOTE_CARRIED: "pages 2-7 of the PDF differ from the DOCX and the ODT: LibreOffice carries the line "
    "citing the nine-line note 3 to page 3 with the note, as the UN's page does; typst keeps the "
    "line on page 2 and starts the note there (same page count, 7)",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(t.stem, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WORDS[t.stem]))
        if t.stem in KNOWN_WORDS
        else t.stem
        for t in TEXTS
    ],
)
def test_docx_odt_and_pdf_have_the_same_words_on_every_page(parity, name):
    result = parity[name]
    assert not result.error
    assert result.docx == result.odt == result.pdf, result
    assert result.differing_pages == [], result


# The UN's own PDF of A/80/L.11 starts page 3 with paragraph 3 (four lines) although its
# page 2 holds two lines more on other L. documents with as many notes; ours sets it on
# page 2 (bench/RESULTS.md). A/C.3/80/L.13 and L.15 (held out, fourth round) run a page
# longer than the UN's: the UN's page 1 of L.15 holds two lines more than ours with its
# paragraphs set in as many lines, the page ending in the line that cites note 1.
UN_PAGES = {
    "A_80_L.11": "the UN breaks page 2 of A/80/L.11 before it is full; no rule in the text says why",
    "A_C.3_80_L.13": "our DOCX runs to 8 pages, the UN's to 7: its pages hold a line or two more (RESULTS)",
    "A_C.1_80_L.55": "our DOCX runs to 9 pages, the UN's to 8: the UN's page 1 holds two lines more "
    "(its line '... as well as plans' keeps a word ours carries over) and the pages never meet again",
    "A_C.2_80_L.50": "our DOCX runs to 9 pages, the UN's to 8: pages 1 to 4 break where the UN's do, "
    "from page 5 the UN's pages hold a line or two more",
    "A_C.3_80_L.15": "our DOCX runs to 5 pages, the UN's to 4: its page 1 holds two lines more (RESULTS)",
    "A_80_L.18": "our DOCX runs to 15 pages, the UN's to 14: LibreOffice ends 25 of the 90 "
    "paragraphs' first lines a word earlier than the UN's PDF (RESULTS)",
    "A_C.2_80_L.47": "our DOCX runs to 15 pages, the UN's to 14: LibreOffice 7.4 sets the UN's "
    "full justified lines a word shorter, as it does not narrow their spaces as Word 2013 does; "
    "LibreOffice 25.2 gives the same DOCX the UN's 14 pages (RESULTS)",
    "A_C.3_80_L.49": "our DOCX runs to 11 pages, the UN's to 10, under LibreOffice 7.4 and 25.2 "
    "alike; not looked into (RESULTS)",
    "A_C.2_80_L.28": "our DOCX runs to 11 pages, the UN's to 10: the UN's lines hold a word more "
    "('Action Agenda of the Third International Conference on Financing for Development,' is "
    "one line of its page 1, two of ours) and page 11 takes the last 7 lines (RESULTS)",
}
# twelfth held-out round (2026-12-06, stop 40): LibreOffice 7.4 against 25.2 (bench/RESULTS.md)
_WORD_2013 = (
    "our DOCX runs to {ours} pages, the UN's to {un}: LibreOffice 7.4 sets the UN's full "
    "justified lines a word shorter, as it does not narrow their spaces as Word 2013 does; "
    "LibreOffice 25.2 gives the same DOCX the UN's {un} pages (RESULTS)"
)
UN_PAGES.update(
    {
        name: _WORD_2013.format(ours=un + 1, un=un)
        for name, un in (
            ("A_C.2_80_L.6", 11),
            ("A_C.2_80_L.13", 9),
            ("A_C.2_80_L.19", 10),
            ("A_C.3_80_L.2", 11),
            ("A_C.3_80_L.5", 12),
            ("A_C.3_80_L.17", 15),
            # stop 42: with note 14's mark in its place ("at least 565[^14] humanitarian
            # workers"), where it was put at the paragraph's end, two lines run over
            ("A_C.4_80_L.16", 12),
        )
    }
)
UN_PAGES.update(
    {
        "A_C.1_80_L.41": "our DOCX runs to 3 pages, the UN's to 2, under LibreOffice 7.4 and 25.2 "
        "alike: our page 1 ends after 'Reaffirming ...' (21 lines of text), the UN's holds 24 and "
        "five lines of 'Welcoming ...'; two paragraphs take a line more in ours, and the UN's page "
        "has room for three lines more; not found why (RESULTS)",
        "A_C.4_80_L.8": "our DOCX runs to 10 pages, the UN's to 9, under LibreOffice 7.4 and 25.2 "
        "alike (25.2's ODT has 9); not looked into (RESULTS)",
        "A_80_L.34": "our DOCX runs to 14 pages, the UN's to 13, under LibreOffice 7.4 and 25.2 "
        "alike; not looked into (RESULTS)",
        "A_C.2_80_L.53": "our DOCX runs to 15 pages, the UN's to 14, under LibreOffice 7.4 and 25.2 "
        "alike; not looked into (RESULTS)",
        # thirteenth round (stop 41): apart under LibreOffice 7.4 and 25.2 alike
        "A_80_L.41": "our DOCX runs to 19 pages, the UN's to 20, under LibreOffice 7.4 and 25.2 "
        "alike: page 1 ends as the UN's; from page 2, where the adopted outcome document's "
        "'Introduction' and numbered paragraphs begin, the UN's pages hold two or three lines "
        "fewer than ours; not found why (RESULTS)",
        "A_C.3_80_L.8": "our DOCX runs to 20 pages, the UN's to 21 (19 under LibreOffice 25.2): the "
        "UN's page 1 holds two lines of sub-paragraph 4 (b) more than ours, and its annex of model "
        "strategies (each strategy's text under its number, then its commentary) runs longer; not "
        "looked into further (RESULTS)",
        "A_C.2_80_L.5": "our DOCX runs to 18 pages, the UN's to 17, under LibreOffice 7.4 and 25.2 "
        "alike; not looked into (RESULTS)",
        "A_C.5_80_L.5": "not comparable: the UN sets the list of special political missions under "
        "section XVII as a table, which the model holds as 13 headings in a row",
        "A_C.5_80_L.6": "not comparable: five headings in a row ('Programme budget for 2026', 'A', "
        "'Budget appropriations for 2026', 'The General Assembly', 'Resolves that, for 2026:'): a text "
        "of three resolutions, each with its organ line and lead-in, which the model does not hold "
        "(its DOCX has the UN's 5 pages all the same, RESULTS)",
    }
)
DRAFTS = sorted(t.stem for t in CORPUS.glob("drafts/*.txt"))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=UN_PAGES[n])) if n in UN_PAGES else n
        for n in DRAFTS
    ],
)
def test_every_comparable_draft_has_as_many_pages_as_the_uns(parity, name):
    """Issue 15: the DOCX of each L. document, rendered by LibreOffice, has the UN's page
    count. Every draft is comparable but A/C.5/80/L.5 (a table in its operative part, held as headings):
    A/C.4/80/L.15's timetable and A/C.5/80/L.4's staffing table are tables (7 and 14 pages,
    as the UN's); the amendments A/80/L.19 and L.31 and the decision
    A/80/L.42 are, since their "**" notes keep that mark."""
    result = parity[name]
    assert result.comparable, result.damage
    assert result.docx == result.un, result


@pytest.mark.parametrize("name", WHOLE)
def test_a_draft_imported_whole_has_as_many_pages_as_the_uns(parity, name):
    result = parity[name]
    assert result.comparable, result.damage
    assert result.docx == result.un, result


def test_the_long_draft_runs_over_pages(parity):
    """The agreement above is about page breaks, not a single page."""
    assert parity[LONG].pdf >= 5


def test_the_uns_page_count_is_its_furniture(corpus_dir):
    raw = (corpus_dir / "drafts" / f"{LONG}.txt").read_text(encoding="utf-8")
    assert "\n5/5" in raw and un_pages(raw) == 5
    one_page = (corpus_dir / "drafts" / f"{WHOLE[0]}.txt").read_text(encoding="utf-8")
    assert un_pages(one_page) == 1  # a one-page document carries no "k/N"
