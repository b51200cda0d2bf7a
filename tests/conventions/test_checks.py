"""The checker: every rule catches its flaw at the right place, and leaves correct text alone."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from delegate_editor.conventions.checks import check
from delegate_editor.conventions.findings import Edit, Finding
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    DocumentKind,
    Draft,
    Footnote,
    FrontMatter,
    Operative,
    Preambular,
    Sponsors,
    SubParagraph,
)
from delegate_editor.model.text import EMPTY, NoteRef, Run, XRef, plain_text, rich


def clean() -> Draft:
    """A small Third Committee draft that follows every convention the checker knows."""
    return Draft(
        front=FrontMatter(
            organ="General Assembly",
            body="Third Committee",
            session="Eightieth session",
            symbol="A/C.3/80/L.12",
        ),
        sponsors=Sponsors(names=["Brazil", "China", "Côte d’Ivoire", "Türkiye"]),
        title=rich("Strengthening international cooperation to combat cybercrime"),
        authoring="The General Assembly",
        preamble=[
            Preambular("Recalling", (Run("its resolution 65/230 of 21 December 2010,"), NoteRef("n1"))),
            Preambular(
                "Recalling also", rich("its resolution 65/230 and the report of the Secretary-General,")
            ),
            Preambular(
                "Deeply concerned", rich("about the growth of crime (including cybercrime) in Member States,")
            ),
        ],
        operative=[
            Operative("Takes note", rich("of the study discussed from 25 to 28 February 2013;")),
            Operative(
                "Requests",
                rich("the Secretary-General:"),
                subs=[
                    SubParagraph(rich("To assist Member States;")),
                    SubParagraph(rich("To report on the implementation of the present resolution;")),
                ],
            ),
            Operative("Also requests", rich("the Secretariat to cooperate with “UN-Women”;")),
            Operative("Decides", rich("to remain seized of the matter.")),
        ],
        footnotes={"n1": Footnote(rich("See resolution 65/230."))},
    )


def test_the_clean_draft_has_no_findings():
    assert check(clean()) == []


def _set_text(part: str, index: int, text) -> Callable[[Draft], None]:
    def mutate(d: Draft) -> None:
        items = d.preamble if part == "preamble" else d.operative_paragraphs()
        items[index].text = rich(text) if isinstance(text, str) else text

    return mutate


def _two_marks(d: Draft) -> None:
    """Two notes at one place, as A/80/L.18 prints them: "in a single conflict,10,11"."""
    d.footnotes["n2"] = Footnote(rich("See relevant Secretary-General statements and notices."))
    d.preamble[0].text = (
        Run("its resolution 65/230 of 21 December 2010, in a single conflict,"),
        NoteRef("n1"),
        Run(","),
        NoteRef("n2"),
    )


def _security_council(d: Draft) -> None:
    d.front = FrontMatter(organ="Security Council")
    d.authoring = "The Security Council"


def _sc_with(change: Callable[[Draft], None]) -> Callable[[Draft], None]:
    def mutate(d: Draft) -> None:
        _security_council(d)
        d.title = EMPTY
        change(d)

    return mutate


def _sub(index: int, text: str, children: list | None = None) -> Callable[[Draft], None]:
    def mutate(d: Draft) -> None:
        sub = d.operative_paragraphs()[1].subs[index]
        sub.text = rich(text)
        if children is not None:
            sub.children = children

    return mutate


def _annex(second: str) -> Callable[[Draft], None]:
    def mutate(d: Draft) -> None:
        d.annexes = [
            Annex(
                rich("Plan of action"),
                [AnnexParagraph(rich("The plan was agreed.")), AnnexParagraph(rich(second))],
            )
        ]

    return mutate


# (rule, severity, part, paragraph, mutation, fixable)
BROKEN: list[tuple[str, str, str, int | None, Callable[[Draft], None], bool]] = [
    ("title.missing", "error", "header", None, lambda d: setattr(d, "title", EMPTY), False),
    (
        "title.full-stop",
        "warning",
        "header",
        None,
        lambda d: setattr(d, "title", rich("Combating cybercrime.")),
        True,
    ),
    ("sc.title", "error", "header", None, _security_council, True),
    (
        "sc.authoring",
        "warning",
        "header",
        None,
        _sc_with(lambda d: setattr(d, "authoring", "The Council")),
        True,
    ),
    (
        "sc.seized",
        "info",
        "header",
        None,
        _sc_with(_set_text("operative", 3, "to review the situation.")),
        False,
    ),
    ("authoring.missing", "error", "header", None, lambda d: setattr(d, "authoring", ""), False),
    (
        "recommendation.colon",
        "warning",
        "header",
        None,
        lambda d: setattr(
            d, "recommendation", rich("The Commission recommends the following draft resolution.")
        ),
        True,
    ),
    ("symbol.pattern", "info", "header", None, lambda d: setattr(d.front, "symbol", "A/HRC/55/L.3"), False),
    ("symbol.revision", "warning", "header", None, lambda d: setattr(d, "kind", DocumentKind.REVISED), False),
    (
        "sponsors.none",
        "warning",
        "sponsors",
        None,
        lambda d: d.sponsors.names.clear() or setattr(d.front, "symbol", ""),
        False,
    ),
    ("sponsors.unofficial", "error", "sponsors", 4, lambda d: d.sponsors.names.insert(3, "Russia"), True),
    (
        "sponsors.unofficial",
        "warning",
        "sponsors",
        4,
        lambda d: d.sponsors.names.insert(3, "Netherlands"),
        True,
    ),
    (
        "sponsors.spelling",
        "warning",
        "sponsors",
        4,
        lambda d: d.sponsors.names.__setitem__(3, "Turkiye"),
        True,
    ),
    ("sponsors.unknown", "error", "sponsors", 5, lambda d: d.sponsors.names.append("Narnia"), False),
    ("sponsors.duplicate", "error", "sponsors", 5, lambda d: d.sponsors.names.append("Brazil"), True),
    ("sponsors.order", "warning", "sponsors", 2, lambda d: d.sponsors.names.reverse(), True),
    ("sponsors.empty", "error", "sponsors", 2, lambda d: d.sponsors.names.insert(1, " "), True),
    (
        "sponsors.group",
        "info",
        "sponsors",
        None,
        lambda d: setattr(d.sponsors, "on_behalf_of", "the Narnian Alliance"),
        False,
    ),
    ("paragraph.empty", "error", "preamble", 2, lambda d: d.preamble.__setitem__(1, Preambular()), False),
    (
        "opening.empty",
        "warning",
        "operative",
        3,
        lambda d: d.operative.__setitem__(2, Operative("", rich("Also requests the Secretariat to report;"))),
        True,
    ),
    (
        "opening.unknown",
        "info",
        "preamble",
        3,
        lambda d: setattr(d.preamble[2], "opening", "Frobnicating"),
        False,
    ),
    (
        "opening.capital",
        "warning",
        "preamble",
        2,
        lambda d: setattr(d.preamble[1], "opening", "recalling also"),
        True,
    ),
    (
        "opening.repeat",
        "warning",
        "preamble",
        2,
        lambda d: setattr(d.preamble[1], "opening", "Recalling"),
        True,
    ),
    (
        "opening.repeat",
        "info",  # the UN repeats the operative paragraph before plainly 26 times out of 48
        "operative",
        3,
        lambda d: setattr(d.operative[2], "opening", "Requests"),
        True,
    ),
    (
        "opening.adverb-order",
        "warning",
        "operative",
        3,
        lambda d: setattr(d.operative[2], "opening", "Requests also"),
        True,
    ),
    (
        "opening.adverb-order",
        "warning",
        "preamble",
        2,
        lambda d: setattr(d.preamble[1], "opening", "Further recalling"),
        True,
    ),
    (
        "opening.punctuation",
        "warning",
        "preamble",
        2,
        lambda d: setattr(d.preamble[1], "opening", "Recalling also,"),
        True,
    ),
    (
        "opening.trailing",
        "info",
        "operative",
        1,
        lambda d: d.operative.__setitem__(0, Operative("Takes note of", rich("the study;"))),
        False,
    ),
    ("preamble.end", "error", "preamble", 3, _set_text("preamble", 2, "about the growth of crime;"), True),
    ("operative.end", "error", "operative", 1, _set_text("operative", 0, "of the study,"), True),
    (
        "operative.end",
        "error",
        "operative",
        4,
        _set_text("operative", 3, "to remain seized of the matter;"),
        True,
    ),
    ("operative.lead-in", "error", "operative", 2, _set_text("operative", 1, "the Secretary-General;"), True),
    ("sub.end", "error", "operative", 2, _sub(0, "To assist Member States."), True),
    ("sub.end", "error", "operative", 2, _sub(1, "To report on the implementation."), True),
    (
        "sub.lead-in",
        "error",
        "operative",
        2,
        _sub(1, "To report on;", [SubParagraph(rich("Crime;")), SubParagraph(rich("Justice;"))]),
        True,
    ),
    ("sub.capital", "warning", "operative", 2, _sub(0, "to assist Member States;"), True),
    ("sub.empty", "error", "operative", 2, _sub(0, ""), False),
    (
        "date.style",
        "warning",
        "preamble",
        3,
        _set_text("preamble", 2, "about events of December 21, 2010,"),
        True,
    ),
    ("date.style", "warning", "preamble", 3, _set_text("preamble", 2, "about events of 21/12/2010,"), True),
    ("date.style", "warning", "preamble", 3, _set_text("preamble", 2, "about events of 21 Dec. 2010,"), True),
    (
        "date.style",
        "warning",
        "preamble",
        3,
        _set_text("preamble", 2, "about events of 21st December 2010,"),
        True,
    ),
    ("date.style", "warning", "preamble", 3, _set_text("preamble", 2, "about events of 2010-12-21,"), True),
    ("date.style", "warning", "preamble", 3, _set_text("preamble", 2, "about events of 03/04/2010,"), False),
    (
        "date.invalid",
        "warning",
        "preamble",
        3,
        _set_text("preamble", 2, "about events of 31 February 2010,"),
        False,
    ),
    ("citation.date", "warning", "preamble", 1, _set_text("preamble", 0, "its resolution 65/230,"), False),
    (
        "citation.symbol",
        "warning",
        "operative",
        1,
        _set_text("operative", 0, "of resolution A/RES/65/230;"),
        True,
    ),
    (
        "citation.repeated-date",
        "info",
        "preamble",
        2,
        _set_text("preamble", 1, "its resolution 65/230 of 21 December 2010,"),
        True,
    ),
    (
        "term.member-states",
        "warning",
        "operative",
        3,
        _set_text("operative", 2, "the member states to report;"),
        True,
    ),
    (
        "term.secretary-general",
        "warning",
        "operative",
        3,
        _set_text("operative", 2, "the Secretary General;"),
        True,
    ),
    ("term.united-nations", "warning", "operative", 3, _set_text("operative", 2, "the UN to report;"), True),
    (
        "term.present-resolution",
        "warning",
        "operative",
        3,
        _set_text("operative", 2, "that this resolution;"),
        True,
    ),
    ("term.per-cent", "warning", "operative", 3, _set_text("operative", 2, "a cut of 5 percent;"), True),
    ("term.per-cent-sign", "warning", "operative", 3, _set_text("operative", 2, "a cut of 5%;"), True),
    ("term.programme", "info", "operative", 3, _set_text("operative", 2, "the program of work;"), True),
    (
        "brackets",
        "warning",
        "preamble",
        3,
        _set_text("preamble", 2, "about crime (including cybercrime,"),
        False,
    ),
    ("brackets", "warning", "preamble", 3, _set_text("preamble", 2, "about crime] and (justice,"), False),
    ("quotes", "warning", "operative", 3, _set_text("operative", 2, "the item entitled “Crime;"), False),
    ("quotes", "warning", "operative", 3, _set_text("operative", 2, 'the item entitled "Crime;'), False),
    (
        "footnote.missing",
        "error",
        "operative",
        1,
        _set_text("operative", 0, (Run("of the study;"), NoteRef("nowhere"))),
        True,
    ),
    (
        "footnote.unused",
        "warning",
        "footnotes",
        None,
        lambda d: d.footnotes.__setitem__("n2", Footnote(rich("Never cited."))),
        True,
    ),
    ("footnote.empty", "error", "footnotes", 1, lambda d: setattr(d.footnotes["n1"], "text", EMPTY), False),
    (
        "footnote.end",
        "warning",
        "footnotes",
        1,
        lambda d: setattr(d.footnotes["n1"], "text", rich("A/73/85")),
        True,
    ),
    (
        "footnote.mark-place",
        "warning",
        "preamble",
        1,
        _set_text("preamble", 0, (Run("its resolution 65/230 of 21 December 2010"), NoteRef("n1"), Run(","))),
        True,
    ),
    ("term.per-cent", "warning", "annex", 2, _annex("reduced by 5 percent."), True),
    ("date.style", "warning", "annex", 2, _annex("adopted on 12/25/2012."), True),
    (
        "xref.missing",
        "error",
        "operative",
        3,
        _set_text("operative", 2, (Run("the Secretariat to apply paragraph "), XRef("gone"), Run(";"))),
        False,
    ),
]


def _hits(findings: list[Finding], rule: str, part: str, paragraph: int | None) -> list[Finding]:
    return [f for f in findings if f.rule == rule and f.part == part and f.paragraph == paragraph]


@pytest.mark.parametrize(
    ("rule", "severity", "part", "paragraph", "mutate", "fixable"),
    BROKEN,
    ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)],
)
def test_rule_catches_its_flaw_at_the_right_place(rule, severity, part, paragraph, mutate, fixable):
    draft = clean()
    mutate(draft)
    findings = check(draft)
    hits = _hits(findings, rule, part, paragraph)
    assert hits, f"{rule} not reported at {part} {paragraph}: {[f.line() for f in findings]}"
    finding = hits[0]
    assert finding.severity == severity
    assert finding.message and "\n" not in finding.message
    assert (finding.fix is not None) == fixable
    if fixable:
        before = copy.deepcopy(draft)
        olds = [edit.current(draft) for edit in finding.fix.edits]
        finding.fix.apply(draft)
        assert not _hits(check(draft), rule, part, paragraph), f"the fix for {rule} did not fix it"
        # what the UI's undo restores: putting the old values back gives the draft before
        for edit, old in zip(finding.fix.edits, olds, strict=True):
            Edit(old, edit.path, edit.part, edit.node_id, edit.attr).apply(draft)
        assert draft == before


@pytest.mark.parametrize(
    ("mutate", "why"),
    [
        (
            _set_text("operative", 2, "the European Union and its member States;"),
            "member States of another organization",
        ),
        (_set_text("operative", 2, "the Deputy Secretary-General and UN-Habitat;"), "official names"),
        (_two_marks, "two marks apart by a comma"),
        (
            # A/80/L.23, para. 59: the name as the UN prints it, with a non-breaking hyphen
            _set_text("operative", 2, "Emergency Response (UN\u2011SPIDER), as well as;"),
            "a non-breaking hyphen in an official name",
        ),
        (_set_text("operative", 2, "the events of 1 January 2011 and from 12 to 17 March 2018;"), "UN dates"),
        (
            _set_text(
                "preamble",
                2,
                "about crime since its resolutions 47/19 of 24 November 1992, 48/16 of "
                "3 November 1993 and 72/4 of 1 November 2017,",
            ),
            "a list of dated citations",
        ),
        (
            _set_text(
                "preamble",
                2,
                "about crime, recalling Security Council resolution 1325 (2000) of 31 October 2000,",
            ),
            "SC citation",
        ),
        (
            _set_text("operative", 2, "the item entitled “Crime prevention” and the “Doha Declaration”;"),
            "quotes",
        ),
        (
            _set_text("operative", 2, "each other’s reports and the Member States’ views [bracketed text];"),
            "apostrophes and brackets",
        ),
        (
            lambda d: setattr(d.preamble[1], "opening", "Noting also with concern"),
            "adverb after the first word",
        ),
        (lambda d: setattr(d.preamble[1], "opening", "Bearing in mind also"), "adverb after a phrase"),
        (lambda d: setattr(d.operative[2], "opening", "Further requests"), "Further after the plain verb"),
        (_sub(0, "To assist Member States; and"), "'; and' between sub-paragraphs"),
        (_sc_with(lambda d: None), "Security Council draft without title"),
        (_annex("The plan runs from 1 January 2014 to 31 December 2015."), "an annex in UN style"),
        (lambda d: d.sponsors.names.__setitem__(2, "Côte d'Ivoire"), "ASCII apostrophe"),
        (lambda d: setattr(d.sponsors, "on_behalf_of", "G77"), "a known group"),
        (
            lambda d: (
                setattr(d.front, "symbol", "A/C.3/80/L.12/Rev.1") or setattr(d, "kind", DocumentKind.REVISED)
            ),
            "a revised draft",
        ),
        (
            lambda d: setattr(
                d, "recommendation", rich("The Commission recommends the following draft resolution:")
            ),
            "a recommendation",
        ),
    ],
)
def test_correct_text_gives_no_findings(mutate, why):
    draft = clean()
    mutate(draft)
    assert [f.line() for f in check(draft)] == [], why


def test_last_paragraph_with_sub_paragraphs_closes_with_a_full_stop():
    draft = clean()
    draft.operative.pop()  # paragraph 2 ("Requests ...:") becomes second to last, then last
    draft.operative.pop()
    assert _hits(check(draft), "sub.end", "operative", 2)
    draft.operative_paragraphs()[1].subs[1].text = rich(
        "To report on the implementation of the present resolution."
    )
    assert check(draft) == []


def test_single_unknown_opening_repeated_is_reported_too():
    draft = clean()
    draft.preamble[1].opening = "Frobnicating"
    draft.preamble[2].opening = "Frobnicating"
    assert _hits(check(draft), "opening.repeat", "preamble", 3)


def test_third_repeat_suggests_further():
    draft = clean()
    draft.operative.insert(3, Operative("Requests", rich("the Secretariat to report;")))
    [hit] = _hits(check(draft), "opening.repeat", "operative", 4)
    assert "'Further requests'" in hit.message


def test_the_seed_gives_no_errors_and_notes_the_repeated_requests(example_draft):
    findings = check(example_draft)
    assert [f.severity for f in findings] == ["info", "info"]
    assert [(f.rule, f.part, f.paragraph) for f in findings] == [
        ("opening.repeat", "operative", 5),
        ("opening.repeat", "operative", 6),
    ]
    assert "'Also requests'" in findings[0].message
    assert "'Further requests'" in findings[1].message
    for f in findings:
        f.fix.apply(example_draft)
    assert [p.opening for p in example_draft.operative_paragraphs()][3:] == [
        "Requests",
        "Also requests",
        "Further requests",
    ]
    assert check(example_draft) == []


def test_finding_line_and_json():
    draft = clean()
    draft.operative_paragraphs()[2].text = rich("the Secretariat to cooperate,")
    [finding] = [f for f in check(draft) if f.rule == "operative.end"]
    assert finding.line() == "operative paragraph 3: ends with ',' - operative paragraphs end with ';'"
    assert finding.as_json() == {
        "severity": "error",
        "rule": "operative.end",
        "message": "ends with ',' - operative paragraphs end with ';'",
        "part": "operative",
        "paragraph": 3,
        "code": "operative.end",  # the message's code and parameters, for programs
        "params": {"end": ","},
        "where": None,
    }
    assert finding.node_id == draft.operative_paragraphs()[2].id


def test_sub_paragraph_findings_name_the_sub_paragraph():
    draft = clean()
    _sub(1, "to report.")(draft)
    lines = [f.line() for f in check(draft)]
    assert "operative paragraph 2: sub-paragraph (b): a sub-paragraph starts with a capital letter" in lines


def test_findings_come_in_reading_order():
    draft = clean()
    draft.footnotes["n2"] = Footnote(rich("Never cited."))
    draft.sponsors.names.append("Narnia")
    draft.title = EMPTY
    draft.preamble[2].text = rich("about crime;")
    draft.operative_paragraphs()[0].text = rich("of the study,")
    parts = [f.part for f in check(draft)]
    assert parts == sorted(
        parts, key=["header", "sponsors", "preamble", "operative", "annex", "footnotes"].index
    )
    assert set(parts) == {"header", "sponsors", "preamble", "operative", "footnotes"}


def test_opening_fix_moves_the_phrase_out_of_the_text():
    draft = clean()
    draft.operative[2] = Operative("", rich("Also requests the Secretariat to report;"))
    [hit] = _hits(check(draft), "opening.empty", "operative", 3)
    hit.fix.apply(draft)
    para = draft.operative_paragraphs()[2]
    assert (para.opening, plain_text(para.text)) == ("Also requests", "the Secretariat to report;")


# A/RES/73/124's annex: a rule quoted whole over paragraphs, its lettered items between
_AMENDED_RULE = [
    "Amend paragraph 21 to read:",
    "“In considering the application, the Division shall be guided by the following, in order of priority:",
    "(a) the need to assist States requesting assistance with their initial submission to the Commission;",
    "(b) the need to assist least developed countries and small island developing States;",
    "The order in which applications are received, the availability of funds and the overall level of "
    "assistance provided so far to a State requesting assistance shall also be taken into consideration.”",
]


def _annex_of(texts: list[str]) -> Draft:
    d = clean()
    d.annexes = [
        Annex(rich("Amendments to the terms of reference"), [AnnexParagraph(rich(t)) for t in texts])
    ]
    return d


def test_a_quotation_over_paragraphs_is_balanced_as_a_whole():
    assert [f for f in check(_annex_of(_AMENDED_RULE)) if f.rule == "quotes"] == []


def test_a_quotation_left_open_or_closed_far_away_is_flagged():
    never_closed = _AMENDED_RULE[:-1]
    assert [(f.part, f.paragraph) for f in check(_annex_of(never_closed)) if f.rule == "quotes"] == [
        ("annex", 2)
    ]
    far = [_AMENDED_RULE[1], *["The plan was agreed."] * 12, _AMENDED_RULE[-1]]
    assert [(f.part, f.paragraph) for f in check(_annex_of(far)) if f.rule == "quotes"] == [
        ("annex", 1),
        ("annex", 14),
    ]
