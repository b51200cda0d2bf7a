"""The checker on real UN texts: quiet on what the UN issued, and each rule calibrated on the
corpus still catches one thing changed in a corpus text, at the right part and paragraph.

The texts are quoted from ``tests/data/corpus`` (A/RES/80/10, A/RES/80/15, A/RES/80/36,
A/C.6/80/L.14, A/C.2/80/L.3, A/C.6/80/L.9) and built as the model a correct import gives, so
these tests do not depend on the text importer. Each is saved and read back through ``.dres``.
"""

from __future__ import annotations

from datetime import date

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.formats.text_import import parse_text
from delegate_editor.model.document import (
    Adoption,
    DocumentKind,
    Draft,
    Footnote,
    FrontMatter,
    Operative,
    Preambular,
    SectionHeading,
    Sponsors,
    SubParagraph,
    TextKind,
)
from delegate_editor.model.text import NoteRef, Run, plain_text, rich
from delegate_editor.storage import dres
from tests.corpus_drafts import CORPUS, corpus_text

# A/RES/80/10, International Day of the World's Indigenous Women and Girls (abridged: the
# paragraphs the rules read, word for word)
_PREAMBLE_80_10 = [
    ("Reaffirming", "the purposes and principles of the Charter of the United Nations,"),
    (
        "Reaffirming also",
        "its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the proclamation "
        "of international years, and Economic and Social Council resolution 1980/67 of 25 July 1980 on "
        "international years and anniversaries,",
    ),
    (
        "Stressing",
        "the importance of the empowerment of Indigenous women and girls, and their full, equal and "
        "meaningful participation, as appropriate, in decision-making processes at the local, national, "
        "regional and international levels,",
    ),
    (
        "Stressing also",
        "the importance of enhancing the participation of Indigenous Peoples within the United Nations "
        "system on issues affecting them,",
    ),
]
_OPERATIVE_80_10 = [
    (
        "Decides",
        "to proclaim 5 September of each year as the International Day of the World’s Indigenous Women "
        "and Girls;",
    ),
    (
        "Requests",
        "the Secretary-General to bring the present resolution to the attention of all States Members "
        "of the United Nations;",
    ),
    (
        "Stresses",
        "that the cost of all activities that may arise from the implementation of the present "
        "resolution should be met by voluntary contributions.",
    ),
]


def _saved(draft: Draft) -> Draft:
    return dres.loads(dres.dumps(draft))


def ga_80_10() -> Draft:
    draft = Draft(
        front=FrontMatter(organ="General Assembly", session="Eightieth session", symbol="A/RES/80/10"),
        kind=DocumentKind.ADOPTED,
        title=rich("International Day of the World’s Indigenous Women and Girls"),
        preamble=[Preambular(o, rich(t)) for o, t in _PREAMBLE_80_10],
        operative=[Operative(o, rich(t)) for o, t in _OPERATIVE_80_10],
        adoption=Adoption("80/10", date(2025, 11, 26), "51st plenary meeting"),
    )
    draft.preamble[0].text = (Run(draft.preamble[0].text[0].text), NoteRef("n1"))
    draft.footnotes = {"n1": Footnote(rich("See resolution 2200 A (XXI), annex."))}
    return draft


def _quiet(draft: Draft) -> list[str]:
    return [f.line() for f in check(_saved(draft)) if f.severity != "info"]


def _hits(draft: Draft, rule: str, part: str, paragraph: int | None):
    return [f for f in check(_saved(draft)) if (f.rule, f.part, f.paragraph) == (rule, part, paragraph)]


def test_the_issued_text_gives_no_error_and_no_warning():
    assert _quiet(ga_80_10()) == []


# -- opening.repeat: the paragraph just before only ----------------------------------------
def _recalling_80_15() -> Draft:
    """A/RES/80/15, preambular paragraphs 1-4: 'Recalling', 'Recalling also', 'Recalling
    further', then 'Recalling' again - the UN starts over plainly once 'further' is spent."""
    draft = ga_80_10()
    draft.preamble = [
        Preambular("Recalling", rich("that the Treaty of Tlatelolco is an international instrument,")),
        Preambular(
            "Recalling also", rich("that, in its resolution 2286 (XXII) of 5 December 1967, it welcomed it,")
        ),
        Preambular("Recalling further", rich("that, in its preamble, the Treaty of Tlatelolco states,")),
        Preambular("Recalling", rich("that, in its preamble, the Treaty of Tlatelolco notes,")),
    ]
    draft.footnotes = {}
    return draft


