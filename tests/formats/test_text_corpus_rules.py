"""The text importer's rules for real UN texts, each shown on lines quoted from the corpus
(``tests/data/corpus``): mastheads, adopted resolutions, page furniture, footnote marks,
sponsors, labels, and the import report. Every case goes through ``.dres`` and back."""

from __future__ import annotations

from pathlib import Path

from delegate_editor.app.corpus import without_record
from delegate_editor.formats import registry
from delegate_editor.formats.text import opening_phrase, write_text
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.model import DocumentKind, NoteRef
from delegate_editor.model.document import Distribution
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres
from tests.corpus_drafts import adopted, pdf_lines

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _read(text: str):
    draft, report = parse_text_report(text, "corpus.txt")
    return dres.loads(dres.dumps(draft)), report


def _note_texts(draft, text) -> list[str]:
    return [plain_text(draft.footnotes[i.note_id].text) for i in text if isinstance(i, NoteRef)]


# A/RES/80/13 as extracted from the UN's PDF: the masthead run together on two lines.
RES_80_13 = """\
United Nations

General Assembly Distr.: General 3 December 2025

Eightieth session Agenda item 91 Implementation of the Declaration of the Indian Ocean as a Zone of Peace

Resolution adopted by the General Assembly on 1 December 2025

[on the report of the First Committee (A/80/534, para. 7)]

80/13. Implementation of the Declaration of the Indian Ocean as a Zone of Peace

The General Assembly,

Recalling also the report of the Meeting of the Littoral and Hinterland States of the Indian Ocean, held in New York from 2 to 13 July 1979,1

Noting the initiatives taken by countries of the region to promote cooperation, in particular economic cooperation, in the Indian Ocean area and the possible contribution of such initiatives to overall objectives of a zone of peace,

Implementation of the Declaration of the Indian Ocean as a Zone of Peace

Having considered the report of the Ad Hoc Committee,3

1. Takes note of the report of the Ad Hoc Committee on the Indian Ocean;

52nd plenary meeting 1 December 2025

---

[^1]: Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and
    corrigendum (A/34/45 and A/34/45/Corr.1).

[^2]: A/57/759-S/2003/332, annex I.

[^3]: Official Records of the General Assembly, Eightieth Session, Supplement No. 29 (A/80/29).
"""


def test_adopted_resolution_with_its_masthead_on_one_line():
    draft, report = _read(RES_80_13)
    f = draft.front
    assert f.organ == "General Assembly"
    assert f.distribution is Distribution.GENERAL and str(f.date) == "2025-12-03"
    assert f.session == "Eightieth session"
    assert f.agenda.number == "91"
    assert f.agenda.title == "Implementation of the Declaration of the Indian Ocean as a Zone of Peace"
    assert draft.kind is DocumentKind.ADOPTED
    assert draft.adoption.number == "80/13"
    assert draft.adoption.reference == "[on the report of the First Committee (A/80/534, para. 7)]"
    assert draft.adoption.meeting == "52nd plenary meeting" and str(draft.adoption.date) == "2025-12-01"
    assert (
        plain_text(draft.title) == "Implementation of the Declaration of the Indian Ocean as a Zone of Peace"
    )
    assert draft.authoring == "The General Assembly"
    # the running head (the title at a page top) is furniture; the preamble goes on after it
    assert [p.opening for p in draft.preamble] == ["Recalling also", "Noting", "Having considered"]
    assert any("running head" in line for line in report)
    exported = write_text(draft)
    assert "[on the report of the First Committee (A/80/534, para. 7)]" in exported
    assert "80/13. Implementation" in exported


def test_a_lost_mark_never_shifts_the_notes_after_it():
    """Mark 2 is missing from the quoted text: note 1 and note 3 still cite their own texts,
    note 2 is kept (after the paragraph citing note 1) and reported."""
    draft, report = _read(RES_80_13)
    first, _, last = draft.preamble
    assert _note_texts(draft, first.text)[0].startswith(
        "Official Records of the General Assembly, Thirty-fourth"
    )
    assert _note_texts(draft, first.text)[1] == "A/57/759-S/2003/332, annex I."
    assert _note_texts(draft, last.text) == [
        "Official Records of the General Assembly, Eightieth Session, Supplement No. 29 (A/80/29)."
    ]
    assert any(line.startswith("note 2: no mark found") for line in report)
    # "from 2 to 13 July" is the text's own number, never a mark
    assert "from 2 to 13 July 1979," in plain_text(first.text)


# A/80/L.3 as PyMuPDF extracts the PDF: page furniture, " " lines, numbers alone on their
# line, note numbers glued after digits and punctuation and spaced from the word.
L3_PAGE = pdf_lines("""\
Welcoming also global efforts to enhance awareness of the needs of people and
territories affected by the Chernobyl disaster, including through web-based resources,

1.
Takes note of the report of the Secretary-General;1

2.
Greatly appreciates the coordinating role of the United Nations
Development Programme in the international cooperation on Chernobyl, including
the work undertaken by the Inter-Agency Task Force on Chernobyl;

3.
Acknowledges the need for continuing international cooperation on
Chernobyl under the auspices of the United Nations that can contribute to the
implementation of the 2030 Agenda for Sustainable Development 2 and the Sendai
Framework for Disaster Risk Reduction 2015\u20132030;3

__________________

1  A/80/___.

2  Resolution 70/1.

3  Resolution 69/283, annex II.

A/80/L.3

25-14866
2/2
""")


def test_raw_pdf_page_numbers_alone_and_marks_glued_or_spaced():
    draft, report = _read(
        "Persistent legacy of the Chernobyl disaster\n\nThe General Assembly,\n\n" + L3_PAGE
    )
    ops = draft.operative_paragraphs()
    assert [op.opening for op in ops] == ["Takes note", "Greatly appreciates", "Acknowledges"]
    assert _note_texts(draft, ops[0].text) == ["A/80/___."]
    assert _note_texts(draft, ops[2].text) == ["Resolution 70/1.", "Resolution 69/283, annex II."]
    text = plain_text(ops[2].text)
    assert "2030 Agenda for Sustainable Development and the Sendai" in text  # "2030" stays text
    exported = write_text(draft)
    for furniture in ("2/2", "__________________"):
        assert furniture not in exported
    assert draft.front.job_number == "25-14866" and exported.count("25-14866") == 1  # the masthead's
    assert any("note 2: the number after" in line for line in report)


def test_numbers_of_the_text_are_never_marks():
    """Quoted: "[on the report of the First Committee (A/80/534, para. 7)]" (A/RES/80/12) and
    "A/C.3/80/L.20/Rev.1" (A/C.3/80/L.61), with notes 1 and 7 that could be cited."""
    text = (
        "Rights of the child\n\nThe General Assembly,\n\n"
        "Recalling its revised draft resolution A/C.3/80/L.20/Rev.1 and Article 26, of the Charter "
        "as set out in the report (A/80/534, para. 7),\n\n"
        "1. Decides to remain seized of the matter.\n\n"
        "__________________\n\n1  Resolution 217 A (III).\n\n7  Ibid.\n"
    )
    draft, _ = _read(text)
    recalled = plain_text(draft.preamble[0].text)
    assert "A/C.3/80/L.20/Rev.1 and Article 26, of the Charter" in recalled
    assert "(A/80/534, para. 7)," in recalled
    assert not [i for i in draft.preamble[0].text if isinstance(i, NoteRef)] or all(
        plain_text(draft.footnotes[i.note_id].text) == "Resolution 217 A (III)."
        for i in draft.preamble[0].text
        if isinstance(i, NoteRef)
    )


# A/80/L.1: a sponsors line broken before its last name; the "**" note is not a group.
L1_HEAD = pdf_lines("""\
United Nations
A/80/L.1

General Assembly
Distr.: Limited
9 September 2025
Original: English

25-14304 (E)    100925
*2514304*

Eightieth session
Item 35 of the provisional agenda*
Question of Palestine

France, Guinea, Indonesia, Ireland, Qatar, Saudi Arabia and State of
Palestine:** draft decision

 Endorsement of the New York Declaration on the Peaceful
Settlement of the Question of Palestine and the Implementation of
the Two-State Solution

The General Assembly,

Recalling its resolution ES-10/24 of 18 September 2024,

1. Decides to endorse the Declaration.

* A/80/150.
** Any changes to the list of sponsors will be reflected in the official record of the meeting.
""")


