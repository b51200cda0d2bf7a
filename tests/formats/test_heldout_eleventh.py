"""Faults the eleventh held-out round showed (2026-12-05), each on the corpus file that
showed it. The round read the raw PDF text of the adopted resolutions A/RES/80/224 to 246
(``ga-80-pdf``), most of them the Fifth Committee's.

- a number inside a list of numbers taken for a note's mark (A/RES/80/233);
"""

from __future__ import annotations

from pathlib import Path

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import note_ids, plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import corpus_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _read(folder: str, name: str):
    path = CORPUS / folder / name
    draft, report = parse_text_report(corpus_text(path), path.name)
    return dres.loads(dres.dumps(draft)), [str(line) for line in report]


def test_a_number_inside_a_list_of_numbers_is_never_a_mark():
    """A/RES/80/233: "for programmes 2, 10, 17, 25 and 26 of the proposed programme budget"
    held the number of note 10, whose mark ends the last paragraph ("as contained in the
    report of the Secretary-General.10"). The list's "10" was taken for the mark; the real
    one stayed in the text and `check` said the last paragraph ended with "0"."""
    draft, _ = _read("ga-80-pdf", "A_RES_80_233.txt")
    ops = draft.operative_paragraphs()
    listed = next(op for op in ops if "for programmes 2, 10" in plain_text(op.text))
    assert "for programmes 2, 10, 17, 25 and 26 of the proposed programme budget" in plain_text(listed.text)
    assert note_ids(listed.text) == []
    last = ops[-1]
    assert plain_text(last.text).endswith("as contained in the report of the Secretary-General.")
    (cited,) = note_ids(last.text)
    assert plain_text(draft.footnotes[cited].text) == "A/80/6 (Sect. 8)."
    exported = write_text(draft)
    assert "programmes 2, 10, 17" in exported and "Secretary-General.[^10]" in exported
    assert not [f for f in check(draft) if f.severity == "error"]
