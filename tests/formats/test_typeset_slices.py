"""Typesetting in slices gives the very pages of one compile, byte for byte, and an edit
typesets only the slices it reaches.

Real texts of the corpus, sliced small so that they cut into several slices (their footnotes,
sub-paragraphs and annexes fall across the breaks), and the benchmark's large draft at the
preview's own slice size.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from delegate_editor.app.corpus import without_record
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typeset import render_pages
from delegate_editor.formats.typeset_slices import Slices, render_pages_sliced
from delegate_editor.model.text import Run


def _draft(corpus_dir: Path, name: str):
    return read_text(without_record((corpus_dir / name).read_text("utf-8")), name)


# (text, blocks a slice holds): small enough that each text is cut into several slices
SLICED = [
    # 18 pages, a long annex, notes (70 blocks a slice since its paragraph 2, which the copy
    # runs into paragraph 1, stands apart: no page starts cleanly at 60 now)
    ("ga-80/A_RES_80_5.md", 70),
    ("ga-80/A_RES_80_24.md", 40),  # a heading among the operative paragraphs
    # (A/RES/80/39 was here: since its paragraphs cut by a page break are joined, no page of it
    # starts cleanly at 40 blocks a slice, and it is rightly typeset whole)
    ("ga-80/A_RES_80_53.md", 40),  # 37 paragraphs, notes
    ("drafts/A_C.2_80_L.25.txt", 25),  # sponsors' masthead, sub-paragraphs
]


@pytest.mark.parametrize(("name", "size"), SLICED)
def test_sliced_pages_are_the_pages_of_one_compile(corpus_dir, name, size):
    draft = _draft(corpus_dir, name)
    whole = render_pages(draft)
    memory = Slices()
    assert render_pages_sliced(draft, slice_blocks=size, memory=memory) == whole
    assert len(memory.done) >= 2, "the text was typeset in slices"
    # the page count known: one pass; nothing changed: no compile at all
    assert render_pages_sliced(draft, total_hint=len(whole), slice_blocks=size, memory=memory) == whole
    assert memory.compiles == 0 and memory.reused == len(memory.done)


def test_an_edit_typesets_the_slices_it_reaches_and_the_pages_stay_exact(corpus_dir):
    draft = _draft(corpus_dir, "ga-80/A_RES_80_5.md")
    memory = Slices()
    before = render_pages_sliced(draft, slice_blocks=70, memory=memory)
    slices = len(memory.done)
    assert slices >= 3
    # a word more at the end of the last annex paragraph: the slices before it are kept
    para = draft.annexes[-1].paragraphs[-1]
    para.text = (*para.text, Run(" Further"))
    after = render_pages_sliced(draft, total_hint=len(before), slice_blocks=70, memory=memory)
    assert after == render_pages(draft)
    assert memory.reused == slices - 1 and memory.compiles == 1
    assert after[:-3] == before[:-3]


def test_a_short_draft_is_typeset_whole(example_draft):
    memory = Slices()
    assert render_pages_sliced(example_draft, memory=memory) == render_pages(example_draft)
    assert memory.compiles == 1 and not memory.done


def _large_draft():
    bench = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = module
    spec.loader.exec_module(module)
    return module.large_draft(1)


def test_the_large_draft_at_the_preview_slice_size():
    draft = _large_draft()
    whole = render_pages(draft)
    memory = Slices()
    assert render_pages_sliced(draft, total_hint=len(whole), memory=memory) == whole
    assert memory.compiles >= 3


def test_the_first_pass_is_shown_early_with_its_pages_numbered_alone(corpus_dir):
    """Opening a draft: the first pass (no count yet) is handed out while the second runs;
    the same pages, their footers "2" instead of "2/18" (A/RES/80/5)."""
    draft = _draft(corpus_dir, "ga-80/A_RES_80_5.md")
    shown: list[list[bytes]] = []
    final = render_pages_sliced(draft, slice_blocks=70, memory=Slices(), early=shown.append)
    assert final == render_pages(draft)
    [first] = shown
    assert len(first) == len(final) and first != final
    # a count known already (a render after typing): nothing early
    again: list[list[bytes]] = []
    render_pages_sliced(draft, total_hint=len(final), slice_blocks=70, memory=Slices(), early=again.append)
    assert again == []
