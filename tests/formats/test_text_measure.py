"""Where a sentence that ends a line goes on in the same paragraph, from the widths of a
PDF's lines (``formats/text_measure.py``), on lines quoted from the corpus."""

from __future__ import annotations

from delegate_editor.formats.text_measure import blank_separated, full_line, measure_of, sentence_goes_on
from tests.corpus_drafts import CORPUS, corpus_text

# A/RES/73/124, annex: an amended rule of a trust fund quoted whole, set narrower (78
# characters) than the notes that make the text's full line (86)
BEHALF = "one representative from their Regional Group to attend on their behalf."
HOWEVER = "However, no person from a State with an application before the panel and no"
PANEL = (
    "“The Division may engage an independent panel to assist in the",
    "examination of applications on the basis of section 4 above and to recommend",
    "the amount of financial assistance to be given. The panel shall be composed of",
    "the Chairs of the United Nations Regional Groups; each Chair may designate",
    BEHALF,
)


def test_a_pdfs_text_has_blank_lines_and_a_full_line():
    text = corpus_text(CORPUS / "ga-73-pdf" / "A_RES_73_124.txt")
    assert blank_separated(text)
    assert full_line(text) == 86


def test_the_measure_is_the_paragraphs_own_inner_lines_where_narrower():
    widths = [len(line) for line in PANEL]
    assert measure_of(86, widths) == 78  # the first (indented) and the last line aside
    assert measure_of(86, widths[:3]) == 86  # one inner line tells nothing
    assert measure_of(0, widths) == 0  # a web copy: a paragraph a line


def test_a_sentence_goes_on_where_the_next_word_would_not_have_fitted():
    assert sentence_goes_on(BEHALF, HOWEVER, 86, 78)
    # measured against the text's full line alone, the line looks short: a paragraph's end
    assert not sentence_goes_on(BEHALF, HOWEVER, 86, 86)


def test_a_short_line_under_a_sentence_stands_alone():
    # A/RES/79/233: a list's heading under a paragraph's last line
    assert not sentence_goes_on(
        "developing country operators, which can result in significantly high costs.", "Targets:", 86, 80
    )
    # A/RES/76/203: the next sentence would have fitted on the line: a new paragraph
    assert not sentence_goes_on(
        "Self-nominations and nominations by third parties are both acceptable.",
        "Nominations can also be submitted by the following:",
        85,
        85,
    )


def test_a_full_line_goes_on_as_before():
    # A/RES/80/226, model strategy 53: the line fills the measure
    assert sentence_goes_on(
        "of and rationale behind relevant policies are communicated clearly to the public.",
        "Investment in the training of criminal justice personnel and other professionals",
        87,
        87,
    )
