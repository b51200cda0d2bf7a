"""Paragraphs the copy broke, mended (``formats/text_repair.py`` and the line rules beside it),
each on lines quoted from the corpus (``tests/data/corpus``) and read back through ``.dres``:
a page break before a capital letter or a number, a running head with the cut paragraph's
rest glued to it, a list of names broken before "United ...", a note line that goes on with
a number, "*  On behalf of" with two spaces, a title and its subtitle after a colon."""

from __future__ import annotations

from delegate_editor.formats.text import write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model.text import NoteRef, plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import pdf_lines


def _read(text: str):
    draft, report = parse_text_report(text, "corpus.txt")
    return dres.loads(dres.dumps(draft)), report


def _notes(draft, text) -> list[str]:
    return [plain_text(draft.footnotes[i.note_id].text) for i in text if isinstance(i, NoteRef)]


_L5_HEAD = """\
United Nations
A/C.4/80/L.5


General Assembly
Distr.: Limited
9 October 2025
Original: English

25-16303 (E)    151025
*2516303*


Eightieth session
Special Political and Decolonization Committee
(Fourth Committee)
Agenda item 59
Eradicating colonialism in all its forms and manifestations



Belarus, Bolivia (Plurinational State of), Botswana, China, Cuba, Democratic
People’s Republic of Korea, Equatorial Guinea, Eritrea, Iran (Islamic Republic of),
Lao People’s Democratic Republic, Nicaragua, Russian Federation, Saint Vincent
and the Grenadines, Venezuela (Bolivarian Republic of), Zimbabwe and State of
Palestine: draft resolution



 International Day against Colonialism in All Its Forms
and Manifestations



The General Assembly,

Reaffirming the purposes and principles of the Charter of the United Nations,
"""


def test_a_page_break_before_a_capital_letter_is_joined_and_reported():
    """A/C.4/80/L.5, preambular paragraph 5: "... and the Universal" ends page 1; page 2
    starts "Declaration of Human Rights 1  and prevents ..." after the running head."""
    text = pdf_lines(
        _L5_HEAD
        + """
Reaffirming that the continued existence of colonialism in all its forms and
manifestations is incompatible with the Charter of the United Nations, the Declaration
on the Granting of Independence to Colonial Countries and Peoples and the Universal

A/C.4/80/L.5

25-16303
2/3

Declaration of Human Rights 1  and prevents the development of international
economic cooperation, impedes social, cultural and economic development and goes
against the United Nations ideal of universal peace,

1. Decides to proclaim 14 December as the International Day against Colonialism in All Its Forms
and Manifestations;

__________________

1  Resolution 217 A (III)."""
    )
    draft, report = _read(text)
    assert [p.opening for p in draft.preamble] == ["Reaffirming", "Reaffirming"]
    second = draft.preamble[1]
    assert "and the Universal Declaration of Human Rights and prevents the development" in plain_text(
        second.text
    )
    assert plain_text(second.text).endswith("ideal of universal peace,")
    assert _notes(draft, second.text) == ["Resolution 217 A (III)."]
    assert any('"… and Peoples and the Universal" goes on with "Declaration' in r for r in report)


def test_a_paragraph_with_its_final_punctuation_or_a_heading_is_never_joined():
    """The same page end after a complete paragraph, or after a heading: nothing is joined."""
    text = pdf_lines(
        _L5_HEAD
        + """
Reaffirming that the continued existence of colonialism in all its forms and
manifestations is incompatible with the Charter of the United Nations,

A/C.4/80/L.5

25-16303
2/3

Declaration of Human Rights

Noting the increasing willingness and emerging practice to address the
continuing impacts of, inter alia, colonialism,

1. Decides to proclaim 14 December as the International Day;"""
    )
    draft, report = _read(text)
    assert [p.opening for p in draft.preamble] == ["Reaffirming", "Reaffirming"]
    assert plain_text(draft.preamble[1].text).endswith("Charter of the United Nations,")
    # the heading stands where it is printed, over the paragraph after it
    heading = draft.operative[0]
    assert heading.text == "Declaration of Human Rights"
    assert [p.opening for p in heading.preamble] == ["Noting"]
    assert not any("page break joined" in r for r in report)


def test_a_heading_after_a_paragraph_that_lost_its_comma_is_never_joined():
    """A/C.4/80/L.5's paragraph, its final comma lost, then a heading (the title's words) or a
    section label: a heading is short and unpunctuated, a label starts a part; neither is the
    rest of a cut paragraph."""
    for heading in ("International Day against Colonialism in All Its Forms and Manifestations", "B"):
        text = pdf_lines(
            _L5_HEAD
            + f"""
Reaffirming that the continued existence of colonialism in all its forms and
manifestations is incompatible with the Charter of the United Nations

{heading}

1. Decides to proclaim 14 December as the International Day;"""
        )
        draft, report = _read(text)
        assert plain_text(draft.preamble[1].text).endswith("the Charter of the United Nations")
        assert not any("page break joined" in r for r in report)


