"""A twenty-third held-out round (2026-12-07, stop 48): twenty-four resolutions no rule had
seen, twelve of the seventy-seventh session (A/RES/77/1 to 49, every fourth; 29 over 40,000
characters passed over) in ``ga-77-pdf/`` and twelve of the seventy-eighth (A/RES/78/135 to
259, odd numbers the corpus lacked; those over 40,000 characters passed over) in
``ga-78-pdf/``. 0 of 30,379 words and 0 of 1,110 figures lost, numbered as the UN numbers
them, every note with its mark. The fault:

- a paragraph cut by a page break after "entitled", its rest opening with the quoted title
  ("... the post-2015 development agenda, entitled" / running head / "“Transforming our
  world: the 2030 Agenda for Sustainable Development”, 1 and the Addis Ababa ...",
  A/RES/78/175): the rest stood as a paragraph of its own, without an opening phrase, and the
  cut paragraph without its final comma. A rest that opens with a quotation mark before a
  capital goes on as one that opens with the capital does.

A twenty-fourth round, read after that fix: forty-eight more, A/RES/77/3, 7, 11, 15, 19, 23, 35,
39, 43, 47, 51, 55 (27 and 31 over 40,000 characters) and 53, 57, ..., 97, A/RES/76/4, 12,
..., 108 (76 over 40,000 characters, 84 not stored) and A/RES/75/6, 14, ..., 102 (94 over
40,000 characters). 0 of 55,166 words and 0 of 2,248 figures lost. Its fault:

- a page's first line starting with a date's day, under the running head and after the
  page's furniture ("... held in Baku on" / head / "25 and 26 October 2019,3 for measures to
  prevent terrorists ...", A/RES/76/28), was read as note 25's line; its words went back to
  the paragraph, but note 3's mark in it was never looked for, and the note was placed at
  the end of another paragraph. Away from a page's footnote rule, a line that starts with a
  number and a small word is text: no note starts small.

A twenty-fifth round, read after that fix: forty-eight more, A/RES/72/4, 8, ..., 52 (36 over
40,000 characters), A/RES/73/10, 18, ..., 98 (2 over 40,000 characters), A/RES/74/6, 14,
..., 94 and A/RES/76/8, 24, 32, ..., 112 (16 and 72 over 40,000 characters). 0 of 51,782
words and 0 of 2,203 figures lost. Its fault:

- a range of notes cited again, ending a paragraph ("... endorses the recommendations,
  contained in the reports of the Board of Auditors; 1–21", A/RES/72/8, whose notes 1 to 21
  are those reports): the range stayed text and ``check`` found the paragraph ending in "1".
  It is the first and the last note's marks now, joined by the dash, which is printed raised
  as the marks are ("¹⁻²¹"), as the comma between two marks is.

A twenty-sixth round, read after that fix: forty-eight more, A/RES/73/100 to 193, A/RES/74/100
to 168, A/RES/75/105 to 144 and A/RES/76/113 to 159, twelve each of the numbers no round had
read (those over 40,000 characters passed over). 0 of 85,076 words and 0 of 2,063 figures
lost. Its fault:

- a line ending in "v." of a case's parties, the next line its other party ("... (Ukraine
  v." / "Russian Federation),10", A/RES/74/168): the full stop was read as a sentence's end
  and "Russian Federation),10" as a paragraph whose opening is "Russian"; ``check`` then
  found one paragraph ending with "." and unbalanced brackets in both. A line ending in an
  abbreviation always followed by what it names ("v.", "No.", "para.", "vol.", "pp.",
  "chap.", "sect.") goes on.

``check`` knew no "Confirming" among the preambular openings, which seven texts of the
corpus open with ("Confirming its commitment to the Declaration ...", A/RES/75/60): it is in
the phrase list now.

A twenty-seventh round, read after that fix: forty-eight more, A/RES/73/194 to 209,
A/RES/74/170 to 191, A/RES/75/145 to 187 and A/RES/76/160 to 231, twelve each (those over
40,000 characters passed over). 0 of 82,618 words and 0 of 2,152 figures lost once its fault
was fixed:

- an annex whose headings and paragraphs open with the resolution's own title words, the
  running head's ("Conclusion 3" / "Subsequent agreements and subsequent practice as
  authentic means of interpretation" / "Subsequent agreements and subsequent practice under
  article 31, paragraph 3 (a) and (b), being objective evidence ...", A/RES/73/202, titled
  "Subsequent agreements and subsequent practice in relation to the interpretation of
  treaties"): each was taken for a running head cutting a paragraph, and 15 words were
  lost. A page holds one running head and a page's body after it, and a heading is no
  paragraph a page cut (Word keeps two lines of a paragraph at a page's foot).

A/RES/78/223 keeps one ``check`` error, the UN's own: its list of the Congress's workshop
topics ends "(d) Turning the digital age into an opportunity: ... criminal justice." with a
full stop where a sub-paragraph ends with ";".
"""

