"""The forty-seventh and forty-eighth held-out rounds (2026-12-07, stop 53).

The forty-seventh: 20 long resolutions of sessions 74 to 78 no rule had seen, between
60,000 and 80,000 characters as stored (the rounds before passed over any text longer than
60,000): A/RES/74/127 to 136, A/RES/75/202 to 253, A/RES/76/137 to 143, A/RES/78/137 to
185: the Third and Second Committees' long texts (refugees, the rights of the child,
women migrant workers, biological diversity, external debt) and a Fifth Committee budget
text in sections. All 20 read with no word, figure or note lost, and one fault:

- the one paragraph of a section of a budget resolution that ends with ";" under the
  section's own preamble: "XV" / "Global service delivery model for the United Nations
  Secretariat" / "Recalling section III of its resolution 67/246, ...," / "Having considered
  the report of the Secretary-General31 and the related report of the Advisory
  Committee,32" / "Decides to keep the question of the global service delivery model under
  review and to revert on the status of the above-mentioned reports at the main part of its
  seventy-sixth session;33" (A/RES/75/253). Under a preamble, only such a paragraph ending
  with "." was read as the section's paragraph; this one became a heading, and a heading
  keeps no mark, so note 33 went to the end of the last paragraph of the text.

The forty-eighth, read after that fix: 25 more of the same length (A/RES/72/14 to 191,
A/RES/73/3 to 151, A/RES/74/160 to 242, A/RES/76/127 to 163, A/RES/78/177 to 263 and
A/RES/79/198), with no fault of the importer. A/RES/76/163's eleventh preambular paragraph
ends with "." in the UN's own text ("... on the same footing and with the same emphasis."),
which ``check`` is right to flag (the corpus README lists it).

The forty-ninth: 27, 23 longer still (80,000 to 100,000 characters as stored) and four
shorter ones the rounds had not reached (A/RES/72/200, 75/190, 76/16 and 76/67) (A/RES/72/10 to 200, A/RES/73/136 to 155, A/RES/74/2 to
252, A/RES/75/190 to 244, A/RES/76/16 to 147, A/RES/78/189 to 233, A/RES/79/138 to 182).
No word or figure lost; one fault fixed, two left and tested as they stand:

- a paragraph cut by a page break whose rest opens with an abbreviation in brackets: "...
  following the global outbreak of the coronavirus disease" / running head, job number,
  "4/11" / "(COVID-19) pandemic, stressing that any restrictions ..." (A/RES/75/190). Only a
  bracket opening small letters went on with the paragraph above; the rest became a
  paragraph of its own, and ``check`` flagged the first for its missing comma;
- left: lettered items under headings of their own, inside an operative paragraph ("14.
  Acknowledges ... and in this regard:" / "Inequality in access to opportunities" / "(a)
  Calls upon Governments ..." ... "(z)", under nine such headings, A/RES/73/141). The model has no heading among a
  paragraph's sub-paragraphs, so the headings and items are read as section headings: every
  word kept, but note 19's mark ("(w) Reaffirms the New Urban Agenda,19") goes to the end of
  the text, reported (an expected failure below);
- left: a mark set apart after a noun that takes numbers, "reiterates the decision 21 to
  provide financial and technical support" (A/RES/78/233, paragraph 41). "Goal 17 to
  strengthen" reads the same way, so the number stays text; the note is kept, after
  paragraph 28 where note 20 is cited, and reported.
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text import write_text
from delegate_editor.model.document import Operative, SectionHeading
from delegate_editor.model.numbering import paragraph_labels
from delegate_editor.model.text import NoteRef, plain_text
from tests.corpus_drafts import imported, imported_again, read_whole

FORTY_SEVENTH = (
    [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (127, 130, 133, 134, 136)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (202, 204, 219, 238, 253)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (137, 138, 141, 142, 143)]
    + [("ga-78-pdf", f"A_RES_78_{n}.txt") for n in (137, 153, 155, 157, 185)]
)

FORTY_EIGHTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (14, 82, 149, 182, 191)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (3, 137, 146, 151)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (160, 197, 232, 234, 242)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (127, 144, 148, 149)]
    + [("ga-78-pdf", f"A_RES_78_{n}.txt") for n in (177, 195, 203, 221, 263)]
    + [("ga-79-pdf", "A_RES_79_198.txt")]
)


FORTY_NINTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in (10, 19, 132, 200)]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (136, 139, 155)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in (2, 169, 252)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in (190, 194, 212, 244)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in (16, 67, 146, 147)]
    + [("ga-78-pdf", f"A_RES_78_{n}.txt") for n in (189, 217, 219)]
    + [("ga-79-pdf", f"A_RES_79_{n}.txt") for n in (138, 154, 158, 182)]
)


@pytest.mark.parametrize(("folder", "name"), FORTY_SEVENTH + FORTY_EIGHTH + FORTY_NINTH)
def test_the_long_texts_import_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


def test_a_preambular_paragraph_the_un_ends_with_a_full_stop_is_flagged():
    """A/RES/76/163 as the UN printed it: "Reaffirming the universality, indivisibility,
    interrelatedness ... on the same footing and with the same emphasis." then "Recalling
    the high-level plenary meeting ...". It stays in the preamble, every word and note kept,
    and ``check`` flags its full stop, the one error of the round."""
    draft, report = imported("ga-76-pdf", "A_RES_76_163.txt")
    assert plain_text(draft.preamble[10].text).endswith("on the same footing and with the same emphasis.")
    assert draft.preamble[11].opening == "Recalling"
    assert draft.adoption.number == "76/163" and len(draft.operative_paragraphs()) == 51
    assert not [line for line in report if "placed at the end" in line]
    errors = [(f.rule, f.part, f.paragraph) for f in check(draft) if f.severity == "error"]
    assert errors == [("preamble.end", "preamble", 11)]


def test_a_sections_one_paragraph_ending_with_a_semicolon_under_its_preamble():
    """A/RES/75/253, section XV: its one paragraph keeps its opening, its note and no number,
    through `.dres` and a second import, and the note is cited where the UN prints it."""
    draft, report = imported("ga-75-pdf", "A_RES_75_253.txt")
    assert not [line for line in report if "placed at the end" in line]
    for version in (draft, imported_again(draft)):
        items = version.operative
        at = next(
            i
            for i, item in enumerate(items)
            if isinstance(item, SectionHeading) and item.text.startswith("XV Global service delivery")
        )
        heading, alone, after = items[at : at + 3]
        assert plain_text(heading.preamble[-1].text).startswith("the report of the Secretary-General")
        assert isinstance(alone, Operative) and alone.opening == "Decides"
        assert plain_text(alone.text).endswith("at the main part of its seventy-sixth session;")
        assert isinstance(alone.text[-1], NoteRef)
        note = version.footnotes[alone.text[-1].note_id]
        assert plain_text(note.text).startswith("Postponement of the decision on whether the reports")
        assert paragraph_labels(version)[alone.id] == ""
        assert isinstance(after, SectionHeading) and after.text.startswith("XVI Request for a subvention")
    assert "*Decides* to keep the question of the global service delivery model" in write_text(draft)


@pytest.mark.parametrize(
    ("folder", "name", "opening", "words"),
    [
        # "XXIII" / "Effects of changes in rates of exchange and inflation" / "Having considered ..."
        ("ga-80-pdf", "A_RES_80_243.txt", "Takes note", "of the revised estimates arising from recosting"),
        ("ga-79-pdf", "A_RES_79_258.txt", "Takes note", "of the revised estimates arising from recosting"),
        # "A. Base/floor salary scale" / "Recalling its resolution 44/198, ..."
        ("ga-72-pdf", "A_RES_72_255.txt", "Approves", ", with effect from 1 January 2018, as recommended"),
        ("ga-75-pdf", "A_RES_75_245.txt", "Approves", ", with effect from 1 January 2021, as recommended"),
    ],
)
def test_the_same_paragraph_in_other_budget_texts(folder, name, opening, words):
    """The same shape, a section's preamble and one paragraph ending with ";", in four more
    texts of the corpus: the paragraph was a heading there too, its opening not in italics."""
    draft, _ = imported(folder, name)
    labels = paragraph_labels(draft)
    alone = [p for p in draft.operative_paragraphs() if plain_text(p.text).startswith(words)]
    assert len(alone) == 1 and alone[0].opening == opening and labels[alone[0].id] == ""
    assert not [h for h in draft.operative if isinstance(h, SectionHeading) and words in h.text]


def test_a_paragraph_going_on_after_a_page_break_with_an_abbreviation_in_brackets():
    """A/RES/75/190: the paragraph the page cut is one preambular paragraph again, with its
    comma, through `.dres` and a second import."""
    draft, report = imported("ga-75-pdf", "A_RES_75_190.txt")
    for version in (draft, imported_again(draft)):
        noting = [p for p in version.preamble if p.opening == "Noting with grave concern"]
        words = [plain_text(p.text) for p in noting]
        cut = [w for w in words if "following the global outbreak of the coronavirus disease" in w]
        assert len(cut) == 1 and "coronavirus disease (COVID-19) pandemic, stressing that" in cut[0]
        assert cut[0].endswith(",")
        assert not [f for f in check(version) if f.severity == "error"]
    assert any("(COVID-19) pandemic, stressing" in line for line in report)


@pytest.mark.xfail(
    strict=True,
    reason="lettered items under headings inside an operative paragraph: the model has no "
    "heading among sub-paragraphs, so they are read as section headings (A/RES/73/141)",
)
def test_lettered_items_under_headings_inside_a_paragraph():
    draft, report = imported("ga-73-pdf", "A_RES_73_141.txt")
    fourteenth = draft.operative_paragraphs()[13]
    assert plain_text(fourteenth.text).endswith("and in this regard:")
    assert len(fourteenth.subs) == 26  # (a) to (z)
    assert isinstance(fourteenth.subs[22].text[1], NoteRef)  # "(w) Reaffirms the New Urban Agenda,19"
    assert not [line for line in report if "placed at the end" in line]


def test_the_items_read_as_headings_keep_every_word_and_the_note():
    """What A/RES/73/141 gives today: the items are headings, every word is kept, and note
    19 is kept at the end of the text and reported, never dropped."""
    draft, report = imported("ga-73-pdf", "A_RES_73_141.txt")
    headings = [h.text for h in draft.operative if isinstance(h, SectionHeading)]
    assert "Inequality in access to opportunities" in headings
    assert any(h.startswith("(w) Reaffirms the New Urban Agenda, which envisages") for h in headings)
    placed = [line for line in report if "placed at the end" in line]
    assert placed == [
        "note 19: its mark was not kept where it stood; placed at the end of the last paragraph"
    ]
    last = draft.operative_paragraphs()[-1]
    note = draft.footnotes[last.text[-1].note_id]
    assert plain_text(note.text) == "Resolution 71/256, annex."


def test_a_number_apart_after_a_noun_that_takes_numbers_stays_text():
    """A/RES/78/233, paragraph 41: "reiterates the decision 21 to provide"; note 21
    ("Resolution 69/313, annex, para. 46.") is kept and reported."""
    draft, report = imported("ga-78-pdf", "A_RES_78_233.txt")
    forty_first = plain_text(draft.operative_paragraphs()[40].text)
    assert "reiterates the decision 21 to provide financial and technical support" in forty_first
    assert [line for line in report if line.startswith("note 21:")] == [
        'note 21: no mark found in the text; placed at the end of "28. Welcomes the convening of the twelft…"'
    ]
    texts = [plain_text(n.text) for n in draft.footnotes.values()]
    assert "Resolution 69/313, annex, para. 46." in texts