def test_sponsors_line_and_the_note_on_changes_to_the_list():
    draft, _ = _read(L1_HEAD)
    assert draft.front.symbol == "A/80/L.1" and draft.front.job_number == "25-14304 (E)"
    assert draft.front.agenda.provisional and draft.front.agenda.symbol == "A/80/150"
    assert draft.sponsors.names[-1] == "State of Palestine"
    assert draft.sponsors.on_behalf_of == ""  # never a value the text does not hold
    assert draft.sponsors.note.startswith("Any changes to the list of sponsors")
    exported = write_text(draft)
    assert "Any changes to the list of sponsors will be reflected in the official record" in exported
    assert "On behalf of" not in exported
    assert plain_text(draft.title).startswith("Endorsement of the New York Declaration")


def test_a_paragraph_number_that_lost_its_period():
    """A/C.6/80/L.16: "6" alone on its line between paragraphs 5 and 7."""
    text = (
        "The rule of law\n\nThe General Assembly,\n\nRecalling its resolution 79/128,\n\n5. \n"
        "Reaffirms the role of the General Assembly in encouraging the progressive \n"
        "development of international law; \n \n6 \n"
        "Also reaffirms the important role of the International Law Commission; \n \n7. \n"
        "Further reaffirms the imperative of upholding the rule of law; \n"
    )
    draft, report = _read(
        text.replace("5. \n", "1. Recalls.\n\n2. Notes.\n\n3. Stresses.\n\n4. Urges.\n\n5. \n")
    )
    openings = [op.opening for op in draft.operative_paragraphs()]
    assert openings[4:] == ["Reaffirms", "Also reaffirms", "Further reaffirms"]
    assert any('"6" alone on its line' in line for line in report)


def test_labels_lost_by_the_extraction_are_inferred_and_reported():
    """A/RES/80/12, paragraph 7: "(a)" and "(b)" were lost, "(c)" follows."""
    text = (
        "Objective information on military matters\n\nThe General Assembly,\n\n"
        "Recalling its resolution 77/33,\n\n"
        "7. Requests the Secretary-General, within available resources:\n\n"
        "To continue the practice of sending an annual note verbale to Member States;\n\n"
        "To circulate annually a note verbale to Member States;\n\n"
        "(c) To continue consultations with relevant international bodies;\n\n"
        "(d) To report on experiences gained;\n"
    )
    draft, report = _read(text)
    subs = draft.operative_paragraphs()[0].subs
    assert len(subs) == 4 and plain_text(subs[0].text).startswith("To continue the practice")
    assert "(a) To continue the practice" in write_text(draft)
    assert sum("inferred" in line for line in report) == 2


def test_a_missing_final_comma_never_restructures_the_draft():
    """A/C.2/80/L.30's preambular paragraph, its comma lost: it stays in the preamble, and
    the paragraphs after it too."""
    text = (
        "Care and support\n\nThe General Assembly,\n\n"
        "Recalling the Beijing Declaration and Platform for Action and the Programme of Action of "
        "the International Conference on Population and Development\n\n"
        "Recognizing that the care economy contributes substantially to national income,\n\n"
        "1. Encourages Member States to invest in care;\n"
    )
    draft, report = _read(text)
    assert [p.opening for p in draft.preamble] == ["Recalling", "Recognizing"]
    assert len(draft.operative_paragraphs()) == 1
    assert any("no final comma" in line for line in report)


def test_accented_letters_never_split_an_opening():
    assert opening_phrase("Réaffirmant sa résolution 70/1,") == "Réaffirmant"
    assert opening_phrase("Réaffirmant également sa résolution 70/1,", operative=False).startswith(
        "Réaffirmant"
    )


def test_the_import_report_reaches_the_registry(tmp_path):
    path = tmp_path / "res.txt"
    path.write_text(RES_80_13, encoding="utf-8")
    result = registry.read_any(path)
    assert result.draft.adoption.number == "80/13"
    assert any(m.startswith("import guess: note 2: no mark found") for m in result.messages)


def test_a_security_council_text_without_masthead_gets_no_general_assembly_value():
    """The Security Council's own lines (the form of S/RES/2532 (2020)); no masthead."""
    text = (
        "Resolution 2532 (2020)\n\n"
        "Adopted by the Security Council at its 8750th meeting, on 1 July 2020\n\n"
        "The Security Council,\n\nRecalling its resolutions 1325 (2000),\n\n"
        "1. Demands a general cessation of hostilities;\n\n2. Requests the Secretary-General to report.\n"
    )
    draft, _ = _read(text)
    assert draft.front.organ == "Security Council"
    assert draft.kind is DocumentKind.ADOPTED
    assert draft.adoption.number == "2532 (2020)" and draft.adoption.meeting == "8750th meeting"
    assert draft.front.original == ""
    assert "General Assembly" not in write_text(draft)


def test_two_agenda_items_with_their_two_titles():
    """A/80/L.14: "Agenda items 13 and 75", a title for each item, then the sponsors."""
    text = pdf_lines(
        "General Assembly\nDistr.: Limited\n26 November 2025\nOriginal: English\n\n"
        "Eightieth session\nAgenda items 13 and 75\n\n"
        "Integrated and coordinated implementation of and\nfollow-up to the outcomes of the major "
        "United Nations\nconferences and summits in the economic, social and\nrelated fields\n\n"
        "Oceans and the law of the sea\n\n\n"
        "Austria, Barbados and United Kingdom of Great Britain and\nNorthern Ireland:* draft resolution\n\n"
        " 2028 United Nations Conference to Support the Implementation of\n"
        "Sustainable Development Goal 14: Conserve and sustainably use\n"
        "the oceans, seas and marine resources for sustainable development\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to convene the Conference.\n"
    )
    draft, _ = _read(text)
    agenda = draft.front.agenda
    assert agenda.number == "13 and 75"
    assert agenda.title.split("\n") == [
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major "
        "United Nations conferences and summits in the economic, social and related fields",
        "Oceans and the law of the sea",
    ]
    assert "Agenda items 13 and 75" in write_text(draft)
    assert plain_text(draft.title).startswith("2028 United Nations Conference")
    assert draft.authoring == "The General Assembly"
    assert draft.sponsors.names[-1] == "United Kingdom of Great Britain and Northern Ireland"


def test_header_lines_that_go_on_on_the_next_line():
    """A/C.3/80/L.7's officer line broken after "of the" before an organ's name, and
    A/RES/80/35's agenda title going on after the masthead items run together."""
    draft, _ = _read(
        pdf_lines(
            "Third Committee\nAgenda item 107\nCrime prevention and criminal justice\n\n"
            "Draft resolution submitted by the Chair on the recommendation of the\n"
            "Economic and Social Council (resolution 2025/15)\n\n"
            " Follow-up to the Fourteenth United Nations Congress on Crime\n"
            "Prevention and Criminal Justice\n\nThe General Assembly,\n\n"
            "Recalling its resolution 46/152 of 18 December 1991,\n\n1. Decides to hold the Congress.\n"
        )
    )
    assert draft.kind is DocumentKind.OFFICER
    assert draft.sponsors.submitted_by.endswith("of the Economic and Social Council (resolution 2025/15)")
    assert plain_text(draft.title).startswith("Follow-up to the Fourteenth")
    assert draft.authoring == "The General Assembly"

    draft, _ = _read(
        "General Assembly Distr.: General 3 December 2025\n\n"
        "Eightieth session Agenda item 99 (n) General and complete disarmament: implementation of "
        "the Convention on the Prohibition of the Use, Stockpiling,\n"
        "Production and Transfer of Anti-Personnel Mines and on Their Destruction\n\n"
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "80/35. Implementation of the Convention\n\nThe General Assembly,\n\n"
        "Recalling its resolution 54/54 B,\n\n1. Calls upon all States to accede.\n"
    )
    assert draft.front.agenda.number == "99 (n)"
    assert draft.front.agenda.title.endswith("Anti-Personnel Mines and on Their Destruction")
    assert draft.adoption.number == "80/35" and draft.authoring == "The General Assembly"