from __future__ import annotations

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.blocks import render
from delegate_editor.formats.text import write_text
from delegate_editor.model import NoteRef, Run
from delegate_editor.model.numbering import note_numbers
from delegate_editor.model.text import last_char, plain_text
from tests.corpus_drafts import imported, imported_again, read_whole

ROUND = [("ga-77-pdf", f"A_RES_77_{n}.txt") for n in (1, 5, 9, 13, 17, 21, 25, 33, 37, 41, 45, 49)] + [
    ("ga-78-pdf", f"A_RES_78_{n}.txt") for n in (135, 139, 151, 169, 175, 193, 199, 235, 241, 247, 259)
]
TWENTY_FOURTH = (
    [("ga-77-pdf", f"A_RES_77_{n}.txt") for n in (3, 7, 11, 15, 19, 23, 35, 39, 43, 47, 51, 55)]
    + [("ga-77-pdf", f"A_RES_77_{n}.txt") for n in range(53, 98, 4)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in range(4, 109, 8) if n not in (76, 84)]
    + [("ga-75-pdf", f"A_RES_75_{n}.txt") for n in range(6, 103, 8) if n != 94]
)
TWENTY_FIFTH = (
    [("ga-72-pdf", f"A_RES_72_{n}.txt") for n in range(4, 53, 4) if n != 36]
    + [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in range(10, 99, 8)]
    + [("ga-74-pdf", f"A_RES_74_{n}.txt") for n in range(6, 95, 8)]
    + [("ga-76-pdf", f"A_RES_76_{n}.txt") for n in range(8, 113, 8) if n not in (16, 72)]
)


TWENTY_SIXTH = (
    [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (100, 105, 110, 114, 120, 128, 140, 154, 161, 169, 172, 193)]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (100, 104, 108, 112, 120, 124, 138, 150, 154, 159, 164, 168)
    ]
    + [
        ("ga-75-pdf", f"A_RES_75_{n}.txt")
        for n in (105, 109, 112, 115, 119, 122, 128, 131, 134, 137, 141, 144)
    ]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (113, 117, 121, 125, 129, 133, 136, 139, 145, 152, 155, 159)
    ]
)


TWENTY_SEVENTH = (
    [("ga-73-pdf", f"A_RES_73_{n}.txt") for n in (194, 198, 199, 200, 201, 202, 203, 204, 206, 207, 208, 209)]
    + [
        ("ga-74-pdf", f"A_RES_74_{n}.txt")
        for n in (170, 172, 174, 180, 183, 184, 185, 186, 188, 189, 190, 191)
    ]
    + [
        ("ga-75-pdf", f"A_RES_75_{n}.txt")
        for n in (145, 147, 150, 157, 165, 171, 174, 176, 178, 181, 183, 187)
    ]
    + [
        ("ga-76-pdf", f"A_RES_76_{n}.txt")
        for n in (160, 165, 171, 173, 175, 184, 191, 195, 208, 212, 220, 231)
    ]
)


@pytest.mark.parametrize(
    ("folder", "name"), ROUND + TWENTY_FOURTH + TWENTY_FIFTH + TWENTY_SIXTH + TWENTY_SEVENTH
)
def test_the_round_imports_whole_with_no_check_error(folder, name):
    read_whole(folder, name)


