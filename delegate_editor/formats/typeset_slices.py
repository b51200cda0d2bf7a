"""The typeset pages in slices: the same pages as one compile, at a fraction of the memory.

typst holds the layout of every page it has laid out until a compile ends, about 2 MB a
page: the 93 pages of the 500-paragraph benchmark draft took 180 MB for each preview render
(bench/RESULTS.md). Here the draft's blocks are typeset a slice at a time, each slice a fresh
compile whose memory is given back before the next, so the peak is that of one slice.

The pages stay those of the whole compile, byte for byte (tests/formats/test_typeset_slices.py):

- a slice ends at a *clean* page break: a page that begins with the start of a block (no
  paragraph runs on from the page before), prints no note whose mark stands in an earlier
  block, and follows no page that prints a note of a later block. Nothing after such a break changes the pages before it, so those pages are kept,
  and the next slice starts with that block at the top of a fresh page;
- the template (``resources/typst/pages.typ``) takes the slice's first page number, so the
  running heads and footers alternate and number as in the whole, and the whole draft's
  page count for the "3/94" footers; the masthead is set in the first slice only;
- where each block starts and ends is read back from markers the template sets in slices
  only (typst ``metadata``, nothing drawn), through a query; where each note is printed
  comes from the notes' settling, which reads it after every compile (note_pages.py).

The page count is not known before the last slice: the count of the previous render is the
hint, and when it was wrong the footers are set again with the right count (a second pass).
A draft too short to slice, or one without a clean break in a slice, is typeset whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import typst

from delegate_editor.formats import typeset
from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import Layout
from delegate_editor.formats.note_pages import settle
from delegate_editor.formats.note_places import printed
from delegate_editor.formats.typst_source import page_data
from delegate_editor.model.document import Draft

SLICE_BLOCKS = 260  # blocks a slice holds: 4 slices for the benchmark's 1030 blocks
SETTLED_KEPT = 12  # slices' settled blocks kept between renders (two passes of six slices)

# how pages are kept as each slice gives them: as they are, compressed, or (digest, compressed)
Keep = Callable[[list[bytes]], list[Any]]


def _as_is(pages: list[bytes]) -> list[bytes]:
    return pages


@dataclass
class Marks:
    """Where a slice's blocks start and end, and where its notes are printed (page numbers
    within the slice, from 1)."""

    start: dict[int, int]
    end: dict[int, int]
    notes: dict[str, int]


def _marks(engine: typst.Compiler) -> Marks:
    """Where the slice's blocks start and end; its notes' pages are filled in from the
    settling's own record of them (note_places.printed)."""
    start: dict[int, int] = {}
    end: dict[int, int] = {}
    for kind, key, page in typeset.query(engine, "slice-mark"):
        if kind == "s":
            start.setdefault(key, page)
        else:
            end[key] = max(end.get(key, 0), page)
    return Marks(start, end, {})


def _compile_slice(data: dict, settled: list[dict] | None = None) -> tuple[list[bytes], Marks, list[dict]]:
    """A slice's pages, its notes settled on their marks' pages as in a whole compile
    (formats/note_pages.py), its markers, and the blocks as settled. ``settled``: the same
    slice's blocks as settled before (by the first pass, whose page count was a guess: the
    count changes the footers, never a line), so they are not measured again."""
    blocks = data.pop("blocks")
    start = settled if settled is not None else blocks
    with typeset.lock:
        engine, _ = typeset.engine()
        try:
            run = typeset.measured_compile(data, {"format": "svg"}, also=_marks)
            done = settle(start, run, typeset.keeps(data), typeset.geometry(data))
            result, marks = done.result
            marks.notes = printed(done)
        except typst.TypstError as exc:
            raise typeset.cannot_typeset(exc) from None
        finally:
            typeset.release(engine)
    pages = [result] if isinstance(result, bytes) else list(result or [])
    return pages, marks, done.blocks


def _note_blocks(blocks: list[dict]) -> dict[str, int]:
    """Note mark → the block of the slice whose text cites it first."""
    out: dict[str, int] = {}
    for i, block in enumerate(blocks):
        for piece in block["p"]:
            if piece.get("mark") and "note" in piece:
                out.setdefault(piece["t"], i)
    return out