def test_a_note_that_goes_on_on_its_next_line_never_lands_in_a_paragraph():
    """A note's text runs on: in the Markdown form of the adopted texts on an indented line
    (A/RES/80/15, note 3), in the raw PDF text after "publication," on a line that starts
    with a word looking like an opening ("Sales", A/C.2/80/L.15, note 7, numbered 1 here
    as the first note of the quote)."""
    res = (
        "The General Assembly,\n\n"
        "Recalling that the Treaty of Tlatelolco[^3] was opened for signature in Mexico City "
        "on 14 February 1967,\n\n"
        "1. Decides to include in the provisional agenda of its eighty-third session the item.\n\n"
        "[^3]: The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations "
        "publication, Sales No.\n"
        "    E.86.IX.7), appendix VII.\n"
    )
    draft, _ = _read(res)
    assert _note_texts(draft, draft.preamble[0].text) == [
        "The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, "
        "Sales No. E.86.IX.7), appendix VII."
    ]
    assert "E.86" not in plain_text(draft.operative[0].text)
    draft, _ = _read(
        pdf_lines(
            "The General Assembly,\n\n"
            "Highlighting the synergies between the 2030 Agenda and\n"
            "the Rio Declaration on Environment and Development,1 and underlining the role of\n"
            "energy,\n\n"
            "1. Decides to act.\n\n"
            "1  Report of the United Nations Conference on Environment and Development, Rio de Janeiro,\n"
            "3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication,\n"
            "Sales No. E.93.I.8 and corrigendum), resolution 1, annex I."
        )
    )
    (note,) = _note_texts(draft, draft.preamble[0].text)
    assert note.endswith(
        "(United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I."
    )
    assert len(draft.preamble) == 1 and "Sales" not in plain_text(draft.operative[0].text)


def test_a_paragraph_cut_by_a_running_head_is_joined_again():
    """A/RES/80/4: the title, repeated at the top of page 2, cuts a list of dated resolutions
    in two; the head goes and the list is one paragraph again, so every citation keeps its
    date. A numbered paragraph after a head is never joined."""
    text = (
        "Resolution adopted by the General Assembly on 29 October 2025\n\n"
        "[without reference to a Main Committee (A/80/L.6)]\n\n"
        "80/4. Necessity of ending the economic, commercial and financial embargo\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993, "
        "51/17 of 12 November\n\n"
        "Necessity of ending the economic, commercial and financial embargo\n\n"
        "1996, 52/10 of 5 November 1997 and 53/4 of 14 October 1998,\n\n"
        "1. Reiterates its call upon all States to refrain from promulgating and applying laws "
        "and measures of the kind referred to in the preamble to the present resolution;\n\n"
        "Necessity of ending the economic, commercial and financial\n\n"
        "2. Requests the Secretary-General to submit a report.\n"
    )
    draft, report = _read(text)
    assert [plain_text(p.text) for p in draft.preamble] == [
        "its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993, 51/17 of 12 "
        "November 1996, 52/10 of 5 November 1997 and 53/4 of 14 October 1998,"
    ]
    assert [op.opening.split()[0] for op in draft.operative_paragraphs()] == ["Reiterates", "Requests"]
    assert any("running head" in line for line in report)


def test_a_decision_in_one_sentence_under_a_language_line():
    """A/C.4/80/L.3: "English" above "Original: English and Spanish" (the language of this
    version), and the decision as the UN writes it, its organ opening the sentence."""
    text = pdf_lines(
        """General Assembly
Distr.: Limited
9 October 2025
English
Original: English and Spanish

Eightieth session
Special Political and Decolonization Committee
(Fourth Committee)
Agenda item 58
Implementation of the Declaration on the Granting
of Independence to Colonial Countries and Peoples

Draft decision submitted by the Chair

Question of Gibraltar

The General Assembly, recalling its decision 79/521 of 4 December 2024:

(a)
Urges the Governments of Spain and the United Kingdom of Great Britain
and Northern Ireland to reach a definitive solution to the question of Gibraltar;

(b)
Takes note of the desire of the United Kingdom to continue with the
trilateral Forum for Dialogue;"""
    )
    draft, report = _read(text)
    assert draft.front.original == "English and Spanish"
    assert draft.front.body == "Special Political and Decolonization Committee (Fourth Committee)"
    assert draft.front.agenda.title.startswith("Implementation of the Declaration on the Granting")
    assert plain_text(draft.title) == "Question of Gibraltar" and draft.sponsors.submitted_by == "the Chair"
    (op,) = draft.operative_paragraphs()
    assert op.opening == "" and plain_text(op.text).startswith("The General Assembly, recalling its decision")
    assert [plain_text(s.text).split()[0] for s in op.subs] == ["Urges", "Takes"]
    assert any('masthead line "English"' in line for line in report)
    assert "The General Assembly, recalling its decision 79/521" in write_text(draft)


def test_a_note_above_draft_decision_introduces_the_draft():
    """A/C.6/80/L.20: two sentences on where the programme of work comes from, above "Draft
    decision" and the title; kept as the text that introduces the draft, never as its body."""
    text = pdf_lines(
        """General Assembly
Distr.: Limited
14 November 2025
Original: English

Eightieth session
Sixth Committee
Agenda item 121
Revitalization of the work of the General Assembly

Under agenda item 121, “Revitalization of the work of the General Assembly”,
pursuant to paragraph 3 (b) of the annex to General Assembly resolution 58/316, each
Main Committee shall adopt a provisional programme of work for the next session.
Accordingly, the Bureau of the Sixth Committee has prepared a provisional
programme of work for the eighty-first session of the Assembly.

Draft decision

 Provisional programme of work of the Sixth Committee for the
eighty-first session

The General Assembly notes that the Sixth Committee has decided to adopt the
following provisional programme of work for the eighty-first session of the Assembly,
as proposed by the Bureau:"""
    )
    draft, report = _read(text)
    intro = plain_text(draft.recommendation)
    assert intro.startswith("Under agenda item 121,") and intro.endswith(
        "eighty-first session of the Assembly."
    )
    assert "Accordingly, the Bureau" in intro
    assert (
        plain_text(draft.title)
        == "Provisional programme of work of the Sixth Committee for the eighty-first session"
    )
    (op,) = draft.operative_paragraphs()
    assert plain_text(op.text).startswith("The General Assembly notes that")
    assert any("kept as the introduction" in line for line in report)


def test_notes_written_without_the_colon_are_read_like_the_colon_form():
    """A/RES/80/13's notes as "[^n] text" (a copy that lost the colon), an indented line
    going on: the same notes as the "[^n]: text" form gives, through .dres."""
    without = RES_80_13.replace("[^1]:", "[^1]").replace("[^2]:", "[^2]").replace("[^3]:", "[^3]")
    assert "[^1] Official Records" in without
    colon, _ = _read(RES_80_13)
    draft, report = _read(without)
    texts = [plain_text(n.text) for n in draft.footnotes.values()]
    assert texts == [plain_text(n.text) for n in colon.footnotes.values()]
    assert texts[0] == (
        "Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and "
        "corrigendum (A/34/45 and A/34/45/Corr.1)."
    )
    assert _note_texts(draft, draft.preamble[0].text) == _note_texts(colon, colon.preamble[0].text)
    assert "[^1]: Official Records of the General Assembly, Thirty-fourth Session" in write_text(draft)


def test_a_text_without_a_distribution_line_gets_none_in_every_format():
    """S/RES/2532 (2020)'s own lines have no "Distr.:" line: the draft holds none (through
    .dres), and the text, DOCX and ODT exports print none; a text with one keeps it."""
    import io
    import json
    import zipfile

    from delegate_editor.formats.blocks import render
    from delegate_editor.formats.docx_writer import write_docx
    from delegate_editor.formats.odt_writer import write_odt
    from delegate_editor.formats.typst_source import page_data

    text = (
        "Resolution 2532 (2020)\n\n"
        "Adopted by the Security Council at its 8750th meeting, on 1 July 2020\n\n"
        "The Security Council,\n\nRecalling its resolutions 1325 (2000),\n\n"
        "1. Demands a general cessation of hostilities;\n\n2. Requests the Secretary-General to report.\n"
    )
    draft, _ = _read(text)
    assert draft.front.distribution is Distribution.NONE
    assert b'"distribution": ""' in dres.dumps(draft)
    assert "Distr" not in write_text(draft)
    assert _read(write_text(draft))[0].front.distribution is Distribution.NONE
    for data, member in ((write_docx(draft), "word/document.xml"), (write_odt(draft), "content.xml")):
        assert b"Distr" not in zipfile.ZipFile(io.BytesIO(data)).read(member)
    rendered = render(draft)
    assert rendered.masthead.distribution == ""
    assert "Distr.:" not in json.dumps(page_data(rendered))  # the typst PDF's data
    limited, _ = _read(L1_HEAD)
    assert limited.front.distribution is Distribution.LIMITED
    assert "Distr.: Limited" in write_text(limited)
    assert "Distr.: Limited" in json.dumps(page_data(render(limited)))


