"""Notes printed on their marks' pages, as LibreOffice prints our DOCX and ODT.

The drafts are real L. documents of the corpus on which typst alone prints a note on
another page than its mark; ``tests/formats/test_page_parity.py`` checks the same drafts
against LibreOffice's rendering, word by word on every page.
"""

from __future__ import annotations

import pytest

from bench.page_parity import un_text
from delegate_editor.formats import note_pages, typeset
from delegate_editor.formats.blocks import render
from delegate_editor.formats.note_pages import Place, settle
from delegate_editor.formats.text_import import read_text
from delegate_editor.formats.typst_source import page_data


def _settled(corpus_dir, name: str) -> tuple[note_pages.Measured, note_pages.Measured, list[dict], int]:
    """typst's own pages, the settled ones, their blocks, and how many compiles settling took."""
    raw = (corpus_dir / "drafts" / f"{name}.txt").read_text(encoding="utf-8")
    data = page_data(render(read_text(un_text(raw), name)))
    blocks = data.pop("blocks")
    compiled: list[tuple[list[dict], note_pages.Measured]] = []
    with typeset.lock:
        run = typeset.measured_compile(data, {"format": "pdf"})

        def recording(these: list[dict], apart: list[dict]) -> note_pages.Measured:
            compiled.append((these, run(these, apart)))
            return compiled[-1][1]

        alone = run(blocks, [])
        settled = settle(
            blocks, recording, typeset.keeps(data), typeset.line_of(data), typeset.text_top(data)
        )
        typeset.release(typeset.engine()[0])
    final = next(these for these, measured in compiled if measured is settled)
    return alone, settled, final, len(compiled)


def _misplaced(measured: note_pages.Measured) -> list[Place]:
    return [p for p in measured.places if p.mark_page != p.entry_page]


# A/80/L.13: "Law of the Sea1" ends page 1 and its note does not fit under it; A/C.3/80/L.35:
# widow control moves the line with mark 3 to page 2 and typst leaves its note on page 1.
@pytest.mark.parametrize("name", ["A_80_L.13", "A_C.3_80_L.35"])
def test_a_paragraph_is_cut_so_that_the_note_follows_its_line(corpus_dir, name):
    alone, settled, final, _ = _settled(corpus_dir, name)
    assert _misplaced(alone), "typst alone prints these notes right: the test proves nothing"
    assert _misplaced(settled) == []
    heads = [b for b in final if b.get("jl")]
    rests = [b for b in final if b.get("cont")]
    assert len(heads) == len(rests) >= 1
    assert all(r["pb"] and r["a"] == 0 for r in rests)


def test_a_last_line_that_cannot_move_keeps_its_line_and_the_note_goes_on(corpus_dir):
    """A/C.3/80/L.21: "Recalling also the report of the United Nations High Commissioner for
    Human Rights,2" is two lines at the foot of page 1; LibreOffice keeps them there and
    prints note 2 on page 2. typst alone moved the paragraph and left the note behind."""
    alone, settled, final, _ = _settled(corpus_dir, "A_C.3_80_L.21")
    assert _misplaced(alone)
    hidden = [p for b in final for p in b["p"] if p.get("hide")]
    assert [p["t"] for p in hidden] == ["2"]
    text = lambda b: "".join(p["t"] for p in b["p"])  # noqa: E731
    recalling = next(b for b in final if "the report of the United Nations High Commissioner" in text(b))
    assert any(p.get("mark") and p["t"] == "2" and "note" not in p for p in recalling["p"])
    assert settled.starts[final.index(recalling)] == 1  # the paragraph stays on page 1


def test_a_draft_whose_notes_typst_prints_right_is_typeset_once(corpus_dir):
    alone, settled, _, compiles = _settled(corpus_dir, "A_C.6_80_L.9")
    assert _misplaced(alone) == [] and compiles == 1
    assert settled.places == alone.places


PIECES = [
    {"t": "Welcoming ", "i": True},
    {"t": "energy connectivity and cross-border infrastructure development,", "i": False},
]


def test_lines_may_start_after_a_space_and_after_a_hyphen_before_a_letter():
    starts = note_pages._starts(PIECES)
    words = [PIECES[j]["t"][c:].split(" ")[0] for j, c in starts]
    # after the italic opening's space, each space, and the hyphen of "cross-border"
    assert words == [
        "energy",
        "connectivity",
        "and",
        "cross-border",
        "border",
        "infrastructure",
        "development,",
    ]


def test_a_cut_paragraph_is_two_blocks_the_second_set_as_following_lines():
    block = {"s": "preamble", "l": "", "a": 6, "pb": False, "k": 0.1, "p": PIECES}
    head, rest = note_pages._cut(block, (1, len("energy connectivity and ")))
    assert [p["t"] for p in head["p"]] == ["Welcoming ", "energy connectivity and"]
    assert head["jl"] and not head.get("cont")
    assert [p["t"] for p in rest["p"]] == ["cross-border infrastructure development,"]
    assert rest["cont"] and rest["pb"] and rest["a"] == 0


def test_slashed_symbols_stay_unbreakable_in_a_cut_piece():
    piece = {"t": "resolution GC(69)/RES/16 and A/48/486-S/26560", "i": False}
    block = {"s": "preamble", "l": "", "a": 6, "pb": False, "k": 0.0, "p": [piece]}
    _, rest = note_pages._cut(block, (0, len("resolution ")))
    text = rest["p"][0]["t"]
    spans = [text.encode()[a:b].decode() for a, b in rest["p"][0]["nb"]]
    assert spans == ["GC(69)/RES/16", "A/48/486-", "S/26560"]


@pytest.mark.parametrize(
    ("lines", "mark_line", "entry_after", "above", "first"),
    [
        (8, 4, True, 0, 4),  # the mark's line moves
        (6, 5, True, 0, 4),  # the last line alone would be a widow: two lines move
        (6, 1, True, 0, 0),  # one line left behind would be an orphan: none is cut
        (8, 4, False, 0, 4),  # typst started the page with the mark's line
        (8, 5, False, 1, 4),  # ... or with the line before it
    ],
)
def test_the_line_that_starts_the_next_page_keeps_widows_and_orphans(
    lines, mark_line, entry_after, above, first
):
    place = Place(1, 1, 2) if entry_after else Place(1, 2, 1)
    assert note_pages._break_line(lines, mark_line, place, above) == first
