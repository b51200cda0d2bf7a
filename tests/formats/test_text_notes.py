"""Footnote marks in copied text (``formats/text_notes.py``), on real texts: each case quotes
the corpus and goes through ``.dres``."""

from __future__ import annotations

from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import NoteRef, plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import pdf_lines

# A/C.1/80/L.25 (held out, 2026-12-05), its "Recognizing with satisfaction" paragraph and
# its notes, abridged, the notes 5 to 10 numbered 1 to 6: the marks of the treaties stand
# apart, two spaces after each
L25 = pdf_lines(
    "The General Assembly,\n\n"
    "Recognizing with satisfaction that the Antarctic Treaty, 1  the Treaties of \n"
    "Tlatelolco, 2  Rarotonga, 3  Bangkok 4  and Pelindaba 5  and the Treaty on a Nuclear-\n"
    "Weapon-Free Zone in Central Asia, 6 as well as Mongolia’s nuclear-weapon-free \n"
    "status, are gradually freeing the entire southern hemisphere and adjacent areas \n"
    "covered by those Treaties from nuclear weapons,\n\n"
    "1.\nUnderlines once again the unanimous conclusion of the International \n"
    "Court of Justice;\n"
    "__________________\n\n"
    "1  United Nations, Treaty Series, vol. 402, No. 5778.\n\n"
    "2  Ibid., vol. 634, No. 9068.\n\n"
    "3  The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, Sales \n"
    "No. E.86.IX.7), appendix VII.\n\n"
    "4  United Nations, Treaty Series, vol. 1981, No. 33873.\n\n"
    "5  A/50/426, annex.\n\n"
    "6  United Nations, Treaty Series, vol. 2970, No. 51633.\n"
)


def test_a_raised_number_after_a_comma_before_a_capital_is_the_next_notes_mark():
    """ "Tlatelolco, 2  Rarotonga, 3  Bangkok 4": notes 2 and 3 used to be left unmarked and
    placed at the paragraph's end, and Bangkok and Pelindaba cited notes 2 and 3."""
    draft, report = parse_text_report(L25, "A_C.1_80_L.25.txt")
    draft = dres.loads(dres.dumps(draft))
    [para] = draft.preamble
    cited = [plain_text(draft.footnotes[i.note_id].text) for i in para.text if isinstance(i, NoteRef)]
    assert cited == [
        "United Nations, Treaty Series, vol. 402, No. 5778.",
        "Ibid., vol. 634, No. 9068.",
        "The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, Sales "
        "No. E.86.IX.7), appendix VII.",
        "United Nations, Treaty Series, vol. 1981, No. 33873.",
        "A/50/426, annex.",
        "United Nations, Treaty Series, vol. 2970, No. 51633.",
    ]
    assert "Tlatelolco,[^2] Rarotonga,[^3] Bangkok[^4] and Pelindaba[^5] and" in write_text(draft)
    assert not [line for line in report if "no mark found" in str(line)]


def test_a_number_after_a_comma_before_a_capital_with_one_space_is_a_mark_only_as_a_last_resort():
    """Without the raised trace, and with no next mark beside it, the number before a
    capital may be the text's own: the first reading leaves it. Its note then has no mark,
    and the number is the one such "2" between the marks of notes 1 and 3, so it is the
    note's mark after all (A/C.6/80/L.10's "Development, 38 States", stop 38), and the
    import report says so."""
    text = L25.replace("Tlatelolco, 2  Rarotonga", "Tlatelolco, 2 Rarotonga")
    draft, report = parse_text_report(text, "x.txt")
    assert "Tlatelolco,[^2] Rarotonga,[^3] Bangkok[^4]" in write_text(draft)
    assert any("note 2: the number after" in str(line) for line in report)
    assert not [line for line in report if "no mark found" in str(line)]


def test_two_numbers_that_could_be_the_lost_mark_are_both_left():
    """With a second such number between the same marks, neither is taken: the note goes
    after the paragraph that cites the note before it, and the text keeps both numbers."""
    text = L25.replace("Tlatelolco, 2  Rarotonga", "Tlatelolco, 2 Rarotonga").replace(
        "the Antarctic Treaty, 1  the Treaties of", "the Antarctic Treaty, 1  the Treaties, 2 Treaties of"
    )
    draft, report = parse_text_report(text, "x.txt")
    out = write_text(draft)
    assert "Treaties, 2 Treaties of" in out and "Tlatelolco, 2 Rarotonga" in out
    assert any("note 2: no mark found" in str(line) for line in report)


def _cited(draft, text) -> list[tuple[str, str]]:
    """(the words before each mark, the note's text) in ``text``."""
    out, before = [], ""
    for item in text:
        if isinstance(item, NoteRef):
            out.append((before[-20:], plain_text(draft.footnotes[item.note_id].text)))
        else:
            before += item.text
    return out