def test_a_note_under_the_rule_whose_mark_was_lost_stays_a_note():
    """A/C.3/80/L.21: "6 See resolution 70/1." under the last page's footnote rule, its mark
    lost by the copy: a note (placed after the paragraph citing note 5, and reported), never
    words of paragraph 12."""
    text = (
        pdf_lines(
            """Regional centre for human rights in Central Africa

The General Assembly,

Recalling the relevant resolutions of the General Assembly5 on the Centre,

11.
Encourages the Secretary-General and the High Commissioner for Human
Rights to enable it to achieve greater results on the ground in terms of strengthening national
human rights systems and moving more rapidly towards the achievement of the
Sustainable Development Goals in Central Africa;

12. Requests the Secretary-General to submit to the General Assembly at its
eighty-third session a report on the implementation of the present resolution.

__________________

5 Resolutions 61/158, 62/221, 63/177, 64/165, 72/187, 74/162, 76/171 and 78/235.

6 See resolution 70/1."""
        )
        .replace("General Assembly5", "General Assembly1")
        .replace("\n5 Resolutions", "\n1 Resolutions")
    )
    text = text.replace("\n6 See", "\n2 See")
    draft, report = _read(text)
    last = draft.operative_paragraphs()[-1]
    assert plain_text(last.text).endswith("implementation of the present resolution.")
    assert [plain_text(n.text) for n in draft.footnotes.values()][-1] == "See resolution 70/1."
    assert any(line.startswith("note 2: no mark found") for line in report)


def test_times_of_a_programme_of_work_are_never_note_lines():
    """A/C.4/80/L.15: "3 p.m." alone on its line, in a timetable, is text, not note 3."""
    text = pdf_lines(
        """Proposed programme of work

The General Assembly approves the proposed programme of work as set out below:

Joint general debate on decolonization items
Week of 5–9 October

Monday, 5 October

3 p.m.
Consideration of decolonization items (continues)"""
    )
    draft, report = _read(text)
    assert draft.footnotes == {} and not any(line.startswith("note") for line in report)
    assert "3 p.m." in write_text(draft)


def test_a_part_of_a_symbol_is_never_a_mark():
    """A/RES/80/7, paragraph 2: "GC(69)/RES/9 A.2, entitled ..." names part A.2 of a
    resolution; the mark of note 2 is the one after "2025;"."""
    text = (
        "Report of the International Atomic Energy Agency\n\nThe General Assembly,\n\n"
        "Having received the report of the International Atomic Energy Agency for 2024,1\n\n"
        "1. Takes note of the report;\n\n"
        "2. Takes note of resolutions GC(69)/RES/9, comprising GC(69)/RES/9 A.2, entitled “Support to "
        "the African Union’s Pan African Tsetse and Trypanosomosis Eradication Campaign (AU‑PATTEC)”, "
        "adopted by the General Conference of the Agency at its sixty-ninth regular session, held from "
        "15 to 19 September 2025;2 and of the statements by the President of the General Conference;\n\n"
        "3. Requests a report.\n\n"
        "---\n\n[^1]: See A/80/348.\n\n[^2]: See International Atomic Energy Agency, Resolutions "
        "Adopted and Other Relevant Decisions\n"
    )
    draft, _ = _read(text)
    para = draft.operative_paragraphs()[1]
    assert "GC(69)/RES/9 A.2, entitled" in plain_text(para.text)
    (note,) = _note_texts(draft, para.text)
    assert note.startswith("See International Atomic Energy Agency, Resolutions Adopted")


def test_a_mark_standing_apart_after_a_closing_quote_before_a_capital():
    """A/RES/80/66 (held out, 2026-12-04): "... of the Disarmament Commission”, 2 Assembly
    decision 52/492 ..." - the mark of note 2 stands apart after the quote and its comma, and
    the text goes on with a capital. It is note 2's mark (the very next note); it used to
    stay in the text as "2" while note 2 was hung on the paragraph before."""
    text = (
        "Report of the Disarmament Commission\n\nThe General Assembly,\n\n"
        "Having considered the report of the Disarmament Commission,1\n\n"
        "Recalling in particular General Assembly resolution 45/62 B of 4 December 1990, in which "
        "it noted with satisfaction the adoption by consensus of a set of “Ways and means to "
        "enhance the functioning of the Disarmament Commission”, 2 Assembly decision 52/492 of "
        "8 September 1998 concerning the efficient functioning of the Commission,\n\n"
        "1. Takes note of the report of the Disarmament Commission;\n\n"
        "---\n\n[^1]: Official Records of the General Assembly, Eightieth Session, Supplement No. 42 "
        "(A/80/42).\n\n[^2]: Resolution 44/119 C, annex.\n"
    )
    draft, report = _read(text)
    first, second = draft.preamble
    assert _note_texts(draft, first.text) == [
        "Official Records of the General Assembly, Eightieth Session, Supplement No. 42 (A/80/42)."
    ]
    assert _note_texts(draft, second.text) == ["Resolution 44/119 C, annex."]
    assert "Commission”, Assembly decision 52/492" in plain_text(second.text)
    assert not any("no mark found" in str(line) for line in report)


def test_a_wrapped_note_line_that_starts_with_a_year_is_the_notes_next_line():
    """A/RES/80/10 as extracted: note 10 wraps before "1994 (United Nations publication ...",
    and the extraction wrote that line as "[^1994]: ...". It is note 10's rest, not a
    fourteenth note hung on the last paragraph."""
    text = (
        "International Day of the World’s Indigenous Women and Girls\n\nThe General Assembly,\n\n"
        "Recalling the Universal Declaration of Human Rights,[^9] the Durban Declaration and "
        "Programme of Action and the Programme of Action of the International Conference on "
        "Population and Development,10\n\n"
        "Reaffirming the 2030 Agenda for Sustainable Development11 and that the empowerment of all "
        "women and girls will make a crucial contribution to progress across all the Sustainable "
        "Development Goals and targets,\n\n"
        "1. Decides to proclaim 5 September of each year as the International Day of the World’s "
        "Indigenous Women and Girls;\n\n"
        "---\n\n[^9]: See A/CONF.189/12 and A/CONF.189/12/Corr.1, chap. I.\n\n"
        "[^10]: Report of the International Conference on Population and Development, Cairo, 5–13 September\n"
        "[^1994]: (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex.\n\n"
        "[^11]: Resolution 70/1.\n"
    )
    draft, report = _read(text)
    recalling, reaffirming = draft.preamble
    assert _note_texts(draft, recalling.text)[-1] == (
        "Report of the International Conference on Population and Development, Cairo, 5–13 September "
        "1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex."
    )
    assert _note_texts(draft, reaffirming.text) == ["Resolution 70/1."]
    assert len(draft.footnotes) == 3
    assert any("[^1994]" in str(line) for line in report)


