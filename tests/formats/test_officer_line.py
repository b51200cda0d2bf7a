"""A committee officer's line over three lines (A/C.2/80/L.59, held out 2026-12-05):

    Draft resolution submitted by the Vice-Chair of the Committee, Jenni Mikkola
    (Finland), on the basis of informal consultations on draft resolution
    A/C.2/80/L.3

The first line reads as a whole officer's line, so the second started a paragraph of its own
(taken for the title), and the third, a symbol alone on its line, was dropped as a running
head: the words "A/C.2/80/L.3" were lost, the real title went into the preamble and the
checker said the draft had no authoring line. A name in brackets opens no paragraph, and
another document's symbol after the word that announces it ends that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.document import DocumentKind
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text
from tests.office import pdf_pages, require, soffice_convert

L59 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "drafts" / "A_C.2_80_L.59.txt"
WHO = (
    "the Vice-Chair of the Committee, Jenni Mikkola (Finland), on the basis of informal "
    "consultations on draft resolution A/C.2/80/L.3"
)
TITLE = "Operational activities for development of the United Nations system"


@pytest.fixture(scope="module")
def draft():
    text = corpus_text(L59)
    assert "Jenni Mikkola \n(Finland), on the basis" in text and "draft resolution \nA/C.2/80/L.3 \n" in text
    draft, _ = parse_text_report(text, L59.name)
    return dres.loads(dres.dumps(draft))


def test_the_officers_line_is_read_whole(draft):
    assert draft.kind is DocumentKind.OFFICER and draft.sponsors.submitted_by == WHO
    assert plain_text(draft.title) == TITLE
    assert draft.authoring == "The General Assembly"
    assert [p.opening for p in draft.preamble][:3] == [
        "Reaffirming",
        "Reaffirming also",
        "Reaffirming further",
    ]
    assert len(draft.preamble) == 10 and len(draft.operative) == 14 and len(draft.footnotes) == 7
    assert not [f for f in check(draft) if f.severity == "error"]


def test_the_text_form_prints_it_on_one_line_and_reads_back(draft):
    text = write_text(draft)
    assert f"\nDraft resolution submitted by {WHO}\n\n{TITLE}\n" in text
    again, _ = parse_text_report(text, "copy.txt")
    assert again.sponsors.submitted_by == WHO and write_text(again) == text


def test_the_running_heads_are_still_dropped(draft):
    """The symbol of the text itself at a page top ("A/C.2/80/L.59", pages 2 to 4) is page
    furniture, even after a line ending "resolution"."""
    words = write_text(draft)
    assert words.count("A/C.2/80/L.59") == 1 and "3/4" not in words


def test_libreoffice_prints_the_officers_line(draft, tmp_path):
    require("soffice", "pdftotext")
    path = tmp_path / "l59.docx"
    path.write_bytes(write_docx(draft))
    first = " ".join(pdf_pages(soffice_convert(path, "pdf", tmp_path / "pdf"), layout=False)[0].split())
    assert f"Draft resolution submitted by {WHO} {TITLE}" in first