def test_a_quoted_title_cut_from_its_entitled_by_a_page_break():
    draft, report = imported("ga-78-pdf", "A_RES_78_175.txt")
    for version in (draft, imported_again(draft)):
        [reaffirming] = [
            p for p in version.preamble if "entitled “Transforming our world" in plain_text(p.text)
        ]
        text = plain_text(reaffirming.text)
        assert (
            "agenda, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”," in text
        )
        assert text.endswith("in relation to financing for development,")
        assert all(p.opening for p in version.preamble)
    assert any('"…5 development agenda, entitled" goes on with' in line for line in report)


def test_the_uns_own_full_stop_ending_a_sub_paragraph_is_the_one_error():
    draft, _ = imported("ga-78-pdf", "A_RES_78_223.txt")
    errors = [f for f in check(draft) if f.severity == "error"]
    assert [(e.message) for e in errors] == ["sub-paragraph (d): ends with '.' - sub-paragraphs end with ';'"]
    assert "criminal justice" in plain_text(draft.operative_paragraphs()[11].subs[3].text)


def test_a_page_that_opens_with_a_dates_day_under_the_running_head():
    draft, report = imported("ga-76-pdf", "A_RES_76_28.txt")
    for version in (draft, imported_again(draft)):
        [baku] = [p for p in version.preamble if "held in Baku on" in plain_text(p.text)]
        text = plain_text(baku.text)
        assert "held in Baku on 25 and 26 October 2019, for measures to prevent terrorists" in text
        [note] = [item.note_id for item in baku.text if isinstance(item, NoteRef)]
        assert plain_text(version.footnotes[note].text) == "See A/74/548, annex."
    assert any(
        'note 3: the number after "25 and 26 October 2019," taken as its mark' in line for line in report
    )
    assert not [line for line in report if "no mark found" in line]


def test_a_range_of_notes_cited_again_ends_its_paragraph():
    draft, report = imported("ga-72-pdf", "A_RES_72_8.txt")
    for version in (draft, imported_again(draft)):
        one = version.operative_paragraphs()[0]
        assert plain_text(one.text).endswith("contained in the reports of the Board of Auditors;–")
        first, dash, last = one.text[-3:]
        assert isinstance(first, NoteRef) and dash == Run("–") and isinstance(last, NoteRef)
        marks = note_numbers(version)
        assert (marks[first.note_id], marks[last.note_id]) == (1, 21)
        assert last_char(one.text) == ";"
    assert any(
        'notes 1 to 21: the range after "orts of the Board of Auditors;" taken as their marks again' in line
        for line in report
    )
    assert "Board of Auditors;[^1]–[^21]" in write_text(draft)
    # the dash is printed raised, as the marks are
    [dash] = [p for b in render(draft).blocks for p in b.pieces if p.raised]
    assert dash.text == "–"


def test_a_case_of_two_parties_cut_after_its_v():
    draft, _ = imported("ga-74-pdf", "A_RES_74_168.txt")
    for version in (draft, imported_again(draft)):
        [order] = [p for p in version.preamble if "(Ukraine v. Russian Federation)," in plain_text(p.text)]
        assert order.opening == "Recalling"
        assert isinstance(order.text[-1], NoteRef)
        assert not [p for p in version.preamble if p.opening == "Russian"]
        assert not [f for f in check(version) if f.severity == "error"]


def test_confirming_opens_a_preambular_paragraph():
    draft, _ = imported("ga-75-pdf", "A_RES_75_60.txt")
    assert "Confirming" in [p.opening for p in draft.preamble]
    assert not [f for f in check(draft) if "'Confirming' is not in the list" in f.message]


def test_an_annex_whose_headings_open_with_the_title_keeps_them():
    draft, report = imported("ga-73-pdf", "A_RES_73_202.txt")
    texts = [plain_text(p.text) for annex in draft.annexes for p in annex.paragraphs]
    assert "Subsequent agreements and subsequent practice as authentic means of interpretation" in texts
    assert any(
        t.startswith(
            "Subsequent agreements and subsequent practice under article 31, paragraph 3 (a) and (b)"
        )
        for t in texts
    )
    assert any(
        t.startswith("Subsequent agreements and subsequent practice under articles 31 and 32 may assist")
        for t in texts
    )
    # the page heads themselves are still removed, one a page
    assert sum("running head" in line and "removed" in line for line in report) == 4