def test_a_number_after_a_counting_word_that_ends_a_sentence_is_a_mark():
    """ "the Paris Principles. 13 We will" (held-out A/80/L.8, and A/RES/80/9 in the corpus):
    "Principles" counts ("principle 10"), but its full stop ends the sentence, so the number
    after it is the next note's mark; it was left in the text and note 13 hung at the
    paragraph's end. "No. 38" still counts."""
    text = pdf_lines(
        "The General Assembly\n\nAdopts the declaration annexed to the present resolution.\n\n"
        "Annex\n\nPolitical Declaration\n\n"
        "1.\nWe take note of Committee on the Elimination of Discrimination against Women\n"
        "general recommendation No. 38 (2020) on trafficking in women and girls in the\n"
        "context of global migration. 1\n"
        "2.\nWe reiterate the importance of strengthening collective action, as well as national\n"
        "human rights institutions where they exist, in compliance with the Paris Principles. 2 We will\n"
        "promote multi-stakeholder partnerships.\n"
        "__________________\n\n"
        "1  CEDAW/C/GC/38.\n\n2  Resolution 48/134, annex.\n"
    )
    draft, report = parse_text_report(text, "A_80_L.8.txt")
    draft = dres.loads(dres.dumps(draft))
    first, second = (p.text for p in draft.annexes[0].paragraphs[-2:])
    assert _cited(draft, first) == [("of global migration.", "CEDAW/C/GC/38.")]
    assert "No. 38 (2020)" in plain_text(first)
    assert _cited(draft, second) == [("he Paris Principles.", "Resolution 48/134, annex.")]
    assert "Principles. We will promote" in plain_text(second).replace("  ", " ")


def test_a_raised_number_after_a_year_is_the_next_notes_mark():
    """ "the Geneva Conventions of 12 August 1949 2  and" (held-out A/80/L.18) and "the
    reports of the Secretary-General of 1990 3  and 1995, 4  and" (A/RES/80/53 in the
    corpus): the year's note was placed at the paragraph's end, or cited one place early."""
    text = pdf_lines(
        "The General Assembly,\n\n"
        "Recalling the Geneva Conventions of 12 August 1949 1  and the Additional\n"
        "Protocols thereto of 8 June 1977,2 and the obligation of parties to armed conflict,\n\n"
        "Recalling also the reports of the Secretary-General of 1990 3  and 1995, 4  and the\n"
        "report of the Disarmament Commission of 1996,5\n\n"
        "1.\nDecides to remain seized of the matter.\n"
        "__________________\n\n"
        "1 United Nations, Treaty Series, vol. 75, Nos. 970–973.\n\n"
        "2 Ibid., vol. 1125, Nos. 17512 and 17513.\n\n"
        "3 A/45/372 and A/45/372/Corr.1.\n\n4 A/50/377 and A/50/377/Corr.1.\n\n5 A/51/182/Rev.1.\n"
    )
    draft, _ = parse_text_report(text, "A_80_L.18.txt")
    draft = dres.loads(dres.dumps(draft))
    first, second = (p.text for p in draft.preamble)
    assert _cited(draft, first) == [
        ("ns of 12 August 1949", "United Nations, Treaty Series, vol. 75, Nos. 970–973."),
        ("reto of 8 June 1977,", "Ibid., vol. 1125, Nos. 17512 and 17513."),
    ]
    assert [n for _, n in _cited(draft, second)] == [
        "A/45/372 and A/45/372/Corr.1.",
        "A/50/377 and A/50/377/Corr.1.",
        "A/51/182/Rev.1.",
    ]
    assert "1949 and the Additional" in plain_text(first)


def test_a_number_between_a_comma_and_a_year_is_the_next_notes_mark():
    """ "the returns of Member States for 2021, 1 2022,2 20233 and 2024,4" (A/RES/80/28 in the
    corpus, and its plain-text copy held out): "1" between "2021," and "2022" stands for
    nothing in the text; it was left there and note 1 placed at the paragraph's end."""
    text = (
        "The General Assembly,\n\n"
        "Welcoming the consolidated reports of the Secretary-General on the Register, which "
        "include the returns of Member States for 2021, 1 2022,2 20233 and 2024,4\n\n"
        "1. Reaffirms its determination to ensure the effective operation of the United Nations "
        "Register of Conventional Arms, as provided for in paragraphs 7 to 10 of resolution 46/36 L;\n\n"
        "1 A/77/165.\n\n2 A/78/165.\n\n3 A/79/216.\n\n4 A/80/226.\n"
    )
    draft, _ = parse_text_report(text, "A_RES_80_28.txt")
    draft = dres.loads(dres.dumps(draft))
    [para] = draft.preamble
    assert [n for _, n in _cited(draft, para.text)] == ["A/77/165.", "A/78/165.", "A/79/216.", "A/80/226."]
    assert plain_text(para.text).endswith("for 2021, 2022, 2023 and 2024,")
    assert "paragraphs 7 to 10" in write_text(draft)  # a count after "paragraphs" stays


