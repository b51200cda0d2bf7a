"""Openings found on held-out UN texts (issue 16): "once more" marks a repeated opening as
"again" does, so the checker does not ask for "also" where the UN wrote "once more".

The lines are quoted from A/80/L.12 (tests/data/corpus/drafts/A_80_L.12.txt), a text the
checker had not seen when its rules were calibrated.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.phrases import phrasebook
from delegate_editor.formats.text_import import read_text

# A/80/L.12, The Syrian Golan (abridged: the head and the two "Reaffirming" paragraphs)
_L12 = """Egypt: draft resolution

The Syrian Golan

The General Assembly,

Reaffirming the fundamental principle of the inadmissibility of the acquisition
of territory by force, in accordance with international law and the Charter of the
United Nations,

Reaffirming once more the applicability of the Geneva Convention relative to
the Protection of Civilian Persons in Time of War, of 12 August 1949, to the occupied
Syrian Golan,

1. Declares that Israel has failed so far to comply with Security Council
resolution 497 (1981);

2. Determines once more that the continued occupation of the Syrian Golan
and its de facto annexation constitute a stumbling block in the way of achieving a
just, comprehensive and lasting peace in the region.
"""


def test_once_more_is_read_as_the_repetition_adverb_again():
    book = phrasebook("en")
    parsed = book.parse("Reaffirming once more", "preamble")
    assert parsed.known
    assert parsed.phrase is not None and parsed.phrase.phrase == "Reaffirming"
    assert parsed.adverb == "again"


def test_a_repeat_with_once_more_is_not_reported():
    draft = read_text(_L12, "A_80_L.12.txt")
    openings = [p.opening for p in draft.preamble]
    assert openings == ["Reaffirming", "Reaffirming once more"]
    rules = [f.rule for f in check(draft)]
    assert "opening.repeat" not in rules


def test_a_plain_repeat_is_still_reported():
    draft = read_text(_L12.replace("Reaffirming once more", "Reaffirming"), "A_80_L.12.txt")
    repeats = [f for f in check(draft) if f.rule == "opening.repeat"]
    assert len(repeats) == 1
    assert "Reaffirming also" in repeats[0].message


# A/80/L.21 and A/C.1/80/L.2 (tests/data/corpus/drafts/): openings the list lacked
_HELD_OUT_OPENINGS = [
    (
        "Trusting",
        "that the observance of an international day will create a platform to promote awareness "
        "and cultural exchange about the Mediterranean diet as one of the well-balanced and healthy "
        "diets,",
    ),
    (
        "Expressing regret and concern",
        "that the conference was not convened in 2012 as mandated and that little progress has been "
        "achieved towards the implementation of the resolution on the Middle East adopted by the "
        "1995 Review and Extension Conference of the Parties to the Treaty,",
    ),
]


def test_openings_of_held_out_texts_are_known():
    book = phrasebook("en")
    for opening, _text in _HELD_OUT_OPENINGS:
        assert book.longest_opening(f"{opening} {_text}", "preamble"), opening


def test_held_out_openings_draw_no_unknown_opening_finding():
    body = "\n\n".join(f"{opening} {text}" for opening, text in _HELD_OUT_OPENINGS)
    source = _L12.replace(
        "Reaffirming the fundamental principle", body + "\n\nReaffirming the fundamental principle"
    )
    draft = read_text(source, "A_80_L.21.txt")
    assert [p.opening for p in draft.preamble][:2] == ["Trusting", "Expressing regret and concern"]
    unknown = [f for f in check(draft) if f.rule == "opening.unknown"]
    assert unknown == []


# A/C.2/80/L.10 (tests/data/corpus/drafts/A_C.2_80_L.10.txt): the date stands before the citation
_WELCOMING_79_293 = (
    "Welcoming the adoption on 16 June 2025 of its resolution 79/293, in which the\n"
    "Assembly proclaimed 4 December as the International Day against Unilateral\n"
    "Coercive Measures, to be observed annually, beginning in 2025,"
)


def test_a_citation_dated_by_its_adoption_before_it_needs_no_date():
    source = _L12.replace(
        "Reaffirming the fundamental principle",
        _WELCOMING_79_293 + "\n\nReaffirming the fundamental principle",
    )
    findings = check(read_text(source, "A_C.2_80_L.10.txt"))
    assert [f for f in findings if f.rule == "citation.date"] == []


def test_an_undated_first_citation_is_still_reported():
    undated = _WELCOMING_79_293.replace("the adoption on 16 June 2025 of ", "")
    source = _L12.replace(
        "Reaffirming the fundamental principle", undated + "\n\nReaffirming the fundamental principle"
    )
    dates = [f for f in check(read_text(source, "x.txt")) if f.rule == "citation.date"]
    assert len(dates) == 1 and "79/293" in dates[0].message


# A/80/L.27 (held out, 2026-12-04), operative paragraph 2: an intensified verb the lists lacked
_GREATLY_APPRECIATES = (
    "Greatly appreciates the coordinating role of the United Nations\n"
    "Development Programme in the international cooperation on Chornobyl, including\n"
    "the work undertaken by the Inter-Agency Task Force on Chornobyl;"
)


def test_greatly_appreciates_is_a_known_operative_opening():
    parsed = phrasebook("en").parse("Greatly appreciates", "operative")
    assert parsed.known and parsed.phrase is not None and parsed.phrase.phrase == "Appreciates"
    source = _L12.replace("2. Determines once more", f"2. {_GREATLY_APPRECIATES}\n\n3. Determines once more")
    draft = read_text(source, "A_80_L.27.txt")
    assert draft.operative_paragraphs()[1].opening == "Greatly appreciates"
    assert [f for f in check(draft) if f.rule == "opening.unknown"] == []


# Held-out texts of 2026-12-04 (A/C.2/80/L.9, A/RES/80/11, A/RES/80/34): openings the lists lacked
_MORE_OPENINGS = [
    ("Recommitting", "to ensuring that no country or person is left behind,"),
    ("Expressing", "the need for increased visibility and awareness of United Nations peacebuilding,"),
    ("Honouring", "the memory of and paying tribute to all victims of chemical weapons,"),
    ("Re-emphasizing", "its unequivocal support for the decision of the Director General,"),
]
# A/RES/80/38 (held out, 2026-12-04): "Renews its decision ..." and "Also renews ..."
_MORE_OPERATIVE = ["Renews", "Also renews"]


def test_more_held_out_openings_are_known():
    book = phrasebook("en")
    for opening, text in _MORE_OPENINGS:
        assert book.longest_opening(f"{opening} {text}", "preamble") == opening, opening
    for opening in _MORE_OPERATIVE:
        assert book.parse(opening, "operative").known, opening


def test_a_repeat_with_its_own_further_is_told_also():
    """A/C.3/80/L.13 (held out, 2026-12-04), paragraphs 35-37 (abridged): the third
    "Encourages" in a row goes on "further collaboration"; the hint used to say "Further
    encourages", which gives "Further encourages further collaboration"."""
    source = _L12.split("1. Declares")[0] + (
        "35. Encourages Governments to support the United Nations trust fund on family activities;\n\n"
        "36. Encourages Member States to strengthen cooperation with all relevant stakeholders;\n\n"
        "37. Encourages further collaboration between the Department of Economic and Social Affairs "
        "of the Secretariat and other relevant entities;\n"
    )
    draft = read_text(source, "A_C.3_80_L.13.txt")
    repeats = [f for f in check(draft) if f.rule == "opening.repeat"]
    assert [f.fix.edits[0].value for f in repeats if f.fix] == ["Also encourages", "Also encourages"]