def test_a_plain_repeat_after_further_is_the_uns_practice():
    assert _quiet(_recalling_80_15()) == []


def test_an_opening_used_further_up_may_be_repeated_plainly():
    draft = ga_80_10()  # "Reaffirming" (1), ..., then "Reaffirming" again after "Stressing also"
    draft.preamble.append(Preambular("Reaffirming", rich("the 2030 Agenda for Sustainable Development,")))
    assert _quiet(draft) == []


def test_a_repeat_set_apart_by_in_particular_is_the_uns_practice():
    """A/C.4/80/L.18, preambular paragraphs 3 and 4: "Recalling that the Universal
    Declaration ..." then "Recalling in particular its resolution 394 (V) ..."."""
    draft = ga_80_10()
    draft.preamble[4:] = [
        Preambular(
            "Recalling",
            rich(
                "that the Universal Declaration of Human Rights and the principles of international "
                "law uphold the principle that no one shall be arbitrarily deprived of his or her property,"
            ),
        ),
        Preambular(
            "Recalling",
            rich(
                "in particular its resolution 394 (V) of 14 December 1950, in which it directed the "
                "Conciliation Commission, in consultation with the parties concerned, to prescribe "
                "measures for the protection of the rights, property and interests of the Palestine refugees,"
            ),
        ),
    ]
    assert _quiet(draft) == []
    draft.preamble[5].text = rich("its resolution 394 (V) of 14 December 1950,")  # a plain repeat
    assert [f.severity for f in check(_saved(draft)) if f.rule == "opening.repeat"] == ["warning"]


def test_planted_repeat_of_the_paragraph_before():
    draft = ga_80_10()
    draft.preamble[3].opening = "Stressing"  # was "Stressing also"
    [hit] = _hits(draft, "opening.repeat", "preamble", 4)
    assert hit.severity == "warning" and "'Stressing also'" in hit.message


def test_operative_runs_of_one_verb_are_only_a_hint():
    """A/RES/80/36, paragraphs 2-6: "Encourages" five times in a row."""
    draft = ga_80_10()
    draft.operative[1:2] = [
        Operative("Encourages", rich(f"the {who} to support the implementation;"))
        for who in ("Secretary-General", "international community", "countries of the subregion")
    ]
    assert _quiet(draft) == []
    assert [f.severity for f in check(draft) if f.rule == "opening.repeat"] == ["info", "info"]


# -- opening lists completed from the corpus -----------------------------------------------
@pytest.mark.parametrize(
    ("part", "opening"),
    [
        ("preamble", "Urging"),  # A/RES/80/39
        ("preamble", "Encouraging"),  # A/RES/80/48
        ("preamble", "Sharing"),  # A/RES/80/33
        ("preamble", "Noting again"),  # issue 16
        ("preamble", "Reaffirming its determination"),  # A/RES/80/35
        ("operative", "Calls once again upon"),  # A/RES/80/33
        ("operative", "Expresses"),  # A/RES/80/21
        ("operative", "Continues"),  # A/C.2/80/L.25
        # stop 54: openings of issued texts, each in three or more of the corpus
        ("preamble", "Inviting"),  # A/80/L.17
        ("preamble", "Commemorating"),  # A/RES/75/28
        ("preamble", "Proceeding"),  # A/RES/73/44: "Proceeding from the fact that"
        ("preamble", "Solemnly proclaiming"),  # A/C.4/80/L.5
        ("operative", "Recommits"),  # A/C.2/80/L.11
        ("operative", "Also recommits"),  # A/C.2/80/L.49
        ("operative", "Reconfirms"),  # A/C.3/80/L.12
        ("operative", "Pledges"),  # A/RES/72/10
        ("operative", "Strives"),  # A/C.2/80/L.49
        ("operative", "Realizes"),  # A/C.2/80/L.32
        ("operative", "Values"),  # A/RES/73/10
    ],
)
def test_openings_seen_in_the_corpus_are_known(part, opening):
    draft = ga_80_10()
    para = draft.preamble[2] if part == "preamble" else draft.operative[1]
    para.opening = opening
    assert [f.rule for f in check(draft) if f.rule.startswith("opening.")] == []


