"""An eighteenth held-out round (2026-12-06, stop 47).

Every figure of a text, counted apart from its words (``bench/corpus.py`` counts words of
letters), came through the whole corpus but one: "the Force, 4,995,400 dollars for the
support account" (A/RES/78/304, paragraph 12) lost its "4", taken for note 4's mark, whose
mark stands later, glued ("the updated levels,4 subject to a decision", paragraph 21). A
figure's group of thousands is never a mark.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.model import NoteRef
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported


def test_a_figure_of_thousands_is_no_mark():
    draft, report = imported("ga-78-pdf", "A_RES_78_304.txt")
    ops = draft.operative_paragraphs()
    twelve = plain_text(ops[11].text)
    assert (
        "inclusive of 68,743,800 dollars for the maintenance of the Force, 4,995,400 dollars for the support"
        in twelve
    )
    [levels] = [p for p in ops if "the updated levels," in plain_text(p.text)]
    marked = [i for i, item in enumerate(levels.text) if isinstance(item, NoteRef)]
    assert len(marked) == 1
    assert (
        plain_text(draft.footnotes[levels.text[marked[0]].note_id].text)
        == "To be adopted by the General Assembly."
    )
    assert plain_text(levels.text[: marked[0]]).endswith("the updated levels,")
    assert any('note 4: the number after "r 2025 and the updated levels,"' in line for line in report)
    assert not [f for f in check(draft) if f.severity == "error"]
