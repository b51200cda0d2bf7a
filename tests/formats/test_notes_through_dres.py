"""Numbered footnotes survive a save: every reader, each form, through ``.dres`` and back.

Issue 15's data-loss bug: the text importer gave each note a fresh id while its marks cited
another, which only showed once the draft was saved and opened again ("??" for every mark).
Each case reads a draft with numbered notes, saves it as ``.dres``, opens it again, and checks
that every mark still cites its own note text, in order, and that the text export prints them.
"""

from __future__ import annotations

import pytest
from reimport_cases import cited_note_texts
from sample_drafts import footnoted_draft

from delegate_editor.formats import registry
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.model import Draft
from delegate_editor.storage import dres

# Quoted from A/C.3/80/L.14 (Persons with albinism) as PyMuPDF extracts the UN's PDF: note
# numbers glued to words and punctuation, the notes at the foot of the page.
L14_COPY = """\
Persons with albinism

The General Assembly,

Reaffirming the Universal Declaration of Human Rights,1 and recalling relevant
international human rights treaties, including the International Covenant on Civil and
Political Rights,2 the International Covenant on Economic, Social and Cultural
Rights,3

1. Calls upon Member States to take effective steps to promote regional cooperation;

2. Decides to consider the issue at its eighty-second session.

1 Resolution 217 A (III).
2 See resolution 2200 A (XXI), annex.
3 Ibid.
"""
L14_NOTES = ["Resolution 217 A (III).", "See resolution 2200 A (XXI), annex.", "Ibid."]

# The same notes in the plain-text form the app writes (``[^n]`` marks, ``[^n]:`` lines).
L14_TEXT_FORM = """\
Persons with albinism

*The General Assembly*,

*Reaffirming* the Universal Declaration of Human Rights,[^1] and recalling relevant international \
human rights treaties, including the International Covenant on Civil and Political Rights,[^2] the \
International Covenant on Economic, Social and Cultural Rights,[^3]

1. *Calls upon* Member States to take effective steps to promote regional cooperation;

2. *Decides* to consider the issue at its eighty-second session.

[^1]: Resolution 217 A (III).
[^2]: See resolution 2200 A (XXI), annex.
[^3]: Ibid.
"""


def through_dres(draft: Draft, tmp_path) -> Draft:
    path = tmp_path / "saved.dres"
    dres.save(draft, path)
    return dres.load(path)


@pytest.mark.parametrize("source", [L14_COPY, L14_TEXT_FORM], ids=["pdf-copy", "text-form"])
def test_text_reader_notes_survive_a_save(source, tmp_path):
    draft = read_text(source)
    assert cited_note_texts(draft) == L14_NOTES
    again = through_dres(draft, tmp_path)
    assert cited_note_texts(again) == L14_NOTES
    assert set(again.footnotes) == set(draft.footnotes)
    exported = write_text(again)
    assert "??" not in exported
    assert exported.endswith("".join(f"[^{i}]: {t}\n" for i, t in enumerate(L14_NOTES, 1)))


@pytest.mark.parametrize("ext", [".docx", ".odt", ".txt"])
def test_office_and_text_readers_notes_survive_a_save(ext, tmp_path):
    written = footnoted_draft()
    expected = cited_note_texts(written)
    assert len(expected) == 3
    path = tmp_path / f"draft{ext}"
    path.write_bytes(registry.export_bytes(written, path))
    draft = registry.read_any(path).draft
    assert cited_note_texts(draft) == expected
    again = through_dres(draft, tmp_path)
    assert cited_note_texts(again) == expected
    assert "??" not in write_text(again)


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_real_text_through_an_office_file_and_dres(ext, tmp_path):
    """The copied L.14 text: import, export to DOCX/ODT, read that back, save, open."""
    path = tmp_path / f"l14{ext}"
    path.write_bytes(registry.export_bytes(read_text(L14_COPY), path))
    again = through_dres(registry.read_any(path).draft, tmp_path)
    assert cited_note_texts(again) == L14_NOTES


def test_save_writes_the_key_the_marks_cite(tmp_path):
    """Even a note whose own id differs from its key (made by older code) keeps its marks."""
    draft = read_text(L14_TEXT_FORM)
    key = next(iter(draft.footnotes))
    draft.footnotes[key].id = "stale-id"
    assert cited_note_texts(through_dres(draft, tmp_path)) == L14_NOTES


def _foreign_files() -> dict[str, tuple[str, bytes, list[str]]]:
    """Files other programs wrote: Word's footnotes.xml and LibreOffice's text:note made by
    hand, each with a "*" note beside the numbered ones."""
    from docx_factory import make_docx
    from test_docx_reader import FOOTNOTES, HEADER, NUMBERING, STYLES, _foreign_body
    from test_odt_reader import foreign_odt
    from un_template import NOTES, un_template_docx, un_template_odt

    privacy = make_docx(
        _foreign_body(), styles=STYLES, numbering=NUMBERING, footnotes=FOOTNOTES, header=HEADER
    )
    return {
        "word-privacy": (".docx", privacy, ["See Official Records."]),
        "libreoffice-privacy": (".odt", foreign_odt(), ["See Official Records."]),
        "word-un-template": (".docx", un_template_docx(), NOTES),
        "libreoffice-un-template": (".odt", un_template_odt(), NOTES),
    }


@pytest.mark.parametrize(
    "case", ["word-privacy", "libreoffice-privacy", "word-un-template", "libreoffice-un-template"]
)
def test_files_made_by_other_programs_keep_their_notes_through_a_save(case, tmp_path):
    ext, raw, notes = _foreign_files()[case]
    path = tmp_path / f"foreign{ext}"
    path.write_bytes(raw)
    draft = registry.read_any(path).draft
    assert cited_note_texts(draft) == notes
    again = through_dres(draft, tmp_path)
    assert cited_note_texts(again) == notes
    assert "??" not in write_text(again)