@pytest.mark.parametrize(
    ("folder", "name", "opening"),
    [
        ("drafts", "A_C.2_80_L.11.txt", "Recommits"),  # "Recommits to ensuring full respect for ..."
        ("ga-72-pdf", "A_RES_72_10.txt", "Pledges"),  # "Pledges its continued support to ..."
        ("ga-73-pdf", "A_RES_73_10.txt", "Values"),  # "Values the activities of the Initiative ..."
        ("drafts", "A_80_L.17.txt", "Inviting"),  # "Inviting States, in accordance with the Convention ..."
        ("ga-73-pdf", "A_RES_73_44.txt", "Proceeding"),  # "Proceeding from the fact that ..."
    ],
)
def test_an_issued_text_with_these_openings_gets_no_hint_on_them(folder, name, opening):
    """Read from the corpus as the UN issued them: the opening is found, in italics up to the
    preposition, and ``check`` says nothing of it."""
    draft = parse_text(corpus_text(CORPUS / folder / name))
    paragraphs = [*draft.preamble, *draft.operative_paragraphs()]
    assert any(p.opening == opening for p in paragraphs)
    assert not [f for f in check(draft) if f.rule == "opening.unknown" and f"'{opening}'" in str(f.message)]


def test_the_council_of_europes_secretary_general_keeps_its_own_spelling():
    """A/RES/73/15 names "the Special Representative of the Secretary General of the Council of
    Europe on Migration and Refugees", as that body writes its officer; the UN's own
    Secretary-General written without the hyphen is still flagged."""
    draft = parse_text(corpus_text(CORPUS / "ga-73-pdf" / "A_RES_73_15.txt"))
    words = " ".join(plain_text(p.text) for p in draft.operative_paragraphs())
    assert "Special Representative of the Secretary General of the Council of Europe" in words
    assert not [f for f in check(draft) if f.rule == "term.secretary-general"]
    draft.operative_paragraphs()[0].text = rich("Requests the Secretary General to report;")
    assert [f.rule for f in check(draft) if f.rule == "term.secretary-general"] == ["term.secretary-general"]


def test_planted_unknown_opening():
    draft = ga_80_10()
    draft.preamble[2].opening = "Stresing"  # a typing slip in "Stressing"
    [hit] = _hits(draft, "opening.unknown", "preamble", 3)
    assert hit.severity == "info"


# -- a preambular paragraph's labelled items ------------------------------------------------
def _found_that_l26() -> Draft:
    """A/80/L.26: "Having received the advisory opinion ..., in which the Court found that:"
    and its items (a) to (f), the first with items (i) to (vi), abridged."""
    draft = ga_80_10()
    draft.preamble[4:] = [
        Preambular(
            "Having received",
            rich(
                "the advisory opinion of the International Court of Justice, rendered on 22 October 2025, "
                "in which the Court found that:"
            ),
        ),
        Preambular(
            "",
            rich(
                "(a) Israel, as an occupying Power, is required to fulfil its obligations "
                "under international humanitarian law; these obligations include the following:"
            ),
        ),
        Preambular(
            "",
            rich(
                "(i) To ensure that the population of the Occupied Palestinian Territory has "
                "the essential supplies of daily life,"
            ),
        ),
        Preambular(
            "",
            rich(
                "(vi) To respect the prohibition on the use of starvation of civilians as a "
                "method of warfare,"
            ),
        ),
        Preambular(
            "",
            rich(
                "(f) Israel has an obligation under articles V, VI and VII of the Convention "
                "on the Privileges and Immunities of the United Nations to ensure full respect "
                "for the privileges and immunities accorded to the officials and experts on "
                "mission of the United Nations, in and in relation to the Occupied Palestinian "
                "Territory,"
            ),
        ),
        Preambular(
            "Emphasizing",
            rich(
                "the obligation of all parties to comply with their respective legal "
                "obligations under international law,"
            ),
        ),
    ]
    return draft


def test_labelled_items_of_a_preambular_paragraph_are_read_as_the_un_prints_them():
    assert _quiet(_found_that_l26()) == []