def test_a_page_break_before_a_number_is_joined_and_its_mark_read():
    """A/RES/80/24, preambular paragraph 30: "... and in Vienna on" / "8 and 9 December 2014
    ...": the date is no note line although a note 8 exists, and the mark ", 15" it holds
    cites note 15."""
    notes = "\n\n".join(f"[^{n}]: Note {n}." for n in range(1, 15))
    text = (
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "80/24. Nuclear disarmament\n\nThe General Assembly,\n\n"
        + "".join(f"Recalling its resolution 79/{n},[^{n}]\n\n" for n in range(1, 15))
        + "Recalling the successful convening of the first, second, third and fourth Conferences on "
        "the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, "
        "Mexico, on 13 and 14 February 2014, and in Vienna on\n\n"
        "8 and 9 December 2014 and on 20 June 2022, and recalling also that 127 nations have "
        "formally endorsed the Humanitarian Pledge issued following the third Conference, 15\n\n"
        "1. Urges all nuclear-weapon States to take effective disarmament measures;\n\n"
        "---\n\n" + notes + "\n\n[^15]: See CD/2039.\n"
    )
    draft, report = _read(text)
    last = draft.preamble[-1]
    assert "and in Vienna on 8 and 9 December 2014 and on 20 June 2022" in plain_text(last.text)
    assert plain_text(last.text).endswith("issued following the third Conference,")
    assert _notes(draft, last.text) == ["See CD/2039."]
    assert len(draft.preamble) == 15


def test_a_running_head_glued_to_the_rest_of_the_paragraph_it_cut():
    """A/RES/80/23: the title's first line repeated at the top of page 2 ("Possible risks of
    the integration of artificial intelligence into") and the cut paragraph's rest, in lower
    case, after it: the head goes, the paragraph is whole again."""
    text = (
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "[on the report of the First Committee (A/80/534, para. 7)]\n\n"
        "80/23. Possible risks of the integration of artificial intelligence into\n\n"
        "The General Assembly,\n\n"
        "Concerned about the possibility that artificial intelligence-driven decision- making related "
        "to command, control and communications systems of nuclear weapons could reduce human control "
        "and oversight, increasing the possibility of induced\n\n"
        "Possible risks of the integration of artificial intelligence into\n\n"
        "distortions in decision-making environments and shortened action and response windows, "
        "particularly when related to the most sensitive and critical stages such as decision to "
        "launch, which could heighten the risk of accidental, unintended or unauthorized use of "
        "nuclear weapons,\n\n"
        "1. Encourages States to continue to assess the possible risks;\n"
    )
    draft, report = _read(text)
    (para,) = draft.preamble
    assert "the possibility of induced distortions in decision-making environments" in plain_text(para.text)
    assert "Possible risks" not in write_text(draft).split("The General Assembly")[1]
    assert any("running head" in r for r in report)


def test_a_title_and_its_subtitle_after_a_colon_stay_one_paragraph():
    """A/RES/80/33, preambular paragraph 10: "... Securing Our Common Future:" / "An Agenda for
    Disarmament," on the next line is the same paragraph; a lead-in's colon ends one."""
    text = (
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "80/33. Nuclear-weapon-free southern hemisphere and adjacent areas\n\n"
        "The General Assembly,\n\n"
        "Noting continued efforts towards realizing nuclear disarmament, including through the "
        "Secretary-General’s disarmament agenda, Securing Our Common Future:\n"
        "An Agenda for Disarmament,\n\n"
        "1. Welcomes the continued contribution of the Antarctic Treaty;\n"
    )
    draft, _ = _read(text)
    (para,) = draft.preamble
    assert plain_text(para.text).endswith("Securing Our Common Future: An Agenda for Disarmament,")


def test_a_list_of_names_breaks_before_united_kingdom_and_goes_on():
    """A/80/L.13: the sponsors list's line "United Kingdom of Great Britain and Northern
    Ireland, Uruguay, Vanuatu," starts like an opening ("United": -ed) but goes on the list."""
    text = pdf_lines(
        """General Assembly
Distr.: Limited
13 November 2025
Original: English

Eightieth session
Agenda item 75 (b)
Oceans and the law of the sea

Solomon Islands, South Africa, Spain, Sri Lanka, State of Palestine, Suriname,
Sweden, Switzerland, Thailand, Timor-Leste, Tonga, Tuvalu, Uganda, Ukraine,
United Kingdom of Great Britain and Northern Ireland, Uruguay, Vanuatu,
Viet Nam and Zambia:* draft resolution

 Agreement under the United Nations Convention on the Law of
the Sea on the Conservation and Sustainable Use of Marine
Biological Diversity of Areas beyond National Jurisdiction

The General Assembly,

Recalling its resolution 72/249 of 24 December 2017,

1. Welcomes the entry into force of the Agreement;

* Any changes to the list of sponsors will be reflected in the official record of the meeting."""
    )
    draft, _ = _read(text)
    assert draft.sponsors.names[-5:] == ["United Kingdom of Great Britain and Northern Ireland", "Uruguay",
                                         "Vanuatu", "Viet Nam", "Zambia"]  # fmt: skip
    assert plain_text(draft.title).startswith("Agreement under the United Nations Convention")
    assert draft.authoring == "The General Assembly" and [p.opening for p in draft.preamble] == ["Recalling"]