def clean_break(
    marks: Marks, count: int, cited: dict[str, int], inside: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The last clean page break of a slice of ``count`` blocks: (the block that starts the
    page, that page, both within the slice), or None. Breaks on the page of the slice's
    last block or after it are not taken: the end of the slice shapes them, and neither
    are breaks before the blocks ``inside`` a table (a table's row after another: the
    rest of the table is set under its header rows, which a slice of its own would lack)."""
    last_page = marks.start.get(count - 1, 0)
    for j in range(count - 1, 0, -1):
        page = marks.start.get(j)
        before = marks.end.get(j - 1)
        if page is None or before is None or page >= last_page or before >= page or j in inside:
            continue
        # a note of an earlier block printed on this page, or a note of this block or a
        # later one printed before it (typst's widow control can leave a note on the page
        # before its mark, typst/typst#5314): the pages on both sides depend on each other
        crossed = any(
            (p == page and cited.get(mark, j) < j) or (p < page and cited.get(mark, -1) >= j)
            for mark, p in marks.notes.items()
        )
        if not crossed:
            return j, page
    return None


@dataclass
class Slices:
    """The slices of the last render, by what went into them: a slice whose input is the
    same (the same blocks from the same page, the same layout and page count) gives the
    same pages, so it is not typeset again. Typing in paragraph 300 typesets the slice that
    holds it, and the next one only if the break between them moved."""

    done: dict[int, tuple[list[bytes], tuple[int, int] | None]] = field(default_factory=dict)
    # a slice's blocks as formats/note_pages.py settled them, by its blocks and whether it
    # holds page 1 (not by the page count, which changes only the footers)
    settled: dict[int, list[dict]] = field(default_factory=dict)
    compiles: int = 0  # typst compiles of the last render
    reused: int = 0  # slices taken from the one before


def render_pages_sliced(
    draft: Draft,
    layout: Layout | None = None,
    total_hint: int = 0,
    slice_blocks: int = SLICE_BLOCKS,
    keep: Keep = _as_is,
    memory: Slices | None = None,
    early: Callable[[list[Any]], None] | None = None,
) -> list[Any]:
    """Every page as SVG, as :func:`typeset.render_pages` gives them, typeset in slices of
    about ``slice_blocks`` blocks. ``total_hint`` is the page count expected (the last
    render's), which saves the second pass when it is right. ``keep`` turns each slice's
    pages into the form they are kept in (the preview compresses them), so the SVG of
    every page is never held at once. ``memory`` holds the slices between renders.
    ``early`` is given the pages of a first pass made without a count (the first render
    after opening), their footers numbered alone, while the second pass runs: a delegate
    sees the draft's pages at half the wait."""
    memory = memory if memory is not None else Slices()
    data = page_data(render(draft, layout))
    blocks = data.pop("blocks")
    memory.compiles = memory.reused = 0
    if len(blocks) <= slice_blocks:
        memory.done, memory.compiles = {}, 1
        return keep(typeset.render_pages(draft, layout, "svg"))
    common = json.dumps(data, sort_keys=True, ensure_ascii=False)
    texts = [json.dumps(b, sort_keys=True, ensure_ascii=False) for b in blocks]
    total = total_hint
    for _ in range(2):
        done: dict[int, tuple[list[bytes], tuple[int, int] | None]] = {}
        pages = _slices(data, blocks, (common, texts), total, slice_blocks, keep, memory, done)
        memory.done = done
        if pages is None:  # no clean break in a slice: the whole at once
            memory.done, memory.compiles = {}, memory.compiles + 1
            return keep(typeset.render_pages(draft, layout, "svg"))
        if len(pages) == total:
            return pages
        if early is not None and total == 0:
            early(pages)
        total = len(pages)
    memory.done, memory.compiles = {}, memory.compiles + 1
    return keep(typeset.render_pages(draft, layout, "svg"))


def _slices(
    data: dict,
    blocks: list[dict],
    keys: tuple[str, list[str]],
    total: int,
    slice_blocks: int,
    keep: Keep,
    memory: Slices,
    done: dict[int, tuple[list[bytes], tuple[int, int] | None]],
) -> list[bytes] | None:
    common, texts = keys
    pages: list[bytes] = []
    first, first_page = 0, 1
    while True:
        stop = min(len(blocks), first + slice_blocks)
        key = hash((common, first_page, total, stop == len(blocks), *texts[first:stop]))
        if key in memory.done:
            kept, found = memory.done[key]
            memory.reused += 1
        else:
            part = [dict(b, i=k) for k, b in enumerate(blocks[first:stop])]
            cut_key = hash((common, first_page == 1, *texts[first:stop]))
            svgs, marks, settled = _compile_slice(
                dict(data, blocks=part, slice={"first": first_page, "total": total}),
                memory.settled.pop(cut_key, None),
            )
            memory.settled[cut_key] = settled
            while len(memory.settled) > SETTLED_KEPT:  # the oldest first
                memory.settled.pop(next(iter(memory.settled)))
            memory.compiles += 1
            inside = frozenset(k for k in range(1, len(part)) if "cols" in part[k] and "cols" in part[k - 1])
            found = None if stop == len(blocks) else clean_break(marks, len(part), _note_blocks(part), inside)
            if stop < len(blocks) and found is None:
                return None
            kept = keep(svgs if found is None else svgs[: found[1] - 1])
            del svgs
        done[key] = (kept, found)
        pages += kept
        if found is None:
            return pages
        first += found[0]
        first_page += found[1] - 1
