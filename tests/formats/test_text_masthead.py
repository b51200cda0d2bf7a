"""A returned file's masthead read alone (``formats/text_masthead.py``): the same symbol,
date and job number as the whole visible text gives, and a co-sponsor's edit of them in the
page header taken back with its report line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx_factory import rewrite

from delegate_editor.formats import registry
from delegate_editor.formats.docx_reader import _Package as DocxPackage
from delegate_editor.formats.docx_reader import read_visible as docx_visible
from delegate_editor.formats.odt_reader import _Package as OdtPackage
from delegate_editor.formats.odt_reader import read_visible as odt_visible
from delegate_editor.formats.office_text import Visible, parse_visible, to_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.text_masthead import read_masthead
from tests.corpus_drafts import CORPUS, corpus_text

# an L. document with its masthead whole, an adopted resolution (no symbol in its masthead)
# and a reissued draft (starred symbol and job number)
TEXTS = ["drafts/A_80_L.11.txt", "ga-80/A_RES_80_10.md", "drafts/A_C.1_80_L.23.txt"]
VISIBLE = {
    ".docx": lambda raw: docx_visible(DocxPackage(raw, "x.docx")),
    ".odt": lambda raw: odt_visible(OdtPackage(raw, "x.odt")),
}


def _front(front) -> tuple:
    return (front.symbol, front.date, front.job_number)


@pytest.mark.parametrize("ext", VISIBLE)
@pytest.mark.parametrize("name", TEXTS)
def test_the_masthead_alone_reads_as_the_whole_text_does(name, ext):
    draft = read_text(corpus_text(CORPUS / name), Path(name).name)
    visible = VISIBLE[ext](registry.export_bytes(draft, f"x{ext}"))
    alone = read_masthead(to_text(Visible(masthead=visible.masthead)), draft.front.language)
    assert _front(alone) == _front(parse_visible(visible, "x").front)
    assert alone.symbol == draft.front.symbol and alone.date == draft.front.date


@pytest.mark.parametrize("ext", VISIBLE)
@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_french_or_spanish_masthead_alone_reads_as_the_whole_text_does(language, ext):
    """A/80/L.11 exported in French or Spanish: "Distr. limitée", "6 novembre 2025"."""
    draft = read_text(corpus_text(CORPUS / "drafts/A_80_L.11.txt"), "A_80_L.11.txt")
    draft.front.language = language
    visible = VISIBLE[ext](registry.export_bytes(draft, f"x{ext}"))
    alone = read_masthead(to_text(Visible(masthead=visible.masthead)), language)
    assert _front(alone) == _front(parse_visible(visible, "x").front) == _front(draft.front)


def _header_parts(raw: bytes, ext: str) -> list[str]:
    if ext == ".odt":
        return ["styles.xml"]  # the master pages' headers and footers
    names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
    return [n for n in names if n.startswith(("word/header", "word/footer"))]


@pytest.mark.parametrize("ext", VISIBLE)
def test_a_date_and_job_number_changed_in_the_page_header_are_taken_back(ext, tmp_path):
    """A/80/L.11 as issued on 6 November 2025 (job 25-17953): the co-sponsor's copy carries
    the date and job number of a revision; the body is untouched, so the draft sent is kept
    and only those two lines change, each reported."""
    sent = read_text(corpus_text(CORPUS / "drafts/A_80_L.11.txt"), "A_80_L.11.txt")
    raw = registry.export_bytes(sent, f"sent{ext}")

    def edit(xml: str) -> str:
        return xml.replace("6 November 2025", "12 November 2025").replace("25-17953", "25-18340")

    back = tmp_path / f"back{ext}"
    back.write_bytes(rewrite(raw, dict.fromkeys(_header_parts(raw, ext), edit)))
    result = registry.read_any(back)
    assert result.draft.front.date.isoformat() == "2025-11-12"
    assert result.draft.front.job_number.startswith("25-18340")
    assert result.draft.front.symbol == "A/80/L.11"
    assert sorted(result.messages) == [
        "the date was changed in another program",
        "the job number was changed in another program",
    ]
    assert [p.id for p in result.draft.operative_paragraphs()] == [p.id for p in sent.operative_paragraphs()]