def test_an_officers_line_broken_before_a_small_word_goes_on():
    """A/C.5/80/L.3 (held out, 2026-12-04): the Chair's line wraps before "informal
    consultations"; the rest used to take the title's place and push the title into the
    preamble."""
    text = pdf_lines(
        "Eightieth session\nFifth Committee\nAgenda item 148\n"
        "Administrative and budgetary aspects of the financing\n"
        "of the United Nations peacekeeping operations\n\n\n\n"
        "Draft resolution submitted by the Chair of the Committee following\n"
        "informal consultations\n\n\n"
        "Financial arrangements and procedures for the implementation of\n"
        "resolution 2719 (2023)\n\n\n\nThe General Assembly,\n\n"
        "Having considered the report of the Secretary-General on the financial\n"
        "arrangements and procedures for the implementation of resolution 2719 (2023)1 and\n"
        "the related report of the Advisory Committee on Administrative and Budgetary\n"
        "Questions,2\n\n1.\nTakes note of the report of the Secretary-General;\n\n2.\n"
        "Endorses the conclusions and recommendations contained in the report of\n"
        "the Advisory Committee on Administrative and Budgetary Questions.\n\n"
        "__________________\n\n1  A/80/88.\n\n2  A/80/393."
    )
    draft, _ = _read(text)
    title = "Financial arrangements and procedures for the implementation of resolution 2719 (2023)"
    assert plain_text(draft.title) == title
    assert [p.opening for p in draft.preamble] == ["Having considered"]
    assert "following informal consultations" in write_text(draft)


def test_a_sponsors_line_whose_last_line_starts_with_and_is_one_line():
    """A/C.3/80/L.65 (held out, 2026-12-04): the sponsors' last line starts "and Uruguay:
    amendment to ...". It used to stand as a paragraph of its own, joined back as if a page
    had broken there, and the report's guess led nowhere."""
    text = pdf_lines(
        "Eightieth session\nThird Committee\nAgenda item 66\nReport of the Human Rights Council\n\n\n"
        "Bulgaria, Chile, Croatia, Cyprus, Denmark, Estonia, Finland, Germany,\n"
        "Luxembourg, Malta, Mexico, Norway, Poland, Portugal, Slovakia, Slovenia,\n"
        "Spain, Switzerland, United Kingdom of Great Britain and Northern Ireland\n"
        "and Uruguay: amendment to draft resolution A/C.3/80/L.24\n\n\n"
        " Report of the Human Rights Council\n\n\n"
        "Delete the third preambular paragraph and operative paragraph 2."
    )
    draft, report = _read(text)
    assert draft.kind == DocumentKind.AMENDMENT and draft.amends == "A/C.3/80/L.24"
    names = draft.sponsors.names
    assert names[0] == "Bulgaria" and names[-1] == "Uruguay" and len(names) == 20
    assert not any("page break" in str(line) for line in report)


def test_a_symbol_that_ends_a_note_is_text_not_a_running_head():
    """A/C.6/80/L.12 (held out, 2026-12-04): note 1 lists the Sixth Committee's summary
    records and its last line, alone before the page's furniture, is "A/C.6/80/SR.24.". A
    running head never ends with a full stop; the symbol used to be dropped as one."""
    text = pdf_lines(
        "The General Assembly,\n\nRecalling its resolutions on the scope and application of the "
        "principle of universal\njurisdiction,1\n__________________\n\n"
        "1 See A/C.6/64/SR.12, A/C.6/64/SR.13, A/C.6/64/SR.25, A/C.6/64/SR.1–28/Corrigendum,\n"
        "A/C.6/79/SR.15, A/C.6/79.SR.37, A/C.6/79.SR.38, A/C.6/80/SR.22, A/C.6/80/SR.23 and\n"
        "A/C.6/80/SR.24.\n\nA/C.6/80/L.12\n\n25-18212\n2/2\n\n\n"
        "Noting the constructive dialogue in the Sixth Committee, including in the\n"
        "context of its working group,\n\n1. Decides to continue its consideration of the question."
    )
    draft, _ = _read(text)
    (note,) = _note_texts(draft, draft.preamble[0].text)
    assert note.endswith("A/C.6/80/SR.23 and A/C.6/80/SR.24.")
    assert draft.front.symbol == "A/C.6/80/L.12"  # the running head is still the symbol


def test_united_nations_and_the_symbol_on_one_line():
    """A/RES/80/56 (held out, 2026-12-04): the extraction ran the masthead's first row into
    one line, "United Nations A/RES/80/56". It used to become the organ, and the adoption
    line read "Resolution adopted by the United Nations A/RES/80/56 on 1 December 2025"."""
    text = (
        "United Nations A/RES/80/56\n\nGeneral Assembly Distr.: General 5 December 2025\n\n"
        "Eightieth session Agenda item 99 (jj) General and complete disarmament: addressing the "
        "legacy of nuclear weapons: providing victim assistance and environmental remediation to "
        "Member States affected by\n\n"
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "[on the report of the First Committee (A/80/534, para. 7)]\n\n"
        "80/56. Modalities of the 2026 meeting on victim assistance and environmental remediation\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolutions 78/240 of 22 December 2023 and 79/60 of 2 December 2024,\n\n"
        "1. Decides that the formal meeting will be held in early 2026 at United Nations Headquarters;\n"
    )
    draft, _ = _read(text)
    assert draft.front.symbol == "A/RES/80/56"
    assert draft.front.organ == "General Assembly"
    assert "Resolution adopted by the General Assembly on 1 December 2025" in write_text(draft)


def test_an_instructions_number_after_a_quoted_preambular_paragraph_starts_it():
    """A/80/L.28 (held out, 2026-12-04): the preambular paragraph instruction 3 inserts ends
    with its comma, and instruction 4's number follows on its own line. The "4." used to be
    glued to the quoted paragraph and instruction 4 quoted as a second inserted paragraph:
    the amendment had seven instructions for the UN's eight, and nothing said so."""
    text = pdf_lines(
        "Eightieth session\nAgenda item 72 (d)\nStrengthening of the coordination of humanitarian and\n"
        "disaster relief assistance of the United Nations\n\n\n\n"
        "Ukraine:* amendment to draft resolution A/80/L.3\n\n\n"
        "Persistent legacy of the Chernobyl disaster\n\n\n"
        "3.\nAfter the fifth preambular paragraph, insert a new preambular paragraph reading:\n\n"
        "Stressing that the fortieth anniversary of the Chornobyl disaster in 2026 presents\n"
        "a critical opportunity for all stakeholders to actively commemorate the event and\n"
        "renew their commitment to long-term recovery, resilience and sustainable\n"
        "development,\n4.\n"
        "In operative paragraph 1, replace “Takes note” with “Welcomes”.\n5.\n"
        "After operative paragraph 4, insert two new operative paragraphs reading:\n\n"
        "Stresses the importance of continued support from the international community;"
    )
    draft, _ = _read(text)
    assert draft.kind == DocumentKind.AMENDMENT
    items = draft.operative_paragraphs()
    assert [plain_text(p.text)[:20] for p in items] == [
        "After the fifth prea",
        "In operative paragra",
        "After operative para",
    ]
    (quoted,) = items[0].subs
    assert quoted.quoted and plain_text(quoted.text).endswith("resilience and sustainable development,")
    out = write_text(draft)
    assert "development, 4." not in out and "2. In operative paragraph 1, replace" in out


def test_a_line_that_starts_with_a_states_name_goes_on():
    """A/C.4/80/L.11 (held out, 2026-12-04), a decision in one sentence: a line starts with
    "Maldives", which ends like "Notes". The sentence used to be cut there, "Maldives" made
    an operative opening, and `check` said the organ line was empty."""
    text = pdf_lines(
        "Austria, France, Germany, Honduras, Maldives, South Africa, Spain and\n"
        "Zimbabwe: draft decision\n\n\n"
        "Increase in the membership of the Committee on the Peaceful Uses\nof Outer Space\n\n\n\n"
        "The General Assembly, taking note of the applications of Honduras, Maldives\n"
        "and Zimbabwe for membership in the Committee on the Peaceful Uses of Outer\n"
        "Space, as noted in paragraph 306 of the report of the Committee on its sixty-eighth\n"
        "session, held in Vienna from 25 June to 2 July 2025,1 decides to appoint Honduras,\n"
        "Maldives and Zimbabwe as members of the Committee on the Peaceful Uses of Outer\n"
        "Space.\n\n__________________\n\n"
        "1  Official Records of the General Assembly, Eightieth Session, Supplement No. 20 (A/80/20)."
    )
    draft, _ = _read(text)
    assert draft.preamble == []
    (decision,) = draft.operative_paragraphs()  # a decision in one sentence: one paragraph
    assert decision.opening == "" and plain_text(decision.text).startswith("The General Assembly, taking")
    out = write_text(draft)
    assert "to appoint Honduras, Maldives and Zimbabwe as members" in out
    assert "*Maldives*" not in out


