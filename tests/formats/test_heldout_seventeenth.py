"""A seventeenth held-out round (2026-12-06, stop 46): resolutions of the seventy-ninth
session no rule had seen, A/RES/79/n for n = 6, 10, 14, ... (the numbers the fifteenth round
left out), raw PDF text as wannli/un-docs-downloader stores it, in ``ga-79-pdf/``: thirty
from 6 to 122, then twenty-eight from 126 to 326 (those over 40,000 characters passed
over); then thirty of the seventy-eighth session, A/RES/78/n for n = 9, 13, 17, ..., 149
(odd numbers, which no round had read), in ``ga-78-pdf/``, read after the faults below were
fixed, which showed none; last, nine long ones passed over before (42,391 to 97,723
characters: A/RES/79/150, 170, 202, 214, 258, 290, 314 and A/RES/78/29, 73); and thirty more
of the seventy-eighth session, A/RES/78/n for n = 7, 11, 15, ..., 143. Every corpus test
runs on them. They import with no word lost, their numbering as
the UN's and every note with its mark; the faults they showed:

- a note that ends with a quotation closes it after the full stop ("... and States shall
  facilitate and encourage international cooperation in such investigation.”", A/RES/79/18's
  note 2): ``check`` warned that it did not end with a full stop;
- a table on one page whose cells are words over several lines, under "11. Decides that ...
  the rates of assessment for peacekeeping should be based on the 10 levels of contribution
  and parameters set forth in the table below:" ("Level" / "Criterion" / "Threshold in United
  States" / "dollars (2025–2027)" ..., A/RES/79/250): its lines ran on as the paragraph's
  words and ``check`` found the paragraph ending with the table's note's full stop. A
  paragraph that names its table keeps the table's lines as its rows, one cell each, for the
  delegate to part with Tab (A/RES/80/243's and A/RES/79/253's staffing tables read so too);
- a resolution that names itself in an item's title ("... 69/253, 74/257 and 79/282”",
  A/RES/79/282): ``check`` asked for the date of its first citation;
- a note's mark after a closing quotation mark and the sentence's full stop ("... as
  recalled in paragraph 158 of “The future we want”. 5" ending its line, A/RES/79/314, a
  long one): not found, the note placed without its mark;
- a number of the text taken for a note's mark where the mark stands later, glued: "28.
  Decides to appoint 25 Member States, 6 from African States, 5 from Asia-Pacific States,
  ... beginning on 1 January 2024;5" (A/RES/78/107): note 5 was marked after "African
  States," and the "5" of "5 from Asia-Pacific States" lost (``bench/corpus.py`` counts
  words of letters, so it did not see it); the glued "2024;5" is the mark;
- a section after a paragraph whose sub-paragraphs answer its "as follows:" ("13. Decides
  that the requirements ... shall be financed as follows:" / "(a)" ... "(e)" / "II" /
  "Support account and related funding issues", A/RES/79/298): the section was read as a list
  the paragraph sets out, its preamble and paragraphs as that list's text.
"""

from __future__ import annotations

from delegate_editor.conventions.checks import check
from delegate_editor.model import Draft, Footnote, NoteRef, Preambular, RowKind, Run, SectionHeading, rich
from delegate_editor.model.text import plain_text
from tests.corpus_drafts import imported, imported_again

HELD_OUT = [f"A_RES_79_{n}.txt" for n in range(6, 123, 4)] + [
    f"A_RES_79_{n}.txt"
    for n in (126, 130, 134, 142, 162, 166, 174, 178, 186, 210, 230, 238, 242, 246, 250, 254, 262)
    + (266, 270, 274, 278, 282, 286, 294, 298, 302, 306, 326)
]


def test_a_note_closing_a_quotation_after_its_full_stop_ends_as_it_should():
    draft, _ = imported("ga-79-pdf", "A_RES_79_18.txt")
    quoting = [n for n in draft.footnotes.values() if plain_text(n.text).endswith("investigation.”")]
    assert len(quoting) == 1
    assert not [f for f in check(draft) if f.rule == "footnote.end"]


def test_a_note_without_its_full_stop_is_still_flagged_inside_or_outside_a_quotation():
    # A/RES/79/18's note 2 with its full stop taken away, inside the quotation and then as a
    # note with no quotation at all: both want the stop
    words = "Article I also provides that “Outer space ... in such investigation”"
    for text in (words, "Resolution S-10/2"):
        note = Footnote(rich(text))
        draft = Draft(preamble=[Preambular("Recalling", (Run("the Treaty"), NoteRef(note.id), Run(",")))])
        draft.footnotes[note.id] = note
        assert [f.rule for f in check(draft) if f.rule == "footnote.end"] == ["footnote.end"]