def test_the_last_item_still_ends_with_a_comma_and_a_paragraph_after_them_needs_its_opening():
    draft = _found_that_l26()
    draft.preamble[8].text = rich("(f) Israel has an obligation under articles V, VI and VII;")
    [hit] = _hits(draft, "preamble.end", "preamble", 9)
    assert hit.severity == "error"
    draft = _found_that_l26()
    draft.preamble[9].opening = ""  # "the obligation of all parties ...": no label, no opening
    assert [f.rule for f in check(_saved(draft)) if f.paragraph == 10] == ["opening.empty"]
    draft = _found_that_l26()
    draft.preamble[4].text = rich("the advisory opinion of the Court,")  # no lead-in
    # "(a)" is then a paragraph without its opening; (i) to (f) stay the items its own
    # "... the following:" introduces
    assert [f.paragraph for f in check(_saved(draft)) if f.rule == "opening.empty"] == [6]


def test_a_preambular_paragraph_may_end_with_the_question_it_quotes():
    """A/80/L.26: "... to render an advisory opinion on the following question:" and the
    question itself, ending "?", where no comma can follow."""
    draft = ga_80_10()
    draft.preamble[4:] = [
        Preambular(
            "Recalling",
            rich(
                "its resolution 79/232 of 19 December 2024, in which it decided to request the Court to "
                "render an advisory opinion on the following question: What are the obligations of Israel, "
                "as an occupying Power and as a member of the United Nations, in support of the Palestinian "
                "people’s right to self-determination?"
            ),
        )
    ]
    assert _quiet(draft) == []
    draft.preamble[4].text = rich("its resolution 79/232 of 19 December 2024, which asked why?")
    assert [f.rule for f in check(_saved(draft)) if f.part == "preamble"] == ["preamble.end"]


# -- citation.date --------------------------------------------------------------------------
def test_a_shared_date_and_adopted_on_date_their_citations():
    draft = ga_80_10()
    draft.preamble[1].text = rich(
        # A/RES/80/21 and A/RES/80/51
        "its resolutions 71/31 and 71/32 of 5 December 2016, and resolution 1 (I), adopted by the "
        "General Assembly on 24 January 1946,"
    )
    assert _quiet(draft) == []
    draft.preamble[1].text = rich(
        # A/C.4/80/L.14
        "the adoption of Security Council resolution 1325 (2000) on 31 October 2000, and Security "
        "Council resolution 2250 (2015),"
    )
    assert _quiet(draft) == []


def test_a_list_runs_on_past_lettered_numbers():
    draft = ga_80_10()
    draft.preamble[1].text = rich(
        # A/RES/80/17, preambular paragraph 1
        "its resolutions 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982 and 46/30 of "
        "6 December 1991,"
    )
    draft.operative[1].text = rich("the Secretary-General to report pursuant to resolution 46/30;")
    assert _quiet(draft) == []


def test_a_resolution_first_cited_in_a_footnote_needs_no_date_later():
    draft = ga_80_10()
    draft.footnotes["n1"] = Footnote(rich("Resolution 70/1."))  # A/C.4/80/L.9, note 2
    draft.operative[1].text = rich("the Secretary-General to report in line with resolution 70/1;")
    assert _quiet(draft) == []


def test_the_council_short_name_matches_the_council_cited_before():
    draft = ga_80_10()
    draft.operative[1].text = rich("the Secretary-General to recall Council resolution 1980/67;")
    assert _quiet(draft) == []


def test_a_body_established_pursuant_to_a_resolution_needs_no_date():
    """A body's designation names its mandate, not a citation to date: A/RES/80/43, and
    A/C.4/80/L.19 with the organ named."""
    draft = ga_80_10()
    draft.preamble[1].text = rich(
        "the reports of the Group of Governmental Experts established pursuant to resolution 72/55, "
        "of the Group of Governmental Experts established pursuant to resolution 61/72 and of the "
        "Group of Experts established pursuant to resolution 52/38 J,"
    )
    draft.preamble[2].text = rich(
        "the report of the independent international commission of inquiry established pursuant "
        "to Human Rights Council resolution S-28/1,"
    )
    assert _quiet(draft) == []
    draft.preamble[2].text = rich("Human Rights Council resolution S-28/1,")  # cited as such
    [hit] = _hits(draft, "citation.date", "preamble", 3)
    assert "S-28/1" in hit.message


def test_planted_undated_first_citation():
    draft = ga_80_10()
    draft.preamble[1].text = rich(
        _PREAMBLE_80_10[1][1].replace("resolution 1980/67 of 25 July 1980", "resolution 1980/67")
    )
    [hit] = _hits(draft, "citation.date", "preamble", 2)
    assert "Economic and Social Council resolution 1980/67" in hit.message