def test_a_paragraph_without_its_label_after_sub_paragraphs_keeps_its_place():
    """A/RES/80/11 (held out, 2026-12-04): the extraction lost the label of the last
    sub-paragraph of operative paragraph 1, "Requesting the Department of Global
    Communications ...", which follows "(h) Reaffirming the practice ...". It used to be
    joined to paragraph 1's lead-in, ahead of (a): the text changed order, silently."""
    text = (
        "The General Assembly,\n\n"
        "Recalling its resolution 60/180 of 20 December 2005,\n\n"
        "1. Reaffirms all relevant resolutions relating to the mandate of the Peacebuilding "
        "Commission, and, mindful of the important role of the Commission, also reaffirms the "
        "need to strengthen its fulfilment by:\n\n"
        "(g) Requesting the Peacebuilding Commission to continue reviewing its working methods and "
        "practices, with a view to enhancing the efficiency in delivering on its mandates;\n\n"
        "(h) Reaffirming the practice that, in the use of conference rooms, priority must be given "
        "to meetings of Member States;\n\n"
        "Requesting the Department of Global Communications of the Secretariat, in partnership with "
        "the Peacebuilding Support Office, and within existing resources, to support the "
        "Peacebuilding Commission in providing regular coverage and increasing the visibility of its "
        "activities in order to attract more attention from the media and the public;\n\n"
        "2. Recognizes the importance of further enhancing the advisory role of the Peacebuilding "
        "Commission."
    )
    draft, report = _read(text)
    first = draft.operative_paragraphs()[0]
    assert plain_text(first.text).endswith("strengthen its fulfilment by:")
    last = plain_text(first.subs[-1].text)
    assert last.startswith("Reaffirming the practice") and last.endswith("from the media and the public;")
    assert any(line.message.code == "import.stray-joined" for line in report if hasattr(line, "message"))
    out = write_text(draft)
    assert out.index("Reaffirming the practice") < out.index("Requesting the Department")


# A/C.2/80/L.9 (held out, 2026-12-04), pages 1 and 2 abridged: marks standing apart, two of
# them raised (two spaces after), one of them after "resolutions", and a quantity before them
C2_80_L9 = pdf_lines(
    "The General Assembly,\n\n"
    "Welcoming the convening of the Fourth International Conference on Financing\n"
    "for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its\n"
    "outcome document, the Sevilla Commitment, endorsed by the General Assembly in\n"
    "its resolution 79/323 of 25 August 2025, which sets forth a renewed global framework\n"
    "for financing for development, building on the 2015 Addis Ababa Action Agenda, 1 to\n"
    "close with urgency the estimated annual 4 trillion dollar financing gap, and catalyse\n"
    "sustainable investments at scale in developing countries,\n\n"
    "Recalling its resolution 79/199 of 19 December 2024 and all previous\n"
    "resolutions 2  on the follow-up to and implementation of the outcomes of the\n"
    "International Conferences on Financing for Development,\n\n"
    "Reaffirming its resolution 69/313 of 27 July 2015 on the Addis Ababa Action\n"
    "Agenda of the Third International Conference on Financing for Development, which\n"
    "is an integral part of the 2030 Agenda for Sustainable Development, 3 supports and\n"
    "complements it,\n"
    "__________________\n\n"
    "1  General Assembly resolution 69/313, annex.\n\n"
    "2  Resolutions 70/192, 71/217, 72/208, 73/223, 74/207, 75/208, 76/198, 77/156 and 78/231.\n\n"
    "3  Resolutions 70/1.\n\n"
    "A/C.2/80/L.9\n\n25-16547\n2/4\n\n"
    "Reaffirming also the Paris Agreement 4  and its early entry into force,\n"
    "encouraging all its Parties to fully implement the Agreement,\n\n"
    "1.\nDecides to remain seized of the matter.\n"
    "__________________\n\n"
    "4  Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."
)


def test_a_quantity_before_the_marks_is_not_a_mark_and_raised_marks_are():
    """A/C.2/80/L.9: "the estimated annual 4 trillion" used to be read as note 4's mark (the
    note is on the next page): the 4 left the text, notes 2 and 3 lost their marks and the
    Paris Agreement's note hung on the financing gap. A number after a word skips no note
    unless two spaces show it was raised; "resolutions 2  on" is such a raised mark."""
    draft, report = _read(C2_80_L9)
    out = write_text(draft)
    assert "the estimated annual 4 trillion dollar financing gap" in out
    assert "all previous resolutions[^2] on the follow-up" in out
    assert "Sustainable Development,[^3] supports and complements it" in out
    assert "the Paris Agreement[^4] and its early entry into force" in out
    assert "[^4]: Adopted under the UNFCCC" in out
    assert not any("no mark" in line for line in report)


def test_marks_after_a_symbols_semicolon_a_full_stop_and_run_into_the_next_word():
    """Held-out adopted resolutions (2026-12-04): "for 2024/25; 4" (A/RES/80/6: a number
    after a word with a slash was taken for part of a symbol, even after its semicolon),
    "the Secretary-General, 2and expressing" (A/RES/80/61: the mark run into the next word),
    "there are 2 nuclear-weapon States" then "Nuclear Weapons,1" (A/RES/80/70: the quantity
    was note 2's mark and shifted every note after it)."""
    text = (
        "The General Assembly,\n\n"
        "Noting the ratification of the Treaty by States, among which there are 2 nuclear-weapon "
        "States,\n\n"
        "Recalling the conclusions of the 2010 Review Conference of the Parties to the Treaty on "
        "the Non-Proliferation of Nuclear Weapons,1 in which the Conference reaffirmed the vital "
        "importance of the entry into force of the Treaty,\n\n"
        "Taking note of the report of the Secretary-General, 2and expressing its appreciation for "
        "the important assistance provided,\n\n"
        "1. Welcomes the report of the International Criminal Court for 2024/25; 3\n\n"
        "2. Decides to remain seized of the matter.\n\n"
        "[^1]: NPT/CONF.2010/50 (Vol. I).\n\n[^2]: A/80/161.\n\n[^3]: See A/80/304."
    )
    draft, report = _read(text)
    out = write_text(draft)
    assert "Nuclear Weapons,[^1] in which" in out
    assert "there are 2 nuclear-weapon States" in out
    assert "the Secretary-General,[^2] and expressing" in out
    assert "Criminal Court for 2024/25;[^3]" in out
    assert not any("no mark" in line for line in report)


def test_a_paragraph_number_after_a_mark_that_ends_a_paragraph(corpus_dir):
    """A/80/L.4 (held out, 2026-12-04), the annex: paragraph 8 ends "... in the Pact for the
    Future. 16" and "9." stands alone on the next line. The mark used to stay as text and
    swallow "9.", and the annex's paragraphs from 9 on were numbered one less. Its section
    numbers stand alone too, and used to be parted from their titles."""
    source = (corpus_dir / "drafts" / "A_80_L.4.txt").read_text(encoding="utf-8")
    assert "commitments in the Pact for the Future. 16 \n9. \nWe note the interest" in source
    draft, _ = _read(without_record(source))
    out = write_text(draft)
    assert "relevant commitments in the Pact for the Future.[^16]\n" in out
    assert "\n9. We note the interest and commitment" in out
    assert "\n25. " in out and "\n26. " not in out  # the annex's 25 paragraphs, as the UN numbers them
    # paragraph 24's second sentence starts a line after a full one: the same paragraph
    assert "regional and global levels. We call upon relevant organizations" in out
    # the section numbers stand alone on their lines too ("I." / "Global context and ...")
    assert "\nI. Global context and shared commitments\n" in out
    assert "\nII. Implementation of the Awaza Programme of Action" in out


