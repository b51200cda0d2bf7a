"""The comparison engine on a real adopted resolution, edited as delegates edit it."""

from __future__ import annotations

import pytest

from delegate_editor.formats.change_list import change_list
from delegate_editor.formats.compare import Kind, Op, Token, compare, word_diff
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import read_text
from delegate_editor.model import plain_text
from tests.corpus_drafts import adopted, edited

NAME = "A_RES_80_15"  # Treaty of Tlatelolco: six operative paragraphs and a footnote


@pytest.fixture(scope="module")
def texts(corpus_dir):
    base = adopted(corpus_dir, NAME)
    return base, edited(base)


def changed(row, op: Op) -> str:
    return "".join(t.text for s in row.spans if s.op is op for t in s.tokens)


def _operative_rows(comparison, kind: Kind):
    return [r for r in comparison.rows if r.kind is kind and r.block.style is BlockStyle.OPERATIVE]


def test_each_edit_is_found_once_and_in_its_place(texts):
    base, draft = texts
    comparison = compare(draft.base, draft)
    old_ops = base.operative_paragraphs()
    # the paragraph added
    (added,) = _operative_rows(comparison, Kind.INSERTED)
    assert added.new.text.startswith("Requests the Secretary-General to report on the implementation")
    # the paragraph deleted: the base's third, wholly struck
    (deleted,) = _operative_rows(comparison, Kind.DELETED)
    assert plain_text(old_ops[2].text).strip() in deleted.old.text
    assert all(s.op is Op.DELETE for s in deleted.spans)
    # the last paragraph moved to the front: struck where it stood, inserted first
    (moved_from,) = _operative_rows(comparison, Kind.MOVED_FROM)
    (moved_to,) = _operative_rows(comparison, Kind.MOVED_TO)
    assert moved_from.old.source.id == moved_to.new.source.id == old_ops[-1].id
    assert moved_to.new.label == "1." and moved_from.old.label == f"{len(old_ops)}."
    rows = comparison.rows
    assert rows.index(moved_to) < rows.index(added) < rows.index(moved_from)
    # the words added and struck in the (former) first paragraph
    first = next(r for r in rows if r.new is not None and r.new.source.id == old_ops[0].id)
    assert first.kind is Kind.CHANGED
    assert "relevant" in changed(first, Op.INSERT)
    struck = changed(first, Op.DELETE).replace("1.", "").strip()
    assert struck and struck not in first.new.text and struck in first.old.text


def test_italics_footnotes_and_openings(texts):
    base, draft = texts
    comparison = compare(draft.base, draft)
    ops = base.operative_paragraphs()
    second = next(r for r in comparison.rows if r.new is not None and r.new.source.id == ops[1].id)
    (fmt,) = [s for s in second.spans if s.op is Op.FORMAT]
    assert all(t.italic for t in fmt.tokens) and "".join(t.text for t in fmt.tokens).strip()
    fourth = next(r for r in comparison.rows if r.new is not None and r.new.source.id == ops[3].id)
    assert [t.note.note_id for s in fourth.spans if s.op is Op.INSERT for t in s.tokens if t.note]
    assert "Also" in changed(fourth, Op.INSERT)
    # the footnote added is wholly inserted; the footnote corrected shows its one change
    inserted = [c for c in comparison.notes.values() if c.old is None]
    assert len(inserted) == 1 and [s.op for s in inserted[0].spans] == [Op.INSERT]
    corrected = [c for c in comparison.notes.values() if c.old is not None and c.new is not None]
    assert corrected and [s.op for s in corrected[0].spans][:2] == [Op.INSERT, Op.EQUAL]
    assert changed(corrected[0], Op.INSERT) == "See "


def test_the_adoption_lines_of_the_base_are_struck(texts):
    _base, draft = texts
    comparison = compare(draft.base, draft)
    struck = {r.old.style for r in comparison.rows if r.kind is Kind.DELETED}
    assert BlockStyle.ADOPTED_HEADING in struck


def test_a_base_from_elsewhere_is_aligned_by_content(texts):
    """The same base read again from its text has new ids: paragraphs are matched by their
    words and the same edits are found (the move shows as a deletion and an insertion)."""
    base, draft = texts
    elsewhere = read_text(write_text(base), "A_RES_80_15.txt")
    assert not {p.id for p in elsewhere.operative} & {p.id for p in base.operative}
    by_id = compare(draft.base, draft)
    by_content = compare(elsewhere, draft)
    kinds = [r.kind for r in by_content.rows]
    assert kinds.count(Kind.SAME) >= [r.kind for r in by_id.rows].count(Kind.SAME) - 2
    assert {r.new.text for r in by_content.rows if r.kind is Kind.INSERTED} >= {
        r.new.text for r in by_id.rows if r.kind is Kind.INSERTED
    }
    assert "relevant" in "".join(changed(r, Op.INSERT) for r in by_content.rows if r.kind is Kind.CHANGED)


def test_an_unchanged_draft_has_no_changes(texts):
    base, _draft = texts
    assert compare(base, base).changes() == []


def test_a_rewritten_clause_reads_as_one_deletion_and_one_insertion():
    def toks(text: str) -> list[Token]:
        import re

        return [Token(w) for w in re.findall(r"\w+|\s+|[^\w\s]", text)]

    spans = word_diff(
        toks("to submit to it at its eighty-first session a report on the implementation"),
        toks("to submit to it at its eighty-second session a comprehensive report on the implementation"),
        {},
    )
    ops = [(s.op, "".join(t.text for t in s.tokens)) for s in spans]
    assert (Op.DELETE, "first") in ops and (Op.INSERT, "second") in ops
    assert (Op.INSERT, " comprehensive") in ops
    assert "".join(t for op, t in ops if op is not Op.DELETE).endswith(
        "a comprehensive report on the implementation"
    )


def test_the_list_of_changes_names_each_edit_once(texts):
    _base, draft = texts
    lines = change_list(compare(draft.base, draft))
    assert "operative paragraph 1: moved here from operative paragraph 6" in lines
    assert "operative paragraph 2: words changed" in lines
    assert "operative paragraph 3: italics changed" in lines
    assert "operative paragraph 3 of the older text: removed" in lines
    assert "operative paragraph 4: added" in lines
    assert "operative paragraph 5: words changed" in lines  # its opening and its new footnote
    assert "the adoption line of the older text: removed" in lines
    # the A/RES's ten notes all sit in the preamble, so the note added to an operative
    # paragraph prints as the eleventh
    assert "footnote 1: changed" in lines and "footnote 11: added" in lines
    assert len(lines) == len(set(lines))
    assert not any("renumbered" in line or line.startswith("operative paragraph 6") for line in lines)


def test_a_sub_paragraph_taken_a_level_up_is_a_change_of_style():
    from reliability.drafts import rich_draft

    from delegate_editor.model.versions import draft_from_base

    draft = draft_from_base(rich_draft())
    para = draft.operative_paragraphs()[0]
    para.subs.insert(1, para.subs[0].children.pop())  # "(i) On one thing" becomes "(b)"
    comparison = compare(draft.base, draft)
    (row,) = comparison.changes()
    assert row.kind is Kind.CHANGED and row.old.style is BlockStyle.SUB2 and row.new.style is BlockStyle.SUB1
    assert change_list(comparison) == ["operative paragraph 1, sub-paragraph (b): moved to another level"]