# -- sponsors: silent where there are none, in the UN's order where there are ----------------
def test_sponsor_rules_are_silent_on_adopted_and_officer_texts():
    for kind in (DocumentKind.ADOPTED, DocumentKind.OFFICER):
        draft = ga_80_10()
        draft.kind = kind
        draft.sponsors = Sponsors(names=["Zambia", "Palestine"], on_behalf_of="Any changes to the list")
        assert [f for f in check(draft) if f.part == "sponsors"] == []


def test_an_issued_draft_that_names_no_sponsor_is_the_uns_draft_resolution_alone():
    """A/C.6/80/L.12 is headed "Draft resolution" alone (the Sixth Committee's texts, a
    facilitator's): issued with its symbol, it names nobody by design. Only a draft not yet
    issued is missing its sponsors."""
    draft = ga_80_10()
    draft.kind = DocumentKind.DRAFT
    draft.front.symbol = "A/C.6/80/L.12"
    draft.sponsors = Sponsors()
    assert [f for f in check(_saved(draft)) if f.part == "sponsors"] == []
    draft.front.symbol = ""
    assert [f.rule for f in check(_saved(draft)) if f.part == "sponsors"] == ["sponsors.none"]


def _sponsored_6_80_l14() -> Draft:
    """A/C.6/80/L.14: "... Thailand, Uruguay, Zambia and State of Palestine: draft resolution"."""
    draft = ga_80_10()
    draft.kind = DocumentKind.DRAFT
    draft.front.symbol = "A/C.6/80/L.14"
    draft.sponsors = Sponsors(
        names=["Spain", "Suriname", "Sweden", "Thailand", "Uruguay", "Zambia", "State of Palestine"]
    )
    return draft


def test_an_observer_state_after_the_member_states_is_in_order():
    assert [f for f in check(_saved(_sponsored_6_80_l14())) if f.part == "sponsors"] == []


def test_an_observer_state_in_its_alphabetical_place_is_in_order():
    """A/80/L.13: "..., Sri Lanka, State of Palestine, Suriname, Sweden, ..."."""
    draft = _sponsored_6_80_l14()
    draft.sponsors.names = ["Spain", "Sri Lanka", "State of Palestine", "Suriname", "Sweden", "Switzerland"]
    assert [f for f in check(_saved(draft)) if f.part == "sponsors"] == []
    draft.sponsors.names[2:4] = ["Suriname", "State of Palestine"]  # neither place: flagged
    draft.sponsors.names.append("Zambia")
    assert [f.severity for f in check(_saved(draft)) if f.rule == "sponsors.order"] == ["warning"]


def test_planted_sponsor_out_of_order():
    draft = _sponsored_6_80_l14()
    draft.sponsors.names[3:5] = ["Uruguay", "Thailand"]
    [hit] = _hits(draft, "sponsors.order", "sponsors", 5)
    assert hit.fix is not None


def test_the_group_of_77_formula_of_the_l_documents_is_known():
    draft = _sponsored_6_80_l14()
    draft.sponsors = Sponsors(
        names=["Iraq"],  # A/C.2/80/L.3
        on_behalf_of="the States that are members of the Group of 77 and China, taking into account "
        "also the provisions of General Assembly resolution ES-10/23 of 10 May 2024",
    )
    assert [f for f in check(_saved(draft)) if f.part == "sponsors"] == []
    # A/C.3/80/L.21
    draft.sponsors.on_behalf_of = (
        "the States Members of the United Nations that are members of the Economic Community of "
        "Central African States"
    )
    assert [f for f in check(_saved(draft)) if f.part == "sponsors"] == []
    draft.sponsors.on_behalf_of = "the States that are members of the Group of 78"
    assert _hits(draft, "sponsors.group", "sponsors", None)


# -- a lead-in before dash items; a decision's paragraphs -----------------------------------
def test_a_lead_in_before_dash_items_ends_with_a_colon():
    draft = ga_80_10()
    draft.operative[1].text = rich("the Secretary-General to report on the following:")
    draft.operative[1].subs = [
        SubParagraph(rich("The observance of the International Day;"), dash=True),
        SubParagraph(rich("The voluntary contributions received;"), dash=True),
    ]
    assert _quiet(draft) == []
    draft.operative[1].text = rich("the Secretary-General to report on the following,")
    assert _hits(draft, "operative.end", "operative", 2)