def test_an_annex_label_with_its_title_and_heads_with_the_symbol():
    """A/RES/80/3 (held out, 2026-12-04): "Annex Awaza Political Declaration" on one line
    was not seen as an annex, so the declaration's paragraphs became operative paragraphs 3
    to 21 of the resolution; its running heads carry the symbol ("A/RES/80/3 Awaza Political
    Declaration", "Awaza Political Declaration A/RES/80/3") and stayed in the text. The
    annex's title, the resolution's own, is no running head (A/RES/80/5, A/RES/80/9)."""
    text = (
        "Resolution adopted by the General Assembly on 14 October 2025\n\n"
        "[without reference to a Main Committee (A/80/L.4)]\n\n"
        "80/3. Awaza Political Declaration\n\nThe General Assembly,\n\n"
        "1. Endorses the political declaration adopted by the Third United Nations Conference on "
        "Landlocked Developing Countries, which is contained in the annex to the present resolution;\n\n"
        "2. Expresses its profound gratitude to the Government and the people of Turkmenistan for "
        "hosting the Third United Nations Conference on Landlocked Developing Countries.\n\n"
        "18th plenary meeting 14 October 2025\n\n"
        "Annex Awaza Political Declaration\n\n"
        "1. We, the Heads of State and Government and high-level representatives, met in Awaza, "
        "Turkmenistan, under the theme “Driving progress through\n\n"
        "A/RES/80/3 Awaza Political Declaration\n\n"
        "partnerships” with the objective of advancing the development agenda of the landlocked "
        "developing countries.\n\n"
        "Awaza Political Declaration A/RES/80/3\n\n"
        "2. We welcome the Awaza Programme of Action for Landlocked Developing Countries."
    )
    draft, _ = _read(text)
    assert len(draft.operative_paragraphs()) == 2
    (annex,) = draft.annexes
    assert plain_text(annex.title) == "Awaza Political Declaration"
    body = [plain_text(p.text) for p in annex.paragraphs]
    assert body[0].endswith(
        "under the theme “Driving progress through partnerships” with the objective "
        "of advancing the development agenda of the landlocked developing countries."
    )
    assert len(body) == 2 and "A/RES/80/3" not in write_text(draft).split("Annex", 1)[1]


def test_a_range_of_years_broken_after_its_dash_is_joined_without_a_space():
    """A/C.3/80/L.14 and A/80/L.4: "(2021–" / "2031)," and "2015–" / "2030,8" at line ends
    used to come out as "2021– 2031" and "2015– 2030"."""
    text = pdf_lines(
        "The General Assembly,\n\n"
        "Recalling also the Plan of Action to End Attacks and Other Human Rights Violations\n"
        "Targeting Persons with Albinism in Africa (2021–\n2031),\n\n"
        "1.\nReaffirms the Sendai Framework for Disaster Risk Reduction 2015–\n2030.\n"
    )
    out = write_text(_read(text)[0])
    assert "Persons with Albinism in Africa (2021–2031)," in out
    assert "Disaster Risk Reduction 2015–2030." in out


def test_an_agenda_title_whose_first_words_the_copy_lost():
    """A/RES/80/18 (held out, 2026-12-04): the extraction lost the start of the agenda
    title, "Eightieth session Agenda item 96 to assure non‑nuclear-weapon States ..."; the
    whole rest used to be the agenda item's number."""
    text = (
        "United Nations\n\nGeneral Assembly Distr.: General 3 December 2025\n\n"
        "Eightieth session Agenda item 96 to assure non‑nuclear-weapon States against the use or "
        "threat of use of nuclear weapons\n\n"
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "[on the report of the First Committee (A/80/531, para. 7)]\n\n"
        "80/18. Conclusion of effective international arrangements to assure non‑nuclear-weapon "
        "States against the use or threat of use of nuclear weapons\n\n"
        "The General Assembly,\n\nBearing in mind the need to allay the legitimate concern of the "
        "States of the world,\n\n1. Reaffirms the urgent need to reach an early agreement.\n"
    )
    draft, _ = _read(text)
    assert draft.front.agenda.number == "96"
    assert draft.front.agenda.title.startswith("to assure non‑nuclear-weapon States")


def test_an_officers_line_with_its_asterisk_note():
    """A/80/L.37 (held out, 2026-12-04): "Draft decision submitted by the President of the
    General Assembly*" and its note "* In order for the General Assembly to take action
    ...". The asterisk used to stay in the officer's name and the note hang on the title
    as note 1, its text starting "* "."""
    text = pdf_lines(
        "Eightieth session\nAgenda item 23\nOperational activities for development\n\n\n\n\n\n"
        "Draft decision submitted by the President of the General Assembly*\n\n\n\n"
        " United Nations Pledging Conference for Development Activities\n\n\n\n"
        "The General Assembly, recalling its decision 75/511 B of 9 September 2021, decides to\n"
        "convene the next Pledging Conference for Development Activities in 2027.\n\n\n\n"
        "* In order for the General Assembly to take action on the present proposal, it will be necessary to\n"
        "decide to reopen consideration of agenda item 23 and to consider it directly in plenary meeting."
    )
    draft, report = _read(text)
    assert draft.sponsors.submitted_by == "the President of the General Assembly"
    assert draft.sponsors.note.startswith("In order for the General Assembly to take action")
    assert not draft.footnotes and not any("kept as a footnote" in line for line in report)
    out = write_text(draft)
    assert "Draft decision submitted by the President of the General Assembly*\n" in out
    assert "\n* In order for the General Assembly to take action" in out


def test_a_title_broken_inside_its_list_of_capitalised_words(corpus_dir):
    """A/RES/80/62 (corpus) and A/RES/80/34 (held out, 2026-12-04): "... the Convention on
    the Prohibition of the Development, Production," / "Stockpiling and Use of Chemical
    Weapons and on Their Destruction". "Stockpiling" ends like an opening, and the line
    used to start a preambular paragraph of its own."""
    source = (corpus_dir / "ga-80" / "A_RES_80_62.md").read_text(encoding="utf-8")
    assert "the Development, Production,\nStockpiling and Use of Chemical Weapons" in source
    draft, _ = _read(without_record(source))
    assert [p.opening for p in draft.preamble].count("Stockpiling") == 0
    out = write_text(draft)
    assert "the Development, Production, Stockpiling and Use of Chemical Weapons" in out


def test_what_a_preambular_paragraph_quotes_after_its_colon_stays_with_it():
    """A/80/L.26 (held out, 2026-12-04): a preambular paragraph ends "... on the following
    question:" and the question follows, ending "?". The question used to become a section
    heading before the operative part, and the preamble after it went with it, out of order."""
    text = pdf_lines(
        "The General Assembly,\n\n"
        "Recalling its resolution 79/232 of 19 December 2024, in which it decided, in accordance with\n"
        "Article 96 of the Charter of the United Nations, to request the Court, pursuant to\n"
        "Article 65 of the Statute of the Court, on a priority basis and with the utmost urgency,\n"
        "to render an advisory opinion on the following question:\n\n"
        "What are the obligations of Israel, as an occupying Power and as a member of\n"
        "the United Nations, in relation to the presence and activities of the United\n"
        "Nations, in support of the Palestinian people’s right\nto self-determination?\n\n"
        "Commending the International Court of Justice for its decision to take all\n"
        "necessary steps to accelerate the procedure pursuant to Article 103 of its Rules,\n\n"
        "1.\nWelcomes the advisory opinion of the International Court of Justice;\n"
    )
    draft, _ = _read(text)
    assert [p.opening for p in draft.preamble] == ["Recalling", "Commending"]
    assert plain_text(draft.preamble[0].text).endswith(
        "on the following question: What are the obligations of Israel, as an occupying Power and as "
        "a member of the United Nations, in relation to the presence and activities of the United "
        "Nations, in support of the Palestinian people’s right to self-determination?"
    )
    assert not [item for item in draft.operative if not hasattr(item, "subs")]  # no heading


def test_further_after_an_operative_verb_is_the_objects(corpus_dir):
    """A/RES/80/39 (corpus), A/80/L.9 and A/RES/80/6 (held out): "Encourages further steps
    by all nuclear-weapon States ...". The italics used to take "Encourages further", as if "further"
    were the adverb of a repeated verb, which the UN writes "Further encourages"."""
    source = (corpus_dir / "ga-80" / "A_RES_80_39.md").read_text(encoding="utf-8")
    assert "21. Encourages further steps by all nuclear-weapon States" in source
    out = write_text(_read(without_record(source))[0])
    assert "21. *Encourages* further steps by all nuclear-weapon States" in out
    assert "*Encourages further*" not in out


