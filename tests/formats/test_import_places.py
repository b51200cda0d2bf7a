"""Where each guess of the import report is (``formats/import_places.py``), over the corpus:
every guess that quotes or names a paragraph leads to a paragraph that holds those words."""

from __future__ import annotations

import re

from corpus_drafts import read_source

from delegate_editor.app.corpus import without_record
from delegate_editor.formats import registry
from delegate_editor.formats.import_places import Place, locate
from delegate_editor.model import walk
from delegate_editor.model.text import NoteRef, plain_text


def _texts(corpus_dir):
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix in (".txt", ".md") and not path.name.startswith("README"):
            yield path


def _node_text(draft, place: Place) -> str:
    if place.part == "header":  # the title, or a field of the front matter (the reissue note)
        value = getattr(draft, place.node_id, None) or getattr(draft.front, place.node_id)
        return value if isinstance(value, str) else plain_text(value)
    node = walk.find(draft, place.node_id, (place.part,))
    assert node is not None, place
    value = node.text if hasattr(node, "text") else node.title  # an annex is found by its title
    text = value if isinstance(value, str) else plain_text(value)
    return f"{getattr(node, 'opening', '')} {text}"


# a note's mark in the text form's markup ("[^10]") or the end of one a quote cut ("^19]
# and"), in what a join or a mark quotes of the text (a line read as a note's next line
# quotes the source's own "[^1994]:", A/RES/80/10)
_MARKUP = re.compile(r"^(?:page break joined|note \d+: the number after).*(?:\[\^|\^\d+\])")


def test_every_guess_of_the_corpus_has_its_paragraph(corpus_dir):
    """Every guess leads to a paragraph, and quotes the words as the user reads them: no
    report line shows a note's mark in the text form's markup, whole or cut."""
    unplaced, total, marked = [], 0, []
    for path in _texts(corpus_dir):
        draft, report = read_source(path)
        marked += [(path.name, message) for message in report if _MARKUP.search(message)]
        for message, place in zip(report, locate(draft, report), strict=True):
            total += 1
            if place is None:
                unplaced.append(message)
                continue
            _node_text(draft, place)  # names a node of the draft
    assert total > 400
    assert all(m.startswith("masthead line") for m in unplaced), unplaced
    assert marked == []


def test_a_joined_page_break_leads_to_the_joined_paragraph(corpus_dir, tmp_path):
    """A/80/L.13: "…of marine biological diversity" goes on with "of areas beyond national
    jurisdiction": the preambular paragraph, not the title that has the same words."""
    copied = tmp_path / "A_80_L.13.txt"
    copied.write_text(without_record((corpus_dir / "drafts" / "A_80_L.13.txt").read_text("utf-8")), "utf-8")
    result = registry.read_any(copied)
    assert len(result.places) == len(result.messages)
    join = next(i for i, m in enumerate(result.messages) if "page break joined" in m)
    place = result.places[join]
    assert place.part == "preamble"
    assert "of marine biological diversity of areas beyond national jurisdiction" in _node_text(
        result.draft, place
    )
    first = next(i for i, m in enumerate(result.messages) if m.startswith("import guess: note 1:"))
    node = walk.find(result.draft, result.places[first].node_id, ("preamble",))
    note_id = walk.cited_notes(result.draft)[0]
    assert any(isinstance(i, NoteRef) and i.note_id == note_id for i in node.text)