def test_a_draft_decision_has_no_italic_openings():
    """A/C.6/80/L.9: "The General Assembly, recalling its resolution 79/122 ...: (a) Decides ..."."""
    draft = ga_80_10()
    draft.text_kind = TextKind.DECISION
    draft.preamble = []
    draft.operative = [
        Operative(
            "",
            rich(
                "recalling its resolution 79/122 of 4 December 2024, decides that the second session of "
                "the Preparatory Committee shall be held over four days, from 12 to 15 April 2027."
            ),
        )
    ]
    assert [f for f in check(draft) if f.rule == "opening.empty"] == []


def _decision_l9() -> Draft:
    """A/C.6/80/L.9 as issued: a decision in one sentence, its organ opening it."""
    draft = ga_80_10()
    draft.kind, draft.text_kind, draft.authoring = DocumentKind.DRAFT, TextKind.DECISION, ""
    draft.sponsors = Sponsors(names=["Afghanistan", "Andorra", "Austria"])
    draft.preamble, draft.footnotes = [], {}
    draft.operative = [
        Operative(
            "",
            rich(
                "The General Assembly, recalling its resolution 79/122 of 4 December 2024, in which it "
                "decided, inter alia, to convene a preparatory committee:"
            ),
            subs=[
                SubParagraph(
                    rich(
                        "Decides that the second session of the Preparatory Committee shall be held over "
                        "four days, from 12 to 15 April 2027;"
                    )
                ),
                SubParagraph(
                    rich(
                        "Also decides to include in the provisional agenda of its eighty-first session an "
                        "item entitled “United Nations Conference of Plenipotentiaries”."
                    )
                ),
            ],
        )
    ]
    return draft


def test_a_decision_whose_organ_opens_the_sentence_needs_no_organ_line():
    assert _quiet(_decision_l9()) == []


def test_planted_decision_without_its_organ():
    """The same decision with "The General Assembly, " taken out: no organ speaks."""
    draft = _decision_l9()
    op = draft.operative[0]
    op.text = rich("R" + plain_text(op.text).removeprefix("The General Assembly, r"))
    [hit] = _hits(draft, "authoring.missing", "header", None)
    assert hit.severity == "error"
    draft.text_kind = TextKind.RESOLUTION  # a resolution always has its organ line
    draft.operative[0].text = rich("The General Assembly, recalling its resolution 79/122:")
    assert _hits(draft, "authoring.missing", "header", None)


def test_a_lead_in_before_a_laid_out_table_ends_with_a_colon():
    """A/C.4/80/L.15: "... as set out below:" then the programme of work, held as headings."""
    draft = _decision_l9()
    draft.operative = [
        Operative(
            "",
            rich(
                "The General Assembly approves the proposed programme of work and timetable of the Special "
                "Political and Decolonization Committee (Fourth Committee) for the eighty-first session "
                "of the Assembly as set out below:"
            ),
        ),
        SectionHeading("Proposed programme of work and timetable"),
        SectionHeading("Thursday, 1 October"),
    ]
    assert _quiet(draft) == []
    draft.operative = draft.operative[:1]  # the table gone: the colon ends the text
    [hit] = _hits(draft, "operative.end", "operative", 1)
    assert hit.severity == "error"


def test_an_introductory_note_is_no_recommendation_lead_in():
    """A/C.6/80/L.20: the note above "Draft decision" ends with a full stop, as the UN
    prints it; a committee's recommendation that lost its colon is still flagged."""
    draft = _decision_l9()
    draft.recommendation = rich(
        "Under agenda item 121, “Revitalization of the work of the General Assembly”, pursuant to "
        "paragraph 3 (b) of the annex to General Assembly resolution 58/316, each Main Committee shall "
        "adopt a provisional programme of work for the next session."
    )
    assert _quiet(draft) == []
    draft.recommendation = rich(
        "The Third Committee recommends to the General Assembly the adoption of the following draft resolution."
    )
    [hit] = _hits(draft, "recommendation.colon", "header", None)
    assert hit.severity == "warning"