def test_a_line_that_ends_like_an_opening_goes_on_where_blank_lines_mark_paragraphs(corpus_dir):
    """A/RES/80/39 (corpus) and A/RES/80/63 (held out, 2026-12-04): "... the importance of the
    Secretary-General’s disarmament agenda," / "Securing Our Common Future: An Agenda for
    Disarmament," and "... the
    Repression of Piracy," / "Armed Robbery against Ships ...". Where blank lines mark the
    paragraphs, a line that merely ends like an opening ("Securing", "Armed") is a wrapped
    line, not a paragraph: it used to start one, its first word in italics."""
    source = (corpus_dir / "ga-80" / "A_RES_80_39.md").read_text(encoding="utf-8")
    assert "\nSecuring Our Common Future: An Agenda for Disarmament," in source
    draft, _ = _read(without_record(source))
    assert "Securing" not in [p.opening for p in draft.preamble]
    out = write_text(draft)
    assert "\n*Securing*" not in out and " Securing Our Common Future: An Agenda for Disarmament," in out
    # a web copy has no blank lines: there a line that starts like an opening after a comma
    # still starts a paragraph (the rule for pasted web text)
    web = "The General Assembly,\nRecalling its resolution 79/1,\nAcknowledging the report,\n1. Decides."
    assert [p.opening for p in _read(web)[0].preamble] == ["Recalling", "Acknowledging"]


def test_a_running_head_between_the_notes_and_a_paragraphs_rest():
    """A/RES/80/54 (held out, 2026-12-04): paragraph 6 ends a page "... towards achieving its
    objectives, purpose and the", the page's notes follow, then the running head "Treaty on
    the Prohibition of Nuclear Weapons" and the rest "goal of a world free ...". The head used
    to be joined into the paragraph."""
    text = (
        "Resolution adopted by the General Assembly on 1 December 2025\n\n"
        "[on the report of the First Committee (A/80/534, para. 7)]\n\n"
        "80/54. Treaty on the Prohibition of Nuclear Weapons\n\nThe General Assembly,\n\n"
        "Recalling its resolution 79/58 of 2 December 2024,\n\n"
        "1. Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons 1 on 7 July 2017;\n\n"
        "5. Recalls the adoption of the Vienna Action Plan at the first Meeting of States Parties to "
        "the Treaty on the Prohibition of Nuclear Weapons, held in Vienna,\n"
        "Austria, from 21 to 23 June 2022;2\n\n"
        "6. Welcomes the convening of the third Meeting of States Parties to the Treaty on the "
        "Prohibition of Nuclear Weapons, held at United Nations Headquarters in New York from 3 to "
        "7 March 2025, which examined the status and implementation of the Treaty and considered the "
        "progress towards achieving its objectives, purpose and the\n\n"
        "1 A/CONF.229/2017/8.\n\n2 TPNW/MSP/2022/6, annex II.\n\n"
        "Treaty on the Prohibition of Nuclear Weapons\n\n"
        "goal of a world free from nuclear weapons, as well as the implementation of the Vienna "
        "Action Plan;\n"
    )
    out = write_text(_read(text)[0])
    assert "its objectives, purpose and the goal of a world free from nuclear weapons" in out


def test_a_number_after_an_abbreviation_that_counts_is_no_mark():
    """Since a mark may follow a sentence's full stop ("the Future. 16"), an abbreviation
    that numbers ("sect. 1", "chap. 2", "art. 3") must not pass for one."""
    text = (
        "The General Assembly,\n\n"
        "Recalling chapter V, sect. 1 of the report of the Commission,1\n\n"
        "1. Decides to remain seized of the matter.\n\n[^1]: A/80/10."
    )
    out = write_text(_read(text)[0])
    assert "chapter V, sect. 1 of the report of the Commission,[^1]" in out


def test_a_section_number_alone_does_not_take_a_numbered_paragraph():
    """The rule that joins "I." to its title on the next line leaves a paragraph number
    alone: "I." then "1." is a heading without a title and the paragraph after it."""
    text = pdf_lines("The General Assembly,\n\nRecalling its resolution 79/1,\n\nI.\n1.\nDecides to act.\n")
    draft, _ = _read(text)
    assert [plain_text(p.text) for p in draft.operative_paragraphs()] == ["to act."]


def test_a_numbered_paragraph_cut_after_a_comma_at_a_page_foot_goes_on_after_the_notes():
    """A/80/L.8 (held out 2026-12-05), paragraph 4 of its declaration: "... and the Protocol to
    Prevent," ends page 1; page 2 goes on "Suppress and Punish ...", a capital. A numbered
    paragraph never ends with a comma, so the words after the notes are its own."""
    text = pdf_lines(
        "The General Assembly\n\nAdopts the declaration annexed to the present resolution.\n\n"
        "Annex\n\nPolitical Declaration\n\n"
        "3.\nWe also welcome the actions and efforts related to ending trafficking in persons,\n"
        "especially of women and children, contained in resolution 79/1 entitled \u201cThe Pact for\n"
        "the Future\u201d.\n"
        "4.\nWe reaffirm the crucial importance of universal ratification of the United Nations\n"
        "Convention against Transnational Organized Crime 5 and the Protocol to Prevent,\n"
        "__________________\n\n5  United Nations, Treaty Series, vol. 2225, No. 39574.\n\n"
        "A/80/L.8\n\n25-17125\n2/8\n\n"
        "Suppress and Punish Trafficking in Persons, Especially Women and Children,\n"
        "supplementing the United Nations Convention against Transnational Organized\n"
        "Crime, taking into consideration the central role of those instruments in the fight\n"
        "against trafficking in persons.\n"
        "5.\nWe also reaffirm the importance of universal ratification.\n"
    )
    draft, report = _read(text)
    paras = [plain_text(p.text) for p in draft.annexes[0].paragraphs]
    assert paras[-2].startswith("We reaffirm the crucial importance")
    assert "the Protocol to Prevent, Suppress and Punish Trafficking in Persons" in paras[-2]
    assert paras[-1] == "We also reaffirm the importance of universal ratification."
    assert any("Suppress and Punish" in str(line) for line in report)  # the join is reported


def test_a_sentence_between_paragraphs_n_and_n_plus_1_is_paragraph_ns():
    """A/80/L.5 (held out 2026-12-05): no blank line parts the declaration's paragraphs, and
    "... of the 2030 Agenda." ends a line a little short of full; "We are committed ..." on
    the next line became a paragraph of its own, without a number, between 9 and 10."""
    text = pdf_lines(
        "The General Assembly\n\nAdopts the declaration annexed to the present resolution.\n\n"
        "Annex\n\nDoha Political Declaration\n\n"
        "9.\nWe reaffirm the Addis Ababa Action Agenda of the Third International\n"
        "Conference on Financing for Development as an integral part of the 2030 Agenda.\n"
        "We are committed to its full implementation, which is critical for the realization of\n"
        "the Sustainable Development Goals.\n"
        "10.\nWe reaffirm the Copenhagen Declaration on Social Development and the\n"
        "Programme of Action of the World Summit for Social Development.\n"
        "\n\n\nA call to action\n\n"
        "11. We recommit ourselves to creating an enabling economic, political, social,\n"
        "cultural and legal environment to achieve social development for all.\n"
    )
    draft, _ = _read(text)
    paras = [plain_text(p.text) for p in draft.annexes[0].paragraphs]
    assert paras[0].endswith(
        "the 2030 Agenda. We are committed to its full implementation, which is "
        "critical for the realization of the Sustainable Development Goals."
    )
    assert paras[1].startswith("We reaffirm the Copenhagen Declaration")
    assert paras[2] == "A call to action"  # a heading stays one


def test_a_running_head_between_paragraphs_n_and_n_plus_1_is_never_a_sentence_of_n():
    """A/RES/80/3: the running head "A/RES/80/3 Awaza Political Declaration" cuts paragraph 1
    of the annex before its last words; the head is taken out and the words go back to
    paragraph 1, never the head with them."""
    draft = adopted(CORPUS, "A_RES_80_3")
    first = plain_text(draft.annexes[0].paragraphs[0].text)
    assert "A/RES/80/3" not in first and "Awaza Political Declaration" not in first
    assert first.endswith(
        "through partnerships\u201d with the objective of advancing the development agenda of the "
        "landlocked developing countries."
    )
