"""A co-sponsor's edited DOCX or ODT coming back (issue 22, fault 2): a paragraph changed,
one added and one deleted, then saved as ``.dres`` and opened again. Every footnote must
still be cited by its marks, the report must name the paragraphs that were really touched,
and nothing exported from the saved draft may print "??".

The draft quotes A/RES/80/12 (Objective information on military matters) from the corpus,
with its numbered notes.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_factory import rewrite
from reimport_cases import ADDED_WORDS, NOTES, RES_80_12, cited_note_texts, co_sponsor_edit, co_sponsor_move
from test_notes_through_dres import through_dres

from delegate_editor.conventions.checks import check
from delegate_editor.formats import registry, reimport_diff
from delegate_editor.formats.reimport import REPARSED
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.text import plain_text


def exported_text(draft, ext: str) -> str:
    raw = registry.export_bytes(draft, f"out{ext}")
    z = zipfile.ZipFile(io.BytesIO(raw))
    names = ["word/document.xml", "word/footnotes.xml"] if ext == ".docx" else ["content.xml"]
    return "".join(z.read(n).decode() for n in names)


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_changed_added_and_deleted_paragraphs_keep_every_footnote(ext, tmp_path):
    sent = read_text(RES_80_12)
    assert cited_note_texts(sent) == NOTES
    raw = co_sponsor_edit(
        registry.export_bytes(sent, f"sent{ext}"),
        ext,
        change=("to supplement their reports", "to complement their reports"),
        add_after="with their annual report",
        delete="fully taking into account specific political",
    )
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    # the report names what the co-sponsor did: operative paragraph 1 as sent went, "Invites"
    # (now 1) was changed, the new one is 3; not "1 and 2 changed" by position
    assert result.messages == [
        REPARSED,
        "operative paragraph 1 was changed in another program",
        "operative paragraph 1 of the draft as sent was removed in another program",
        "operative paragraph 3 was added in another program",
    ]
    again = through_dres(result.draft, tmp_path)
    assert cited_note_texts(again) == NOTES
    ops = again.operative_paragraphs()
    assert [op.opening for op in ops] == ["Invites", "Also invites", "Encourages", "Takes note", "Decides"]
    assert plain_text(ops[0].text).startswith("Member States to complement their reports")
    assert plain_text(ops[2].text) == ADDED_WORDS.removeprefix("Encourages ")
    assert not [f for f in check(again) if f.rule == "footnote.missing"]
    for out_ext in (".docx", ".odt"):
        shown = exported_text(again, out_ext)
        assert "??" not in shown and all(note in shown for note in NOTES)
    assert write_text(again).endswith("".join(f"[^{i}]: {t}\n" for i, t in enumerate(NOTES, 1)))


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_deleted_paragraph_takes_its_own_notes_and_no_other(ext, tmp_path):
    """The "Welcoming" paragraph cites notes 2 and 3: deleting it leaves notes 1 and 4,
    numbered 1 and 2, each still under its own mark after a save."""
    raw = co_sponsor_edit(
        registry.export_bytes(read_text(RES_80_12), f"sent{ext}"),
        ext,
        change=("including its Article 26", "including Article 26 thereof"),
        add_after="with their annual report",
        delete="new interactive web platform",
    )
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    assert result.messages == [
        REPARSED,
        "preambular paragraph 2 was changed in another program",
        "preambular paragraph 2 of the draft as sent was removed in another program",
        "operative paragraph 4 was added in another program",
        "footnote 2 of the draft as sent was removed in another program",
        "footnote 3 of the draft as sent was removed in another program",
    ]
    again = through_dres(result.draft, tmp_path)
    assert cited_note_texts(again) == [NOTES[0], NOTES[3]]
    assert len(again.footnotes) == 2
    assert plain_text(again.preamble[1].text).endswith("including Article 26 thereof,")
    assert "??" not in exported_text(again, ".docx")


def test_paragraphs_pair_by_their_words_not_their_place():
    """The alignment under the report: a paragraph deleted and another added in the same
    stretch are a removal and an addition, an edited one stays paired."""
    old = ["a b c d e f", "g h i j k l", "m n o p q r"]
    new = ["g h i j k l x", "s t u v w y", "m n o p q r"]
    assert reimport_diff.pair_similar(old, new) == [(1, 0), (2, 2)]
    assert reimport_diff.pair_similar(["a b c d"], ["w x y z"]) == []
    assert reimport_diff.pair_similar(["a b c d"], ["a b c e"]) == [(0, 0)]


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_changed_paragraph_citing_a_note_is_edited_in_place_and_keeps_it(ext, tmp_path):
    """Only the words of "Takes note" changed: the embedded draft is kept, the paragraph
    re-read in place, and its note 4 still under its mark after a save."""
    sent = read_text(RES_80_12)

    def edit(xml: str) -> str:
        return xml.replace(
            "of the annual report of the Secretary-General",
            "of the latest report of the Secretary-General",
            1,
        )

    raw = rewrite(
        registry.export_bytes(sent, f"sent{ext}"),
        {"word/document.xml" if ext == ".docx" else "content.xml": edit},
    )
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    assert result.messages == ["operative paragraph 4 was changed in another program"]
    again = through_dres(result.draft, tmp_path)
    assert cited_note_texts(again) == NOTES
    assert [p.id for p in again.operative_paragraphs()] == [p.id for p in sent.operative_paragraphs()]
    assert (
        plain_text(again.operative_paragraphs()[3].text) == "of the latest report of the Secretary-General;"
    )


# note 2 of A/RES/80/12, which the co-sponsor adds to the "Mindful" paragraph
NEW_NOTE = "A/66/89, A/66/89/Corr.1, A/66/89/Corr.2 and A/66/89/Corr.3."
_MINDFUL = "including its Article 26,"
_NOTE_ADDED = {
    ".docx": {
        "word/document.xml": lambda xml: xml.replace(
            f"{_MINDFUL}</w:t></w:r>",
            f'{_MINDFUL}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="9"/></w:r>',
            1,
        ),
        "word/footnotes.xml": lambda xml: xml.replace(
            "</w:footnotes>",
            '<w:footnote w:id="9"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:t xml:space="preserve"> {NEW_NOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>',
        ),
    },
    ".odt": {
        "content.xml": lambda xml: xml.replace(
            _MINDFUL,
            f'{_MINDFUL}<text:note text:id="ftn9" text:note-class="footnote"><text:note-citation>4</text:note-citation>'
            f"<text:note-body><text:p>{NEW_NOTE}</text:p></text:note-body></text:note>",
            1,
        )
    },
}


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_footnote_added_by_the_co_sponsor_takes_its_place_in_the_order(ext, tmp_path):
    """A new note in the third preambular paragraph: the draft is read again, the new note
    is the fourth, the old note 4 becomes the fifth, each under its own mark after a save."""
    raw = rewrite(registry.export_bytes(read_text(RES_80_12), f"sent{ext}"), _NOTE_ADDED[ext])
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    assert result.messages == [REPARSED, "footnote 4 was added in another program"]
    again = through_dres(result.draft, tmp_path)
    assert cited_note_texts(again) == [*NOTES[:3], NEW_NOTE, NOTES[3]]
    assert "??" not in exported_text(again, ".docx")


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_a_moved_paragraph_is_reported_as_moved_and_keeps_its_id(ext, tmp_path):
    """ "Takes note" (operative paragraph 4, citing note 4) cut and pasted before "Invites": one
    paragraph moved, not one removed and another added; every paragraph keeps its id."""
    sent = read_text(RES_80_12)
    raw = co_sponsor_move(
        registry.export_bytes(sent, f"sent{ext}"), ext, moving="Takes note", before="Invites"
    )
    path = tmp_path / f"back{ext}"
    path.write_bytes(raw)
    result = registry.read_any(path)
    assert result.messages == [
        REPARSED,
        "operative paragraph 4 of the draft as sent was moved to number 2 in another program",
    ]
    again = through_dres(result.draft, tmp_path)
    ops, sent_ops = again.operative_paragraphs(), sent.operative_paragraphs()
    assert [op.opening for op in ops] == ["Recommends", "Takes note", "Invites", "Also invites", "Decides"]
    assert [op.id for op in ops] == [sent_ops[i].id for i in (0, 3, 1, 2, 4)]
    assert cited_note_texts(again) == NOTES