# -- fixed terms: one word changed in a corpus sentence --------------------------------------
_A_RES_80_10_OP_2 = (
    "the Secretary-General to bring the present resolution to the attention of all States Members of "
    "the United Nations, members of the specialized agencies and observers of the General Assembly, as "
    "well as the organizations of the United Nations system and other relevant stakeholders, in order to "
    "raise awareness of the need to recognize and respect the rights and fundamental freedoms of all "
    "Indigenous women and girls;"
)
_A_RES_80_31 = (
    "that the establishment of nuclear-weapon-free zones strengthens the nuclear non-proliferation regime "
    "and contributes towards realizing the objective of nuclear disarmament;"
)
_A_RES_80_36 = (
    "the report of the Secretary-General, in which he emphasized that States must strive just as hard;"
)


@pytest.mark.parametrize(
    ("rule", "severity", "quote", "old", "new"),
    [
        (
            "term.united-nations-case",
            "warning",
            _A_RES_80_10_OP_2,
            "organizations of the United Nations",
            "organizations of the United nations",
        ),
        (
            "term.united-nations",
            "warning",
            _A_RES_80_10_OP_2,
            "States Members of the United Nations",
            "States Members of the UN",
        ),
        ("term.organization", "info", _A_RES_80_10_OP_2, "organizations", "organisations"),
        ("term.recognize", "info", _A_RES_80_10_OP_2, "recognize", "recognise"),
        (
            "term.present-resolution",
            "warning",
            _A_RES_80_10_OP_2,
            "the present resolution",
            "this resolution",
        ),
        ("term.realize", "info", _A_RES_80_31, "realizing", "realising"),
        ("term.emphasize", "info", _A_RES_80_36, "emphasized", "emphasised"),
    ],
)
def test_planted_term(rule, severity, quote, old, new):
    draft = ga_80_10()
    draft.operative[1].text = rich(quote)
    assert _quiet(draft) == []
    draft.operative[1].text = rich(quote.replace(old, new, 1))
    [hit] = _hits(draft, rule, "operative", 2)
    assert hit.severity == severity and hit.fix is not None
    hit.fix.apply(draft)
    assert not _hits(draft, rule, "operative", 2)


def test_planted_charter():
    draft = ga_80_10()  # A/RES/80/10, preambular paragraph 1
    draft.preamble[0].text = (
        Run("the purposes and principles of the charter of the United Nations,"),
        NoteRef("n1"),
    )
    [hit] = _hits(draft, "term.charter", "preamble", 1)
    assert hit.severity == "warning"


def _adopted(preamble: list[tuple[str, str]], operative: list[tuple[str, str]], symbol: str) -> Draft:
    draft = Draft(
        front=FrontMatter(organ="General Assembly", session="Eightieth session", symbol=symbol),
        kind=DocumentKind.ADOPTED,
        title=rich("Title"),
        preamble=[Preambular(o, rich(t)) for o, t in preamble],
        operative=[Operative(o, rich(t)) for o, t in operative],
    )
    return _saved(draft)


def test_held_out_adopted_texts_draw_no_false_finding():
    """Held-out resolutions (2026-12-04): "53/77 AA" (A/RES/80/30) ended the list of cited
    resolutions, so 65/66, cited in it, was "first cited" later; "the Organisation" that
    A/RES/80/34 calls the Organisation for the Prohibition of Chemical Weapons was spelt
    "wrong"; and an adopted text's symbol "A/RES/80/6" did not look like the plenary's drafts'."""
    draft = _adopted(
        [
            (
                "Recalling",
                "its resolutions 49/75 I of 15 December 1994, 52/38 F of 9 December 1997, 53/77 AA of "
                "4 December 1998, 54/54 U of 1 December 1999 and 65/66 of 8 December 2010,",
            ),
            (
                "Expressing",
                "its strong support for the Convention and for the Organisation for the Prohibition of "
                "Chemical Weapons and its deep appreciation of the Organisation,",
            ),
        ],
        [("Recalls", "the adoption by consensus, by its resolution 65/66, of the recommendations;")],
        "A/RES/80/6",
    )
    rules = [f.rule for f in check(draft)]
    assert "citation.date" not in rules
    assert "term.organization" not in rules
    assert "symbol.pattern" not in rules


def test_organisation_is_still_flagged_where_no_such_body_is_named():
    draft = _adopted([("Recalling", "the role of the Organisation in peacekeeping,")], [], "A/RES/80/6")
    assert "term.organization" in [f.rule for f in check(draft)]