def test_note_1_whose_mark_the_copy_lost_stays_before_note_2():
    """A/RES/80/28 with the "1" of "for 2021, 1 2022,2" lost, as copies lose marks: note 1
    was put at the end of the masthead line "General Assembly Distr.: General ...", which
    the header takes, and so ended up after the last paragraph, printed last. It now goes to
    the paragraph before the one citing note 2."""
    text = (
        "United Nations\n\nGeneral Assembly Distr.: General 3 December 2025\n\n"
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "80/28. Transparency in armaments\n\nThe General Assembly,\n\n"
        "Continuing to take the view that an enhanced level of transparency in armaments "
        "contributes greatly to confidence-building and security among States,\n\n"
        "Welcoming the consolidated reports of the Secretary-General on the Register, which "
        "include the returns of Member States for 2021, 2022,2 20233 and 2024,4\n\n"
        "1. Reaffirms its determination to ensure the effective operation of the United Nations "
        "Register of Conventional Arms;\n\n"
        "1 A/77/165.\n\n2 A/78/165.\n\n3 A/79/216.\n\n4 A/80/226.\n"
    )
    draft, report = parse_text_report(text, "A_RES_80_28.txt")
    draft = dres.loads(dres.dumps(draft))
    first, second = draft.preamble
    assert [n for _, n in _cited(draft, first.text)] == ["A/77/165."]
    assert [n for _, n in _cited(draft, second.text)] == ["A/78/165.", "A/79/216.", "A/80/226."]
    assert not any("placed at the end of the last paragraph" in str(line) for line in report)


def test_a_number_in_a_list_a_counting_word_opened_is_no_mark():
    """A/RES/80/65 (the corpus): "on agenda items 5, 6 and 7, 5 for the 2025 session" — "6"
    was taken for note 6's mark, note 5's real mark (after "7,") was missed and placed at
    paragraph 3's end, and "for 20246 and 20257" cited notes 6 and 7 a place early."""
    from pathlib import Path

    from tests.corpus_drafts import adopted

    draft = adopted(Path(__file__).resolve().parents[1] / "data" / "corpus", "A_RES_80_65")
    third, fourth = draft.operative[2], draft.operative[3]
    assert _cited(draft, third.text) == [("ence on 29 May 2009,", _NOTE_4)]
    assert _cited(draft, fourth.text) == [
        ("da items 5, 6 and 7,", "Ibid., Eightieth Session, Supplement No. 27 (A/80/27), para. 13.")
    ]


_NOTE_4 = (
    "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 (A/64/27), para. 18."
)


def test_a_mark_run_into_a_small_word_after_a_name():
    """A/RES/80/51 (the corpus): "the Treaty on the Non- Proliferation of Nuclear Weapons
    6and the advisory opinion ... nuclear weapons, 7in which": both marks were missed and
    notes 6 and 7 placed at another paragraph's end."""
    from pathlib import Path

    from tests.corpus_drafts import adopted

    draft = adopted(Path(__file__).resolve().parents[1] / "data" / "corpus", "A_RES_80_51")
    para = next(p for p in draft.preamble if p.opening == "Acknowledging also")
    assert [n for _, n in _cited(draft, para.text)] == [
        "United Nations, Treaty Series, vol. 729, No. 10485.",
        "A/51/218, annex.",
    ]
    assert "Nuclear Weapons and the advisory opinion" in plain_text(para.text)


def test_a_number_after_a_comma_before_the_next_notes_mark_is_a_mark():
    """A/RES/80/15 (the corpus): "the treaties of Tlatelolco, Rarotonga, 3 Bangkok[^4] and
    Pelindaba[^5]": with one space, "3" before a capital could be the text's own
    ("Tlatelolco, 2 Rarotonga" above), but the very next word carries note 4's mark; so does
    "in Ltamenah, 14 Saraqib15 and Duma,16" (A/RES/80/34), the next mark still glued."""
    from pathlib import Path

    from tests.corpus_drafts import adopted

    draft = adopted(Path(__file__).resolve().parents[1] / "data" / "corpus", "A_RES_80_15")
    para = next(p for p in draft.preamble if p.opening == "Reiterating")
    assert [n[:40] for _, n in _cited(draft, para.text)][:3] == [
        "The United Nations Disarmament Yearbook,",
        "United Nations, Treaty Series, vol. 1981",
        "A/50/426, annex.",
    ]
    assert "Tlatelolco, Rarotonga, Bangkok and Pelindaba" in plain_text(para.text)


def test_a_number_after_a_comma_before_a_word_with_the_next_mark_glued():
    """A/RES/80/34 (the corpus): "alleged incidents in Ltamenah, 14 Saraqib15 and Duma,16":
    note 14 was left unmarked and placed at the end of item (f)."""
    from pathlib import Path

    from tests.corpus_drafts import adopted

    draft = adopted(Path(__file__).resolve().parents[1] / "data" / "corpus", "A_RES_80_34")
    from delegate_editor.model import walk

    para = next(f for f in walk.body_fields(draft) if "Ltamenah, Saraqib and Duma" in plain_text(f.text))
    assert [n for _, n in _cited(draft, para.text)][:3] == [
        "See S/2017/931, annex, and S/2018/620, annex.",
        "See S/2018/478, annex.",
        _NOTE_16,
    ]


_NOTE_16 = "See S/2019/208, annex."