def test_an_asterisk_note_with_two_spaces_is_the_sponsors_note():
    """A/C.1/80/L.10: "*  On behalf of the States Members of the United Nations that are
    members of the Movement of Non-Aligned Countries." (two spaces after the asterisk)."""
    text = pdf_lines(
        """General Assembly
Distr.: Limited
10 October 2025
Original: English

Eightieth session
First Committee
Agenda item 91
Implementation of the Declaration of the Indian Ocean
as a Zone of Peace

Indonesia:* draft resolution

Implementation of the Declaration of the Indian Ocean as a Zone
of Peace

The General Assembly,

Noting the initiatives taken by countries of the region to promote cooperation,
in particular economic cooperation, in the Indian Ocean area and the possible
contribution of such initiatives to overall objectives of a zone of peace,

1. Takes note of the report of the Ad Hoc Committee on the Indian Ocean;
__________________

*  On behalf of the States Members of the United Nations that are members of the Movement of
Non-Aligned Countries."""
    )
    draft, _ = _read(text)
    assert draft.sponsors.on_behalf_of.startswith("the States Members of the United Nations that are")
    assert [p.opening for p in draft.preamble] == ["Noting"]


def test_a_note_line_that_goes_on_with_a_number_stays_in_its_note():
    """A/C.2/80/L.25, note 3: its second line starts "10 – 14 January 2005": under note 3
    only "4 ..." begins a note."""
    text = pdf_lines(
        """Small island developing States

The General Assembly,

Recalling the Pact for the Future1 and the SAMOA Pathway,2

Recalling also the Mauritius Strategy3 and the Barbados Programme of Action,4

1. Decides to act;

1  Resolution 78/317, annex.

2  Resolution 69/15, annex.

3  Report of the International Meeting to Review the Implementation of the Programme of Action
for the Sustainable Development of Small Island Developing States, Port Louis, Mauritius,
10 – 14 January 2005 (United Nations publication, Sales No. E.05.II.A.4 and corrigendum),
chap. I, resolution 1, annex II.

4  Report of the Global Conference on the Sustainable Development of Small Island Developing
States, Bridgetown, Barbados, 25 April–6 May 1994 (United Nations publication, Sales
No. E.94.I.18 and corrigenda), chap. I, resolution 1, annex II."""
    )
    draft, _ = _read(text)
    assert len(draft.preamble) == 2 and len(draft.footnotes) == 4
    third, fourth = _notes(draft, draft.preamble[1].text)
    assert "Port Louis, Mauritius, 10 – 14 January 2005 (United Nations publication" in third
    assert third.endswith("chap. I, resolution 1, annex II.")
    assert fourth.startswith("Report of the Global Conference")


def test_a_word_broken_at_a_line_end_and_joined_with_a_space_is_closed_and_reported():
    """A/RES/80/67 as its Markdown copy holds it: "the Secretary- General of the United
    Nations" and "full- scope Agency safeguards" (about a hundred such words in the adopted
    resolutions). Suspended hyphens stay: "confidence- and
    security-building measures" (A/RES/80/19), "gender- and age-sensitive assistance"
    (A/RES/80/52)."""
    text = (
        "The General Assembly,\n\n"
        "Acknowledging that the Conference decided, inter alia, that the Secretary- General of the "
        "United Nations would convene a conference in 2012, and the ways and means regarding "
        "confidence- and security-building measures,\n\n"
        "1. Calls upon that State to place all its unsafeguarded nuclear facilities under full- scope "
        "Agency safeguards, with gender- and age-sensitive assistance.\n"
    )
    draft, report = _read(text)
    out = write_text(draft)
    assert "that the Secretary-General of the United Nations" in out
    assert "under full-scope Agency safeguards" in out
    assert "confidence- and security-building measures" in out
    assert "gender- and age-sensitive assistance" in out
    [said] = [line for line in report if "space after the hyphen" in str(line)]
    assert str(said).endswith('removed: the first is "Secretary-General…"')
    assert str(said).startswith("2 words broken at a line end")
    _, report = _read(text.replace("full- scope", "full-scope"))
    assert 'a word broken at a line end had a space after the hyphen, removed: "Secretary-General…"' in report
