"""Corpus texts through a file LibreOffice wrote (issue 15): the ``.txt`` imported, exported
as DOCX and ODT, each opened and saved again by LibreOffice into another folder, and read
back. Not one word of the body may be lost or changed (a non-breaking hyphen included), and
the paragraph structure (preambular paragraphs, operative paragraphs, their sub-paragraphs)
must be the same. LibreOffice is slow: three texts, one conversion per format.
"""

from __future__ import annotations

import pytest
from corpus_drafts import corpus_text
from office import soffice_convert
from reimport_cases import NOTES, RES_80_12, cited_note_texts, co_sponsor_edit
from test_notes_through_dres import through_dres

from delegate_editor.formats import registry
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.document import Draft, Operative, SubParagraph
from delegate_editor.model.text import plain_text

pytestmark = pytest.mark.office

TEXTS = ["ga-80/A_RES_80_12.md", "ga-80/A_RES_80_51.md", "drafts/A_C.3_80_L.14.txt"]
FORMATS = {".docx": "docx:MS Word 2007 XML", ".odt": "odt"}


def _sub_words(sub: SubParagraph) -> list[str]:
    words = plain_text(sub.text).split()
    for child in sub.children:
        words += _sub_words(child)
    return words


def body_words(draft: Draft) -> list[str]:
    """Every word of the preamble and the operative part, in reading order."""
    words: list[str] = []
    for para in draft.preamble:
        words += f"{para.opening} {plain_text(para.text)}".split()
    for item in draft.operative_paragraphs():
        words += f"{item.opening} {plain_text(item.text)}".split()
        for sub in item.subs:
            words += _sub_words(sub)
    return words


def _shape(sub: SubParagraph) -> list:
    return [_shape(child) for child in sub.children]


def structure(draft: Draft) -> tuple:
    ops = [op for op in draft.operative if isinstance(op, Operative)]
    return (
        [p.opening for p in draft.preamble],
        [op.opening for op in ops],
        [[_shape(s) for s in op.subs] for op in ops],
        cited_note_texts(draft),  # the notes in the order of their marks
        sorted(plain_text(n.text) for n in draft.footnotes.values()),
    )


@pytest.fixture(scope="module")
def imported(corpus_dir) -> dict[str, Draft]:
    return {name: read_text(corpus_text(corpus_dir / name), name) for name in TEXTS}


@pytest.mark.parametrize("ext", sorted(FORMATS))
@pytest.mark.parametrize("name", TEXTS)
def test_a_corpus_text_resaved_by_libreoffice_loses_no_word(name, ext, imported, tmp_path):
    draft = imported[name]
    assert len(draft.operative_paragraphs()) >= 2  # the text was read as a draft at all
    exported = tmp_path / f"export{ext}"
    exported.write_bytes(registry.export_bytes(draft, exported))
    resaved = soffice_convert(exported, FORMATS[ext], tmp_path / "libreoffice")
    result = registry.read_any(resaved)
    # LibreOffice changed nothing a reader sees: no edit may be reported
    assert not [m for m in result.messages if "in another program" in m]
    back = through_dres(result.draft, tmp_path)
    assert body_words(back) == body_words(draft)
    assert structure(back) == structure(draft)


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_the_co_sponsors_edit_saved_by_libreoffice_keeps_every_footnote(ext, tmp_path):
    """Issue 22, fault 2, with the file as LibreOffice saves it after the co-sponsor's edit
    (a paragraph changed, one added, one deleted): the same report for a DOCX, and every note
    under its mark after a save in both formats."""
    edited = tmp_path / f"edited{ext}"
    edited.write_bytes(
        co_sponsor_edit(
            registry.export_bytes(read_text(RES_80_12), f"sent{ext}"),
            ext,
            change=("to supplement their reports", "to complement their reports"),
            add_after="with their annual report",
            delete="fully taking into account specific political",
        )
    )
    result = registry.read_any(soffice_convert(edited, FORMATS[ext], tmp_path / "libreoffice"))
    # LibreOffice keeps the draft embedded in both (in an ODT's meta.xml): the same report
    assert result.messages[1:] == [
        "operative paragraph 1 was changed in another program",
        "operative paragraph 1 of the draft as sent was removed in another program",
        "operative paragraph 3 was added in another program",
    ]
    assert cited_note_texts(through_dres(result.draft, tmp_path)) == NOTES


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_a_note_with_a_mark_of_its_own_comes_back_from_libreoffice_as_sent(ext, corpus_dir, tmp_path):
    """A/80/L.19, the Russian Federation's amendment: its sponsors' "*" note and the "**"
    note after "the Rome Statute of the International Criminal Court,**" ("United Nations,
    Treaty Series, vol. 2187, No. 38544."). LibreOffice 7.4 re-saving the DOCX writes the
    "**" note's mark twice at its start ("**", a tab, "**"): no change was made, and none is
    reported or read into the note."""
    name = "drafts/A_80_L.19.txt"
    draft = read_text(corpus_text(corpus_dir / name), name)
    marks = {note.mark: plain_text(note.text) for note in draft.footnotes.values()}
    assert marks["**"] == "United Nations, Treaty Series, vol. 2187, No. 38544."
    exported = tmp_path / f"export{ext}"
    exported.write_bytes(registry.export_bytes(draft, exported))
    result = registry.read_any(soffice_convert(exported, FORMATS[ext], tmp_path / "libreoffice"))
    assert not [m for m in result.messages if "in another program" in m]
    back = through_dres(result.draft, tmp_path)
    assert {note.mark: plain_text(note.text) for note in back.footnotes.values()} == marks
