"""Where a number stands, as the note-mark reader weighs it (quotes from the corpus)."""

from __future__ import annotations

from delegate_editor.formats.text_mark_place import in_figure


def _at(text: str, number: str) -> tuple[int, int]:
    start = text.index(number)
    return start, start + len(number)


def test_a_figure_of_thousands_holds_its_groups():
    text = "the maintenance of the Force, 4,995,400 dollars for the support account"  # A/RES/78/304
    assert in_figure(text, *_at(text, "4"))
    assert in_figure(text, *_at(text, "995"))
    assert in_figure(text, *_at(text, "400"))


def test_a_mark_after_a_year_or_a_symbol_and_its_comma_is_no_group():
    year = "19 to 30 May 2008,143 in which the Conference of the Parties"  # A/80/L.22, note 143
    assert not in_figure(year, *_at(year, "143"))
    symbol = "submitted pursuant to resolution 79/45,1"  # A/RES/80/32, note 1
    assert not in_figure(symbol, len(symbol) - 1, len(symbol))
    glued = "the updated levels,4 subject to a decision of the Security Council"  # A/RES/78/304
    assert not in_figure(glued, *_at(glued, "4"))
