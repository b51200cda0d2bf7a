"""Whatever the edits, the comparison holds both texts: its kept, inserted and restyled
words give the newer text paragraph by paragraph, and its kept, deleted and restyled words
give the older one. This is what makes Accept All and Reject All exact in every writer."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from reliability.drafts import rich_draft

from delegate_editor.formats.compare import Kind, Op, Row, compare
from delegate_editor.model import Operative, Preambular, Run, normalize, rich
from delegate_editor.model.versions import draft_from_base
from tests.corpus_drafts import adopted

# words delegates add, from the corpus's own vocabulary
WORDS = ["also", "relevant", "in accordance with national legislation,", "inter alia", "further", "all"]


def _text(row: Row, ops: tuple[Op, ...]) -> tuple[str, str]:
    """The label and the text (footnote marks left out, as Block.text does) of one side."""
    label = "".join(t.text for s in row.spans if s.op in ops for t in s.tokens if t.label)
    text = "".join(
        t.text for s in row.spans if s.op in ops for t in s.tokens if not t.label and t.note is None
    )
    return label, text


def _holds_both(old, new) -> None:
    comparison = compare(old, new)
    newer_rows = [r for r in comparison.rows if r.kind not in (Kind.DELETED, Kind.MOVED_FROM)]
    older_rows = [r for r in comparison.rows if r.kind not in (Kind.INSERTED, Kind.MOVED_TO)]
    newer = [_text(r, (Op.EQUAL, Op.INSERT, Op.FORMAT)) for r in newer_rows]
    older = [_text(r, (Op.EQUAL, Op.DELETE, Op.FORMAT)) for r in older_rows]
    assert newer == [(b.label, b.text) for b in comparison.new.blocks]
    assert older == [(b.label, b.text) for b in comparison.old.blocks]
    # a moved paragraph's older side is whole where it stood
    for row in older_rows:
        if row.kind is Kind.MOVED_FROM:
            assert all(s.op is Op.DELETE for s in row.spans)


def _edit(draft, seed: int, count: int) -> None:
    rnd = random.Random(seed)
    for _ in range(count):
        paras = draft.operative_paragraphs()
        action = rnd.choice(["words", "delete", "insert", "move", "italics", "preamble"])
        if action == "words" and paras:
            para = rnd.choice(paras)
            words = "".join(i.text for i in para.text if isinstance(i, Run)).split(" ")
            at = rnd.randrange(len(words) + 1)
            if words and rnd.random() < 0.5:
                del words[min(at, len(words) - 1)]
            else:
                words.insert(at, rnd.choice(WORDS))
            para.text = rich(" ".join(words))
        elif action == "delete" and len(paras) > 1:
            draft.operative.remove(rnd.choice(paras))
        elif action == "insert":
            draft.operative.insert(
                rnd.randrange(len(draft.operative) + 1),
                Operative("Requests", rich(" ".join(rnd.sample(WORDS, 3)))),
            )
        elif action == "move" and len(draft.operative) > 1:
            item = draft.operative.pop(rnd.randrange(len(draft.operative)))
            draft.operative.insert(rnd.randrange(len(draft.operative) + 1), item)
        elif action == "italics" and paras:
            para = rnd.choice(paras)
            para.text = normalize(
                tuple(Run(i.text, not i.italic) if isinstance(i, Run) else i for i in para.text)
            )
        elif action == "preamble":
            draft.preamble.insert(0, Preambular("Recalling", rich(rnd.choice(WORDS))))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(1, 8))
def test_a_structured_draft_edited_at_random(seed, count):
    draft = draft_from_base(rich_draft())
    _edit(draft, seed, count)
    _holds_both(draft.base, draft)
    _holds_both(draft, draft.base)  # and the other way round


def test_a_corpus_resolution_edited_at_random(corpus_dir):
    base = adopted(corpus_dir, "A_RES_80_24")  # 23 operative paragraphs
    for seed in range(12):
        draft = draft_from_base(base)
        _edit(draft, seed, 10)
        _holds_both(draft.base, draft)
