"""A seventeenth held-out round (2026-12-06, stop 46): thirty resolutions of the
seventy-ninth session no rule had seen, A/RES/79/n for n = 6, 10, 14, ..., 122 (the
numbers the fifteenth round left out), raw PDF text as wannli/un-docs-downloader stores it,
in ``ga-79-pdf/``. Every corpus test runs on them. They import with no word lost, their
numbering as the UN's, every note with its mark and no error from ``check``; the one fault
they showed was the checker's:

- a note that ends with a quotation closes it after the full stop ("... and States shall
  facilitate and encourage international cooperation in such investigation.”", A/RES/79/18's
  note 2): ``check`` warned that it did not end with a full stop.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.model import Draft, Footnote, NoteRef, Preambular, Run, rich
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported

HELD_OUT = [f"A_RES_79_{n}.txt" for n in range(6, 123, 4)]


def test_a_note_closing_a_quotation_after_its_full_stop_ends_as_it_should():
    draft, _ = imported("ga-79-pdf", "A_RES_79_18.txt")
    quoting = [n for n in draft.footnotes.values() if plain_text(n.text).endswith("investigation.”")]
    assert len(quoting) == 1
    assert not [f for f in check(draft) if f.rule == "footnote.end"]


def test_a_note_without_its_full_stop_is_still_flagged_inside_or_outside_a_quotation():
    # A/RES/79/18's note 2 with its full stop taken away, inside the quotation and then as a
    # note with no quotation at all: both want the stop
    words = "Article I also provides that “Outer space ... in such investigation”"
    for text in (words, "Resolution S-10/2"):
        note = Footnote(rich(text))
        draft = Draft(preamble=[Preambular("Recalling", (Run("the Treaty"), NoteRef(note.id), Run(",")))])
        draft.footnotes[note.id] = note
        assert [f.rule for f in check(draft) if f.rule == "footnote.end"] == ["footnote.end"]


def test_the_round_imports_whole_with_no_check_error():
    for name in HELD_OUT:
        draft, _ = imported("ga-79-pdf", name)
        assert draft.operative or draft.preamble, name
        assert not [f for f in check(draft) if f.severity == "error"], name
