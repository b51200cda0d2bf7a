"""The printable comparison: the typeset pages with the changes marked."""

from __future__ import annotations

import subprocess

import pytest

from delegate_editor.formats.compare import compare
from delegate_editor.formats.compare_pdf import marked, write_comparison_pdf
from delegate_editor.formats.typeset import write_pdf
from delegate_editor.formats.typst_source import page_data
from delegate_editor.model import plain_text
from tests.corpus_drafts import adopted, edited
from tests.office import require


@pytest.fixture(scope="module")
def texts(corpus_dir):
    base = adopted(corpus_dir, "A_RES_80_15")
    draft = edited(base)
    return base, draft, compare(draft.base, draft)


def _marks(data: dict, change: str) -> str:
    return "".join(p["t"] for b in data["blocks"] for p in b["p"] if p.get("c") == change)


def test_the_pages_carry_each_mark(texts):
    base, _draft, comparison = texts
    data = page_data(marked(comparison))
    inserted, struck, italics = _marks(data, "ins"), _marks(data, "del"), _marks(data, "fmt")
    assert "relevant" in inserted and "to report on the implementation of the present resolution" in inserted
    assert plain_text(base.operative_paragraphs()[2].text).strip() in struck
    assert italics.strip()  # the word set in italics
    # the moved paragraph: struck where it stood, underlined where it stands
    moved = plain_text(base.operative_paragraphs()[-1].text).strip()
    assert moved in inserted and moved in struck


def test_a_plain_export_has_no_marks(texts):
    _base, draft, _comparison = texts
    from delegate_editor.formats.blocks import render

    assert not any("c" in p for b in page_data(render(draft))["blocks"] for p in b["p"])


def test_the_pdf_prints_both_texts(texts, tmp_path):
    require("pdftotext")
    base, draft, comparison = texts
    path = tmp_path / "comparison.pdf"
    path.write_bytes(write_comparison_pdf(comparison))
    text = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    plain = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=write_pdf(draft), capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    deleted = " ".join(plain_text(base.operative_paragraphs()[2].text).split())
    assert deleted[:80] in text and deleted[:80] not in plain
    assert "Requests the Secretary-General to report" in text