HELD_OUT_78 = [
    f"A_RES_78_{n}.txt"
    for n in (9, 13, 17, 21, 25, 33, 37, 41, 45, 49, 53, 57, 61, 65, 77, 81, 85, 89, 93, 97, 101)
    + (105, 109, 113, 117, 121, 125, 129, 133, 149)
    + (7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 63, 67, 71, 75, 79, 83, 87, 91, 95, 99)
    + (107, 111, 115, 123, 127, 131, 143)
]


def test_the_round_imports_whole_with_no_check_error():
    for folder, names in (("ga-79-pdf", HELD_OUT), ("ga-78-pdf", HELD_OUT_78)):
        for name in names:
            draft, _ = imported(folder, name)
            assert draft.operative and draft.adoption.number and draft.adoption.meeting, name
            assert not [f for f in check(draft) if f.severity == "error"], name


def test_a_table_the_paragraph_names_keeps_its_columns():
    """Kept one cell a row until stop 50, read by its heads since (text_word_grid): each
    level's letter opens its row, wrapped heads and cells joined."""
    draft, report = imported("ga-79-pdf", "A_RES_79_250.txt")
    eleven = draft.operative_paragraphs()[10]
    assert plain_text(eleven.text).endswith("parameters set forth in the table below:")
    rows = [plain_text(s.text) for s in eleven.subs if s.row is RowKind.ROW]
    assert rows[:2] == [
        "Level\tCriterion\tThreshold in United States dollars (2025–2027)\tDiscount (percentage)",
        "A\tPermanent members of the Security Council\tNot applicable\tPremium",
    ]
    assert len(rows) == 12  # the heads, levels A to J, the note
    assert rows[-1] == "a Member States in level H* have a discount of 70 per cent.\t\t\t"
    assert draft.operative_paragraphs()[11].opening == "Encourages"
    assert any(
        "a table read from the lines of a PDF as the rows of paragraph 11" in str(line) for line in report
    )
    assert not [f for f in check(draft) if f.severity in ("error", "warning")]
    back = imported_again(draft)
    assert [plain_text(s.text) for s in back.operative_paragraphs()[10].subs] == rows


def test_a_resolution_naming_itself_owes_no_date():
    draft, _ = imported("ga-79-pdf", "A_RES_79_282.txt")
    assert "74/257 and 79/282”" in plain_text(draft.operative_paragraphs()[1].text)
    assert not [f for f in check(draft) if f.rule == "citation.date"]


def test_a_section_after_sub_paragraphs_is_a_section():
    draft, _ = imported("ga-79-pdf", "A_RES_79_298.txt")
    assert not draft.annexes
    two = next(i for i in draft.operative if isinstance(i, SectionHeading) and i.text.startswith("II "))
    assert two.text == "II Support account and related funding issues" and two.restart
    assert [p.opening for p in two.preamble] == ["Recalling", "Having considered"]
    assert [p.opening for p in draft.operative_paragraphs()[-2:]] == ["Takes note", "Endorses"]
    assert not [f for f in check(draft) if f.severity == "error"]


def test_a_mark_after_a_quotation_and_its_full_stop_is_found():
    draft, report = imported("ga-79-pdf", "A_RES_79_314.txt")
    # the declaration's paragraph 4, in the annex the resolution adopts
    four = next(p for a in draft.annexes for p in a.paragraphs if "The future we want" in plain_text(p.text))
    end = [i for i in four.text if isinstance(i, NoteRef)]
    assert plain_text(draft.footnotes[end[-1].note_id].text) == "Resolution 66/288, annex."
    assert plain_text(four.text).rstrip().endswith("“The future we want”.")
    assert not [line for line in report if "no mark found" in str(line)]


def test_a_quantity_is_no_mark_where_the_mark_stands_later_glued():
    draft, report = imported("ga-78-pdf", "A_RES_78_107.txt")
    para = next(p for p in draft.operative_paragraphs() if "6 from African States" in plain_text(p.text))
    words = plain_text(para.text)
    assert "6 from African States, 5 from Asia-Pacific States, 3 from Eastern European States" in words
    assert words.endswith("beginning on 1 January 2024;")
    assert isinstance(para.text[-1], NoteRef)
    note = plain_text(draft.footnotes[para.text[-1].note_id].text)
    assert note.startswith("The following States have been appointed members of the Advisory Committee")
    assert not [f for f in check(draft) if f.severity == "error"]
