"""A text of several resolutions (``conventions/parts.py``), on the UN's own two: the Fifth
Committee's draft programme budget for 2026 (A/C.5/80/L.6: "Draft resolutions submitted by
the Chair of the Committee following informal consultations", then "A" / "Budget
appropriations for 2026" / "The General Assembly" / "Resolves that, for 2026:", and so for B
and C) and the adopted budget for 2022 (A/RES/76/247 A–C).

The parts are found from the headings, never stored, so the plural lines follow the text: a
delegate who strikes parts B and C gets one resolution's lines and checks again.
"""

from __future__ import annotations

import copy

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.parts import part_starts, parts_speak, several_parts
from delegate_editor.conventions.wording import sponsors_line
from delegate_editor.formats.docx_reader import read_docx
from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_reader import read_odt
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_language import to_model_terms
from delegate_editor.model import DocumentKind, SectionHeading
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported
from tests.office import pdftotext, require, soffice_convert

LINE = "Draft resolutions submitted by the Chair of the Committee following informal consultations"


@pytest.fixture(scope="module")
def budget_2026():
    return imported("drafts", "A_C.5_80_L.6.txt")[0]


def test_the_chairs_plural_line_is_the_officers_line(budget_2026):
    """Before, the plural line was not an officer's line: it became the title, and a
    "Draft resolution" the copy does not hold was written above it."""
    draft = budget_2026
    assert draft.kind is DocumentKind.OFFICER
    assert draft.sponsors.submitted_by == "the Chair of the Committee following informal consultations"
    assert plain_text(draft.title) == "Programme budget for 2026"
    assert several_parts(draft) and parts_speak(draft)
    text = write_text(draft)
    assert f"\n{LINE}\n\nProgramme budget for 2026\n" in text
    assert "\nDraft resolution\n" not in text


@pytest.mark.parametrize(
    ("folder", "name"), [("drafts", "A_C.5_80_L.6.txt"), ("ga-76-pdf", "A_RES_76_247.txt")]
)
def test_each_part_is_checked_as_the_resolution_it_is(folder, name):
    """No organ line above the parts (each has its own), and each part's first citation
    gives its date: B and C both cite "General Assembly resolution 973 (X) of 15 December
    1955", as the UN prints them."""
    draft, _ = imported(folder, name)
    assert not draft.authoring
    assert len(part_starts(draft)) == 3
    findings = check(draft)
    assert not [f for f in findings if f.severity == "error"]
    assert not [f for f in findings if f.rule.startswith("citation")]
    cites = [
        p
        for p in draft.operative_paragraphs()
        if "resolution 973 (X) of 15 December 1955" in plain_text(p.text)
    ]
    assert len(cites) == 2


def test_one_part_left_is_one_resolution_again(budget_2026):
    """Parts B and C struck (their letters, titles and organ lines): the line is singular,
    ``check`` asks for the organ line above the text, and C's paragraph, now in the same
    resolution as B's, cites resolution 973 (X) with its date a second time."""
    draft = copy.deepcopy(budget_2026)
    for letter in ("B", "C"):
        at = next(
            i for i, h in enumerate(draft.operative) if isinstance(h, SectionHeading) and h.text == letter
        )
        del draft.operative[at : at + 3]  # the letter, the title, "The General Assembly"
    assert not several_parts(draft)
    assert sponsors_line(draft) == LINE.replace("resolutions", "resolution")
    findings = check(draft)
    assert "authoring.missing" in [f.rule for f in findings if f.severity == "error"]
    assert "citation.repeated-date" in [f.rule for f in findings]


def test_the_plural_line_in_french_and_spanish_and_back(budget_2026):
    """The UN's French and Spanish drafts agree the participle with the plural ("Projets de
    résolution présentés par", "Proyectos de resolución presentados por"); the importer
    reads each back as the English officer's line the model holds."""
    lines = {}
    for code in ("fr", "es"):
        draft = copy.deepcopy(budget_2026)
        draft.front.language = code
        lines[code] = sponsors_line(draft)
        assert lines[code] in write_text(draft)
        assert to_model_terms(write_text(draft), code).count(f"\n{LINE}\n") == 1
    assert lines["fr"].startswith("Projets de résolution présentés par ")
    assert lines["es"].startswith("Proyectos de resolución presentados por ")


def test_the_plural_line_through_docx_odt_and_libreoffice(budget_2026, tmp_path):
    draft = budget_2026
    text = write_text(draft)
    assert write_text(read_docx(write_docx(draft), "a.docx").draft) == text
    assert write_text(read_odt(write_odt(draft), "a.odt").draft) == text
    require("soffice", "pdftotext")
    path = tmp_path / "budget.docx"
    path.write_bytes(write_docx(draft))
    printed = " ".join(pdftotext(soffice_convert(path, "pdf", tmp_path)).split())
    assert LINE in printed
    assert "Draft resolution Draft resolutions" not in printed
