"""Paragraphs cut where LibreOffice breaks a page: where a line may start, and the two
blocks a cut paragraph becomes (formats/note_cuts.py)."""

from __future__ import annotations

from delegate_editor.formats import note_cuts

PIECES = [
    {"t": "Welcoming ", "i": True},
    {"t": "energy connectivity and cross-border infrastructure development,", "i": False},
]


def test_lines_may_start_after_a_space_and_after_a_hyphen_before_a_letter():
    starts = note_cuts.line_starts(PIECES)
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
    head, rest = note_cuts.cut(block, (1, len("energy connectivity and ")))
    assert [p["t"] for p in head["p"]] == ["Welcoming ", "energy connectivity and"]
    assert head["jl"] and not head.get("cont")
    assert [p["t"] for p in rest["p"]] == ["cross-border infrastructure development,"]
    assert rest["cont"] and rest["pb"] and rest["a"] == 0


def test_slashed_symbols_stay_unbreakable_in_a_cut_piece():
    piece = {"t": "resolution GC(69)/RES/16 and A/48/486-S/26560", "i": False}
    block = {"s": "preamble", "l": "", "a": 6, "pb": False, "k": 0.0, "p": [piece]}
    _, rest = note_cuts.cut(block, (0, len("resolution ")))
    text = rest["p"][0]["t"]
    spans = [text.encode()[a:b].decode() for a, b in rest["p"][0]["nb"]]
    assert spans == ["GC(69)/RES/16", "A/48/486-", "S/26560"]
